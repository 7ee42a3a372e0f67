import { parse } from 'csv-parse/sync';
import { normaliseHeader } from './header';
import { InputError, type RawRow } from './raw-table';

/**
 * Splits CSV text into rows keyed by header. Line numbers are those of the first line of
 * each record (a quoted cell may span lines), counting the header as line 1.
 */
export function parseCsv(text: string, file: string): { headers: string[]; rows: RawRow[] } {
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    // One line-end convention, so line numbers count CRLF and lone CR files alike.
    records = parse(text.replace(/\r\n?/g, '\n'), {
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw new InputError(`${file}: cannot parse CSV: ${(error as Error).message}`);
  }
  const [head, ...body] = records;
  if (!head) return { headers: [], rows: [] };
  const headers = head.record.map(normaliseHeader);
  const rows: RawRow[] = [];
  for (const { record, raw, info } of body) {
    if (record.every((cell) => cell.trim() === '')) continue;
    const inner = raw.replace(/^\n+/, '').replace(/\n$/, '');
    const line = info.lines - (inner.match(/\n/g)?.length ?? 0);
    const cells: Record<string, string> = {};
    headers.forEach((h, i) => {
      cells[h] = record[i] ?? '';
    });
    const row: RawRow = { line, cells };
    if (record.length > headers.length && record.slice(headers.length).some((c) => c.trim())) {
      row.shapeError = `${record.length} cells but the header has ${headers.length} columns`;
    }
    rows.push(row);
  }
  return { headers, rows };
}
