/**
 * The browser benchmark's data: the generator's national dataset (npm run generate), read
 * as the importer reads it and written as a snapshot without positions, so the explorer
 * lays it out on open just as it does a live network from Neo4j.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDataset } from '../../graph-import/read-dataset';
import { datasetToNetwork } from '../../graph-import/to-network';
import { generateDataset } from '../../scripts/generate/dataset';
import { parseScale } from '../../scripts/generate/plan';
import { writeDataset } from '../../scripts/generate/write';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../../src/model/snapshot';

export interface BenchSnapshot {
  file: string;
  actors: number;
  ties: number;
  bytes: number;
  data: string;
  dispose(): void;
}

export async function nationalSnapshot(scale: string, seed: number): Promise<BenchSnapshot> {
  const dir = mkdtempSync(join(tmpdir(), 'cne-bench-browser-'));
  writeDataset(generateDataset(parseScale(scale), seed), join(dir, 'input'));
  const { data, rejected } = await readDataset(join(dir, 'input'));
  if (rejected.length) throw new Error(`generated data: ${rejected.length} rows rejected`);
  const graph = datasetToNetwork(data, 'all');
  const file = join(dir, 'national.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      createdAt: '2026-01-01T00:00:00.000Z',
      graph,
    }),
  );
  return {
    file,
    actors: graph.nodes.length,
    ties: graph.edges.length,
    bytes: statSync(file).size,
    data: `npm run generate -- --scale ${scale} --seed ${seed}`,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
