/**
 * Web Worker entry of the analysis: `new Worker(new URL('./analysis.worker.ts',
 * import.meta.url), { type: 'module' })` (what `createAnalysisClient` does). All logic is
 * in src/analysis (shared with the CLI) and analysis-worker-core.ts.
 */
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';
import { createAnalysisWorkerCore, createYield } from './analysis-worker-core';
import { browserThreads, createBrowserSweepRunner } from './sweep-runner';

interface WorkerScope {
  postMessage(message: AnalysisResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<AnalysisRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
const core = createAnalysisWorkerCore({
  post: (message) => scope.postMessage(message),
  yieldControl: createYield(),
  sweepRunner: browserThreads() > 1 ? createBrowserSweepRunner() : undefined,
});

scope.addEventListener('message', (event) => {
  void core.handle(event.data);
});
