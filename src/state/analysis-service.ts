/**
 * The explorer's one analysis service: one Web Worker (plus the sweep workers it starts),
 * the current network sent to it once and then addressed by id, and requests for whatever
 * measures are missing under the current settings. The store owns it and calls `ensure`
 * after every change; components only read the results from the store.
 */
import { AnalysisAbortedError } from '../analysis/task';
import type { SerializedGraph } from 'graphology-types';
import type { AnalysisProgress, AnalysisResult } from '../analysis/types';
import type { Suggestion, SuggestOptions } from '../analysis/link-prediction';
import type { GapReport } from '../analysis/gaps/types';
import type { CompareOutcome } from '../analysis/compare-request';
import type { WorkerCompareOptions, WorkerGapOptions } from '../workers/analysis-protocol';
import { createAnalysisClient, type AnalysisClient } from '../workers/analysis-client';
import { requestKey, workerOptions } from './analysis-requests';
import type { ExplorerGraph } from './base-graph';
import type { AnalysisViewSettings } from './view-state';

export interface ServiceCallbacks {
  /** Results for `graph`, by request key. */
  onResults(graph: ExplorerGraph, results: Record<string, AnalysisResult>): void;
  onProgress(graph: ExplorerGraph, progress: AnalysisProgress | null): void;
  /** A request failed (not cancelled): the keys it held and the reason. */
  onFailure(graph: ExplorerGraph, keys: string[], message: string): void;
  onCancelled(graph: ExplorerGraph, keys: string[]): void;
}

export interface ScopeControls {
  signal?: AbortSignal;
  onProgress?: (progress: AnalysisProgress) => void;
}

interface InFlight {
  keys: string[];
  controller: AbortController;
}

export class AnalysisService {
  private client: AnalysisClient | null = null;
  private graph: ExplorerGraph | null = null;
  private graphId = 0;
  private readonly inFlight = new Set<InFlight>();
  /** The network of `computeOn`, loaded in the worker beside the view's. */
  private scoped: { key: object; id: number } | null = null;

  constructor(
    private readonly callbacks: ServiceCallbacks,
    private readonly createClient: () => AnalysisClient = () => createAnalysisClient(),
  ) {}

  private get worker(): AnalysisClient {
    return (this.client ??= this.createClient());
  }

  /** Makes `graph` the service's network: sends it once, forgets the previous one. */
  private attach(graph: ExplorerGraph): number {
    if (this.graph === graph) return this.graphId;
    this.cancelAll();
    if (this.graphId) this.worker.drop(this.graphId);
    this.graph = graph;
    this.graphId = this.worker.load(graph.export());
    return this.graphId;
  }

  /** Keys being computed for the current graph. */
  pendingKeys(): Set<string> {
    return new Set([...this.inFlight].flatMap((r) => r.keys));
  }

  /**
   * Requests the measures whose results are neither known (`have`) nor on their way,
   * under the given settings: one request for all of them, so there is one progress bar.
   */
  ensure(
    graph: ExplorerGraph,
    measures: readonly string[],
    analysis: AnalysisViewSettings,
    skip: (key: string) => boolean,
  ): void {
    this.attach(graph);
    const pending = this.pendingKeys();
    const missing = measures.filter((m) => {
      const key = requestKey(m, analysis);
      return !skip(key) && !pending.has(key);
    });
    if (missing.length === 0) return;
    // Failures and cancels reach the store through the callbacks.
    this.run(graph, missing, analysis).catch(() => undefined);
  }

  /**
   * Computes these measures on the current graph now (an export, the graph-level panel) and
   * returns them by request key; they also land in the store like `ensure`'s. `signal`
   * cancels only this request.
   */
  request(
    graph: ExplorerGraph,
    measures: readonly string[],
    analysis: AnalysisViewSettings,
    controls: ScopeControls = {},
  ): Promise<Record<string, AnalysisResult>> {
    this.attach(graph);
    if (measures.length === 0) return Promise.resolve({});
    return this.run(graph, measures, analysis, controls);
  }

  private run(
    graph: ExplorerGraph,
    missing: readonly string[],
    analysis: AnalysisViewSettings,
    controls: ScopeControls = {},
  ): Promise<Record<string, AnalysisResult>> {
    const graphId = this.attach(graph);
    const keys = missing.map((m) => requestKey(m, analysis));
    const request: InFlight = { keys, controller: new AbortController() };
    controls.signal?.addEventListener('abort', () => request.controller.abort());
    this.inFlight.add(request);
    const { callbacks } = this;
    return this.worker
      .compute(graphId, workerOptions(missing, analysis), {
        signal: request.controller.signal,
        onProgress: (p) => {
          if (this.graph === graph) callbacks.onProgress(graph, p);
          controls.onProgress?.(p);
        },
      })
      .then(
        (result) => {
          const byKey: Record<string, AnalysisResult> = {};
          missing.forEach((m, i) => (byKey[keys[i]!] = onlyMeasure(result, m)));
          if (this.graph === graph) callbacks.onResults(graph, byKey);
          return byKey;
        },
        (error: Error) => {
          if (this.graph === graph) {
            if (error instanceof AnalysisAbortedError) callbacks.onCancelled(graph, keys);
            else callbacks.onFailure(graph, keys, error.message);
          }
          throw error;
        },
      )
      .finally(() => {
        this.inFlight.delete(request);
        if (this.graph === graph && this.inFlight.size === 0) callbacks.onProgress(graph, null);
      });
  }

  /**
   * Measures of another network than the view's (what is on screen after filters, a focus
   * or a year window), for the graph-level panel and exports. The worker keeps the last such
   * network, identified by `key`, next to the view's, so asking again for the same scope
   * does not send it again; results are not stored (the caller keeps what it needs).
   */
  computeOn(
    key: object,
    network: () => SerializedGraph,
    measures: readonly string[],
    analysis: AnalysisViewSettings,
    controls: ScopeControls = {},
  ): Promise<AnalysisResult> {
    if (this.scoped?.key !== key) {
      if (this.scoped) this.worker.drop(this.scoped.id);
      this.scoped = { key, id: this.worker.load(network()) };
    }
    return this.worker.compute(this.scoped.id, workerOptions(measures, analysis), controls);
  }

  /** Introductions for one actor, computed in the worker on the current network. */
  suggest(
    graph: ExplorerGraph,
    actor: string,
    options: SuggestOptions & { weight: string | null },
    signal: AbortSignal,
  ): Promise<Suggestion[]> {
    const graphId = this.attach(graph);
    return this.worker.suggest(graphId, actor, options, { signal });
  }

  /** The gap finder's report for the current network (cancelled with the network). */
  gaps(
    graph: ExplorerGraph,
    options: WorkerGapOptions,
    controls: { signal: AbortSignal; onProgress: (progress: AnalysisProgress) => void },
  ): Promise<GapReport> {
    const graphId = this.attach(graph);
    return this.worker.gaps(graphId, options, controls);
  }

  /** A comparison on the current network (cancelled with the network). */
  compare(
    graph: ExplorerGraph,
    options: WorkerCompareOptions,
    controls: { signal: AbortSignal; onProgress: (progress: AnalysisProgress) => void },
  ): Promise<CompareOutcome> {
    const graphId = this.attach(graph);
    return this.worker.compare(graphId, options, controls);
  }

  cancelAll(): void {
    for (const r of this.inFlight) r.controller.abort();
  }
}

/** One measure's part of a multi-measure result: its `settings.measures` is that measure. */
function onlyMeasure(result: AnalysisResult, measure: string): AnalysisResult {
  return {
    ...result,
    graph: { ...result.graph, settings: { ...result.graph.settings, measures: [measure] } },
  };
}
