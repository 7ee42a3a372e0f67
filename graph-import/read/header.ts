import { tableSpec, type TableName } from '../format/columns';
import { InputError } from './raw-table';

/** Header cells are matched case- and width-insensitively ("Name_EN", "ｎａｍｅ" → name_en, name). */
export function normaliseHeader(cell: string): string {
  return cell
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Spreadsheet column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Normalises a header row and refuses it when two cells name the same known column (after
 * normalisation): which of them holds the values would be a guess. Repeated unknown columns
 * are ignored like any unknown column.
 */
export function readHeader(raw: string[], table: TableName, place: string): string[] {
  const headers = raw.map(normaliseHeader);
  const known = new Set(tableSpec(table).columns.map((c) => c.name));
  const seen = new Map<string, number>();
  headers.forEach((h, i) => {
    if (!known.has(h)) return;
    const first = seen.get(h);
    if (first === undefined) {
      seen.set(h, i);
      return;
    }
    throw new InputError(
      `${place}: the header has column "${h}" twice (columns ${columnLetter(first)} ${JSON.stringify(
        raw[first]!.trim(),
      )} and ${columnLetter(i)} ${JSON.stringify(raw[i]!.trim())}); which one holds the values is ambiguous: rename or delete one`,
    );
  });
  return headers;
}
