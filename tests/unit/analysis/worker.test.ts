/**
 * The worker's message protocol, run in-process: the core handler behind a fake Worker
 * that delivers messages asynchronously, as a real one does.
 */
import { describe, expect, it } from 'vitest';
import type { AnalysisRequest, AnalysisResponse } from '../../../src/workers/analysis-protocol';
import {
  AnalysisCancelledError,
  AnalysisFailedError,
  createAnalysisClient,
  type WorkerLike,
} from '../../../src/workers/analysis-client';
import { createAnalysisWorkerCore, createYield } from '../../../src/workers/analysis-worker-core';
import { clusterLike } from '../../../bench/generate';
import { toSerializedNetwork } from '../../../bench/network';
import { loadReference, referenceNetwork } from './helpers';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  terminated = false;
  readonly received: AnalysisRequest[] = [];
  private readonly core = createAnalysisWorkerCore({
    post: (message) =>
      setTimeout(() => {
        if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<AnalysisResponse>);
      }, 0),
    yieldControl: tick,
    progressIntervalMs: 0,
  });
  postMessage(message: AnalysisRequest) {
    this.received.push(message);
    setTimeout(() => {
      if (!this.terminated) void this.core.handle(message);
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

const karate = referenceNetwork(loadReference('karate'));

describe('analysis worker protocol', () => {
  it('runs an analysis with progress and returns the result', async () => {
    const workers: FakeWorker[] = [];
    const client = createAnalysisClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    const progress: number[] = [];
    const result = await client.analyse(
      karate,
      { view: 'all', measures: ['degree', 'betweenness'] },
      { onProgress: (p) => progress.push(p.fraction) },
    );
    expect(result.nodes['0']!.degree).toBe(16);
    expect(result.graph.settings.view).toBe('all');
    expect(progress.length).toBeGreaterThan(0);
    expect(workers).toHaveLength(1);
    client.dispose();
  });

  it('cancels through the abort flag; the worker confirms', async () => {
    const worker = new FakeWorker();
    const client = createAnalysisClient(() => worker, { cancelGraceMs: 10_000 });
    const controller = new AbortController();
    const net = toSerializedNetwork(clusterLike(1500, 6000, 2), 2);
    const run = client.analyse(
      net,
      {},
      {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'betweenness') controller.abort();
        },
      },
    );
    await expect(run).rejects.toBeInstanceOf(AnalysisCancelledError);
    expect(worker.received.some((m) => m.type === 'cancel')).toBe(true);
    expect(worker.terminated).toBe(false);
  });

  it('terminates a worker that does not confirm a cancellation in time', async () => {
    const created: FakeWorker[] = [];
    const client = createAnalysisClient(
      () => {
        const w = new FakeWorker();
        // A worker stuck in a synchronous step: never answers.
        w.postMessage = (m) => void w.received.push(m);
        created.push(w);
        return w;
      },
      { cancelGraceMs: 20 },
    );
    const controller = new AbortController();
    const run = client.analyse(karate, {}, { signal: controller.signal });
    controller.abort();
    await expect(run).rejects.toBeInstanceOf(AnalysisCancelledError);
    expect(created[0]!.terminated).toBe(true);
    // The next request gets a fresh worker.
    void client.analyse(karate).catch(() => undefined);
    expect(created).toHaveLength(2);
    client.dispose();
  });

  it('reports input errors as such', async () => {
    const client = createAnalysisClient(() => new FakeWorker());
    const error = await client.analyse(karate, { groups: 'missing' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnalysisFailedError);
    expect((error as AnalysisFailedError).inputError).toBe(true);
    client.dispose();
  });

  it('answers link-suggestion requests', async () => {
    const client = createAnalysisClient(() => new FakeWorker());
    const s = await client.suggest(karate, '0', { score: 'jaccard', limit: 3 });
    expect(s).toHaveLength(3);
    expect(s[0]!.jaccard).toBeGreaterThanOrEqual(s[1]!.jaccard);
    client.dispose();
  });

  it('yields to the event loop', async () => {
    const yieldControl = createYield();
    let other = false;
    setTimeout(() => (other = true), 0);
    // Only yielding (never sleeping), a pending timer must get to run.
    const start = Date.now();
    while (!other && Date.now() - start < 2000) await yieldControl();
    expect(other).toBe(true);
  });
});
