import { describe, expect, it } from 'vitest';
import { betweenness } from '../../../src/analysis/betweenness';
import { compactFromEdges } from '../../../src/analysis/compact-graph';
import {
  createParallelSweepRunner,
  runSweepJob,
  splitSources,
  type SweepWorkerHandle,
} from '../../../src/analysis/parallel-sweep';
import { runAnalysis } from '../../../src/analysis/run-analysis';
import { AnalysisAbortedError } from '../../../src/analysis/task';
import { createNodeSweepRunner } from '../../../cli/sweep-pool';
import { clusterLike } from '../../../bench/generate';
import { toSerializedNetwork } from '../../../bench/network';

/** A "worker" that runs the job in-process, asynchronously. */
function inProcess(): SweepWorkerHandle {
  const handle: SweepWorkerHandle = {
    onReply: null,
    onFailure: null,
    terminate: () => undefined,
    send: (job) =>
      setTimeout(() => {
        const cloned = structuredClone(job);
        runSweepJob(cloned, (reply) => setTimeout(() => handle.onReply?.(reply), 0), 0);
      }, 0),
  };
  return handle;
}

const el = clusterLike(600, 2400, 4);
const g = compactFromEdges(
  Array.from({ length: el.n }, (_, i) => String(i)),
  el.source,
  el.target,
  el.strength,
);

describe('parallel sweep', () => {
  it('splits sources round-robin', () => {
    const parts = splitSources(Int32Array.from([0, 1, 2, 3, 4]), 2);
    expect(parts.map((p) => Array.from(p))).toEqual([
      [0, 2, 4],
      [1, 3],
    ]);
    expect(splitSources(Int32Array.from([7]), 4)).toHaveLength(1);
  });

  it('gives the single-thread results (exact and sampled, hops and inverse)', async () => {
    const runner = createParallelSweepRunner(inProcess, 3);
    for (const distance of ['hops', 'inverse'] as const) {
      const single = betweenness(g, { distance });
      const network = toSerializedNetwork(el, 4);
      const parallel = await runAnalysis(network, {
        distance,
        measures: ['betweenness', 'closeness'],
        sweepRunner: runner,
        parallelThreshold: 0,
      });
      for (let v = 0; v < g.n; v++) {
        const node = parallel.nodes[`a${v}`]!;
        expect(Math.abs(node.betweenness! - single.values[v]!)).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(node.closeness! - single.closeness![v]!)).toBeLessThanOrEqual(1e-12);
      }
    }
    const sampled = await runAnalysis(toSerializedNetwork(el, 4), {
      measures: ['betweenness'],
      betweenness: { mode: 'sampled', k: 50, seed: 3 },
      sweepRunner: runner,
      parallelThreshold: 0,
    });
    const reference = betweenness(g, { mode: 'sampled', k: 50, seed: 3 });
    for (let v = 0; v < g.n; v++) {
      expect(sampled.nodes[`a${v}`]!.betweenness).toBeCloseTo(reference.values[v]!, 12);
      expect(sampled.nodes[`a${v}`]!.betweennessStdError).toBeCloseTo(reference.stdError![v]!, 12);
    }
  });

  it('stops on cancellation', async () => {
    const runner = createParallelSweepRunner(inProcess, 2);
    const controller = new AbortController();
    controller.abort();
    await expect(
      runner(
        g,
        { distance: 'hops', sources: null, accumulate: true, trackSquares: false },
        {
          signal: controller.signal,
        },
      ),
    ).rejects.toBeInstanceOf(AnalysisAbortedError);
  });

  it('runs on Node worker threads', { timeout: 30_000 }, async () => {
    const runner = createNodeSweepRunner(2);
    const result = await runner(g, {
      distance: 'hops',
      sources: null,
      accumulate: true,
      trackSquares: false,
    });
    const single = betweenness(g, { normalized: false });
    for (let v = 0; v < g.n; v++) {
      expect(result.dependency![v]! / 2).toBeCloseTo(single.values[v]!, 9);
    }
    expect(result.sourceCount).toBe(g.n);
  });
});
