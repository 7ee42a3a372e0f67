/**
 * The research exports at benchmark size: the deterministic layout (for a network without
 * positions), each writer, and, side by side as a baseline, graphology-gexf's own GEXF writer
 * on the same actors, ties and attributes. Wall and CPU time per step, peak RSS at the end.
 */
import Graph from 'graphology';
import { write as graphologyGexf } from 'graphology-gexf';
import type { SerializedGraph } from 'graphology-types';
import type { AnalysisResult } from '../src/analysis/types';
import type { Rgba } from '../src/export/visual';
import {
  buildExportDocument,
  buildProvenance,
  defaultLayoutIterations,
  edgesCsv,
  nodesCsv,
  writeGexf,
  writeGraphml,
  writeXlsx,
  type ExportDocument,
} from '../src/export';
import { formatTable, mib, seconds } from './table';

interface Timing {
  wall: number;
  cpu: number;
}

async function timed<T>(f: () => T | Promise<T>): Promise<[T, Timing]> {
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = await f();
  const cpu = process.cpuUsage(cpu0);
  return [
    result,
    { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: (cpu.user + cpu.system) / 1e6 },
  ];
}

const css = ({ r, g, b, a }: Rgba) => `rgba(${r},${g},${b},${a})`;

/** The export document as a graphology graph, for graphology-gexf's writer. */
function asGraphology(doc: ExportDocument): Graph {
  const g = new Graph({ type: 'undirected', multi: true, allowSelfLoops: true });
  for (const n of doc.nodes) {
    const { x, y, size, color } = n.visual;
    const attrs: Record<string, unknown> = { label: n.label, x, y, size, color: css(color) };
    doc.nodeColumns.forEach((c, i) => (attrs[c.key] = n.cells[i]));
    g.addNode(n.id, attrs);
  }
  for (const e of doc.edges) {
    const attrs: Record<string, unknown> = {
      weight: e.weight,
      color: css(e.visual.color),
      thickness: e.visual.thickness,
    };
    doc.edgeColumns.forEach((c, i) => (attrs[c.key] = e.cells[i]));
    g.addEdgeWithKey(e.id, e.source, e.target, attrs);
  }
  return g;
}

export async function benchExports(network: SerializedGraph, result: AnalysisResult) {
  const provenance = buildProvenance({
    appVersion: 'bench',
    source: { kind: 'file', name: 'generated' },
    result,
  });
  const iterations = defaultLayoutIterations(network.nodes.length, network.edges.length);
  const rows: string[][] = [];
  const row = (step: string, t: Timing, size = '') =>
    rows.push([step, seconds(t.wall), seconds(t.cpu), size]);
  const kib = (s: string | Uint8Array) =>
    `${((typeof s === 'string' ? Buffer.byteLength(s) : s.length) / 1024 / 1024).toFixed(1)} MB`;

  const [doc, docTime] = await timed(() => buildExportDocument(network, result, provenance));
  row(`document, with layout (${iterations} ForceAtlas2 iterations)`, docTime);
  const [gexf, gexfTime] = await timed(() => writeGexf(doc));
  row('GEXF 1.3 (ours)', gexfTime, kib(gexf));
  const graph = asGraphology(doc);
  const [baseline, baselineTime] = await timed(() =>
    graphologyGexf(graph, { version: '1.3', pretty: true }),
  );
  row('GEXF (graphology-gexf writer, baseline)', baselineTime, kib(baseline));
  const [graphml, graphmlTime] = await timed(() => writeGraphml(doc));
  row('GraphML', graphmlTime, kib(graphml));
  const [csv, csvTime] = await timed(() => nodesCsv(doc) + edgesCsv(doc));
  row('CSV, actors + ties', csvTime, kib(csv));
  const [xlsx, xlsxTime] = await timed(() => writeXlsx(doc));
  row('xlsx (exceljs)', xlsxTime, kib(xlsx));

  console.log(
    `\nExports of the cluster-like graph (${doc.nodes.length} actors, ${doc.edges.length} ties, ` +
      `no positions in the input):`,
  );
  console.log(formatTable(['step', 'wall', 'CPU', 'size'], rows));
  console.log(
    `GEXF ours / graphology-gexf: ${(gexfTime.cpu / baselineTime.cpu).toFixed(2)}× the CPU time; ` +
      `peak RSS so far ${mib(process.resourceUsage().maxRSS * 1024)}`,
  );
}
