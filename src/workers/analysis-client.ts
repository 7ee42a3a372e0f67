/**
 * The page side of the analysis worker: typed promises with progress callbacks and
 * cancellation. The page never blocks; a cancelled analysis stops at the next check
 * (between phases or BFS sources), and if the worker does not confirm within
 * `cancelGraceMs` it is terminated and replaced on the next request.
 */
import type { SerializedGraph } from 'graphology-types';
import type { View } from '../model/domain';
import type { SuggestOptions, Suggestion } from '../analysis/link-prediction';
import type { AnalysisProgress, AnalysisResult } from '../analysis/types';
import type { AnalysisRequest, AnalysisResponse, WorkerAnalysisOptions } from './analysis-protocol';

/** What the client needs of a Worker (a real Worker, or a fake in tests). */
export interface WorkerLike {
  postMessage(message: AnalysisRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export class AnalysisCancelledError extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'AbortError';
  }
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
  analyse(
    network: SerializedGraph,
    options?: WorkerAnalysisOptions & { view?: View },
    controls?: RunControls,
  ): Promise<AnalysisResult>;
  suggest(
    network: SerializedGraph,
    actor: string,
    options?: SuggestOptions & { view?: View; weight?: string | null },
    controls?: Pick<RunControls, 'signal'>,
  ): Promise<Suggestion[]>;
  /** Cancel every request in flight. */
  cancelAll(): void;
  /** Terminate the worker; the client can still be used (a new worker is started). */
  dispose(): void;
}

export function defaultWorkerFactory(): WorkerLike {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'analysis',
  }) as unknown as WorkerLike;
}

export function createAnalysisClient(
  createWorker: () => WorkerLike = defaultWorkerFactory,
  options: { cancelGraceMs?: number } = {},
): AnalysisClient {
  const cancelGraceMs = options.cancelGraceMs ?? 1000;
  const pending = new Map<number, Pending>();
  let worker: WorkerLike | null = null;
  let nextId = 1;

  function settleAll(error: Error) {
    for (const [id, p] of pending) {
      clearTimeout(p.cancelTimer);
      p.reject(error);
      pending.delete(id);
    }
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
      case 'cancelled':
        finish(message.id, () => p.reject(new AnalysisCancelledError()));
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
      finish(id, () => p.reject(new AnalysisCancelledError()));
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
        reject(new AnalysisCancelledError());
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
    analyse(network, opts = {}, controls = {}) {
      const { view, ...analysisOptions } = opts;
      return request<AnalysisResult>(
        (id) => ({ type: 'analyse', id, network, view, options: analysisOptions }),
        controls,
      );
    },
    suggest(network, actor, opts = {}, controls = {}) {
      const { view, weight, ...suggestOptions } = opts;
      return request<Suggestion[]>(
        (id) => ({ type: 'suggest', id, network, view, actor, weight, options: suggestOptions }),
        controls,
      );
    },
    cancelAll() {
      for (const id of [...pending.keys()]) cancel(id);
    },
    dispose() {
      restart(new AnalysisCancelledError());
    },
  };
}
