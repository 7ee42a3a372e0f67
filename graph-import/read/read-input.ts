import { existsSync, statSync } from 'node:fs';
import type { Encoding } from './decode';
import { openCsvFolder } from './read-folder';
import { InputError, type InputSource } from './raw-table';

/** The input is a folder of CSV files or one .xlsx workbook. */
export async function openInput(path: string, encoding: Encoding): Promise<InputSource> {
  if (!existsSync(path)) throw new InputError(`${path}: no such file or folder`);
  if (statSync(path).isDirectory()) return openCsvFolder(path, encoding);
  if (path.toLowerCase().endsWith('.xlsx')) {
    // Loaded only for workbooks: exceljs adds ~20 MiB to the importer's memory.
    const { openWorkbook } = await import('./read-workbook');
    return openWorkbook(path);
  }
  throw new InputError(`${path}: expected a folder of CSV files or an .xlsx workbook`);
}
