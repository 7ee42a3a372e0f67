/**
 * Comparisons (src/analysis/compare.ts, compare-groups.ts) on a network small enough to
 * work out every number by hand, in the comments.
 */
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { compareNetworks } from '../../../src/analysis/compare';
import { compareGroups } from '../../../src/analysis/compare-groups';
import { filterByYears } from '../../../src/model/year-window';
import { publishedProject } from '../../../src/model/published-figures';
import { periods } from './compare-fixture';

const a = filterByYears(periods, { from: 2001, to: 2005 });
const b = filterByYears(periods, { from: 2006, to: 2010 });

describe('compareNetworks on two windows', async () => {
  const c = await compareNetworks(a, b, { a: '2001-2005', b: '2006-2010' });

  it('has the documented top-level keys', () => {
    expect(Object.keys(c).sort()).toEqual(['a', 'actors', 'b', 'delta', 'settings', 'ties']);
    expect(c.settings).toMatchObject({ a: '2001-2005', b: '2006-2010' });
  });

  it('ties added and removed, by tie id', () => {
    expect(c.ties).toEqual({ added: ['t3', 't5', 't6'], removed: ['t2', 't4'] });
  });

  it('graph measures side by side and their difference', () => {
    // A: u, c1, c2, early with u–c1, c1–c2, early–u (a path early–u–c1–c2): density 3/6.
    // B: u, c1, c2, b, late with u–c1, b–c1, late–c2, c2–u (a path b–c1–u–c2–late): 4/10.
    expect(c.a).toMatchObject({ actors: 4, ties: 3, density: 0.5, components: 1 });
    expect(c.b).toMatchObject({ actors: 5, ties: 4, density: 0.4, components: 1 });
    expect(c.delta.actors).toBe(1);
    expect(c.delta.density).toBeCloseTo(-0.1, 12);
    // Across prefectures: A c1–c2 (1 of 3 ties); B c2–u (1 of 4).
    expect(c.a.crossPrefectureTies).toBe(1);
    expect(c.a.crossPrefectureShare).toBeCloseTo(1 / 3, 12);
    expect(c.b.crossPrefectureShare).toBeCloseTo(1 / 4, 12);
    // By sector: A u–c1 and early–u external, c1–c2 internal → (2 − 1)/3;
    // B u–c1, b–c1, c2–u external, late–c2 internal → (3 − 1)/4.
    expect(c.a.eiSector).toBeCloseTo(1 / 3, 12);
    expect(c.b.eiSector).toBeCloseTo(0.5, 12);
    // Between the clusters (b, in none, is left out): A 2 external, 1 internal; B the same.
    expect(c.a.eiClusters).toBeCloseTo(1 / 3, 12);
    expect(c.b.eiClusters).toBeCloseTo(1 / 3, 12);
    expect(c.delta.eiClusters).toBeCloseTo(0, 12);
  });

  it('sector mixing and T(GTO) per period', () => {
    const industry = c.b.sectorMixing.sectors.indexOf('industry');
    const finance = c.b.sectorMixing.sectors.indexOf('finance');
    expect(c.a.sectorMixing.ties[industry]![finance]).toBe(0);
    expect(c.b.sectorMixing.ties[industry]![finance]).toBe(1);
    expect(c.delta.sectorMixing.ties[industry]![finance]).toBe(1);
    // A: c1 (群馬, sensors, small) and c2 (長野, medical, large); early has no field: T = 1.
    expect(c.a.tripleHelix).toMatchObject({ companies: 2, left_out: 1 });
    expect(c.a.T_GTO).toBeCloseTo(1, 12);
    // B: c1, c2 and late (長野, sensors, small): with h = H(1/3, 2/3) = log₂3 − 2/3 for each
    // dimension and for TO, log₂3 for GT, GO and GTO: T = 3h − (2·log₂3 + h) + log₂3
    // = 2h − log₂3 = log₂3 − 4/3.
    expect(c.b.T_GTO).toBeCloseTo(Math.log2(3) - 4 / 3, 12);
  });

  it('every actor: appeared, left, rose, fell', () => {
    expect(c.actors.early!.status).toBe('left');
    expect(c.actors.b!.status).toBe('appeared');
    expect(c.actors.late!.status).toBe('appeared');
    expect(c.actors.u!.status).toBe('both');
    expect(c.actors.c2!.degree).toEqual({ a: 1, b: 2, delta: 1, trend: 'rose' });
    expect(c.actors.u!.degree.trend).toBe('same');
    // Betweenness on the paths: A, c1 lies on u–c2 and early–c2: 2 of 3 pairs; B, c1 lies
    // on b–u, b–c2, b–late: 3 of 6. c2: 0 in A, 3 of 6 in B.
    expect(c.actors.c1!.betweenness.a).toBeCloseTo(2 / 3, 12);
    expect(c.actors.c1!.betweenness.b).toBeCloseTo(0.5, 12);
    expect(c.actors.c1!.betweenness.trend).toBe('fell');
    expect(c.actors.c2!.betweenness.trend).toBe('rose');
    expect(c.actors.b!.degree).toEqual({ a: null, b: 1, delta: null, trend: null });
    expect(c.actors.u!.name).toBe('大学U');
  });
});

describe('compareGroups', () => {
  const projects: SerializedGraph = {
    ...periods,
    attributes: {
      projects: [
        { id: 'P-KYUSHU', name: '九州シリコン・クラスター計画' },
        { id: 'P-NET', name: '地域産業活性化プロジェクト（首都圏北部）第I期' },
      ],
    },
    nodes: periods.nodes.map((n) => ({
      ...n,
      attributes: {
        ...n.attributes,
        participations: ['u', 'c1', 'c2'].includes(n.key)
          ? [{ project: 'P-KYUSHU', role: 'member' }]
          : n.key === 'late'
            ? [{ project: 'P-NET', role: 'member' }]
            : [],
      },
    })),
  };

  it('by project: the members’ network, with the published counts where they exist', async () => {
    const r = await compareGroups(projects, 'project');
    expect(r.groups.map((g) => g.id)).toEqual(['P-KYUSHU', 'P-NET']);
    const kyushu = r.groups[0]!;
    // u, c1, c2 and the ties among them: t1 u–c1, t2 c1–c2, t6 c2–u (a triangle).
    expect(kyushu.members).toEqual({ actors: 3, companies: 2, universities: 1 });
    expect(kyushu.graph).toMatchObject({ actors: 3, ties: 3, density: 1 });
    expect(kyushu.published).toMatchObject({ companies: 330, universities: 14 });
    // A sub-network of a project is not the project the counts were published for.
    expect(r.groups[1]!.published).toBeNull();
  });

  it('by prefecture', async () => {
    const r = await compareGroups(periods, 'prefecture');
    expect(r.groups.map((g) => [g.id, g.members.actors])).toEqual([
      ['群馬県', 4],
      ['長野県', 2],
    ]);
    // 群馬県: u, c1, early, b with u–c1, b–c1, early–u; 長野県: c2, late with late–c2.
    expect(r.groups[0]!.graph.ties).toBe(3);
    expect(r.groups[1]!.graph.ties).toBe(1);
    // Inside one prefecture geography does not vary: T(GTO) is 0 by construction.
    expect(r.groups[1]!.graph.T_GTO).toBe(0);
  });

  it('by community: the groups partition the actors', async () => {
    const r = await compareGroups(periods, 'community', { communityAlgorithm: 'leiden' });
    const total = r.groups.reduce((s, g) => s + g.members.actors, 0);
    expect(total).toBe(periods.nodes.length);
  });
});

describe('publishedProject', () => {
  it('matches names ignoring width, spaces and parenthesised glosses', () => {
    expect(publishedProject('北海道地域産業クラスター計画（IT・バイオ）')?.companies).toBe(880);
    expect(publishedProject('ＴＯＨＯＫＵものづくりコリドー')?.universities).toBe(29);
    expect(publishedProject('地域産業活性化プロジェクト')?.companies).toBe(2140);
    expect(publishedProject('地域産業活性化プロジェクト（首都圏北部）第I期')).toBeNull();
    expect(publishedProject('知的クラスター創成事業 長野・上田地域')).toBeNull();
  });
});
