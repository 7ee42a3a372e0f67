/** Each gap rule on small networks worked out by hand. */
import { describe, expect, it } from 'vitest';
import { findGaps } from '../../../src/analysis/gaps/run-gaps';
import { gapNetwork, ruleFinding } from './helpers';

describe('sme-no-academic-tie', () => {
  const net = gapNetwork(
    {
      A: { sme: true, sizeClass: 'small', prefecture: '群馬県' },
      B: { sme: true, sizeClass: 'micro', prefecture: '群馬県' },
      C: { sme: true, sizeClass: 'medium', prefecture: '長野県' },
      L: { sme: false, sizeClass: 'large', prefecture: '群馬県' },
      U: { kind: 'university' },
      T: { kind: 'tlo' },
    },
    [
      ['A', 'U'],
      ['B', 'A', { kind: 'supply' }],
      ['T', 'C', { kind: 'licensing' }],
      ['L', 'B', { kind: 'supply' }],
    ],
  );

  it('lists the SMEs without an academic partner (licensing counts as a tie), not large firms', async () => {
    const f = await ruleFinding('sme-no-academic-tie', net);
    expect(f.items.map((i) => i.actor)).toEqual(['B']);
    expect(f.smes).toBe(3);
    expect(f.bySizeClass.map((r) => [r.group, r.companies, r.withAcademicTie])).toEqual([
      ['micro', 1, 0],
      ['small', 1, 1],
      ['medium', 1, 1],
      ['large', 1, 0],
    ]);
    expect(f.byPrefecture.map((r) => [r.group, r.companies, r.withAcademicTie])).toEqual([
      ['群馬県', 2, 1],
      ['長野県', 1, 1],
    ]);
  });

  it('introduces B to the university through its partner A (Adamic–Adar 1/ln 2)', async () => {
    const f = await ruleFinding('sme-no-academic-tie', net);
    expect(f.items[0]!.introductions).toEqual([
      {
        source: 'B',
        target: 'U',
        score: 1 / Math.log(2 + 0), // A has two partners (U and B)... and no more
        sharedPartners: ['A'],
        sharedProjects: [],
        sharedFields: [],
        distance: 2,
        rules: ['sme-no-academic-tie'],
      },
    ]);
  });

  it('follows its threshold: fewer than two academic ties', async () => {
    const f = await ruleFinding('sme-no-academic-tie', net, {
      rules: { 'sme-no-academic-tie': { minAcademicTies: 2 } },
    });
    expect(f.items.map((i) => [i.actor, i.academicTies])).toEqual([
      ['A', 1],
      ['B', 0],
      ['C', 1],
    ]);
  });
});

describe('academia-no-industry-tie', () => {
  const net = gapNetwork(
    {
      F: {},
      G: {},
      T: { kind: 'tlo' },
      U: { kind: 'university' },
      P: { kind: 'public_research_institute' },
    },
    [
      ['T', 'F', { kind: 'licensing' }],
      ['U', 'F'],
      ['U', 'G', { kind: 'licensing' }],
      ['U', 'P'],
    ],
  );

  it('tells licensing-only from no company tie at all', async () => {
    const f = await ruleFinding('academia-no-industry-tie', net);
    expect(f.items.map((i) => [i.actor, i.reason, i.companyTies, i.licensingTies])).toEqual([
      ['P', 'no-company-tie', 0, 0],
      ['T', 'licensing-only', 0, 1],
    ]);
    expect(f.academicActors).toBe(3);
  });

  it('a licence beside joint research on the same pair is a real company tie', async () => {
    const both = gapNetwork({ F: {}, T: { kind: 'tlo' } }, [
      ['T', 'F', { kind: 'licensing' }],
      ['T', 'F', { kind: 'joint_research' }],
    ]);
    expect((await ruleFinding('academia-no-industry-tie', both)).items).toEqual([]);
  });

  it('follows its threshold', async () => {
    const f = await ruleFinding('academia-no-industry-tie', net, {
      rules: { 'academia-no-industry-tie': { minCompanyTies: 2 } },
    });
    expect(f.items.map((i) => [i.actor, i.reason])).toEqual([
      ['P', 'no-company-tie'],
      ['T', 'licensing-only'],
      ['U', 'below-threshold'],
    ]);
  });
});

describe('no-finance-tie', () => {
  const net = gapNetwork(
    {
      x1: { prefecture: 'X', projects: ['P1'] },
      x2: { prefecture: 'X', projects: ['P1'] },
      x3: { prefecture: 'X', projects: ['P1'] },
      y1: { prefecture: 'Y', projects: ['P2'] },
      y2: { prefecture: 'Y', projects: ['P2'] },
      y3: { prefecture: 'Y', projects: ['P2'] },
      U: { kind: 'university' },
      B: { kind: 'financial_institution' },
      B2: { kind: 'financial_institution' },
    },
    [
      ['B', 'x1', { kind: 'finance' }],
      ['x1', 'U'],
      ['x1', 'x2', { kind: 'supply' }],
      ['x2', 'x3', { kind: 'supply' }],
      ['y1', 'y2', { kind: 'supply' }],
      ['y2', 'y3', { kind: 'supply' }],
      ['B2', 'x3', { kind: 'finance' }],
    ],
    [
      { id: 'P1', programme: 'industrial_cluster' },
      { id: 'P2', programme: 'industrial_cluster' },
    ],
  );

  it('lists the prefecture, project and community no member of which is tied to finance', async () => {
    const f = await ruleFinding('no-finance-tie', net);
    const groups = f.items
      .filter((i) => i.scope !== 'financial-institution')
      .map((i) => [i.scope, 'group' in i ? i.group : '', 'financeTies' in i ? i.financeTies : -1]);
    expect(groups.filter(([s]) => s !== 'community')).toEqual([
      ['prefecture', 'Y', 0],
      ['project', 'P2', 0],
    ]);
    // y1–y2–y3 is a component of its own, so a community of its own.
    expect(groups.filter(([s]) => s === 'community')).toHaveLength(1);
  });

  it('per financial institution: ties to academia and to firms that work with it', async () => {
    const f = await ruleFinding('no-finance-tie', net);
    expect(f.financialInstitutions).toEqual([
      { actor: 'B', companyTies: 1, academicTies: 0, innovatorTies: 1 },
      { actor: 'B2', companyTies: 1, academicTies: 0, innovatorTies: 0 },
    ]);
    const edge = f.items.filter((i) => i.scope === 'financial-institution');
    expect(edge.map((i) => ('actor' in i ? i.actor : ''))).toEqual(['B2']);
    // No innovator shares a partner, project or field with B2: no introduction rather than
    // a zero-score one.
    expect(edge[0]!.introductions).toEqual([]);
  });

  it('a group smaller than minGroupSize is not judged', async () => {
    const f = await ruleFinding('no-finance-tie', net, {
      rules: { 'no-finance-tie': { minGroupSize: 4 } },
    });
    expect(f.items.filter((i) => i.scope !== 'financial-institution')).toEqual([]);
  });
});

describe('single-point-of-failure', () => {
  it('each articulation point with the actors beyond it, largest part kept', async () => {
    // Triangle x–y–z with t on x and y, then z–w–v: without z, w and v are cut off (the
    // three on the other side stay); without w, v is.
    const net = gapNetwork({ x: {}, y: {}, z: {}, t: {}, w: {}, v: { kind: 'university' } }, [
      ['x', 'y'],
      ['y', 'z'],
      ['z', 'x'],
      ['t', 'x'],
      ['t', 'y'],
      ['z', 'w'],
      ['w', 'v'],
    ]);
    const f = await ruleFinding('single-point-of-failure', net);
    expect(f.items.map((i) => [i.actor, i.cutOff, i.pieces])).toEqual([
      ['z', ['v', 'w'], 2],
      ['w', ['v'], 2],
    ]);
    expect(f.items[0]!.cutOffKinds).toEqual({ company: 1, university: 1 });
    // w can meet x or y (both know z) so the chain does not hang on z alone.
    expect(f.items[0]!.introductions.map((i) => [i.source, i.target])).toEqual([
      ['w', 'x'],
      ['w', 'y'],
    ]);
  });

  it('of two equal parts the one with the first id stays', async () => {
    const net = gapNetwork({ b: {}, m: {}, a: {} }, [
      ['b', 'm'],
      ['m', 'a'],
    ]);
    const f = await ruleFinding('single-point-of-failure', net);
    expect(f.items.map((i) => [i.actor, i.cutOff])).toEqual([['m', ['b']]]);
  });

  it('actors already apart lose nothing; minCutOff filters small cuts', async () => {
    const net = gapNetwork({ a: {}, b: {}, c: {}, d: {}, e: {}, lone: {} }, [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['c', 'e'],
    ]);
    const all = await ruleFinding('single-point-of-failure', net);
    expect(all.items.map((i) => [i.actor, i.cutOff])).toEqual(
      [
        ['b', ['a']],
        ['c', ['d', 'e']],
      ].sort((x, y) => (y[1] as string[]).length - (x[1] as string[]).length),
    );
    const big = await ruleFinding('single-point-of-failure', net, {
      rules: { 'single-point-of-failure': { minCutOff: 2 } },
    });
    expect(big.items.map((i) => i.actor)).toEqual(['c']);
    expect(big.articulationPoints).toBe(2);
  });

  it('a hub whose removal lengthens paths (wheel: 1.6 → 1.8 hops, +12.5 %)', async () => {
    const ring = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5'];
    const net = gapNetwork(Object.fromEntries(['h', ...ring].map((k) => [k, {}])), [
      ...ring.map((r, i): [string, string] => [r, ring[(i + 1) % 6]!]),
      ...ring.map((r): [string, string] => ['h', r]),
    ]);
    const f = await ruleFinding('single-point-of-failure', net, {
      rules: { 'single-point-of-failure': { brokerCandidates: 1, pathIncrease: 0.1 } },
    });
    expect(f.items).toEqual([]);
    expect(f.brokers).toHaveLength(1);
    const b = f.brokers[0]!;
    expect(b.actor).toBe('h');
    expect(b.meanDistanceBefore).toBeCloseTo(1.6, 12);
    expect(b.meanDistanceAfter).toBeCloseTo(1.8, 12);
    expect(b.increase).toBeCloseTo(0.125, 12);
    expect(b.pairs).toBe(30);
    const strict = await ruleFinding('single-point-of-failure', net, {
      rules: { 'single-point-of-failure': { brokerCandidates: 1, pathIncrease: 0.2 } },
    });
    expect(strict.brokers).toEqual([]);
    expect(strict.brokersTested).toBe(1);
  });
});

describe('weak-bridge', () => {
  // Strength 5 inside X, Y and Z; X–Y one tie; Y–Z two ties of strength 1; W apart.
  const actors = Object.fromEntries(
    ['x1', 'x2', 'x3', 'y1', 'y2', 'y3', 'z1', 'z2', 'z3', 'w1', 'w2', 'w3'].map((k) => [
      k,
      { prefecture: k[0]!.toUpperCase() },
    ]),
  );
  const triangle = (p: string): [string, string, { strength: number }][] => [
    [`${p}1`, `${p}2`, { strength: 5 }],
    [`${p}2`, `${p}3`, { strength: 5 }],
    [`${p}3`, `${p}1`, { strength: 5 }],
  ];
  const net = gapNetwork(actors, [
    ...triangle('x'),
    ...triangle('y'),
    ...triangle('z'),
    ...triangle('w'),
    ['x1', 'y1', { strength: 5 }],
    ['y2', 'z2', { strength: 1 }],
    ['y3', 'z3', { strength: 1 }],
  ]);

  it('one tie, weak ties only, or none at all; the links and who carries them', async () => {
    // The lowest tenth of strengths is weak: threshold 1.
    const f = await ruleFinding('weak-bridge', net, {
      rules: { 'weak-bridge': { weakQuantile: 0.1 } },
    });
    const prefectures = f.items
      .filter((i) => i.scope === 'prefecture')
      .map((i) => [i.group, i.reason, i.links.length]);
    expect(prefectures.sort()).toEqual([
      ['W', 'unconnected', 0],
      ['X', 'single-tie', 1],
      ['Z', 'weak-only', 2],
    ]);
    const z = f.items.find((i) => i.scope === 'prefecture' && i.group === 'Z')!;
    expect(z.carriers).toEqual(['y2', 'y3', 'z2', 'z3']);
    expect(z.links.map((l) => l.ties)).toEqual([['t15'], ['t14']].sort());
    expect(f.weakTieThreshold).toBe(1);
  });

  it('maxTies raises the count that makes a group "joined by few ties"', async () => {
    const f = await ruleFinding('weak-bridge', net, {
      rules: { 'weak-bridge': { maxTies: 3, weakQuantile: 0 } },
    });
    const y = f.items.find((i) => i.scope === 'prefecture' && i.group === 'Y')!;
    expect(y.reason).toBe('few-ties');
    expect(y.links).toHaveLength(3);
  });
});

describe('cluster-link', () => {
  const net = gapNetwork(
    {
      i1: { cluster: 'industrial' },
      i2: { cluster: 'industrial' },
      k1: { cluster: 'knowledge' },
      k2: { cluster: 'knowledge' },
      b: { cluster: 'both' },
      n: { cluster: 'none' },
    },
    [
      ['i1', 'k1', { startYear: 2008, endYear: 2008 }],
      ['i2', 'k2', { kind: 'licensing', startYear: 2009, endYear: 2010 }],
      ['i1', 'i2', { kind: 'supply', startYear: 2008 }],
      ['k1', 'k2', { startYear: 2010 }],
      ['b', 'i1', { kind: 'coordination', startYear: 2009 }],
      ['n', 'k1', {}],
    ],
  );

  it('the crossing ties, their carriers, E-I between the two and by year', async () => {
    const f = await ruleFinding('cluster-link', net);
    expect(f.items.map((i) => [i.tie, i.source, i.target])).toEqual([
      ['t1', 'i1', 'k1'],
      ['t2', 'i2', 'k2'],
    ]);
    expect(f.bothClusters).toEqual(['b']);
    expect(f.carriers.map((c) => c.actor)).toEqual(['i1', 'i2', 'k1', 'k2']);
    expect(f.eiIndex).toEqual({ external: 2, internal: 2, eiIndex: 0 });
    expect(f.byYear).toEqual([
      { year: 2008, external: 1, internal: 1, eiIndex: 0 },
      { year: 2009, external: 1, internal: 0, eiIndex: 1 },
      { year: 2010, external: 1, internal: 1, eiIndex: 0 },
    ]);
    expect(f.undated).toBe(0);
    expect(f.industrialActors).toBe(2);
    expect(f.knowledgeActors).toBe(2);
  });
});

describe('isolated-member', () => {
  const net = gapNetwork(
    {
      m: { projects: ['P'], fields: ['bio'] },
      p: { projects: ['P'], fields: ['bio'] },
      q: { projects: ['P'] },
      lone: {},
    },
    [
      ['p', 'q'],
      // Projected shared-project ties are participation, not ties.
      ['m', 'p', { kind: 'shared_project' }],
    ],
    [{ id: 'P', programme: 'industrial_cluster' }],
  );

  it('project members without any tie; non-members are not judged', async () => {
    const f = await ruleFinding('isolated-member', net);
    expect(f.items.map((i) => [i.actor, i.projects, i.ties])).toEqual([['m', ['P'], 0]]);
    expect(f.projectMembers).toBe(3);
    // Introduced to co-members with ties, best where fields are shared too.
    expect(f.items[0]!.introductions.map((i) => [i.target, i.score])).toEqual([
      ['p', 1 / Math.log(3) + 0.5],
      ['q', 1 / Math.log(3)],
    ]);
    expect(f.items[0]!.introductions[0]!.distance).toBeNull();
  });

  it('maxTies: members with at most one tie', async () => {
    const f = await ruleFinding('isolated-member', net, {
      rules: { 'isolated-member': { maxTies: 1 } },
    });
    expect(f.items.map((i) => i.actor)).toEqual(['m', 'p', 'q']);
  });
});

describe('the report', () => {
  it('has every rule, count 0 when nothing is found, and records the thresholds', async () => {
    const report = await findGaps(gapNetwork({ a: {}, b: {} }, [['a', 'b']]), {
      thresholds: { introductions: { perGap: 1 } },
    });
    expect(report.findings.map((f) => [f.rule, f.count])).toEqual([
      ['sme-no-academic-tie', 0],
      ['academia-no-industry-tie', 0],
      ['no-finance-tie', 0],
      ['single-point-of-failure', 0],
      ['weak-bridge', 0],
      ['cluster-link', 0],
      ['isolated-member', 0],
    ]);
    expect(report.settings.introductions.perGap).toBe(1);
    expect(report.settings.rules['weak-bridge'].weakQuantile).toBe(0.5);
    expect(report.introductions).toEqual([]);
  });
});
