/**
 * The grouped picture the canvas draws (level of detail): what it was built from, the graph
 * built (group-graph.ts), and its labels. Built anew when the grouping or its open groups
 * change, updated in place when only the shown actors or the styles do (group-patch.ts), and
 * moved as the layout moves the actors (a group sits at its members' centre).
 */
import type { ExplorerGraph } from '../state/base-graph';
import { groupOfKey, type GroupMembership } from '../state/groups';
import type { Styles } from '../state/styles';
import type { Visibility } from '../state/visibility';
import { centre, groupedPicture, groupGraph } from './group-graph';
import { patchGroupGraph } from './group-patch';
import type { LabelLayer } from './label-layer';
import type { StyleChanges } from './write-styles';

export interface GroupInput {
  m: GroupMembership;
  styles: Styles;
  shown: Visibility;
  nameOf: (group: string) => string;
}

/** Groups labelled at most (a national network has tens of projects or prefectures). */
const GROUP_LABELS = 80;

/** What a new grouped picture asks of the drawn one. */
export type GroupChange = 'none' | 'patch' | 'rebuild';

const sameSet = (a: Set<string>, b: Set<string>) =>
  a.size === b.size && [...a].every((x) => b.has(x));

/** The same drawn keys for every actor: the same grouping, open groups and names. */
const sameShape = (a: GroupInput, b: GroupInput) =>
  a.m.by === b.m.by && sameSet(a.m.open, b.m.open) && a.nameOf === b.nameOf;

export class GroupDrawing {
  private input: GroupInput | null = null;
  graph: ExplorerGraph | null = null;

  get active(): boolean {
    return this.input !== null;
  }

  /**
   * Keeps the grouping to draw and says what the drawn graph needs: nothing, an update in
   * place (`patch`), or to be built anew (`rebuild`).
   */
  take(input: GroupInput | null): GroupChange {
    const was = this.input;
    if (input === null && was === null) return 'none';
    if (
      input &&
      was &&
      input.m === was.m &&
      input.styles === was.styles &&
      input.shown === was.shown &&
      input.nameOf === was.nameOf
    )
      return 'none';
    this.input = input;
    return input && was && this.graph && sameShape(input, was) ? 'patch' : 'rebuild';
  }

  /** Builds the grouped graph from the view's current positions; every group is labelled. */
  rebuild(view: ExplorerGraph, labels: LabelLayer): void {
    const g = this.input;
    this.graph = g ? groupGraph(view, g.shown, g.styles, g.m, g.nameOf) : null;
    this.label(labels);
  }

  /** Updates the drawn graph in place (see `take`); what sigma must re-process. */
  patch(view: ExplorerGraph, labels: LabelLayer): StyleChanges {
    const g = this.input!;
    const picture = groupedPicture(view, g.shown, g.styles, g.m, g.nameOf);
    const changes = patchGroupGraph(this.graph!, picture);
    this.label(labels);
    return changes;
  }

  /** Label candidates: the drawn nodes, largest first; the largest groups always labelled. */
  private label(labels: LabelLayer): void {
    const drawn = this.graph;
    if (!drawn) return;
    const size = (k: string) => drawn.getNodeAttribute(k, 'size') ?? 0;
    const order = drawn
      .filterNodes((_, a) => !a.hidden)
      .sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1));
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
        if (group === null) {
          const at = view.getNodeAttributes(key);
          return { ...attrs, x: at.x, y: at.y };
        }
        // A group hidden by a filter (see group-patch.ts) has no shown members: it stays put.
        const members = m.members.get(group);
        return members ? { ...attrs, ...centre(view, members) } : attrs;
      },
      { attributes: ['x', 'y'] },
    );
  }

  reset(): void {
    this.input = null;
    this.graph = null;
  }
}
