/**
 * The Compare view's actor table as pure functions: one row per actor of either side with
 * its status and A, B and change of degree, betweenness and constraint; filtered (who rose,
 * who fell in a measure, who appeared, who left), sorted by any column, and the same rows as
 * CSV through the one CSV writer (table-csv.ts).
 */
import { ACTOR_MEASURES, type ActorMeasure, type Comparison } from '../analysis/compare';
import { tableToCsv, type CsvColumn } from '../export/table-csv';

export interface ActorChangeRow {
  id: string;
  name: string;
  kind: string;
  status: 'appeared' | 'left' | 'both';
  /** `<measure>.a`, `<measure>.b`, `<measure>.delta`: numbers or null. */
  values: Record<string, number | null>;
}

export const ACTOR_FILTERS = ['all', 'rose', 'fell', 'appeared', 'left'] as const;
export type ActorFilter = (typeof ACTOR_FILTERS)[number];

export type SortKey = 'name' | 'kind' | 'status' | `${ActorMeasure}.${'a' | 'b' | 'delta'}`;
export interface Sort {
  key: SortKey;
  descending: boolean;
}

export const DEFAULT_SORT: Sort = { key: 'degree.delta', descending: true };

export function actorChangeRows(
  comparison: Comparison,
  nameOf: (id: string) => string,
  kindOf: (id: string) => string,
): ActorChangeRow[] {
  return Object.entries(comparison.actors).map(([id, change]) => {
    const values: Record<string, number | null> = {};
    for (const m of ACTOR_MEASURES) {
      values[`${m}.a`] = change[m].a;
      values[`${m}.b`] = change[m].b;
      values[`${m}.delta`] = change[m].delta;
    }
    return { id, name: nameOf(id), kind: kindOf(id), status: change.status, values };
  });
}

/** Rows passing the filter; `rose` / `fell` are about the measure sorted by (degree else). */
export function filterRows(
  rows: readonly ActorChangeRow[],
  filter: ActorFilter,
  measure: ActorMeasure,
): ActorChangeRow[] {
  switch (filter) {
    case 'all':
      return [...rows];
    case 'appeared':
    case 'left':
      return rows.filter((r) => r.status === filter);
    case 'rose':
    case 'fell': {
      const sign = filter === 'rose' ? 1 : -1;
      return rows.filter((r) => {
        const d = r.values[`${measure}.delta`];
        return d !== null && d !== undefined && sign * d > 1e-12;
      });
    }
  }
}

const collator = new Intl.Collator(['ja', 'en'], { numeric: true });

/** Sorted copy; missing numbers (an actor on one side only) always last. */
export function sortRows(rows: readonly ActorChangeRow[], sort: Sort): ActorChangeRow[] {
  const sign = sort.descending ? -1 : 1;
  const value = (r: ActorChangeRow) =>
    sort.key === 'name' || sort.key === 'kind' || sort.key === 'status'
      ? r[sort.key]
      : r.values[sort.key];
  return [...rows].sort((x, y) => {
    const a = value(x);
    const b = value(y);
    const missing = Number(a === null || a === undefined) - Number(b === null || b === undefined);
    if (missing !== 0) return missing;
    const c =
      a === null || a === undefined || b === null || b === undefined
        ? 0
        : typeof a === 'number' && typeof b === 'number'
          ? a - b
          : collator.compare(String(a), String(b));
    return sign * c || collator.compare(x.id, y.id);
  });
}

/** The measure a sort key is about (degree for the text columns). */
export const measureOfSort = (key: SortKey): ActorMeasure =>
  (ACTOR_MEASURES as readonly string[]).includes(key.split('.')[0]!)
    ? (key.split('.')[0] as ActorMeasure)
    : 'degree';

/** The rows as CSV: ids, names, status and every value, headed by the settings used. */
export function actorChangesCsv(
  rows: readonly ActorChangeRow[],
  sides: { a: string; b: string },
  provenance: readonly [string, string][],
): string {
  const columns: CsvColumn[] = [
    { id: 'id', header: 'id' },
    { id: 'name', header: 'name' },
    { id: 'kind', header: 'kind' },
    { id: 'status', header: 'status' },
    ...ACTOR_MEASURES.flatMap((m) => [
      { id: `${m}.a`, header: `${m} ${sides.a}` },
      { id: `${m}.b`, header: `${m} ${sides.b}` },
      { id: `${m}.delta`, header: `${m} change` },
    ]),
  ];
  return tableToCsv(
    columns,
    rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, status: r.status, ...r.values })),
    provenance,
  );
}
