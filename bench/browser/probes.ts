/**
 * What the browser benchmark measures inside and around the page: main-thread long tasks
 * (the Long Tasks API, observed from before the app's first script), main-thread task time
 * (Chrome's Performance.getMetrics over CDP), frame gaps (requestAnimationFrame), and the
 * tab's memory (resident memory of Chromium's renderer and GPU processes started by us).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

export interface LongTask {
  start: number;
  duration: number;
}

declare global {
  interface Window {
    __benchLongTasks?: LongTask[];
  }
}

/** Installs the long-task observer before any of the app's scripts run. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    window.__benchLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

export const longTasks = (page: Page): Promise<LongTask[]> =>
  page.evaluate(() => window.__benchLongTasks ?? []);

export const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** The time of a performance mark, or null when the page has not set it. */
export const markTime = (page: Page, name: string): Promise<number | null> =>
  page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);

/**
 * When the body of the first request whose URL ends with `suffix` finished arriving, on the
 * page's clock (ms since its time origin). Call before navigating. Requests of the page's
 * workers count: the explorer fetches its data in its decoding worker, which the page's own
 * resource timing does not list.
 */
export function arrivalOf(page: Page, suffix: string): () => Promise<number> {
  const finished = page.waitForEvent('requestfinished', {
    predicate: (r) => r.url().endsWith(suffix),
    timeout: 300_000,
  });
  return async () => {
    const timing = (await finished).timing();
    const origin = await page.evaluate(() => performance.timeOrigin);
    return timing.startTime + timing.responseEnd - origin;
  };
}

export interface TaskSummary {
  count: number;
  over200: number;
  longestMs: number;
  totalMs: number;
}

export function summarise(tasks: LongTask[], from: number, to = Infinity): TaskSummary {
  const inside = tasks.filter((t) => t.start >= from && t.start < to);
  return {
    count: inside.length,
    over200: inside.filter((t) => t.duration > 200).length,
    longestMs: Math.round(Math.max(0, ...inside.map((t) => t.duration))),
    totalMs: Math.round(inside.reduce((s, t) => s + t.duration, 0)),
  };
}

/**
 * Main-thread time (ms) Chrome has counted so far for the page: all tasks, and the part of
 * it spent running script (the rest is style, layout, paint and compositing, which with
 * software WebGL includes waiting for the GPU process to draw the canvas).
 */
export async function mainThreadTimeMs(
  cdp: CDPSession,
): Promise<{ taskMs: number; scriptMs: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { taskMs: ms('TaskDuration'), scriptMs: ms('ScriptDuration') };
}

export async function jsHeapBytes(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

/** Frame gaps while `during` runs: rAF timestamps sampled for `ms` milliseconds. */
export async function frameGaps(
  page: Page,
  ms: number,
  during: () => Promise<void>,
): Promise<{ frames: number; medianMs: number; p95Ms: number; maxMs: number }> {
  // A string, not a function: tsx names inner functions with a helper the page lacks.
  const sampling = page.evaluate<number[]>(`new Promise((resolve) => {
    const gaps = [];
    let start = -1;
    let last = 0;
    function tick(t) {
      if (start < 0) start = t;
      else gaps.push(t - last);
      last = t;
      if (t - start < ${ms}) requestAnimationFrame(tick);
      else resolve(gaps);
    }
    requestAnimationFrame(tick);
  })`);
  await during();
  const gaps = (await sampling).sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))] ?? 0);
  return { frames: gaps.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: at(1) };
}

/** Whether a process runs a dedicated worker (Chromium names the thread so). */
function runsDedicatedWorker(pid: number): boolean {
  try {
    return readdirSync(`/proc/${pid}/task`).some(
      (tid) => readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim() === 'DedicatedWorker',
    );
  } catch {
    return false; // gone meanwhile
  }
}

/**
 * Resident memory of the processes of the Chromium we launched (descendants of this Node
 * process). `page`: the renderer that runs the explorer's page and its workers, found as the
 * one renderer running a dedicated worker (the page keeps its analysis worker; null when not
 * exactly one does). `renderer`: every renderer, which also counts Chromium's own interface
 * (`--top-chrome-webui`, about 160 MiB here), the launch's blank page and one more renderer
 * that holds no page of ours.
 */
export function tabMemoryBytes(): { renderer: number; page: number | null; gpu: number } {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rss: Number(m[3]) * 1024, args: m[4]! }));
  const ours = new Set([process.pid]);
  // Parents come before children in ps order only by accident: iterate to a fixed point.
  for (let grew = true; grew;) {
    grew = false;
    for (const r of rows) {
      if (!ours.has(r.pid) && ours.has(r.ppid)) {
        ours.add(r.pid);
        grew = true;
      }
    }
  }
  const of = (type: string) =>
    rows.filter((r) => ours.has(r.pid) && r.args.includes(`--type=${type}`));
  const sum = (list: { rss: number }[]) => list.reduce((s, r) => s + r.rss, 0);
  const pages = of('renderer').filter((r) => runsDedicatedWorker(r.pid));
  return {
    renderer: sum(of('renderer')),
    page: pages.length === 1 ? pages[0]!.rss : null,
    gpu: sum(of('gpu-process')),
  };
}
