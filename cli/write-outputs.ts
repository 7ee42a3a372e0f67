/**
 * What `npm run analyze` writes after the analysis: the format `--out` names by its
 * extension (JSON, CSV, GEXF, GraphML, xlsx), the ties with `--edges-out`, each with the
 * provenance of the run. CSV has no place for it, so a CSV gets a `<name>.provenance.json`
 * beside it.
 */
import { readFileSync } from 'node:fs';
import type { SerializedGraph } from 'graphology-types';
import type { AnalysisResult } from '../src/analysis/types';
import {
  buildExportDocument,
  buildProvenance,
  edgesCsv,
  nodesCsv,
  writeGexf,
  writeGraphml,
  writeXlsx,
  type DataSource,
  type ExportDocument,
} from '../src/export';
import type { CliArgs } from './args';

export interface OutputIo {
  stdout: (text: string) => void;
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
}

let version: string | undefined;
/** The app version, from package.json. */
export function appVersion(): string {
  version ??= String(
    (
      JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
        version?: unknown;
      }
    ).version ?? 'unknown',
  );
  return version;
}

export const provenancePathOf = (csvPath: string) =>
  `${csvPath.replace(/\.csv$/i, '')}.provenance.json`;

export async function writeOutputs(
  args: Pick<CliArgs, 'out' | 'edgesOut' | 'view' | 'layoutIterations'>,
  network: SerializedGraph,
  result: AnalysisResult,
  origin: DataSource,
  io: OutputIo,
): Promise<void> {
  const provenance = buildProvenance({
    appVersion: appVersion(),
    source: origin,
    view: args.view,
    result,
  });
  result.graph.provenance = provenance;
  const provenanceJson = JSON.stringify(provenance, null, 2) + '\n';

  let doc: ExportDocument | undefined;
  // Built only when a table or graph file is asked for (it may lay the network out).
  const document = () =>
    (doc ??= buildExportDocument(network, result, provenance, {
      layout: args.layoutIterations === null ? {} : { iterations: args.layoutIterations },
    }));

  const out = args.out;
  if (!out) io.stdout(JSON.stringify(result, null, 2) + '\n');
  else if (out.format === 'json') await io.writeFile(out.path, JSON.stringify(result) + '\n');
  else if (out.format === 'csv') {
    await io.writeFile(out.path, nodesCsv(document()));
    await io.writeFile(provenancePathOf(out.path), provenanceJson);
  } else if (out.format === 'gexf') await io.writeFile(out.path, writeGexf(document()));
  else if (out.format === 'graphml') await io.writeFile(out.path, writeGraphml(document()));
  else await io.writeFile(out.path, await writeXlsx(document()));

  if (args.edgesOut) {
    await io.writeFile(args.edgesOut, edgesCsv(document()));
    await io.writeFile(provenancePathOf(args.edgesOut), provenanceJson);
  }
}
