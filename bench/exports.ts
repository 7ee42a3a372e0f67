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
  composeImage,
  writeSvg,
  type ExportDocument,
  type ImageModel,
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

/** The whole network as an image model, as the explorer captures it (pixels of a 1600×1000 canvas). */
function pictureOf(doc: ExportDocument): ImageModel {
  const xs = doc.nodes.map((n) => n.visual.x);
  const ys = doc.nodes.map((n) => n.visual.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min(1520 / (x1 - x0 || 1), 920 / (y1 - y0 || 1));
  const at = new Map(
    doc.nodes.map((n) => [
      n.id,
      { x: 40 + (n.visual.x - x0) * k, y: 40 + (y1 - n.visual.y) * k, r: n.visual.size },
    ]),
  );
  return {
    width: 1900,
    height: 1100,
    background: '#ffffff',
    ink: '#1f2933',
    frame: { x: 0, y: 0, width: 1600, height: 1000 },
    nodes: doc.nodes.map((n) => ({ ...at.get(n.id)!, color: css(n.visual.color) })),
    edges: doc.edges.map((e) => {
      const s = at.get(e.source)!;
      const t = at.get(e.target)!;
      return {
        x1: s.x,
        y1: s.y,
        x2: t.x,
        y2: t.y,
        width: e.visual.thickness / 2,
        color: css(e.visual.color),
        arrow: e.directed,
        targetR: t.r,
      };
    }),
    labels: doc.nodes.slice(0, 400).map((n) => ({
      text: n.label,
      x: at.get(n.id)!.x + 6,
      y: at.get(n.id)!.y,
      size: 12,
      leader: null,
    })),
    labelLook: { color: '#1f2933', halo: '#ffffff', weight: '500' },
    title: 'bench',
    subtitle: null,
    legend: { sections: [], scale: null, note: null },
    notes: [],
  };
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
  // The explorer composes images on the page (the PNG is painted there): the whole network
  // as one picture, every actor, tie and 400 labels.
  const [model, modelTime] = await timed(() => pictureOf(doc));
  row('picture model (explorer: on the page)', modelTime);
  const [, sceneTime] = await timed(() => composeImage(model));
  row('picture scene (explorer: on the page)', sceneTime);
  const [svg, svgTime] = await timed(() => writeSvg(model, { title: 'bench', provenance }));
  row('SVG picture', svgTime, kib(svg));

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
