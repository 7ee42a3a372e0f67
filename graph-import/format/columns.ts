/**
 * The input format: one description of every table and column. Validation (the zod row
 * schemas and the record types, z.infer), the Neo4j properties each column is written to, the
 * empty templates, the JSON format description and the README tables all derive from it.
 *
 * A column `name_en` is the record field and Neo4j property `nameEn` (snake_case → camelCase,
 * the one naming rule, applied by `propertyOf` and mirrored in the types by `Camel`).
 */
import { z } from 'zod';
import {
  ACTOR_KINDS,
  ACTOR_SUBTYPES,
  BUREAUS,
  PARTICIPATION_ROLES,
  PROGRAMMES,
  SIZE_CLASSES,
  TIE_KINDS,
} from '../../src/model/domain';
import {
  booleanCell,
  bureauCell,
  codeCell,
  corporateNumberCell,
  enumCell,
  fail,
  idCell,
  excelErrorReason,
  listCell,
  positiveNumberCell,
  referenceCell,
  textCell,
  yearCell,
  type CellType,
  type ColumnType,
} from './cells';

export type { ColumnType } from './cells';

export const TABLES = ['actors', 'projects', 'participations', 'ties'] as const;
export type TableName = (typeof TABLES)[number];

type Camel<S extends string> = S extends `${infer H}_${infer T}`
  ? `${H}${Capitalize<Camel<T>>}`
  : S;

/** The record field and Neo4j property of a column. */
export function propertyOf<const N extends string>(name: N): Camel<N> {
  // The replacement is exactly what Camel<N> spells at the type level.
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as Camel<N>;
}

/**
 * How a column reaches Neo4j: `key` is what the row is merged on (the node or tie id),
 * `endpoint` names the nodes a relationship joins, `property` is stored as is.
 */
export type ColumnRole = 'key' | 'endpoint' | 'property';

export interface ColumnSpec<N extends string = string, T = unknown> {
  name: N;
  property: Camel<N>;
  required: boolean;
  spec: ColumnType;
  example: string;
  description: string;
  /** Default applied when the cell is empty. */
  default?: string;
  role: ColumnRole;
  /** Parses the cell (undefined when the column is absent) into the record's value. */
  cell: z.ZodType<T, string | undefined>;
}

interface ColumnDoc {
  example: string;
  description: string;
  role?: ColumnRole;
}

function cellSchema<T, E>(
  type: CellType<T>,
  empty: (ctx: z.RefinementCtx) => T | E,
): z.ZodType<T | E, string | undefined> {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T | E => {
      const value = raw ?? '';
      const excelError = excelErrorReason(value);
      if (excelError) return fail(ctx, excelError);
      if (value.trim() === '') return empty(ctx);
      return type.parse(value, ctx);
    });
}

function column<const N extends string, T>(
  name: N,
  type: CellType<T>,
  doc: ColumnDoc,
  required: boolean,
  cell: z.ZodType<T, string | undefined>,
  defaultValue?: string,
): ColumnSpec<N, T> {
  return {
    name,
    property: propertyOf(name),
    required,
    spec: type.spec,
    example: doc.example,
    description: doc.description,
    ...(defaultValue !== undefined ? { default: defaultValue } : {}),
    role: doc.role ?? 'property',
    cell,
  };
}

function required<const N extends string, T>(
  name: N,
  type: CellType<T>,
  doc: ColumnDoc,
): ColumnSpec<N, T> {
  return column(
    name,
    type,
    doc,
    true,
    cellSchema(type, (ctx) => fail(ctx, 'required but empty')),
  );
}

function optional<const N extends string, T>(
  name: N,
  type: CellType<T>,
  doc: ColumnDoc,
): ColumnSpec<N, T | null> {
  return column(
    name,
    type,
    doc,
    false,
    cellSchema(type, () => null),
  );
}

function withDefault<const N extends string, T>(
  name: N,
  type: CellType<T>,
  value: string,
  doc: ColumnDoc,
): ColumnSpec<N, T> {
  return column(
    name,
    type,
    doc,
    false,
    cellSchema(type, (ctx) => type.parse(value, ctx)),
    value,
  );
}

/** An optional list: an empty cell is the empty list. */
function list<const N extends string>(name: N, doc: ColumnDoc): ColumnSpec<N, string[]> {
  return column(
    name,
    listCell,
    doc,
    false,
    cellSchema(listCell, () => []),
  );
}

const allSubtypes = [...new Set(Object.values(ACTOR_SUBTYPES).flat())];

const provenance = [
  withDefault('synthetic', booleanCell, 'false', {
    example: 'true',
    description: 'true for invented sample data; the explorer labels such rows as synthetic.',
  }),
  optional('note', textCell, {
    example: '出典: 会員名簿 2008',
    description: 'Free text: source, remarks.',
  }),
] as const;

const years = [
  optional('start_year', yearCell, {
    example: '2005',
    description: 'First year (1900–2100). Full-width digits are accepted.',
  }),
  optional('end_year', yearCell, {
    example: '2009',
    description: 'Last year; not before start_year.',
  }),
] as const;

const ACTOR_COLUMNS = [
  required('id', idCell, {
    role: 'key',
    example: 'GUN-UNIV-001',
    description:
      'Unique actor id: letters, digits and - _ . : / # (no spaces); NFKC-normalised, so ＡＢＣ－０１ = ABC-01.',
  }),
  required('kind', enumCell(ACTOR_KINDS), { example: 'university', description: 'Actor kind.' }),
  required('name', textCell, {
    example: '群馬大学',
    description: 'Name as written (usually Japanese); kept exactly, not normalised.',
  }),
  optional('name_en', textCell, { example: 'Gunma University', description: 'English name.' }),
  optional('prefecture', codeCell, { example: '群馬県', description: 'Prefecture (都道府県).' }),
  optional('bureau', bureauCell(BUREAUS), {
    example: 'kanto',
    description:
      'METI regional bureau block; the Japanese block name (関東, 近畿, …) is accepted too.',
  }),
  optional('subtype', enumCell(allSubtypes), {
    example: 'national',
    description:
      'Kind-specific subtype, e.g. university: national, public, private, kosen (高専); financial_institution: city_bank, regional_bank, shinkin, credit_coop, government, venture_capital, other. Allowed values per kind: subtypesByKind in data/format.json.',
  }),
  optional('size_class', enumCell(SIZE_CLASSES), {
    example: 'small',
    description: 'Companies only: micro, small, medium (SME bands) or large.',
  }),
  optional('sme', booleanCell, {
    example: 'true',
    description:
      'Companies only: SME (中小企業). Derived from size_class when empty; must agree with it.',
  }),
  optional('spin_off', booleanCell, {
    example: 'false',
    description: 'Companies only: university spin-off (大学発ベンチャー).',
  }),
  list('fields', {
    example: 'medical;mechatronics',
    description: 'Technology fields separated by ";".',
  }),
  optional('corporate_number', corporateNumberCell, {
    example: '1180301018771',
    description: '13-digit corporate number (法人番号); the check digit is verified.',
  }),
  ...provenance,
] as const;

const PROJECT_COLUMNS = [
  required('id', idCell, {
    role: 'key',
    example: 'PRJ-KANTO-N',
    description: 'Unique project id.',
  }),
  required('name', textCell, {
    example: '地域産業活性化プロジェクト（首都圏北部）',
    description: 'Name as written.',
  }),
  optional('name_en', textCell, {
    example: 'Regional Industry Revitalisation Project (Northern Capital Region)',
    description: 'English name.',
  }),
  required('programme', enumCell(PROGRAMMES), {
    example: 'industrial_cluster',
    description: 'Programme the project belongs to.',
  }),
  optional('region', textCell, { example: '首都圏北部', description: 'Region or network name.' }),
  optional('bureau', bureauCell(BUREAUS), {
    example: 'kanto',
    description: 'METI regional bureau block.',
  }),
  ...years,
  list('fields', { example: 'manufacturing', description: 'Technology fields separated by ";".' }),
  ...provenance,
] as const;

const PARTICIPATION_COLUMNS = [
  required('actor_id', referenceCell('actors'), {
    role: 'endpoint',
    example: 'GUN-UNIV-001',
    description: 'Actor id (in this input or already in the database).',
  }),
  required('project_id', referenceCell('projects'), {
    role: 'endpoint',
    example: 'PRJ-KANTO-N',
    description: 'Project id (in this input or already in the database).',
  }),
  withDefault('role', enumCell(PARTICIPATION_ROLES), 'member', {
    example: 'member',
    description: 'Role in the project.',
  }),
  ...years,
  ...provenance,
] as const;

const TIE_COLUMNS = [
  optional('id', idCell, {
    role: 'key',
    example: 'T-000123',
    description:
      'Unique tie id. When empty, an id is derived from kind, source, target and start_year, so re-imports stay idempotent.',
  }),
  required('source', referenceCell('actors'), {
    role: 'endpoint',
    example: 'GUN-TLO-001',
    description: 'Actor id; for directed kinds the giver (licensor, lender, supplier, client).',
  }),
  required('target', referenceCell('actors'), {
    role: 'endpoint',
    example: 'GUN-CO-0042',
    description: 'Actor id; must differ from source.',
  }),
  required('kind', enumCell(TIE_KINDS), { example: 'licensing', description: 'Tie kind.' }),
  ...years,
  withDefault('strength', positiveNumberCell, '1', {
    example: '3',
    description: 'Tie strength (> 0): number of joint projects, contracts, amount band.',
  }),
  ...provenance,
] as const;

/** Where a table's rows are written: a node label or a relationship type. */
export type Neo4jTarget = { node: string } | { relationship: string };

export interface TableSpec<C extends readonly ColumnSpec[] = readonly ColumnSpec[]> {
  name: TableName;
  description: string;
  columns: C;
  neo4j: Neo4jTarget;
}

export const ACTORS = {
  name: 'actors',
  description: 'Organisations taking part in the clusters.',
  columns: ACTOR_COLUMNS,
  neo4j: { node: 'Actor' },
} satisfies TableSpec;

export const PROJECTS = {
  name: 'projects',
  description: 'Cluster projects, R&D consortia and other programmes actors take part in.',
  columns: PROJECT_COLUMNS,
  neo4j: { node: 'Project' },
} satisfies TableSpec;

export const PARTICIPATIONS = {
  name: 'participations',
  description: 'An actor taking part in a project, with its role.',
  columns: PARTICIPATION_COLUMNS,
  neo4j: { relationship: 'PARTICIPATES_IN' },
} satisfies TableSpec;

export const TIES = {
  name: 'ties',
  description: 'A tie between two actors.',
  columns: TIE_COLUMNS,
  neo4j: { relationship: 'TIE' },
} satisfies TableSpec;

export const FORMAT: readonly TableSpec[] = [ACTORS, PROJECTS, PARTICIPATIONS, TIES];

export function tableSpec(name: TableName): TableSpec {
  const spec = FORMAT.find((t) => t.name === name);
  if (!spec) throw new Error(`unknown table ${name}`);
  return spec;
}

type ShapeOf<C extends readonly ColumnSpec[]> = { [K in C[number] as K['property']]: K['cell'] };

/** The zod object reading one row of a table: fields are the columns' properties. */
export function columnsSchema<const C extends readonly ColumnSpec[]>(columns: C) {
  const shape = Object.fromEntries(columns.map((c) => [c.property, c.cell]));
  // fromEntries loses the key-by-key types that ShapeOf spells out.
  return z.object(shape as ShapeOf<C>);
}

/** Raw cells (by column name) as the schema's input (by property). */
export function cellsByProperty(
  columns: readonly ColumnSpec[],
  cells: Readonly<Record<string, string>>,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const c of columns) out[c.property] = cells[c.name];
  return out;
}

export const actorColumns = columnsSchema(ACTOR_COLUMNS);
export const projectColumns = columnsSchema(PROJECT_COLUMNS);
export const participationColumns = columnsSchema(PARTICIPATION_COLUMNS);
export const tieColumns = columnsSchema(TIE_COLUMNS);

/** Records as the columns give them (row rules in validate/row-schemas.ts may refine them). */
export type ActorColumns = z.infer<typeof actorColumns>;
export type ProjectColumns = z.infer<typeof projectColumns>;
export type ParticipationColumns = z.infer<typeof participationColumns>;
export type TieColumns = z.infer<typeof tieColumns>;

/** The columns of a table stored as plain properties (not the key, not an endpoint). */
export function storedColumns(table: TableSpec): readonly ColumnSpec[] {
  return table.columns.filter((c) => c.role === 'property');
}
