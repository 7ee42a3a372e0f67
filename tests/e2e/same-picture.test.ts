/**
 * The same picture every time: the same URL loaded twice on the live stack (the API's network
 * has no positions, so the explorer lays it out) gives identical exported snapshots, the same
 * labels, and for the whole network the very positions of the shipped demo snapshot, which
 * the same deterministic layout produced in Node.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshot, watchErrors, type BrowserSession } from '../setup/chromium';
import { exportSnapshot, placedLabels, waitLayoutIdle, waitReady } from './helpers/explorer-page';

const url = inject('stackUrl');
let session: BrowserSession;

beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

interface SnapshotFile {
  createdAt: string;
  graph: {
    attributes: { generatedAt: string };
    nodes: { key: string; attributes: { x: number; y: number } }[];
  };
}

async function load(query: string, name: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${url}?${query}`);
  await waitReady(page);
  await waitLayoutIdle(page);
  await screenshot(page, name);
  return { page, errors };
}

/** When the file and the served network were made is all that may differ. */
const withoutTime = (s: SnapshotFile) => ({
  ...s,
  createdAt: '',
  graph: { ...s.graph, attributes: { ...s.graph.attributes, generatedAt: '' } },
});

describe('the same picture every time', () => {
  it('the same URL loaded twice gives identical snapshots and labels', async () => {
    const query = 'view=industrial&colour=sector&lang=ja';
    const first = await load(query, 'same-url-first');
    const second = await load(query, 'same-url-second');
    const a = (await exportSnapshot(first.page)) as SnapshotFile;
    const b = (await exportSnapshot(second.page)) as SnapshotFile;
    expect(a.graph.nodes.length).toBeGreaterThan(100);
    expect(withoutTime(b)).toEqual(withoutTime(a));
    const labels = await placedLabels(first.page);
    expect(labels.length).toBeGreaterThan(5);
    expect(await placedLabels(second.page)).toEqual(labels);
    expect([...first.errors, ...second.errors]).toEqual([]);
    await first.page.close();
    await second.page.close();
  });

  it('lays out the whole network from the API exactly as the shipped demo snapshot', async () => {
    const { page, errors } = await load('lang=ja', 'same-picture-api-all');
    const live = (await exportSnapshot(page)) as SnapshotFile;
    const shipped = JSON.parse(readFileSync('public/snapshots/demo.json', 'utf8')) as SnapshotFile;
    const at = new Map(shipped.graph.nodes.map((n) => [n.key, n.attributes]));
    expect(live.graph.nodes).toHaveLength(shipped.graph.nodes.length);
    for (const node of live.graph.nodes) {
      const expected = at.get(node.key)!;
      // Both are rounded to 0.01 when written; allow one step of rounding.
      expect(Math.abs(node.attributes.x - expected.x), node.key).toBeLessThanOrEqual(0.011);
      expect(Math.abs(node.attributes.y - expected.y), node.key).toBeLessThanOrEqual(0.011);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
