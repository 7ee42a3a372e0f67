/**
 * Presenting at a forum, with no network: the explorer served as `npm run present` serves it
 * (vite preview of dist/, no API behind it). A three-step story is built on the demo, exported
 * inside a snapshot, opened again from the file and told with the keyboard in full screen; the
 * years are played through; the screens of a small laptop and of a projector are checked for
 * controls covering each other. No console errors anywhere. Screenshots of every step go to
 * tests/artifacts/screenshots/ for a person to judge from the back of the hall.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, watchErrors, type BrowserSession } from '../setup/chromium';
import { coveredControls } from './helpers/covered-controls';
import { exportSnapshot, shownCounts, waitLayoutIdle, waitReady } from './helpers/explorer-page';

const slow = { timeout: 30_000 };
let server: PreviewServer;
let url: string;
let session: BrowserSession;
const files = mkdtempSync(join(tmpdir(), 'cne-e2e-present-'));
const storyFile = join(files, 'story.json');
/** Paths the pages asked the server for: nothing may go to /api but the health probe. */
const requested: string[] = [];

beforeAll(async () => {
  const { preview } = await import('vite');
  // The configuration of `npm run present` (vite.config.ts), on a free port.
  server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  url = server.resolvedUrls!.local[0]!;
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(files, { recursive: true, force: true });
});

async function newPage(viewport = { width: 1440, height: 900 }) {
  const page = await session.browser.newPage();
  await page.setViewportSize(viewport);
  const errors = watchErrors(page);
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  return { page, errors };
}

async function openDemo(page: Page) {
  await page.goto(`${url}?lang=ja`);
  await page.getByTestId('start-screen').waitFor();
  await page.getByTestId('open-demo').click();
  await waitReady(page);
  await waitLayoutIdle(page);
}

async function saveStep(page: Page, title: [string, string], caption: [string, string]) {
  await page.getByTestId('story-add').click();
  await page.getByTestId('step-title-ja').fill(title[0]);
  await page.getByTestId('step-title-en').fill(title[1]);
  await page.getByTestId('step-caption-ja').fill(caption[0]);
  await page.getByTestId('step-caption-en').fill(caption[1]);
}

const presentState = (page: Page) =>
  page.evaluate(() => {
    const s = window.__clusterExplorer.state() as unknown as {
      presenting: boolean;
      activeStep: string | null;
      story: { steps: { id: string }[] };
    };
    return {
      presenting: s.presenting,
      step: s.story.steps.findIndex((x) => x.id === s.activeStep) + 1,
      fullscreen: document.fullscreenElement !== null,
    };
  });

describe('presenting offline (npm run present)', () => {
  it('starts with no server quietly: no failed request, no console error', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${url}?lang=ja`);
    await page.getByTestId('start-screen').waitFor();
    // The probe found static files (public/api/health), not an API, and said nothing loud.
    await expect.poll(() => requested.includes('/api/health'), slow).toBe(true);
    expect(await page.getByTestId('start-screen').textContent()).toContain('スナップショット');
    await screenshot(page, 'present-offline-start');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('builds a three-step story and exports it inside a snapshot', async () => {
    const { page, errors } = await newPage();
    await openDemo(page);
    await page.getByTestId('story-toggle').click();
    await saveStep(
      page,
      ['群馬と長野：二つのクラスター', 'Gunma and Nagano: two clusters'],
      [
        '産業クラスター（群馬）と知的クラスター（長野）は、ごく少数のつながりで結ばれている。',
        'The industrial (Gunma) and the knowledge (Nagano) cluster meet through a handful of ties.',
      ],
    );
    // Step 2: the knowledge cluster, focused on Shinshu University, coloured by sector.
    await page.getByTestId('view-knowledge').click();
    await waitReady(page);
    await page.getByTestId('search-input').fill('信州大学');
    await page.getByTestId('search-results').locator('li').first().click();
    await page.getByTestId('focus-1').click();
    await page.getByTestId('colour-by').selectOption('sector');
    await page.waitForTimeout(900);
    await saveStep(
      page,
      ['信州大学を中心に', 'Around Shinshu University'],
      [
        '知的クラスターの共同研究は大学に集まる。',
        'Joint research in the knowledge cluster gathers around the university.',
      ],
    );
    // Step 3: the whole network in 2005, cumulative, coloured by sector.
    await page.getByRole('button', { name: '注目を解除' }).click();
    await page.getByTestId('view-all').click();
    await waitReady(page);
    await page.getByTestId('time-slider').fill('2005');
    await expect.poll(() => page.getByTestId('time-year').textContent(), slow).toBe('2005');
    await page.waitForTimeout(600);
    await saveStep(
      page,
      ['2005年：つながりが育つ', '2005: ties grow'],
      ['金融機関はまだ周縁にいる。', 'Finance still sits at the edge.'],
    );
    expect(await page.getByTestId('story-step').count()).toBe(3);
    await screenshot(page, 'present-story-built');

    const file = (await exportSnapshot(page)) as {
      story: {
        steps: { title: { en: string }; view: { view: string; filters: { years: unknown } } }[];
      };
    };
    expect(file.story.steps.map((s) => s.title.en)).toEqual([
      'Gunma and Nagano: two clusters',
      'Around Shinshu University',
      '2005: ties grow',
    ]);
    expect(file.story.steps[1]!.view.view).toBe('knowledge');
    expect(file.story.steps[2]!.view.filters.years).toEqual([2001, 2005]);
    writeFileSync(storyFile, JSON.stringify(file));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the story offline and steps through it with the keyboard in full screen', async () => {
    const { page, errors } = await newPage({ width: 1920, height: 1080 });
    await page.goto(`${url}?lang=ja`);
    await page.getByTestId('start-screen').waitFor();
    await page.getByTestId('start-file-input').setInputFiles(storyFile);
    await waitReady(page);
    await waitLayoutIdle(page);
    expect(await page.getByTestId('story-step').count()).toBe(3);
    await page.getByTestId('story-present').click();
    await expect.poll(async () => (await presentState(page)).presenting, slow).toBe(true);
    expect((await presentState(page)).fullscreen).toBe(true);
    // Panels are hidden while presenting.
    expect(await page.getByTestId('left-panel').count()).toBe(0);
    expect(await page.getByTestId('story-panel').count()).toBe(0);

    const titles = ['群馬と長野：二つのクラスター', '信州大学を中心に', '2005年：つながりが育つ'];
    const expectStep = async (n: number) => {
      await expect.poll(async () => (await presentState(page)).step, slow).toBe(n);
      await expect
        .poll(() => page.getByTestId('present-title').textContent(), slow)
        .toBe(titles[n - 1]);
      expect(await page.getByTestId('present-position').textContent()).toBe(`${n} / 3`);
      await page.waitForTimeout(1200); // the transition and the camera
    };
    await expectStep(1);
    expect(await page.getByTestId('present-caption').textContent()).toContain('ごく少数');
    await screenshot(page, 'present-step-1');
    await page.keyboard.press('ArrowRight');
    await expectStep(2);
    await screenshot(page, 'present-step-2');
    await page.keyboard.press('PageDown');
    await expectStep(3);
    expect(await page.getByTestId('present-year').textContent()).toBe('2005');
    await screenshot(page, 'present-step-3');
    await page.keyboard.press('PageUp');
    await expectStep(2);
    await page.keyboard.press(' ');
    await expectStep(3);
    // The last step stays the last.
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    expect((await presentState(page)).step).toBe(3);

    // Labels are large and never overlap on the projector.
    const labels = await page.evaluate(() => window.__clusterExplorer.labels());
    expect(labels.length).toBeGreaterThan(3);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]!;
        const b = labels[j]!;
        const overlap =
          a.x < b.x + b.width &&
          b.x < a.x + a.width &&
          a.y < b.y + b.height &&
          b.y < a.y + a.height;
        expect(overlap, `${a.text} / ${b.text}`).toBe(false);
      }
    expect(Math.min(...labels.map((l) => l.height))).toBeGreaterThanOrEqual(20);

    await page.keyboard.press('Escape');
    await expect.poll(async () => (await presentState(page)).presenting, slow).toBe(false);
    expect(errors).toEqual([]);
    expect(requested.filter((p) => p.startsWith('/api') && p !== '/api/health')).toEqual([]);
    await page.close();
  });

  it('plays the years through: 2001, 2005, 2010, and undoes the play in one step', async () => {
    const { page, errors } = await newPage();
    await openDemo(page);
    const past = async () =>
      page.evaluate(
        () => window.__clusterExplorer.state().history as unknown as { past: unknown[] },
      );
    const before = (await past()).past.length;
    await page.getByTestId('time-speed').selectOption('0.5');
    await page.getByTestId('time-play').click();
    const counts: Record<string, { nodes: number; edges: number }> = {};
    for (const year of ['2001', '2005', '2010']) {
      await page.waitForFunction(
        (y) => document.querySelector('[data-testid=time-year]')?.textContent === y,
        year,
        { timeout: 60_000, polling: 50 },
      );
      counts[year] = await shownCounts(page);
      await screenshot(page, `present-time-${year}`);
    }
    await page.getByTestId('time-play').click(); // pause
    expect(counts['2001']!.nodes).toBeLessThan(counts['2005']!.nodes);
    expect(counts['2005']!.nodes).toBeLessThanOrEqual(counts['2010']!.nodes);
    expect(counts['2001']!.edges).toBeLessThan(counts['2005']!.edges);
    expect(counts['2005']!.edges).toBeLessThan(counts['2010']!.edges);
    expect((await past()).past.length).toBe(before + 1);
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('time-year').textContent(), slow).toBe('全期間');
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const screen of [
    { width: 1024, height: 700, scale: '1' },
    { width: 1920, height: 1080, scale: '1.5' },
  ]) {
    it(`is usable at ${screen.width}×${screen.height}: no control covers another`, async () => {
      const { page, errors } = await newPage(screen);
      await openDemo(page);
      await page.locator('.screen-menu summary').click();
      await page.getByTestId('screen-scale').selectOption(screen.scale);
      await page.locator('.screen-menu summary').click();
      await page.getByTestId('story-toggle').click();
      await page.waitForTimeout(500);
      expect(await coveredControls(page)).toEqual([]);
      const canvas = await page.getByTestId('graph-canvas').boundingBox();
      expect(canvas!.width).toBeGreaterThan(screen.width * 0.6);
      expect(canvas!.height).toBeGreaterThan(screen.height * 0.4);
      await screenshot(page, `present-screen-${screen.width}x${screen.height}`);
      // Opening an actor's details on a small screen replaces the filters, not the canvas.
      await page.getByTestId('search-input').fill('群馬大学');
      await page.getByTestId('search-results').locator('li').first().click();
      await page.getByTestId('details-panel').waitFor();
      await page.waitForTimeout(600);
      expect(await coveredControls(page)).toEqual([]);
      const withDetails = await page.getByTestId('graph-canvas').boundingBox();
      expect(withDetails!.width).toBeGreaterThan(screen.width * 0.5);
      await screenshot(page, `present-screen-${screen.width}x${screen.height}-details`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
