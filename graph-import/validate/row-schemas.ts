import { z } from 'zod';
import {
  ACTOR_SUBTYPES,
  DIRECTED_TIE_KINDS,
  type ActorKind,
  type TieKind,
} from '../../src/model/domain';
import { tableSpec, type TableName } from '../format/columns';
import { cellSchema, type CellValue } from './cell-schemas';
import type { ActorRecord, ParticipationRecord, ProjectRecord, TieRecord } from './records';

type Cells = Record<string, CellValue>;

function objectSchema(table: TableName) {
  const shape: Record<string, z.ZodType<CellValue>> = {};
  for (const column of tableSpec(table).columns) shape[column.name] = cellSchema(column);
  return z.object(shape);
}

function checkYears(row: Cells, ctx: z.RefinementCtx): void {
  const start = row.start_year as number | null;
  const end = row.end_year as number | null;
  if (start !== null && end !== null && end < start) {
    ctx.addIssue({
      code: 'custom',
      path: ['end_year'],
      message: `end_year ${end} is before start_year ${start}`,
    });
  }
}

const actorSchema = objectSchema('actors').superRefine((row, ctx) => {
  const kind = row.kind as ActorKind;
  const subtype = row.subtype as string | null;
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
    for (const column of ['size_class', 'sme', 'spin_off'] as const) {
      if (row[column] !== null) {
        ctx.addIssue({
          code: 'custom',
          path: [column],
          message: `${column} applies to companies only`,
        });
      }
    }
  } else if (
    row.size_class !== null &&
    row.sme !== null &&
    (row.size_class === 'large') === row.sme
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['sme'],
      message: `sme=${String(row.sme)} contradicts size_class=${String(row.size_class)}`,
    });
  }
});

const projectSchema = objectSchema('projects').superRefine(checkYears);
const participationSchema = objectSchema('participations').superRefine(checkYears);
const tieSchema = objectSchema('ties').superRefine((row, ctx) => {
  checkYears(row, ctx);
  if (row.source !== null && row.source === row.target) {
    ctx.addIssue({
      code: 'custom',
      path: ['target'],
      message: 'a tie must join two different actors',
    });
  }
});

export interface CellIssue {
  column: string;
  reason: string;
}

export type RowResult<T> = { ok: true; value: T } | { ok: false; issues: CellIssue[] };

function run<T>(
  schema: z.ZodType<Cells>,
  cells: Record<string, string>,
  build: (c: Cells) => T,
): RowResult<T> {
  const parsed = schema.safeParse(cells);
  if (parsed.success) return { ok: true, value: build(parsed.data) };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      column: String(issue.path[0] ?? ''),
      reason: issue.message,
    })),
  };
}

type Cell = CellValue | undefined;
const str = (v: Cell) => v as string;
const strOrNull = (v: Cell) => (v as string | null | undefined) ?? null;
const numOrNull = (v: Cell) => (v as number | null | undefined) ?? null;

export function parseActor(cells: Record<string, string>): RowResult<ActorRecord> {
  return run(actorSchema, cells, (c) => {
    const sizeClass = strOrNull(c.size_class) as ActorRecord['sizeClass'];
    const sme = (c.sme as boolean | null) ?? (sizeClass === null ? null : sizeClass !== 'large');
    return {
      id: str(c.id),
      kind: str(c.kind) as ActorKind,
      name: str(c.name),
      nameEn: strOrNull(c.name_en),
      prefecture: strOrNull(c.prefecture),
      bureau: strOrNull(c.bureau) as ActorRecord['bureau'],
      subtype: strOrNull(c.subtype),
      sizeClass,
      sme,
      spinOff: (c.spin_off as boolean | null) ?? null,
      fields: c.fields as string[],
      corporateNumber: strOrNull(c.corporate_number),
      synthetic: c.synthetic as boolean,
      note: strOrNull(c.note),
    };
  });
}

export function parseProject(cells: Record<string, string>): RowResult<ProjectRecord> {
  return run(projectSchema, cells, (c) => ({
    id: str(c.id),
    name: str(c.name),
    nameEn: strOrNull(c.name_en),
    programme: str(c.programme) as ProjectRecord['programme'],
    region: strOrNull(c.region),
    bureau: strOrNull(c.bureau) as ProjectRecord['bureau'],
    startYear: numOrNull(c.start_year),
    endYear: numOrNull(c.end_year),
    fields: c.fields as string[],
    synthetic: c.synthetic as boolean,
    note: strOrNull(c.note),
  }));
}

export function parseParticipation(cells: Record<string, string>): RowResult<ParticipationRecord> {
  return run(participationSchema, cells, (c) => ({
    actorId: str(c.actor_id),
    projectId: str(c.project_id),
    role: str(c.role) as ParticipationRecord['role'],
    startYear: numOrNull(c.start_year),
    endYear: numOrNull(c.end_year),
    synthetic: c.synthetic as boolean,
    note: strOrNull(c.note),
  }));
}

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

export function parseTie(cells: Record<string, string>): RowResult<TieRecord> {
  return run(tieSchema, cells, (c) => {
    const kind = str(c.kind) as TieKind;
    const startYear = numOrNull(c.start_year);
    const given = strOrNull(c.id);
    return {
      id: given ?? deriveTieId(kind, str(c.source), str(c.target), startYear),
      derivedId: given === null,
      source: str(c.source),
      target: str(c.target),
      kind,
      startYear,
      endYear: numOrNull(c.end_year),
      strength: c.strength as number,
      synthetic: c.synthetic as boolean,
      note: strOrNull(c.note),
    };
  });
}
