import { z } from 'zod';
import type { ColumnSpec, ColumnType } from '../format/columns';
import { isValidCorporateNumber } from './corporate-number';
import { asWritten, bureauCode, enumCode, nfkc, parseBoolean, parseList } from './normalise';

const ID_PATTERN = /^[\p{L}\p{N}_\-.:/#]+$/u;
const MAX_ID_LENGTH = 200;

export type CellValue = string | number | boolean | string[] | null;

function fail(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER as never;
}

/** The parser of one non-empty cell of a given column type. */
function valueSchema(column: ColumnSpec, spec: ColumnType): z.ZodType<CellValue> {
  const text = z.string();
  switch (spec.type) {
    case 'id':
    case 'reference':
      return text.transform((raw, ctx) => {
        const v = nfkc(raw);
        if (v.length > MAX_ID_LENGTH) return fail(ctx, `longer than ${MAX_ID_LENGTH} characters`);
        if (!ID_PATTERN.test(v)) {
          return fail(ctx, `"${v}" is not a valid id (letters, digits and - _ . : / # only)`);
        }
        return v;
      });
    case 'text':
      return text.transform((raw) => asWritten(raw));
    case 'code':
      return text.transform((raw) => nfkc(raw));
    case 'enum':
      return text.transform((raw, ctx) => {
        const v = column.name === 'bureau' ? bureauCode(raw) : enumCode(raw);
        if (!spec.values.includes(v)) {
          return fail(ctx, `"${raw.trim()}" is not one of ${spec.values.join(', ')}`);
        }
        return v;
      });
    case 'year':
      return text.transform((raw, ctx) => {
        const v = nfkc(raw).replace(/\.0+$/, '');
        if (!/^\d{4}$/.test(v)) return fail(ctx, `"${raw.trim()}" is not a year`);
        const year = Number(v);
        if (year < 1900 || year > 2100) return fail(ctx, `year ${year} is outside 1900–2100`);
        return year;
      });
    case 'positiveNumber':
      return text.transform((raw, ctx) => {
        const v = nfkc(raw).replace(/,/g, '');
        const n = Number(v);
        if (v === '' || !Number.isFinite(n)) return fail(ctx, `"${raw.trim()}" is not a number`);
        if (n <= 0) return fail(ctx, `must be greater than 0, got ${n}`);
        return n;
      });
    case 'boolean':
      return text.transform((raw, ctx) => {
        const b = parseBoolean(raw);
        if (b === undefined) return fail(ctx, `"${raw.trim()}" is not true/false (yes/no, 1/0)`);
        return b;
      });
    case 'list':
      return text.transform((raw) => parseList(raw));
    case 'corporateNumber':
      return text.transform((raw, ctx) => {
        const v = nfkc(raw).replace(/[\s-]/g, '');
        if (!/^\d{13}$/.test(v))
          return fail(ctx, `"${raw.trim()}" is not a 13-digit corporate number`);
        if (!isValidCorporateNumber(v))
          return fail(ctx, `corporate number ${v}: wrong check digit`);
        return v;
      });
  }
}

/** A cell: empty → default or null (or an error when required), else the typed value. */
export function cellSchema(column: ColumnSpec): z.ZodType<CellValue> {
  const parse = valueSchema(column, column.spec);
  return z
    .string()
    .optional()
    .transform((raw, ctx): CellValue => {
      const value = raw ?? '';
      if (value.trim() === '') {
        if (column.default !== undefined) {
          const parsed = parse.safeParse(column.default);
          if (parsed.success) return parsed.data;
        }
        if (column.required) return fail(ctx, 'required but empty');
        return column.spec.type === 'list' ? [] : null;
      }
      const parsed = parse.safeParse(value);
      if (!parsed.success) return fail(ctx, parsed.error.issues[0]?.message ?? 'invalid');
      return parsed.data;
    });
}
