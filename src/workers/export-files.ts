/**
 * The graph and table files of an export, written from a network, its analysis result and
 * its provenance with the project's one set of writers (src/export): GEXF 1.3, GraphML,
 * nodes and ties CSV (with the provenance as JSON beside them, as the CLI does) or xlsx.
 * Run in the export worker, so serialising a national network never blocks the page.
 */
import {
  buildExportDocument,
  edgesCsv,
  nodesCsv,
  writeGexf,
  writeGraphml,
  writeSvg,
  writeXlsx,
} from '../export';
import type { ExportFile, WorkerRequest } from './export-protocol';

const text = (name: string, type: string, body: string): ExportFile => ({
  name,
  type,
  data: new TextEncoder().encode(body),
});

export async function writeFiles(request: WorkerRequest): Promise<ExportFile[]> {
  const { baseName: base, provenance } = request;
  if (request.format === 'svg') {
    const svg = writeSvg(request.model, { title: request.title, provenance });
    return [text(`${base}.svg`, 'image/svg+xml', svg)];
  }
  const doc = buildExportDocument(request.network, request.result, provenance);
  switch (request.format) {
    case 'gexf':
      return [text(`${base}.gexf`, 'application/gexf+xml', writeGexf(doc))];
    case 'graphml':
      return [text(`${base}.graphml`, 'application/graphml+xml', writeGraphml(doc))];
    case 'csv':
      return [
        text(`${base}-nodes.csv`, 'text/csv', nodesCsv(doc)),
        text(`${base}-edges.csv`, 'text/csv', edgesCsv(doc)),
        text(
          `${base}.provenance.json`,
          'application/json',
          `${JSON.stringify(provenance, null, 2)}\n`,
        ),
      ];
    case 'xlsx':
      return [
        {
          name: `${base}.xlsx`,
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          data: await writeXlsx(doc),
        },
      ];
  }
}
