/**
 * How sigma draws a graph too large to draw in full detail at every frame. One place for the
 * thresholds, so the renderer, the canvas notices and the benchmark agree.
 */
import { EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';

/** Above this many shown ties, ties are not drawn while the layout runs. */
export const LAYOUT_EDGE_LIMIT = 20_000;

/**
 * Above this many ties in the drawn graph, ties are hairlines (one GL line each) instead of
 * sigma's quads and arrows with a feathered edge (triangles and a per-pixel fade each). With
 * 100,000 ties the quads cost a software GL about four times more per frame (a filter with
 * every national actor drawn: 6.4 s of main-thread time, 1.5 s with hairlines; README), and
 * at that density neither a tie's thickness nor its arrow head can be read anyway.
 */
export const HAIRLINE_EDGE_LIMIT = 20_000;

/** Above this many ties, ties are hidden while the camera moves, so panning stays smooth. */
export const HIDE_EDGES_ON_MOVE_LIMIT = 30_000;

/** Edge program types: `line` is sigma's default quad, `hairline` one GL line per tie. */
export const EDGE_PROGRAMS = { line: EdgeRectangleProgram, hairline: EdgeLineProgram };

/** Whether a drawn graph of this many ties draws them as hairlines (whatever their style). */
export const drawsHairlines = (ties: number): boolean => ties > HAIRLINE_EDGE_LIMIT;

/** The sigma settings that depend on the size of the drawn graph. */
export function sizeSettings(ties: number): Pick<Settings, 'hideEdgesOnMove'> {
  return { hideEdgesOnMove: ties > HIDE_EDGES_ON_MOVE_LIMIT };
}
