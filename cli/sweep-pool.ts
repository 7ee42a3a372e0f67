/**
 * Parallel shortest-path sweeps in Node with worker_threads, for the CLI and the
 * benchmark. The worker is TypeScript, loaded through tsx like the CLI itself.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  createParallelSweepRunner,
  type SweepRunner,
  type SweepWorkerHandle,
  type SweepWorkerReply,
} from '../src/analysis/parallel-sweep';

// The worker is TypeScript: register tsx's loader in the thread, then load it.
const BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(
    new URL('./sweep-worker.ts', import.meta.url).href,
  )}); });`;

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

export function createNodeSweepRunner(threads = defaultThreads()): SweepRunner {
  return createParallelSweepRunner(() => {
    const worker = new Worker(BOOTSTRAP, { eval: true });
    const handle: SweepWorkerHandle = {
      send: (job) => worker.postMessage(job),
      onReply: null,
      onFailure: null,
      terminate: () => void worker.terminate(),
    };
    worker.on('message', (message: SweepWorkerReply) => handle.onReply?.(message));
    worker.on('error', (error: Error) => handle.onFailure?.(error.message));
    return handle;
  }, threads);
}
