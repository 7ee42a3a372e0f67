/**
 * The grouped picture the canvas draws (level of detail): what it was built from, the graph
 * built (group-graph.ts), and its labels. Rebuilt when the grouping, styles or shown actors
 * change, and as the layout moves the actors (a group sits at its members' centre).
 */
import type { ExplorerGraph } from '../state/base-graph';
import { groupOfKey, type GroupMembership } from '../state/groups';
import type { Styles } from '../state/styles';
import type { Visibility } from '../state/visibility';
import { centre, groupGraph } from './group-graph';
import type { LabelLayer } from './label-layer';

export interface GroupInput {
  m: GroupMembership;
  styles: Styles;
  shown: Visibility;
  nameOf: (group: string) => string;
}

/** Groups labelled at most (a national network has tens of projects or prefectures). */
const GROUP_LABELS = 80;

export class GroupDrawing {
  private input: GroupInput | null = null;
  graph: ExplorerGraph | null = null;

  get active(): boolean {
    return this.input !== null;
  }

  /** Keeps the grouping to draw; true when it differs from the one drawn. */
  take(input: GroupInput | null): boolean {
    const was = this.input;
    if (input === null && was === null) return false;
    if (
      input &&
      was &&
      input.m === was.m &&
      input.styles === was.styles &&
      input.shown === was.shown &&
      input.nameOf === was.nameOf
    )
      return false;
    this.input = input;
    return true;
  }

  /** Builds the grouped graph from the view's current positions; every group is labelled. */
  rebuild(view: ExplorerGraph, labels: LabelLayer): void {
    const g = this.input;
    this.graph = g ? groupGraph(view, g.shown, g.styles, g.m, g.nameOf) : null;
    const drawn = this.graph;
    if (!drawn) return;
    const size = (k: string) => drawn.getNodeAttribute(k, 'size') ?? 0;
    const order = drawn.nodes().sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1));
    labels.setCandidates(
      order,
      new Set(order.filter((k) => groupOfKey(k) !== null).slice(0, GROUP_LABELS)),
    );
  }

  /**
   * Moves the drawn groups to their members' centres (and open members to their own places)
   * as the layout moves the actors: the groups and their summed ties stay as built.
   */
  move(view: ExplorerGraph): void {
    const m = this.input?.m;
    const drawn = this.graph;
    if (!m || !drawn) return;
    drawn.updateEachNodeAttributes(
      (key, attrs) => {
        const group = groupOfKey(key);
        const at =
          group === null ? view.getNodeAttributes(key) : centre(view, m.members.get(group)!);
        return { ...attrs, x: at.x, y: at.y };
      },
      { attributes: ['x', 'y'] },
    );
  }

  reset(): void {
    this.input = null;
    this.graph = null;
  }
}
