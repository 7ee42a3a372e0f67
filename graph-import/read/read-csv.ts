import { basename } from 'node:path';
import { tableSpec, type TableName } from '../format/columns';
import { CsvRecordReader, type CsvEvent } from './csv-records';
import {
  decideEncoding,
  encodingLabel,
  REPLACEMENT,
  scanEncoding,
  type Encoding,
  type TextEncoding,
} from './decode';
import { normaliseHeader, readHeader } from './header';
import { InputError, type CellIssue, type RawRow, type TableSource } from './raw-table';
import { decodedChunks, textLines } from './text-lines';

/** Records of a CSV file with their first line numbers (the header is line 1). */
async function* csvEvents(path: string, encoding: TextEncoding): AsyncGenerator<CsvEvent> {
  const reader = new CsvRecordReader();
  let line = 0;
  for await (const text of textLines(decodedChunks(path, encoding))) {
    yield* reader.push(text, ++line);
  }
  yield* reader.end();
}

const snippet = (text: string) => {
  const at = Math.max(0, text.indexOf(REPLACEMENT) - 20);
  return `${at > 0 ? '…' : ''}${text.slice(at, at + 40)}${text.length > at + 40 ? '…' : ''}`;
};

/** Turns a record into a row of the header's columns, or says why it cannot be one. */
function toRow(
  event: CsvEvent,
  headers: string[],
  known: ReadonlySet<string>,
  encoding: TextEncoding,
): RawRow | null {
  if (event.kind === 'broken') {
    return {
      line: event.line,
      cells: {},
      problems: [{ column: headers[event.cellIndex] ?? '', reason: event.reason }],
    };
  }
  const { cells: record, line } = event;
  if (record.every((cell) => cell.trim() === '')) return null;
  const cells: Record<string, string> = {};
  headers.forEach((h, i) => {
    if (h !== '') cells[h] = record[i] ?? '';
  });
  const problems: CellIssue[] = [];
  if (record.length !== headers.length) {
    problems.push({
      column: '',
      reason: `the row has ${record.length} cells but the header has ${headers.length} columns (an unquoted comma in a value, or a missing or extra cell, would shift the values into the wrong columns)`,
    });
  } else {
    for (const [column, text] of Object.entries(cells)) {
      if (known.has(column) && text.includes(REPLACEMENT)) {
        problems.push({
          column,
          reason: `bytes that do not decode as ${encodingLabel(encoding)}, shown as ${REPLACEMENT}: ${JSON.stringify(snippet(text))}`,
        });
      }
    }
  }
  const row: RawRow = { line, cells };
  if (problems.length) row.problems = problems;
  if (event.recovered) row.remark = 'stray quote read as text';
  return row;
}

/**
 * Opens one CSV table: decides its encoding on the evidence of the whole file, reads the
 * header, and returns a source whose rows are streamed from the file on every pass.
 */
export async function openCsvTable(
  path: string,
  table: TableName,
  forced: Encoding,
): Promise<{ source: TableSource; notes: string[] }> {
  const file = basename(path);
  const known = new Set(tableSpec(table).columns.map((c) => c.name));
  let decision;
  try {
    decision = decideEncoding(await scanEncoding(path), forced, known, normaliseHeader);
  } catch (error) {
    throw new InputError(`${file}: ${(error as Error).message}`);
  }
  const { encoding } = decision;
  let first: CsvEvent | undefined;
  for await (const event of csvEvents(path, encoding)) {
    first = event;
    break;
  }
  if (first?.kind === 'broken') {
    throw new InputError(`${file}: the header row cannot be read: ${first.reason}`);
  }
  const headers = first ? readHeader(first.cells, table, file) : [];
  const notes = [
    `${file}: read as ${encodingLabel(encoding)} because ${decision.because}` +
      (decision.invalid
        ? `; ${decision.invalid} undecodable byte sequence(s): the rows holding them are rejected`
        : ''),
  ];
  if (!first) notes.push(`${file}: empty file`);
  const source: TableSource = {
    table,
    file,
    sheet: null,
    headers,
    async *rows() {
      let header = true;
      for await (const event of csvEvents(path, encoding)) {
        if (header) {
          header = false;
          continue;
        }
        const row = toRow(event, headers, known, encoding);
        if (row) yield row;
      }
    },
  };
  return { source, notes };
}
