/** Level of detail: the store actions that group actors and open groups (view state, undoable). */
import {
  effectiveGrouping,
  type GroupBy,
  type Grouping,
  type GroupingChoice,
  type NetworkSize,
} from './groups';
import type { ViewState } from './view-state';
import { actions, explorerStore } from './store';

/** What the view draws now: its choice, or the automatic one for the loaded network's size. */
function drawnGrouping(s: ViewState): Grouping | null {
  return effectiveGrouping(s.groups, networkSize(explorerStore.getState().network));
}

/** The loaded network's size (the view's graph has the same actors and projects). */
export function networkSize(
  network: { nodes: unknown[]; attributes?: { projects?: unknown[] } } | null,
): NetworkSize {
  return {
    actors: network?.nodes.length ?? 0,
    projects: network?.attributes?.projects?.length ?? 0,
  };
}

export const groupActions = {
  /** Draws actors as groups; 'none' draws every actor; null lets the network's size decide. */
  setGrouping(by: GroupBy | 'none' | null): void {
    const choice: GroupingChoice = by === 'none' || by === null ? by : { by, open: [] };
    actions.update((s) => ({ ...s, groups: choice }));
  },
  /** Opens a group into its actors (one undo step each); an automatic grouping becomes chosen. */
  openGroup(group: string): void {
    actions.update((s) => {
      const drawn = drawnGrouping(s);
      return drawn && !drawn.open.includes(group)
        ? { ...s, groups: { ...drawn, open: [...drawn.open, group] } }
        : s;
    });
  },
  closeGroups(): void {
    actions.update((s) => {
      const drawn = drawnGrouping(s);
      return drawn && drawn.open.length ? { ...s, groups: { ...drawn, open: [] } } : s;
    });
  },
};
