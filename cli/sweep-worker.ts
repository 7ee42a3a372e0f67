/** worker_threads side of the parallel shortest-path sweep (see src/analysis/parallel-sweep.ts). */
import { parentPort } from 'node:worker_threads';
import { runSweepJob, type SweepJob } from '../src/analysis/parallel-sweep';

parentPort!.on('message', (job: SweepJob) => {
  runSweepJob(job, (reply) => parentPort!.postMessage(reply));
});
