/**
 * `npm run bench [-- <section>…] [-- --quick] [-- --skip-graphology] [-- --no-inverse]
 *   [-- --k 500] [-- --seed 7] [-- --threads 2] [-- --out bench/results] [-- --exports-only]`
 *
 * Sections (default: all): `betweenness` (below), `import` (bench/import/bench-import.ts:
 * our importer against LOAD CSV, and its peak memory), `api` (bench/api/bench-api.ts:
 * /api/graph as graphology JSON against the compact format, first byte, total, bytes),
 * `browser` (bench/browser/bench-browser.ts: the explorer in headless Chromium at national
 * scale: first frame, long tasks, filter and style changes, panning during layout, memory).
 *
 * Exact betweenness, side by side in one run on the same graphs (bench/betweenness.ts):
 * graphology-metrics against ours (JavaScript and WebAssembly BFS on one thread, and on worker
 * threads), for hops and inverse-strength distances, plus sampled betweenness, on a
 * 12,000-node / 100,000-edge Erdős–Rényi-like graph and on a cluster-like graph of the same
 * size. Prints times (wall and CPU), load averages, speed ratios and the largest differences;
 * then times the full `runAnalysis` on the cluster-like graph, reports peak memory and times
 * the research exports of its result (bench/exports.ts). Writes every figure to
 * <out>/betweenness.json and the table to <out>/betweenness.md. `--quick` (or BENCH_QUICK=1)
 * uses 3,000 nodes / 25,000 edges; `--exports-only` skips the betweenness comparison.
 *
 * This is a benchmark, not a test: nothing fails on time.
 */
import { loadavg } from 'node:os';
import { createNodeSweepRunner, defaultThreads } from '../cli/sweep-pool';
import { DEFAULT_SAMPLE_SIZE } from '../src/analysis/betweenness';
import { runAnalysis } from '../src/analysis/run-analysis';
import { benchBetweenness, betweennessTable, type BetweennessRow } from './betweenness';
import { benchApi } from './api/bench-api';
import { benchBrowser } from './browser/bench-browser';
import { benchExports } from './exports';
import { clusterLike, erdosRenyi, type EdgeListGraph } from './generate';
import { benchImport } from './import/bench-import';
import { machineInfo } from './machine';
import { toSerializedNetwork } from './network';
import { formatTable, markdownTable, mib, seconds } from './table';
import { writeResults } from './write-results';

interface Flags {
  quick: boolean;
  threads: number;
  skipGraphology: boolean;
  inverse: boolean;
  exportsOnly: boolean;
  out: string;
  k: number;
  seed: number;
  n: number;
  m: number;
}

function parseFlags(argv: string[]): Flags {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick') || process.env.BENCH_QUICK === '1';
  return {
    quick,
    skipGraphology: argv.includes('--skip-graphology'),
    inverse: !argv.includes('--no-inverse'),
    exportsOnly: argv.includes('--exports-only'),
    out: value('--out') ?? 'bench/results',
    threads: Number(value('--threads') ?? defaultThreads()),
    k: Number(value('--k') ?? DEFAULT_SAMPLE_SIZE),
    seed: Number(value('--seed') ?? 7),
    n: Number(value('--n') ?? (quick ? 3000 : 12000)),
    m: Number(value('--m') ?? (quick ? 25000 : 100000)),
  };
}

const load = () => loadavg()[0]!.toFixed(1);

function degreeStats(el: EdgeListGraph): string {
  const degree = new Int32Array(el.n);
  for (let e = 0; e < el.source.length; e++) {
    degree[el.source[e]!]!++;
    degree[el.target[e]!]!++;
  }
  const sorted = Array.from(degree).sort((a, b) => a - b);
  const mean = (2 * el.source.length) / el.n;
  return `mean degree ${mean.toFixed(1)}, median ${sorted[el.n >> 1]}, max ${sorted[el.n - 1]}`;
}

interface FullRun {
  threads: number;
  totalSeconds: number;
  phases: { phase: string; seconds: number }[];
  peakRssMiB: number;
  peakHeapMiB: number;
}

async function benchFullRun(el: EdgeListGraph, flags: Flags): Promise<FullRun> {
  const network = toSerializedNetwork(el, flags.seed);
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const phases: [string, number][] = [];
  let phase = '';
  let phaseStart = process.hrtime.bigint();
  const start = phaseStart;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const result = await runAnalysis(network, {
    groups: 'sector',
    sweepRunner: flags.threads > 1 ? createNodeSweepRunner(flags.threads) : undefined,
    onProgress: (p) => {
      sample();
      if (p.phase !== phase) {
        const now = process.hrtime.bigint();
        if (phase) phases.push([phase, Number(now - phaseStart) / 1e9]);
        phase = p.phase;
        phaseStart = now;
      }
    },
  });
  sample();
  const total = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(
    `\nFull runAnalysis on the cluster-like graph (exact betweenness, groups = sector, ` +
      `${flags.threads} thread(s)): ${seconds(total)}`,
  );
  console.log(
    formatTable(
      ['phase', 'time'],
      phases.map(([p, t]) => [p, seconds(t)]),
    ),
  );
  console.log(
    `modularity ${result.graph.modularity?.toFixed(4)}, ${result.graph.communities} communities, ` +
      `${result.graph.bridges} bridges, ${result.graph.localBridges} local bridges`,
  );
  console.log(
    `memory: peak RSS ${mib(peakRss)} (${mib(before.rss)} before), ` +
      `peak heap used ${mib(peakHeap)} (${mib(before.heapUsed)} before)`,
  );
  await benchExports(network, result);
  return {
    threads: flags.threads,
    totalSeconds: total,
    phases: phases.map(([phase, t]) => ({ phase, seconds: t })),
    peakRssMiB: Math.round(peakRss / 2 ** 20),
    peakHeapMiB: Math.round(peakHeap / 2 ** 20),
  };
}

const SECTIONS = ['betweenness', 'import', 'api', 'browser'] as const;

async function main() {
  const argv = process.argv.slice(2);
  const named = SECTIONS.filter((s) => argv.includes(s));
  const sections = named.length ? named : SECTIONS;
  if (sections.includes('betweenness')) await benchBetweennessSection(argv);
  if (sections.includes('import')) await benchImport(argv);
  if (sections.includes('api')) await benchApi(argv);
  if (sections.includes('browser')) await benchBrowser(argv);
}

async function benchBetweennessSection(argv: string[]) {
  const flags = parseFlags(argv);
  if (flags.exportsOnly) {
    await benchFullRun(clusterLike(flags.n, flags.m, flags.seed), flags);
    console.log(`\nload average at the end: ${load()} (other processes share this machine)`);
    return;
  }
  const started = new Date().toISOString();
  console.log(
    `Betweenness benchmark — node ${process.version}, ${flags.quick ? 'quick' : 'full'} size, ` +
      `seed ${flags.seed}, ${flags.threads} thread(s) available, load average ${load()}`,
  );
  const graphs: [string, EdgeListGraph][] = [
    ['Erdős–Rényi', erdosRenyi(flags.n, flags.m, flags.seed)],
    ['cluster-like', clusterLike(flags.n, flags.m, flags.seed)],
  ];
  const rows: BetweennessRow[] = [];
  for (const [name, el] of graphs) {
    console.log(`\n${name}: ${el.n} nodes, ${el.source.length} edges (${degreeStats(el)})`);
    rows.push(...(await benchBetweenness(name, el, flags)));
  }
  const table = betweennessTable(rows);
  console.log('\n' + formatTable(table.header, table.cells));
  const fullRun = await benchFullRun(graphs[1]![1], flags);
  const loadEnd = load();
  console.log(`\nload average at the end: ${loadEnd} (other processes share this machine)`);

  const m = machineInfo();
  const size = `${flags.n.toLocaleString('en')} nodes / ${flags.m.toLocaleString('en')} edges`;
  const markdown = [
    `Exact betweenness, ${size}, seed ${flags.seed}, measured ${started.slice(0, 10)} on ` +
      `${m.cpu} (${m.cores} cores, shared), Node ${m.node}. Speed-up = graphology-metrics' ` +
      `time / ours in the same run (CPU: single-threaded rows only); load = 1-minute load ` +
      `average before–after.`,
    '',
    markdownTable(table.header, table.cells),
    '',
    `Full \`runAnalysis\` on the cluster-like graph (every measure, exact betweenness, ` +
      `${fullRun.threads} thread(s)): ${seconds(fullRun.totalSeconds)}, peak RSS ` +
      `${fullRun.peakRssMiB} MiB.`,
  ].join('\n');
  const json = { started, machine: m, flags, betweenness: rows, fullRun, loadEnd: Number(loadEnd) };
  const paths = await writeResults('betweenness', json, markdown, flags.out);
  console.log(`wrote ${paths.json} and ${paths.markdown}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
