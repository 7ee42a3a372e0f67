/**
 * Names for what the Compare view shows: the groups a pair can be chosen from (with their
 * sizes), a group's name in the reader's language, and the two sides' names.
 */
import type { TFunction } from 'i18next';
import type { GroupBy } from '../../analysis/compare-groups';
import { displayName, type Lang } from '../../model/display-name';
import type { ExplorerGraph } from '../../state/base-graph';
import type { MeasureValues } from '../../state/measure-values';
import { windowLabel } from '../../export/compare-summary';

export interface GroupChoice {
  id: string;
  label: string;
  size: number;
}

/** A group's name: a project's in the reader's language, a bureau's translated, … */
export function groupName(
  graph: ExplorerGraph,
  by: GroupBy,
  id: string,
  t: TFunction,
  lang: Lang,
): string {
  switch (by) {
    case 'project': {
      const p = (graph.getAttribute('projects') ?? []).find((x) => x.id === id);
      return p ? displayName(p, lang) : id;
    }
    case 'bureau':
      return t(`bureau.${id}`, { defaultValue: id });
    case 'community':
      return t('legend.community', { n: Number(id) + 1 });
    case 'prefecture':
      return id;
  }
}

/**
 * The groups of the network, largest first, as `npm run compare --by` forms them: projects by
 * participation, prefectures and bureaus by the actors' attributes, communities by the one
 * community detection the explorer shows.
 */
export function groupChoices(
  graph: ExplorerGraph,
  by: GroupBy,
  communities: MeasureValues | undefined,
  t: TFunction,
  lang: Lang,
): GroupChoice[] {
  const sizes = new Map<string, number>();
  const add = (id: string | null | undefined) => {
    if (id) sizes.set(id, (sizes.get(id) ?? 0) + 1);
  };
  graph.forEachNode((key, a) => {
    if (by === 'project') new Set(a.participations.map((p) => p.project)).forEach(add);
    else if (by === 'prefecture') add(a.prefecture);
    else if (by === 'bureau') add(a.bureau);
    else {
      const c = communities?.get(key);
      add(c === undefined ? null : String(c));
    }
  });
  return [...sizes]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([id, size]) => ({ id, size, label: groupName(graph, by, id, t, lang) }));
}

/** The two sides' names: periods as "2001–2005", groups by name. */
export function sideNames(
  graph: ExplorerGraph,
  settings: { a: string; b: string; kind?: unknown; by?: unknown; groups?: unknown },
  t: TFunction,
  lang: Lang,
): { a: string; b: string } {
  if (settings.kind === 'pair' && Array.isArray(settings.groups)) {
    const by = settings.by as GroupBy;
    const [a, b] = settings.groups as string[];
    return { a: groupName(graph, by, a!, t, lang), b: groupName(graph, by, b!, t, lang) };
  }
  return { a: windowLabel(settings.a), b: windowLabel(settings.b) };
}
