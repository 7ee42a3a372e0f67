/**
 * The input format: one description of every table and column. Validation, the empty
 * templates, the JSON format description and the README table are all derived from it.
 */
import {
  ACTOR_KINDS,
  ACTOR_SUBTYPES,
  BUREAUS,
  PARTICIPATION_ROLES,
  PROGRAMMES,
  SIZE_CLASSES,
  TIE_KINDS,
} from '../../src/model/domain';

export const TABLES = ['actors', 'projects', 'participations', 'ties'] as const;
export type TableName = (typeof TABLES)[number];

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

export interface ColumnSpec {
  name: string;
  required: boolean;
  spec: ColumnType;
  example: string;
  description: string;
  /** Default applied when the cell is empty. */
  default?: string;
}

export interface TableSpec {
  name: TableName;
  description: string;
  columns: ColumnSpec[];
}

const allSubtypes = [...new Set(Object.values(ACTOR_SUBTYPES).flat())];

const provenance: ColumnSpec[] = [
  {
    name: 'synthetic',
    required: false,
    spec: { type: 'boolean' },
    example: 'true',
    default: 'false',
    description: 'true for invented sample data; the explorer labels such rows as synthetic.',
  },
  {
    name: 'note',
    required: false,
    spec: { type: 'text' },
    example: '出典: 会員名簿 2008',
    description: 'Free text: source, remarks.',
  },
];

const years: ColumnSpec[] = [
  {
    name: 'start_year',
    required: false,
    spec: { type: 'year' },
    example: '2005',
    description: 'First year (1900–2100). Full-width digits are accepted.',
  },
  {
    name: 'end_year',
    required: false,
    spec: { type: 'year' },
    example: '2009',
    description: 'Last year; not before start_year.',
  },
];

export const FORMAT: readonly TableSpec[] = [
  {
    name: 'actors',
    description: 'Organisations taking part in the clusters.',
    columns: [
      {
        name: 'id',
        required: true,
        spec: { type: 'id' },
        example: 'GUN-UNIV-001',
        description:
          'Unique actor id: letters, digits and - _ . : / # (no spaces); NFKC-normalised, so ＡＢＣ－０１ = ABC-01.',
      },
      {
        name: 'kind',
        required: true,
        spec: { type: 'enum', values: ACTOR_KINDS },
        example: 'university',
        description: 'Actor kind.',
      },
      {
        name: 'name',
        required: true,
        spec: { type: 'text' },
        example: '群馬大学',
        description: 'Name as written (usually Japanese); kept exactly, not normalised.',
      },
      {
        name: 'name_en',
        required: false,
        spec: { type: 'text' },
        example: 'Gunma University',
        description: 'English name.',
      },
      {
        name: 'prefecture',
        required: false,
        spec: { type: 'code' },
        example: '群馬県',
        description: 'Prefecture (都道府県).',
      },
      {
        name: 'bureau',
        required: false,
        spec: { type: 'enum', values: BUREAUS },
        example: 'kanto',
        description:
          'METI regional bureau block; the Japanese block name (関東, 近畿, …) is accepted too.',
      },
      {
        name: 'subtype',
        required: false,
        spec: { type: 'enum', values: allSubtypes },
        example: 'national',
        description:
          'Kind-specific subtype, e.g. university: national, public, private, kosen (高専); financial_institution: city_bank, regional_bank, shinkin, credit_coop, government, venture_capital, other. Allowed values per kind: subtypesByKind in data/format.json.',
      },
      {
        name: 'size_class',
        required: false,
        spec: { type: 'enum', values: SIZE_CLASSES },
        example: 'small',
        description: 'Companies only: micro, small, medium (SME bands) or large.',
      },
      {
        name: 'sme',
        required: false,
        spec: { type: 'boolean' },
        example: 'true',
        description:
          'Companies only: SME (中小企業). Derived from size_class when empty; must agree with it.',
      },
      {
        name: 'spin_off',
        required: false,
        spec: { type: 'boolean' },
        example: 'false',
        description: 'Companies only: university spin-off (大学発ベンチャー).',
      },
      {
        name: 'fields',
        required: false,
        spec: { type: 'list' },
        example: 'medical;mechatronics',
        description: 'Technology fields separated by ";".',
      },
      {
        name: 'corporate_number',
        required: false,
        spec: { type: 'corporateNumber' },
        example: '1180301018771',
        description: '13-digit corporate number (法人番号); the check digit is verified.',
      },
      ...provenance,
    ],
  },
  {
    name: 'projects',
    description: 'Cluster projects, R&D consortia and other programmes actors take part in.',
    columns: [
      {
        name: 'id',
        required: true,
        spec: { type: 'id' },
        example: 'PRJ-KANTO-N',
        description: 'Unique project id.',
      },
      {
        name: 'name',
        required: true,
        spec: { type: 'text' },
        example: '地域産業活性化プロジェクト（首都圏北部）',
        description: 'Name as written.',
      },
      {
        name: 'name_en',
        required: false,
        spec: { type: 'text' },
        example: 'Regional Industry Revitalisation Project (Northern Capital Region)',
        description: 'English name.',
      },
      {
        name: 'programme',
        required: true,
        spec: { type: 'enum', values: PROGRAMMES },
        example: 'industrial_cluster',
        description: 'Programme the project belongs to.',
      },
      {
        name: 'region',
        required: false,
        spec: { type: 'text' },
        example: '首都圏北部',
        description: 'Region or network name.',
      },
      {
        name: 'bureau',
        required: false,
        spec: { type: 'enum', values: BUREAUS },
        example: 'kanto',
        description: 'METI regional bureau block.',
      },
      ...years,
      {
        name: 'fields',
        required: false,
        spec: { type: 'list' },
        example: 'manufacturing',
        description: 'Technology fields separated by ";".',
      },
      ...provenance,
    ],
  },
  {
    name: 'participations',
    description: 'An actor taking part in a project, with its role.',
    columns: [
      {
        name: 'actor_id',
        required: true,
        spec: { type: 'reference', table: 'actors' },
        example: 'GUN-UNIV-001',
        description: 'Actor id (in this input or already in the database).',
      },
      {
        name: 'project_id',
        required: true,
        spec: { type: 'reference', table: 'projects' },
        example: 'PRJ-KANTO-N',
        description: 'Project id (in this input or already in the database).',
      },
      {
        name: 'role',
        required: false,
        spec: { type: 'enum', values: PARTICIPATION_ROLES },
        example: 'member',
        default: 'member',
        description: 'Role in the project.',
      },
      ...years,
      ...provenance,
    ],
  },
  {
    name: 'ties',
    description: 'A tie between two actors.',
    columns: [
      {
        name: 'id',
        required: false,
        spec: { type: 'id' },
        example: 'T-000123',
        description:
          'Unique tie id. When empty, an id is derived from kind, source, target and start_year, so re-imports stay idempotent.',
      },
      {
        name: 'source',
        required: true,
        spec: { type: 'reference', table: 'actors' },
        example: 'GUN-TLO-001',
        description: 'Actor id; for directed kinds the giver (licensor, lender, supplier, client).',
      },
      {
        name: 'target',
        required: true,
        spec: { type: 'reference', table: 'actors' },
        example: 'GUN-CO-0042',
        description: 'Actor id; must differ from source.',
      },
      {
        name: 'kind',
        required: true,
        spec: { type: 'enum', values: TIE_KINDS },
        example: 'licensing',
        description: 'Tie kind.',
      },
      ...years,
      {
        name: 'strength',
        required: false,
        spec: { type: 'positiveNumber' },
        example: '3',
        default: '1',
        description: 'Tie strength (> 0): number of joint projects, contracts, amount band.',
      },
      ...provenance,
    ],
  },
];

export function tableSpec(name: TableName): TableSpec {
  const spec = FORMAT.find((t) => t.name === name);
  if (!spec) throw new Error(`unknown table ${name}`);
  return spec;
}
