import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { TABLES } from '../format/columns';
import { normaliseHeader } from './header';
import { InputError, type RawInput, type RawRow, type RawTable } from './raw-table';

/** Turns whatever Excel stored in a cell into the text a person sees. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    }
    if ('text' in value) return String((value as { text: unknown }).text);
    if ('error' in value) return String((value as { error: unknown }).error);
  }
  return String(value);
}

/** Reads the sheets `actors`, `projects`, `participations`, `ties` of an .xlsx workbook. */
export async function readWorkbook(path: string): Promise<RawInput> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new InputError(`${path}: cannot read workbook: ${(error as Error).message}`);
  }
  const file = basename(path);
  const tables: RawTable[] = [];
  const notes: string[] = [];
  const sheets = new Map(workbook.worksheets.map((ws) => [normaliseHeader(ws.name), ws]));
  for (const table of TABLES) {
    const ws = sheets.get(table);
    if (!ws) {
      notes.push(`${file}: no sheet "${table}"`);
      continue;
    }
    const headerRow = ws.getRow(1);
    const headers: string[] = [];
    for (let c = 1; c <= headerRow.cellCount; c++) {
      headers.push(normaliseHeader(cellText(headerRow.getCell(c).value)));
    }
    while (headers.length && headers[headers.length - 1] === '') headers.pop();
    const rows: RawRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber === 1) return;
      const cells: Record<string, string> = {};
      let any = false;
      headers.forEach((h, i) => {
        const text = cellText(row.getCell(i + 1).value);
        if (text.trim() !== '') any = true;
        cells[h] = text;
      });
      let extra = false;
      for (let c = headers.length + 1; c <= row.cellCount; c++) {
        if (cellText(row.getCell(c).value).trim() !== '') extra = true;
      }
      if (!any && !extra) return;
      const raw: RawRow = { line: rowNumber, cells };
      if (extra) raw.shapeError = `cells beyond the ${headers.length} header columns`;
      rows.push(raw);
    });
    tables.push({ table, file, sheet: ws.name, headers, rows });
  }
  if (tables.length === 0) {
    throw new InputError(`${file}: none of the sheets ${TABLES.join(', ')} found`);
  }
  return { source: path, tables, notes };
}
