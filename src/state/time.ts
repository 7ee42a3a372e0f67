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
import { yearBounds, type Interval } from './activity';
import type { ExplorerGraph } from './base-graph';
import { computeVisibility } from './visibility';
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

/** Actors, ties and cross-cluster ties shown at each year, under the other filters. */
export function timeline(graph: ExplorerGraph, filters: Filters, time: TimeControl): Timeline {
  const bounds = yearBounds(graph);
  if (!bounds) return { years: [], actors: [], ties: [], crossCluster: [] };
  const key = JSON.stringify([{ ...filters, years: null }, time]);
  let cache = timelineCache.get(graph);
  if (!cache) timelineCache.set(graph, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const result: Timeline = { years: [], actors: [], ties: [], crossCluster: [] };
  for (let year = bounds[0]; year <= bounds[1]; year++) {
    const v = computeVisibility(graph, { ...filters, years: windowAt(year, time, bounds) });
    let cross = 0;
    for (const edge of v.edges) {
      const [s, t] = graph.extremities(edge);
      if (crossCluster(graph.getNodeAttribute(s, 'cluster'), graph.getNodeAttribute(t, 'cluster')))
        cross++;
    }
    result.years.push(year);
    result.actors.push(v.nodes.size);
    result.ties.push(v.edges.size);
    result.crossCluster.push(cross);
  }
  if (cache.size > 20) cache.clear();
  cache.set(key, result);
  return result;
}
