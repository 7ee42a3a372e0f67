/**
 * Level of detail in the browser: the demo drawn as its projects (and prefectures), a click
 * on a group opens it into its actors, the link keeps what is open, and closing returns the
 * grouped picture. Offline: the built front end and the demo snapshot.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, watchErrors } from '../setup/chromium';
import { waitLayoutIdle, waitReady } from './helpers/explorer-page';
import { offlineBrowser } from './helpers/offline';

const env = offlineBrowser();
const demo = (query: string) => `${env.server.url}?snapshot=./snapshots/demo.json&${query}`;

/** The drawn graph's nodes: group keys start with a control character, actors do not. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const g = window.__clusterExplorer.sigma().getGraph();
    const groups = g.filterNodes((k: string) => k.startsWith('\u0001group:'));
    return { order: g.order, groups: groups.map((k: string) => k.slice(7)) };
  });

describe('actors drawn as groups', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`draws the demo as its projects and opens one on click (${lang})`, async () => {
      const page = await env.session.browser.newPage();
      const errors = watchErrors(page);
      await page.goto(demo(`lang=${lang}&group=project`));
      await waitReady(page);
      await waitLayoutIdle(page);
      // The demo's 331 actors: 7 projects that are someone's first or led project, and the
      // actors in none (PRJ-RD-RESIN's members all lead or belong first to another project).
      const before = await drawn(page);
      expect(before.groups).toHaveLength(8);
      expect(before.groups).toContain('—');
      expect(before.order).toBe(8);
      const labels = await page.evaluate(() =>
        window.__clusterExplorer.labels().map((l) => l.text),
      );
      // Every group is labelled, with its number of actors.
      expect(labels).toHaveLength(8);
      expect(labels.join(' ')).toContain(
        lang === 'ja' ? '知的クラスター創成事業' : 'Knowledge Cluster',
      );
      await screenshot(page, `groups-projects-${lang}`);

      // Open the industrial cluster's second phase (clear of the legend).
      const group = '\u0001group:PRJ-IC-KANTO-N-2';
      const at = await page.evaluate((k) => window.__clusterExplorer.nodeOnScreen(k), group);
      expect(at).not.toBeNull();
      await page.mouse.click(at!.x, at!.y);
      await page.waitForFunction(() => new URL(location.href).searchParams.get('open') !== null);
      expect(new URL(page.url()).searchParams.get('open')).toBe('PRJ-IC-KANTO-N-2');
      const after = await drawn(page);
      expect(after.groups).toHaveLength(7);
      expect(after.order).toBeGreaterThan(7 + 10);
      await screenshot(page, `groups-opened-${lang}`);

      // A filter while the group is open updates the drawn graph in place: companies leave
      // (hidden, not labelled) and come back as they were.
      const look = () =>
        page.evaluate(() => {
          const g = window.__clusterExplorer.sigma().getGraph();
          const shown = g.filterNodes((_k, a) => !a.hidden).sort();
          // Actors only: a group borrows its first member's fields.
          const companies = g.filterNodes(
            (k, a) => !a.hidden && !k.startsWith('\u0001') && a.kind === 'company',
          );
          const hidden = new Set(g.filterNodes((_k, a) => !!a.hidden));
          const labels = window.__clusterExplorer.labels();
          return {
            shown,
            companies: companies.length,
            hiddenLabelled: labels.filter((l) => hidden.has(l.key)).map((l) => l.text),
          };
        });
      const opened = await look();
      expect(opened.companies).toBeGreaterThan(10);
      const company = page
        .getByTestId('filter-kinds')
        .getByRole('checkbox', { name: lang === 'ja' ? '企業' : 'Company' });
      await company.uncheck();
      await page.waitForFunction(() => new URL(location.href).searchParams.has('kinds'));
      await expect.poll(async () => (await look()).companies).toBe(0);
      const filtered = await look();
      expect(filtered.shown.length).toBeGreaterThan(7);
      expect(filtered.hiddenLabelled).toEqual([]);
      await screenshot(page, `groups-opened-filtered-${lang}`);
      await company.check();
      await expect.poll(async () => (await look()).shown).toEqual(opened.shown);

      await page.getByTestId('close-groups').click();
      await page.waitForFunction(() => window.__clusterExplorer.sigma().getGraph().order === 8);
      await page.getByTestId('group-by').selectOption('none');
      await page.waitForFunction(() => window.__clusterExplorer.sigma().getGraph().order === 331);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('groups by prefecture from a link with a group already open', async () => {
    const page = await env.session.browser.newPage();
    await page.goto(demo('lang=en&group=prefecture&open=長野県'));
    await waitReady(page);
    await waitLayoutIdle(page);
    const { groups, order } = await drawn(page);
    expect(groups).not.toContain('長野県');
    expect(groups).toContain('群馬県');
    expect(order).toBeGreaterThan(groups.length + 50);
    await screenshot(page, 'groups-prefecture-open-en');
    await page.close();
  });
});
