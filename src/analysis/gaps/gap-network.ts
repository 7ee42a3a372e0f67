/**
 * What every rule reads, built once per report: the simplified graph in compact form (from
 * the analysis session, so communities, bridges and weak ties are the registry's results for
 * the same settings), the actors' attributes by index, the original ties behind each link
 * (their ids, kinds and years), and who takes part in which project.
 *
 * A tie is any actor–actor tie of the input; participation alone is not a tie, so ties
 * projected from shared projects (`shared_project`) are left out before anything is
 * computed (`tiesOnly`).
 */
import type { Attributes, SerializedGraph } from 'graphology-types';
import { SECTOR_OF_KIND, SHARED_PROJECT, type ActorKind } from '../../model/domain';
import { hasEdge, type CompactGraph } from '../compact-graph';
import type { SimpleGraph } from '../simplify';
import type { AnalysisResult } from '../types';

/** One tie of the input that is part of the simplified network. */
export interface TieRecord {
  id: string;
  source: number;
  target: number;
  /** The link (simplified edge) it belongs to. */
  edge: number;
  kind: string;
  strength: number;
  startYear: number | null;
  endYear: number | null;
}

export interface ProjectRecord {
  id: string;
  programme: string | null;
  members: number[];
}

export interface GapNetwork {
  g: CompactGraph;
  simple: SimpleGraph;
  /** The registry's results for the measures the rules use (same settings as the report). */
  measures: AnalysisResult;
  attrs: readonly Attributes[];
  kind: readonly string[];
  fields: readonly string[][];
  ties: readonly TieRecord[];
  /** Ties by link (simplified edge) index. */
  tiesOf: readonly TieRecord[][];
  projects: ReadonlyMap<string, ProjectRecord>;
  /** Project ids by actor index. */
  projectsOf: readonly string[][];
  degree(v: number): number;
  /** The link joining u and v, or -1. */
  edgeBetween(u: number, v: number): number;
  key(v: number): string;
}

/** The input without projected shared-project ties (participation is not a tie). */
export function tiesOnly<T extends SerializedGraph>(network: T): T {
  if (!network.edges.some((e) => e.attributes?.kind === SHARED_PROJECT)) return network;
  return { ...network, edges: network.edges.filter((e) => e.attributes?.kind !== SHARED_PROJECT) };
}

const yearOf = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const stringList = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : [];

export function buildGapNetwork(
  network: SerializedGraph,
  prepared: { graph: SimpleGraph; g: CompactGraph },
  measures: AnalysisResult,
): GapNetwork {
  const { g, graph: simple } = prepared;
  const attrs = g.keys.map((k) => simple.getNodeAttributes(k));
  const kind = attrs.map((a) => String(a.kind ?? ''));
  const fields = attrs.map((a) => [...new Set(stringList(a.fields))].sort());

  const edgeBetween = (u: number, v: number): number => {
    if (!hasEdge(g, u, v)) return -1;
    for (let j = g.offsets[u]!; j < g.offsets[u + 1]!; j++)
      if (g.neighbors[j] === v) return g.adjEdge[j]!;
    return -1;
  };

  const ties: TieRecord[] = [];
  const tiesOf: TieRecord[][] = Array.from({ length: g.m }, () => []);
  for (const e of network.edges) {
    const source = g.index.get(String(e.source));
    const target = g.index.get(String(e.target));
    if (source === undefined || target === undefined || source === target) continue;
    const edge = edgeBetween(source, target);
    // A tie simplification dropped (strength <= 0) is no tie.
    if (edge < 0) continue;
    const a = e.attributes ?? {};
    const tie: TieRecord = {
      id: String(e.key ?? `${String(e.source)}-${String(e.target)}`),
      source,
      target,
      edge,
      kind: String(a.kind ?? ''),
      strength: typeof a.strength === 'number' ? a.strength : 1,
      startYear: yearOf(a.startYear),
      endYear: yearOf(a.endYear),
    };
    ties.push(tie);
    tiesOf[edge]!.push(tie);
  }

  const programmeOf = new Map<string, string>();
  const listed: unknown = network.attributes?.projects;
  if (Array.isArray(listed)) {
    for (const p of listed as { id?: unknown; programme?: unknown }[]) {
      if (typeof p?.id === 'string')
        programmeOf.set(p.id, typeof p.programme === 'string' ? p.programme : '');
    }
  }
  const projects = new Map<string, ProjectRecord>();
  const projectsOf = attrs.map((a, v) => {
    const own = new Set<string>();
    const parts: unknown = a.participations;
    if (Array.isArray(parts)) {
      for (const p of parts as { project?: unknown }[]) {
        if (typeof p?.project === 'string') own.add(p.project);
      }
    }
    for (const id of own) {
      let project = projects.get(id);
      if (!project) {
        project = { id, programme: programmeOf.get(id) || null, members: [] };
        projects.set(id, project);
      }
      project.members.push(v);
    }
    return [...own].sort();
  });

  return {
    g,
    simple,
    measures,
    attrs,
    kind,
    fields,
    ties,
    tiesOf,
    projects,
    projectsOf,
    degree: (v) => g.offsets[v + 1]! - g.offsets[v]!,
    edgeBetween,
    key: (v) => g.keys[v]!,
  };
}

/** Academia (産学官金's 学): universities, TLOs and public research institutes. */
export function isAcademic(kind: string): boolean {
  return SECTOR_OF_KIND[kind as ActorKind] === 'academia';
}

/** The partners of v (indices). */
export function partnersOf(g: CompactGraph, v: number): Int32Array {
  return g.neighbors.subarray(g.offsets[v]!, g.offsets[v + 1]!);
}
