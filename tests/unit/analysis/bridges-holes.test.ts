import { describe, expect, it } from 'vitest';
import { biconnectivity, biconnectedComponentNodes } from '../../../src/analysis/bridges';
import { compactFromEdges } from '../../../src/analysis/compact-graph';
import { localBridges } from '../../../src/analysis/local-bridges';
import { weakTies, quantile } from '../../../src/analysis/weak-ties';
import { compact } from './helpers';

describe('biconnectivity (iterative Tarjan)', () => {
  it('handles a path of 200,000 nodes without recursion', () => {
    const n = 200_000;
    const keys = Array.from({ length: n }, (_, i) => String(i));
    const source = Int32Array.from({ length: n - 1 }, (_, i) => i);
    const target = Int32Array.from({ length: n - 1 }, (_, i) => i + 1);
    const b = biconnectivity(compactFromEdges(keys, source, target));
    expect(b.bridge.every((x) => x === 1)).toBe(true);
    expect(b.articulation.reduce((s, x) => s + x, 0)).toBe(n - 2);
    expect(b.componentCount).toBe(n - 1);
  });

  it('bowtie: two triangles sharing a node', () => {
    const g = compact(
      ['a', 'b', 'c', 'd', 'e'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
        ['c', 'd'],
        ['d', 'e'],
        ['c', 'e'],
      ],
    );
    const b = biconnectivity(g);
    expect(Array.from(b.articulation)).toEqual([0, 0, 1, 0, 0]);
    expect(b.bridge.every((x) => x === 0)).toBe(true);
    const comps = biconnectedComponentNodes(g, b).map((c) => c.map((i) => g.keys[i]).join(''));
    expect(comps.sort()).toEqual(['abc', 'cde']);
  });
});

describe('local bridges and span', () => {
  it('a cycle of 9: every edge is a local bridge of span 8 (networkx docstring example)', () => {
    const keys = Array.from({ length: 9 }, (_, i) => String(i));
    const g = compactFromEdges(
      keys,
      Int32Array.from(keys, (_, i) => i),
      Int32Array.from(keys, (_, i) => (i + 1) % 9),
    );
    const lb = localBridges(g, biconnectivity(g));
    expect(Array.from(lb.localBridge)).toEqual(new Array(9).fill(1));
    expect(Array.from(lb.span)).toEqual(new Array(9).fill(8));
  });

  it('a square with a tail: span 3 on the square, ∞ on the tail, 2 with a chord', () => {
    const g = compact(
      ['a', 'b', 'c', 'd', 'e'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['d', 'a'],
        ['d', 'e'],
      ],
    );
    const lb = localBridges(g, biconnectivity(g));
    expect(Array.from(lb.span)).toEqual([3, 3, 3, 3, Infinity]);
    const chord = compact(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['d', 'a'],
        ['a', 'c'],
      ],
    );
    const lb2 = localBridges(chord, biconnectivity(chord));
    expect(Array.from(lb2.span)).toEqual([2, 2, 2, 2, 2]);
    expect(Array.from(lb2.localBridge)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('weighted span (distance 1/strength)', () => {
  it('takes the shortest detour by length, not by hops', () => {
    // Square a–b–c–d with strength-1 sides and a weak chord a–c (strength 0.25, length 4).
    const g = compact(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b', 1],
        ['b', 'c', 1],
        ['c', 'd', 1],
        ['d', 'a', 1],
        ['a', 'c', 0.25],
      ],
    );
    const b = biconnectivity(g);
    // a–b: via c costs 4 + 1 = 5, around the square a–d–c–b costs 3; in hops the detour is 2.
    expect(Array.from(localBridges(g, b, 'inverse').span)).toEqual([3, 3, 3, 3, 2]);
    expect(Array.from(localBridges(g, b, 'hops').span)).toEqual([2, 2, 2, 2, 2]);
  });
});

describe('weak ties', () => {
  it('weak = strength at most the median; weak bridges = weak and local bridge', () => {
    // Two triangles joined by c–d; the triangles are strong (3), the bridge weak (1).
    const g = compact(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [
        ['a', 'b', 3],
        ['b', 'c', 3],
        ['a', 'c', 1],
        ['d', 'e', 3],
        ['e', 'f', 3],
        ['d', 'f', 3],
        ['c', 'd', 1],
      ],
    );
    const lb = localBridges(g, biconnectivity(g));
    const w = weakTies(g, lb.localBridge);
    expect(w.threshold).toBe(3);
    const strict = weakTies(g, lb.localBridge, { threshold: 1 });
    expect(Array.from(strict.weak)).toEqual([0, 0, 1, 0, 0, 0, 1]);
    expect(Array.from(strict.weakBridge)).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(quantile(Float64Array.from([1, 2, 3, 4]), 0.5)).toBe(2);
    expect(quantile(new Float64Array(0), 0.5)).toBeNull();
  });
});
