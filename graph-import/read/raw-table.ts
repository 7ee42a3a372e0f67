import type { TableName } from '../format/columns';

/** A problem with one cell (or, with column "", with the whole row). */
export interface CellIssue {
  column: string;
  reason: string;
}

/** One data row as read, before validation: raw cell text by column header. */
export interface RawRow {
  /** Line (CSV) or row number (sheet) as a spreadsheet or text editor shows it. */
  line: number;
  cells: Record<string, string>;
  /** Set when the row cannot be read as the header's columns: the row is rejected with these. */
  problems?: CellIssue[];
  /** Set when the row was read after recovering from a fault (e.g. a stray quote kept as text). */
  remark?: string;
}

/** One table of the input: its header, and its rows read afresh on every call of `rows()`. */
export interface TableSource {
  table: TableName;
  /** File name as the user gave it (CSV file, or the workbook for a sheet). */
  file: string;
  /** Sheet name for workbooks; null for CSV. */
  sheet: string | null;
  /** Normalised header names ("" for an empty header cell). */
  headers: string[];
  rows(): AsyncIterable<RawRow>;
}

export interface InputSource {
  source: string;
  tables: TableSource[];
  /** Non-fatal remarks: unknown columns, missing optional files, encodings. */
  notes: string[];
}

/** A problem that makes the whole input unreadable (exit code 2). */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Where a table comes from, as people name it: `actors.csv` or `members.xlsx [actors]`. */
export function placeOf(table: Pick<TableSource, 'file' | 'sheet'>): string {
  return table.sheet ? `${table.file} [${table.sheet}]` : table.file;
}
