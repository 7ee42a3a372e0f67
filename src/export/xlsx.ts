/**
 * An Excel workbook (exceljs) with four sheets: `nodes` and `edges` (the same columns as the
 * CSV files), `graph` (graph-level results) and `provenance` (key–value). Numbers are stored
 * as numbers at full precision, booleans as booleans, null as an empty cell. Text gets the
 * CSV's formula neutralisation, and characters XML 1.0 cannot hold become U+FFFD (an xlsx is
 * XML inside). A carriage return is written as the line break it would read back as anyway
 * (exceljs stores it raw, and XML turns a raw CR into a newline).
 */
import ExcelJS from 'exceljs';
import { neutraliseFormula } from './csv';
import type { Cell, ExportDocument } from './document';
import { provenanceRows } from './provenance';
import { xmlChars } from './xml';

type XlsxValue = string | number | boolean | null;

function value(v: Cell | undefined): XlsxValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  return neutraliseFormula(xmlChars(v)).replace(/\r\n?/g, '\n');
}

function sheet(wb: ExcelJS.Workbook, name: string, rows: readonly (readonly Cell[])[]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of rows) ws.addRow(row.map(value));
  ws.getRow(1).font = { bold: true };
}

export async function writeXlsx(doc: ExportDocument): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const p = doc.provenance;
  wb.creator = `${p.app.name} ${p.app.version}`;
  wb.created = new Date(p.exportedAt);
  sheet(wb, 'nodes', [
    ['Id', 'Label', ...doc.nodeColumns.map((c) => c.key)],
    ...doc.nodes.map((n) => [n.id, n.label, ...n.cells]),
  ]);
  sheet(wb, 'edges', [
    ['Id', 'Source', 'Target', ...doc.edgeColumns.map((c) => c.key)],
    ...doc.edges.map((e) => [e.id, e.source, e.target, ...e.cells]),
  ]);
  sheet(wb, 'graph', [
    ['key', 'value'],
    ...doc.graph.map((g): Cell[] => [
      g.key,
      g.type === 'json' ? JSON.stringify(g.value) : (g.value as Cell),
    ]),
  ]);
  sheet(wb, 'provenance', [['key', 'value'], ...provenanceRows(p)]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
