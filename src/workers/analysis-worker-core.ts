/**
 * The worker's message handling, independent of the worker global so it can be tested in
 * Node: give it a `post` function and a way to yield to the event loop.
 *
 * It keeps one `AnalysisSession` per loaded network, so requests for the same network share
 * the simplified graph and what earlier measures computed (one community detection for
 * colour, brokerage and E-I). Requests run one at a time, in order; a cancel is handled at
 * once. The gap finder reads the same session unless the network carries projected
 * shared-project ties (participation is not a tie for it): then it gets its own session of
 * the network without them, kept as long as the network.
 */
import { tiesOnly } from '../analysis/gaps/gap-network';
import { findGaps } from '../analysis/gaps/run-gaps';
import { runCompare } from '../analysis/compare-request';
import { suggestLinks } from '../analysis/link-prediction';
import type { SweepRunner } from '../analysis/parallel-sweep';
import { measureById } from '../analysis/registry';
import { AnalysisSession } from '../analysis/run-analysis';
import { AnalysisAbortedError } from '../analysis/task';
import { AnalysisInputError, type AnalysisResult } from '../analysis/types';
import type { SerializedGraph } from 'graphology-types';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';
import { appendSlice } from './network-slices';

export interface WorkerCoreOptions {
  post: (message: AnalysisResponse) => void;
  /** Resolve after other pending events (incoming messages) had a chance to run. */
  yieldControl: () => Promise<void>;
  /** Minimum time between two progress messages of one request (ms). Default 100. */
  progressIntervalMs?: number;
  /** Runs big shortest-path sweeps on more threads (sub-workers). */
  sweepRunner?: SweepRunner;
}

type Compute = Extract<AnalysisRequest, { type: 'compute' }>;
type Suggest = Extract<AnalysisRequest, { type: 'suggest' }>;
type Gaps = Extract<AnalysisRequest, { type: 'gaps' }>;
type Compare = Extract<AnalysisRequest, { type: 'compare' }>;
type Queued = Compute | Suggest | Gaps | Compare;

export function createAnalysisWorkerCore(options: WorkerCoreOptions) {
  const { post, yieldControl } = options;
  const interval = options.progressIntervalMs ?? 100;
  const sessions = new Map<number, AnalysisSession>();
  const networks = new Map<number, SerializedGraph>();
  const gapSessions = new Map<number, { network: SerializedGraph; session: AnalysisSession }>();
  const running = new Map<number, AbortController>();
  let queue: Promise<void> = Promise.resolve();
  /** Networks whose slices are still arriving; requests for them wait (network-slices.ts). */
  const arriving = new Map<
    number,
    { network: SerializedGraph; parts: number; arrived: Promise<void>; done: () => void }
  >();

  function loaded(graphId: number, network: SerializedGraph) {
    sessions.set(graphId, new AnalysisSession(network));
    networks.set(graphId, network);
  }

  function session(graphId: number): AnalysisSession {
    const s = sessions.get(graphId);
    if (!s) throw new Error(`network ${graphId} is not loaded in the analysis worker`);
    return s;
  }

  async function compute(request: Compute) {
    const controller = running.get(request.id)!;
    let lastPost = 0;
    let lastPhase = '';
    const result = await session(request.graphId).compute({
      ...request.options,
      signal: controller.signal,
      yieldControl,
      sweepRunner: options.sweepRunner,
      onProgress: (progress) => {
        const now = Date.now();
        if (progress.phase === lastPhase && now - lastPost < interval) return;
        lastPost = now;
        lastPhase = progress.phase;
        post({ type: 'progress', id: request.id, progress });
      },
    });
    post({ type: 'result', id: request.id, result: withoutBareEdges(result) });
  }

  /**
   * A result whose measures have no tie values (degree, PageRank, communities, …) goes to the
   * page without its tie rows: they would only repeat each tie's ends, strength and kinds,
   * and copying 100,000 of them into the page costs it about half a second at national
   * scale. mergeResults takes tie rows from the results that have them.
   */
  function withoutBareEdges(result: AnalysisResult): AnalysisResult {
    const measured = result.graph.settings.measures.some((id) =>
      measureById(id)?.outputs.some((o) => o.scope === 'edge'),
    );
    return measured ? result : { ...result, edges: [] };
  }

  async function gaps(request: Gaps) {
    const controller = running.get(request.id)!;
    let held = gapSessions.get(request.graphId);
    if (!held) {
      const network = networks.get(request.graphId);
      if (!network)
        throw new Error(`network ${request.graphId} is not loaded in the analysis worker`);
      const ties = tiesOnly(network);
      held = {
        network: ties,
        session: ties === network ? session(request.graphId) : new AnalysisSession(ties),
      };
      gapSessions.set(request.graphId, held);
    }
    let lastPost = 0;
    const report = await findGaps(held.network, {
      ...request.options,
      session: held.session,
      signal: controller.signal,
      yieldControl,
      sweepRunner: options.sweepRunner,
      onProgress: (progress) => {
        const now = Date.now();
        if (now - lastPost < interval) return;
        lastPost = now;
        post({ type: 'progress', id: request.id, progress });
      },
    });
    post({ type: 'gaps', id: request.id, report });
  }

  /** A comparison measures new networks (windows, groups): sessions of their own. */
  async function compare(request: Compare) {
    const controller = running.get(request.id)!;
    const network = networks.get(request.graphId);
    if (!network)
      throw new Error(`network ${request.graphId} is not loaded in the analysis worker`);
    const outcome = await runCompare(network, request.options.request, {
      ...request.options.analysis,
      signal: controller.signal,
      yieldControl,
      sweepRunner: options.sweepRunner,
      onStep: (fraction) =>
        post({
          type: 'progress',
          id: request.id,
          progress: { phase: 'compare', phaseFraction: fraction, fraction },
        }),
    });
    post({ type: 'compare', id: request.id, outcome });
  }

  function suggest(request: Suggest) {
    const { graph, g } = session(request.graphId).prepared(request.weight);
    const suggestions = suggestLinks(
      g,
      (i) => graph.getNodeAttributes(g.keys[i]!),
      request.actor,
      request.options,
    );
    post({ type: 'suggestions', id: request.id, suggestions });
  }

  /** Queued: one request at a time, so sessions are never used by two at once. */
  function enqueue(request: Queued): Promise<void> {
    running.set(request.id, new AbortController());
    queue = queue.then(async () => {
      try {
        await arriving.get(request.graphId)?.arrived;
        if (running.get(request.id)!.signal.aborted) throw new AnalysisAbortedError();
        if (request.type === 'compute') await compute(request);
        else if (request.type === 'gaps') await gaps(request);
        else if (request.type === 'compare') await compare(request);
        else suggest(request);
      } catch (error) {
        post(failure(request.id, error));
      } finally {
        running.delete(request.id);
      }
    });
    return queue;
  }

  return {
    /** Handle one incoming message. Resolves when that request is finished. */
    async handle(message: AnalysisRequest): Promise<void> {
      switch (message.type) {
        case 'load': {
          const { graphId, network, parts = 0 } = message;
          if (parts === 0) return loaded(graphId, network);
          let done = () => undefined as void;
          const arrived = new Promise<void>((resolve) => (done = resolve));
          arriving.set(graphId, { network, parts, arrived, done });
          return;
        }
        case 'load-part': {
          const held = arriving.get(message.graphId);
          if (!held) return;
          appendSlice(held.network, message);
          if (--held.parts > 0) return;
          arriving.delete(message.graphId);
          loaded(message.graphId, held.network);
          held.done();
          return;
        }
        case 'drop':
          arriving.get(message.graphId)?.done();
          arriving.delete(message.graphId);
          sessions.delete(message.graphId);
          networks.delete(message.graphId);
          gapSessions.delete(message.graphId);
          return;
        case 'compute':
        case 'suggest':
        case 'gaps':
        case 'compare':
          return enqueue(message);
        case 'cancel':
          running.get(message.id)?.abort();
          return;
      }
    },
    /** Ids of the requests queued or in progress. */
    running: () => [...running.keys()],
    /** Ids of the networks held. */
    loaded: () => [...sessions.keys()],
  };
}

function failure(id: number, error: unknown): AnalysisResponse {
  if (error instanceof AnalysisAbortedError) return { type: 'cancelled', id };
  return {
    type: 'error',
    id,
    message: error instanceof Error ? error.message : String(error),
    inputError: error instanceof AnalysisInputError,
  };
}

/**
 * A yield that lets queued events run: a message to ourselves through a MessageChannel
 * (no 4 ms timer clamping), falling back to a zero timeout.
 */
export function createYield(): () => Promise<void> {
  if (typeof MessageChannel === 'undefined') {
    return () => new Promise((resolve) => setTimeout(resolve, 0));
  }
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}
