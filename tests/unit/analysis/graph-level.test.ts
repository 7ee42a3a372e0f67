/**
 * Average path length and Freeman centralizations on graphs worked out by hand, and the
 * promise that they reuse the run's all-pairs sweep instead of a second one. (Published
 * reference values from networkx: reference.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { SweepRunner } from '../../../src/analysis/parallel-sweep';
import { runAnalysis } from '../../../src/analysis/run-analysis';
import { shortestPathSweep, type SweepOptions } from '../../../src/analysis/shortest-paths';
import { runTaskAsync } from '../../../src/analysis/task';
import { loadReference, network, referenceNetwork } from './helpers';

const graphLevel = async (nodes: string[], edges: [string, string][]) =>
  (await runAnalysis(network(nodes, edges), { measures: ['graphLevel'] })).graph;

describe('graph-level measures by hand', () => {
  it('a star is perfectly centralised', async () => {
    const g = await graphLevel(
      ['c', 'a', 'b', 'd', 'e'],
      ['a', 'b', 'd', 'e'].map((x) => ['c', x] as [string, string]),
    );
    // 8 ordered centre–leaf pairs at 1 hop, 12 leaf–leaf pairs at 2: 32 / 20.
    expect(g.averagePathLength).toBeCloseTo(1.6, 15);
    expect(g.degreeCentralization).toBeCloseTo(1, 15);
    expect(g.betweennessCentralization).toBeCloseTo(1, 15);
  });

  it('a path of three: 4/3 hops on average, centralizations 1', async () => {
    const g = await graphLevel(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
    );
    expect(g.averagePathLength).toBeCloseTo(4 / 3, 15);
    expect(g.degreeCentralization).toBeCloseTo(1, 15);
    expect(g.betweennessCentralization).toBeCloseTo(1, 15);
  });

  it('counts only pairs joined by a path on a disconnected network', async () => {
    // A triangle and an isolated actor: 6 ordered pairs at 1 hop, the isolate joins none.
    const g = await graphLevel(
      ['a', 'b', 'c', 'iso'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
      ],
    );
    expect(g.averagePathLength).toBe(1);
    // Degrees 2, 2, 2, 0: Σ(max − d) = 2 over (n−1)(n−2) = 6.
    expect(g.degreeCentralization).toBeCloseTo(1 / 3, 15);
    expect(g.betweennessCentralization).toBe(0);
  });

  it('is null where undefined: no ties, or fewer than three actors', async () => {
    const none = await graphLevel(['a', 'b', 'c'], []);
    expect(none.averagePathLength).toBeNull();
    expect(none.degreeCentralization).toBe(0);
    const two = await graphLevel(['a', 'b'], [['a', 'b']]);
    expect(two.averagePathLength).toBe(1);
    expect(two.degreeCentralization).toBeNull();
    expect(two.betweennessCentralization).toBeNull();
  });
});

describe('graph-level measures share the all-pairs sweep', () => {
  const karate = referenceNetwork(loadReference('karate'));

  async function sweepsOf(options: Parameters<typeof runAnalysis>[1]) {
    const calls: SweepOptions[] = [];
    const sweepRunner: SweepRunner = (g, o) => {
      calls.push(o);
      return runTaskAsync(shortestPathSweep(g, o), {});
    };
    const result = await runAnalysis(karate, { ...options, sweepRunner, parallelThreshold: 0 });
    return { calls: calls.map((c) => `${c.distance}${c.sources ? ' sampled' : ''}`), result };
  }

  it('exact hops: one sweep for betweenness, closeness and the graph level', async () => {
    expect((await sweepsOf({})).calls).toEqual(['hops']);
  });

  it('sampled hops: the pivots, and closeness’s full sweep reused for path length', async () => {
    const { calls } = await sweepsOf({ betweenness: { mode: 'sampled', k: 10 } });
    expect(calls).toEqual(['hops sampled', 'hops']);
  });

  it('inverse distances: path length still counts hops (one extra sweep)', async () => {
    const { calls, result } = await sweepsOf({ distance: 'inverse' });
    expect(calls).toEqual(['inverse', 'hops']);
    const hops = await runAnalysis(karate, { measures: ['graphLevel'] });
    expect(result.graph.averagePathLength).toBe(hops.graph.averagePathLength);
  });
});
