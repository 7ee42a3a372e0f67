import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { betweenness, samplingErrorBound } from '../../../src/analysis/betweenness';
import { closeness } from '../../../src/analysis/closeness';
import { compactFromEdges, compactFromGraph } from '../../../src/analysis/compact-graph';
import { clusterLike, erdosRenyi } from '../../../bench/generate';
import { createRng, sampleWithoutReplacement } from '../../../src/analysis/seeded-random';
import { loadReference, referenceCompact } from './helpers';

function graphologyOf(el: ReturnType<typeof erdosRenyi>): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (let v = 0; v < el.n; v++) graph.addNode(String(v));
  for (let e = 0; e < el.source.length; e++) {
    graph.addEdge(String(el.source[e]), String(el.target[e]), { strength: el.strength[e] });
  }
  return graph;
}

describe('exact betweenness on typed arrays', () => {
  it.each([
    ['Erdős–Rényi', erdosRenyi(400, 1500, 3)],
    ['cluster-like', clusterLike(400, 1500, 3)],
  ])('equals graphology-metrics (hops) to 1e-9 on a %s graph', (_name, el) => {
    const graph = graphologyOf(el);
    const theirs = betweennessCentrality(graph, { getEdgeWeight: null });
    const ours = betweenness(compactFromGraph(graph));
    for (let v = 0; v < el.n; v++) {
      expect(Math.abs(ours.values[v]! - theirs[String(v)]!)).toBeLessThanOrEqual(1e-9);
    }
  });

  it('equals graphology-metrics on varied random shapes (direction switches, components)', () => {
    // A dense core with long paths and stars hanging off it, plus separate pieces: the BFS
    // goes bottom-up in the core and back top-down along the paths.
    const rng = createRng(11);
    for (let trial = 0; trial < 40; trial++) {
      const graph = new Graph({ type: 'undirected' });
      const n = 60 + Math.floor(rng() * 80);
      for (let v = 0; v < n; v++) graph.addNode(String(v));
      const core = 10 + Math.floor(rng() * 20);
      const add = (a: number, b: number) => {
        if (a !== b && !graph.hasEdge(String(a), String(b))) graph.addEdge(String(a), String(b));
      };
      for (let i = 0; i < core * core * 0.4; i++)
        add(Math.floor(rng() * core), Math.floor(rng() * core));
      for (let v = core; v < n - 5; v++) {
        // Extend a path from the previous node or hang off a random earlier node.
        add(v, rng() < 0.6 ? v - 1 : Math.floor(rng() * v));
      }
      add(n - 1, n - 2); // a separate piece among the last nodes
      const theirs = betweennessCentrality(graph, { getEdgeWeight: null });
      const ours = betweenness(compactFromGraph(graph));
      for (let v = 0; v < n; v++) {
        expect(Math.abs(ours.values[v]! - theirs[String(v)]!)).toBeLessThanOrEqual(1e-9);
      }
    }
  });

  it('gives closeness and harmonic identical to a separate sweep', () => {
    const el = clusterLike(300, 1000, 5);
    const g = compactFromEdges(
      Array.from({ length: el.n }, (_, i) => String(i)),
      el.source,
      el.target,
      el.strength,
    );
    for (const distance of ['hops', 'inverse'] as const) {
      const fused = betweenness(g, { distance });
      const separate = closeness(g, distance);
      expect(Array.from(fused.closeness!)).toEqual(Array.from(separate.closeness));
      expect(Array.from(fused.harmonic!)).toEqual(Array.from(separate.harmonic));
    }
  });
});

describe('sampled betweenness', () => {
  const g = referenceCompact(loadReference('karate'), false);

  it('with k = n pivots equals the exact values', () => {
    const exact = betweenness(g).values;
    const sampled = betweenness(g, { mode: 'sampled', k: g.n, seed: 3 });
    expect(sampled.k).toBe(g.n);
    for (let v = 0; v < g.n; v++) {
      expect(sampled.values[v]).toBeCloseTo(exact[v]!, 12);
      expect(sampled.stdError![v]).toBeCloseTo(0, 12);
    }
  });

  it('is reproducible for a seed and changes with the seed', () => {
    const a = betweenness(g, { mode: 'sampled', k: 10, seed: 42 }).values;
    const b = betweenness(g, { mode: 'sampled', k: 10, seed: 42 }).values;
    const c = betweenness(g, { mode: 'sampled', k: 10, seed: 43 }).values;
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });

  it('scales by n/k as networkx does, so the average over all pivots is exact', () => {
    // Path a–b–c–d–e. With k = 1 and pivot s the estimate is n · δ_s(v) / ((n-1)(n-2)),
    // e.g. pivot a gives b 5 · 3 / 12 = 1.25; the mean over the five possible pivots must be
    // the exact value (0.5 for b).
    const path = compactFromEdges(
      ['a', 'b', 'c', 'd', 'e'],
      Int32Array.from([0, 1, 2, 3]),
      Int32Array.from([1, 2, 3, 4]),
    );
    const byPivot = new Map<number, Float64Array>();
    for (let seed = 0; byPivot.size < path.n && seed < 1000; seed++) {
      const pivot = sampleWithoutReplacement(path.n, 1, createRng(seed))[0]!;
      byPivot.set(pivot, betweenness(path, { mode: 'sampled', k: 1, seed }).values);
    }
    expect(byPivot.size).toBe(path.n);
    expect(byPivot.get(0)![1]).toBeCloseTo(1.25, 12);
    const exact = betweenness(path).values;
    for (let v = 0; v < path.n; v++) {
      let mean = 0;
      for (const values of byPivot.values()) mean += values[v]! / path.n;
      expect(mean).toBeCloseTo(exact[v]!, 12);
    }
  });

  it('states its error: per-node standard error and the Hoeffding bound', () => {
    const r = betweenness(g, { mode: 'sampled', k: 17, seed: 1 });
    expect(r.stdError).not.toBeNull();
    expect(Array.from(r.stdError!).every((x) => x >= 0 && Number.isFinite(x))).toBe(true);
    // n/(n-1) · sqrt(ln(40) / 2000) for k = 1000.
    expect(samplingErrorBound(12000, 1000)).toBeCloseTo(
      (12000 / 11999) * Math.sqrt(Math.log(40) / 2000),
      12,
    );
  });
});

describe('path counts beyond float64', () => {
  it('refuses with a clear error instead of returning NaN', () => {
    // A chain of 1,100 layers of two nodes, each joined to both nodes of the next: 2^1099
    // shortest paths from one end to the other, more than a float64 holds.
    const layers = 1100;
    const source: number[] = [];
    const target: number[] = [];
    for (let l = 0; l + 1 < layers; l++) {
      for (const a of [2 * l, 2 * l + 1]) {
        for (const b of [2 * l + 2, 2 * l + 3]) {
          source.push(a);
          target.push(b);
        }
      }
    }
    const g = compactFromEdges(
      Array.from({ length: 2 * layers }, (_, i) => String(i)),
      Int32Array.from(source),
      Int32Array.from(target),
    );
    for (const kernel of ['auto', 'javascript'] as const) {
      expect(() => betweenness(g, { kernel })).toThrow(/more than 1e308 equally short paths/);
    }
    // 1,000 layers (2^999 paths) still count.
    const short = compactFromEdges(
      g.keys.slice(0, 2000),
      Int32Array.from(source.slice(0, 4 * 999)),
      Int32Array.from(target.slice(0, 4 * 999)),
    );
    expect(betweenness(short).values.every(Number.isFinite)).toBe(true);
  });
});
