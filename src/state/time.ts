/**
 * The network over time. A year window [from, to] (the view's `filters.years`) shows the ties
 * that live in it (start year ≤ to and end year ≥ from; a tie without years always) and the
 * actors active in it: with such a tie, or taking part in a project whose years (the
 * participation's own, when it has them) overlap the window. An actor with no dated activity
 * at all is always shown. These are the rules of the year window everywhere in the explorer.
 *
 * The time control moves the window: cumulative (everything from the first year up to the
 * chosen one, so growth reads as growth) or a moving window of a few years. Positions never
 * change with the year: they come from the whole network.
 */
import { activeIn, firstActiveFrom, yearBounds, type Interval } from './activity';
import type { ExplorerGraph } from './base-graph';
import { graphIndex } from './graph-index';
import { edgePasses, nodePasses } from './visibility';
import type { Filters, TimeControl } from './view-state';

/** The window the time control shows at `year`. */
export function windowAt(year: number, time: TimeControl, bounds: Interval): Interval {
  if (time.mode === 'cumulative') return [Math.min(bounds[0], year), year];
  return [year - time.width + 1, year];
}

/** The year the control shows for the current window: its end (or the last year). */
export const currentYear = (filters: Filters, bounds: Interval) =>
  filters.years ? Math.min(bounds[1], Math.max(bounds[0], filters.years[1])) : bounds[1];

/** A tie between the industrial and the knowledge cluster (an actor in both counts as either). */
export function crossCluster(a: string, b: string): boolean {
  const industrial = (c: string) => c === 'industrial' || c === 'both';
  const knowledge = (c: string) => c === 'knowledge' || c === 'both';
  return (industrial(a) && knowledge(b)) || (knowledge(a) && industrial(b));
}

export interface Timeline {
  years: number[];
  actors: number[];
  ties: number[];
  /** Ties between the industrial and the knowledge cluster. */
  crossCluster: number[];
}

const timelineCache = new WeakMap<ExplorerGraph, Map<string, Timeline>>();

/** Ties between the industrial and the knowledge cluster, by the graph's edge order. */
const crossCache = new WeakMap<ExplorerGraph, Uint8Array>();
function crossOf(graph: ExplorerGraph): Uint8Array {
  let cross = crossCache.get(graph);
  if (cross && cross.length === graph.size) return cross;
  cross = new Uint8Array(graph.size);
  let i = 0;
  graph.forEachEdge((_key, _attrs, _s, _t, sa, ta) => {
    cross![i++] = crossCluster(sa.cluster, ta.cluster) ? 1 : 0;
  });
  crossCache.set(graph, cross);
  return cross;
}

/** Each actor's first active year from `from` on (firstActiveFrom), kept per graph. */
const firstCache = new WeakMap<ExplorerGraph, { from: number; first: Float64Array }>();
function firstYears(graph: ExplorerGraph, from: number): Float64Array {
  const known = firstCache.get(graph);
  if (known && known.from === from) return known.first;
  const { keys } = graphIndex(graph);
  const first = new Float64Array(keys.length);
  for (let n = 0; n < keys.length; n++) first[n] = firstActiveFrom(graph, keys[n]!, from);
  firstCache.set(graph, { from, first });
  return first;
}

/**
 * The cumulative time bar in one pass: every window starts at the first year, so an actor or a
 * tie, once shown, stays shown; each is counted from the year it appears (a tie: the last of
 * its own start and its two actors' first years) and the counts are summed over the years.
 */
function cumulative(
  { graph, passes, tieKinds, cross, hideIsolated }: Counting,
  [from, last]: Interval,
): Timeline {
  const { keys, source, target, start, end } = graphIndex(graph);
  const years = last - from + 1;
  // The year's slot, or −1 for never (+∞).
  const slot = (year: number) => (year > last ? -1 : Math.max(0, year - from));
  const actors = new Float64Array(years);
  const ties = new Float64Array(years);
  const crossing = new Float64Array(years);
  const everyFirst = firstYears(graph, from);
  const first = new Float64Array(keys.length);
  for (let n = 0; n < keys.length; n++)
    first[n] = passes[n] ? everyFirst[n]! : Number.POSITIVE_INFINITY;
  const tiedFrom = new Float64Array(keys.length).fill(Number.POSITIVE_INFINITY);
  for (let e = 0; e < source.length; e++) {
    // A dated tie that ends before the first year is in no window.
    if (!tieKinds[e] || end[e]! < from) continue;
    const s = source[e]!;
    const t = target[e]!;
    const own = Number.isNaN(start[e]!) ? Number.NEGATIVE_INFINITY : start[e]!;
    const appears = Math.max(first[s]!, first[t]!, own);
    const k = slot(appears);
    if (k < 0) continue;
    ties[k] = ties[k]! + 1;
    crossing[k] = crossing[k]! + cross[e]!;
    if (appears < tiedFrom[s]!) tiedFrom[s] = appears;
    if (appears < tiedFrom[t]!) tiedFrom[t] = appears;
  }
  for (let n = 0; n < keys.length; n++) {
    const k = slot(hideIsolated ? tiedFrom[n]! : first[n]!);
    if (k >= 0) actors[k] = actors[k]! + 1;
  }
  const result: Timeline = { years: [], actors: [], ties: [], crossCluster: [] };
  let a = 0;
  let t = 0;
  let c = 0;
  for (let k = 0; k < years; k++) {
    result.years.push(from + k);
    result.actors.push((a += actors[k]!));
    result.ties.push((t += ties[k]!));
    result.crossCluster.push((c += crossing[k]!));
  }
  return result;
}

/**
 * Actors, ties and cross-cluster ties shown at each year, under the other filters: what
 * `computeVisibility` shows with each year's window (the same rule functions), counted over
 * index arrays (in one pass when cumulative, one per year for a moving window), not with the
 * visibility sets that took the page's thread about a second at national scale.
 */
export function timeline(graph: ExplorerGraph, filters: Filters, time: TimeControl): Timeline {
  const bounds = yearBounds(graph);
  if (!bounds) return { years: [], actors: [], ties: [], crossCluster: [] };
  const key = JSON.stringify([{ ...filters, years: null }, time]);
  let cache = timelineCache.get(graph);
  if (!cache) timelineCache.set(graph, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const { keys, nodeAttrs, edgeAttrs } = graphIndex(graph);
  const undated = { ...filters, years: null };
  // Plain loops: Uint8Array.from with a map function is several times slower at 100k.
  const passes = new Uint8Array(keys.length);
  for (let n = 0; n < keys.length; n++) passes[n] = nodePasses(nodeAttrs[n]!, undated) ? 1 : 0;
  // The tie filters other than the years, once: each year then only compares numbers.
  const tieKinds = new Uint8Array(edgeAttrs.length);
  for (let e = 0; e < edgeAttrs.length; e++)
    tieKinds[e] = edgePasses(edgeAttrs[e]!, undated) ? 1 : 0;
  const counts = {
    graph,
    passes,
    tieKinds,
    cross: crossOf(graph),
    hideIsolated: filters.hideIsolated,
  };
  const result =
    time.mode === 'cumulative' ? cumulative(counts, bounds) : windowed(counts, bounds, time);
  if (cache.size > 20) cache.clear();
  cache.set(key, result);
  return result;
}

/** What both ways of counting read: the graph, and its actors and ties under the filters. */
interface Counting {
  graph: ExplorerGraph;
  /** Actors passing the filters other than the years (by the graph index's order). */
  passes: Uint8Array;
  /** Ties passing the filters other than the years. */
  tieKinds: Uint8Array;
  cross: Uint8Array;
  hideIsolated: boolean;
}

/** Any window: each year counted in one pass over the index arrays. */
function windowed(
  { graph, passes, tieKinds, cross, hideIsolated }: Counting,
  bounds: Interval,
  time: TimeControl,
): Timeline {
  const { keys, source, target, start, end } = graphIndex(graph);
  const shown = new Uint8Array(keys.length);
  const tied = new Uint8Array(keys.length);
  const result: Timeline = { years: [], actors: [], ties: [], crossCluster: [] };
  for (let year = bounds[0]; year <= bounds[1]; year++) {
    const window = windowAt(year, time, bounds);
    let actors = 0;
    for (let n = 0; n < keys.length; n++) {
      shown[n] = passes[n] && activeIn(graph, keys[n]!, window) ? 1 : 0;
      actors += shown[n]!;
    }
    tied.fill(0);
    let ties = 0;
    let crossing = 0;
    for (let e = 0; e < source.length; e++) {
      const s = source[e]!;
      const t = target[e]!;
      if (!tieKinds[e] || !shown[s] || !shown[t]) continue;
      // As edgePasses: a dated tie lives in the window when its span overlaps it.
      if (end[e]! < window[0] || start[e]! > window[1]) continue;
      ties++;
      crossing += cross[e]!;
      tied[s] = 1;
      tied[t] = 1;
    }
    if (hideIsolated) {
      actors = 0;
      for (let n = 0; n < keys.length; n++) actors += shown[n]! & tied[n]!;
    }
    result.years.push(year);
    result.actors.push(actors);
    result.ties.push(ties);
    result.crossCluster.push(crossing);
  }
  return result;
}
