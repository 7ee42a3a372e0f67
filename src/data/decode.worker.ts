/**
 * The decoding worker: fetches and decodes the API's compact network, and reads snapshot
 * files, so that parsing tens of MB never blocks the page. Started by decode-client.ts.
 */
import type { DecodeRequest, DecodeResponse } from './decode-protocol';
import { runDecodeTask } from './decode-tasks';
import { SourceError } from './source';

interface WorkerScope {
  postMessage(message: DecodeResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<DecodeRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
const running = new Map<number, AbortController>();

scope.addEventListener('message', (event) => {
  const request = event.data;
  if ('cancel' in request) {
    running.get(request.id)?.abort();
    return;
  }
  const controller = new AbortController();
  running.set(request.id, controller);
  runDecodeTask(request.task, controller.signal)
    .then(
      (value) => scope.postMessage({ id: request.id, ok: true, value }),
      (error: unknown) => {
        const e = error instanceof Error ? error : new Error(String(error));
        scope.postMessage({
          id: request.id,
          ok: false,
          error: {
            name: e.name,
            message: e.message,
            ...(e instanceof SourceError && e.unavailable ? { unavailable: e.unavailable } : {}),
          },
        });
      },
    )
    .finally(() => running.delete(request.id));
});
