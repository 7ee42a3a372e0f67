/**
 * The presenter with no network: the built front end served as plain static files, no API
 * behind it. The demo snapshot must open from the start screen and from ?snapshot=, with no
 * API request in the second case, and render in Japanese and English.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, watchErrors } from '../setup/chromium';
import { shownCounts, waitLayoutIdle, waitReady } from './helpers/explorer-page';
import { offlineBrowser } from './helpers/offline';

const env = offlineBrowser();

describe('offline snapshot from static files', () => {
  it('offers the demo snapshot on the start screen and renders it (ja)', async () => {
    const page = await env.session.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${env.server.url}?lang=ja`);
    await page.getByTestId('start-screen').waitFor();
    await screenshot(page, 'offline-start-ja');
    await page.getByTestId('open-demo').click();
    await waitReady(page);
    await waitLayoutIdle(page);
    expect(await page.getByTestId('source-badge').textContent()).toContain('demo.json');
    expect(await page.getByTestId('synthetic-badge').isVisible()).toBe(true);
    const counts = await shownCounts(page);
    expect(counts.nodes).toBeGreaterThan(300);
    expect(counts.edges).toBeGreaterThan(1000);
    expect(await page.locator('[data-legend-node="university"]').textContent()).toContain('大学');
    await screenshot(page, 'offline-demo-ja');
    // Only the health probe may 404; nothing else may fail (CSP violations show as errors).
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await page.close();
  });

  it('opens ?snapshot= directly with no API request, in English', async () => {
    const page = await env.session.browser.newPage();
    const errors = watchErrors(page);
    const before = env.server.requests.length;
    await page.goto(`${env.server.url}?snapshot=./snapshots/demo.json&lang=en&colour=sector`);
    await waitReady(page);
    await waitLayoutIdle(page);
    expect(await page.locator('h1').textContent()).toBe('Cluster Network Explorer');
    expect(await page.locator('[data-legend-node="academia"]').textContent()).toContain('Academia');
    const requested = env.server.requests.slice(before);
    expect(requested.filter((p) => p.startsWith('/api'))).toEqual([]);
    expect(requested).toContain('/snapshots/demo.json');
    await screenshot(page, 'offline-demo-en-sector');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a snapshot dropped onto the page', async () => {
    const page = await env.session.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${env.server.url}?lang=ja`);
    await page.getByTestId('start-screen').waitFor();
    // What a drag from the file manager delivers: a drop event carrying a File.
    await page.evaluate(async () => {
      const text = await (await fetch('./snapshots/demo.json')).text();
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      document
        .querySelector('.app')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true }));
    });
    await waitReady(page);
    expect(await page.getByTestId('source-badge').textContent()).toContain('dropped.json');
    await screenshot(page, 'offline-dropped-ja');
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await page.close();
  });
});
