/**
 * The page side of the analysis worker: networks loaded once and addressed by id, typed
 * promises with progress callbacks, and cancellation. The page never blocks; a cancelled
 * request stops at the next check (between phases or BFS sources), and if the worker does
 * not confirm within `cancelGraceMs` it is terminated; a new worker is started on the next
 * request and gets the loaded networks again.
 */
import type { SerializedGraph } from 'graphology-types';
import { sliceNetwork } from './network-slices';
import type { SuggestOptions, Suggestion } from '../analysis/link-prediction';
import { AnalysisAbortedError } from '../analysis/task';
import type { AnalysisProgress, AnalysisResult } from '../analysis/types';
import type { GapReport } from '../analysis/gaps/types';
import type { CompareOutcome } from '../analysis/compare-request';
import type {
  AnalysisRequest,
  AnalysisResponse,
  WorkerAnalysisOptions,
  WorkerCompareOptions,
  WorkerGapOptions,
} from './analysis-protocol';

/** What the client needs of a Worker (a real Worker, or an in-process one in tests). */
export interface WorkerLike {
  postMessage(message: AnalysisRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export class AnalysisFailedError extends Error {
  constructor(
    message: string,
    /** The input or options were at fault. */
    readonly inputError: boolean,
  ) {
    super(message);
    this.name = 'AnalysisFailedError';
  }
}

export interface RunControls {
  onProgress?: (progress: AnalysisProgress) => void;
  signal?: AbortSignal;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: AnalysisProgress) => void;
  cancelTimer?: ReturnType<typeof setTimeout>;
}

export interface AnalysisClient {
  /** Sends a network to the worker once; returns the id later requests address it by. */
  load(network: SerializedGraph): number;
  /** Forgets a network (the worker frees its session). */
  drop(graphId: number): void;
  compute(
    graphId: number,
    options?: WorkerAnalysisOptions,
    controls?: RunControls,
  ): Promise<AnalysisResult>;
  suggest(
    graphId: number,
    actor: string,
    options?: SuggestOptions & { weight?: string | null },
    controls?: Pick<RunControls, 'signal'>,
  ): Promise<Suggestion[]>;
  /** The gap finder's report for a network. */
  gaps(graphId: number, options: WorkerGapOptions, controls?: RunControls): Promise<GapReport>;
  /** Two windows or groups, or every group of one kind, compared. */
  compare(
    graphId: number,
    options: WorkerCompareOptions,
    controls?: RunControls,
  ): Promise<CompareOutcome>;
  /** Cancel every request in flight. */
  cancelAll(): void;
  /** Terminate the worker; the client can still be used (a new worker is started). */
  dispose(): void;
}

export function defaultWorkerFactory(): WorkerLike {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'analysis',
  });
  const like: WorkerLike = {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
    onmessage: null,
    onerror: null,
  };
  worker.onmessage = (event: MessageEvent<AnalysisResponse>) => like.onmessage?.(event);
  worker.onerror = (event) => like.onerror?.(event);
  return like;
}

export function createAnalysisClient(
  createWorker: () => WorkerLike = defaultWorkerFactory,
  options: { cancelGraceMs?: number } = {},
): AnalysisClient {
  const cancelGraceMs = options.cancelGraceMs ?? 1000;
  const pending = new Map<number, Pending>();
  const networks = new Map<number, SerializedGraph>();
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let nextGraphId = 1;

  function settleAll(error: Error) {
    for (const [id, p] of pending) {
      clearTimeout(p.cancelTimer);
      p.reject(error);
      pending.delete(id);
    }
  }

  /** Sends a network, a large one in slices, one per task (network-slices.ts). */
  function postNetwork(w: WorkerLike, graphId: number, network: SerializedGraph) {
    const { head, slices } = sliceNetwork(network);
    w.postMessage({ type: 'load', graphId, network: head, parts: slices.length });
    const next = (k: number) => {
      // Dropped, or the worker replaced (the new one gets the whole network again): stop.
      if (worker !== w || networks.get(graphId) !== network || k >= slices.length) return;
      w.postMessage({ type: 'load-part', graphId, ...slices[k]! });
      setTimeout(() => next(k + 1), 0);
    };
    if (slices.length) setTimeout(() => next(0), 0);
  }

  function restart(reason: Error) {
    worker?.terminate();
    worker = null;
    settleAll(reason);
  }

  function ensureWorker(): WorkerLike {
    if (worker) return worker;
    const w = createWorker();
    w.onmessage = (event) => receive(event.data);
    w.onerror = (event) =>
      restart(new AnalysisFailedError(`analysis worker failed: ${event.message}`, false));
    worker = w;
    // A replaced worker starts empty: give it the networks still in use.
    for (const [graphId, network] of networks) postNetwork(w, graphId, network);
    return w;
  }

  function receive(message: AnalysisResponse) {
    const p = pending.get(message.id);
    if (!p) return;
    switch (message.type) {
      case 'progress':
        p.onProgress?.(message.progress);
        return;
      case 'result':
        finish(message.id, () => p.resolve(message.result));
        return;
      case 'suggestions':
        finish(message.id, () => p.resolve(message.suggestions));
        return;
      case 'gaps':
        finish(message.id, () => p.resolve(message.report));
        return;
      case 'compare':
        finish(message.id, () => p.resolve(message.outcome));
        return;
      case 'cancelled':
        finish(message.id, () => p.reject(new AnalysisAbortedError()));
        return;
      case 'error':
        finish(message.id, () =>
          p.reject(new AnalysisFailedError(message.message, message.inputError)),
        );
        return;
    }
  }

  function finish(id: number, settle: () => void) {
    const p = pending.get(id);
    if (!p) return;
    clearTimeout(p.cancelTimer);
    pending.delete(id);
    settle();
  }

  function cancel(id: number) {
    const p = pending.get(id);
    if (!p || p.cancelTimer !== undefined) return;
    worker?.postMessage({ type: 'cancel', id });
    // If the worker is stuck in a long synchronous step, stop it the hard way.
    p.cancelTimer = setTimeout(() => {
      if (!pending.has(id)) return;
      finish(id, () => p.reject(new AnalysisAbortedError()));
      restart(new AnalysisFailedError('analysis worker restarted after a cancellation', false));
    }, cancelGraceMs);
  }

  function request<T>(
    build: (id: number) => AnalysisRequest,
    controls: RunControls = {},
  ): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      if (controls.signal?.aborted) {
        reject(new AnalysisAbortedError());
        return;
      }
      pending.set(id, {
        resolve: resolve as (value: unknown) => void,
        reject,
        onProgress: controls.onProgress,
      });
      controls.signal?.addEventListener('abort', () => cancel(id), { once: true });
      ensureWorker().postMessage(build(id));
    });
  }

  return {
    load(network) {
      const graphId = nextGraphId++;
      networks.set(graphId, network);
      if (worker) postNetwork(worker, graphId, network);
      return graphId;
    },
    drop(graphId) {
      if (!networks.delete(graphId)) return;
      worker?.postMessage({ type: 'drop', graphId });
    },
    compute(graphId, opts = {}, controls = {}) {
      return request<AnalysisResult>(
        (id) => ({ type: 'compute', id, graphId, options: opts }),
        controls,
      );
    },
    suggest(graphId, actor, opts = {}, controls = {}) {
      const { weight = 'weight', ...suggestOptions } = opts;
      return request<Suggestion[]>(
        (id) => ({ type: 'suggest', id, graphId, actor, weight, options: suggestOptions }),
        controls,
      );
    },
    gaps(graphId, opts, controls = {}) {
      return request<GapReport>((id) => ({ type: 'gaps', id, graphId, options: opts }), controls);
    },
    compare(graphId, opts, controls = {}) {
      return request<CompareOutcome>(
        (id) => ({ type: 'compare', id, graphId, options: opts }),
        controls,
      );
    },
    cancelAll() {
      for (const id of [...pending.keys()]) cancel(id);
    },
    dispose() {
      restart(new AnalysisAbortedError());
    },
  };
}
