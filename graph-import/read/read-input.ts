import { existsSync, statSync } from 'node:fs';
import type { Encoding } from './decode';
import { readCsvFolder } from './read-folder';
import { InputError, type RawInput } from './raw-table';
import { readWorkbook } from './read-workbook';

/** The input is a folder of CSV files or one .xlsx workbook. */
export async function readInput(path: string, encoding: Encoding): Promise<RawInput> {
  if (!existsSync(path)) throw new InputError(`${path}: no such file or folder`);
  if (statSync(path).isDirectory()) return readCsvFolder(path, encoding);
  if (path.toLowerCase().endsWith('.xlsx')) return readWorkbook(path);
  throw new InputError(`${path}: expected a folder of CSV files or an .xlsx workbook`);
}
