/**
 * The Compare view's settings, part of the view state (undo, snapshots, stories) and of the
 * URL, so a link reopens the same comparison: `cmp=periods&ca=2001-2005&cb=2006-2010`,
 * `cmp=pair&cby=prefecture&cga=群馬県&cgb=長野県`, `cmp=groups&cby=project`. Absent means the
 * view is closed. What the worker is asked for follows from them (`compareOptions`).
 */
import { z } from 'zod';
import { GROUP_BY } from '../analysis/compare-groups';
import type { CompareRequest } from '../analysis/compare-request';
import { optionsFromSettings } from '../analysis/run-settings';
import type { WorkerCompareOptions } from '../workers/analysis-protocol';
import type { Interval } from './activity';
import type { ViewState } from './view-state';

export const COMPARE_MODES = ['periods', 'pair', 'groups'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

const yearPair = z
  .tuple([z.number().int(), z.number().int()])
  .transform(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));

export const CompareSettingsSchema = z
  .object({
    mode: z.enum(COMPARE_MODES),
    /** The two periods (mode `periods`); null until the view picks halves of the years. */
    a: yearPair.nullable().catch(null),
    b: yearPair.nullable().catch(null),
    /** What the groups are (modes `pair` and `groups`). */
    by: z.enum(GROUP_BY).catch('project'),
    /** The two groups of mode `pair` (ids: project id, prefecture, bureau, community number). */
    groupA: z.string().min(1).nullable().catch(null),
    groupB: z.string().min(1).nullable().catch(null),
  })
  // Absent when closed, so a view state without a comparison (a snapshot's, a story step's)
  // is written exactly as before the Compare view existed.
  .optional()
  .catch(undefined);
export type CompareSettings = NonNullable<z.infer<typeof CompareSettingsSchema>>;

/** The view as it opens: periods, windows chosen from the network's years. */
export const OPEN_COMPARE: CompareSettings = {
  mode: 'periods',
  a: null,
  b: null,
  by: 'project',
  groupA: null,
  groupB: null,
};

/** The network's years split in two halves (earlier half one year longer when odd). */
export function defaultWindows(bounds: Interval | null): [[number, number], [number, number]] {
  if (!bounds)
    return [
      [2000, 2004],
      [2005, 2009],
    ];
  const [from, to] = bounds;
  if (from === to)
    return [
      [from, to],
      [from, to],
    ];
  const split = from + Math.ceil((to - from + 1) / 2) - 1;
  return [
    [from, split],
    [split + 1, to],
  ];
}

const formatWindow = (w: readonly [number, number]) => `${w[0]}-${w[1]}`;
function parseWindow(text: string | null): [number, number] | null {
  const m = text?.match(/^(\d{4})-(\d{4})$/);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** URL keys of the Compare view. */
export const COMPARE_PARAMS = ['cmp', 'ca', 'cb', 'cby', 'cga', 'cgb'] as const;

export function compareToParams(
  settings: CompareSettings | undefined,
  params: URLSearchParams,
): void {
  for (const key of COMPARE_PARAMS) params.delete(key);
  if (!settings) return;
  params.set('cmp', settings.mode);
  if (settings.mode === 'periods') {
    if (settings.a) params.set('ca', formatWindow(settings.a));
    if (settings.b) params.set('cb', formatWindow(settings.b));
    return;
  }
  params.set('cby', settings.by);
  if (settings.mode === 'pair') {
    if (settings.groupA) params.set('cga', settings.groupA);
    if (settings.groupB) params.set('cgb', settings.groupB);
  }
}

/** The object form for the view-state schema to validate (undefined: the view is closed). */
export function compareFromParams(params: URLSearchParams): unknown {
  const mode = params.get('cmp');
  if (mode === null) return undefined;
  return {
    mode,
    a: parseWindow(params.get('ca')),
    b: parseWindow(params.get('cb')),
    by: params.get('cby') ?? undefined,
    groupA: params.get('cga'),
    groupB: params.get('cgb'),
  };
}

/**
 * The request the settings stand for, or null when it is not complete yet (a pair without
 * its two groups). Group comparisons follow the year control: the groups of the window shown.
 */
export function compareRequest(state: ViewState, bounds: Interval | null): CompareRequest | null {
  const c = state.compare;
  if (!c) return null;
  const years = state.filters.years
    ? { from: state.filters.years[0], to: state.filters.years[1] }
    : null;
  if (c.mode === 'periods') {
    const [da, db] = defaultWindows(bounds);
    const [a, b] = [c.a ?? da, c.b ?? db];
    return { kind: 'periods', a: { from: a[0], to: a[1] }, b: { from: b[0], to: b[1] } };
  }
  if (c.mode === 'groups') return { kind: 'groups', by: c.by, years };
  if (!c.groupA || !c.groupB) return null;
  return { kind: 'pair', by: c.by, a: c.groupA, b: c.groupB, years };
}

export function compareOptions(request: CompareRequest, state: ViewState): WorkerCompareOptions {
  return { request, analysis: optionsFromSettings(state.analysis.settings) };
}

/** Requests with equal keys have equal results (same network, same settings). */
export const compareKey = (options: WorkerCompareOptions) => JSON.stringify(options);
