/**
 * Row rules on top of the column schemas of format/columns.ts: rules across cells (years in
 * order, kind-specific subtypes, company-only fields, no self-ties), the SME flag derived from
 * the size class, and the derived id of a tie given without one.
 */
import type { z } from 'zod';
import { ACTOR_SUBTYPES, DIRECTED_TIE_KINDS, type TieKind } from '../../src/model/domain';
import {
  ACTORS,
  actorColumns,
  cellsByProperty,
  PARTICIPATIONS,
  participationColumns,
  PROJECTS,
  projectColumns,
  TIES,
  tieColumns,
  type TableSpec,
} from '../format/columns';
import type { CellIssue } from '../read/raw-table';
import type { ActorRecord, ParticipationRecord, ProjectRecord, TieRecord } from './records';

export type { CellIssue } from '../read/raw-table';

function checkYears(
  row: { startYear: number | null; endYear: number | null },
  ctx: z.RefinementCtx,
): void {
  const { startYear: start, endYear: end } = row;
  if (start !== null && end !== null && end < start) {
    ctx.addIssue({
      code: 'custom',
      path: ['endYear'],
      message: `end_year ${end} is before start_year ${start}`,
    });
  }
}

const COMPANY_ONLY = ['sizeClass', 'sme', 'spinOff'] as const;
const COLUMN_OF_PROPERTY: Record<(typeof COMPANY_ONLY)[number], string> = {
  sizeClass: 'size_class',
  sme: 'sme',
  spinOff: 'spin_off',
};

const actorSchema = actorColumns
  .superRefine((row, ctx) => {
    const { kind, subtype } = row;
    if (subtype !== null && !ACTOR_SUBTYPES[kind].includes(subtype)) {
      const allowed = ACTOR_SUBTYPES[kind];
      ctx.addIssue({
        code: 'custom',
        path: ['subtype'],
        message: allowed.length
          ? `subtype "${subtype}" does not apply to ${kind} (allowed: ${allowed.join(', ')})`
          : `${kind} has no subtypes`,
      });
    }
    if (kind !== 'company') {
      for (const property of COMPANY_ONLY) {
        if (row[property] !== null) {
          ctx.addIssue({
            code: 'custom',
            path: [property],
            message: `${COLUMN_OF_PROPERTY[property]} applies to companies only`,
          });
        }
      }
    } else if (
      row.sizeClass !== null &&
      row.sme !== null &&
      (row.sizeClass === 'large') === row.sme
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['sme'],
        message: `sme=${String(row.sme)} contradicts size_class=${row.sizeClass}`,
      });
    }
  })
  .transform((row): ActorRecord => ({
    ...row,
    sme: row.sme ?? (row.sizeClass === null ? null : row.sizeClass !== 'large'),
  }));

const projectSchema = projectColumns.superRefine(checkYears);
const participationSchema = participationColumns.superRefine(checkYears);

/**
 * A tie without an id gets one derived from what identifies it, so re-importing the same
 * file finds the same tie. Symmetric kinds sort their ends: a–b and b–a are one tie.
 */
export function deriveTieId(
  kind: TieKind,
  source: string,
  target: string,
  startYear: number | null,
): string {
  const [a, b] = DIRECTED_TIE_KINDS.has(kind) ? [source, target] : [source, target].sort();
  return `${kind}:${a}:${b}:${startYear ?? ''}`;
}

const tieSchema = tieColumns
  .superRefine((row, ctx) => {
    checkYears(row, ctx);
    if (row.source === row.target) {
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'a tie must join two different actors',
      });
    }
  })
  .transform((row): TieRecord => ({
    ...row,
    id: row.id ?? deriveTieId(row.kind, row.source, row.target, row.startYear),
  }));

export type RowResult<T> = { ok: true; value: T } | { ok: false; issues: CellIssue[] };

/** Parses one row; issues name the input column (not the property) they concern. */
function parseWith<T>(
  table: TableSpec,
  schema: z.ZodType<T, Record<string, string | undefined>>,
  cells: Readonly<Record<string, string>>,
): RowResult<T> {
  const parsed = schema.safeParse(cellsByProperty(table.columns, cells));
  if (parsed.success) return { ok: true, value: parsed.data };
  const columnOf = new Map<PropertyKey, string>(table.columns.map((c) => [c.property, c.name]));
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => {
      const key = issue.path[0];
      return {
        column: key === undefined ? '' : (columnOf.get(key) ?? String(key)),
        reason: issue.message,
      };
    }),
  };
}

export const parseActor = (cells: Readonly<Record<string, string>>): RowResult<ActorRecord> =>
  parseWith(ACTORS, actorSchema, cells);

export const parseProject = (cells: Readonly<Record<string, string>>): RowResult<ProjectRecord> =>
  parseWith(PROJECTS, projectSchema, cells);

export const parseParticipation = (
  cells: Readonly<Record<string, string>>,
): RowResult<ParticipationRecord> => parseWith(PARTICIPATIONS, participationSchema, cells);

export const parseTie = (cells: Readonly<Record<string, string>>): RowResult<TieRecord> =>
  parseWith(TIES, tieSchema, cells);
