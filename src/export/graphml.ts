/**
 * GraphML with typed keys (`attr.type` int, double, boolean, string), read by networkx's
 * `read_graphml`, igraph and Gephi. Like the GEXF, one edge default (undirected) with the
 * direction in the `directed` edge attribute. Visual attributes use the key names Gephi's
 * GraphML importer recognises (`x`, `y`, `size`, `r`, `g`, `b`; edge `weight`), the graph-level
 * results are typed graph data, and the provenance is a JSON string in the graph's
 * `provenance` data.
 */
import type { CellType, ExportDocument } from './document';
import { xmlAttr, xmlNumber, xmlText } from './xml';

const GRAPHML_TYPE: Record<CellType, string> = {
  string: 'string',
  integer: 'int',
  double: 'double',
  boolean: 'boolean',
};

interface Key {
  id: string;
  name: string;
  type: string;
}

export function writeGraphml(doc: ExportDocument): string {
  let next = 0;
  const key = (name: string, type: string): Key => ({ id: `d${next++}`, name, type });
  const graphKeys = [
    key('provenance', 'string'),
    ...doc.graph.map((g) => key(g.key, g.type === 'json' ? 'string' : GRAPHML_TYPE[g.type])),
  ];
  const nodeKeys = [
    key('label', 'string'),
    ...doc.nodeColumns.map((c) => key(c.key, GRAPHML_TYPE[c.type])),
    key('x', 'double'),
    key('y', 'double'),
    key('size', 'double'),
    key('r', 'int'),
    key('g', 'int'),
    key('b', 'int'),
  ];
  const edgeKeys = [
    key('weight', 'double'),
    ...doc.edgeColumns.map((c) => key(c.key, GRAPHML_TYPE[c.type])),
    key('r', 'int'),
    key('g', 'int'),
    key('b', 'int'),
    key('thickness', 'double'),
  ];

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const declare = (scope: string, keys: Key[]) => {
    for (const k of keys) {
      out.push(
        `  <key id="${k.id}" for="${scope}" attr.name="${xmlAttr(k.name)}" attr.type="${k.type}"/>`,
      );
    }
  };
  declare('graph', graphKeys);
  declare('node', nodeKeys);
  declare('edge', edgeKeys);

  const data = (indent: string, keys: Key[], values: readonly unknown[]) => {
    values.forEach((v, i) => {
      if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return;
      const text = typeof v === 'number' ? xmlNumber(v) : String(v);
      out.push(`${indent}<data key="${keys[i]!.id}">${xmlText(text)}</data>`);
    });
  };

  out.push('  <graph id="G" edgedefault="undirected">');
  data('    ', graphKeys, [
    JSON.stringify(doc.provenance),
    ...doc.graph.map((g) =>
      g.type === 'json' ? JSON.stringify(g.value) : (g.value as string | number | boolean | null),
    ),
  ]);
  for (const n of doc.nodes) {
    out.push(`    <node id="${xmlAttr(n.id)}">`);
    const v = n.visual;
    data('      ', nodeKeys, [
      n.label,
      ...n.cells,
      v.x,
      v.y,
      v.size,
      v.color.r,
      v.color.g,
      v.color.b,
    ]);
    out.push('    </node>');
  }
  for (const e of doc.edges) {
    out.push(
      `    <edge id="${xmlAttr(e.id)}" source="${xmlAttr(e.source)}" target="${xmlAttr(e.target)}">`,
    );
    const c = e.visual.color;
    data('      ', edgeKeys, [e.weight, ...e.cells, c.r, c.g, c.b, e.visual.thickness]);
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
