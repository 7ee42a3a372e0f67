/**
 * The actor table as CSV for a spreadsheet or a script: UTF-8 with a byte-order mark so
 * spreadsheet programs read the Japanese names, RFC 4180 quoting by csv-stringify, full
 * precision, empty cells for missing values. Text that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`, tab, CR first) is prefixed with `'`. The settings that produced the
 * numbers come first as `# key: value` lines (pandas `comment="#"`, R `comment.char = "#"`).
 */
import { stringify } from 'csv-stringify/browser/esm/sync';

export interface CsvColumn {
  id: string;
  header: string;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet shows as text, never runs. */
export function spreadsheetSafe(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function tableToCsv(
  columns: readonly CsvColumn[],
  rows: readonly Record<string, unknown>[],
  provenance: readonly [string, string][] = [],
): string {
  const comments = provenance.map(([k, v]) => `# ${k}: ${v.replace(/[\r\n]+/g, ' ')}\n`).join('');
  const body = stringify(
    rows.map((row) => Object.fromEntries(columns.map((c) => [c.id, spreadsheetSafe(row[c.id])]))),
    {
      header: true,
      columns: columns.map((c) => ({ key: c.id, header: c.header })),
      cast: { boolean: (b) => (b ? 'true' : 'false'), number: (n) => String(n) },
      record_delimiter: 'unix',
    },
  );
  return `\uFEFF${comments}${body}`;
}
