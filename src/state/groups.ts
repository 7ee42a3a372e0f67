/**
 * Level of detail: actors drawn as groups (their project, prefecture or community), each group
 * one node sized by its members and tied to the others by the sum of their ties; a group opens
 * into its members on click. This module decides who belongs where and how groups are named;
 * render/group-graph.ts builds the graph sigma draws from it.
 */
import { z } from 'zod';
import { displayName, type Lang } from '../model/display-name';
import type { ParticipationEntry } from '../model/graph-format';
import type { ExplorerGraph } from './base-graph';
import type { MeasureValues } from './measure-values';
import type { Visibility } from './visibility';

export const GROUP_BY = ['project', 'prefecture', 'community'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** An actor with no project, prefecture or community yet: its own group, named "none". */
export const NO_GROUP = '—';

export const GroupingSchema = z.object({
  by: z.enum(GROUP_BY),
  /** Groups opened into their members. */
  open: z
    .array(z.unknown())
    .transform((v) => v.filter((x): x is string => typeof x === 'string' && x !== ''))
    .catch([]),
});
export type Grouping = z.infer<typeof GroupingSchema>;

/**
 * The view's choice: a grouping, 'none' (every actor drawn, chosen), or null (automatic: a
 * network of more than AUTO_GROUP_ACTORS actors in two or more projects opens as its
 * projects, any other as its actors). A national hairball of 12,000 actors shows no project,
 * prefecture or community; its seventeen projects do, and each opens into its members.
 */
export const GroupingChoiceSchema = z.union([GroupingSchema, z.literal('none')]).nullable();
export type GroupingChoice = z.infer<typeof GroupingChoiceSchema>;

/** Above this many actors in the view's network, the automatic choice groups by project. */
export const AUTO_GROUP_ACTORS = 5000;

/** The size of a network, as the automatic choice reads it. */
export interface NetworkSize {
  actors: number;
  projects: number;
}

/** What a choice draws for a network of this size: a grouping, or null for every actor. */
export function effectiveGrouping(choice: GroupingChoice, size: NetworkSize): Grouping | null {
  if (choice === 'none') return null;
  if (choice) return choice;
  return size.actors > AUTO_GROUP_ACTORS && size.projects >= 2 ? AUTO_GROUPING : null;
}

/** The size of the view's network (its graph). */
export const graphSize = (graph: ExplorerGraph): NetworkSize => ({
  actors: graph.order,
  projects: graph.getAttribute('projects')?.length ?? 0,
});

/** One value, so memoised steps see the same grouping from one state to the next. */
const AUTO_GROUPING: Grouping = { by: 'project', open: [] };

/** Lead and core roles first: an actor in several projects belongs to the one it leads. */
const ROLE_ORDER: Record<string, number> = { lead: 0, core: 1, coordinator: 2 };
export function primaryProject(participations: readonly ParticipationEntry[]): string {
  let best: ParticipationEntry | null = null;
  for (const p of participations) {
    const rank = ROLE_ORDER[p.role] ?? 3;
    const bestRank = best ? (ROLE_ORDER[best.role] ?? 3) : Infinity;
    if (!best || rank < bestRank || (rank === bestRank && p.project < best.project)) best = p;
  }
  return best?.project ?? NO_GROUP;
}

export interface GroupMembership {
  by: GroupBy;
  /** Group of every shown actor. */
  groupOf: Map<string, string>;
  /** Group → its shown members. */
  members: Map<string, string[]>;
  open: Set<string>;
}

/**
 * The group of each shown actor; null for communities not computed yet (the analysis
 * service is asked for them, as for colouring by community).
 */
export function groupMembership(
  graph: ExplorerGraph,
  shown: Visibility,
  grouping: Grouping,
  community: MeasureValues | undefined,
): GroupMembership | null {
  if (grouping.by === 'community' && !community) return null;
  const groupOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const key of shown.nodes) {
    const a = graph.getNodeAttributes(key);
    let group: string;
    if (grouping.by === 'project') group = primaryProject(a.participations ?? []);
    else if (grouping.by === 'prefecture') group = a.prefecture ?? NO_GROUP;
    else {
      const c = community!.get(key);
      group = c === undefined ? NO_GROUP : String(c);
    }
    groupOf.set(key, group);
    const list = members.get(group);
    if (list) list.push(key);
    else members.set(group, [key]);
  }
  return { by: grouping.by, groupOf, members, open: new Set(grouping.open) };
}

/**
 * A group's name from the data: a project's name in the view's language, a prefecture as
 * it is; null for communities and the "no group" group, which the UI names (i18n).
 */
export function groupName(
  graph: ExplorerGraph,
  by: GroupBy,
  group: string,
  lang: Lang,
): string | null {
  if (group === NO_GROUP || by === 'community') return null;
  if (by === 'prefecture') return group;
  const project = (graph.getAttribute('projects') ?? []).find((p) => p.id === group);
  return project ? displayName(project, lang) : group;
}

/**
 * The node key of a group in the drawn graph; actors keep their own keys. The prefix holds a
 * control character no imported id can contain, so a group never takes an actor's key.
 */
const GROUP_PREFIX = '\u0001group:';
export const groupKey = (group: string) => `${GROUP_PREFIX}${group}`;
export const groupOfKey = (key: string): string | null =>
  key.startsWith(GROUP_PREFIX) ? key.slice(GROUP_PREFIX.length) : null;
