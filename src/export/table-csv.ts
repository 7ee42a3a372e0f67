/**
 * The explorer's actor table as CSV, through the project's one CSV writer (csv.ts: UTF-8 with
 * a byte-order mark, RFC 4180 quoting, formula-like text neutralised): the columns shown, in
 * the order shown. The settings that produced the numbers come first as `# key: value` lines
 * (pandas `comment="#"`, R `comment.char = "#"`).
 */
import { toCsv, type CsvCell } from './csv';

export interface CsvColumn {
  id: string;
  header: string;
}

const cell = (value: unknown): CsvCell =>
  value === null ||
  value === undefined ||
  typeof value === 'string' ||
  typeof value === 'number' ||
  typeof value === 'boolean'
    ? value
    : JSON.stringify(value);

export function tableToCsv(
  columns: readonly CsvColumn[],
  rows: readonly Record<string, unknown>[],
  provenance: readonly [string, string][] = [],
): string {
  const comments = provenance.map(([k, v]) => `# ${k}: ${v.replace(/[\r\n]+/g, ' ')}\n`).join('');
  const body = toCsv(
    [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => cell(row[c.id])))],
    { bom: false },
  );
  return `\uFEFF${comments}${body}`;
}
