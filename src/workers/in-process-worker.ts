/**
 * The analysis worker's core behind the `WorkerLike` interface, on the calling thread, with
 * messages delivered asynchronously as a real Worker does. For Node (the CLI's tests, the
 * store's tests), where there is no Web Worker; the browser always uses a real one.
 */
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';
import type { WorkerLike } from './analysis-client';
import { createAnalysisWorkerCore } from './analysis-worker-core';

const later = (fn: () => void) => setTimeout(fn, 0);

export class InProcessWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  terminated = false;
  readonly received: AnalysisRequest[] = [];
  private readonly core = createAnalysisWorkerCore({
    post: (message) =>
      later(() => {
        if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<AnalysisResponse>);
      }),
    yieldControl: () => new Promise<void>((resolve) => later(resolve)),
    progressIntervalMs: 0,
  });

  postMessage(message: AnalysisRequest): void {
    this.received.push(message);
    later(() => {
      if (!this.terminated) void this.core.handle(message);
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}
