/**
 * Helix measures (src/analysis/helix.ts): the sector mixing matrix against networkx
 * (tests/fixtures/reference/mixing.json, scripts/reference/mixing_reference.py) and a table
 * worked out by hand; Leydesdorff's T(GTO) against hand-computed tables.
 *
 * On the literature: the published tables of Leydesdorff & Fritsch (2006) could not be
 * consulted from this machine, so no figure of theirs is pinned here. T is McGill's (1954)
 * interaction information H_x + H_y + H_z − H_xy − H_xz − H_yz + H_xyz,
 * for which the textbook cases below have known values (e.g. Bell 2003, "The co-information
 * lattice": −1 bit when each variable is the exclusive-or of the other two, +1 bit for three
 * copies of one fair coin, 0 for independent variables); the last table is worked out here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compactFromGraph } from '../../../src/analysis/compact-graph';
import {
  companyRecords,
  entropyBits,
  sectorMixing,
  tripleHelix,
  type HelixRecord,
} from '../../../src/analysis/helix';
import { runAnalysis } from '../../../src/analysis/run-analysis';
import { simplify } from '../../../src/analysis/simplify';
import { network } from './helpers';

const records = (rows: [string | null, string | null, string | null][]): HelixRecord[] =>
  rows.map(([geography, technology, organisation]) => ({ geography, technology, organisation }));

describe('T(GTO), mutual information in three dimensions', () => {
  it('exclusive-or: −1 bit (synergy)', () => {
    // O = G xor T over four equally frequent companies: H_G = H_T = H_O = 1, every pair
    // takes 4 values (2 bits), and so does the triple: T = 3 − 6 + 2 = −1.
    const r = tripleHelix(
      records([
        ['群馬県', 'sensors', 'small'],
        ['群馬県', 'medical', 'large'],
        ['長野県', 'sensors', 'large'],
        ['長野県', 'medical', 'small'],
      ]),
    );
    expect(r.T_GTO).toBeCloseTo(-1, 12);
    expect(r.entropies).toEqual({ G: 1, T: 1, O: 1, GT: 2, GO: 2, TO: 2, GTO: 2 });
  });

  it('three copies of one variable: +1 bit', () => {
    // Each entropy is 1 bit: T = 1 + 1 + 1 − 1 − 1 − 1 + 1 = 1.
    const r = tripleHelix(
      records([
        ['群馬県', 'sensors', 'small'],
        ['長野県', 'medical', 'large'],
      ]),
    );
    expect(r.T_GTO).toBeCloseTo(1, 12);
  });

  it('independent dimensions: 0', () => {
    // All 8 combinations once: H_G = H_T = H_O = 1, pairs 2, triple 3: T = 3 − 6 + 3 = 0.
    const rows: [string, string, string][] = [];
    for (const g of ['群馬県', '長野県'])
      for (const t of ['sensors', 'medical'])
        for (const o of ['small', 'large']) rows.push([g, t, o]);
    expect(tripleHelix(records(rows)).T_GTO).toBe(0);
  });

  it('a table worked out by hand: 2 − (3/2)·log₂3 bits', () => {
    // Companies (G, T, O): (P1, f1, s) twice, (P1, f2, l), (P2, f1, l).
    // H_G = H(3/4, 1/4) = 2 − (3/4)·log₂3 ≈ 0.811278; H_T the same; H_O = H(1/2, 1/2) = 1.
    // GT: (P1,f1) 2, (P1,f2) 1, (P2,f1) 1 → H(1/2, 1/4, 1/4) = 1.5; GO, TO and GTO alike.
    // T = 2·(2 − (3/4)·log₂3) + 1 − 3·1.5 + 1.5 = 2 − (3/2)·log₂3 ≈ −0.377444.
    const r = tripleHelix(
      records([
        ['P1', 'f1', 'small'],
        ['P1', 'f1', 'small'],
        ['P1', 'f2', 'large'],
        ['P2', 'f1', 'large'],
      ]),
    );
    expect(r.entropies!.G).toBeCloseTo(2 - 0.75 * Math.log2(3), 12);
    expect(r.entropies!.GT).toBeCloseTo(1.5, 12);
    expect(r.entropies!.GTO).toBeCloseTo(1.5, 12);
    expect(r.T_GTO).toBeCloseTo(2 - 1.5 * Math.log2(3), 12);
    expect(r.companies).toBe(4);
  });

  it('leaves out and counts companies lacking a dimension', () => {
    const r = tripleHelix(
      records([
        ['群馬県', 'sensors', 'small'],
        ['長野県', 'medical', 'large'],
        [null, 'medical', 'large'],
        ['長野県', null, null],
      ]),
    );
    expect(r).toMatchObject({
      companies: 2,
      left_out: 2,
      missing: { prefecture: 1, field: 1, sizeClass: 1 },
    });
    expect(r.T_GTO).toBeCloseTo(1, 12);
    expect(tripleHelix([]).T_GTO).toBeNull();
  });

  it('entropy in bits', () => {
    expect(entropyBits([1, 1])).toBe(1);
    expect(entropyBits([1, 1, 1, 1])).toBe(2);
    expect(entropyBits([5])).toBe(0);
    expect(entropyBits([])).toBe(0);
  });

  it('companies: prefecture, first listed field, size class; other kinds ignored', () => {
    const attrs = [
      { kind: 'company', prefecture: '群馬県', fields: ['medical', 'sensors'], sizeClass: 'small' },
      { kind: 'company', prefecture: '', fields: [], sizeClass: null },
      { kind: 'university', prefecture: '群馬県', fields: ['medical'] },
    ];
    expect(companyRecords(3, (i) => attrs[i]!)).toEqual([
      { geography: '群馬県', technology: 'medical', organisation: 'small' },
      { geography: null, technology: null, organisation: null },
    ]);
  });
});

describe('sector mixing', () => {
  it('a small network worked out by hand', () => {
    // i1, i2 industry; a1 academia; g1 government; f1 finance; x without a sector.
    // Ties: i1–i2, i1–a1, i2–a1, a1–g1, f1–i1 (x–i1 is left out with x): m = 5.
    // Degree totals D: industry 3 + 2 = 5, academia 3, government 1, finance 1 (Σ = 2m = 10).
    const net = network(
      [
        ['i1', { sector: 'industry' }],
        ['i2', { sector: 'industry' }],
        ['a1', { sector: 'academia' }],
        ['g1', { sector: 'government' }],
        ['f1', { sector: 'finance' }],
        ['x', {}],
      ],
      [
        ['i1', 'i2'],
        ['i1', 'a1'],
        ['i2', 'a1'],
        ['a1', 'g1'],
        ['f1', 'i1'],
        ['x', 'i1'],
      ],
    );
    const { graph } = simplify(net);
    const g = compactFromGraph(graph);
    const r = sectorMixing(g, (i) => graph.getNodeAttributes(g.keys[i]!));
    expect(r.sectors).toEqual(['industry', 'academia', 'government', 'finance']);
    expect(r.actors).toEqual([2, 1, 1, 1]);
    expect(r.leftOut).toBe(1);
    expect(r.ties).toEqual([
      [1, 2, 0, 1],
      [2, 0, 1, 0],
      [0, 1, 0, 0],
      [1, 0, 0, 0],
    ]);
    // Density: industry pairs 1 of 1; industry–academia 2 of 2; industry–finance 1 of 2;
    // academia has one actor, so no pair inside it.
    expect(r.density[0]![0]).toBe(1);
    expect(r.density[0]![1]).toBe(1);
    expect(r.density[0]![3]).toBe(0.5);
    expect(r.density[1]![1]).toBeNull();
    // Expected: D_s·D_t / 2m between, D_s² / 4m within.
    const expected = [
      [25 / 20, 15 / 10, 5 / 10, 5 / 10],
      [15 / 10, 9 / 20, 3 / 10, 3 / 10],
      [5 / 10, 3 / 10, 1 / 20, 1 / 10],
      [5 / 10, 3 / 10, 1 / 10, 1 / 20],
    ];
    r.expected.forEach((row, a) =>
      row.forEach((value, b) => expect(value).toBeCloseTo(expected[a]![b]!, 12)),
    );
    expect(r.ratio[0]![1]).toBeCloseTo(4 / 3, 12);
    expect(r.ratio[0]![0]).toBeCloseTo(0.8, 12);
    // r = (Σ e_ss − Σ a_s²) / (1 − Σ a_s²) = (1/5 − 0.36) / 0.64 = −0.25.
    expect(r.assortativity).toBeCloseTo(-0.25, 12);
  });

  interface MixingReference {
    labels: string[];
    groupOf: Record<string, string>;
    edges: [string, string][];
    ties: number[][];
    assortativity: number;
  }
  const fixture = JSON.parse(
    readFileSync(
      fileURLToPath(new URL('../../fixtures/reference/mixing.json', import.meta.url)),
      'utf8',
    ),
  ) as { graphs: Record<string, MixingReference> };

  it.each(Object.entries(fixture.graphs))('%s as networkx counts it', (_name, ref) => {
    const net = network(
      Object.entries(ref.groupOf).map(([key, sector]) => [key, { sector }]),
      ref.edges,
    );
    const { graph } = simplify(net);
    const g = compactFromGraph(graph);
    const r = sectorMixing(g, (i) => graph.getNodeAttributes(g.keys[i]!));
    const order = ref.labels.map((l) => r.sectors.indexOf(l));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order.map((a) => order.map((b) => r.ties[a]![b]))).toEqual(ref.ties);
    expect(r.assortativity).toBeCloseTo(ref.assortativity, 12);
  });

  it('as registry measures in runAnalysis', async () => {
    const net = network(
      [
        [
          'c1',
          {
            kind: 'company',
            sector: 'industry',
            prefecture: '群馬県',
            fields: ['a'],
            sizeClass: 'small',
          },
        ],
        [
          'c2',
          {
            kind: 'company',
            sector: 'industry',
            prefecture: '長野県',
            fields: ['b'],
            sizeClass: 'large',
          },
        ],
        ['u', { kind: 'university', sector: 'academia', prefecture: '群馬県', fields: ['a'] }],
      ],
      [
        ['c1', 'u'],
        ['c2', 'u'],
      ],
    );
    const r = await runAnalysis(net, { measures: ['sectorMixing', 'tripleHelix'] });
    const mixing = r.graph.sectorMixing as { ties: number[][] };
    expect(mixing.ties[0]![1]).toBe(2);
    // G and T both split 1:1 and determine each other and O: T = 1 + 1 + 1 − 1 − 1 − 1 + 1.
    expect(r.graph.tripleHelix).toMatchObject({ T_GTO: 1, companies: 2, left_out: 0 });
  });
});
