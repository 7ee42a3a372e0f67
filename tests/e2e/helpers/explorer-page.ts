/** Page helpers shared by the browser tests. */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { ParticipationEntry } from '../../../src/model/graph-format';

interface Hook {
  state(): {
    status: string;
    layoutRunning: boolean;
    history: { present: Record<string, unknown> };
    source: { kind: string; name: string } | null;
    network: { nodes: unknown[]; edges: unknown[] } | null;
    analysis: { results: Record<string, { graph: Record<string, unknown> }>; running: boolean };
  };
  nodeOnScreen(key: string): { x: number; y: number } | null;
  /** The graph sigma draws (the view's, a focus's own, or the groups). */
  sigma(): {
    getGraph(): {
      order: number;
      size: number;
      filterNodes(fn: (key: string, attrs: DrawnNode) => boolean): string[];
      forEachNode(fn: (key: string, attrs: { group?: { members: number } }) => void): void;
      mapNodes<T>(fn: (key: string, attrs: DrawnNode) => T): T[];
      filterEdges(fn: (key: string, attrs: { hidden?: boolean }) => boolean): string[];
    };
  };
  /** Labels drawn in the last frame, in drawing order, with their boxes in CSS pixels. */
  labels(): PlacedLabel[];
  /** Region names drawn in the last frame (a map laid out by project, every actor drawn). */
  areaLabels(): PlacedLabel[];
}

/** What the e2e tests read of a drawn actor. */
export interface DrawnNode {
  x: number;
  y: number;
  kind?: string;
  hidden?: boolean;
  participations?: ParticipationEntry[];
}

export interface PlacedLabel {
  key: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
declare global {
  interface Window {
    __clusterExplorer: Hook;
  }
}

export async function waitReady(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => window.__clusterExplorer?.state().status === 'ready', null, {
    timeout,
  });
  await page.getByTestId('legend').waitFor({ timeout });
}

export async function waitLayoutIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => !window.__clusterExplorer.state().layoutRunning, null, {
    timeout,
  });
  // Let the no-overlap pass and sigma's next frame finish.
  await page.waitForTimeout(800);
}

export async function clickNode(page: Page, key: string): Promise<void> {
  const at = await page.evaluate((k) => window.__clusterExplorer.nodeOnScreen(k), key);
  if (!at) throw new Error(`node ${key} is not drawn`);
  await page.mouse.click(at.x, at.y);
}

export const shownCounts = async (page: Page) => {
  const text = (await page.getByTestId('stats').textContent()) ?? '';
  const numbers = [...text.matchAll(/[\d,]+/g)].map((m) => Number(m[0].replace(/,/g, '')));
  return { nodes: numbers[0]!, edges: numbers[1]!, isolated: numbers[2]! };
};

/** Clicks "Export snapshot" and returns the downloaded file, parsed. */
export async function exportSnapshot(page: Page): Promise<unknown> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-snapshot').click(),
  ]);
  const path = await download.path();
  return JSON.parse(await readFile(path, 'utf8'));
}

/** The labels on the canvas (see the label layer in src/render/labels.ts). */
export const placedLabels = (page: Page) => page.evaluate(() => window.__clusterExplorer.labels());
