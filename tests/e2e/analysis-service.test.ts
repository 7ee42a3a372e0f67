/**
 * The one analysis service as a new user meets it: a shared link (or snapshot) that colours
 * or sizes by a measure shows it without a click; a generated parameter control changes the
 * result; an ego focus restricts the table, the stats and the legend. Offline: the built
 * front end as static files and the demo snapshot, no API.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, watchErrors } from '../setup/chromium';
import { shownCounts, waitLayoutIdle, waitReady } from './helpers/explorer-page';
import { offlineBrowser } from './helpers/offline';

const env = offlineBrowser();
const session = {
  get browser() {
    return env.session.browser;
  },
};
const demo = (query: string) => `${env.server.url}?snapshot=./snapshots/demo.json&${query}`;
const legendCount = (page: import('playwright-core').Page) =>
  page.$$eval('[data-legend-node] .count', (cells) =>
    cells.reduce((s, c) => s + Number((c.textContent ?? '0').replace(/[^\d]/g, '')), 0),
  );

describe('measures from the analysis service', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`colours and sizes a shared link by its measures without a click (${lang})`, async () => {
      const page = await session.browser.newPage();
      const errors = watchErrors(page);
      await page.goto(demo(`lang=${lang}&colour=measure&cmeasure=betweenness&size=pagerank`));
      await waitReady(page);
      await page.getByTestId('legend-scale').waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => !document.body.textContent?.includes('…%'), null, {
        timeout: 60_000,
      });
      expect(await page.getByTestId('analysis-run').isVisible()).toBe(true); // nothing was run by hand
      const max = Number(await page.getByTestId('legend-scale-max').textContent());
      expect(max).toBeGreaterThan(0);
      const legendText = (await page.getByTestId('legend').textContent()) ?? '';
      expect(legendText).toContain(lang === 'ja' ? '媒介中心性' : 'Betweenness');
      expect(legendText).toContain('PageRank');
      expect(legendText).not.toMatch(/Computing|計算中/);
      await waitLayoutIdle(page);
      await screenshot(page, `service-colour-measure-${lang}`);
      expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
      await page.close();
    });
  }

  it('recomputes when a generated parameter control changes', async () => {
    const page = await session.browser.newPage();
    await page.goto(demo('lang=en&colour=community'));
    await waitReady(page);
    const communities = (resolution: number) =>
      page.evaluate((r) => {
        const results = window.__clusterExplorer.state().analysis.results;
        const entry = Object.entries(results).find(
          ([key]) => key.startsWith('["communities"') && key.includes(`"resolution":${r}`),
        );
        return entry ? Number(entry[1].graph.communities) : null;
      }, resolution);
    await page.waitForFunction(
      () => Object.keys(window.__clusterExplorer.state().analysis.results).length > 0,
      null,
      { timeout: 60_000 },
    );
    const before = await communities(1);
    expect(before).toBeGreaterThan(1);
    await page.locator('.analysis-settings summary').click();
    const resolution = page.getByTestId('setting-communities-resolution');
    await resolution.fill('4');
    await resolution.press('Enter');
    await expect.poll(() => communities(4), { timeout: 60_000 }).toBeGreaterThan(before!);
    // The setting is part of the view: in the URL, so a shared link reproduces the numbers.
    expect(page.url()).toContain('a.communities.resolution=4');
    await screenshot(page, 'service-resolution-en');
    await page.close();
  });

  it('restricts the table, the stats and the legend to an ego focus, laid out on its own', async () => {
    const page = await session.browser.newPage();
    await page.goto(demo('lang=ja'));
    await waitReady(page);
    await waitLayoutIdle(page);
    const all = await shownCounts(page);
    await page.goto(demo('lang=ja&focus=UNI-GUNMA~2&sel=UNI-GUNMA'));
    await waitReady(page);
    await page.waitForTimeout(1200);
    const focus = await shownCounts(page);
    expect(focus.nodes).toBeLessThan(all.nodes);
    expect(focus.nodes).toBeGreaterThan(5);
    expect(await legendCount(page)).toBe(focus.nodes);
    await page.getByTestId('table-toggle').click();
    const heading = (await page.getByTestId('actor-table').locator('h2').textContent()) ?? '';
    expect(Number(heading.replace(/[^\d]/g, ''))).toBe(focus.nodes);
    await screenshot(page, 'service-focus-ja');
    await page.getByTestId('table-toggle').click();
    await page.goto(demo('lang=en&focus=UNI-GUNMA~2&sel=UNI-GUNMA'));
    await waitReady(page);
    await page.waitForTimeout(1200);
    await screenshot(page, 'service-focus-en');
    await page.close();
  });
});
