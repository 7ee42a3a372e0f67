/**
 * Messages between the explorer and the analysis Web Worker.
 *
 * The page sends the network as graphology's serialised JSON (structured-cloned) with the
 * view to apply and the analysis options; the worker answers with progress messages and
 * then exactly one of `result` / `suggestions`, `cancelled` or `error` for that request id.
 * A `cancel` sets the request's abort flag, which the analysis checks between phases and
 * between BFS sources (it yields to the event loop regularly so the message gets through).
 */
import type { SerializedGraph } from 'graphology-types';
import type { View } from '../model/domain';
import type { AnalysisOptions } from '../analysis/run-analysis';
import type { SuggestOptions, Suggestion } from '../analysis/link-prediction';
import type { AnalysisProgress, AnalysisResult } from '../analysis/types';

/** The options that can cross the worker boundary (callbacks and signals stay behind). */
export type WorkerAnalysisOptions = Omit<AnalysisOptions, 'onProgress' | 'signal' | 'yieldControl'>;

export interface AnalyseRequest {
  type: 'analyse';
  id: number;
  network: SerializedGraph;
  /** Filter to apply first (default: the network as given). */
  view?: View;
  options: WorkerAnalysisOptions;
}

export interface SuggestRequest {
  type: 'suggest';
  id: number;
  network: SerializedGraph;
  view?: View;
  actor: string;
  /** Tie-strength attribute for simplification (`null` = binary). */
  weight?: string | null;
  options: SuggestOptions;
}

export interface CancelRequest {
  type: 'cancel';
  id: number;
}

export type AnalysisRequest = AnalyseRequest | SuggestRequest | CancelRequest;

export type AnalysisResponse =
  | { type: 'progress'; id: number; progress: AnalysisProgress }
  | { type: 'result'; id: number; result: AnalysisResult }
  | { type: 'suggestions'; id: number; suggestions: Suggestion[] }
  | { type: 'cancelled'; id: number }
  | {
      type: 'error';
      id: number;
      message: string;
      /** True when the input or options were at fault (not a bug). */
      inputError: boolean;
    };
