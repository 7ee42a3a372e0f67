/**
 * The worker's message handling, independent of the worker global so it can be tested in
 * Node: give it a `post` function and a way to yield to the event loop.
 */
import { compactFromGraph } from '../analysis/compact-graph';
import { suggestLinks } from '../analysis/link-prediction';
import type { SweepRunner } from '../analysis/parallel-sweep';
import { runAnalysis } from '../analysis/run-analysis';
import { simplify } from '../analysis/simplify';
import { AnalysisAbortedError } from '../analysis/task';
import { AnalysisInputError } from '../analysis/types';
import { filterByView } from '../analysis/view-filter';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';

export interface WorkerCoreOptions {
  post: (message: AnalysisResponse) => void;
  /** Resolve after other pending events (incoming messages) had a chance to run. */
  yieldControl: () => Promise<void>;
  /** Minimum time between two progress messages of one request (ms). Default 100. */
  progressIntervalMs?: number;
  /** Runs big shortest-path sweeps on more threads (sub-workers). */
  sweepRunner?: SweepRunner;
}

export function createAnalysisWorkerCore(options: WorkerCoreOptions) {
  const { post, yieldControl } = options;
  const interval = options.progressIntervalMs ?? 100;
  const running = new Map<number, AbortController>();

  async function analyse(request: Extract<AnalysisRequest, { type: 'analyse' }>) {
    const controller = new AbortController();
    running.set(request.id, controller);
    let lastPost = 0;
    let lastPhase = '';
    try {
      const network = request.view ? filterByView(request.network, request.view) : request.network;
      const result = await runAnalysis(network, {
        ...request.options,
        signal: controller.signal,
        yieldControl,
        sweepRunner: options.sweepRunner,
        onProgress: (progress) => {
          const now = Date.now();
          if (progress.phase === lastPhase && now - lastPost < interval) return;
          lastPost = now;
          lastPhase = progress.phase;
          post({ type: 'progress', id: request.id, progress });
        },
      });
      if (request.view) result.graph.settings.view = request.view;
      post({ type: 'result', id: request.id, result });
    } catch (error) {
      post(failure(request.id, error));
    } finally {
      running.delete(request.id);
    }
  }

  function suggest(request: Extract<AnalysisRequest, { type: 'suggest' }>) {
    try {
      const network = request.view ? filterByView(request.network, request.view) : request.network;
      const { graph } = simplify(network, { weight: request.weight });
      const g = compactFromGraph(graph);
      const suggestions = suggestLinks(
        g,
        (i) => graph.getNodeAttributes(g.keys[i]!),
        request.actor,
        request.options,
      );
      post({ type: 'suggestions', id: request.id, suggestions });
    } catch (error) {
      post(failure(request.id, error));
    }
  }

  return {
    /** Handle one incoming message. Resolves when that request is finished. */
    async handle(message: AnalysisRequest): Promise<void> {
      switch (message.type) {
        case 'analyse':
          return analyse(message);
        case 'suggest':
          return suggest(message);
        case 'cancel':
          running.get(message.id)?.abort();
          return;
      }
    },
    /** Ids of the analyses in progress. */
    running: () => [...running.keys()],
  };
}

function failure(id: number, error: unknown): AnalysisResponse {
  if (error instanceof AnalysisAbortedError) return { type: 'cancelled', id };
  return {
    type: 'error',
    id,
    message: error instanceof Error ? error.message : String(error),
    inputError: error instanceof AnalysisInputError,
  };
}

/**
 * A yield that lets queued events run: a message to ourselves through a MessageChannel
 * (no 4 ms timer clamping), falling back to a zero timeout.
 */
export function createYield(): () => Promise<void> {
  if (typeof MessageChannel === 'undefined') {
    return () => new Promise((resolve) => setTimeout(resolve, 0));
  }
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}
