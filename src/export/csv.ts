/**
 * The project's one CSV writer (csv-stringify): RFC 4180 quoting, "\n" line ends, UTF-8 with
 * a byte-order mark so spreadsheet programs read the Japanese names, empty cells for null and
 * non-finite numbers (NA in R, NaN in pandas), booleans as true/false, numbers at full
 * precision (the shortest text that reads back as the same double).
 *
 * Text cells that a spreadsheet would take for a formula — beginning with =, +, -, @, tab or
 * carriage return — get a leading apostrophe (the OWASP advice on CSV injection). Numbers are
 * never touched, so negative values stay numbers.
 */
// The package's browser build: its Node build reads the global `Buffer` when it loads, which
// breaks the explorer; the browser build carries its own and runs in Node as well.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Cell, ExportDocument } from './document';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type CsvCell = Cell | undefined;

export function toCsv(rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}) {
  const body = stringify(
    rows.map((row) =>
      row.map((v) => {
        if (v === null || v === undefined) return '';
        if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
        if (typeof v === 'boolean') return v ? 'true' : 'false';
        return neutraliseFormula(v);
      }),
    ),
    { record_delimiter: 'unix' },
  );
  return (options.bom ?? true) ? `\uFEFF${body}` : body;
}

/** One row per actor: `Id`, `Label` (Gephi's node-table import knows both), then every column. */
export function nodesCsv(doc: ExportDocument): string {
  return toCsv([
    ['Id', 'Label', ...doc.nodeColumns.map((c) => c.key)],
    ...doc.nodes.map((n) => [n.id, n.label, ...n.cells]),
  ]);
}

/** One row per tie: `Id`, `Source`, `Target` (Gephi's edge-table names), then every column. */
export function edgesCsv(doc: ExportDocument): string {
  return toCsv([
    ['Id', 'Source', 'Target', ...doc.edgeColumns.map((c) => c.key)],
    ...doc.edges.map((e) => [e.id, e.source, e.target, ...e.cells]),
  ]);
}
