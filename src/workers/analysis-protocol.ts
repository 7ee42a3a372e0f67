/**
 * Messages between the explorer and its one analysis Web Worker.
 *
 * The page sends a network once (`load`, structured-cloned graphology JSON, a large one in
 * `load-part` slices) under a graph id
 * and then addresses it by that id: `compute` (measures of the registry with their options),
 * `suggest` (introductions for one actor), `gaps` (the gap finder's report) and `compare` (two
 * windows or groups, or every group, side by side). The worker answers each request with
 * progress messages and then exactly one of `result` / `suggestions` / `gaps` / `compare`,
 * `cancelled` or `error`. A `cancel` sets the request's abort flag, which the analysis checks
 * between phases and between BFS sources (it yields to the event loop regularly so the message
 * gets through). `drop` forgets a network the page no longer shows.
 */
import type { SerializedGraph } from 'graphology-types';
import type { AnalysisOptions } from '../analysis/run-analysis';
import type { SuggestOptions, Suggestion } from '../analysis/link-prediction';
import type { AnalysisProgress, AnalysisResult } from '../analysis/types';
import type { GapOptions } from '../analysis/gaps/run-gaps';
import type { GapReport } from '../analysis/gaps/types';
import type { CompareOutcome, CompareRequest } from '../analysis/compare-request';
import type { CompareAnalysisOptions } from '../analysis/compare';
import type { NetworkSlice } from './network-slices';

/** The options that can cross the worker boundary (callbacks and signals stay behind). */
export type WorkerAnalysisOptions = Omit<AnalysisOptions, 'onProgress' | 'signal' | 'yieldControl'>;
export type WorkerGapOptions = Pick<GapOptions, 'analysis' | 'thresholds' | 'view'>;
/** A comparison (compare-request.ts) with the run-wide analysis options it is measured with. */
export interface WorkerCompareOptions {
  request: CompareRequest;
  analysis: Omit<CompareAnalysisOptions, 'signal' | 'yieldControl' | 'sweepRunner'>;
}

export type AnalysisRequest =
  /** `parts`: the actors and ties follow in that many `load-part` messages (network-slices.ts). */
  | { type: 'load'; graphId: number; network: SerializedGraph; parts?: number }
  | ({ type: 'load-part'; graphId: number } & NetworkSlice)
  | { type: 'drop'; graphId: number }
  | { type: 'compute'; id: number; graphId: number; options: WorkerAnalysisOptions }
  | {
      type: 'suggest';
      id: number;
      graphId: number;
      actor: string;
      /** Tie-strength attribute for simplification (`null` = binary). */
      weight: string | null;
      options: SuggestOptions;
    }
  | { type: 'gaps'; id: number; graphId: number; options: WorkerGapOptions }
  | { type: 'compare'; id: number; graphId: number; options: WorkerCompareOptions }
  | { type: 'cancel'; id: number };

export type AnalysisResponse =
  | { type: 'progress'; id: number; progress: AnalysisProgress }
  | { type: 'result'; id: number; result: AnalysisResult }
  | { type: 'suggestions'; id: number; suggestions: Suggestion[] }
  | { type: 'gaps'; id: number; report: GapReport }
  | { type: 'compare'; id: number; outcome: CompareOutcome }
  | { type: 'cancelled'; id: number }
  | {
      type: 'error';
      id: number;
      message: string;
      /** True when the input or options were at fault (not a bug). */
      inputError: boolean;
    };
