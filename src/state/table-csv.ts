/**
 * The actor table as CSV — the columns shown, in the order shown — through the project's one
 * CSV writer (src/export/csv.ts: UTF-8 with a byte-order mark, formula cells neutralised).
 */
import { toCsv } from '../export/csv';

export function tableToCsv(
  columns: readonly { id: string; header: string }[],
  rows: readonly Record<string, unknown>[],
): string {
  const cell = (value: unknown) =>
    value === null || value === undefined || typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? value
        : String(value);
  return toCsv([
    columns.map((c) => c.header),
    ...rows.map((row) => columns.map((c) => cell(row[c.id]))),
  ]);
}
