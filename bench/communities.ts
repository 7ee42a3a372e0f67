/**
 * `npm run bench:communities [-- --seeds 30]`
 *
 * Community detection on the national-scale cluster-like graph of the Leiden reference
 * (tests/fixtures/reference/leiden.json: clusterLike(12500, 100000, 7)), side by side in one
 * run: graphology's Louvain and our Leiden over the same seeds, weighted and unweighted —
 * modularity (min / mean / max), community counts, disconnected communities, and time per
 * run (wall and CPU) — against leidenalg's figures from the fixture (30 seeds, run to
 * stability). This is a benchmark, not a test: nothing fails on time or quality.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  disconnectedCommunityCount,
  leidenCommunities,
  louvainCommunities,
  type CommunityResult,
} from '../src/analysis/communities';
import { compactFromGraph } from '../src/analysis/compact-graph';
import { simplify } from '../src/analysis/simplify';
import { edgeListChecksum } from './edge-list';
import { clusterLike } from './generate';
import { toSerializedNetwork } from './network';
import { formatTable, seconds } from './table';

interface Summary {
  min: number;
  mean: number;
  max: number;
}
interface ReferenceRun {
  weighted: boolean;
  seeds: number;
  untilStable: { modularity: Summary; communities: Summary };
}
const fixture = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../tests/fixtures/reference/leiden.json', import.meta.url)),
    'utf8',
  ),
) as {
  computedWith: string;
  graphs: {
    clusterLike: {
      parameters: { n: number; m: number; seed: number };
      edgeListChecksum: string;
      runs: ReferenceRun[];
    };
  };
};

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const load = () => loadavg()[0]!.toFixed(1);

function summary(values: number[]): Summary {
  return {
    min: Math.min(...values),
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    max: Math.max(...values),
  };
}
const f = (s: Summary, digits = 6) =>
  `${s.min.toFixed(digits)} / ${s.mean.toFixed(digits)} / ${s.max.toFixed(digits)}`;

function main() {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--seeds');
  const seeds = at >= 0 ? Number(argv[at + 1]) : 30;
  const ref = fixture.graphs.clusterLike;
  const { n, m, seed } = ref.parameters;
  const el = clusterLike(n, m, seed);
  if (edgeListChecksum(el) !== ref.edgeListChecksum) {
    throw new Error('the generated graph differs from the one the reference was computed on');
  }
  console.log(
    `Communities benchmark — node ${process.version}, clusterLike(${n}, ${m}, ${seed}), ` +
      `${seeds} seeds, load average ${load()}`,
  );
  const rows: string[][] = [];
  for (const weighted of [true, false]) {
    const { graph } = simplify(toSerializedNetwork(el, seed), {
      weight: weighted ? 'weight' : null,
    });
    const g = compactFromGraph(graph);
    for (const [name, detect] of [
      ['Louvain (graphology)', louvainCommunities],
      ['Leiden (ours)', leidenCommunities],
    ] as const) {
      const q: number[] = [];
      const counts: number[] = [];
      let split = 0;
      let wall = 0;
      let cpuTime = 0;
      for (let s = 1; s <= seeds; s++) {
        const c0 = cpu();
        const t0 = process.hrtime.bigint();
        const r: CommunityResult = detect(graph, g, { seed: s, weighted });
        wall += Number(process.hrtime.bigint() - t0) / 1e9;
        cpuTime += cpu() - c0;
        q.push(r.modularity!);
        counts.push(r.count);
        split += disconnectedCommunityCount(g, r.community);
      }
      rows.push([
        weighted ? 'weighted' : 'unweighted',
        name,
        f(summary(q)),
        f(summary(counts), 1),
        String(split),
        seconds(wall / seeds),
        seconds(cpuTime / seeds),
      ]);
      console.log(`  ${rows.at(-1)!.slice(0, 2).join(', ')} done (load average ${load()})`);
    }
    const want = ref.runs.find((r) => r.weighted === weighted)!;
    rows.push([
      weighted ? 'weighted' : 'unweighted',
      `leidenalg (fixture, ${want.seeds} seeds)`,
      f(want.untilStable.modularity),
      f(want.untilStable.communities, 1),
      '0',
      '—',
      '—',
    ]);
  }
  console.log(
    '\n' +
      formatTable(
        [
          'ties',
          'algorithm',
          'modularity min / mean / max',
          'communities min / mean / max',
          'disconnected (all runs)',
          'wall / run',
          'CPU / run',
        ],
        rows,
      ),
  );
  console.log(`\nreference: ${fixture.computedWith}; load average at the end ${load()}`);
}

main();
