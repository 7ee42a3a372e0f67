/**
 * Shortest-path sweeps spread over several threads. Sources are independent, so the sweep
 * is split into parts (sources dealt round-robin, which balances the work), each part runs
 * in a worker, and the parts' sums are added up — the result is the same as one sweep (up
 * to the order of floating-point additions).
 *
 * This module is pure: the threads come from an injected `spawn` (Node's worker_threads in
 * the CLI and the benchmark, Web Workers in the browser), and `runSweepJob` is what such a
 * worker runs.
 */
import {
  mergeSweepResults,
  shortestPathSweep,
  type SweepGraph,
  type SweepOptions,
  type SweepResult,
} from './shortest-paths';
import { AnalysisAbortedError, type AbortSignalLike } from './task';

/** What a worker receives: the graph's arrays and its share of the sources. */
export interface SweepJob {
  graph: SweepGraph;
  options: SweepOptions & { sources: Int32Array };
}

export type SweepWorkerReply =
  | { type: 'progress'; done: number }
  | { type: 'done'; result: SweepResult }
  | { type: 'error'; message: string };

/** Run one job to the end, reporting progress about every `intervalMs`. (Worker side.) */
export function runSweepJob(
  job: SweepJob,
  reply: (message: SweepWorkerReply) => void,
  intervalMs = 100,
): void {
  try {
    const task = shortestPathSweep(job.graph, job.options);
    let last = Date.now();
    for (;;) {
      const step = task.next();
      if (step.done) {
        reply({ type: 'done', result: step.value });
        return;
      }
      if (Date.now() - last >= intervalMs) {
        last = Date.now();
        reply({ type: 'progress', done: step.value.done });
      }
    }
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

/** A worker as the runner sees it. */
export interface SweepWorkerHandle {
  send(job: SweepJob): void;
  /** Set by the runner. */
  onReply: ((message: SweepWorkerReply) => void) | null;
  /** Set by the runner; call when the worker dies. */
  onFailure: ((message: string) => void) | null;
  terminate(): void;
}

export interface SweepHooks {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignalLike;
}

export type SweepRunner = (
  g: SweepGraph,
  options: SweepOptions,
  hooks?: SweepHooks,
) => Promise<SweepResult>;

/** Split the sources round-robin into at most `parts` non-empty parts. */
export function splitSources(sources: Int32Array, parts: number): Int32Array[] {
  const count = Math.max(1, Math.min(parts, sources.length));
  return Array.from({ length: count }, (_, p) => {
    const out = new Int32Array(Math.ceil((sources.length - p) / count));
    for (let i = p, j = 0; i < sources.length; i += count, j++) out[j] = sources[i]!;
    return out;
  });
}

export function createParallelSweepRunner(
  spawn: () => SweepWorkerHandle,
  threads: number,
): SweepRunner {
  return (g, options, hooks = {}) =>
    new Promise<SweepResult>((resolve, reject) => {
      if (hooks.signal?.aborted) {
        reject(new AnalysisAbortedError());
        return;
      }
      const all = options.sources ?? Int32Array.from({ length: g.n }, (_, i) => i);
      const parts = splitSources(all, threads);
      const done = new Array<number>(parts.length).fill(0);
      const results = new Array<SweepResult | null>(parts.length).fill(null);
      const graph: SweepGraph = {
        n: g.n,
        m: g.m,
        offsets: g.offsets,
        neighbors: g.neighbors,
        adjStrength: g.adjStrength,
      };
      let settled = false;
      const handles: SweepWorkerHandle[] = [];
      const finish = (error: Error | null) => {
        if (settled) return;
        settled = true;
        for (const h of handles) h.terminate();
        if (error) reject(error);
        else resolve(mergeSweepResults(g.n, results as SweepResult[]));
      };
      parts.forEach((sources, p) => {
        const handle = spawn();
        handles.push(handle);
        handle.onFailure = (message) => finish(new Error(`sweep worker failed: ${message}`));
        handle.onReply = (message) => {
          if (settled) return;
          if (hooks.signal?.aborted) {
            finish(new AnalysisAbortedError());
            return;
          }
          if (message.type === 'error') {
            finish(new Error(`sweep worker failed: ${message.message}`));
            return;
          }
          if (message.type === 'done') {
            results[p] = message.result;
            done[p] = sources.length;
          } else {
            done[p] = message.done;
          }
          hooks.onProgress?.(
            done.reduce((a, b) => a + b, 0),
            all.length,
          );
          if (results.every((r) => r !== null)) finish(null);
        };
        handle.send({ graph, options: { ...options, sources } });
      });
    });
}
