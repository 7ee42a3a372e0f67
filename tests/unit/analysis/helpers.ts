/**
 * Shared helpers for the analysis tests: loading the networkx reference fixtures
 * (tests/fixtures/reference, produced by scripts/reference/networkx_reference.py) and
 * building small networks in the explorer's serialised format.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { SerializedGraph } from 'graphology-types';
import { compactFromEdges, type CompactGraph } from '../../../src/analysis/compact-graph';

export type Values = Record<string, number | null>;

export interface ReferenceValues {
  degree: Values;
  betweenness: Values;
  betweennessRaw: Values;
  closeness: Values;
  harmonic: Values;
  eigenvector: Values;
  pagerank: Values;
  constraint: Values;
  effectiveSize: Values;
  efficiency: Values;
  bridges: string[];
  articulationPoints: string[];
  biconnectedComponents: string[][];
  localBridges: Values;
  /** Span of every edge (hops), null when infinite. */
  spans: Values;
  density: number;
  components: number;
  /** Mean hop distance over ordered pairs joined by a path. */
  averagePathLength: number;
  /** Freeman's, from degrees and normalised betweenness. */
  degreeCentralization: number;
  betweennessCentralization: number;
  modularity: Record<string, number>;
  linkPrediction: Record<'jaccard' | 'adamicAdar' | 'resourceAllocation', Values>;
}

export interface WeightedReferenceValues {
  weightedDegree: Values;
  betweenness: Values;
  betweennessFloatDistances: Values;
  /** Freeman's, from the exact-distance weighted betweenness. */
  betweennessCentralization: number;
  closeness: Values;
  harmonic: Values;
  eigenvector: Values;
  pagerank: Values;
  constraint: Values;
  effectiveSize: Values;
  efficiency: Values;
  /** networkx's local_bridges(with_span=True, weight=1/weight). */
  localBridges: Values;
  /** Span of every edge with distance 1/weight. */
  spans: Values;
  modularity: Record<string, number>;
}

export interface Reference {
  name: string;
  source: string;
  computedWith: string;
  nodes: string[];
  edges: [string, string, number?][];
  partitions: Record<string, string[][]>;
  unweighted: ReferenceValues;
  weighted?: WeightedReferenceValues;
}

export function loadReference(name: 'karate' | 'florentine' | 'davis'): Reference {
  const url = new URL(`../../fixtures/reference/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Reference;
}

/** The reference graph as the explorer would serialise it (`weight` = tie strength). */
export function referenceNetwork(ref: Reference): SerializedGraph {
  return network(
    ref.nodes,
    ref.edges.map(([s, t, w]) => [s, t, w ?? 1]),
  );
}

export function referenceCompact(ref: Reference, weighted = true): CompactGraph {
  const index = new Map(ref.nodes.map((k, i) => [k, i]));
  return compactFromEdges(
    ref.nodes,
    Int32Array.from(ref.edges, (e) => index.get(e[0])!),
    Int32Array.from(ref.edges, (e) => index.get(e[1])!),
    Float64Array.from(ref.edges, (e) => (weighted ? (e[2] ?? 1) : 1)),
  );
}

type EdgeSpec = [string, string, number?, Record<string, unknown>?];

/** A mixed multigraph with self-loops, as the API serves it. */
export function network(
  nodes: (string | [string, Record<string, unknown>])[],
  edges: EdgeSpec[],
): SerializedGraph {
  return {
    attributes: {},
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    nodes: nodes.map((n) =>
      typeof n === 'string' ? { key: n, attributes: {} } : { key: n[0], attributes: n[1] },
    ),
    edges: edges.map(([source, target, weight, extra], i) => ({
      key: `e${i}`,
      source,
      target,
      undirected: true,
      attributes: { weight: weight ?? 1, strength: weight ?? 1, kind: 'joint_research', ...extra },
    })),
  };
}

export function compact(nodes: string[], edges: [string, string, number?][]): CompactGraph {
  const index = new Map(nodes.map((k, i) => [k, i]));
  return compactFromEdges(
    nodes,
    Int32Array.from(edges, (e) => index.get(e[0])!),
    Int32Array.from(edges, (e) => index.get(e[1])!),
    Float64Array.from(edges, (e) => e[2] ?? 1),
  );
}

/** Per-key comparison to `tolerance` (null must match NaN / null). */
export function expectValues(
  actual: Record<string, number | null | undefined>,
  expected: Values,
  tolerance = 1e-6,
  what = '',
): void {
  expect(Object.keys(actual).sort(), `${what}: keys`).toEqual(Object.keys(expected).sort());
  for (const [key, want] of Object.entries(expected)) {
    const got = actual[key];
    if (want === null) {
      expect(got === null || got === undefined || Number.isNaN(got), `${what} ${key}`).toBe(true);
    } else {
      expect(typeof got, `${what} ${key}`).toBe('number');
      expect(
        Math.abs((got as number) - want),
        `${what} ${key}: ${got} vs ${want}`,
      ).toBeLessThanOrEqual(tolerance);
    }
  }
}

/** Typed array by node index → object by key. */
export function byKey(g: CompactGraph, values: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  g.keys.forEach((k, i) => (out[k] = values[i]!));
  return out;
}

/** Node metric of a runAnalysis result as an object by node key. */
export function column(
  nodes: Record<string, Record<string, unknown>>,
  key: string,
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [id, m] of Object.entries(nodes)) out[id] = (m[key] ?? null) as number | null;
  return out;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
