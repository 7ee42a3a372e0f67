/**
 * Brokerage and E-I have no networkx counterpart: hand-computed cases.
 *
 * Broker B (group X) with alters A1, A2 (X), C1, C2 (Y), D1 (Z); A1 is also tied to C1.
 * B's 10 alter pairs:
 *   (A1,A2) X,X = B's group        → coordinator       1
 *   (C1,C2) Y,Y ≠ X                → itinerant         1
 *   X with Y or Z: A1C1 A1C2 A2C1 A2C2 A1D1 A2D1, minus A1C1 (closed)
 *                                  → 5, split 2.5 representative + 2.5 gatekeeper
 *   (C1,D1) (C2,D1) all different  → liaison           2
 *   total 9 open two-paths. Everyone else has no open two-path (A1's and C1's alters are tied).
 * Under the directed definition on the symmetrised graph (each tie two arcs, e.g.
 * sna::brokerage) every count doubles: 2, 2, 5, 5, 4.
 *
 * E-I: ties B–A1, B–A2 internal; B–C1, B–C2, B–D1, A1–C1 external.
 *   network (4 − 2)/6 = 1/3; group X: E 4, I 2 → 1/3; Y: E 3, I 0 → 1; Z: E 1 → 1;
 *   actor B: E 3, I 2 → 1/5; A1: E 1, I 1 → 0; A2: I 1 → −1; C1: E 2 → 1.
 */
import { describe, expect, it } from 'vitest';
import { brokerage } from '../../../src/analysis/brokerage';
import { eiIndex } from '../../../src/analysis/ei-index';
import { groupingFromAttribute, groupLabel } from '../../../src/analysis/groups';
import { runAnalysis } from '../../../src/analysis/run-analysis';
import { compact, network } from './helpers';

const groups: Record<string, string | null> = {
  B: 'X',
  A1: 'X',
  A2: 'X',
  C1: 'Y',
  C2: 'Y',
  D1: 'Z',
  U: null,
};
const nodes = Object.keys(groups);
const ties: [string, string][] = [
  ['B', 'A1'],
  ['B', 'A2'],
  ['B', 'C1'],
  ['B', 'C2'],
  ['B', 'D1'],
  ['A1', 'C1'],
  // U has no group: its open two-paths through B are not counted, its ties not in E-I.
  ['B', 'U'],
];
const g = compact(nodes, ties);
const grouping = groupingFromAttribute(g.n, (i) => ({ g: groups[g.keys[i]!] }), 'g');

describe('Gould–Fernandez brokerage (undirected convention)', () => {
  it('counts each open two-path once, splitting representative/gatekeeper', () => {
    const r = brokerage(g, grouping);
    const at = (k: string) => r.roles[g.index.get(k)!];
    expect(at('B')).toEqual({
      coordinator: 1,
      itinerant: 1,
      representative: 2.5,
      gatekeeper: 2.5,
      liaison: 2,
      total: 9,
    });
    for (const k of ['A1', 'A2', 'C1', 'C2', 'D1']) expect(at(k)!.total).toBe(0);
    expect(at('U')).toBeNull();
    expect(r.totals.total).toBe(9);
  });

  it('two triangles joined by c–d, grouped by triangle: c and d are representative/gatekeeper', () => {
    const t = compact(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
        ['d', 'e'],
        ['e', 'f'],
        ['d', 'f'],
        ['c', 'd'],
      ],
    );
    const side = groupingFromAttribute(t.n, (i) => ({ side: i < 3 ? 'L' : 'R' }), 'side');
    const r = brokerage(t, side);
    // c: open pairs (a,d), (b,d): one end in c's group each → 1 + 1 split in halves.
    expect(r.roles[2]).toEqual({
      coordinator: 0,
      itinerant: 0,
      representative: 1,
      gatekeeper: 1,
      liaison: 0,
      total: 2,
    });
    expect(r.roles[0]!.total).toBe(0);
  });
});

describe('Krackhardt–Stern E-I index', () => {
  it('network, groups and actors', () => {
    const r = eiIndex(g, grouping);
    expect(r.network).toEqual({ external: 4, internal: 2, ei: 1 / 3 });
    const byLabel = Object.fromEntries(grouping.labels.map((l, i) => [l, r.groups[i]]));
    expect(byLabel.X).toEqual({ external: 4, internal: 2, ei: 1 / 3 });
    expect(byLabel.Y).toEqual({ external: 3, internal: 0, ei: 1 });
    expect(byLabel.Z).toEqual({ external: 1, internal: 0, ei: 1 });
    const ei = (k: string) => r.actors[g.index.get(k)!]!.ei;
    expect(ei('B')).toBeCloseTo(1 / 5, 12);
    expect(ei('A1')).toBe(0);
    expect(ei('A2')).toBe(-1);
    expect(ei('C1')).toBe(1);
    expect(ei('U')).toBeNull();
  });

  it('weighted E-I sums strengths', () => {
    const w = compact(
      ['a', 'b', 'c'],
      [
        ['a', 'b', 3],
        ['b', 'c', 1],
      ],
    );
    const gr = groupingFromAttribute(3, (i) => ({ s: i < 2 ? 'P' : 'Q' }), 's');
    expect(eiIndex(w, gr, true).network.ei).toBeCloseTo((1 - 3) / 4, 12);
    expect(eiIndex(w, gr, false).network.ei).toBe(0);
  });
});

describe('groupings in runAnalysis', () => {
  const net = network(
    nodes.map((k) => [k, { sector: groups[k] }] as [string, Record<string, unknown>]),
    ties,
  );

  it('by attribute: brokerage, E-I and group table in the output', async () => {
    const r = await runAnalysis(net, { groups: 'sector' });
    expect(r.nodes.B!.brokerage).toMatchObject({ total: 9, liaison: 2 });
    expect(r.nodes.B!.group).toBe('X');
    expect(r.nodes.U!.brokerage).toBeNull();
    expect(r.nodes.U!.eiIndex).toBeNull();
    expect(r.graph.eiIndex).toBeCloseTo(1 / 3, 12);
    expect(r.graph.groups).toContainEqual({
      label: 'Y',
      size: 2,
      external: 3,
      internal: 0,
      eiIndex: 1,
    });
    expect(r.graph.warnings.join(' ')).toMatch(/1 actor\(s\) have no "sector"/);
  });

  it('by community', async () => {
    const r = await runAnalysis(net, { groups: 'community' });
    expect(r.nodes.B!.group).toBe(String(r.nodes.B!.community));
    expect(typeof r.graph.eiIndex).toBe('number');
  });

  it('rejects an attribute no actor has', async () => {
    await expect(runAnalysis(net, { groups: 'nope' })).rejects.toThrow(/no actor has a value/);
  });

  it('labels arrays, numbers and booleans', () => {
    expect(groupLabel(['knowledge_cluster', 'industrial_cluster'])).toBe(
      'industrial_cluster+knowledge_cluster',
    );
    expect(groupLabel(3)).toBe('3');
    expect(groupLabel(true)).toBe('true');
    expect(groupLabel('')).toBeNull();
    expect(groupLabel([])).toBeNull();
  });
});
