/**
 * The page's side of the decoding worker: one worker, started on first use, answering tasks
 * by id. Where no worker can be started (tests in Node, a blocked worker script) the same task
 * runs on the page, slower but correct.
 */
import type { DecodeRequest, DecodeResponse } from './decode-protocol';
import { runDecodeTask, type DecodeResult, type DecodeTask } from './decode-tasks';
import { SourceError } from './source';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let workerBroken = typeof Worker === 'undefined';
let nextId = 1;
const pending = new Map<number, Pending>();

function abortError(): Error {
  const error = new Error('cancelled');
  error.name = 'AbortError';
  return error;
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

function startWorker(): Worker | null {
  if (worker || workerBroken) return worker;
  try {
    worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerBroken = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<DecodeResponse>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    // Idle again: let the worker go, and with it the text and objects it parsed (a national
    // network leaves a few hundred MB in its heap until a collection that may never come).
    if (pending.size === 0) stopWorker();
    if (reply.ok) return waiting.resolve(reply.value);
    const { name, message, unavailable } = reply.error;
    waiting.reject(
      name === 'AbortError'
        ? abortError()
        : name === 'SourceError'
          ? new SourceError(message, unavailable)
          : new Error(message),
    );
  };
  worker.onerror = (event) => {
    // The worker itself failed (script did not load): fail what it held, run on the page.
    event.preventDefault();
    worker?.terminate();
    worker = null;
    workerBroken = true;
    for (const [id, waiting] of pending) {
      pending.delete(id);
      waiting.reject(new SourceError(`decoding failed: ${event.message || 'worker error'}`));
    }
  };
  return worker;
}

export function decodeOffMainThread<T extends DecodeTask>(
  task: T,
  signal?: AbortSignal,
): Promise<DecodeResult<T>> {
  const target = startWorker();
  if (!target) return runDecodeTask(task, signal) as Promise<DecodeResult<T>>;
  const id = nextId++;
  return new Promise<DecodeResult<T>>((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    signal?.addEventListener(
      'abort',
      () => {
        if (!pending.delete(id)) return;
        target.postMessage({ id, cancel: true } satisfies DecodeRequest);
        reject(abortError());
      },
      { once: true },
    );
    target.postMessage({ id, task } satisfies DecodeRequest);
  });
}
