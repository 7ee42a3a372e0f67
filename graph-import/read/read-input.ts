import { existsSync, statSync } from 'node:fs';
import type { Encoding } from './decode';
import { openCsvFolder } from './read-folder';
import { InputError, type InputSource } from './raw-table';
import { openWorkbook } from './read-workbook';

/** The input is a folder of CSV files or one .xlsx workbook. */
export async function openInput(path: string, encoding: Encoding): Promise<InputSource> {
  if (!existsSync(path)) throw new InputError(`${path}: no such file or folder`);
  if (statSync(path).isDirectory()) return openCsvFolder(path, encoding);
  if (path.toLowerCase().endsWith('.xlsx')) return openWorkbook(path);
  throw new InputError(`${path}: expected a folder of CSV files or an .xlsx workbook`);
}
