/** A network with years, small enough to work out comparisons by hand (compare tests). */
import type { SerializedGraph } from 'graphology-types';

type Attrs = Record<string, unknown>;
const actor = (key: string, attributes: Attrs) => ({ key, attributes });
const tie = (
  key: string,
  source: string,
  target: string,
  kind: string,
  years: [number, number],
) => ({
  key,
  source,
  target,
  undirected: true,
  attributes: { kind, strength: 1, weight: 1, startYear: years[0], endYear: years[1] },
});

/**
 * u (university, 群馬県, knowledge cluster), c1 (company, 群馬県), c2 (company, 長野県),
 * early (company, 群馬県, no field), late (company, 長野県): industrial cluster; b (bank,
 * 群馬県, no cluster). Ties: t1 u–c1 2001–2008, t2 c1–c2 2002–2003, t3 b–c1 2007,
 * t4 early–u 2001–2002, t5 late–c2 2009, t6 c2–u 2006–2010.
 */
export const periods: SerializedGraph = {
  attributes: { projects: [] },
  options: { type: 'mixed', multi: true, allowSelfLoops: true },
  nodes: [
    actor('u', {
      kind: 'university',
      sector: 'academia',
      name: '大学U',
      prefecture: '群馬県',
      cluster: 'knowledge',
      fields: ['sensors'],
    }),
    actor('c1', {
      kind: 'company',
      sector: 'industry',
      name: '株式会社C1',
      prefecture: '群馬県',
      cluster: 'industrial',
      fields: ['sensors'],
      sizeClass: 'small',
    }),
    actor('c2', {
      kind: 'company',
      sector: 'industry',
      name: '株式会社C2',
      prefecture: '長野県',
      cluster: 'industrial',
      fields: ['medical'],
      sizeClass: 'large',
    }),
    actor('early', {
      kind: 'company',
      sector: 'industry',
      name: '早期',
      prefecture: '群馬県',
      cluster: 'industrial',
      fields: [],
      sizeClass: 'small',
    }),
    actor('late', {
      kind: 'company',
      sector: 'industry',
      name: '後期',
      prefecture: '長野県',
      cluster: 'industrial',
      fields: ['sensors'],
      sizeClass: 'small',
    }),
    actor('b', {
      kind: 'financial_institution',
      sector: 'finance',
      name: '銀行B',
      prefecture: '群馬県',
      cluster: 'none',
      fields: [],
    }),
  ],
  edges: [
    tie('t1', 'u', 'c1', 'joint_research', [2001, 2008]),
    tie('t2', 'c1', 'c2', 'supply', [2002, 2003]),
    tie('t3', 'b', 'c1', 'finance', [2007, 2007]),
    tie('t4', 'early', 'u', 'joint_research', [2001, 2002]),
    tie('t5', 'late', 'c2', 'supply', [2009, 2009]),
    tie('t6', 'c2', 'u', 'joint_research', [2006, 2010]),
  ],
};
