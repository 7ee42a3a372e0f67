/**
 * A source that keeps trying while the database or the server does not answer: exponential
 * back-off (1, 2, 4, … 30 s, with jitter so that many open pages do not retry in step),
 * reported to a ConnectionStatusStore, and recovery without a reload: the pending load simply
 * resolves once the data comes. Other errors (a bad request, a broken stream) fail at once.
 */
import type { View } from '../model/domain';
import type { SerializedNetwork } from '../model/graph-format';
import { CONNECTED, connectionStatus, type ConnectionStatusStore } from './connection-status';
import { SourceError, type NetworkSource } from './source';

export interface Backoff {
  firstMs: number;
  maxMs: number;
  /** ± share of each delay drawn at random. */
  jitter: number;
}

export const DEFAULT_BACKOFF: Backoff = { firstMs: 1_000, maxMs: 30_000, jitter: 0.2 };

export function backoffDelay(attempt: number, backoff: Backoff, random = Math.random): number {
  const base = Math.min(backoff.maxMs, backoff.firstMs * 2 ** (attempt - 1));
  return Math.round(base * (1 + backoff.jitter * (2 * random() - 1)));
}

function abortError(): Error {
  const error = new Error('cancelled');
  error.name = 'AbortError';
  return error;
}

/** Waits `ms`, or less if a retry is asked for; rejects when `signal` aborts. */
function pause(ms: number, status: ConnectionStatusStore, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve();
    };
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', onAbort, { once: true });
    void status.nextRetryRequest().then(done);
  });
}

export function retryingSource(
  inner: NetworkSource,
  status: ConnectionStatusStore = connectionStatus,
  backoff: Backoff = DEFAULT_BACKOFF,
): NetworkSource {
  let current: AbortController | null = null;
  return {
    ...inner,
    cancel() {
      current?.abort();
      current = null;
      status.set(CONNECTED);
    },
    async load(view: View, signal?: AbortSignal): Promise<SerializedNetwork> {
      // A newer load (the user switched views) replaces a retrying one.
      current?.abort();
      const controller = new AbortController();
      current = controller;
      signal?.addEventListener('abort', () => controller.abort(), { once: true });
      for (let attempt = 1; ; attempt++) {
        try {
          const network = await inner.load(view, controller.signal);
          status.set(CONNECTED);
          return network;
        } catch (error) {
          if (controller.signal.aborted) throw abortError();
          if (!(error instanceof SourceError) || !error.unavailable) {
            status.set(CONNECTED);
            throw error;
          }
          const delay = backoffDelay(attempt, backoff);
          status.set({ unavailable: error.unavailable, attempt, retryAt: Date.now() + delay });
          await pause(delay, status, controller.signal);
        }
      }
    },
  };
}
