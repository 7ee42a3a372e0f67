/**
 * Parallel shortest-path sweeps in the browser: the analysis worker starts `threads`
 * sweep workers (workers may start workers) for the betweenness/closeness of large
 * networks, and stays free to receive a cancel meanwhile.
 */
import {
  createParallelSweepRunner,
  type SweepRunner,
  type SweepWorkerHandle,
} from '../analysis/parallel-sweep';

/** Up to four threads, or none where workers cannot start workers. */
export function browserThreads(): number {
  if (typeof Worker === 'undefined' || typeof navigator === 'undefined') return 1;
  return Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1));
}

export function createBrowserSweepRunner(threads = browserThreads()): SweepRunner {
  return createParallelSweepRunner(() => {
    const worker = new Worker(new URL('./sweep.worker.ts', import.meta.url), {
      type: 'module',
      name: 'analysis-sweep',
    });
    const handle: SweepWorkerHandle = {
      send: (job) => worker.postMessage(job),
      onReply: null,
      onFailure: null,
      terminate: () => worker.terminate(),
    };
    worker.onmessage = (event) => handle.onReply?.(event.data);
    worker.onerror = (event) => handle.onFailure?.(event.message);
    return handle;
  }, threads);
}
