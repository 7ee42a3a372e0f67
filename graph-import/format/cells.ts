/**
 * Cell types of the input format: what each accepts and the typed value it gives. Every column
 * of columns.ts is built from one of these, so a record's TypeScript type follows from its
 * columns (z.infer) and is never written out by hand.
 */
import { z } from 'zod';
import { isValidCorporateNumber } from './corporate-number';
import { asWritten, bureauCode, enumCode, nfkc, parseBoolean, parseList } from './normalise';

export type ColumnType =
  | { type: 'id' }
  | { type: 'text' }
  | { type: 'code' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'year' }
  | { type: 'positiveNumber' }
  | { type: 'boolean' }
  | { type: 'list' }
  | { type: 'corporateNumber' }
  | { type: 'reference'; table: 'actors' | 'projects' };

/** A cell type: its description (for format.json) and the parser of a non-empty cell. */
export interface CellType<T> {
  spec: ColumnType;
  /** Parses trimmed-or-not raw text; on bad input adds an issue to ctx and returns z.NEVER. */
  parse(raw: string, ctx: z.RefinementCtx): T;
}

/** The values Excel shows for a failed formula or reference (and writes into CSV for them). */
export const EXCEL_ERRORS: readonly string[] = [
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NULL!',
  '#NUM!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
];

/**
 * Stands for a formula cell without a usable result: exceljs's streaming reader drops an error
 * result (it keeps no value for `t="e"` formula cells), and a never-calculated formula has none.
 */
export const FORMULA_ERROR = '#FORMULA!';

const EXCEL_ERROR_SET = new Set(EXCEL_ERRORS);

/** Why a cell holding an Excel error value is not data, or null for any other cell. */
export function excelErrorReason(raw: string): string | null {
  const v = raw.trim().toUpperCase();
  if (v === FORMULA_ERROR) {
    return 'a formula whose result is an Excel error (or was never calculated), not data';
  }
  return EXCEL_ERROR_SET.has(v)
    ? `${raw.trim()} is an Excel error value (a failed formula or reference), not data`
    : null;
}

const ID_PATTERN = /^[\p{L}\p{N}_\-.:/#]+$/u;
export const MAX_ID_LENGTH = 200;

/** Records an issue and returns zod's "no value" marker, typed to fit any cell type. */
export function fail(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

function idValue(raw: string, ctx: z.RefinementCtx): string {
  const v = nfkc(raw);
  if (v.length > MAX_ID_LENGTH) return fail(ctx, `longer than ${MAX_ID_LENGTH} characters`);
  if (!ID_PATTERN.test(v)) {
    return fail(ctx, `"${v}" is not a valid id (letters, digits and - _ . : / # only)`);
  }
  return v;
}

export const idCell: CellType<string> = { spec: { type: 'id' }, parse: idValue };

export function referenceCell(table: 'actors' | 'projects'): CellType<string> {
  return { spec: { type: 'reference', table }, parse: idValue };
}

/** Names and free text: kept exactly as written, only surrounding spaces trimmed. */
export const textCell: CellType<string> = {
  spec: { type: 'text' },
  parse: (raw) => asWritten(raw),
};

/** Short codes (prefecture): NFKC-normalised. */
export const codeCell: CellType<string> = { spec: { type: 'code' }, parse: (raw) => nfkc(raw) };

/** One of a fixed list; `aliases` maps other spellings (e.g. Japanese block names) first. */
export function enumCell<const V extends string>(
  values: readonly V[],
  normalise: (raw: string) => string = enumCode,
): CellType<V> {
  const allowed = new Set<string>(values);
  const isValue = (v: string): v is V => allowed.has(v);
  return {
    spec: { type: 'enum', values },
    parse(raw, ctx) {
      const v = normalise(raw);
      if (!isValue(v)) return fail(ctx, `"${raw.trim()}" is not one of ${values.join(', ')}`);
      return v;
    },
  };
}

export function bureauCell<const V extends string>(values: readonly V[]): CellType<V> {
  return enumCell(values, bureauCode);
}

export const yearCell: CellType<number> = {
  spec: { type: 'year' },
  parse(raw, ctx) {
    const v = nfkc(raw).replace(/\.0+$/, '');
    if (!/^\d{4}$/.test(v)) return fail(ctx, `"${raw.trim()}" is not a year`);
    const year = Number(v);
    if (year < 1900 || year > 2100) return fail(ctx, `year ${year} is outside 1900–2100`);
    return year;
  },
};

export const positiveNumberCell: CellType<number> = {
  spec: { type: 'positiveNumber' },
  parse(raw, ctx) {
    const v = nfkc(raw).replace(/,/g, '');
    const n = Number(v);
    if (v === '' || !Number.isFinite(n)) return fail(ctx, `"${raw.trim()}" is not a number`);
    if (n <= 0) return fail(ctx, `must be greater than 0, got ${n}`);
    return n;
  },
};

export const booleanCell: CellType<boolean> = {
  spec: { type: 'boolean' },
  parse(raw, ctx) {
    const b = parseBoolean(raw);
    if (b === undefined) return fail(ctx, `"${raw.trim()}" is not true/false (yes/no, 1/0)`);
    return b;
  },
};

export const listCell: CellType<string[]> = {
  spec: { type: 'list' },
  parse: (raw) => parseList(raw),
};

export const corporateNumberCell: CellType<string> = {
  spec: { type: 'corporateNumber' },
  parse(raw, ctx) {
    const v = nfkc(raw).replace(/[\s-]/g, '');
    if (!/^\d{13}$/.test(v)) return fail(ctx, `"${raw.trim()}" is not a 13-digit corporate number`);
    if (!isValidCorporateNumber(v)) return fail(ctx, `corporate number ${v}: wrong check digit`);
    return v;
  },
};
