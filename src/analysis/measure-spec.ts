/**
 * The shape of a measure in the registry: id, i18n keys, typed parameters, the run-wide
 * options it depends on, declared outputs and the function computing them. Outputs keep
 * their literal scope, key and type, so the result types (`NodeMetrics`, …) are derived from
 * the declarations instead of being written a second time.
 */
import type { AnalysisContext } from './context';
import type { ParamSpec, ParamValues } from './params';
import type { Task } from './task';
import type { JsonValue } from './types';

export type OutputType =
  /** A finite number; NaN / ±Infinity become null (and the output is then nullable). */
  | 'number'
  | 'integer'
  | 'boolean'
  /** A label (string) or null. */
  | 'category'
  /** Any JSON value, as computed. */
  | 'json';

export type OutputScope = 'node' | 'edge' | 'graph';

export interface OutputSpec<
  S extends OutputScope = OutputScope,
  K extends string = string,
  T extends OutputType = OutputType,
  N extends boolean = boolean,
  J = unknown,
> {
  scope: S;
  key: K;
  type: T;
  nullable: N;
  /** i18n key of the column / row / legend title. */
  labelKey: string;
  /** An integer that names a group (community, component), not an amount: never a size. */
  identifier?: boolean;
  /** Compile-time only: the type of a `json` output's values. */
  readonly valueType?: J;
}

/**
 * Run-wide options (shared by all measures of a run) that a measure's result depends on:
 * `weight` (tie strength or binary), `distance` (hops or 1/strength), `betweenness` (exact or
 * sampled, k, seed) and `communities` (algorithm, seed and resolution of the one community
 * detection).
 */
export const RUN_OPTIONS = ['weight', 'distance', 'betweenness', 'communities'] as const;
export type RunOption = (typeof RUN_OPTIONS)[number];

/** A column of per-node or per-edge values (typed array or plain array). */
export type Column = ArrayLike<number> | readonly JsonValue[];

export interface MeasureOutput {
  nodes?: Record<string, Column>;
  edges?: Record<string, Column>;
  graph?: Record<string, JsonValue>;
}

export interface MeasureSpec<
  P extends readonly ParamSpec[] = readonly ParamSpec[],
  O extends readonly OutputSpec[] = readonly OutputSpec[],
> {
  id: string;
  labelKey: string;
  descriptionKey: string;
  /** Which run-wide options change the result. */
  uses: readonly RunOption[];
  /** Needs a grouping: skipped while its `groups` parameter is null. */
  needsGroups?: boolean;
  params: P;
  outputs: O;
  /** Rough number of elementary steps, to weight progress. */
  cost(ctx: AnalysisContext): number;
  /**
   * A generator (long computations: reports progress, can be cancelled), a promise (work
   * driven through `ctx.run` / `ctx.sweep`, possibly on other threads) or a plain result.
   * (Method syntax on purpose: a measure with its own parameter type is still a MeasureSpec.)
   */
  compute(
    ctx: AnalysisContext,
    params: ParamValues<P>,
  ): Task<MeasureOutput> | Promise<MeasureOutput> | MeasureOutput;
}

/** Keeps the literal types of a measure's parameters and outputs. */
export function defineMeasure<
  const P extends readonly ParamSpec[],
  const O extends readonly OutputSpec[],
>(spec: MeasureSpec<P, O>): MeasureSpec<P, O> {
  return spec;
}

/**
 * A declared output whose labels live at `analysis.outputs.<scope>.<key>`. Overloads, not a
 * defaulted type parameter: inside the registry's array a default would be inferred from the
 * array's element type (any boolean) and the derived result types would lose "not null".
 */
export function output<
  const S extends OutputScope,
  const K extends string,
  const T extends Exclude<OutputType, 'json'>,
>(scope: S, key: K, type: T): OutputSpec<S, K, T, false>;
export function output<
  const S extends OutputScope,
  const K extends string,
  const T extends Exclude<OutputType, 'json'>,
>(scope: S, key: K, type: T, nullable: true): OutputSpec<S, K, T, true>;
export function output(
  scope: OutputScope,
  key: string,
  type: Exclude<OutputType, 'json'>,
  nullable = false,
): OutputSpec {
  return { scope, key, type, nullable, labelKey: `analysis.outputs.${scope}.${key}` };
}

/** An integer naming a group (community number, component id). */
export function idOutput<const S extends OutputScope, const K extends string>(
  scope: S,
  key: K,
): OutputSpec<S, K, 'integer', false> {
  return { ...output(scope, key, 'integer'), identifier: true };
}

/** A `json` output with the type of its values: `jsonOutput<BrokerageCounts>()('node', 'brokerage', true)`. */
export function jsonOutput<J>() {
  function make<const S extends OutputScope, const K extends string>(
    scope: S,
    key: K,
  ): OutputSpec<S, K, 'json', false, J>;
  function make<const S extends OutputScope, const K extends string>(
    scope: S,
    key: K,
    nullable: true,
  ): OutputSpec<S, K, 'json', true, J>;
  function make(scope: OutputScope, key: string, nullable = false): OutputSpec {
    return { scope, key, type: 'json', nullable, labelKey: `analysis.outputs.${scope}.${key}` };
  }
  return make;
}

/** The value type of one output, as it appears in the JSON result. */
export type OutputValue<O> =
  O extends OutputSpec<OutputScope, string, infer T, infer N, infer J>
    ? | (T extends 'number' | 'integer'
          ? number
          : T extends 'boolean'
            ? boolean
            : T extends 'category'
              ? string
              : J)
      | (N extends true ? null : never)
    : never;

type OutputsOf<M> = M extends { outputs: readonly (infer O)[] } ? O : never;

/** `{ <key>?: value }` for every output of one scope declared by the given measures. */
export type MetricsOf<Ms extends readonly unknown[], S extends OutputScope> = {
  [
    O in Extract<OutputsOf<Ms[number]>, { scope: S }> as O extends { key: infer K extends string }
      ? K
      : never
  ]?: OutputValue<O>;
};
