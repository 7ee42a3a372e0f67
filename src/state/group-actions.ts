/** Level of detail: the store actions that group actors and open groups (view state, undoable). */
import type { GroupBy } from './groups';
import { actions } from './store';

export const groupActions = {
  /** Draws actors as groups, or as themselves with null. */
  setGrouping(by: GroupBy | null): void {
    actions.update((s) => ({ ...s, groups: by ? { by, open: [] } : null }));
  },
  /** Opens a group into its actors (one undo step each). */
  openGroup(group: string): void {
    actions.update((s) =>
      s.groups && !s.groups.open.includes(group)
        ? { ...s, groups: { ...s.groups, open: [...s.groups.open, group] } }
        : s,
    );
  },
  closeGroups(): void {
    actions.update((s) => (s.groups ? { ...s, groups: { ...s.groups, open: [] } } : s));
  },
};
