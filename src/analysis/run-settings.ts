/**
 * The run-wide options as typed parameters, so a UI generates their controls the same way
 * as the measures' own parameters, and stores them (URL, snapshot) as plain values.
 * `optionsFromSettings` turns them into the `AnalysisOptions` every run takes.
 */
import { DEFAULT_SAMPLE_SIZE } from './betweenness';
import type { RunOption } from './measure-spec';
import { resolveParams, type ParamSpec, type ParamValues } from './params';
import type { AnalysisOptions } from './run-analysis';

export const RUN_SETTINGS = {
  weight: [
    {
      id: 'weight',
      labelKey: 'analysis.settings.weight',
      type: 'enum',
      options: ['weight', 'none'],
      default: 'weight',
    },
  ],
  distance: [
    {
      id: 'distance',
      labelKey: 'analysis.settings.distance',
      type: 'enum',
      options: ['hops', 'inverse'],
      default: 'hops',
    },
  ],
  betweenness: [
    {
      id: 'mode',
      labelKey: 'analysis.settings.betweennessMode',
      type: 'enum',
      options: ['exact', 'sampled'],
      default: 'exact',
    },
    {
      id: 'k',
      labelKey: 'analysis.settings.sampleSize',
      type: 'number',
      default: DEFAULT_SAMPLE_SIZE,
      min: 1,
      integer: true,
    },
    { id: 'seed', labelKey: 'analysis.settings.seed', type: 'number', default: 1, integer: true },
  ],
  communities: [
    { id: 'seed', labelKey: 'analysis.settings.seed', type: 'number', default: 1, integer: true },
    {
      id: 'resolution',
      labelKey: 'analysis.settings.resolution',
      type: 'number',
      default: 1,
      min: 0.05,
      max: 20,
    },
  ],
} as const satisfies Record<RunOption, readonly ParamSpec[]>;

export type RunSettings = { [K in RunOption]: ParamValues<(typeof RUN_SETTINGS)[K]> };

export const DEFAULT_RUN_SETTINGS: RunSettings = {
  weight: resolveParams(RUN_SETTINGS.weight),
  distance: resolveParams(RUN_SETTINGS.distance),
  betweenness: resolveParams(RUN_SETTINGS.betweenness),
  communities: resolveParams(RUN_SETTINGS.communities),
};

/** Settings with defaults filled in and every value checked (throws AnalysisInputError). */
export function resolveSettings(given: {
  [K in RunOption]?: Readonly<Record<string, unknown>>;
}): RunSettings {
  return {
    weight: resolveParams(RUN_SETTINGS.weight, given.weight, 'weight'),
    distance: resolveParams(RUN_SETTINGS.distance, given.distance, 'distance'),
    betweenness: resolveParams(RUN_SETTINGS.betweenness, given.betweenness, 'betweenness'),
    communities: resolveParams(RUN_SETTINGS.communities, given.communities, 'communities'),
  };
}

export function optionsFromSettings(
  s: RunSettings,
): Pick<AnalysisOptions, 'weight' | 'distance' | 'seed' | 'resolution' | 'betweenness'> {
  return {
    weight: s.weight.weight === 'none' ? null : s.weight.weight,
    distance: s.distance.distance,
    seed: s.communities.seed,
    resolution: s.communities.resolution,
    betweenness: { mode: s.betweenness.mode, k: s.betweenness.k, seed: s.betweenness.seed },
  };
}
