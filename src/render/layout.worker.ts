/**
 * The deterministic layout off the main thread (layout-run.ts): frames while ForceAtlas2
 * runs, then the final positions. A newer job or a stop terminates the worker.
 */
import { runLayout, type LayoutFrame, type LayoutJob } from './layout-run';

interface WorkerScope {
  postMessage(message: LayoutFrame, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LayoutJob>) => void): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  for (const frame of runLayout(event.data)) {
    scope.postMessage(frame, [frame.positions.buffer]);
  }
});
