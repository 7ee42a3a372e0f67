/**
 * Filters as a pure function of the view's graph: which actors and ties are shown. Computed
 * once per filter change; sigma then only looks the answer up.
 */
import { activeIn } from './activity';
import type { ExplorerGraph, EdgeAttrs, NodeAttrs } from './base-graph';
import { EdgeMask } from './edge-set';
import { graphIndex } from './graph-index';
import type { Filters } from './view-state';

export interface Visibility {
  nodes: Set<string>;
  /** From computeVisibility an EdgeMask (edge-set.ts); a focus or comparison makes plain sets. */
  edges: ReadonlySet<string>;
  /** Actors that pass the actor filters but have no shown tie (counted even when hidden). */
  isolated: number;
}

export function nodePasses(a: NodeAttrs, f: Filters): boolean {
  if (f.kinds.length && !f.kinds.includes(a.kind)) return false;
  if (f.bureaus.length && !f.bureaus.includes(a.bureau ?? '')) return false;
  if (f.prefectures.length && !f.prefectures.includes(a.prefecture ?? '')) return false;
  if (f.sizeClasses.length && a.kind === 'company' && !f.sizeClasses.includes(a.sizeClass as never))
    return false;
  if (f.programmes.length && !a.programmes.some((p) => f.programmes.includes(p))) return false;
  if (f.projects.length && !a.participations.some((p) => f.projects.includes(p.project)))
    return false;
  return true;
}

/** A tie is kept when its span [start, end] overlaps the year range; undated ties always are. */
export function edgePasses(e: EdgeAttrs, f: Filters): boolean {
  if (f.tieKinds.length && !f.tieKinds.includes(e.kind)) return false;
  if (f.years) {
    const start = e.startYear ?? e.endYear;
    const end = e.endYear ?? e.startYear;
    if (start !== null && end !== null && (end < f.years[0] || start > f.years[1])) return false;
  }
  return true;
}

export function computeVisibility(graph: ExplorerGraph, filters: Filters): Visibility {
  const index = graphIndex(graph);
  const { keys, nodeAttrs, source, target, edgeAttrs } = index;
  const passes = new Uint8Array(keys.length);
  const years = filters.years;
  for (let n = 0; n < keys.length; n++) {
    // With a year window, an actor appears from its first tie or participation (time.ts).
    if (nodePasses(nodeAttrs[n]!, filters) && (!years || activeIn(graph, keys[n]!, years)))
      passes[n] = 1;
  }
  const shown = new Uint8Array(edgeAttrs.length);
  const tied = new Uint8Array(keys.length);
  let count = 0;
  for (let e = 0; e < edgeAttrs.length; e++) {
    const s = source[e]!;
    const t = target[e]!;
    if (passes[s] && passes[t] && edgePasses(edgeAttrs[e]!, filters)) {
      shown[e] = 1;
      count++;
      tied[s] = 1;
      tied[t] = 1;
    }
  }
  const edges = new EdgeMask(index, shown, count);
  const nodes = new Set<string>();
  let isolated = 0;
  for (let n = 0; n < keys.length; n++) {
    if (!passes[n]) continue;
    if (!tied[n]) {
      isolated++;
      if (filters.hideIsolated) continue;
    }
    nodes.add(keys[n]!);
  }
  return { nodes, edges, isolated };
}
