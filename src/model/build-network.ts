import {
  SECTOR_OF_KIND,
  type ActorKind,
  type ClusterMembership,
  type ParticipationRole,
  type Programme,
  type TieKind,
  type View,
} from './domain';
import type { ActorAttributes, ProjectInfo, SerializedNetwork } from './graph-format';

/** Query rows (or rows made from validated input), with plain JS numbers. */

export type Row = Record<string, unknown>;

function clusterOf(programmes: Programme[]): ClusterMembership {
  const industrial = programmes.includes('industrial_cluster');
  const knowledge = programmes.includes('knowledge_cluster');
  return industrial && knowledge
    ? 'both'
    : industrial
      ? 'industrial'
      : knowledge
        ? 'knowledge'
        : 'none';
}

const toNumber = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const bool = (v: unknown) => (v === null || v === undefined ? null : Boolean(v));

type NetworkNode = SerializedNetwork['nodes'][number];
type NetworkEdge = SerializedNetwork['edges'][number];

/** The canonical order of keys (code units, as `<` compares): stable, diffable output. */
export const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function projectFromRow(p: Row): ProjectInfo {
  return {
    id: String(p.id),
    name: String(p.name),
    nameEn: str(p.nameEn),
    programme: p.programme as Programme,
    region: str(p.region),
    startYear: toNumber(p.startYear),
    endYear: toNumber(p.endYear),
    synthetic: Boolean(p.synthetic),
  };
}

/** One row of the `networkActors` read (or an input actor with its participations). */
export function actorFromRow(a: Row): NetworkNode {
  const parts = ((a.participations as Row[] | null) ?? []).filter(Boolean);
  const programmes = [...new Set(parts.map((p) => p.programme as Programme))].sort();
  const kind = a.kind as ActorKind;
  const attributes: ActorAttributes = {
    kind,
    sector: (a.sector as ActorAttributes['sector']) ?? SECTOR_OF_KIND[kind],
    name: String(a.name),
    nameEn: str(a.nameEn),
    prefecture: str(a.prefecture),
    bureau: str(a.bureau),
    fields: ((a.fields as string[] | null) ?? []).map(String),
    subtype: str(a.subtype),
    sizeClass: str(a.sizeClass),
    sme: bool(a.sme),
    spinOff: bool(a.spinOff),
    corporateNumber: str(a.corporateNumber),
    programmes,
    cluster: clusterOf(programmes),
    participations: parts
      .map((p) => ({ project: String(p.project), role: p.role as ParticipationRole }))
      .sort((x, y) => compareKeys(x.project, y.project)),
    synthetic: Boolean(a.synthetic),
  };
  return { key: String(a.id), attributes };
}

/** One row of the `networkTies` read (or an input tie). */
export function tieFromRow(t: Row): NetworkEdge {
  const strength = toNumber(t.strength) ?? 1;
  return {
    key: String(t.id),
    source: String(t.source),
    target: String(t.target),
    ...(t.directed ? {} : { undirected: true }),
    attributes: {
      kind: t.kind as TieKind,
      strength,
      weight: strength,
      startYear: toNumber(t.startYear),
      endYear: toNumber(t.endYear),
      synthetic: Boolean(t.synthetic),
    },
  };
}

/** Puts nodes, edges and projects in the canonical order (by key), in place. */
export function sortNetwork(network: SerializedNetwork): SerializedNetwork {
  network.nodes.sort((a, b) => compareKeys(a.key, b.key));
  network.edges.sort((a, b) => compareKeys(a.key, b.key));
  network.attributes.projects.sort((a, b) => compareKeys(a.id, b.id));
  return network;
}

/** Query rows → graphology's serialised format with the attributes of graph-format.ts. */
export function buildNetwork(
  view: View,
  actorRows: Row[],
  tieRows: Row[],
  projectRows: Row[],
  generatedAt = new Date().toISOString(),
): SerializedNetwork {
  // Stable order: the same database gives byte-identical JSON (diffable snapshots, caching).
  return sortNetwork({
    attributes: { view, generatedAt, projects: projectRows.map(projectFromRow) },
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    nodes: actorRows.map(actorFromRow),
    edges: tieRows.map(tieFromRow),
  });
}
