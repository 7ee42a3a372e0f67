/**
 * What a reader should find in an exported file, computed from the export document: cells
 * by column key (nulls left out, text as XML can hold it).
 */
import type { Cell, Column, ExportDocument } from '../../../src/export';
import { xmlChars } from '../../../src/export/xml';

export function cellsByKey(
  columns: readonly Column[],
  cells: readonly Cell[],
  text: (s: string) => string = xmlChars,
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  columns.forEach((c, i) => {
    const v = cells[i];
    if (v === null || v === undefined) return;
    out[c.key] = typeof v === 'string' ? text(v) : v;
  });
  return out;
}

export const nodeById = (doc: ExportDocument, id: string) => doc.nodes.find((n) => n.id === id)!;
export const edgeById = (doc: ExportDocument, id: string) => doc.edges.find((e) => e.id === id)!;

/** Pick the listed keys of an object (to compare a reader's attributes with ours). */
export function pick(obj: Record<string, unknown>, keys: readonly string[]) {
  return Object.fromEntries(keys.filter((k) => k in obj).map((k) => [k, obj[k]]));
}
