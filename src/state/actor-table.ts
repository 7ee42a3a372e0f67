/**
 * The actor table as data: the shown actors (a focus or path restricts them), descriptive
 * columns, then every measure column the registry declares that has values, in registry
 * order so columns do not move when a measure arrives later; and the settings that produced
 * the numbers, for the CSV.
 */
import { measureById } from '../analysis/registry';
import { displayName, type Lang } from '../model/display-name';
import { paramsFor } from './analysis-requests';
import type { Derived } from './derived';
import { SCALAR_NODE_OUTPUTS } from './measure-catalogue';
import type { ViewState } from './view-state';

export const DESCRIPTIVE_COLUMNS = [
  'name',
  'kind',
  'sector',
  'prefecture',
  'region',
  'cluster',
  'sizeClass',
  'sme',
  'projects',
] as const;

export type Row = Record<string, string | number | boolean | null> & { key: string };

/** Measure columns with values for this view (output keys). */
export function measureColumns(derived: Derived): string[] {
  return SCALAR_NODE_OUTPUTS.filter((o) => derived.measures[o.key]).map((o) => o.key);
}

/** One row per shown actor: codes (translated by the UI), numbers as numbers. */
export function actorRows(derived: Derived, lang: Lang): Row[] {
  const { graph, shown, measures } = derived;
  const columns = measureColumns(derived);
  const rows: Row[] = [];
  for (const key of shown.nodes) {
    const a = graph.getNodeAttributes(key);
    const row: Row = {
      key,
      name: displayName(a, lang),
      kind: a.kind,
      sector: a.sector,
      prefecture: a.prefecture,
      region: a.bureau,
      cluster: a.cluster,
      sizeClass: a.sizeClass,
      sme: a.sme,
      projects: a.participations.length,
    };
    for (const id of columns) {
      const v = measures[id]!.get(key);
      // Communities are numbered from 1 for people, as in the legend.
      row[id] = v === undefined ? null : id === 'community' ? v + 1 : v;
    }
    rows.push(row);
  }
  return rows;
}

/** `# key: value` lines for the CSV: what was shown and how every column was computed. */
export function tableProvenance(
  state: ViewState,
  derived: Derived,
  source: string,
  exportedAt: string,
): [string, string][] {
  const lines: [string, string][] = [
    ['source', source],
    ['exported', exportedAt],
    ['view', state.view + (state.projection ? ' + projected shared projects' : '')],
    ['filters', JSON.stringify(state.filters)],
  ];
  if (state.focus) lines.push(['focus', `${state.focus.node}, ${state.focus.depth} step(s)`]);
  if (state.pathFrom && state.pathTo) lines.push(['path', `${state.pathFrom} → ${state.pathTo}`]);
  lines.push(['actors', String(derived.shown.nodes.size)]);
  for (const id of Object.keys(derived.results)) {
    const spec = measureById(id)!;
    const settings = Object.fromEntries(spec.uses.map((u) => [u, state.analysis.settings[u]]));
    lines.push([
      `measure ${id}`,
      JSON.stringify({ ...settings, params: paramsFor(spec, state.analysis) }),
    ]);
  }
  return lines;
}
