import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { FORMULA_ERROR } from '../format/cells';
import { TABLES, type TableName } from '../format/columns';
import { normaliseHeader, readHeader } from './header';
import { InputError, type InputSource, type RawRow, type TableSource } from './raw-table';
import { WorkbookPartsReader } from './workbook-reader';

/**
 * Turns whatever Excel stored in a cell into the text a person sees. Error cells give their
 * error text (#N/A, …); a formula gives its stored result, or FORMULA_ERROR when it has none
 * usable (an error result, or never calculated). Validation rejects both as not data.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isNaN(value) ? FORMULA_ERROR : String(value);
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('error' in value) return String(value.error);
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      return result === undefined || result === null ? FORMULA_ERROR : cellText(result);
    }
    if ('text' in value) return String((value as { text: unknown }).text);
  }
  return String(value);
}

const READER_OPTIONS = {
  worksheets: 'emit',
  sharedStrings: 'cache',
  // Styles tell date cells from numbers.
  styles: 'cache',
  hyperlinks: 'ignore',
  entries: 'ignore',
} as const;

/** The sheet name the streaming reader sets at run time (its type declaration omits it). */
function sheetName(sheet: ExcelJS.stream.xlsx.WorksheetReader): string {
  const name: unknown = Reflect.get(sheet, 'name');
  return typeof name === 'string' ? name : '';
}

/** Every sheet of a workbook, streamed: rows reach `visit` one at a time and are not kept. */
async function eachSheet(
  path: string,
  visit: (name: string, rows: AsyncIterable<ExcelJS.Row>) => Promise<void>,
): Promise<void> {
  const reader = new WorkbookPartsReader(path, READER_OPTIONS);
  for await (const sheet of reader) await visit(sheetName(sheet), sheet);
}

function rowCells(row: ExcelJS.Row): string[] {
  const out: string[] = [];
  for (let c = 1; c <= row.cellCount; c++) out.push(cellText(row.getCell(c).value));
  return out;
}

function toRow(row: ExcelJS.Row, headers: string[]): RawRow | null {
  const texts = rowCells(row);
  if (texts.every((t) => t.trim() === '')) return null;
  const cells: Record<string, string> = {};
  headers.forEach((h, i) => {
    if (h !== '') cells[h] = texts[i] ?? '';
  });
  const raw: RawRow = { line: row.number, cells };
  // Empty cells are not stored in a sheet, so only filled cells beyond the header count.
  let last = texts.length;
  while (last > 0 && texts[last - 1]!.trim() === '') last--;
  if (last > headers.length) {
    raw.problems = [
      {
        column: '',
        reason: `the row has ${last} cells but the header has ${headers.length} columns (values beyond the header's last column)`,
      },
    ];
  }
  return raw;
}

/**
 * Reads the sheets `actors`, `projects`, `participations`, `ties` of an .xlsx workbook with
 * exceljs's streaming reader: opening it reads the headers; each pass over a table's rows
 * streams the workbook again.
 */
export async function openWorkbook(path: string): Promise<InputSource> {
  const file = basename(path);
  const found = new Map<TableName, { sheet: string; headers: string[] }>();
  const seenNames = new Map<TableName, string>();
  const passedOver: string[] = [];
  try {
    await eachSheet(path, async (name, rows) => {
      const table = TABLES.find((t) => t === normaliseHeader(name));
      if (!table) {
        passedOver.push(name);
        return;
      }
      const other = seenNames.get(table);
      if (other !== undefined) {
        throw new InputError(
          `${file}: sheets "${other}" and "${name}" both name the ${table} table (names are matched case- and width-insensitively): rename or delete one`,
        );
      }
      seenNames.set(table, name);
      let headers: string[] = [];
      for await (const row of rows) {
        const cells = rowCells(row);
        while (cells.length && cells[cells.length - 1]!.trim() === '') cells.pop();
        if (cells.length === 0) continue;
        headers = readHeader(cells, table, `${file} [${name}]`);
        break;
      }
      found.set(table, { sheet: name, headers });
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: cannot read workbook: ${(error as Error).message}`);
  }
  const tables: TableSource[] = [];
  const notes: string[] = [];
  for (const table of TABLES) {
    const sheet = found.get(table);
    if (!sheet) {
      notes.push(`${file}: no sheet "${table}"`);
      continue;
    }
    const { headers } = sheet;
    tables.push({
      table,
      file,
      sheet: sheet.sheet,
      headers,
      async *rows() {
        const reader = new WorkbookPartsReader(path, READER_OPTIONS);
        for await (const ws of reader) {
          if (sheetName(ws) !== sheet.sheet) continue;
          let header = true;
          let batch: RawRow[] = [];
          for await (const row of ws) {
            if (header) {
              // The header is the first row with a filled cell.
              header = rowCells(row).every((t) => t.trim() === '');
              continue;
            }
            const raw = toRow(row, headers);
            if (raw) batch.push(raw);
            if (batch.length >= 1000) {
              yield batch;
              batch = [];
            }
          }
          if (batch.length) yield batch;
          return; // sheet names are unique: no need to open the sheets after it
        }
      },
    });
  }
  // Said, like unknown files of a folder: a table sheet misnamed must not vanish unseen.
  for (const name of passedOver)
    notes.push(`${file}: sheet "${name}" is not one of the tables, ignored`);
  if (tables.length === 0) {
    throw new InputError(`${file}: none of the sheets ${TABLES.join(', ')} found`);
  }
  return { source: path, tables, notes };
}
