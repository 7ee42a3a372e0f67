/**
 * GraphML: typed keys read back by networkx's read_graphml (int, double, boolean and string
 * values as such) and by igraph, with hostile names, parallel ties and a self-loop.
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeGraphml } from '../../../src/export';
import { xmlChars } from '../../../src/export/xml';
import { cellsByKey } from './expected';
import {
  exportOf,
  findPython,
  hostileNetwork,
  readWithPython,
  tempDir,
  writeTemp,
  type Exported,
} from './fixtures';

const { python, reason } = findPython();
if (!python) console.warn(`skipping networkx/igraph GraphML reads: ${reason}`);
const igraph =
  python !== null && spawnSync(python, ['-c', 'import igraph'], { encoding: 'utf8' }).status === 0;
if (python && !igraph) console.warn(`skipping igraph GraphML read: ${python} has no igraph`);

describe('GraphML', () => {
  let ex: Exported;
  let text: string;
  let path: string;
  beforeAll(async () => {
    ex = await exportOf(hostileNetwork());
    text = writeGraphml(ex.doc);
    path = writeTemp(tempDir(), 'hostile.graphml', text);
  });

  it('declares typed keys for every column', () => {
    for (const c of ex.doc.nodeColumns) {
      const type = { string: 'string', integer: 'int', double: 'double', boolean: 'boolean' }[
        c.type
      ];
      expect(text).toMatch(
        new RegExp(`<key id="d\\d+" for="node" attr.name="${c.key}" attr.type="${type}"/>`),
      );
    }
    expect(text).toContain('attr.name="betweennessCentralization" attr.type="double"');
    expect(text).not.toContain('<script>');
  });

  it.skipIf(!python)('reads back in networkx read_graphml with the same typed data', () => {
    const r = readWithPython(python!, 'networkx-graphml', path);
    expect(r.graphClass).toBe('MultiGraph');
    expect(JSON.parse(r.graph.provenance as string)).toEqual(ex.provenance);
    expect(r.graph.degreeCentralization).toBe(ex.result.graph.degreeCentralization);
    expect(r.graph.components).toBe(ex.result.graph.components);
    for (const n of ex.doc.nodes) {
      const c = n.visual.color;
      expect(r.nodes[n.id]).toEqual({
        label: xmlChars(n.label),
        ...cellsByKey(ex.doc.nodeColumns, n.cells),
        x: n.visual.x,
        y: n.visual.y,
        size: n.visual.size,
        r: c.r,
        g: c.g,
        b: c.b,
      });
    }
    expect(r.edges).toHaveLength(ex.doc.edges.length);
    for (const e of ex.doc.edges) {
      const read = r.edges.filter(
        (x) => x.attributes.kind === e.cells[0] && x.attributes.weight === e.weight,
      );
      const same = read.find(
        (x) =>
          [x.source, x.target].sort().join('|') === [e.source, e.target].sort().join('|') &&
          x.attributes.directed === e.directed,
      );
      expect(same, e.id).toBeDefined();
      const c = e.visual.color;
      expect(same!.attributes).toEqual({
        weight: e.weight,
        ...cellsByKey(ex.doc.edgeColumns, e.cells),
        r: c.r,
        g: c.g,
        b: c.b,
        thickness: e.visual.thickness,
      });
    }
  });

  it.skipIf(!igraph)('reads back in igraph', () => {
    const read = readWithPython(python!, 'igraph-graphml', path);
    // igraph 0.10's reader hands back "&" in an XML *attribute* (the node id) as "&#38;" (its
    // libxml2 SAX parsing without entity substitution); text content (the label) is exact.
    const id = (s: string) => s.replace(/&#38;/g, '&');
    const r = {
      ...read,
      nodes: Object.fromEntries(Object.entries(read.nodes).map(([k, v]) => [id(k), v])),
    };
    expect(r.graphClass).toBe('igraph.Graph');
    expect(Object.keys(r.nodes).sort()).toEqual(ex.doc.nodes.map((n) => n.id).sort());
    expect(r.edges).toHaveLength(ex.doc.edges.length);
    for (const n of ex.doc.nodes) {
      const a = r.nodes[n.id]!;
      expect(a.label).toBe(xmlChars(n.label));
      const expected = cellsByKey(ex.doc.nodeColumns, n.cells);
      expect(a.betweenness).toBe(expected.betweenness);
      expect(a.degree).toBe(expected.degree);
      expect(a.kind).toBe(expected.kind);
    }
    const directed = r.edges.filter((e) => e.attributes.directed === true).length;
    expect(directed).toBe(ex.doc.edges.filter((e) => e.directed).length);
    expect(r.graph.averagePathLength).toBe(ex.result.graph.averagePathLength);
  });
});
