/**
 * Writes public/snapshots/demo.json: the demo dataset as the API's "all" view, laid out with
 * the explorer's deterministic layout (src/render/layout-run.ts: seeded start positions, fixed
 * iterations), so the file is the same on every run and shows the picture the live explorer
 * draws for the same network, and styled as the explorer's default view. Presenters open it
 * with no server.
 *
 *   npx tsx scripts/snapshot/generate-demo.ts [output.json]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetToNetwork } from '../../graph-import/to-network';
import { readDataset } from '../../graph-import/read-dataset';
import { runAnalysis } from '../../src/analysis/run-analysis';
import type { Snapshot } from '../../src/model/snapshot';
import { layoutJob, layOutNow } from '../../src/render/layout-run';
import { computeStyles } from '../../src/state/styles';
import { buildBaseGraph, type ExplorerGraph } from '../../src/state/base-graph';
import { nodeValues } from '../../src/state/measure-values';
import { createSnapshot } from '../../src/state/snapshot';
import { DEFAULT_VIEW_STATE } from '../../src/state/view-state';
import { computeVisibility } from '../../src/state/visibility';

/** Fixed, so regenerating an unchanged demo gives a byte-identical file. */
const CREATED_AT = '2026-01-01T00:00:00.000Z';

export function layOut(graph: ExplorerGraph): void {
  const positions = layOutNow(layoutJob(graph, true));
  graph.updateEachNodeAttributes((key, a) => ({ ...a, ...positions.get(key)! }));
}

export async function styleDefault(graph: ExplorerGraph): Promise<void> {
  const visibility = computeVisibility(graph, DEFAULT_VIEW_STATE.filters);
  const measures = nodeValues({ degree: await runAnalysis(graph, { measures: ['degree'] }) });
  const styles = computeStyles(graph, visibility, 'kind', 'degree', measures, 'ja');
  for (const [key, style] of styles.nodes) {
    graph.mergeNodeAttributes(key, { color: style.color, size: style.size });
  }
  for (const [key, style] of styles.edges) {
    graph.mergeEdgeAttributes(key, { color: style.color, size: style.size });
  }
}

export async function generateDemoSnapshot(folder = 'data/demo'): Promise<Snapshot> {
  const { data, rejected } = await readDataset(folder);
  if (rejected.length) throw new Error(`${folder}: ${rejected.length} rejected rows`);
  const network = datasetToNetwork(data, 'all');
  network.attributes.generatedAt = CREATED_AT;
  const graph = buildBaseGraph(network, false);
  layOut(graph);
  await styleDefault(graph);
  return createSnapshot(graph, DEFAULT_VIEW_STATE, CREATED_AT);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const out = process.argv[2] ?? 'public/snapshots/demo.json';
  const snapshot = await generateDemoSnapshot();
  writeFileSync(out, `${JSON.stringify(snapshot)}\n`);
  process.stdout.write(
    `${out}: ${snapshot.graph.nodes.length} actors, ${snapshot.graph.edges.length} ties\n`,
  );
}
