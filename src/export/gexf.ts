/**
 * GEXF 1.3 (gexf.net/1.3), valid against the working group's RELAX NG grammar: typed node and
 * edge attributes, viz colour, position and size, provenance in `<meta><description>` (JSON),
 * with creator and last-modified date.
 *
 * The network mixes directed ties (licensing, supply, …) and undirected ones; networkx and
 * other readers refuse a file that mixes edge types, so every edge is written with the
 * graph's one type (`defaultedgetype="undirected"`) and the direction is kept in the
 * `directed` edge attribute. Edge `weight` is the tie strength.
 *
 * Written by hand rather than with graphology-gexf's writer, which infers attribute types from
 * the values it sees (a column of whole numbers becomes integer in one file, double in
 * another), writes a `type` on each edge of a mixed graph, and passes characters XML 1.0
 * cannot hold into the file.
 */
import type { CellType, Column, ExportDocument } from './document';
import type { Rgba } from './visual';
import { xmlAttr, xmlNumber, xmlText } from './xml';

const GEXF_TYPE: Record<CellType, string> = {
  string: 'string',
  integer: 'integer',
  double: 'double',
  boolean: 'boolean',
};

function attributes(cls: 'node' | 'edge', columns: readonly Column[], out: string[]): void {
  out.push(`    <attributes class="${cls}">`);
  for (const c of columns) {
    const id = xmlAttr(c.key);
    out.push(`      <attribute id="${id}" title="${id}" type="${GEXF_TYPE[c.type]}"/>`);
  }
  out.push('    </attributes>');
}

function attvalues(columns: readonly Column[], cells: readonly unknown[], out: string[]): void {
  const values: string[] = [];
  cells.forEach((v, i) => {
    if (v === null || v === undefined) return;
    values.push(
      `          <attvalue for="${xmlAttr(columns[i]!.key)}" value="${xmlAttr(String(v))}"/>`,
    );
  });
  if (values.length === 0) return;
  out.push('        <attvalues>', ...values, '        </attvalues>');
}

function colour(c: Rgba): string {
  const alpha = c.a < 1 ? ` a="${xmlNumber(Math.max(0, c.a))}"` : '';
  return `<viz:color r="${c.r}" g="${c.g}" b="${c.b}"${alpha}/>`;
}

export function writeGexf(doc: ExportDocument): string {
  const p = doc.provenance;
  const description = JSON.stringify(
    { provenance: p, graph: Object.fromEntries(doc.graph.map((g) => [g.key, g.value])) },
    null,
    1,
  );
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta lastmodifieddate="${p.exportedAt.slice(0, 10)}">`,
    `    <creator>${xmlText(`${p.app.name} ${p.app.version}`)}</creator>`,
    `    <description>${xmlText(description)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="undirected" idtype="string">',
  ];
  attributes('node', doc.nodeColumns, out);
  attributes('edge', doc.edgeColumns, out);

  out.push(`    <nodes count="${doc.nodes.length}">`);
  for (const n of doc.nodes) {
    out.push(`      <node id="${xmlAttr(n.id)}" label="${xmlAttr(n.label)}">`);
    attvalues(doc.nodeColumns, n.cells, out);
    const v = n.visual;
    out.push(
      `        ${colour(v.color)}`,
      `        <viz:position x="${xmlNumber(v.x)}" y="${xmlNumber(v.y)}" z="0"/>`,
      `        <viz:size value="${xmlNumber(v.size)}"/>`,
      '      </node>',
    );
  }
  out.push('    </nodes>', `    <edges count="${doc.edges.length}">`);
  for (const e of doc.edges) {
    out.push(
      `      <edge id="${xmlAttr(e.id)}" source="${xmlAttr(e.source)}" target="${xmlAttr(e.target)}" weight="${xmlNumber(e.weight)}">`,
    );
    attvalues(doc.edgeColumns, e.cells, out);
    out.push(
      `        ${colour(e.visual.color)}`,
      `        <viz:thickness value="${xmlNumber(e.visual.thickness)}"/>`,
      '      </edge>',
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
