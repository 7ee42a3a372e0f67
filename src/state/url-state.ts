/**
 * View state <-> URL query string, so a view can be bookmarked and shared. Only values that
 * differ from the defaults are written; reading builds the object form and lets the one
 * view-state schema validate it (unknown or malformed values fall back to defaults).
 *
 * Analysis settings travel as `a.<option>.<param>` (run-wide options, e.g.
 * `a.distance.distance=inverse`) and `p.<measure>.<param>` (measure parameters, e.g.
 * `p.pagerank.alpha=0.9`).
 */
import { measureById } from '../analysis/registry';
import type { ParamSpec, ParamValue } from '../analysis/params';
import { RUN_SETTINGS } from '../analysis/run-settings';
import { RUN_OPTIONS } from '../analysis/measure-spec';
import { GAP_RULES, INTRODUCTION_PARAMS } from '../analysis/gaps/spec';
import { DEFAULT_VIEW_STATE, parseViewState, type ViewState } from './view-state';
import { compareFromParams, compareToParams } from './compare-settings';

/** Gap thresholds travel as `g.<rule id>.<param>` and `g.introductions.<param>`. */
const gapParamSpecs = (owner: string): readonly ParamSpec[] | undefined =>
  owner === 'introductions' ? INTRODUCTION_PARAMS : GAP_RULES[owner as keyof typeof GAP_RULES];

/** Parameters that are not view state but live in the same query string. */
export const OTHER_PARAMS = ['lang', 'snapshot', 'story', 'step', 'present'] as const;

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

const formatParam = (value: ParamValue) => (value === null ? '' : String(value));
function readParam(spec: ParamSpec | undefined, text: string): unknown {
  switch (spec?.type) {
    case 'number':
      return text.trim() === '' ? text : Number(text);
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'attribute':
      return text === '' ? null : text;
    default:
      return text;
  }
}

export function viewStateToParams(
  state: ViewState,
  params = new URLSearchParams(),
): URLSearchParams {
  const d = DEFAULT_VIEW_STATE;
  const set = (key: string, value: string | null) =>
    value === null ? params.delete(key) : params.set(key, value);
  const setList = (key: string, values: readonly string[]) =>
    set(key, values.length ? values.join(',') : null);
  set('view', state.view !== d.view ? state.view : null);
  set('proj', state.projection ? '1' : null);
  set('colour', state.colourBy !== d.colourBy ? state.colourBy : null);
  set('size', state.sizeBy !== d.sizeBy ? state.sizeBy : null);
  set('cmeasure', state.colourMeasure !== d.colourMeasure ? state.colourMeasure : null);
  set('labels', state.labelDensity !== d.labelDensity ? String(state.labelDensity) : null);
  set('lsize', state.labelSize !== d.labelSize ? String(state.labelSize) : null);
  const f = state.filters;
  setList('kinds', f.kinds);
  setList('bureaus', f.bureaus);
  setList('prefs', f.prefectures);
  setList('sizes', f.sizeClasses);
  setList('projects', f.projects);
  setList('programmes', f.programmes);
  setList('ties', f.tieKinds);
  set('years', f.years ? `${f.years[0]}-${f.years[1]}` : null);
  set('isolated', f.hideIsolated ? 'hide' : null);
  set('tmode', state.time.mode !== d.time.mode ? state.time.mode : null);
  set('twidth', state.time.width !== d.time.width ? String(state.time.width) : null);
  set(
    'focus',
    state.focus
      ? `${state.focus.node}~${state.focus.depth}${state.focus.layout ? '' : '~fixed'}`
      : null,
  );
  set('from', state.pathFrom);
  set('to', state.pathTo);
  set('sel', state.selected);
  const groups = state.groups === 'none' ? null : state.groups;
  set('group', state.groups === 'none' ? 'none' : (groups?.by ?? null));
  setList('open', groups?.open ?? []);
  compareToParams(state.compare, params);

  for (const key of [...params.keys()])
    if (key.startsWith('a.') || key.startsWith('p.') || key.startsWith('g.')) params.delete(key);
  const gapOwners: [string, Readonly<Record<string, unknown>> | undefined][] = [
    ...Object.entries(state.gapRules.rules ?? {}),
    ['introductions', state.gapRules.introductions],
  ];
  for (const [owner, values] of gapOwners) {
    for (const spec of gapParamSpecs(owner) ?? []) {
      const value = values?.[spec.id];
      if (value !== undefined && value !== spec.default)
        params.set(`g.${owner}.${spec.id}`, formatParam(value as ParamValue));
    }
  }
  for (const option of RUN_OPTIONS) {
    const values = state.analysis.settings[option] as Record<string, ParamValue>;
    const defaults = d.analysis.settings[option] as Record<string, ParamValue>;
    for (const spec of RUN_SETTINGS[option]) {
      if (values[spec.id] !== defaults[spec.id])
        params.set(`a.${option}.${spec.id}`, formatParam(values[spec.id]!));
    }
  }
  for (const [measure, values] of Object.entries(state.analysis.params)) {
    const defaults = d.analysis.params[measure] ?? {};
    const spec = measureById(measure);
    for (const p of spec?.params ?? []) {
      const value = values[p.id];
      if (value === undefined) continue;
      if (value !== (p.id in defaults ? defaults[p.id] : p.default))
        params.set(`p.${measure}.${p.id}`, formatParam(value));
    }
  }
  return params;
}

function parseYears(value: string | null): [number, number] | null {
  const match = value?.match(/^(\d{4})-(\d{4})$/);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

export function viewStateFromParams(params: URLSearchParams): ViewState {
  const focus = params.get('focus')?.match(/^(.+)~([12])(~fixed)?$/);
  const settings: Record<string, Record<string, unknown>> = {};
  const measureParams: Record<string, Record<string, unknown>> = {};
  const gapRules: Record<string, Record<string, unknown>> = {};
  let introductions: Record<string, unknown> | undefined;
  for (const [key, value] of params) {
    const m = key.match(/^([apg])\.([^.]+)\.([^.]+)$/);
    if (!m) continue;
    const [, kind, owner = '', id = ''] = m;
    if (kind === 'g') {
      const spec = gapParamSpecs(owner)?.find((s) => s.id === id);
      if (owner === 'introductions') (introductions ??= {})[id] = readParam(spec, value);
      else (gapRules[owner] ??= {})[id] = readParam(spec, value);
    } else if (kind === 'a') {
      const spec = (RUN_SETTINGS as Record<string, readonly ParamSpec[]>)[owner]?.find(
        (s) => s.id === id,
      );
      (settings[owner] ??= {})[id] = readParam(spec, value);
    } else {
      const spec = measureById(owner)?.params.find((s) => s.id === id);
      (measureParams[owner] ??= {})[id] = readParam(spec, value);
    }
  }
  const labels = params.get('labels');
  const labelSize = params.get('lsize');
  return parseViewState({
    view: params.get('view') ?? undefined,
    projection: params.get('proj') === '1',
    colourBy: params.get('colour') ?? undefined,
    sizeBy: params.get('size') ?? undefined,
    colourMeasure: params.get('cmeasure') ?? undefined,
    labelDensity: labels === null ? undefined : Number(labels),
    labelSize: labelSize === null ? undefined : Number(labelSize),
    filters: {
      kinds: list(params.get('kinds')),
      bureaus: list(params.get('bureaus')),
      prefectures: list(params.get('prefs')),
      sizeClasses: list(params.get('sizes')),
      projects: list(params.get('projects')),
      programmes: list(params.get('programmes')),
      tieKinds: list(params.get('ties')),
      years: parseYears(params.get('years')),
      hideIsolated: params.get('isolated') === 'hide',
    },
    time: {
      mode: params.get('tmode') ?? undefined,
      width: params.has('twidth') ? Number(params.get('twidth')) : undefined,
    },
    focus: focus ? { node: focus[1], depth: Number(focus[2]), layout: !focus[3] } : null,
    pathFrom: params.get('from'),
    pathTo: params.get('to'),
    selected: params.get('sel'),
    groups:
      params.get('group') === 'none'
        ? 'none'
        : params.has('group')
          ? { by: params.get('group'), open: list(params.get('open')) }
          : null,
    analysis: { settings, params: measureParams },
    gapRules: {
      ...(Object.keys(gapRules).length > 0 && { rules: gapRules }),
      ...(introductions && { introductions }),
    },
    compare: compareFromParams(params),
  });
}

/** True when the query string holds any view-state parameter (then it wins over a snapshot's). */
export function hasViewParams(params: URLSearchParams): boolean {
  return [...params.keys()].some((k) => !(OTHER_PARAMS as readonly string[]).includes(k));
}
