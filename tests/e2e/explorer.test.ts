/**
 * The explorer against the real stack (local Neo4j with the demo, the API, the built front
 * end): each view, search, click, focus and path, filters with undo/redo and the URL, the
 * table, snapshot export and re-open, and the language switch. Every step saves a screenshot
 * to tests/artifacts/screenshots/ for a person to look at.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { VIEW_TIE_KINDS, type View } from '../../src/model/domain';
import { launchChromium, screenshot, watchErrors, type BrowserSession } from '../setup/chromium';
import { clickNode, shownCounts, waitLayoutIdle, waitReady } from './helpers/explorer-page';

const url = inject('stackUrl');
const slow = { timeout: 20_000 };
let session: BrowserSession;
let page: Page;
let errors: string[];
const downloads = mkdtempSync(join(tmpdir(), 'cne-e2e-downloads-'));

beforeAll(async () => {
  session = await launchChromium();
  page = await session.browser.newPage();
  errors = watchErrors(page);
  await page.goto(`${url}?lang=ja`);
  await waitReady(page);
  await waitLayoutIdle(page);
});
afterAll(async () => {
  await session?.close();
  rmSync(downloads, { recursive: true, force: true });
});

const state = () => page.evaluate(() => window.__clusterExplorer.state());
const presentParam = (name: string) => new URL(page.url()).searchParams.get(name);
const legendNodes = () =>
  page
    .locator('[data-legend-node]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-legend-node')));
const legendEdges = () =>
  page
    .locator('[data-legend-edge]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-legend-edge')));

async function keyOf(kind: string, namePart: string): Promise<string> {
  return page.evaluate(
    ([k, n]) => {
      const nodes = window.__clusterExplorer.state().network!.nodes as {
        key: string;
        attributes: { kind: string; name: string };
      }[];
      return nodes.find((x) => x.attributes.kind === k && x.attributes.name.includes(n!))!.key;
    },
    [kind, namePart],
  );
}

describe('explorer on the live stack', () => {
  it('loads from the API and shows each view with a matching legend', async () => {
    expect(await page.getByTestId('source-badge').textContent()).toContain('Neo4j');
    expect(await page.getByTestId('synthetic-badge').isVisible()).toBe(true);
    for (const view of ['industrial', 'knowledge', 'all'] as View[]) {
      await page.getByTestId(`view-${view}`).click();
      await page.waitForFunction((v) => {
        const s = window.__clusterExplorer.state();
        return (
          s.status === 'ready' &&
          (s.network as { attributes: { view: string } } | null)?.attributes.view === v
        );
      }, view);
      await waitLayoutIdle(page);
      const counts = await shownCounts(page);
      expect(counts.nodes, view).toBeGreaterThan(20);
      expect(counts.edges, view).toBeGreaterThan(20);
      for (const kind of await legendEdges()) expect(VIEW_TIE_KINDS[view]).toContain(kind);
      expect(presentParam('view')).toBe(view === 'all' ? null : view);
      await screenshot(page, `view-${view}-ja`);
    }
  });

  it('searches by kana (partial, width-insensitive) and opens the details panel', async () => {
    // Half-width katakana finds full-width names.
    await page.getByTestId('search-input').fill('ﾃｷｽﾀｲﾙ');
    await page.getByTestId('search-results').getByText('テキスタイル').first().waitFor();
    await screenshot(page, 'search-ja');
    await page.getByTestId('search-input').fill('信州大');
    await page.getByTestId('search-results').getByText('信州大学').first().waitFor();
    await page.getByTestId('search-input').press('Enter');
    await expect
      .poll(() => page.getByTestId('details-name').textContent(), slow)
      .toContain('信州大学');
    expect(await page.getByTestId('details-ties').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('details-projects').locator('li').count()).toBeGreaterThan(0);
    await page.waitForTimeout(700); // camera animation
    await screenshot(page, 'details-search-ja');
  });

  it('selects an actor by clicking it on the canvas, focuses its neighbourhood', async () => {
    await page.getByTestId('layout-toggle').isVisible();
    await page.getByRole('button', { name: '全体表示' }).click();
    await page.waitForTimeout(600);
    const hub = await keyOf('cluster_hub', 'ぐんま');
    // Hovering highlights the neighbourhood and fades the rest.
    const at = await page.evaluate((k) => window.__clusterExplorer.nodeOnScreen(k), hub);
    await page.mouse.move(at!.x, at!.y);
    await page.waitForTimeout(300);
    await screenshot(page, 'hover-ja');
    await clickNode(page, hub);
    await expect
      .poll(() => page.getByTestId('details-name').textContent(), slow)
      .toContain('ぐんま');
    await page.getByTestId('focus-1').click();
    expect(presentParam('focus')).toBe(`${hub}~1`);
    await page.waitForTimeout(300);
    await screenshot(page, 'focus-ja');
  });

  it('finds the shortest path from a university to a bank', async () => {
    await page.getByTestId('path-from').click();
    await page.getByTestId('search-input').fill('銀行');
    await page.getByTestId('search-results').locator('li').first().click();
    await page.getByTestId('path-to').click();
    const steps = page.getByTestId('path-list').locator('li');
    await expect.poll(() => steps.count(), slow).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'path-ja');
    await page.getByRole('button', { name: '経路を解除' }).click();
    await page.getByRole('button', { name: '注目を解除' }).click();
  });

  it('filters by kind with undo/redo, and the view survives a reload from the URL', async () => {
    const before = await shownCounts(page);
    await page.getByTestId('filter-kinds').getByRole('checkbox', { name: '企業' }).uncheck();
    await expect.poll(async () => (await shownCounts(page)).nodes, slow).toBeLessThan(before.nodes);
    expect(await legendNodes()).not.toContain('company');
    expect(presentParam('kinds')).not.toBeNull();
    await screenshot(page, 'filter-no-companies-ja');
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await shownCounts(page)).nodes, slow).toBe(before.nodes);
    expect(await legendNodes()).toContain('company');
    await page.getByTestId('redo').click();
    await expect.poll(async () => await legendNodes(), slow).not.toContain('company');
    await page.reload();
    await waitReady(page);
    expect(await legendNodes()).not.toContain('company');
    await page.getByTestId('reset-filters').click();
    await expect.poll(async () => (await shownCounts(page)).nodes, slow).toBe(before.nodes);
  });

  it('filters by year, projects shared projects, colours by community, sizes by betweenness', async () => {
    await page.getByTestId('year-to').fill('2004');
    await expect.poll(() => presentParam('years'), slow).toMatch(/-2004$/);
    await page.getByTestId('projection-toggle').check();
    await expect.poll(legendEdges, slow).toContain('shared_project');
    await page.getByTestId('colour-by').selectOption('community');
    await expect.poll(legendNodes, slow).toContain('0');
    await page.waitForTimeout(500);
    await screenshot(page, 'community-projection-ja');
    // Betweenness from the analysis module's worker sizes the nodes; the legend says so.
    await page.getByTestId('size-by').selectOption('betweenness');
    await expect
      .poll(() => page.locator('.legend-size').textContent(), slow)
      .toContain('媒介中心性');
    await page.waitForTimeout(300);
    await screenshot(page, 'betweenness-community-ja');
    await page.getByTestId('size-by').selectOption('degree');
    await page.getByTestId('colour-by').selectOption('kind');
    await page.getByTestId('projection-toggle').uncheck();
    await page.getByTestId('reset-filters').click();
  });

  it('lists actors in a table sortable by any column', async () => {
    await page.getByTestId('table-toggle').click();
    const table = page.getByTestId('actor-table');
    await table.waitFor();
    await table.getByTestId('sort-degree').click(); // degree descending is the default: now ascending
    const firstDegree = await table
      .locator('tbody tr')
      .first()
      .locator('td[data-column="degree"]')
      .textContent();
    expect(Number(firstDegree)).toBe(0); // the isolated actors come first
    await table.getByTestId('sort-name').click();
    await screenshot(page, 'table-ja');
    await page.getByTestId('table-toggle').click();
  });

  it('exports a snapshot and opens it again from the file picker', async () => {
    const before = await shownCounts(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-snapshot').click(),
    ]);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    await page.getByTestId('snapshot-file-input').setInputFiles(file);
    await expect
      .poll(() => page.getByTestId('source-badge').textContent(), slow)
      .toContain('.json');
    await waitReady(page);
    expect((await state()).source?.kind).toBe('snapshot');
    expect(await shownCounts(page)).toEqual(before);
    await screenshot(page, 'snapshot-reopened-ja');
  });

  it('switches to English: UI strings, legend and actor names', async () => {
    await page.getByTestId('lang-en').click();
    expect(await page.locator('h1').textContent()).toBe('Cluster Network Explorer');
    expect(await page.locator('[data-legend-node="company"]').textContent()).toContain('Company');
    expect(presentParam('lang')).toBe('en');
    await page.getByTestId('search-input').fill('shinshu univ');
    await page.getByTestId('search-input').press('Enter');
    await expect
      .poll(() => page.getByTestId('details-name').textContent())
      .toBe('Shinshu University');
    await page.waitForTimeout(700);
    await screenshot(page, 'details-en');
    await page.getByTestId('lang-ja').click();
    expect(await page.locator('h1').textContent()).toBe(
      'クラスター・ネットワーク・エクスプローラー',
    );
  });

  it('had no page errors', () => {
    expect(errors).toEqual([]);
  });
});
