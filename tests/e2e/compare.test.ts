/**
 * The Compare view on the demo, offline, in Japanese and English: the numbers on screen are
 * `npm run compare`'s JSON for the same windows (and `--by project` for the groups), new
 * and lost ties are drawn in their own colours with the legend's counts, the settings
 * round-trip through the URL, the actor table exports as CSV; screenshots of each.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { main, type CompareIo } from '../../cli/compare';
import { SCALAR_KEYS, type Comparison } from '../../src/analysis/compare';
import type { GroupComparison } from '../../src/analysis/compare-groups';
import { formatNumber } from '../../src/export/compare-report';
import { COMPARE_COLOURS } from '../../src/state/compare-drawing';
import { screenshot, watchErrors } from '../setup/chromium';
import { waitLayoutIdle, waitReady } from './helpers/explorer-page';
import { offlineBrowser } from './helpers/offline';

const env = offlineBrowser();
const SNAPSHOT = join(import.meta.dirname, '..', '..', 'public', 'snapshots', 'demo.json');

async function newPage(): Promise<Page> {
  const page = await env.session.browser.newPage();
  await page.setViewportSize({ width: 1600, height: 1000 });
  return page;
}
const demo = (query: string) => `${env.server.url}?snapshot=./snapshots/demo.json&${query}`;

/** `npm run compare` on the snapshot the page opens, in this process. */
async function cli<T>(argv: string[]): Promise<T> {
  const out: string[] = [];
  const io: CompareIo = {
    stdout: (t) => out.push(t),
    stderr: () => {},
    writeFile: async () => {},
    writeBinary: async () => {},
    progress: false,
  };
  expect(await main([SNAPSHOT, ...argv, '--threads', '1', '--quiet'], io)).toBe(0);
  return JSON.parse(out.join('')) as T;
}

/** Waits until the drawer shows a finished result. */
async function settled(page: Page, result = 'compare-result') {
  await page.getByTestId(result).waitFor({ timeout: 90_000 });
  await page.waitForSelector('[data-testid=compare-panel][aria-busy=false]', { timeout: 90_000 });
  await page.waitForSelector('.compare-body:not(.stale)', { timeout: 90_000 });
}

const attr = (page: Page, selector: string, name = 'data-value') =>
  page.locator(selector).first().getAttribute(name);
const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').trim();

/** Every graph measure on screen: A, B and the change, as values and as text. */
async function expectMeasures(page: Page, c: Comparison) {
  for (const key of SCALAR_KEYS) {
    for (const [side, value] of [
      ['a', c.a[key]],
      ['b', c.b[key]],
      ['delta', c.delta[key]],
    ] as const) {
      const cell = `[data-measure=${key}] td[data-side=${side}]`;
      expect(await attr(page, cell), `${key} ${side}`).toBe(value === null ? '' : String(value));
      const shown = value === null ? '—' : formatNumber(value);
      expect((await text(page, cell)).replace(/^\+/, ''), `${key} ${side} text`).toBe(shown);
    }
  }
}

/** The tie colours sigma draws, and which ties are drawn at all. */
const drawn = (page: Page, keys: string[]) =>
  page.evaluate((ks) => {
    const sigma = (
      window.__clusterExplorer as unknown as {
        sigma(): { getEdgeDisplayData(k: string): { color: string; hidden?: boolean } | undefined };
      }
    ).sigma();
    return ks.map((k) => {
      const d = sigma.getEdgeDisplayData(k);
      return d && !d.hidden ? d.color : null;
    });
  }, keys);

const legendCount = async (page: Page, id: string) =>
  Number(
    (await text(page, `[data-legend-compare=${id}] .count`)).replace(/[^\d]/g, '') || Number.NaN,
  );

describe('the Compare view', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`two periods: the CLI's numbers, new and lost ties drawn, the URL reopens it (${lang})`, async () => {
      const page = await newPage();
      const errors = watchErrors(page);
      await page.goto(demo(`lang=${lang}`));
      await waitReady(page);
      await page.getByTestId('compare-toggle').click();
      await settled(page);
      // It opens on the two halves of the years the data spans (the choices offered).
      const value = (id: string) => page.getByTestId(id).inputValue();
      const years = await page
        .getByTestId('compare-a-from')
        .locator('option')
        .evaluateAll((options) => options.map((o) => Number((o as HTMLOptionElement).value)));
      const [firstYear, lastYear] = [years[0]!, years.at(-1)!];
      const split = firstYear + Math.ceil((lastYear - firstYear + 1) / 2) - 1;
      expect([
        await value('compare-a-from'),
        await value('compare-a-to'),
        await value('compare-b-from'),
        await value('compare-b-to'),
      ]).toEqual([firstYear, split, split + 1, lastYear].map(String));
      // English: other windows chosen with the controls, leaving the middle years out.
      let [a, b] = [`${firstYear}-${split}`, `${split + 1}-${lastYear}`];
      if (lang === 'en') {
        [a, b] = ['2001-2004', '2007-2010'];
        await page.getByTestId('compare-a-to').selectOption('2004');
        await page.getByTestId('compare-b-from').selectOption('2007');
        await page.getByTestId('compare-b-to').selectOption('2010');
        await settled(page);
        await expect.poll(() => new URL(page.url()).searchParams.get('cb')).toBe(b);
        await settled(page);
      }
      const c = await cli<Comparison>(['--years', a, '--years', b]);
      await expectMeasures(page, c);

      const actors = Object.values(c.actors);
      const counts: Record<string, number> = {
        appeared: actors.filter((x) => x.status === 'appeared').length,
        left: actors.filter((x) => x.status === 'left').length,
        both: actors.filter((x) => x.status === 'both').length,
        tiesAdded: c.ties.added.length,
        tiesRemoved: c.ties.removed.length,
      };
      for (const [id, n] of Object.entries(counts))
        expect(Number(await attr(page, `[data-count=${id}] td`)), id).toBe(n);
      const kept = Number(await attr(page, '[data-count=tiesKept] td'));

      // The sentence about industry–academia ties, from the CLI's mixing counts.
      const mixing = (side: Comparison['a'], what: 'ties' | 'expected') =>
        side.sectorMixing[what][side.sectorMixing.sectors.indexOf('industry')]![
          side.sectorMixing.sectors.indexOf('academia')
        ]!;
      const [x, y] = [mixing(c.a, 'ties'), mixing(c.b, 'ties')];
      const [ex, ey] = [mixing(c.a, 'expected'), mixing(c.b, 'expected')].map(formatNumber);
      const [da, db] = [a, b].map((w) => w.replace('-', '–'));
      expect(await text(page, '[data-sentence="mixing:industry:academia"]')).toBe(
        lang === 'ja'
          ? `産業（企業）と大学・研究機関のつながりは、${da} から ${db} にかけて ${x} 件から ${y} 件に${y > x ? '増えました' : '減りました'}（ランダムな結びつきなら ${ex} → ${ey} 件）。`
          : `Ties between industry and academia ${y > x ? 'rose' : 'fell'} from ${x} to ${y} between ${da} and ${db} (random mixing would give ${ex} → ${ey}).`,
      );
      expect(await text(page, '[data-sentence=size]')).toContain(String(c.ties.added.length));

      // The actor table: sorted by the change in degree, largest first, the CLI's values.
      const top = Object.entries(c.actors)
        .filter(([, v]) => v.degree.delta !== null)
        .sort(
          ([ia, va], [ib, vb]) => vb.degree.delta! - va.degree.delta! || (ia < ib ? -1 : 1),
        )[0]!;
      const first = page.locator('[data-testid=compare-actor-table] tbody tr').first();
      expect(await first.getAttribute('data-actor')).toBe(top[0]);
      for (const m of ['degree', 'betweenness', 'constraint'] as const) {
        expect(await first.locator(`[data-col="${m}.b"]`).getAttribute('data-value')).toBe(
          String(top[1][m].b ?? ''),
        );
      }

      // Drawn: new ties crimson, lost ties faint grey, ties in both slate; nothing else.
      const colours = await drawn(page, [...c.ties.added, ...c.ties.removed]);
      expect(colours.slice(0, c.ties.added.length).every((k) => k === COMPARE_COLOURS.added)).toBe(
        true,
      );
      expect(colours.slice(c.ties.added.length).every((k) => k === COMPARE_COLOURS.removed)).toBe(
        true,
      );
      expect(await legendCount(page, 'added')).toBe(c.ties.added.length);
      expect(await legendCount(page, 'removed')).toBe(c.ties.removed.length);
      expect(await legendCount(page, 'kept')).toBe(kept);
      expect(await legendCount(page, 'left')).toBe(counts.left);
      const allTies = await page.evaluate(() =>
        (window.__clusterExplorer.state().network as { edges: { key: string }[] }).edges.map(
          (e) => e.key,
        ),
      );
      const shown = (await drawn(page, allTies)).filter((colour) => colour !== null).length;
      expect(shown).toBe(c.ties.added.length + c.ties.removed.length + kept);

      await waitLayoutIdle(page);
      await page.waitForTimeout(800);
      await screenshot(page, `compare-periods-${lang}`);
      await page.locator('.compare-scroll').evaluate((e) => {
        const measures = e.querySelector('[data-testid=compare-measures]') as HTMLElement;
        e.scrollTop = measures.getBoundingClientRect().top - e.getBoundingClientRect().top - 30;
      });
      await screenshot(page, `compare-tables-${lang}`);
      // A tall screen: the canvas and most of the report at once.
      await page.setViewportSize({ width: 1600, height: 2400 });
      await page.locator('.compare-scroll').evaluate((e) => (e.scrollTop = 0));
      await waitLayoutIdle(page);
      await page.waitForTimeout(800);
      await screenshot(page, `compare-report-${lang}`);
      await page.setViewportSize({ width: 1600, height: 1000 });

      // The URL holds the comparison; opened again, it shows the same.
      const url = new URL(page.url());
      expect(url.searchParams.get('cmp')).toBe('periods');
      expect(url.searchParams.get('ca')).toBe(a);
      expect(url.searchParams.get('cb')).toBe(b);
      const again = await newPage();
      await again.goto(page.url());
      await waitReady(again);
      await settled(again);
      expect(await again.getByTestId('compare-a-to').inputValue()).toBe(a.slice(5));
      expect(await again.getByTestId('compare-b-from').inputValue()).toBe(b.slice(0, 4));
      expect(await again.getByTestId('compare-b-to').inputValue()).toBe(b.slice(5));
      await expectMeasures(again, c);
      expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
      await again.close();
      await page.close();
    });
  }

  it('exports the actor table as CSV, filtered and sorted as shown', async () => {
    const page = await newPage();
    await page.goto(demo('lang=en&cmp=periods&ca=2001-2005&cb=2006-2010'));
    await waitReady(page);
    await settled(page);
    await page.getByTestId('compare-filter-appeared').click();
    const [shown, total] = (await text(page, '[data-testid=compare-actor-count]'))
      .split(' of ')
      .map(Number);
    expect(shown).toBe(total);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('compare-actors-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('actor-changes.csv');
    const file = join(mkdtempSync(join(tmpdir(), 'compare-e2e-')), 'actors.csv');
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('\uFEFF# source: ')).toBe(true);
    expect(csv).toContain('# filter: appeared');
    const rows = parse(csv.replace(/^\uFEFF/, ''), { comment: '#' }) as string[][];
    expect(rows[0]!.join(',')).toBe(
      'id,name,kind,status,degree 2001–2005,degree 2006–2010,degree change,betweenness 2001–2005,betweenness 2006–2010,betweenness change,constraint 2001–2005,constraint 2006–2010,constraint change',
    );
    expect(rows.length - 1).toBe(total);
    expect(rows.slice(1).every((r) => r[3] === 'appeared')).toBe(true);
    await page.close();
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`projects side by side: the CLI's --by project, published counts beside (${lang})`, async () => {
      const page = await newPage();
      await page.goto(demo(`lang=${lang}&cmp=groups&cby=project`));
      await waitReady(page);
      await settled(page, 'compare-groups');
      const groups = await cli<GroupComparison>(['--by', 'project']);
      const rows = page.locator('[data-testid=compare-groups] tbody tr');
      expect(await rows.count()).toBe(groups.groups.length);
      for (const [i, g] of groups.groups.entries()) {
        const row = rows.nth(i);
        expect(await row.getAttribute('data-group')).toBe(g.id);
        for (const key of [
          'ties',
          'density',
          'averagePathLength',
          'modularity',
          'T_GTO',
        ] as const) {
          expect(await row.locator(`[data-col=${key}]`).getAttribute('data-value'), key).toBe(
            g.graph[key] === null ? '' : String(g.graph[key]),
          );
        }
      }
      // The demo's 首都圏北部 networks are part of the published Kanto project: its figures
      // are shown for the whole project, marked, and said to be so.
      expect(
        await text(page, '[data-group="PRJ-IC-KANTO-N-2"] [data-col=publishedCompanies]'),
      ).toBe('2140*');
      expect(await text(page, '[data-testid=compare-part-of]')).toContain(
        lang === 'ja'
          ? '地域産業活性化プロジェクト 全体'
          : 'whole Regional Industry Revitalisation Project',
      );
      await screenshot(page, `compare-groups-${lang}`);
      await page.close();
    });
  }

  it('two prefectures side by side, each group’s ties in its own colour', async () => {
    const page = await newPage();
    await page.goto(demo('lang=en&cmp=pair&cby=prefecture'));
    await waitReady(page);
    await page.getByTestId('compare-group-a').selectOption('群馬県');
    await page.getByTestId('compare-group-b').selectOption('長野県');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('cga')).toBe('群馬県');
    expect(await text(page, '[data-sentence=size]')).toMatch(/^群馬県 has \d+ actors/);
    expect(await legendCount(page, 'added')).toBe(
      Number(await attr(page, '[data-count=tiesOnlyB] td')),
    );
    expect(await legendCount(page, 'removed')).toBe(
      Number(await attr(page, '[data-count=tiesOnlyA] td')),
    );
    await waitLayoutIdle(page);
    await page.waitForTimeout(800);
    await screenshot(page, 'compare-pair-en');
    // Closing is a view change like any other: the URL forgets it, undo brings it back.
    await page.getByTestId('compare-panel').getByRole('button', { name: 'Close' }).click();
    await page.getByTestId('compare-panel').waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.has('cmp')).toBe(false);
    expect(await page.locator('[data-testid=legend-compare]').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('cgb')).toBe('長野県');
    await page.close();
  });
});
