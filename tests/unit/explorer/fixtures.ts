/** Small hand-made networks for the explorer's unit tests. */
import { runAnalysis } from '../../../src/analysis/run-analysis';
import { nodeValues } from '../../../src/state/measure-values';
import {
  ACTOR_KINDS,
  BUREAUS,
  SECTOR_OF_KIND,
  TIE_KINDS,
  type ActorKind,
  type TieKind,
} from '../../../src/model/domain';
import type { ActorAttributes, SerializedNetwork } from '../../../src/model/graph-format';

export function actor(
  key: string,
  kind: ActorKind,
  extra: Partial<ActorAttributes> = {},
): SerializedNetwork['nodes'][number] {
  return {
    key,
    attributes: {
      kind,
      sector: SECTOR_OF_KIND[kind],
      name: extra.name ?? key,
      nameEn: null,
      prefecture: null,
      bureau: 'kanto',
      fields: [],
      subtype: null,
      sizeClass: null,
      sme: null,
      spinOff: null,
      corporateNumber: null,
      programmes: [],
      cluster: 'none',
      participations: [],
      synthetic: true,
      ...extra,
    },
  };
}

export function tie(
  key: string,
  source: string,
  target: string,
  kind: TieKind,
  extra: { strength?: number; startYear?: number | null; endYear?: number | null } = {},
): SerializedNetwork['edges'][number] {
  const strength = extra.strength ?? 1;
  return {
    key,
    source,
    target,
    undirected: true,
    attributes: {
      kind,
      strength,
      weight: strength,
      startYear: extra.startYear ?? 2005,
      endYear: extra.endYear ?? 2006,
      synthetic: true,
    },
  };
}

export function network(
  nodes: SerializedNetwork['nodes'],
  edges: SerializedNetwork['edges'],
): SerializedNetwork {
  return {
    attributes: { view: 'all', generatedAt: '2026-01-01T00:00:00.000Z', projects: [] },
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    nodes,
    edges,
  };
}

/**
 * U1 (university) – C1 (SME) – C2 – B1 (bank); U1 – T1 (TLO) joint research; C3 isolated.
 * Years: U1–C1 2003–2004, C1–C2 2008, C2–B1 2009–2010, U1–T1 2005.
 */
export function smallNetwork(): SerializedNetwork {
  return network(
    [
      actor('U1', 'university', { name: '群馬大学', nameEn: 'Gunma University' }),
      actor('T1', 'tlo', { name: 'TLOぐんま', bureau: 'kanto' }),
      actor('C1', 'company', { name: 'カブラ精機株式会社', sme: true }),
      actor('C2', 'company', { name: 'ｱｶｷﾞ電子', bureau: 'tohoku' }),
      actor('C3', 'company', { name: '孤立工業' }),
      actor('B1', 'financial_institution', { name: '群馬銀行' }),
    ],
    [
      tie('t1', 'U1', 'C1', 'joint_research', { startYear: 2003, endYear: 2004, strength: 3 }),
      tie('t2', 'C1', 'C2', 'supply', { startYear: 2008, endYear: 2008 }),
      tie('t3', 'C2', 'B1', 'finance', { startYear: 2009, endYear: 2010, strength: 5 }),
      tie('t4', 'U1', 'T1', 'joint_research', { startYear: 2005, endYear: 2005 }),
    ],
  );
}

/** A national-scale synthetic network: 12,500 actors, 100,000 ties, deterministic. */
export function nationalNetwork(nodes = 12_500, edges = 100_000): SerializedNetwork {
  let seed = 42;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const actors = Array.from({ length: nodes }, (_, i) =>
    actor(`A${i}`, i < 10_700 ? 'company' : ACTOR_KINDS[1 + (i % 7)]!, {
      name: `企業${i}`,
      nameEn: `Firm ${i}`,
      bureau: BUREAUS[i % BUREAUS.length]!,
      participations: [{ project: `P${i % 40}`, role: 'member', startYear: null, endYear: null }],
    }),
  );
  const ties = Array.from({ length: edges }, (_, i) => {
    // Mostly within a bureau block, like real cluster ties.
    const s = Math.floor(random() * nodes);
    const t =
      random() < 0.8
        ? (s + 9 * (1 + Math.floor(random() * 50))) % nodes
        : Math.floor(random() * nodes);
    return tie(`E${i}`, `A${s}`, `A${t}`, TIE_KINDS[i % TIE_KINDS.length]!, {
      startYear: 2001 + (i % 10),
      endYear: 2002 + (i % 10),
      strength: 1 + (i % 5),
    });
  });
  return network(actors, ties);
}

/** Node values of registry measures on a graph, as the explorer's derive chain reads them. */
export async function registryValues(
  graph: Parameters<typeof runAnalysis>[0],
  measures: readonly string[] = ['degree', 'crossSector'],
) {
  const results = Object.fromEntries(
    await Promise.all(measures.map(async (m) => [m, await runAnalysis(graph, { measures: [m] })])),
  );
  return nodeValues(results);
}
