/**
 * Comparisons in the analysis worker (run in-process): a `compare` request on a network sent
 * once answers with what `runCompare` gives on the page's side, with progress, and a cancel
 * stops it.
 */
import { describe, expect, it } from 'vitest';
import { runCompare } from '../../../src/analysis/compare-request';
import { AnalysisAbortedError } from '../../../src/analysis/task';
import { createAnalysisClient } from '../../../src/workers/analysis-client';
import { InProcessWorker } from '../../../src/workers/in-process-worker';
import { periods } from './compare-fixture';

const request = {
  kind: 'periods',
  a: { from: 2001, to: 2005 },
  b: { from: 2006, to: 2010 },
} as const;

describe('comparisons in the analysis worker', () => {
  it('answer by graph id, with progress', async () => {
    const worker = new InProcessWorker();
    const client = createAnalysisClient(() => worker);
    const graphId = client.load(periods);
    const progress: number[] = [];
    const outcome = await client.compare(
      graphId,
      { request, analysis: { seed: 3 } },
      { onProgress: (p) => progress.push(p.fraction) },
    );
    expect(outcome).toEqual(await runCompare(periods, request, { seed: 3 }));
    expect(progress).toEqual([0.5, 1]);
    expect(worker.received.map((m) => m.type)).toEqual(['load', 'compare']);
    client.dispose();
  });

  it('a cancelled request rejects as aborted', async () => {
    const client = createAnalysisClient(() => new InProcessWorker());
    const graphId = client.load(periods);
    const controller = new AbortController();
    const pending = client.compare(
      graphId,
      { request: { kind: 'groups', by: 'prefecture', years: null }, analysis: {} },
      { signal: controller.signal },
    );
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AnalysisAbortedError);
    client.dispose();
  });
});
