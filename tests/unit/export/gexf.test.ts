/**
 * GEXF 1.3: valid against the GEXF working group's RELAX NG grammar (xmllint; copied into
 * tests/fixtures/schemas/gexf-1.3 with its licence note), and read back by graphology-gexf and
 * by networkx's read_gexf with the same nodes, edges, attributes, colours and positions —
 * including actors with hostile names.
 */
import { spawnSync } from 'node:child_process';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExportDocument, defaultLayoutIterations, writeGexf } from '../../../src/export';
import { xmlChars } from '../../../src/export/xml';
import { cellsByKey } from './expected';
import {
  exportOf,
  findPython,
  hostileNetwork,
  positionedNetwork,
  readWithPython,
  tempDir,
  writeTemp,
  type Exported,
} from './fixtures';

const GRAMMAR = 'tests/fixtures/schemas/gexf-1.3/gexf.rng';
const dir = tempDir();

function xmllint(path: string) {
  const r = spawnSync('xmllint', ['--noout', '--relaxng', GRAMMAR, path], { encoding: 'utf8' });
  if (r.error) {
    throw new Error(
      `xmllint is needed to validate GEXF (Debian: apt-get install libxml2-utils): ${r.error.message}`,
    );
  }
  return r;
}

const cases: [string, () => ReturnType<typeof hostileNetwork>][] = [
  ['laid out here (no positions in the input)', hostileNetwork],
  ['with a snapshot’s positions, colours and sizes', positionedNetwork],
];

describe.each(cases)('GEXF of a network %s', (name, make) => {
  let ex: Exported;
  let text: string;
  let path: string;
  beforeAll(async () => {
    ex = await exportOf(make());
    text = writeGexf(ex.doc);
    path = writeTemp(dir, `${name.length}.gexf`, text);
  });

  it('is valid against the GEXF 1.3 RELAX NG grammar', () => {
    const r = xmllint(path);
    expect(r.stderr).toContain('validates');
    expect(r.status).toBe(0);
  });

  it('has one edge type, provenance in meta, and escapes every hostile name', () => {
    expect(text).toContain('<graph defaultedgetype="undirected"');
    expect(text).not.toMatch(/<edge [^>]*\btype=/);
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // No character XML 1.0 forbids survives.
    const controls = [...text].filter((ch) => ch < ' ' && !'\t\n\r'.includes(ch));
    expect(controls).toEqual([]);
    const description = /<description>([\s\S]*)<\/description>/.exec(text)![1]!;
    const unescaped = description
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&#13;/g, '\r')
      .replace(/&amp;/g, '&');
    const meta = JSON.parse(unescaped);
    expect(meta.provenance).toEqual(ex.provenance);
    expect(meta.graph.averagePathLength).toBe(ex.result.graph.averagePathLength);
    expect(text).toContain('<meta lastmodifieddate="2026-03-04">');
    expect(text).toContain('<creator>Cluster Network Explorer 9.9.9-test</creator>');
  });

  it('reads back in graphology-gexf with the same nodes, edges, attributes, colours, positions', () => {
    const g = parse(Graph, text);
    expect(g.order).toBe(ex.doc.nodes.length);
    expect(g.size).toBe(ex.doc.edges.length);
    for (const n of ex.doc.nodes) {
      const a = g.getNodeAttributes(n.id);
      expect(a.label).toBe(xmlChars(n.label));
      expect(a).toMatchObject(cellsByKey(ex.doc.nodeColumns, n.cells));
      const c = n.visual.color;
      expect(a.color).toBe(
        c.a < 1 ? `rgba(${c.r},${c.g},${c.b},${c.a})` : `rgb(${c.r},${c.g},${c.b})`,
      );
      expect([a.x, a.y, a.size]).toEqual([n.visual.x, n.visual.y, n.visual.size]);
    }
    for (const e of ex.doc.edges) {
      expect(g.hasEdge(e.id), e.id).toBe(true);
      expect(g.source(e.id)).toBe(e.source);
      expect(g.target(e.id)).toBe(e.target);
      expect(g.isUndirected(e.id)).toBe(true);
      const a = g.getEdgeAttributes(e.id);
      expect(a).toMatchObject(cellsByKey(ex.doc.edgeColumns, e.cells));
      expect(a.weight).toBe(e.weight);
      expect(a.thickness).toBe(e.visual.thickness);
    }
  });

  const { python, reason } = findPython();
  if (!python) console.warn(`skipping networkx read_gexf: ${reason}`);
  it.skipIf(!python)('reads back in networkx read_gexf with the same data', () => {
    const r = readWithPython(python!, 'networkx-gexf', path);
    // Parallel ties make it a multigraph; one edge type makes networkx accept the file.
    expect(r.graphClass).toBe('MultiGraph');
    expect(Object.keys(r.nodes).sort()).toEqual(ex.doc.nodes.map((n) => n.id).sort());
    for (const n of ex.doc.nodes) {
      const a = r.nodes[n.id]!;
      const { label, viz, ...attributes } = a as {
        label: string;
        viz: {
          color: Record<string, number>;
          position: Record<string, number>;
          size: number;
        };
      };
      expect(label).toBe(xmlChars(n.label));
      expect(attributes).toEqual(cellsByKey(ex.doc.nodeColumns, n.cells));
      const c = n.visual.color;
      expect(viz.color).toEqual({ r: c.r, g: c.g, b: c.b, a: c.a });
      expect(viz.position).toEqual({ x: n.visual.x, y: n.visual.y, z: 0 });
      expect(viz.size).toBe(n.visual.size);
    }
    expect(r.edges).toHaveLength(ex.doc.edges.length);
    for (const read of r.edges) {
      const e = ex.doc.edges.find((x) => x.id === read.attributes.id)!;
      expect([read.source, read.target].sort()).toEqual([e.source, e.target].sort());
      expect(read.attributes).toEqual({
        ...cellsByKey(ex.doc.edgeColumns, e.cells),
        id: e.id,
        weight: e.weight,
      });
    }
  });
});

describe('GEXF layout and styling when the input has none', () => {
  it('is deterministic: the same network gives the same file', async () => {
    const a = await exportOf(hostileNetwork());
    const b = await exportOf(hostileNetwork());
    expect(writeGexf(b.doc)).toBe(writeGexf(a.doc));
    const xs = a.doc.nodes.map((n) => n.visual.x);
    expect(xs.every(Number.isFinite)).toBe(true);
    expect(new Set(xs).size).toBe(xs.length);
  });

  it('runs a fixed number of iterations, fewer for national-scale networks', async () => {
    expect(defaultLayoutIterations(331, 1086)).toBe(300);
    expect(defaultLayoutIterations(12_000, 100_000)).toBe(54);
    expect(defaultLayoutIterations(1e6, 1e7)).toBe(50);
    const { network, result, provenance, doc } = await exportOf(hostileNetwork());
    const one = buildExportDocument(network, result, provenance, { layout: { iterations: 1 } });
    expect(one.nodes.map((n) => n.visual.x)).not.toEqual(doc.nodes.map((n) => n.visual.x));
  });

  it('colours actors by kind and ties by kind with the explorer palette', async () => {
    const { doc } = await exportOf(hostileNetwork());
    // university #D55E00, company #0072B2; joint research #CC6677 at the explorer's 0.6.
    expect(doc.nodes.find((n) => n.id === 'uni')!.visual.color).toEqual({
      r: 0xd5,
      g: 0x5e,
      b: 0x00,
      a: 1,
    });
    expect(doc.nodes.find((n) => n.id === 'plus')!.visual.color).toEqual({
      r: 0x00,
      g: 0x72,
      b: 0xb2,
      a: 1,
    });
    expect(doc.edges.find((e) => e.id === 't1')!.visual.color).toEqual({
      r: 0xcc,
      g: 0x66,
      b: 0x77,
      a: 0.6,
    });
  });
});
