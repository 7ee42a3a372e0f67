/**
 * Names carrying script, HTML, SVG and formulas, as a hand-edited member list may hold them,
 * shown by the explorer: every place that shows a name (canvas labels on hover, the details
 * panel, the search list, the table, the Gaps view and its printed report) must show the text
 * as written and create no element, run nothing and raise no CSP violation.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoSnapshot } from '../../scripts/snapshot/generate-demo';
import { watchErrors } from '../setup/chromium';
import { clickNode, placedLabels, waitLayoutIdle, waitReady } from './helpers/explorer-page';
import { offlineBrowser } from './helpers/offline';

const dir = mkdtempSync(join(tmpdir(), 'cne-hostile-'));
const snapshotPath = join(dir, 'hostile.json');
const env = offlineBrowser({ '/snapshots/hostile.json': snapshotPath });

/** Each payload would set window.__pwned if it ever ran. */
const NAMES: Record<string, string> = {
  'H-SCRIPT': `<script>window.__pwned='script'</script>`,
  'H-IMG': `<img src=x onerror="window.__pwned='img'">`,
  'H-SVG': `<svg onload="window.__pwned='svg'"><b>太字</b></svg>`,
  'H-LINK': `<a href="javascript:window.__pwned='link'">株式会社リンク</a>`,
  'H-FORMULA': `=HYPERLINK("http://example.com","click") 大学`,
  'H-TEMPLATE': `{{constructor.constructor('window.__pwned=1')()}} & ' " <`,
};
const NAME_EN = `<iframe src="javascript:window.__pwned='iframe'"></iframe>`;

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;

function writeDataset(folder: string): void {
  mkdirSync(folder);
  const kinds: Record<string, string> = { 'H-FORMULA': 'university' };
  const actors = ['id,kind,name,name_en,prefecture,sme'];
  for (const [id, name] of Object.entries(NAMES)) {
    const kind = kinds[id] ?? 'company';
    const en = id === 'H-SCRIPT' ? csvCell(NAME_EN) : '';
    actors.push(`${id},${kind},${csvCell(name)},${en},群馬県,${kind === 'company' ? 'true' : ''}`);
  }
  // A path through the companies, the university alone: both show up in the Gaps view.
  const ties = ['source,target,kind,start_year'];
  const companies = Object.keys(NAMES).filter((id) => !kinds[id]);
  for (let i = 1; i < companies.length; i++) {
    ties.push(`${companies[i - 1]},${companies[i]},supply,2005`);
  }
  writeFileSync(join(folder, 'actors.csv'), `${actors.join('\n')}\n`);
  writeFileSync(join(folder, 'ties.csv'), `${ties.join('\n')}\n`);
}

beforeAll(async () => {
  const folder = join(dir, 'input');
  writeDataset(folder);
  writeFileSync(snapshotPath, JSON.stringify(await generateDemoSnapshot(folder)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Elements or effects any payload would have produced, had it been parsed as markup. */
const injected = (page: Page) =>
  page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    elements:
      document.querySelectorAll(
        'img[src="x"], iframe, svg[onload], a[href^="javascript:"], script:not([src])',
      ).length + [...document.querySelectorAll('b')].filter((b) => b.textContent === '太字').length,
  }));

describe('hostile names in the explorer', () => {
  it('show as text in labels, details, search, table and the Gaps view, and nothing runs', async () => {
    const page = await env.session.browser.newPage();
    await page.setViewportSize({ width: 1400, height: 950 });
    const errors = watchErrors(page);
    await page.goto(`${env.server.url}?snapshot=./snapshots/hostile.json&lang=ja`);
    await waitReady(page);
    await waitLayoutIdle(page);

    // Canvas labels: a hovered node's label is drawn whatever the density.
    for (const id of ['H-SCRIPT', 'H-SVG']) {
      const at = await page.evaluate((k) => window.__clusterExplorer.nodeOnScreen(k), id);
      await page.mouse.move(at!.x, at!.y);
      await expect
        .poll(async () => (await placedLabels(page)).find((l) => l.key === id)?.text)
        .toBe(NAMES[id]);
    }

    await clickNode(page, 'H-SCRIPT');
    await page.getByTestId('details-panel').waitFor();
    expect(await page.getByTestId('details-name').textContent()).toBe(NAMES['H-SCRIPT']);
    expect(await page.getByTestId('details-panel').textContent()).toContain(NAME_EN);

    await page.getByTestId('search-input').fill('<');
    const results = (await page.getByTestId('search-results').textContent()) ?? '';
    for (const id of ['H-SCRIPT', 'H-IMG', 'H-SVG', 'H-LINK']) expect(results).toContain(NAMES[id]);
    await page.getByTestId('search-input').fill('');

    await page.getByTestId('table-toggle').click();
    const table = (await page.getByTestId('actor-table').textContent()) ?? '';
    for (const name of Object.values(NAMES)) expect(table).toContain(name);
    await page.getByTestId('table-toggle').click();

    await page.getByTestId('gaps-toggle').click();
    await page.getByTestId('gap-report').waitFor({ timeout: 90_000 });
    await expect
      .poll(async () => (await page.getByTestId('gap-report').textContent()) ?? '', {
        timeout: 90_000,
      })
      .toContain(NAMES['H-FORMULA']);
    const report = (await page.getByTestId('gap-report').textContent()) ?? '';
    expect(report).toContain(NAMES['H-IMG']);

    expect(await injected(page)).toEqual({ pwned: null, elements: 0 });
    // CSP violations and script errors show as console errors; only the health probe may 404.
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);

    // The printed report is a page of its own, written as HTML: names are escaped there too.
    await page.evaluate(() => {
      const open = window.open.bind(window);
      window.open = (...args: Parameters<typeof window.open>) => {
        const opened = open(...args);
        if (opened) opened.print = () => {};
        return opened;
      };
    });
    const [printed] = await Promise.all([
      env.session.browser.waitForEvent('page'),
      page.getByTestId('gaps-print').click(),
    ]);
    const printedErrors = watchErrors(printed);
    await printed.waitForLoadState('load');
    const body = (await printed.locator('body').textContent()) ?? '';
    expect(body).toContain(NAMES['H-SCRIPT']);
    expect(body).toContain(NAMES['H-FORMULA']);
    expect(await injected(printed)).toEqual({ pwned: null, elements: 0 });
    expect(printedErrors).toEqual([]);
    await printed.close();
    await page.close();
  });
});
