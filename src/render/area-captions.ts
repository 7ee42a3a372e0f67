/**
 * Names over the regions of a map laid out by project. A network that the explorer would
 * group by project (state/groups.ts) is laid out as one disc per project (group-layout.ts);
 * drawn with every actor, those discs are the national picture's regions, and their names
 * are drawn at their centres so the map reads without opening the grouped view.
 */
import type { ExplorerGraph } from '../state/base-graph';
import { effectiveGrouping, graphSize, groupMembership, NO_GROUP } from '../state/groups';
import { memoLast } from '../state/memo';
import type { Visibility } from '../state/visibility';
import { intersects, type Box, type PlacedLabel } from './label-placement';

export interface Area {
  text: string;
  /** The shown actors of the region (their centre places the name). */
  members: string[];
}

/** Region names are this much larger than actor labels, and bold. */
const AREA_SCALE = 1.6;
export const areaFontSize = (labelSize: number) => Math.round(labelSize * AREA_SCALE);
/** Space on each side of a region name inside its box. */
export const AREA_INSET = 2;
/** With region names drawn, actors get this share of their label budget: the regions lead. */
export const BUDGET_WITH_AREAS = 1 / 3;

/** Regions smaller than this share of the shown actors are not named (their discs are tiny). */
const MIN_SHARE = 0.01;

/** The named regions of the shown actors, largest first; none for a map not laid out by project. */
export const projectAreas = memoLast(
  (graph: ExplorerGraph, shown: Visibility, nameOf: (project: string) => string): Area[] => {
    const grouping = effectiveGrouping(null, graphSize(graph));
    if (grouping?.by !== 'project') return [];
    const m = groupMembership(graph, shown, grouping, undefined);
    if (!m) return [];
    const least = Math.max(1, shown.nodes.size * MIN_SHARE);
    return [...m.members]
      .filter(([project, members]) => project !== NO_GROUP && members.length >= least)
      .sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1))
      .map(([project, members]) => ({ text: nameOf(project), members }));
  },
);

/** The mean of the members' positions that `at` knows (those drawn); null when none is. */
export function centreOf(
  members: readonly string[],
  at: (key: string) => { x: number; y: number } | null | undefined,
): { x: number; y: number } | null {
  let x = 0;
  let y = 0;
  let n = 0;
  for (const key of members) {
    const p = at(key);
    if (!p) continue;
    x += p.x;
    y += p.y;
    n++;
  }
  return n ? { x: x / n, y: y / n } : null;
}

export interface AreaName {
  text: string;
  /** Its members' centre on screen (CSS pixels). */
  x: number;
  y: number;
}

/**
 * Boxes for region names, largest region first: centred on the region, else starting or ending
 * at its centre, moved up or down by a line or two when those places are taken or covered by a
 * control; kept inside the canvas, and left out when no place is free. Pure, so it is tested without a canvas.
 */
export function placeAreaNames(
  names: readonly AreaName[],
  options: {
    fontSize: number;
    width: number;
    height: number;
    measure(text: string): number;
    obstacles?: readonly Box[];
  },
): PlacedLabel[] {
  const { fontSize, width, height } = options;
  const h = Math.ceil(fontSize * 1.25);
  const taken: Box[] = [...(options.obstacles ?? [])];
  const placed: PlacedLabel[] = [];
  for (const name of names) {
    const w = Math.ceil(options.measure(name.text)) + 2 * AREA_INSET;
    const inX = (x: number) => Math.min(Math.max(0, x), Math.max(0, width - w));
    // Centred; else starting or ending at the centre (clear of a control on one side).
    const xs = [inX(name.x - w / 2), inX(name.x - h), inX(name.x - w + h)];
    let box: Box | null = null;
    for (const shift of [0, -1, 1, -2, 2]) {
      const y = Math.min(Math.max(0, name.y - h / 2 + shift * h), Math.max(0, height - h));
      for (const x of xs) {
        const b = { x, y, width: w, height: h };
        if (!taken.some((t) => intersects(t, b))) {
          box = b;
          break;
        }
      }
      if (box) break;
    }
    if (!box) continue;
    taken.push(box);
    placed.push({ key: name.text, text: name.text, ...box, leader: null });
  }
  return placed;
}
