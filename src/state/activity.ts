/**
 * When each actor is active: the years of its ties and of the projects it takes part in (a
 * participation's own years when it has them). The year window's rule for actors lives here
 * (see time.ts); computed once per graph.
 */
import { SHARED_PROJECT } from '../model/domain';
import type { ExplorerGraph } from './base-graph';

export type Interval = [number, number];

interface Dated {
  startYear?: number | null;
  endYear?: number | null;
}

/** [start, end] of something dated, or null when it has no years (then it is always in). */
function interval(item: Dated | undefined): Interval | null {
  const start = item?.startYear ?? item?.endYear ?? null;
  const end = item?.endYear ?? start;
  return start === null || end === null ? null : [start, end];
}

const ALWAYS: Interval = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];

interface Activity {
  /** Per actor: the intervals of its ties and participations (none: no dated activity). */
  byActor: Map<string, Interval[]>;
  /** First and last year of any tie or project, or null when nothing is dated. */
  bounds: Interval | null;
}

const activityCache = new WeakMap<ExplorerGraph, Activity>();

/**
 * The same years as fewer intervals: sorted, overlapping ones merged. An actor gets one span
 * per tie (400 for a hub), and the window test runs per actor per year of the time bar.
 */
function union(spans: Interval[]): Interval[] {
  if (spans.length < 2) return spans;
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [[sorted[0]![0], sorted[0]![1]]];
  for (const [start, end] of sorted.slice(1)) {
    const last = out[out.length - 1]!;
    if (start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

function activityOf(graph: ExplorerGraph): Activity {
  const cached = activityCache.get(graph);
  if (cached) return cached;
  const projects = new Map((graph.getAttribute('projects') ?? []).map((p) => [p.id, p]));
  const byActor = new Map<string, Interval[]>();
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const add = (key: string, span: Interval) => {
    const list = byActor.get(key);
    if (list) list.push(span);
    else byActor.set(key, [span]);
    if (Number.isFinite(span[0])) min = Math.min(min, span[0]);
    if (Number.isFinite(span[1])) max = Math.max(max, span[1]);
  };
  graph.forEachEdge((_key, e, source, target) => {
    // Projected ties come from participations, which are counted below.
    if (e.kind === SHARED_PROJECT) return;
    const span = interval(e) ?? ALWAYS;
    add(source, span);
    add(target, span);
  });
  graph.forEachNode((key, a) => {
    for (const p of a.participations) {
      const own = interval(p as Dated);
      add(key, own ?? interval(projects.get(p.project)) ?? ALWAYS);
    }
  });
  for (const [key, spans] of byActor) byActor.set(key, union(spans));
  const activity = { byActor, bounds: Number.isFinite(min) ? ([min, max] as Interval) : null };
  activityCache.set(graph, activity);
  return activity;
}

/** First and last year of the network's ties and projects. */
export const yearBounds = (graph: ExplorerGraph): Interval | null => activityOf(graph).bounds;

/** Is the actor active in the window (or has no dated activity at all)? */
export function activeIn(graph: ExplorerGraph, key: string, [from, to]: Interval): boolean {
  const spans = activityOf(graph).byActor.get(key);
  if (!spans) return true;
  return spans.some(([start, end]) => start <= to && end >= from);
}

/**
 * The first year `y` for which the actor is active in [from, y]: −∞ with no dated activity (or
 * activity before `from` that lasts into it), +∞ when nothing of it reaches `from`.
 */
export function firstActiveFrom(graph: ExplorerGraph, key: string, from: number): number {
  const spans = activityOf(graph).byActor.get(key);
  if (!spans) return Number.NEGATIVE_INFINITY;
  let first = Number.POSITIVE_INFINITY;
  for (const [start, end] of spans) if (end >= from && start < first) first = start;
  return first;
}
