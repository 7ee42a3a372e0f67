import type { groupsJa } from './groups-ja';

/** Level of detail: actors drawn as groups (English). */
export const groupsEn: typeof groupsJa = {
  heading: 'Group actors',
  off: 'No grouping (every actor)',
  auto: 'Automatic (by project above {{limit}} actors)',
  autoOn:
    'This network has {{count}} actors, so they are drawn as their projects. Click a group to open it; choose “No grouping” to draw every actor.',
  by: {
    project: 'By project',
    prefecture: 'By prefecture',
    community: 'By community',
  },
  noGroup: 'None',
  community: 'Community {{n}}',
  hint: 'Click a group to open it into its actors. A circle’s size is its number of actors; a line’s width, the number of ties between two groups.',
  closeAll: 'Close opened groups ({{count}})',
  summed: 'Ties between groups (summed)',
};
