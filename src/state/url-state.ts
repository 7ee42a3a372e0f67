/**
 * View state <-> URL query string, so a view can be bookmarked and shared. Only values that
 * differ from the defaults are written; unknown or malformed values fall back to defaults.
 */
import { ACTOR_KINDS, PROGRAMMES, TIE_KINDS, VIEWS } from '../model/domain';
import {
  COLOUR_BY,
  DEFAULT_VIEW_STATE,
  SHARED_PROJECT,
  type EdgeKind,
  type Filters,
  type ViewState,
} from './view-state';

const EDGE_KINDS: readonly string[] = [...TIE_KINDS, SHARED_PROJECT];
/** Parameters that are not view state but live in the same query string. */
export const OTHER_PARAMS = ['lang', 'snapshot'] as const;

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const only = <T extends string>(allowed: readonly string[], values: string[]) =>
  values.filter((v) => allowed.includes(v)) as T[];

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
  set('cmeasure', state.colourMeasure ?? null);
  set('labels', state.labelDensity !== d.labelDensity ? String(state.labelDensity) : null);
  const f = state.filters;
  setList('kinds', f.kinds);
  setList('bureaus', f.bureaus);
  setList('projects', f.projects);
  setList('programmes', f.programmes);
  setList('ties', f.tieKinds);
  set('years', f.years ? `${f.years[0]}-${f.years[1]}` : null);
  set('isolated', f.hideIsolated ? 'hide' : null);
  set('focus', state.focus ? `${state.focus.node}~${state.focus.depth}` : null);
  set('from', state.pathFrom);
  set('to', state.pathTo);
  set('sel', state.selected);
  return params;
}

function parseYears(value: string | null): [number, number] | null {
  const match = value?.match(/^(\d{4})-(\d{4})$/);
  if (!match) return null;
  const a = Number(match[1]);
  const b = Number(match[2]);
  return a <= b ? [a, b] : [b, a];
}

export function viewStateFromParams(params: URLSearchParams): ViewState {
  const d = DEFAULT_VIEW_STATE;
  const view = params.get('view');
  const colour = params.get('colour');
  const labels = Number(params.get('labels'));
  const focusMatch = params.get('focus')?.match(/^(.+)~([12])$/);
  const filters: Filters = {
    kinds: only(ACTOR_KINDS, list(params.get('kinds'))),
    bureaus: list(params.get('bureaus')),
    projects: list(params.get('projects')),
    programmes: only(PROGRAMMES, list(params.get('programmes'))),
    tieKinds: only<EdgeKind>(EDGE_KINDS, list(params.get('ties'))),
    years: parseYears(params.get('years')),
    hideIsolated: params.get('isolated') === 'hide',
  };
  return {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as ViewState['view']) : d.view,
    projection: params.get('proj') === '1',
    colourBy: (COLOUR_BY as readonly string[]).includes(colour ?? '')
      ? (colour as ViewState['colourBy'])
      : d.colourBy,
    sizeBy: params.get('size') || d.sizeBy,
    ...(params.get('cmeasure') ? { colourMeasure: params.get('cmeasure')! } : {}),
    labelDensity: Number.isFinite(labels) && labels > 0 && labels <= 10 ? labels : d.labelDensity,
    filters,
    focus: focusMatch ? { node: focusMatch[1]!, depth: Number(focusMatch[2]) as 1 | 2 } : null,
    pathFrom: params.get('from') || null,
    pathTo: params.get('to') || null,
    selected: params.get('sel') || null,
  };
}

/** True when the query string holds any view-state parameter (then it wins over a snapshot's). */
export function hasViewParams(params: URLSearchParams): boolean {
  return [...params.keys()].some((k) => !(OTHER_PARAMS as readonly string[]).includes(k));
}
