/**
 * Node measures behind "size by" and "colour by", in a registry so further measures
 * (betweenness, eigenvector, … from the analysis module) plug in without touching the
 * styling code. Cheap measures run here on the shown graph; expensive ones are computed in a
 * worker and handed in as `external` values.
 */
import type { ExplorerGraph } from './base-graph';
import type { Visibility } from './visibility';

export type MeasureValues = Map<string, number>;

export interface MeasureDef {
  id: string;
  /** numeric measures can size nodes; categorical ones can colour them. */
  type: 'numeric' | 'categorical';
  /** Absent for measures computed elsewhere (worker) and passed in as external values. */
  compute?: (graph: ExplorerGraph, visibility: Visibility) => MeasureValues;
}

/**
 * Distinct shown neighbours of each shown node (parallel ties of several kinds count once).
 * Shared by several measures, so it is computed once per visibility.
 */
const neighbourCache = new WeakMap<Visibility, Map<string, Set<string>>>();
function neighbourSets(graph: ExplorerGraph, v: Visibility): Map<string, Set<string>> {
  const cached = neighbourCache.get(v);
  if (cached) return cached;
  const sets = new Map<string, Set<string>>();
  for (const key of v.nodes) sets.set(key, new Set());
  graph.forEachEdge((edge, _attrs, s, t) => {
    if (s === t || !v.edges.has(edge)) return;
    sets.get(s)?.add(t);
    sets.get(t)?.add(s);
  });
  neighbourCache.set(v, sets);
  return sets;
}

const degree: MeasureDef = {
  id: 'degree',
  type: 'numeric',
  compute: (graph, v) => {
    const out: MeasureValues = new Map();
    for (const [key, set] of neighbourSets(graph, v)) out.set(key, set.size);
    return out;
  },
};

const strength: MeasureDef = {
  id: 'strength',
  type: 'numeric',
  compute: (graph, v) => {
    const out: MeasureValues = new Map();
    for (const key of v.nodes) out.set(key, 0);
    graph.forEachEdge((edge, attrs, s, t) => {
      if (!v.edges.has(edge)) return;
      const w = attrs.weight ?? 1;
      out.set(s, out.get(s)! + w);
      if (t !== s) out.set(t, out.get(t)! + w);
    });
    return out;
  },
};

/** Neighbours in another sector (産学官金): a cheap first look at who bridges the sectors. */
const crossSector: MeasureDef = {
  id: 'crossSector',
  type: 'numeric',
  compute: (graph, v) => {
    const out: MeasureValues = new Map();
    const sectors = new Map(graph.mapNodes((key, a) => [key, a.sector] as const));
    for (const [key, set] of neighbourSets(graph, v)) {
      const sector = sectors.get(key);
      let n = 0;
      for (const other of set) if (sectors.get(other) !== sector) n++;
      out.set(key, n);
    }
    return out;
  },
};

const community: MeasureDef = { id: 'community', type: 'categorical' };

const registry = new Map<string, MeasureDef>(
  [degree, strength, crossSector, community].map((m) => [m.id, m]),
);

export function registerMeasure(def: MeasureDef): void {
  registry.set(def.id, def);
}
export const measureDefs = (): MeasureDef[] => [...registry.values()];
export const numericMeasureIds = (): string[] =>
  measureDefs()
    .filter((m) => m.type === 'numeric')
    .map((m) => m.id);

/** All locally computable measures on the shown graph, plus external values as given. */
export function computeMeasures(
  graph: ExplorerGraph,
  visibility: Visibility,
  external: Record<string, MeasureValues> = {},
): Record<string, MeasureValues> {
  const out: Record<string, MeasureValues> = { ...external };
  for (const def of registry.values()) {
    if (def.compute && !out[def.id]) out[def.id] = def.compute(graph, visibility);
  }
  return out;
}
