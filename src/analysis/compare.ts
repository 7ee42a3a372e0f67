/**
 * Comparing two networks — two year windows of one input, or two inputs (snapshots, import
 * runs) — on the graph measures cluster policy is judged by, and actor by actor. Pure: the
 * CLI (`npm run compare`) and the explorer's Compare view use the same functions.
 *
 * Every number comes from the registry's measures (one `AnalysisSession` per network); the
 * few comparisons that are not measures of one network — E-I between the two clusters, ties
 * across prefectures — are worked out here from the same simplified graph.
 */
import type { SerializedGraph } from 'graphology-types';
import type { CompactGraph } from './compact-graph';
import type { SectorMixing, TripleHelix } from './helix';
import { measureById } from './registry';
import { AnalysisSession, type AnalysisOptions } from './run-analysis';
import type { AnalysisResult, JsonValue } from './types';

/** Options of the analysis behind a comparison (the run-wide ones; measures are fixed). */
export type CompareAnalysisOptions = Omit<
  AnalysisOptions,
  'measures' | 'params' | 'groups' | 'onProgress'
>;

/** The measures a comparison reads, in registry ids; ids the registry lacks are skipped. */
const COMPARE_MEASURES = [
  'degree',
  'betweenness',
  'structuralHoles',
  'summary',
  'communities',
  'graphLevel',
  'eiIndex',
  'sectorMixing',
  'tripleHelix',
] as const;

/** Node attribute (on a copy) holding "industrial" / "knowledge" for actors in one cluster only. */
const CLUSTER_SIDE = 'clusterSide';

/** The graph measures of one side. Numbers are null where undefined (or not available). */
export type GraphSide = {
  actors: number;
  ties: number;
  density: number | null;
  components: number | null;
  averagePathLength: number | null;
  degreeCentralization: number | null;
  betweennessCentralization: number | null;
  modularity: number | null;
  communities: number | null;
  /** E-I index of the network grouped by sector (産学官金). */
  eiSector: number | null;
  /** E-I index between the industrial and the knowledge cluster (actors in one of them only). */
  eiClusters: number | null;
  /** Ties whose two ends are in different prefectures (both known). */
  crossPrefectureTies: number;
  /** Their share of the ties whose ends both have a prefecture; null when there are none. */
  crossPrefectureShare: number | null;
  T_GTO: number | null;
  sectorMixing: SectorMixing;
  tripleHelix: TripleHelix;
};

/** The scalar measures of a side, in the order reports show them. */
export const SCALAR_KEYS = [
  'actors',
  'ties',
  'density',
  'components',
  'averagePathLength',
  'degreeCentralization',
  'betweennessCentralization',
  'modularity',
  'communities',
  'eiSector',
  'eiClusters',
  'crossPrefectureTies',
  'crossPrefectureShare',
  'T_GTO',
] as const satisfies readonly (keyof GraphSide)[];
export type ScalarKey = (typeof SCALAR_KEYS)[number];

export const ACTOR_MEASURES = ['degree', 'betweenness', 'constraint'] as const;
export type ActorMeasure = (typeof ACTOR_MEASURES)[number];

export interface MeasuredNetwork {
  graph: GraphSide;
  /** Per actor id: name and the compared measures (null where undefined). */
  actors: Map<string, { name: string | null } & Record<ActorMeasure, number | null>>;
  /** Tie ids (the network's edge keys). */
  ties: Set<string>;
  /** Registry measures a comparison asks for that this build does not have. */
  unavailable: string[];
}

const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** A copy with each actor's side of the industrial ↔ knowledge divide as an attribute. */
function withClusterSide<T extends SerializedGraph>(network: T): T {
  return {
    ...network,
    nodes: network.nodes.map((node) => {
      const cluster: unknown = node.attributes?.cluster;
      const side = cluster === 'industrial' || cluster === 'knowledge' ? cluster : null;
      return { ...node, attributes: { ...node.attributes, [CLUSTER_SIDE]: side } };
    }),
  };
}

/** Ties (simplified edges) whose ends have different values of an attribute, and of how many. */
export function crossAttributeTies(
  g: CompactGraph,
  attributesOf: (index: number) => Record<string, unknown>,
  attribute: string,
): { across: number; known: number } {
  const value = Array.from({ length: g.n }, (_, v) => {
    const x = attributesOf(v)[attribute];
    return typeof x === 'string' && x !== '' ? x : null;
  });
  let across = 0;
  let known = 0;
  for (let e = 0; e < g.m; e++) {
    const a = value[g.edgeSource[e]!];
    const b = value[g.edgeTarget[e]!];
    if (a === null || b === null) continue;
    known++;
    if (a !== b) across++;
  }
  return { across, known };
}

/** Every compared measure of one network. */
export async function measureNetwork(
  network: SerializedGraph,
  options: CompareAnalysisOptions = {},
): Promise<MeasuredNetwork> {
  const input = withClusterSide(network);
  const session = new AnalysisSession(input);
  const has = (attribute: string) =>
    input.nodes.some((n) => {
      const x: unknown = n.attributes?.[attribute];
      return typeof x === 'string' && x !== '';
    });
  const available = COMPARE_MEASURES.filter((id) => measureById(id) !== undefined);
  const unavailable = COMPARE_MEASURES.filter((id) => measureById(id) === undefined);
  const withSectors = has('sector');
  const result = await session.compute({
    ...options,
    measures: available.filter((id) => id !== 'eiIndex' || withSectors),
    groups: withSectors ? 'sector' : null,
  });
  let eiClusters: number | null = null;
  if (has(CLUSTER_SIDE) && available.includes('eiIndex')) {
    const r = await session.compute({
      ...options,
      measures: ['eiIndex'],
      params: { eiIndex: { groups: CLUSTER_SIDE } },
    });
    eiClusters = num(r.graph.eiIndex);
  }
  const { g, graph: simple } = session.prepared(result.graph.settings.weight);
  const attributesOf = (v: number) => simple.getNodeAttributes(g.keys[v]!);
  const prefectures = crossAttributeTies(g, attributesOf, 'prefecture');
  const helix = result.graph.tripleHelix!;
  const graph: GraphSide = {
    actors: result.graph.nodes,
    ties: result.graph.edges,
    density: num(result.graph.density),
    components: num(result.graph.components),
    averagePathLength: num(result.graph['averagePathLength']),
    degreeCentralization: num(result.graph['degreeCentralization']),
    betweennessCentralization: num(result.graph['betweennessCentralization']),
    modularity: num(result.graph.modularity),
    communities: num(result.graph.communities),
    eiSector: withSectors ? num(result.graph.eiIndex) : null,
    eiClusters,
    crossPrefectureTies: prefectures.across,
    crossPrefectureShare: prefectures.known > 0 ? prefectures.across / prefectures.known : null,
    T_GTO: helix.T_GTO,
    sectorMixing: result.graph.sectorMixing!,
    tripleHelix: helix,
  };
  return {
    graph,
    actors: actorValues(result, network),
    ties: new Set(network.edges.map((e) => String(e.key))),
    unavailable,
  };
}

function actorValues(result: AnalysisResult, network: SerializedGraph): MeasuredNetwork['actors'] {
  const names = new Map(network.nodes.map((n) => [String(n.key), n.attributes?.name]));
  const out: MeasuredNetwork['actors'] = new Map();
  for (const [id, m] of Object.entries(result.nodes)) {
    const name = names.get(id);
    out.set(id, {
      name: typeof name === 'string' ? name : null,
      degree: num(m.degree),
      betweenness: num(m.betweenness),
      constraint: num(m.constraint),
    });
  }
  return out;
}

export type Trend = 'rose' | 'fell' | 'same';

export type MeasureChange = {
  a: number | null;
  b: number | null;
  delta: number | null;
  /** null when either side has no value. */
  trend: Trend | null;
};

export type ActorChange = {
  /** In b only (appeared), in a only (left), or in both. */
  status: 'appeared' | 'left' | 'both';
  name: string | null;
} & Record<ActorMeasure, MeasureChange>;

export type GraphDelta = { [K in ScalarKey]: number | null } & {
  /** b − a of the sector mixing tie counts, over the sectors of either side. */
  sectorMixing: { sectors: string[]; ties: number[][] };
};

/** The comparison document (`npm run compare`'s JSON). */
export type Comparison = {
  a: GraphSide;
  b: GraphSide;
  delta: GraphDelta;
  actors: Record<string, ActorChange>;
  ties: { added: string[]; removed: string[] };
  /** What the two sides are (labels), and how they were computed. */
  settings: { a: string; b: string; unavailable: string[]; [key: string]: JsonValue };
};

/** Differences that are rounding noise (betweenness sums in another order) count as none. */
const SAME = 1e-12;

function change(a: number | null, b: number | null): MeasureChange {
  if (a === null || b === null) return { a, b, delta: null, trend: null };
  const delta = b - a;
  return { a, b, delta, trend: Math.abs(delta) <= SAME ? 'same' : delta > 0 ? 'rose' : 'fell' };
}

function mixingDelta(a: SectorMixing, b: SectorMixing): GraphDelta['sectorMixing'] {
  const sectors = [...a.sectors, ...b.sectors.filter((s) => !a.sectors.includes(s))];
  const count = (m: SectorMixing, s: string, t: string) => {
    const i = m.sectors.indexOf(s);
    const j = m.sectors.indexOf(t);
    return i < 0 || j < 0 ? 0 : m.ties[i]![j]!;
  };
  return {
    sectors,
    ties: sectors.map((s) => sectors.map((t) => count(b, s, t) - count(a, s, t))),
  };
}

/** Side by side and as a difference (b − a). */
export function compareMeasured(
  a: MeasuredNetwork,
  b: MeasuredNetwork,
  labels: { a: string; b: string },
): Comparison {
  const delta = { sectorMixing: mixingDelta(a.graph.sectorMixing, b.graph.sectorMixing) } as {
    sectorMixing: GraphDelta['sectorMixing'];
  } & Partial<Record<ScalarKey, number | null>>;
  for (const key of SCALAR_KEYS) delta[key] = change(a.graph[key], b.graph[key]).delta;

  const actors: Record<string, ActorChange> = {};
  const ids = [...new Set([...a.actors.keys(), ...b.actors.keys()])].sort();
  for (const id of ids) {
    const x = a.actors.get(id);
    const y = b.actors.get(id);
    actors[id] = {
      status: !x ? 'appeared' : !y ? 'left' : 'both',
      name: (y ?? x)!.name,
      degree: change(x?.degree ?? null, y?.degree ?? null),
      betweenness: change(x?.betweenness ?? null, y?.betweenness ?? null),
      constraint: change(x?.constraint ?? null, y?.constraint ?? null),
    };
  }
  return {
    a: a.graph,
    b: b.graph,
    delta: delta as GraphDelta,
    actors,
    ties: {
      added: [...b.ties].filter((t) => !a.ties.has(t)).sort(),
      removed: [...a.ties].filter((t) => !b.ties.has(t)).sort(),
    },
    settings: {
      a: labels.a,
      b: labels.b,
      unavailable: [...new Set([...a.unavailable, ...b.unavailable])],
    },
  };
}

/** Measure both networks and compare them. */
export async function compareNetworks(
  a: SerializedGraph,
  b: SerializedGraph,
  labels: { a: string; b: string },
  options: CompareAnalysisOptions = {},
): Promise<Comparison> {
  return compareMeasured(
    await measureNetwork(a, options),
    await measureNetwork(b, options),
    labels,
  );
}
