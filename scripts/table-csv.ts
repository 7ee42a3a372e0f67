/**
 * Rows → the importer's CSV files, with exactly the columns of graph-import/format/columns.ts
 * in their order. UTF-8 with a BOM, so Excel opens the files with Japanese intact.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { tableSpec, type TableName } from '../graph-import/format/columns';

export type Row = Record<string, unknown>;

const BOM = '\ufeff';

function cell(v: unknown): string {
  return v === undefined || v === null ? '' : Array.isArray(v) ? v.join(';') : String(v);
}

function columnsOf(table: TableName): string[] {
  return tableSpec(table).columns.map((c) => c.name);
}

/** The whole file as one string (small tables). */
export function tableCsv(table: TableName, rows: readonly Row[]): string {
  const columns = columnsOf(table);
  return BOM + stringify([columns, ...rows.map((r) => columns.map((c) => cell(r[c])))]);
}

/**
 * Writes the file in chunks of rows, so a large table is never one string in memory.
 * Returns the bytes written.
 */
export function writeTableCsv(path: string, table: TableName, rows: Iterable<Row>): number {
  const columns = columnsOf(table);
  const fd = openSync(path, 'w');
  let bytes = 0;
  const write = (text: string) => {
    bytes += writeSync(fd, text);
  };
  try {
    write(BOM + stringify([columns]));
    let chunk: string[][] = [];
    for (const row of rows) {
      chunk.push(columns.map((c) => cell(row[c])));
      if (chunk.length === 5000) {
        write(stringify(chunk));
        chunk = [];
      }
    }
    if (chunk.length) write(stringify(chunk));
  } finally {
    closeSync(fd);
  }
  return bytes;
}
