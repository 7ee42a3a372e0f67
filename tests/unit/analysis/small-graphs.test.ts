/**
 * Hand-checked small cases. The expected values are worked out in the comments (networkx's
 * conventions: normalised betweenness divides the pair count by (n-1)(n-2)/2; closeness is
 * Wasserman–Faust corrected; harmonic is unnormalised).
 */
import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../../../src/analysis/run-analysis';
import type { AnalysisResult } from '../../../src/analysis/types';
import { column, expectValues, network } from './helpers';

const analyse = (
  nodes: Parameters<typeof network>[0],
  edges: Parameters<typeof network>[1],
  options: Parameters<typeof runAnalysis>[1] = {},
) => runAnalysis(network(nodes, edges), options);

function edge(result: AnalysisResult, a: string, b: string) {
  const e = result.edges.find(
    (x) => (x.source === a && x.target === b) || (x.source === b && x.target === a),
  );
  if (!e) throw new Error(`no edge ${a}-${b}`);
  return e;
}

describe('path a–b–c–d', () => {
  const nodes = ['a', 'b', 'c', 'd'];
  const edges: [string, string][] = [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
  ];

  it('centralities', async () => {
    const r = await analyse(nodes, edges);
    // b lies on a–c and a–d: 2 of the 3 pairs not involving b → 2/3.
    expectValues(column(r.nodes, 'betweenness'), { a: 0, b: 2 / 3, c: 2 / 3, d: 0 });
    // a: distances 1+2+3 = 6 → 3/6; b: 1+1+2 = 4 → 3/4.
    expectValues(column(r.nodes, 'closeness'), { a: 0.5, b: 0.75, c: 0.75, d: 0.5 });
    expectValues(column(r.nodes, 'harmonic'), { a: 11 / 6, b: 2.5, c: 2.5, d: 11 / 6 });
    // Leading eigenvector of P4 ∝ (1, φ, φ, 1), φ the golden ratio.
    const phi = (1 + Math.sqrt(5)) / 2;
    const norm = Math.sqrt(2 + 2 * phi * phi);
    expectValues(column(r.nodes, 'eigenvector'), {
      a: 1 / norm,
      b: phi / norm,
      c: phi / norm,
      d: 1 / norm,
    });
    // PageRank: p = 0.15/4 + 0.85·q/2, p + q = 1/2 → q = 0.4625/1.425.
    const q = 0.4625 / 1.425;
    expectValues(column(r.nodes, 'pagerank'), { a: 0.5 - q, b: q, c: q, d: 0.5 - q });
    expect(r.graph.density).toBeCloseTo(0.5, 12);
    expect(r.graph.components).toBe(1);
  });

  it('every edge is a bridge, inner nodes are cut vertices', async () => {
    const r = await analyse(nodes, edges);
    expect(r.edges.every((e) => e.bridge && e.localBridge && e.span === null)).toBe(true);
    expect(column(r.nodes, 'articulationPoint')).toEqual({ a: false, b: true, c: true, d: false });
    expect(r.graph.biconnectedComponents).toBe(3);
  });

  it('structural holes', async () => {
    const r = await analyse(nodes, edges);
    // a: one contact → constraint 1; b: two unconnected contacts → 2 · (1/2)² = 1/2.
    expectValues(column(r.nodes, 'constraint'), { a: 1, b: 0.5, c: 0.5, d: 1 });
    expectValues(column(r.nodes, 'effectiveSize'), { a: 1, b: 2, c: 2, d: 1 });
    expectValues(column(r.nodes, 'efficiency'), { a: 1, b: 1, c: 1, d: 1 });
  });
});

describe('star: hub h with four leaves', () => {
  const nodes = ['h', 'l1', 'l2', 'l3', 'l4'];
  const edges: [string, string][] = nodes.slice(1).map((l) => ['h', l]);

  it('centralities', async () => {
    const r = await analyse(nodes, edges);
    const leaves = (v: number) => ({ l1: v, l2: v, l3: v, l4: v });
    // The hub is on all C(4,2) = 6 leaf pairs → 1.
    expectValues(column(r.nodes, 'betweenness'), { h: 1, ...leaves(0) });
    // Leaf: 1 + 2·3 = 7 → 4/7.
    expectValues(column(r.nodes, 'closeness'), { h: 1, ...leaves(4 / 7) });
    expectValues(column(r.nodes, 'harmonic'), { h: 4, ...leaves(2.5) });
    // λ = 2; hub 1/√2, leaves 1/(2√2).
    expectValues(column(r.nodes, 'eigenvector'), { h: Math.SQRT1_2, ...leaves(Math.SQRT1_2 / 2) });
    // PageRank: h = 0.15/5 + 0.85·4ℓ, ℓ = 0.15/5 + 0.85·h/4, h + 4ℓ = 1.
    const h = (0.03 + 0.85 * 4 * 0.03) / (1 - 0.85 * 0.85);
    expectValues(column(r.nodes, 'pagerank'), { h, ...leaves((1 - h) / 4) });
  });

  it('structural holes and cut vertex', async () => {
    const r = await analyse(nodes, edges);
    expectValues(column(r.nodes, 'constraint'), {
      h: 4 * (1 / 16),
      l1: 1,
      l2: 1,
      l3: 1,
      l4: 1,
    });
    expectValues(column(r.nodes, 'effectiveSize'), { h: 4, l1: 1, l2: 1, l3: 1, l4: 1 });
    expect(column(r.nodes, 'articulationPoint').h).toBe(true);
    expect(r.graph.bridges).toBe(4);
  });
});

describe('two triangles a–b–c and d–e–f joined by c–d', () => {
  const nodes = ['a', 'b', 'c', 'd', 'e', 'f'];
  const edges: [string, string][] = [
    ['a', 'b'],
    ['b', 'c'],
    ['a', 'c'],
    ['d', 'e'],
    ['e', 'f'],
    ['d', 'f'],
    ['c', 'd'],
  ];

  it('betweenness, closeness', async () => {
    const r = await analyse(nodes, edges);
    // c is on the 2·3 = 6 pairs {a,b}×{d,e,f} of C(5,2) = 10 → 0.6.
    expectValues(column(r.nodes, 'betweenness'), { a: 0, b: 0, c: 0.6, d: 0.6, e: 0, f: 0 });
    // c: 1+1+1+2+2 = 7 → 5/7; a: 1+1+2+3+3 = 10 → 1/2.
    expectValues(column(r.nodes, 'closeness'), {
      a: 0.5,
      b: 0.5,
      c: 5 / 7,
      d: 5 / 7,
      e: 0.5,
      f: 0.5,
    });
  });

  it('the joining edge is the only bridge and local bridge', async () => {
    const r = await analyse(nodes, edges);
    expect(r.edges.filter((e) => e.bridge)).toHaveLength(1);
    expect(edge(r, 'c', 'd')).toMatchObject({ bridge: true, localBridge: true, span: null });
    expect(edge(r, 'a', 'b')).toMatchObject({ bridge: false, localBridge: false, span: 2 });
    expect(r.graph.articulationPoints).toBe(2);
    expect(column(r.nodes, 'articulationPoint')).toMatchObject({ c: true, d: true, a: false });
    expect(r.graph.biconnectedComponents).toBe(3);
    // Binary network: every tie is weak, so the weak bridges are the local bridges.
    expect(r.edges.filter((e) => e.weakBridge).map((e) => [e.source, e.target])).toEqual([
      ['c', 'd'],
    ]);
  });

  it('structural holes', async () => {
    const r = await analyse(nodes, edges);
    // c: to a (1/3 + 1/3·1/2)² = 1/4, to b the same, to d (1/3)² = 1/9 → 11/18.
    // a: to b (1/2 + 1/2·1/3)² = 4/9, to c (1/2 + 1/2·1/2)² = 9/16 → 145/144.
    const c = 11 / 18;
    const a = 145 / 144;
    expectValues(column(r.nodes, 'constraint'), { a, b: a, c, d: c, e: a, f: a });
    // Borgatti: c has 3 alters with 1 tie among them → 3 − 2/3; a: 2 − 2·1/2 = 1.
    expectValues(column(r.nodes, 'effectiveSize'), { a: 1, b: 1, c: 7 / 3, d: 7 / 3, e: 1, f: 1 });
  });

  it('Louvain finds the two triangles; modularity 2·(3/7 − (7/14)²) = 5/14', async () => {
    const r = await analyse(nodes, edges);
    const c = column(r.nodes, 'community');
    expect(c.a).toBe(c.b);
    expect(c.a).toBe(c.c);
    expect(c.d).toBe(c.e);
    expect(c.d).toBe(c.f);
    expect(c.a).not.toBe(c.d);
    expect(r.graph.communities).toBe(2);
    expect(r.graph.modularity).toBeCloseTo(5 / 14, 12);
  });
});

describe('disconnected: triangle a–b–c, edge d–e, isolated f', () => {
  const nodes = ['a', 'b', 'c', 'd', 'e', 'f'];
  const edges: [string, string][] = [
    ['a', 'b'],
    ['b', 'c'],
    ['a', 'c'],
    ['d', 'e'],
  ];

  it('components, density, closeness corrected for reach', async () => {
    const r = await analyse(nodes, edges);
    expect(r.graph.components).toBe(3);
    expect(r.graph.largestComponent).toBe(3);
    expect(r.graph.density).toBeCloseTo(4 / 15, 12);
    // a reaches 2 others at total distance 2: (2/2)·(2/5); d: (1/1)·(1/5); f: 0.
    expectValues(column(r.nodes, 'closeness'), { a: 0.4, b: 0.4, c: 0.4, d: 0.2, e: 0.2, f: 0 });
    expectValues(column(r.nodes, 'harmonic'), { a: 2, b: 2, c: 2, d: 1, e: 1, f: 0 });
    expectValues(column(r.nodes, 'betweenness'), { a: 0, b: 0, c: 0, d: 0, e: 0, f: 0 });
  });

  it('isolated actor: structural holes undefined (null), PageRank still sums to 1', async () => {
    const r = await analyse(nodes, edges);
    expect(r.nodes.f).toMatchObject({ constraint: null, effectiveSize: null, efficiency: null });
    expect(r.nodes.f!.degree).toBe(0);
    const total = Object.values(column(r.nodes, 'pagerank')).reduce((s, v) => s! + v!, 0)!;
    expect(total).toBeCloseTo(1, 9);
    // Eigenvector concentrates on the triangle (largest leading eigenvalue).
    const eig = column(r.nodes, 'eigenvector');
    expect(eig.a).toBeCloseTo(1 / Math.sqrt(3), 6);
    expect(eig.d).toBeLessThan(1e-6);
    expect(eig.f).toBeLessThan(1e-6);
  });

  it('bridge d–e, no articulation point', async () => {
    const r = await analyse(nodes, edges);
    expect(edge(r, 'd', 'e')).toMatchObject({ bridge: true, span: null });
    expect(r.graph.articulationPoints).toBe(0);
    expect(r.graph.biconnectedComponents).toBe(2);
  });
});

describe('self-loop and parallel ties', () => {
  // a–b twice (strengths 1 and 2, different kinds), a self-loop on b, b–c (strength 1).
  const nodes = ['a', 'b', 'c'];
  const edges: [string, string, number, Record<string, unknown>][] = [
    ['a', 'b', 1, { kind: 'joint_research' }],
    ['b', 'a', 2, { kind: 'supply' }],
    ['b', 'b', 5, { kind: 'coordination' }],
    ['b', 'c', 1, { kind: 'joint_research' }],
  ];

  it('is simplified to the path a–b–c with a–b of strength 1 + 2', async () => {
    const r = await analyse(nodes, edges);
    expect(r.graph.edges).toBe(2);
    expect(r.graph.simplification).toMatchObject({ selfLoopsDropped: 1, parallelTiesMerged: 1 });
    expect(edge(r, 'a', 'b')).toMatchObject({
      strength: 3,
      ties: 2,
      kinds: ['joint_research', 'supply'],
    });
    expectValues(column(r.nodes, 'degree'), { a: 1, b: 2, c: 1 });
    expectValues(column(r.nodes, 'weightedDegree'), { a: 3, b: 4, c: 1 });
    // Betweenness and closeness are those of a path (self-loop and duplicate ignored).
    expectValues(column(r.nodes, 'betweenness'), { a: 0, b: 1, c: 0 });
    expectValues(column(r.nodes, 'closeness'), { a: 2 / 3, b: 1, c: 2 / 3 });
    // Weighted constraint of b: (3/4)² + (1/4)².
    expect(r.nodes.b!.constraint).toBeCloseTo(10 / 16, 12);
  });

  it('with inverse distance a–b has length 1/3', async () => {
    const r = await analyse(nodes, edges, { distance: 'inverse' });
    // a: b at 1/3, c at 4/3 → 2 / (5/3).
    expect(r.nodes.a!.closeness).toBeCloseTo(1.2, 12);
    expect(r.nodes.a!.harmonic).toBeCloseTo(3 + 0.75, 12);
  });

  it('weight none makes the network binary', async () => {
    const r = await analyse(nodes, edges, { weight: 'none' });
    expect(edge(r, 'a', 'b').strength).toBe(1);
    expect(r.nodes.b!.weightedDegree).toBe(2);
    expect(r.nodes.b!.constraint).toBeCloseTo(0.5, 12);
  });
});
