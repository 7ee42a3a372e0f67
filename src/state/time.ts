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
import { activeIn, yearBounds, type Interval } from './activity';
import type { ExplorerGraph } from './base-graph';
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

/** The graph as index arrays, so a year's counts are one pass over numbers (per graph). */
interface TimelineIndex {
  keys: string[];
  source: Uint32Array;
  target: Uint32Array;
  cross: Uint8Array;
}

const indexCache = new WeakMap<ExplorerGraph, TimelineIndex>();

function indexOf(graph: ExplorerGraph): TimelineIndex {
  const cached = indexCache.get(graph);
  if (cached) return cached;
  const keys = graph.nodes();
  const position = new Map(keys.map((k, i) => [k, i]));
  const source = new Uint32Array(graph.size);
  const target = new Uint32Array(graph.size);
  const cross = new Uint8Array(graph.size);
  let i = 0;
  graph.forEachEdge((_key, _attrs, s, t, sa, ta) => {
    source[i] = position.get(s)!;
    target[i] = position.get(t)!;
    cross[i] = crossCluster(sa.cluster, ta.cluster) ? 1 : 0;
    i++;
  });
  const index = { keys, source, target, cross };
  indexCache.set(graph, index);
  return index;
}

/**
 * Actors, ties and cross-cluster ties shown at each year, under the other filters: what
 * `computeVisibility` shows with each year's window (the same rule functions), counted in one
 * pass per year over index arrays; the ten windows of a national network take milliseconds,
 * not the second that ten visibility sets took on the page's thread.
 */
export function timeline(graph: ExplorerGraph, filters: Filters, time: TimeControl): Timeline {
  const bounds = yearBounds(graph);
  if (!bounds) return { years: [], actors: [], ties: [], crossCluster: [] };
  const key = JSON.stringify([{ ...filters, years: null }, time]);
  let cache = timelineCache.get(graph);
  if (!cache) timelineCache.set(graph, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const { keys, source, target, cross } = indexOf(graph);
  const undated = { ...filters, years: null };
  const passes = Uint8Array.from(keys, (k) =>
    nodePasses(graph.getNodeAttributes(k), undated) ? 1 : 0,
  );
  const edgeAttrs = graph.mapEdges((_key, attrs) => attrs);
  const shown = new Uint8Array(keys.length);
  const tied = new Uint8Array(keys.length);
  const result: Timeline = { years: [], actors: [], ties: [], crossCluster: [] };
  for (let year = bounds[0]; year <= bounds[1]; year++) {
    const window = windowAt(year, time, bounds);
    const windowed = { ...filters, years: window };
    let actors = 0;
    for (let n = 0; n < keys.length; n++) {
      shown[n] = passes[n] && activeIn(graph, keys[n]!, window) ? 1 : 0;
      actors += shown[n]!;
    }
    tied.fill(0);
    let ties = 0;
    let crossing = 0;
    for (let e = 0; e < edgeAttrs.length; e++) {
      const s = source[e]!;
      const t = target[e]!;
      if (!shown[s] || !shown[t] || !edgePasses(edgeAttrs[e]!, windowed)) continue;
      ties++;
      crossing += cross[e]!;
      tied[s] = 1;
      tied[t] = 1;
    }
    if (filters.hideIsolated) {
      actors = 0;
      for (let n = 0; n < keys.length; n++) actors += shown[n]! & tied[n]!;
    }
    result.years.push(year);
    result.actors.push(actors);
    result.ties.push(ties);
    result.crossCluster.push(crossing);
  }
  if (cache.size > 20) cache.clear();
  cache.set(key, result);
  return result;
}
