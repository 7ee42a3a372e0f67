/**
 * Where the CLI gets its network from. `loadNetwork` is the only function that knows the
 * sources; a new one (the database, by fetching the serialised network the API serves) is
 * added here and nowhere else.
 *
 * Accepted: a file holding graphology's serialised JSON (`graph.export()`, the API's format),
 * an explorer snapshot (its `.graph` is used), an import folder or .xlsx workbook (validated
 * by the importer; rejected rows are reported through `report`), or the database, read
 * with the same named queries as the API's /api/graph.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { SerializedGraph } from 'graphology-types';
import type { DataSource } from '../src/export/provenance';
import { isSnapshot } from '../src/model/snapshot';
import { networkFromGexf } from './read-gexf';
import { withDatabase } from '../neo4j/with-database';
import { fetchLastImport, fetchNetwork } from '../neo4j/named-reads';
import type { View } from '../src/model/domain';
import { UsageError } from './args';
import { isImportInput, loadImportInput } from './load-import-input';

/** What the CLI reads a network from (the explorer's sources are src/data/source.ts). */
export type NetworkInput = { file: string } | { database: true; view: View };

/** The network and where it came from (for the exports' provenance). */
export interface LoadedNetwork {
  network: SerializedGraph;
  origin: DataSource;
}

export async function loadNetwork(
  source: NetworkInput,
  report: (line: string) => void = () => {},
): Promise<LoadedNetwork> {
  if ('database' in source) {
    return withDatabase(async (driver) => {
      const [network, lastImport] = await Promise.all([
        fetchNetwork(driver, source.view),
        fetchLastImport(driver),
      ]);
      return {
        network: network as unknown as SerializedGraph,
        origin: { kind: 'database', database: 'neo4j', lastImport },
      };
    });
  }
  if (isImportInput(source.file)) {
    const network = (await loadImportInput(source.file, report)) as unknown as SerializedGraph;
    return { network, origin: { kind: 'import', name: basename(source.file) } };
  }
  return loadNetworkFile(source.file);
}

async function loadNetworkFile(input: string): Promise<LoadedNetwork> {
  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `input not found: ${input}`
        : `cannot read ${input}: ${(error as Error).message}`,
    );
  }
  const name = basename(input);
  if (input.toLowerCase().endsWith('.gexf')) {
    return { network: networkFromGexf(text, input), origin: { kind: 'file', name } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${input} is not valid JSON: ${(error as Error).message}`);
  }
  if (isSnapshot(data)) {
    return {
      network: asSerializedGraph(data.graph, input),
      origin: { kind: 'snapshot', name, createdAt: data.createdAt || null },
    };
  }
  return { network: asSerializedGraph(data, input), origin: { kind: 'file', name } };
}

/** Check the shape of a serialised graph enough that the analysis can trust it. */
export function asSerializedGraph(data: unknown, origin: string): SerializedGraph {
  const fail = (why: string): never => {
    throw new UsageError(`${origin} is not a graphology serialised graph or snapshot: ${why}`);
  };
  if (typeof data !== 'object' || data === null) fail('not an object');
  const graph = data as Partial<SerializedGraph>;
  if (!Array.isArray(graph.nodes)) fail('no "nodes" array');
  if (!Array.isArray(graph.edges)) fail('no "edges" array');
  const keys = new Set<string>();
  for (const node of graph.nodes!) {
    if (typeof node !== 'object' || node === null || node.key === undefined || node.key === null) {
      fail('a node has no "key"');
    }
    const key = String(node.key);
    if (keys.has(key)) fail(`node "${key}" appears twice`);
    keys.add(key);
  }
  for (const edge of graph.edges!) {
    if (typeof edge !== 'object' || edge === null) fail('an edge is not an object');
    for (const end of [edge.source, edge.target]) {
      if (end === undefined || end === null) fail('an edge has no source or target');
      if (!keys.has(String(end))) fail(`an edge refers to the unknown node "${String(end)}"`);
    }
  }
  return {
    attributes: graph.attributes ?? {},
    options: graph.options ?? { type: 'mixed', multi: true, allowSelfLoops: true },
    nodes: graph.nodes!.map((n) => ({ key: String(n.key), attributes: n.attributes ?? {} })),
    edges: graph.edges!.map((e) => ({
      ...e,
      source: String(e.source),
      target: String(e.target),
      attributes: e.attributes ?? {},
    })),
  };
}
