/** What the filters can offer for a graph: the values that actually occur. Once per graph. */
import { ACTOR_KINDS, BUREAUS, PROGRAMMES, SIZE_CLASSES } from '../model/domain';
import type { ProjectInfo } from '../model/graph-format';
import type { ExplorerGraph } from './base-graph';
import { memoLast } from './memo';
import { EDGE_KINDS, type EdgeKind } from '../model/domain';

export interface Facets {
  kinds: string[];
  bureaus: string[];
  /** Prefectures by number of actors, most first. */
  prefectures: string[];
  sizeClasses: string[];
  programmes: string[];
  projects: ProjectInfo[];
  tieKinds: EdgeKind[];
  years: [number, number] | null;
}

export const getFacets = memoLast((graph: ExplorerGraph): Facets => {
  const kinds = new Set<string>();
  const bureaus = new Set<string>();
  const prefectures = new Map<string, number>();
  const sizeClasses = new Set<string>();
  const programmes = new Set<string>();
  const projects = new Set<string>();
  graph.forEachNode((_key, a) => {
    kinds.add(a.kind);
    if (a.bureau) bureaus.add(a.bureau);
    if (a.prefecture) prefectures.set(a.prefecture, (prefectures.get(a.prefecture) ?? 0) + 1);
    if (a.sizeClass) sizeClasses.add(a.sizeClass);
    for (const p of a.programmes) programmes.add(p);
    for (const p of a.participations) projects.add(p.project);
  });
  const tieKinds = new Set<string>();
  let min = Infinity;
  let max = -Infinity;
  graph.forEachEdge((_key, e) => {
    tieKinds.add(e.kind);
    for (const y of [e.startYear, e.endYear]) {
      if (y === null || y === undefined) continue;
      min = Math.min(min, y);
      max = Math.max(max, y);
    }
  });
  const inOrder = (order: readonly string[], set: Set<string>) => order.filter((v) => set.has(v));
  return {
    kinds: inOrder(ACTOR_KINDS, kinds),
    bureaus: [
      ...inOrder(BUREAUS, bureaus),
      ...[...bureaus].filter((b) => !(BUREAUS as readonly string[]).includes(b)),
    ],
    prefectures: [...prefectures]
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .map(([p]) => p),
    sizeClasses: inOrder(SIZE_CLASSES, sizeClasses),
    programmes: inOrder(PROGRAMMES, programmes),
    projects: (graph.getAttribute('projects') ?? []).filter((p) => projects.has(p.id)),
    tieKinds: EDGE_KINDS.filter((k) => tieKinds.has(k)),
    years: Number.isFinite(min) ? [min, max] : null,
  };
});
