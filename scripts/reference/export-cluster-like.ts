/**
 * Print the benchmark's cluster-like graph (bench/generate.ts) as an edge list, one
 * "source target strength" line per tie, for the reference scripts:
 *
 *   npx tsx scripts/reference/export-cluster-like.ts <n> <m> <seed>
 *
 * The graph is fully determined by (n, m, seed), so fixtures store those and a checksum
 * (`edgeListChecksum`) instead of the graph.
 */
import { clusterLike } from '../../bench/generate';
import { edgeListText } from '../../bench/edge-list';

const [n, m, seed] = process.argv.slice(2).map(Number);
if (!Number.isInteger(n) || !Number.isInteger(m) || !Number.isFinite(seed)) {
  process.stderr.write('usage: export-cluster-like.ts <n> <m> <seed>\n');
  process.exit(2);
}
process.stdout.write(edgeListText(clusterLike(n!, m!, seed!)));
