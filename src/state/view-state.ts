/**
 * The explorer's view state: everything a user changes about what is shown (view, filters,
 * styling, focus, analysis settings). One zod schema parses it wherever it comes from (the
 * URL, a snapshot file, the store), so all three hold the same validated type; a malformed
 * or unknown value falls back to its default instead of failing the whole state.
 */
import { z } from 'zod';
import { ACTOR_KINDS, EDGE_KINDS, PROGRAMMES, SIZE_CLASSES, VIEWS } from '../model/domain';
import { measureParams, MEASURE_LIST } from '../analysis/registry';
import { DEFAULT_RUN_SETTINGS, resolveSettings, type RunSettings } from '../analysis/run-settings';
import type { ParamValue } from '../analysis/params';
import { parseGapRules, type GapRulesInput } from '../analysis/gaps/rules-file';
import { GroupingChoiceSchema } from './groups';
import { NUMERIC_NODE_OUTPUTS } from './measure-catalogue';
import { CompareSettingsSchema } from './compare-settings';

export const COLOUR_BY = [
  'kind',
  'sector',
  'region',
  'prefecture',
  'sizeClass',
  'cluster',
  'community',
  'measure',
] as const;
export type ColourBy = (typeof COLOUR_BY)[number];

/** Size and colour measures renamed since earlier URLs and snapshots. */
const RENAMED_MEASURES: Record<string, string> = { strength: 'weightedDegree' };
const measureId = (fallback: string) =>
  z
    .string()
    .transform((id) => RENAMED_MEASURES[id] ?? id)
    .refine((id) => NUMERIC_NODE_OUTPUTS.some((o) => o.key === id))
    .catch(fallback);

const years = z
  .tuple([z.number().int(), z.number().int()])
  .transform(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));

/** A list filter keeps the values it knows and drops the rest (empty = no restriction). */
const knownList = <T extends string>(allowed: readonly T[]) =>
  z
    .array(z.unknown())
    .transform((values) => values.filter((v): v is T => allowed.includes(v as T)))
    .catch([]);
const stringList = z
  .array(z.unknown())
  .transform((values) => values.filter((v): v is string => typeof v === 'string' && v !== ''))
  .catch([]);

export const FiltersSchema = z.object({
  kinds: knownList(ACTOR_KINDS),
  bureaus: stringList,
  prefectures: stringList,
  /** Companies of these size classes (an SME is micro, small or medium); other actors pass. */
  sizeClasses: knownList(SIZE_CLASSES),
  projects: stringList,
  programmes: knownList(PROGRAMMES),
  tieKinds: knownList(EDGE_KINDS),
  /** Inclusive year range; a tie is kept when its span overlaps it. */
  years: years.nullable().catch(null),
  hideIsolated: z.boolean().catch(false),
});
export type Filters = z.infer<typeof FiltersSchema>;

export const EMPTY_FILTERS: Filters = FiltersSchema.parse({});

/** How the time control moves the year window (see time.ts). */
export const TimeControlSchema = z.object({
  mode: z.enum(['cumulative', 'window']).catch('cumulative'),
  /** Years in a moving window. */
  width: z.number().int().min(1).max(50).catch(3),
});
export type TimeControl = z.infer<typeof TimeControlSchema>;

/** The analysis settings a view was computed with: run-wide options and measure parameters. */
export interface AnalysisViewSettings {
  settings: RunSettings;
  /** Per-measure parameters, by measure id (missing ones take the registry defaults). */
  params: Record<string, Record<string, ParamValue>>;
}

/** The explorer groups brokerage and E-I by sector unless told otherwise. */
export const DEFAULT_ANALYSIS: AnalysisViewSettings = {
  settings: DEFAULT_RUN_SETTINGS,
  params: { brokerage: { groups: 'sector' }, eiIndex: { groups: 'sector' } },
};

/** Settings and parameters checked against the registry; an invalid one is dropped. */
const AnalysisSchema = z
  .object({
    settings: z.record(z.string(), z.unknown()),
    params: z.record(z.string(), z.unknown()),
  })
  .partial()
  .transform((raw): AnalysisViewSettings => {
    let settings: RunSettings;
    try {
      settings = resolveSettings(raw.settings ?? {});
    } catch {
      settings = DEFAULT_RUN_SETTINGS;
    }
    const params: AnalysisViewSettings['params'] = { ...DEFAULT_ANALYSIS.params };
    for (const [id, given] of Object.entries(raw.params ?? {})) {
      const spec = MEASURE_LIST.find((m) => m.id === id);
      if (!spec || typeof given !== 'object' || given === null) continue;
      try {
        measureParams(spec, given as Record<string, unknown>);
        params[id] = { ...params[id], ...(given as Record<string, ParamValue>) };
      } catch {
        // An invalid parameter keeps the default rather than breaking the view.
      }
    }
    return { settings, params };
  })
  .catch(DEFAULT_ANALYSIS);

/** The gap finder's thresholds (a rules file's shape); an invalid set keeps the defaults. */
const GapRulesSchema = z
  .unknown()
  .optional()
  .transform((raw): GapRulesInput => {
    try {
      return parseGapRules(raw ?? {});
    } catch {
      return {};
    }
  });

export const ViewStateSchema = z.object({
  view: z.enum(VIEWS).catch('all'),
  /** Add actor–actor ties projected from shared project participation. */
  projection: z.boolean().catch(false),
  colourBy: z.enum(COLOUR_BY).catch('kind'),
  /** A numeric node output of the registry. */
  sizeBy: measureId('degree'),
  /** With colourBy `measure`: the numeric node output on a sequential colour scale. */
  colourMeasure: measureId('betweenness'),
  /** sigma's labelDensity: higher shows more labels. */
  labelDensity: z.number().positive().max(10).catch(1),
  /** Label font size in CSS pixels (a presentation makes it larger still). */
  labelSize: z.number().min(8).max(40).catch(12),
  filters: FiltersSchema.catch(EMPTY_FILTERS),
  time: TimeControlSchema.catch({ mode: 'cumulative', width: 3 }),
  /** Ego focus; `layout`: the focus is laid out on its own (rings around the centre). */
  focus: z
    .object({
      node: z.string().min(1),
      depth: z.union([z.literal(1), z.literal(2)]),
      layout: z.boolean().catch(true),
    })
    .nullable()
    .catch(null),
  pathFrom: z.string().min(1).nullable().catch(null),
  pathTo: z.string().min(1).nullable().catch(null),
  selected: z.string().min(1).nullable().catch(null),
  /**
   * Level of detail: actors drawn as groups, some opened into their members; 'none' draws
   * every actor; null decides by the network's size (groups.ts).
   */
  groups: GroupingChoiceSchema.catch(null),
  analysis: AnalysisSchema,
  gapRules: GapRulesSchema,
  /** The Compare view and what it compares (compare-settings.ts); absent when closed. */
  compare: CompareSettingsSchema,
});
export type ViewState = z.infer<typeof ViewStateSchema>;

/** Parses a view state from anything (a snapshot's field, the URL's object form). */
export function parseViewState(value: unknown): ViewState {
  return ViewStateSchema.parse(typeof value === 'object' && value !== null ? value : {});
}

export const DEFAULT_VIEW_STATE: ViewState = parseViewState({});
export const DEFAULT_COLOUR_MEASURE = DEFAULT_VIEW_STATE.colourMeasure;

/** Toggles a value in a list filter (empty list means "all"). */
export function toggleIn<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
