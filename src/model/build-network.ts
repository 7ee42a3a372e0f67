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

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const toNumber = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const bool = (v: unknown) => (v === null || v === undefined ? null : Boolean(v));

/** Query rows → graphology's serialised format with the attributes of graph-format.ts. */
export function buildNetwork(
  view: View,
  actorRows: Row[],
  tieRows: Row[],
  projectRows: Row[],
  generatedAt = new Date().toISOString(),
): SerializedNetwork {
  const projects: ProjectInfo[] = projectRows.map((p) => ({
    id: String(p.id),
    name: String(p.name),
    nameEn: str(p.nameEn),
    programme: p.programme as Programme,
    region: str(p.region),
    startYear: toNumber(p.startYear),
    endYear: toNumber(p.endYear),
    synthetic: Boolean(p.synthetic),
  }));
  const nodes = actorRows.map((a) => {
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
        .map((p) => ({
          project: String(p.project),
          role: p.role as ParticipationRole,
          startYear: toNumber(p.startYear),
          endYear: toNumber(p.endYear),
        }))
        .sort((x, y) => byKey(x.project, y.project)),
      synthetic: Boolean(a.synthetic),
    };
    return { key: String(a.id), attributes };
  });
  const edges = tieRows.map((t) => {
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
  });
  // Stable order: the same database gives byte-identical JSON (diffable snapshots, caching).
  nodes.sort((a, b) => byKey(a.key, b.key));
  edges.sort((a, b) => byKey(a.key, b.key));
  projects.sort((a, b) => byKey(a.id, b.id));
  return {
    attributes: { view, generatedAt, projects },
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    nodes,
    edges,
  };
}
