/**
 * `npm run analyze -- <input> --out graph.gexf|graph.graphml|nodes.csv|metrics.json|metrics.xlsx
 * [--edges-out edges.csv]`: the format follows the extension, and every file carries the
 * provenance (a CSV in a side file).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../cli/analyze';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../../../src/model/snapshot';
import { positionedNetwork, tempDir } from './fixtures';

const dir = tempDir();
const snapshotPath = join(dir, 'hostile-snapshot.json');
const createdAt = '2026-02-03T04:05:06.000Z';
await writeFile(
  snapshotPath,
  JSON.stringify({
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    createdAt,
    graph: positionedNetwork(),
  }),
);
const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

async function analyze(...args: string[]) {
  const err: string[] = [];
  const out: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    writeFile: (p, data) => writeFile(p, data),
    progress: false,
  };
  const code = await main([snapshotPath, '--groups', 'sector', '--threads', '1', ...args], io);
  expect(code, err.join('')).toBe(0);
  return out.join('');
}

/** The provenance every format must carry for this run. */
function expectProvenance(p: Record<string, unknown>) {
  expect(p).toMatchObject({
    app: { name: 'Cluster Network Explorer', version },
    source: { kind: 'snapshot', name: 'hostile-snapshot.json', createdAt },
    view: 'knowledge',
    analysis: {
      weight: 'weight',
      distance: 'hops',
      groups: 'sector',
      betweenness: { mode: 'sampled', k: 4, seed: 3 },
      communities: { algorithm: 'louvain', seed: 3, resolution: 1.5 },
    },
  });
  expect(Number.isNaN(Date.parse(p.exportedAt as string))).toBe(false);
  const measures = (p.analysis as { measures: { id: string; options: object; params: object }[] })
    .measures;
  expect(measures.find((m) => m.id === 'pagerank')).toEqual({
    id: 'pagerank',
    options: { weight: 'weight' },
    params: { alpha: 0.85, maxIterations: 1000, tolerance: 1e-10 },
  });
  expect(measures.find((m) => m.id === 'communities')!.options).toEqual({
    weight: 'weight',
    community: { algorithm: 'louvain', seed: 3, resolution: 1.5 },
  });
}

const RUN = [
  '--view',
  'knowledge',
  '--betweenness',
  'sampled',
  '--k',
  '4',
  '--seed',
  '3',
  '--resolution',
  '1.5',
];

describe('analyze CLI exports', () => {
  it('JSON keeps its keys and adds graph.provenance and the graph-level measures', async () => {
    const path = join(dir, 'metrics.json');
    await analyze(...RUN, '--out', path);
    const json = JSON.parse(readFileSync(path, 'utf8'));
    expect(Object.keys(json)).toEqual(['nodes', 'edges', 'graph']);
    expect(json.graph).toMatchObject({
      settings: { view: 'knowledge', seed: 3 },
      averagePathLength: expect.any(Number),
      degreeCentralization: expect.any(Number),
      betweennessCentralization: expect.any(Number),
    });
    for (const k of ['modularity', 'density', 'components', 'betweennessErrorBound']) {
      expect(json.graph).toHaveProperty(k);
    }
    expectProvenance(json.graph.provenance);
  });

  it('GEXF: valid, with the provenance in meta', async () => {
    const path = join(dir, 'graph.gexf');
    await analyze(...RUN, '--out', path);
    const lint = spawnSync(
      'xmllint',
      ['--noout', '--relaxng', 'tests/fixtures/schemas/gexf-1.3/gexf.rng', path],
      { encoding: 'utf8' },
    );
    expect(lint.error, 'xmllint (Debian libxml2-utils) must be installed').toBeUndefined();
    expect(lint.status, lint.stderr).toBe(0);
    const text = readFileSync(path, 'utf8');
    const description = /<description>([\s\S]*)<\/description>/.exec(text)![1]!;
    expectProvenance(
      JSON.parse(description.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'))
        .provenance,
    );
  });

  it('GraphML: the provenance as graph data', async () => {
    const path = join(dir, 'graph.graphml');
    await analyze(...RUN, '--out', path);
    const text = readFileSync(path, 'utf8');
    const key = /<key id="(d\d+)" for="graph" attr.name="provenance"/.exec(text)![1]!;
    const data = new RegExp(`<data key="${key}">([^<]*)</data>`).exec(text)![1]!;
    expectProvenance(
      JSON.parse(data.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')),
    );
  });

  it('CSV of actors and of ties, each with a provenance side file', async () => {
    const nodes = join(dir, 'nodes.csv');
    const edges = join(dir, 'edges.csv');
    await analyze(...RUN, '--out', nodes, '--edges-out', edges);
    expect(readFileSync(nodes, 'utf8')).toMatch(/^\uFEFFId,Label,kind,/);
    expect(readFileSync(edges, 'utf8')).toMatch(/^\uFEFFId,Source,Target,kind,strength,/);
    expectProvenance(JSON.parse(readFileSync(join(dir, 'nodes.provenance.json'), 'utf8')));
    expectProvenance(JSON.parse(readFileSync(join(dir, 'edges.provenance.json'), 'utf8')));
  });

  it('xlsx with nodes, edges, graph and provenance sheets', async () => {
    const path = join(dir, 'metrics.xlsx');
    await analyze(...RUN, '--out', path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['nodes', 'edges', 'graph', 'provenance']);
    const rows: Record<string, unknown> = {};
    wb.getWorksheet('provenance')!.eachRow((row, i) => {
      if (i > 1) rows[String(row.getCell(1).value)] = row.getCell(2).value;
    });
    expect(rows).toMatchObject({
      'app.version': version,
      'source.kind': 'snapshot',
      'source.name': 'hostile-snapshot.json',
      view: 'knowledge',
      'analysis.betweenness.mode': 'sampled',
      'analysis.betweenness.k': 4,
      'analysis.betweenness.seed': 3,
      'analysis.communities.algorithm': 'louvain',
      'analysis.communities.resolution': 1.5,
      'analysis.measures.pagerank.params.alpha': 0.85,
    });
  });
});
