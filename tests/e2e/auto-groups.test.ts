/**
 * The automatic level of detail: a generated network of more than 5,000 actors in its
 * projects opens as those projects (one node each, ties summed), says so, opens a project
 * on click, and draws every actor when the user chooses "No grouping". Offline: the built
 * front end and a generated snapshot without positions.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalSnapshot, type BenchSnapshot } from '../../bench/browser/national-snapshot';
import { displayName } from '../../src/model/display-name';
import type { ProjectInfo } from '../../src/model/graph-format';
import { overlapFree } from '../../src/render/label-placement';
import { AUTO_GROUP_ACTORS, primaryProject } from '../../src/state/groups';
import { launchChromium, screenshot, watchErrors, type BrowserSession } from '../setup/chromium';
import { waitLayoutIdle, waitReady, type DrawnNode } from './helpers/explorer-page';
import { exportFiles } from './helpers/exports';
import { DIST } from './helpers/offline';
import { serveStatic, type StaticServer } from './helpers/static-server';

let snapshot: BenchSnapshot;
let server: StaticServer;
let session: BrowserSession;
let projects = 0;
/** Each project's name in each language, as the explorer names it. */
let projectNames: { ja: Set<string>; en: Set<string> } = { ja: new Set(), en: new Set() };
let notSupply = 0;

beforeAll(async () => {
  snapshot = await nationalSnapshot(String(AUTO_GROUP_ACTORS + 1000), 20070701);
  const { graph } = JSON.parse(readFileSync(snapshot.file, 'utf8')) as {
    graph: { attributes: { projects: unknown[] }; edges: { attributes: { kind: string } }[] };
  };
  projects = graph.attributes.projects.length;
  const infos = graph.attributes.projects as ProjectInfo[];
  projectNames = {
    ja: new Set(infos.map((p) => displayName(p, 'ja'))),
    en: new Set(infos.map((p) => displayName(p, 'en'))),
  };
  notSupply = graph.edges.filter((e) => e.attributes.kind !== 'supply').length;
  server = await serveStatic(DIST, { '/large.json': snapshot.file });
  session = await launchChromium();
}, 120_000);
afterAll(async () => {
  await session?.close();
  await server?.close();
  snapshot?.dispose();
});

/** An SVG text element in bold holding exactly `text` (as the SVG writer escapes it). */
const boldText = (text: string) =>
  new RegExp(
    `font-weight="bold"[^>]*>${text.replace(/&/g, '&amp;').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</text>`,
  );

/** Each project's centre and the distance from it to its farthest actor. */
function projectDiscs(actors: DrawnNode[]) {
  const byProject = new Map<string, DrawnNode[]>();
  for (const a of actors) {
    const p = primaryProject(a.participations ?? []);
    byProject.set(p, [...(byProject.get(p) ?? []), a]);
  }
  const discs = new Map<string, { x: number; y: number; r: number }>();
  for (const [p, members] of byProject) {
    const x = members.reduce((s, a) => s + a.x, 0) / members.length;
    const y = members.reduce((s, a) => s + a.y, 0) / members.length;
    const r = Math.max(...members.map((a) => Math.hypot(a.x - x, a.y - y)));
    discs.set(p, { x, y, r });
  }
  return discs;
}

const drawn = (page: Page) =>
  page.evaluate(() => {
    const g = window.__clusterExplorer.sigma().getGraph();
    const groups = g.filterNodes((k: string) => k.startsWith('\u0001group:'));
    return { order: g.order, size: g.size, groups: groups.map((k: string) => k.slice(7)) };
  });

describe('a large network opens as its projects', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`draws the projects, says why, and opens one on click (${lang})`, async () => {
      expect(snapshot.actors).toBeGreaterThan(AUTO_GROUP_ACTORS);
      const page = await session.browser.newPage();
      await page.setViewportSize({ width: 1400, height: 900 });
      const errors = watchErrors(page);
      await page.goto(`${server.url}?snapshot=./large.json&lang=${lang}`);
      await waitReady(page, 120_000);
      await waitLayoutIdle(page, 180_000);
      const before = await drawn(page);
      // Every project is one node (plus "none" for actors in no project), nothing else.
      expect(before.groups.length).toBeGreaterThanOrEqual(2);
      expect(before.order).toBe(before.groups.length);
      expect(before.size).toBeGreaterThan(0);
      expect(before.groups.length).toBeGreaterThanOrEqual(projects);
      expect(before.groups.length).toBeLessThanOrEqual(projects + 1);
      const note = page.getByTestId('auto-grouped');
      await expect
        .poll(() => note.textContent())
        .toContain(snapshot.actors.toLocaleString(lang === 'ja' ? 'ja' : 'en'));
      await screenshot(page, `auto-groups-${lang}`);

      // Open the largest project: its actors appear; the link now holds the choice.
      const largest = await page.evaluate(() => {
        const g = window.__clusterExplorer.sigma().getGraph();
        let best = '';
        let most = -1;
        g.forEachNode((k, a) => {
          if (a.group && a.group.members > most) {
            most = a.group.members;
            best = k;
          }
        });
        return { key: best, members: most };
      });
      const at = await page.evaluate((k) => window.__clusterExplorer.nodeOnScreen(k), largest.key);
      expect(at).not.toBeNull();
      await page.mouse.click(at!.x, at!.y);
      await page.waitForFunction(() => new URL(location.href).searchParams.get('open') !== null);
      const url = new URL(page.url());
      expect(url.searchParams.get('group')).toBe('project');
      expect(url.searchParams.get('open')).toBe(largest.key.slice('\u0001group:'.length));
      // A large opened group reaches sigma a task after the click (SigmaView.rebuildGroups).
      await expect
        .poll(async () => (await drawn(page)).groups.length)
        .toBe(before.groups.length - 1);
      const opened = await drawn(page);
      expect(opened.order).toBe(opened.groups.length + largest.members);
      await screenshot(page, `auto-groups-opened-${lang}`);

      // A tie kind filtered out while the projects are drawn: the every-actor view then draws
      // exactly the ties left (their styles are written when it is drawn again).
      const supply = page.getByTestId('filter-ties').locator('input[value="supply"]');
      await supply.uncheck();
      await page.waitForFunction(() => new URL(location.href).searchParams.has('ties'));

      // "No grouping": every actor drawn, and the link says so.
      await page.getByTestId('group-by').selectOption('none');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('group') === 'none');
      await expect.poll(async () => (await drawn(page)).groups.length).toBe(0);
      expect(await page.getByTestId('auto-grouped').count()).toBe(0);
      const drawnTies = await page.evaluate(() => {
        const g = window.__clusterExplorer.sigma().getGraph();
        return g.filterEdges((_k, a) => !a.hidden).length;
      });
      expect(drawnTies).toBe(notSupply);
      // Laid out project by project: each project's actors lie in a disc no other one enters.
      const discs = projectDiscs(
        await page.evaluate(() => {
          const g = window.__clusterExplorer.sigma().getGraph();
          return g.mapNodes((_k, a) => ({
            x: a.x,
            y: a.y,
            participations: a.participations,
          }));
        }),
      );
      expect(discs.size).toBe(before.groups.length);
      for (const [p, a] of discs) {
        for (const [q, b] of discs) {
          if (p < q)
            expect(Math.hypot(a.x - b.x, a.y - b.y), `${p} ${q}`).toBeGreaterThan(a.r + b.r);
        }
      }
      // Every actor drawn: the regions are named at their centres, in the page's language.
      await expect
        .poll(async () => (await page.evaluate(() => window.__clusterExplorer.areaLabels())).length)
        .toBeGreaterThan(0);
      const names = await page.evaluate(() => window.__clusterExplorer.areaLabels());
      for (const n of names) expect(projectNames[lang].has(n.text), n.text).toBe(true);
      expect(overlapFree(names)).toBe(true);
      expect(
        overlapFree([...names, ...(await page.evaluate(() => window.__clusterExplorer.labels()))]),
      ).toBe(true);
      await screenshot(page, `auto-groups-every-actor-${lang}`);
      // The picture exported as shown, and the whole view, name the regions too (bold).
      const shownSvg = readFileSync(
        Object.values(await exportFiles(page, { format: 'svg', width: 1300, height: 850 }))[0]!,
        'utf8',
      );
      for (const n of names) expect(shownSvg).toMatch(boldText(n.text));
      const wholeSvg = readFileSync(
        Object.values(
          await exportFiles(page, { format: 'svg', scope: 'whole', width: 1300, height: 850 }),
        )[0]!,
        'utf8',
      );
      const named = [...projectNames[lang]].filter((name) => boldText(name).test(wholeSvg));
      expect(named.length).toBeGreaterThan(projects / 2);
      expect(errors).toEqual([]);
      await page.close();
    }, 300_000);
  }
});
