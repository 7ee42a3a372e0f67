/**
 * The explorer's view state: everything a user changes about what is shown (view, filters,
 * styling, focus). It is serialisable, so it goes into the URL, into snapshots and into the
 * undo history unchanged.
 */
import type { ActorKind, Programme, TieKind, View } from '../model/domain';

/** Projected actor–actor ties (shared projects) are drawn as one more tie kind. */
export const SHARED_PROJECT = 'shared_project';
export type EdgeKind = TieKind | typeof SHARED_PROJECT;

export const COLOUR_BY = ['kind', 'sector', 'region', 'cluster', 'community', 'measure'] as const;
export type ColourBy = (typeof COLOUR_BY)[number];

export interface Filters {
  /** Empty list = no restriction. */
  kinds: ActorKind[];
  bureaus: string[];
  projects: string[];
  programmes: Programme[];
  tieKinds: EdgeKind[];
  /** Inclusive year range; a tie is kept when its span overlaps it. */
  years: [number, number] | null;
  hideIsolated: boolean;
}

export interface ViewState {
  view: View;
  /** Add actor–actor ties projected from shared project participation. */
  projection: boolean;
  colourBy: ColourBy;
  /** A numeric measure id from the measure registry. */
  sizeBy: string;
  /**
   * With colourBy `measure`: the numeric measure on a sequential colour scale (absent =
   * DEFAULT_COLOUR_MEASURE; optional so that older snapshots and URLs stay as they are).
   */
  colourMeasure?: string;
  /** sigma's labelDensity: higher shows more labels. */
  labelDensity: number;
  filters: Filters;
  focus: { node: string; depth: 1 | 2 } | null;
  pathFrom: string | null;
  pathTo: string | null;
  selected: string | null;
}

export const DEFAULT_COLOUR_MEASURE = 'betweenness';

export const EMPTY_FILTERS: Filters = {
  kinds: [],
  bureaus: [],
  projects: [],
  programmes: [],
  tieKinds: [],
  years: null,
  hideIsolated: false,
};

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'all',
  projection: false,
  colourBy: 'kind',
  sizeBy: 'degree',
  labelDensity: 1,
  filters: EMPTY_FILTERS,
  focus: null,
  pathFrom: null,
  pathTo: null,
  selected: null,
};

/** Toggles a value in a list filter (empty list means "all"). */
export function toggleIn<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
