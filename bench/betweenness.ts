/**
 * The betweenness section of `npm run bench`: exact betweenness of graphology-metrics against
 * ours, side by side in one run on the same graph, for hops and for inverse-strength
 * distances:
 *
 * - graphology-metrics (`getEdgeWeight: null` for hops; 1/strength for inverse);
 * - ours, 1 thread, JavaScript BFS (the implementation before the WebAssembly kernel, kept as
 *   the fallback: the "before" of this run);
 * - ours, 1 thread, WebAssembly BFS (what runs by default);
 * - ours on `threads` worker threads (the CLI's runner);
 * - ours sampled (k pivots).
 *
 * Every row records wall and CPU time (the machine is shared: CPU time counts only what this
 * process ran), the load average before and after, the speed-up against graphology on both,
 * and the largest absolute and relative difference from graphology's values.
 */
import { loadavg } from 'node:os';
import type Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { createNodeSweepRunner } from '../cli/sweep-pool';
import {
  betweenness,
  finishBetweenness,
  planBetweenness,
  type BetweennessOptions,
} from '../src/analysis/betweenness';
import { compactFromGraph } from '../src/analysis/compact-graph';
import type { DistanceMode } from '../src/analysis/shortest-paths';
import type { EdgeListGraph } from './generate';
import { toGraphology } from './network';
import { seconds } from './table';

export interface BetweennessBenchFlags {
  threads: number;
  skipGraphology: boolean;
  /** Also time inverse-strength distances. */
  inverse: boolean;
  k: number;
  seed: number;
}

export interface BetweennessRow {
  graph: string;
  distance: DistanceMode;
  implementation: string;
  threads: number;
  wallSeconds: number;
  cpuSeconds: number;
  loadBefore: number;
  loadAfter: number;
  /** graphology's time / ours (null for graphology itself or when it was skipped). */
  speedupWall: number | null;
  speedupCpu: number | null;
  /** Largest |ours − graphology| over the nodes, and the largest |ours − graphology| / |graphology|. */
  maxAbsDiff: number | null;
  maxRelDiff: number | null;
  /** Sampled rows: largest and mean error against our exact values. */
  sampleMaxError?: number;
  sampleMeanError?: number;
}

interface Timing {
  wall: number;
  cpu: number;
  loadBefore: number;
  loadAfter: number;
}

const load = () => Number(loadavg()[0]!.toFixed(2));
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function time<T>(f: () => T | Promise<T>): Promise<[T, Timing]> {
  const loadBefore = load();
  const cpu = cpuSeconds();
  const start = process.hrtime.bigint();
  const result = await f();
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  return [result, { wall, cpu: cpuSeconds() - cpu, loadBefore, loadAfter: load() }];
}

function differences(
  ours: Float64Array,
  theirs: Record<string, number> | null,
): { abs: number; rel: number } | null {
  if (theirs === null) return null;
  let abs = 0;
  let rel = 0;
  for (let v = 0; v < ours.length; v++) {
    const t = theirs[String(v)]!;
    const d = Math.abs(ours[v]! - t);
    abs = Math.max(abs, d);
    if (d > 0) rel = Math.max(rel, t === 0 ? Infinity : d / Math.abs(t));
  }
  return { abs, rel };
}

const describe = (t: Timing) =>
  `${seconds(t.wall)} (CPU ${seconds(t.cpu)}, load ${t.loadBefore} → ${t.loadAfter})`;

/** Time every implementation on one graph and one distance; print as it goes. */
async function benchOne(
  name: string,
  graph: Graph,
  distance: DistanceMode,
  flags: BetweennessBenchFlags,
): Promise<BetweennessRow[]> {
  const rows: BetweennessRow[] = [];
  const options: BetweennessOptions = { distance };
  // Inverse distance: strong ties are short. compactFromGraph reads `strength`, the bench
  // graph carries it as `weight`.
  const compact = () => compactFromGraph(graph, (a) => a.weight as number);

  let theirs: Record<string, number> | null = null;
  let theirTime: Timing | null = null;
  if (!flags.skipGraphology) {
    console.log(`  graphology-metrics exact (${distance}): running …`);
    [theirs, theirTime] = await time(() =>
      betweennessCentrality(graph, {
        getEdgeWeight: distance === 'hops' ? null : (_edge, a) => 1 / (a.weight as number),
      }),
    );
    console.log(`  graphology-metrics exact (${distance}): ${describe(theirTime)}`);
  }
  const row = (
    implementation: string,
    threads: number,
    t: Timing,
    values: Float64Array | null,
  ): BetweennessRow => {
    const diff = values ? differences(values, theirs) : null;
    return {
      graph: name,
      distance,
      implementation,
      threads,
      wallSeconds: t.wall,
      cpuSeconds: t.cpu,
      loadBefore: t.loadBefore,
      loadAfter: t.loadAfter,
      speedupWall: theirTime ? theirTime.wall / t.wall : null,
      speedupCpu: theirTime && threads === 1 ? theirTime.cpu / t.cpu : null,
      maxAbsDiff: diff?.abs ?? null,
      maxRelDiff: diff?.rel ?? null,
    };
  };
  if (theirTime) rows.push({ ...row('graphology-metrics', 1, theirTime, null), speedupWall: 1 });

  // Ours, including building the compact graph from the graphology graph.
  const [js, jsTime] = await time(
    () => betweenness(compact(), { ...options, kernel: 'javascript' }).values,
  );
  const hops = distance === 'hops';
  console.log(`  ours, 1 thread, JavaScript${hops ? ' BFS' : ' Dijkstra'}: ${describe(jsTime)}`);
  rows.push(row(hops ? 'ours, JavaScript BFS' : 'ours, JavaScript Dijkstra', 1, jsTime, js));
  if (hops) {
    const [wasm, wasmTime] = await time(() => betweenness(compact(), options).values);
    console.log(`  ours, 1 thread, WebAssembly BFS: ${describe(wasmTime)}`);
    rows.push(row('ours, WebAssembly BFS', 1, wasmTime, wasm));
  }
  if (flags.threads > 1) {
    const runner = createNodeSweepRunner(flags.threads);
    const [parallel, parallelTime] = await time(async () => {
      const g = compact();
      const plan = planBetweenness(g.n, options);
      return finishBetweenness(g.n, plan, await runner(g, plan.sweep)).values;
    });
    console.log(`  ours, ${flags.threads} threads: ${describe(parallelTime)}`);
    rows.push(row('ours', flags.threads, parallelTime, parallel));
  }
  if (hops) {
    const [sampled, sampledTime] = await time(
      () => betweenness(compact(), { mode: 'sampled', k: flags.k, seed: flags.seed }).values,
    );
    let max = 0;
    let sum = 0;
    for (let v = 0; v < js.length; v++) {
      const d = Math.abs(sampled[v]! - js[v]!);
      max = Math.max(max, d);
      sum += d;
    }
    console.log(`  ours sampled (k = ${flags.k}): ${describe(sampledTime)}`);
    rows.push({
      ...row(`ours sampled, k = ${flags.k}`, 1, sampledTime, null),
      sampleMaxError: max,
      sampleMeanError: sum / js.length,
    });
  }
  return rows;
}

export async function benchBetweenness(
  name: string,
  el: EdgeListGraph,
  flags: BetweennessBenchFlags,
): Promise<BetweennessRow[]> {
  const graph = toGraphology(el);
  const rows = await benchOne(name, graph, 'hops', flags);
  if (flags.inverse) rows.push(...(await benchOne(name, graph, 'inverse', flags)));
  return rows;
}

const times = (x: number | null) => (x === null ? '—' : `${x.toFixed(1)}×`);
const exp = (x: number | null) => (x === null ? '—' : x === 0 ? '0' : x.toExponential(1));

/** Table cells: one row per implementation. */
export function betweennessTable(rows: BetweennessRow[]): { header: string[]; cells: string[][] } {
  const header = [
    'graph',
    'distance',
    'implementation',
    'threads',
    'wall',
    'CPU',
    'load',
    'speed-up (wall)',
    'speed-up (CPU)',
    'max |Δ|',
    'max rel. Δ',
  ];
  const cells = rows.map((r) => [
    r.graph,
    r.distance,
    r.implementation,
    String(r.threads),
    seconds(r.wallSeconds),
    seconds(r.cpuSeconds),
    `${r.loadBefore}–${r.loadAfter}`,
    times(r.speedupWall),
    times(r.speedupCpu),
    r.sampleMaxError !== undefined
      ? `${exp(r.sampleMaxError)} vs exact (mean ${exp(r.sampleMeanError!)})`
      : exp(r.maxAbsDiff),
    exp(r.maxRelDiff),
  ]);
  return { header, cells };
}
