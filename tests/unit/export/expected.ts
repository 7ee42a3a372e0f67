/**
 * What a reader should find in an exported file, computed from the export document: cells
 * by column key (nulls left out, text as XML can hold it).
 */
import type { Cell, Column } from '../../../src/export';
import { xmlChars } from '../../../src/export/xml';

export function cellsByKey(
  columns: readonly Column[],
  cells: readonly Cell[],
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  columns.forEach((c, i) => {
    const v = cells[i];
    if (v === null || v === undefined) return;
    out[c.key] = typeof v === 'string' ? xmlChars(v) : v;
  });
  return out;
}
