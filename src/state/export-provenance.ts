/**
 * The provenance of an export from the explorer (src/export/provenance.ts builds it): the data
 * source — the database with its last import run, or the snapshot's name and date — the view,
 * the filters and year window, the focus or path, how the picture was drawn, and the analysis
 * settings of the result.
 */
import type { AnalysisResult, JsonValue } from '../analysis/types';
import type { NetworkSource } from '../data/source';
import { buildProvenance, type ImportRunInfo, type Provenance } from '../export/provenance';
import { APP_VERSION } from './app-version';
import type { ExportScope } from './export-scope';
import type { Overlay } from './store';
import type { Filters, ViewState } from './view-state';

/** The filters that restrict anything (empty lists mean "all" and are left out). */
export function activeFilters(filters: Filters): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(filters) as [string, JsonValue][]) {
    if (Array.isArray(value) ? value.length > 0 : value !== null && value !== false)
      out[key] = value;
  }
  // The year window as the CLI's provenance writes it.
  if (filters.years) out.years = { from: filters.years[0], to: filters.years[1] };
  return out;
}

export interface ExplorerProvenanceInput {
  source: NetworkSource;
  /** The database's last import run (api sources). */
  lastImport: ImportRunInfo | null;
  state: ViewState;
  scope: ExportScope;
  overlay: Overlay;
  focusedTie: { source: string; target: string } | null;
  focusedFinding: { nodes: string[]; actor: string } | null;
  result: AnalysisResult | null;
  exportedAt?: Date;
}

export function explorerProvenance(input: ExplorerProvenanceInput): Provenance {
  const { state, scope } = input;
  const shown = scope === 'shown';
  const focus: Record<string, JsonValue> = {};
  if (shown && state.focus)
    focus.ego = { actor: state.focus.node, depth: state.focus.depth, layout: state.focus.layout };
  if (shown && state.pathFrom && state.pathTo)
    focus.path = { from: state.pathFrom, to: state.pathTo };
  const highlights: Record<string, JsonValue> = {};
  for (const flag of ['bridges', 'articulation', 'weakOnly'] as const)
    if (input.overlay[flag]) highlights[flag] = true;
  if (input.focusedTie) highlights.tie = { ...input.focusedTie };
  if (input.focusedFinding) highlights.finding = [...input.focusedFinding.nodes];
  return buildProvenance({
    appVersion: APP_VERSION,
    exportedAt: input.exportedAt,
    source:
      input.source.kind === 'api'
        ? { kind: 'database', database: input.source.name, lastImport: input.lastImport }
        : { kind: 'snapshot', name: input.source.name, createdAt: input.source.createdAt ?? null },
    view: state.view,
    filters: shown ? activeFilters(state.filters) : null,
    focus: Object.keys(focus).length ? focus : null,
    scope,
    display: {
      projection: state.projection,
      colourBy: state.colourBy,
      ...(state.colourBy === 'measure' ? { colourMeasure: state.colourMeasure } : {}),
      sizeBy: state.sizeBy,
      ...(shown && Object.keys(highlights).length ? { highlights } : {}),
    },
    result: input.result,
  });
}
