/**
 * Every export from the explorer, as a researcher uses them, offline on the demo snapshot
 * with a year window (so "on screen" is a part of the network): PNG at a chosen size and
 * scale with title, legend and provenance in a text chunk; SVG rendered by Chromium; GEXF
 * valid against the GEXF 1.3 grammar holding exactly the actors on screen; GraphML read by
 * networkx, its density that of the exported network; CSV with BOM, columns and provenance
 * beside; xlsx with its four sheets; the graph-level panel against the analysis run in Node
 * on the same actors and ties; and, live, the database with its last import run in the
 * provenance. Screenshots in ja and en go to tests/artifacts/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { SerializedGraph } from 'graphology-types';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { runAnalysis } from '../../src/analysis/run-analysis';
import { readPngText } from '../../src/export/png-text';
import { KIND_COLOURS } from '../../src/model/palette';
import { launchChromium, SCREENSHOT_DIR, screenshot, watchErrors } from '../setup/chromium';
import { waitLayoutIdle, waitReady } from './helpers/explorer-page';
import { exportFiles, python, PNG_STATS, type PngStats } from './helpers/exports';
import { DIST, offlineBrowser } from './helpers/offline';

/** The provenance keys the tests read (src/export/provenance.ts). */
interface Prov {
  app: { name: string };
  source: { kind: string; name?: string; lastImport?: { id: string } };
  view: string | null;
  filters: { years?: unknown };
  scope?: string;
  analysis: { measures: unknown[] } | null;
}

const env = offlineBrowser();
const GEXF_RNG = join(import.meta.dirname, '..', 'fixtures', 'schemas', 'gexf-1.3', 'gexf.rng');
const YEARS = { from: 2001, to: 2005 };

async function openDemo(lang: 'ja' | 'en', query = `years=${YEARS.from}-${YEARS.to}`) {
  const page = await env.session.browser.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}?snapshot=./snapshots/demo.json&lang=${lang}&${query}`);
  await waitReady(page);
  await waitLayoutIdle(page);
  return { page, errors };
}

/** The actors and ties sigma shows (the explorer's `shown`). */
const onScreen = (page: Page) =>
  page.evaluate(() => {
    const sigma = (
      window.__clusterExplorer as unknown as {
        sigma(): {
          getGraph(): {
            filterNodes(f: (k: string, a: { hidden?: boolean }) => boolean): string[];
            filterEdges(f: (k: string, a: { hidden?: boolean }) => boolean): string[];
          };
        };
      }
    ).sigma();
    const g = sigma.getGraph();
    return {
      nodes: g.filterNodes((_k, a) => !a.hidden).sort(),
      edges: g.filterEdges((_k, a) => !a.hidden).sort(),
    };
  });

const demo = (): SerializedGraph =>
  (
    JSON.parse(readFileSync(join(DIST, 'snapshots', 'demo.json'), 'utf8')) as {
      graph: SerializedGraph;
    }
  ).graph;

/** The demo network restricted to the given actors and ties. */
function subnetwork(nodes: readonly string[], edges: readonly string[]): SerializedGraph {
  const g = demo();
  const n = new Set(nodes);
  const e = new Set(edges);
  return {
    ...g,
    nodes: g.nodes.filter((x) => n.has(String(x.key))),
    edges: g.edges.filter((x) => e.has(String(x.key))),
  };
}

/** The JSON in the SVG's <metadata>, unescaped as an XML reader would. */
function svgProvenance(svg: string): Prov {
  const text = /<provenance [^>]*>([^<]*)<\/provenance>/.exec(svg)![1]!;
  return JSON.parse(
    text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#13;/g, '\r').replace(/&amp;/g, '&'),
  ) as Prov;
}

const keep = (path: string, name: string) => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  copyFileSync(path, join(SCREENSHOT_DIR, name));
};

const TITLES = {
  ja: '群馬・長野の産学官金ネットワーク（2001–2005年）',
  en: 'Industry–academia–government–finance ties, 2001–2005',
};
const SUBTITLES = { ja: '合成デモデータ & <b>タグ</b>', en: 'Synthetic demo data & <b>tags</b>' };

describe('exports from the explorer', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`PNG: the requested size at 2×, non-blank, with title, legend and provenance (${lang})`, async () => {
      const { page, errors } = await openDemo(lang);
      const files = await exportFiles(
        page,
        {
          format: 'png',
          width: 1200,
          height: 800,
          scale: 2,
          title: TITLES[lang],
          subtitle: SUBTITLES[lang],
        },
        1,
        () => screenshot(page, `exports-dialog-${lang}`).then(() => undefined),
      );
      const [name, path] = Object.entries(files)[0]!;
      expect(name).toMatch(/^cluster-network-all-\d{4}-\d{2}-\d{2}\.png$/);
      keep(path, `exports-png-${lang}.png`);
      // Legend column: the right quarter of the image (2× pixels).
      const stats = python<PngStats>(
        PNG_STATS,
        path,
        '1800,0,2400,1600',
        [KIND_COLOURS.company, KIND_COLOURS.university].join(','),
      );
      expect(stats.size).toEqual([2400, 1600]);
      expect(stats.colours).toBeGreaterThan(200);
      expect(stats.nonBackground).toBeGreaterThan(0.05 * 1200 * 800);
      // The legend's dots are drawn in the kinds' colours.
      expect(stats.near[0]).toBeGreaterThan(20);
      expect(stats.near[1]).toBeGreaterThan(20);
      expect(stats.text.Title).toBe(TITLES[lang]);
      const provenance = JSON.parse(stats.text.provenance!) as Prov;
      expect(provenance.source).toMatchObject({ kind: 'snapshot', name: './snapshots/demo.json' });
      expect(provenance.filters.years).toEqual(YEARS);
      expect(provenance.scope).toBe('shown');
      expect(provenance.app.name).toBe('Cluster Network Explorer');
      // Our own reader agrees with Pillow's.
      const own = readPngText(new Uint8Array(readFileSync(path)));
      expect(JSON.parse(own.find((t) => t.keyword === 'provenance')!.text)).toEqual(provenance);
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`SVG: labels as text, legend, provenance; rendered by Chromium (${lang})`, async () => {
      const { page, errors } = await openDemo(lang);
      const labels = await page.evaluate(() =>
        window.__clusterExplorer.labels().map((l) => l.text),
      );
      expect(labels.length).toBeGreaterThan(5);
      const files = await exportFiles(page, {
        format: 'svg',
        width: 1300,
        height: 850,
        title: TITLES[lang],
        subtitle: SUBTITLES[lang],
        caption: true,
      });
      const path = Object.values(files)[0]!;
      const svg = readFileSync(path, 'utf8');
      execFileSync('xmllint', ['--noout', path]);
      for (const label of labels) expect(svg).toContain(`>${label.replace(/&/g, '&amp;')}</text>`);
      expect(svg).toContain('&lt;b&gt;');
      expect(svg).not.toContain('<b>');
      expect(svg).toMatch(/font-family="'Noto Sans CJK JP'/);
      expect(svg).toContain('<g class="legend">');
      const provenance = svgProvenance(svg);
      expect(provenance.filters.years).toEqual(YEARS);
      // Chromium draws it: a screenshot of the file as a browser shows it.
      const viewer = await env.session.browser.newPage();
      await viewer.setViewportSize({ width: 1300, height: 850 });
      await viewer.goto(`file://${path}`);
      await screenshot(viewer, `exports-svg-${lang}`);
      await viewer.close();
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('GEXF: valid GEXF 1.3 holding exactly the actors and ties on screen, or the whole view', async () => {
    const { page, errors } = await openDemo('en');
    const shown = await onScreen(page);
    const total = demo();
    expect(shown.nodes.length).toBeLessThan(total.nodes.length);
    const path = Object.values(await exportFiles(page, { format: 'gexf' }))[0]!;
    execFileSync('xmllint', ['--noout', '--relaxng', GEXF_RNG, path], { stdio: 'pipe' });
    const gexf = readFileSync(path, 'utf8');
    const ids = [...gexf.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]!).sort();
    expect(ids).toEqual(shown.nodes);
    const edges = [...gexf.matchAll(/<edge id="([^"]+)"/g)].map((m) => m[1]!).sort();
    expect(edges).toEqual(shown.edges);
    expect(gexf).toContain('<viz:position');
    expect(gexf).toContain('<attribute id="betweenness" title="betweenness" type="double"/>');
    // The whole view on request.
    const whole = Object.values(await exportFiles(page, { format: 'gexf', scope: 'whole' }))[0]!;
    execFileSync('xmllint', ['--noout', '--relaxng', GEXF_RNG, whole], { stdio: 'pipe' });
    expect([...readFileSync(whole, 'utf8').matchAll(/<node id=/g)]).toHaveLength(
      total.nodes.length,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('GraphML: read by networkx, with measures of the exported network', async () => {
    const { page, errors } = await openDemo('en');
    const shown = await onScreen(page);
    const path = Object.values(await exportFiles(page, { format: 'graphml' }))[0]!;
    const read = python<{
      nodes: number;
      edges: number;
      density: number;
      own: number;
      provenance: Prov;
      betweenness: number;
    }>(
      `
import sys, json, networkx as nx
g = nx.read_graphml(sys.argv[1])
simple = nx.Graph(g)
simple.remove_edges_from(nx.selfloop_edges(simple))
first = next(iter(g.nodes(data=True)))[1]
print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'density': g.graph['density'],
                  'own': nx.density(simple), 'provenance': json.loads(g.graph['provenance']),
                  'betweenness': first['betweenness']}))
`,
      path,
    );
    expect(read.nodes).toBe(shown.nodes.length);
    expect(read.edges).toBe(shown.edges.length);
    expect(read.density).toBeCloseTo(read.own, 12);
    expect(typeof read.betweenness).toBe('number');
    expect(read.provenance.filters.years).toEqual(YEARS);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('CSV: actors and ties with BOM and every column, provenance beside', async () => {
    const { page, errors } = await openDemo('ja');
    const files = await exportFiles(page, { format: 'csv' });
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(3);
    const nodes = readFileSync(files[names.find((n) => n.endsWith('-nodes.csv'))!]!, 'utf8');
    const edges = readFileSync(files[names.find((n) => n.endsWith('-edges.csv'))!]!, 'utf8');
    expect(
      nodes.startsWith('\uFEFFId,Label,kind,sector,prefecture,bureau,cluster,sizeClass,sme'),
    ).toBe(true);
    const header = nodes.slice(1, nodes.indexOf('\n')).split(',');
    for (const column of [
      'degree',
      'betweenness',
      'community',
      'constraint',
      'brokerage_liaison',
      'eiIndex',
    ])
      expect(header).toContain(column);
    expect(
      edges.startsWith('\uFEFFId,Source,Target,kind,strength,startYear,endYear,synthetic,directed'),
    ).toBe(true);
    const shown = await onScreen(page);
    expect(nodes.trimEnd().split('\n')).toHaveLength(shown.nodes.length + 1);
    const provenance = JSON.parse(
      readFileSync(files[names.find((n) => n.endsWith('.provenance.json'))!]!, 'utf8'),
    );
    expect(provenance.filters.years).toEqual(YEARS);
    expect(provenance.analysis!.measures.length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('xlsx: nodes, edges, graph and provenance sheets', async () => {
    const { page, errors } = await openDemo('en');
    const path = Object.values(await exportFiles(page, { format: 'xlsx' }))[0]!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['nodes', 'edges', 'graph', 'provenance']);
    const shown = await onScreen(page);
    expect(wb.getWorksheet('nodes')!.rowCount).toBe(shown.nodes.length + 1);
    const rows = new Map<string, unknown>();
    wb.getWorksheet('provenance')!.eachRow((r) =>
      rows.set(String(r.getCell(1).value), r.getCell(2).value),
    );
    expect(rows.get('source.kind')).toBe('snapshot');
    expect(rows.get('filters.years.from')).toBe(2001);
    expect(rows.get('scope')).toBe('shown');
    const graph = new Map<string, unknown>();
    wb.getWorksheet('graph')!.eachRow((r) =>
      graph.set(String(r.getCell(1).value), r.getCell(2).value),
    );
    expect(typeof graph.get('modularity')).toBe('number');
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`graph-level panel: the values of the shown network, with definitions (${lang})`, async () => {
      const { page, errors } = await openDemo(lang);
      const shown = await onScreen(page);
      await page.getByTestId('graph-level').locator('summary').click();
      const row = (key: string) => page.getByTestId(`graph-level-${key}`).locator('dd.num');
      await page.waitForFunction(
        () =>
          document
            .querySelector('[data-testid=graph-level-betweennessCentralization] dd.num')
            ?.getAttribute('data-value') !== '',
        null,
        { timeout: 120_000 },
      );
      const expected = await runAnalysis(subnetwork(shown.nodes, shown.edges), {
        measures: ['summary', 'communities', 'graphLevel'],
      });
      for (const key of [
        'modularity',
        'communities',
        'density',
        'components',
        'averagePathLength',
        'degreeCentralization',
        'betweennessCentralization',
      ]) {
        const value = Number(await row(key).getAttribute('data-value'));
        expect(value, key).toBeCloseTo(expected.graph[key] as number, 9);
      }
      await expect(
        page.getByTestId('graph-level-modularity').locator('dd.definition').textContent(),
      ).resolves.toMatch(lang === 'ja' ? /モジュラリティ/ : /modularity/);
      await page.getByTestId('graph-level').scrollIntoViewIfNeeded();
      await page
        .getByTestId('left-panel')
        .screenshot({ path: join(SCREENSHOT_DIR, `exports-graph-level-${lang}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('exports from the live database', () => {
  it('record the database and its last import run', async () => {
    const session = await launchChromium();
    try {
      const page = await session.browser.newPage();
      await page.setViewportSize({ width: 1400, height: 900 });
      const errors = watchErrors(page);
      await page.goto(`${inject('stackUrl')}?lang=en&view=knowledge`);
      await waitReady(page);
      await waitLayoutIdle(page);
      const summary = (await (
        await page.request.get(new URL('api/summary', inject('stackUrl')).href)
      ).json()) as {
        lastImport: { id: string };
      };
      const path = Object.values(await exportFiles(page, { format: 'svg' }))[0]!;
      const svg = readFileSync(path, 'utf8');
      const provenance = svgProvenance(svg);
      expect(provenance.source.kind).toBe('database');
      expect(provenance.source.lastImport?.id).toBe(summary.lastImport.id);
      expect(provenance.view).toBe('knowledge');
      expect(svg).toContain(summary.lastImport.id);
      expect(errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
