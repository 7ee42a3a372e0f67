/**
 * Whether the live source can reach its data, for the notice on the page
 * (src/ui/DatabaseStatus.tsx) and anything else that wants to know: a tiny external store
 * (`get` / `subscribe`, as React's useSyncExternalStore and zustand expect).
 */
import type { Unavailable } from './source';

export interface ConnectionStatus {
  /** null while everything answers. */
  unavailable: Unavailable | null;
  /** Failed attempts in a row. */
  attempt: number;
  /** When the next attempt starts (ms since the epoch), or null. */
  retryAt: number | null;
}

export const CONNECTED: ConnectionStatus = { unavailable: null, attempt: 0, retryAt: null };

export interface ConnectionStatusStore {
  get(): ConnectionStatus;
  subscribe(listener: () => void): () => void;
  set(status: ConnectionStatus): void;
  /** Asks waiting retries to go now (the notice's "Retry now"). */
  retryNow(): void;
  /** Resolves at the next retryNow(). */
  nextRetryRequest(): Promise<void>;
}

export function createConnectionStatus(): ConnectionStatusStore {
  let status = CONNECTED;
  const listeners = new Set<() => void>();
  let wake: (() => void) | null = null;
  let woken: Promise<void> | null = null;
  return {
    get: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (
        next.unavailable === status.unavailable &&
        next.attempt === status.attempt &&
        next.retryAt === status.retryAt
      )
        return;
      status = next;
      for (const listener of listeners) listener();
    },
    retryNow() {
      wake?.();
      wake = null;
      woken = null;
    },
    nextRetryRequest() {
      woken ??= new Promise<void>((resolve) => (wake = resolve));
      return woken;
    },
  };
}

/** The status of the explorer's live source (the API). */
export const connectionStatus = createConnectionStatus();
