/**
 * Web Worker running one part of a parallel shortest-path sweep (betweenness, closeness)
 * for the analysis worker. See src/analysis/parallel-sweep.ts.
 */
import { runSweepJob, type SweepJob, type SweepWorkerReply } from '../analysis/parallel-sweep';

interface SweepWorkerScope {
  postMessage(message: SweepWorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SweepJob>) => void): void;
}

const scope = self as unknown as SweepWorkerScope;
scope.addEventListener('message', (event) => {
  runSweepJob(event.data, (reply) => scope.postMessage(reply));
});
