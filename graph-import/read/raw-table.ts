import type { TableName } from '../format/columns';

/** One data row as read, before validation: raw cell text by column header. */
export interface RawRow {
  /** Line (CSV) or row number (sheet) as a spreadsheet or text editor shows it. */
  line: number;
  cells: Record<string, string>;
  /** Set when the row cannot be split into the header's columns. */
  shapeError?: string;
}

export interface RawTable {
  table: TableName;
  /** File name as the user gave it (CSV file, or the workbook for a sheet). */
  file: string;
  /** Sheet name for workbooks; null for CSV. */
  sheet: string | null;
  headers: string[];
  rows: RawRow[];
}

export interface RawInput {
  source: string;
  tables: RawTable[];
  /** Non-fatal remarks: unknown columns, missing optional files, detected encodings. */
  notes: string[];
}

/** A problem that makes the whole input unreadable (exit code 2). */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
