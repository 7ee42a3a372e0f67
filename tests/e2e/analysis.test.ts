/**
 * The analysis in the explorer, against the live stack: run it in the worker (progress,
 * cancel, run again), colour by betweenness with the scale in the legend, bridges and
 * articulation points, the weak-links list (click one), E-I between sectors and clusters,
 * an actor's brokerage roles and suggested introductions, the metrics table sorted by an
 * analysis column. Screenshots in Japanese and English go to tests/artifacts/screenshots/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshot, watchErrors, type BrowserSession } from '../setup/chromium';
import { waitLayoutIdle, waitReady } from './helpers/explorer-page';

const url = inject('stackUrl');
const slow = { timeout: 30_000 };
let session: BrowserSession;
let page: Page;
let errors: string[];

beforeAll(async () => {
  session = await launchChromium();
  page = await session.browser.newPage();
  await page.setViewportSize({ width: 1500, height: 950 });
  errors = watchErrors(page);
  await page.goto(`${url}?lang=ja`);
  await waitReady(page);
  await waitLayoutIdle(page);
});
afterAll(async () => {
  await session?.close();
});

const panel = () => page.getByTestId('analysis-panel');

describe('analysis in the explorer', () => {
  it('runs in the worker with progress, can be cancelled and run again', async () => {
    await panel().scrollIntoViewIfNeeded();
    await page.getByTestId('analysis-run').click();
    // Either the progress bar shows (and cancelling works) or the small demo was too quick.
    const cancel = page.getByTestId('analysis-cancel');
    if (await cancel.isVisible().catch(() => false)) {
      await cancel.click().catch(() => undefined);
    }
    await page.getByTestId('analysis-run').or(page.getByTestId('analysis-done')).first().waitFor();
    if (!(await page.getByTestId('analysis-done').isVisible())) {
      await page.getByTestId('analysis-run').click();
    }
    await page.getByTestId('analysis-done').waitFor(slow);
    expect(await page.getByTestId('analysis-done').textContent()).toMatch(/分析済み/);
  });

  it('colours by betweenness with a gradient and its range in the legend', async () => {
    await page.getByTestId('colour-measure').selectOption('betweenness');
    await page.getByTestId('legend-scale').waitFor();
    expect(await page.getByTestId('legend-scale').textContent()).toContain('媒介中心性');
    const max = await page.getByTestId('legend-scale-max').textContent();
    expect(Number(max?.replace(/,/g, ''))).toBeGreaterThan(0);
    await page.waitForTimeout(400);
    await screenshot(page, 'analysis-colour-betweenness-ja');
  });

  it('highlights bridges and articulation points with legend entries', async () => {
    await page.getByTestId('colour-measure').selectOption('');
    await page.getByTestId('overlay-bridges').check();
    await page.locator('[data-legend-overlay="bridges"]').waitFor();
    const count = await page.locator('[data-legend-overlay="bridges"] .count').textContent();
    expect(Number(count)).toBeGreaterThan(0);
    await page.getByTestId('overlay-articulation').check();
    await page.locator('[data-legend-overlay="articulation"]').waitFor();
    await page.waitForTimeout(400);
    await screenshot(page, 'analysis-bridges-articulation-ja');
    await page.getByTestId('overlay-articulation').uncheck();
  });

  it('lists weak links strongest first and focuses one on click', async () => {
    await page.getByTestId('weak-links-toggle').click();
    const rows = page.getByTestId('weak-link');
    await expect.poll(() => rows.count(), slow).toBeGreaterThan(0);
    const strengths = await page
      .getByTestId('weak-links')
      .locator('tbody tr td:nth-child(2)')
      .allTextContents();
    const values = strengths.map((s) => Number(s.replace(/,/g, '')));
    for (let i = 1; i < values.length; i++)
      expect(values[i - 1]).toBeGreaterThanOrEqual(values[i]!);
    const spans = await page
      .getByTestId('weak-links')
      .locator('tbody tr td:nth-child(3)')
      .allTextContents();
    expect(spans).toContain('∞');
    await rows.first().click();
    await expect
      .poll(() =>
        page.evaluate(
          () => (window.__clusterExplorer.state() as unknown as { focusedTie: unknown }).focusedTie,
        ),
      )
      .not.toBeNull();
    await page.getByTestId('overlay-weak').check();
    await page.waitForTimeout(900); // camera
    await screenshot(page, 'analysis-weak-links-ja');
    await page.getByTestId('overlay-weak').uncheck();
    await page.getByTestId('overlay-bridges').uncheck();
    await rows.first().click(); // unfocus
    await page.getByTestId('weak-links-toggle').click();
  });

  it('summarises E-I between sectors and between the two clusters', async () => {
    const summary = page.getByTestId('ei-summary');
    await summary.scrollIntoViewIfNeeded();
    expect(await summary.textContent()).toContain('学');
    await page.getByTestId('ei-grouping').selectOption('cluster');
    await expect.poll(() => summary.textContent()).toContain('知的クラスター');
    expect(await summary.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'analysis-ei-ja');
    await page.getByTestId('ei-grouping').selectOption('sector');
  });

  it("shows an SME's brokerage roles and suggested introductions", async () => {
    await page.getByTestId('search-input').fill('信州大');
    await page.getByTestId('search-results').getByText('信州大学').first().waitFor();
    await page.getByTestId('search-input').press('Enter');
    const broker = page.getByTestId('broker-table');
    await broker.waitFor(slow);
    expect(await broker.locator('tr[data-role]').count()).toBe(5);
    await page.getByTestId('broker-grouping').selectOption('cluster');
    await broker.waitFor();
    const suggestions = page.getByTestId('suggestion');
    await expect.poll(() => suggestions.count(), slow).toBeGreaterThan(0);
    expect(await suggestions.first().textContent()).toMatch(/共通の相手|共通の分野/);
    await page.getByTestId('actor-analysis').scrollIntoViewIfNeeded();
    await page.waitForTimeout(700);
    await screenshot(page, 'analysis-actor-ja');
    // An SME: suggestions default to universities and public institutes.
    const sme = await page.evaluate(() => {
      const nodes = window.__clusterExplorer.state().network!.nodes as {
        key: string;
        attributes: { kind: string; sme: boolean | null; name: string };
      }[];
      return nodes.find((n) => n.attributes.kind === 'company' && n.attributes.sme)!.attributes
        .name;
    });
    await page.getByTestId('search-input').fill(sme);
    await page.getByTestId('search-input').press('Enter');
    await expect.poll(() => page.getByTestId('suggest-kinds').inputValue(), slow).toBe('academic');
    await expect
      .poll(() => page.getByTestId('suggestions').textContent(), slow)
      .not.toContain('計算中');
    await page.waitForTimeout(500);
    await screenshot(page, 'analysis-sme-introductions-ja');
  });

  it('sorts the metrics table by betweenness', async () => {
    await page.getByTestId('table-toggle').click();
    const table = page.getByTestId('actor-table');
    await table.waitFor();
    await table.getByTestId('sort-betweenness').click();
    const header = await table.locator('thead th').allTextContents();
    const col = header.findIndex((h) => h.includes('媒介中心性'));
    expect(col).toBeGreaterThan(0);
    expect(header.some((h) => h.includes('切断点'))).toBe(true);
    const values = (await table.locator(`tbody tr td:nth-child(${col + 1})`).allTextContents()).map(
      (s) => Number(s.replace(/,/g, '')),
    );
    for (let i = 1; i < values.length; i++)
      expect(values[i - 1]).toBeGreaterThanOrEqual(values[i]!);
    await screenshot(page, 'analysis-table-ja');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('table-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('actors.csv');
  });

  it('reads in English', async () => {
    await page.getByTestId('lang-en').click();
    await page.getByTestId('table-toggle').click();
    await page.getByTestId('colour-measure').selectOption('pagerank');
    await page.getByTestId('overlay-bridges').check();
    await page.getByTestId('weak-links-toggle').click();
    await page.waitForTimeout(600);
    await screenshot(page, 'analysis-en');
    expect(await panel().textContent()).toContain('Weak links');
    await page.getByTestId('actor-analysis').scrollIntoViewIfNeeded();
    await screenshot(page, 'analysis-actor-en');
    expect(await page.getByTestId('actor-analysis').textContent()).toContain(
      'Suggested introductions',
    );
  });

  it('had no page errors', () => {
    expect(errors).toEqual([]);
  });
});
