/**
 * Projects, prefectures or communities side by side on the compared graph measures: each
 * group is the network its members form (the actors of the group and the ties among them),
 * with, for projects, the published member counts beside the network's own.
 */
import type { SerializedGraph } from 'graphology-types';
import {
  publishedProject,
  PUBLISHED_SOURCE,
  type PublishedProject,
} from '../model/published-figures';
import { measureNetwork, type CompareAnalysisOptions, type GraphSide } from './compare';
import { runAnalysis } from './run-analysis';

export const GROUP_BY = ['project', 'prefecture', 'bureau', 'community'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export type GroupRow = {
  id: string;
  label: string;
  labelEn: string | null;
  /** Counts in the network: every member, and the companies and universities among them. */
  members: { actors: number; companies: number; universities: number };
  /** Published counts for the group (phase II projects), or null. */
  published: {
    companies: number;
    universities: number;
    name: string;
    source: string;
  } | null;
  graph: GraphSide;
};

export type GroupComparison = { by: GroupBy; groups: GroupRow[] };

/** A group of one network: its id, label and member actor ids. */
export interface NetworkGroup {
  id: string;
  label: string;
  labelEn: string | null;
  members: Set<string>;
  published: PublishedProject | null;
}

const text = (x: unknown): string | null => (typeof x === 'string' && x !== '' ? x : null);

/** The network of a group: its members and the ties between two members. */
export function subnetwork<T extends SerializedGraph>(network: T, members: ReadonlySet<string>): T {
  return {
    ...network,
    nodes: network.nodes.filter((n) => members.has(String(n.key))),
    edges: network.edges.filter(
      (e) => members.has(String(e.source)) && members.has(String(e.target)),
    ),
  };
}

function projectGroups(network: SerializedGraph): NetworkGroup[] {
  const info = new Map<string, { name: string | null; nameEn: string | null }>();
  const projects: unknown = network.attributes?.projects;
  if (Array.isArray(projects)) {
    for (const p of projects as { id?: unknown; name?: unknown; nameEn?: unknown }[]) {
      if (typeof p?.id === 'string') info.set(p.id, { name: text(p.name), nameEn: text(p.nameEn) });
    }
  }
  const members = new Map<string, Set<string>>();
  for (const node of network.nodes) {
    const parts: unknown = node.attributes?.participations;
    if (!Array.isArray(parts)) continue;
    for (const p of parts as { project?: unknown }[]) {
      const id = text(p?.project);
      if (id === null) continue;
      if (!members.has(id)) members.set(id, new Set());
      members.get(id)!.add(String(node.key));
    }
  }
  return [...members].map(([id, set]) => {
    const name = info.get(id)?.name ?? id;
    return {
      id,
      label: name,
      labelEn: info.get(id)?.nameEn ?? null,
      members: set,
      published: publishedProject(name),
    };
  });
}

function attributeGroups(network: SerializedGraph, attribute: string): NetworkGroup[] {
  const members = new Map<string, Set<string>>();
  for (const node of network.nodes) {
    const value = text(node.attributes?.[attribute]);
    if (value === null) continue;
    if (!members.has(value)) members.set(value, new Set());
    members.get(value)!.add(String(node.key));
  }
  return [...members].map(([value, set]) => ({
    id: value,
    label: value,
    labelEn: null,
    members: set,
    published: null,
  }));
}

async function communityGroups(
  network: SerializedGraph,
  options: CompareAnalysisOptions,
): Promise<NetworkGroup[]> {
  const r = await runAnalysis(network, { ...options, measures: ['communities'] });
  const members = new Map<number, Set<string>>();
  for (const [id, m] of Object.entries(r.nodes)) {
    const c = m.community!;
    if (!members.has(c)) members.set(c, new Set());
    members.get(c)!.add(id);
  }
  return [...members].map(([c, set]) => ({
    id: String(c),
    label: `community ${c}`,
    labelEn: null,
    members: set,
    published: null,
  }));
}

/** The groups of a network by project, prefecture, bureau or community, largest first. */
export async function groupsOf(
  network: SerializedGraph,
  by: GroupBy,
  options: CompareAnalysisOptions = {},
): Promise<NetworkGroup[]> {
  const groups =
    by === 'project'
      ? projectGroups(network)
      : by === 'community'
        ? await communityGroups(network, options)
        : attributeGroups(network, by);
  return groups.sort((x, y) => y.members.size - x.members.size || (x.id < y.id ? -1 : 1));
}

/** Each group's network measured on the compared measures, largest group first. */
export async function compareGroups(
  network: SerializedGraph,
  by: GroupBy,
  options: CompareAnalysisOptions = {},
  /** Called after each group is measured (the explorer's progress bar and cancel checks). */
  onGroup?: (done: number, total: number) => void | Promise<void>,
): Promise<GroupComparison> {
  const groups = await groupsOf(network, by, options);
  const kindOf = new Map(network.nodes.map((n) => [String(n.key), n.attributes?.kind]));
  const rows: GroupRow[] = [];
  for (const group of groups) {
    const measured = await measureNetwork(subnetwork(network, group.members), options);
    const kinds = [...group.members].map((id) => kindOf.get(id));
    rows.push({
      id: group.id,
      label: group.label,
      labelEn: group.labelEn,
      members: {
        actors: group.members.size,
        companies: kinds.filter((k) => k === 'company').length,
        universities: kinds.filter((k) => k === 'university').length,
      },
      published: group.published && {
        companies: group.published.companies,
        universities: group.published.universities,
        name: group.published.name,
        source: PUBLISHED_SOURCE,
      },
      graph: measured.graph,
    });
    await onGroup?.(rows.length, groups.length);
  }
  return { by, groups: rows };
}
