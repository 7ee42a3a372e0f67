/**
 * Where an export came from and how its numbers were computed, written into every format
 * (GEXF `<meta><description>`, GraphML graph data, the xlsx provenance sheet, JSON
 * `graph.provenance`, a CSV's side file), so a figure in a paper can be traced and redone.
 */
import type { RunOption } from '../analysis/measure-spec';
import { measureById } from '../analysis/registry';
import type { AnalysisResult, AnalysisSettings, JsonValue } from '../analysis/types';

export const APP_NAME = 'Cluster Network Explorer';

export interface ImportRunInfo {
  id: string;
  source: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  status: string | null;
}

export type DataSource =
  /** The project's Neo4j database, as of its last import run. */
  | { kind: 'database'; database: string; lastImport: ImportRunInfo | null }
  /** An explorer snapshot file. */
  | { kind: 'snapshot'; name: string; createdAt: string | null }
  /** A network file (graphology serialised JSON). */
  | { kind: 'file'; name: string }
  /** An import folder or workbook, read and validated by the importer (no database). */
  | { kind: 'import'; name: string };

/** One measure as computed: the run-wide options it depends on and its own parameters. */
export interface MeasureProvenance {
  id: string;
  options: Record<string, JsonValue>;
  params: Record<string, JsonValue>;
}

export interface AnalysisProvenance {
  /** Tie-strength attribute, null for a binary network. */
  weight: string | null;
  distance: string;
  groups: string | null;
  betweenness: { mode: string; k: number; seed: number | null };
  communities: { algorithm: string; seed: number; resolution: number | null };
  measures: MeasureProvenance[];
}

export interface Provenance {
  app: { name: string; version: string };
  exportedAt: string;
  source: DataSource;
  /** The network view (industrial, knowledge, all), when known. */
  view: string | null;
  /** The explorer's filters and focus when the export was restricted by them. */
  filters: JsonValue | null;
  focus: JsonValue | null;
  /** The explorer: what the export holds — what was on screen (`shown`) or the view's whole
   * network (`whole`) — and how it was drawn (colour, size, highlights). Absent from the CLI. */
  scope?: 'shown' | 'whole';
  display?: JsonValue;
  /** Null when the export carries no analysis results. */
  analysis: AnalysisProvenance | null;
}

export interface ProvenanceInput {
  appVersion: string;
  source: DataSource;
  /** Default: now. */
  exportedAt?: Date;
  view?: string | null;
  filters?: JsonValue | null;
  focus?: JsonValue | null;
  scope?: 'shown' | 'whole';
  display?: JsonValue;
  result?: AnalysisResult | null;
}

export function buildProvenance(input: ProvenanceInput): Provenance {
  const settings = input.result?.graph.settings;
  return {
    app: { name: APP_NAME, version: input.appVersion },
    exportedAt: (input.exportedAt ?? new Date()).toISOString(),
    source: input.source,
    view: input.view ?? (typeof settings?.view === 'string' ? settings.view : null),
    filters: input.filters ?? null,
    focus: input.focus ?? null,
    ...(input.scope ? { scope: input.scope } : {}),
    ...(input.display !== undefined ? { display: input.display } : {}),
    analysis: settings ? analysisProvenance(settings) : null,
  };
}

function analysisProvenance(s: AnalysisSettings): AnalysisProvenance {
  const communities = s.communities ?? { algorithm: 'louvain', seed: s.seed, resolution: null };
  // What each run-wide option (a spec's `uses`) means for the measures that use it; the
  // grouping of brokerage and E-I is one of their parameters.
  const runOption: Record<RunOption, Record<string, JsonValue>> = {
    weight: { weight: s.weight },
    distance: { distance: s.distance },
    betweenness: { betweenness: { ...s.betweenness } },
    communities: { community: { ...communities } },
  };
  return {
    weight: s.weight,
    distance: s.distance,
    groups: s.groups,
    betweenness: { ...s.betweenness },
    communities: { ...communities },
    measures: s.measures.map((id) => ({
      id,
      options: Object.assign({}, ...(measureById(id)?.uses ?? []).map((u) => runOption[u] ?? {})),
      params: { ...(s.params?.[id] ?? {}) },
    })),
  };
}

/** Provenance flattened to dotted paths and text, for a key–value sheet. */
export function provenanceRows(p: Provenance): [string, string | number | boolean | null][] {
  const rows: [string, string | number | boolean | null][] = [];
  const walk = (path: string, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const entries = Object.entries(value);
      if (entries.length === 0) rows.push([path, '{}']);
      for (const [k, v] of entries) walk(path ? `${path}.${k}` : k, v);
    } else if (Array.isArray(value)) {
      if (value.every((v) => v === null || typeof v !== 'object')) {
        rows.push([path, JSON.stringify(value)]);
      } else {
        value.forEach((v, i) => {
          const id = v && typeof v === 'object' && 'id' in v ? String(v.id) : String(i);
          walk(`${path}.${id}`, v);
        });
      }
    } else {
      rows.push([path, value as string | number | boolean | null]);
    }
  };
  walk('', p);
  return rows;
}
