/**
 * The worker's message protocol, run in-process: the real core handler behind the
 * `WorkerLike` interface, delivering messages asynchronously as a real Worker does.
 */
import { describe, expect, it } from 'vitest';
import { AnalysisAbortedError } from '../../../src/analysis/task';
import { AnalysisFailedError, createAnalysisClient } from '../../../src/workers/analysis-client';
import { createYield } from '../../../src/workers/analysis-worker-core';
import { InProcessWorker } from '../../../src/workers/in-process-worker';
import { SLICE } from '../../../src/workers/network-slices';
import { runAnalysis } from '../../../src/analysis/run-analysis';
import { clusterLike } from '../../../bench/generate';
import { toSerializedNetwork } from '../../../bench/network';
import { loadReference, referenceNetwork } from './helpers';

const karate = referenceNetwork(loadReference('karate'));

describe('analysis worker protocol', () => {
  it('sends a network once and runs requests on it by id, with progress', async () => {
    const workers: InProcessWorker[] = [];
    const client = createAnalysisClient(() => {
      const w = new InProcessWorker();
      workers.push(w);
      return w;
    });
    const progress: number[] = [];
    const graphId = client.load(karate);
    const result = await client.compute(
      graphId,
      { measures: ['degree', 'betweenness'] },
      { onProgress: (p) => progress.push(p.fraction) },
    );
    expect(result.nodes['0']!.degree).toBe(16);
    expect(progress.length).toBeGreaterThan(0);
    const communities = await client.compute(graphId, { measures: ['communities'] });
    expect(communities.graph.communities).toBeGreaterThan(1);
    expect(workers).toHaveLength(1);
    // The network crossed once; the two requests only named it.
    expect(workers[0]!.received.map((m) => m.type)).toEqual(['load', 'compute', 'compute']);
    client.dispose();
  });

  it('sends a large network in slices, one per task; a request sent meanwhile waits for them', async () => {
    const worker = new InProcessWorker();
    const client = createAnalysisClient(() => worker);
    // 3,000 actors and 25,000 ties: the actors in one slice, the ties in two.
    const net = toSerializedNetwork(clusterLike(3000, 25_000, 3), 3);
    expect(net.nodes!.length + net.edges!.length).toBeGreaterThan(SLICE);
    const graphId = client.load(net);
    const result = await client.compute(graphId, { measures: ['degree', 'pagerank'] });
    expect(worker.received.map((m) => m.type)).toEqual([
      'load',
      'compute',
      'load-part',
      'load-part',
      'load-part',
    ]);
    const whole = await runAnalysis(net, { measures: ['degree', 'pagerank'] });
    expect(result.nodes).toEqual(whole.nodes);
    expect(result.graph.edges).toBe(whole.graph.edges);
    client.dispose();
  });

  it('stops sending the slices of a network dropped meanwhile', async () => {
    const worker = new InProcessWorker();
    const client = createAnalysisClient(() => worker);
    const net = toSerializedNetwork(clusterLike(3000, 25_000, 3), 3);
    const dropped = client.load(net);
    const pending = client.compute(dropped, { measures: ['degree'] });
    client.drop(dropped);
    await expect(pending).rejects.toThrow(/not loaded/);
    expect(worker.received.map((m) => m.type)).toEqual(['load', 'compute', 'drop']);
    client.dispose();
  });

  it('sends tie rows only with tie values (a national network has 100,000 of them)', async () => {
    const client = createAnalysisClient(() => new InProcessWorker());
    const graphId = client.load(karate);
    const degree = await client.compute(graphId, { measures: ['degree', 'pagerank'] });
    expect(degree.nodes['0']!.degree).toBe(16);
    expect(degree.edges).toEqual([]);
    const bridges = await client.compute(graphId, { measures: ['degree', 'biconnectivity'] });
    expect(bridges.edges).toHaveLength(78);
    expect(bridges.edges.every((e) => typeof e.bridge === 'boolean')).toBe(true);
    client.dispose();
  });

  it('shares one community detection between colour, brokerage and E-I', async () => {
    const worker = new InProcessWorker();
    const client = createAnalysisClient(() => worker);
    const graphId = client.load(karate);
    const { nodes } = await client.compute(graphId, {
      measures: ['communities', 'brokerage', 'eiIndex'],
      params: { brokerage: { groups: 'community' }, eiIndex: { groups: 'community' } },
      seed: 5,
    });
    for (const m of Object.values(nodes)) expect(m.group).toBe(String(m.community));
    client.dispose();
  });

  it('reports a request for a network it does not hold as an error', async () => {
    const client = createAnalysisClient(() => new InProcessWorker());
    await expect(client.compute(99, { measures: ['degree'] })).rejects.toThrow(/not loaded/);
    client.dispose();
  });

  it('cancels through the abort flag; the worker confirms', async () => {
    const worker = new InProcessWorker();
    const client = createAnalysisClient(() => worker, { cancelGraceMs: 10_000 });
    const controller = new AbortController();
    const net = toSerializedNetwork(clusterLike(1500, 6000, 2), 2);
    const run = client.compute(
      client.load(net),
      {},
      {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'betweenness') controller.abort();
        },
      },
    );
    await expect(run).rejects.toBeInstanceOf(AnalysisAbortedError);
    expect(worker.received.some((m) => m.type === 'cancel')).toBe(true);
    expect(worker.terminated).toBe(false);
  });

  it('terminates a worker that does not confirm a cancellation in time', async () => {
    const created: InProcessWorker[] = [];
    const client = createAnalysisClient(
      () => {
        const w = new InProcessWorker();
        // A worker stuck in a synchronous step: never answers.
        w.postMessage = (m) => void w.received.push(m);
        created.push(w);
        return w;
      },
      { cancelGraceMs: 20 },
    );
    const controller = new AbortController();
    const graphId = client.load(karate);
    const run = client.compute(graphId, {}, { signal: controller.signal });
    controller.abort();
    await expect(run).rejects.toBeInstanceOf(AnalysisAbortedError);
    expect(created[0]!.terminated).toBe(true);
    // The next request gets a fresh worker, which is given the network again first.
    void client.compute(graphId).catch(() => undefined);
    expect(created).toHaveLength(2);
    expect(created[1]!.received[0]).toMatchObject({ type: 'load', graphId });
    client.dispose();
  });

  it('reports input errors as such', async () => {
    const client = createAnalysisClient(() => new InProcessWorker());
    const error = await client
      .compute(client.load(karate), { groups: 'missing' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnalysisFailedError);
    expect((error as AnalysisFailedError).inputError).toBe(true);
    client.dispose();
  });

  it('answers link-suggestion requests', async () => {
    const client = createAnalysisClient(() => new InProcessWorker());
    const s = await client.suggest(client.load(karate), '0', { score: 'jaccard', limit: 3 });
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
