import { ACTOR_SUBTYPES } from '../../src/model/domain';
import { FORMAT, type ColumnSpec, type TableSpec } from './columns';

/** The machine-readable format description shipped as data/format.json. */
export function formatDescription() {
  const column = (c: ColumnSpec) => ({
    name: c.name,
    type: c.spec.type,
    required: c.required,
    ...(c.spec.type === 'enum' ? { values: c.spec.values } : {}),
    ...(c.spec.type === 'reference' ? { references: c.spec.table } : {}),
    ...(c.default !== undefined ? { default: c.default } : {}),
    example: c.example,
    description: c.description,
  });
  return {
    format: 'cluster-network-input',
    version: 1,
    encoding:
      'UTF-8 (with or without BOM) or CP932/Shift_JIS; one .xlsx workbook with the same sheet names is accepted too',
    header:
      'first row; names are matched case- and width-insensitively; unknown columns are ignored',
    lists: 'separated by ";"',
    subtypesByKind: ACTOR_SUBTYPES,
    tables: FORMAT.map((t: TableSpec) => ({
      name: t.name,
      file: `${t.name}.csv`,
      sheet: t.name,
      description: t.description,
      columns: t.columns.map(column),
    })),
  };
}

export function templateCsv(table: TableSpec): string {
  return `${table.columns.map((c) => c.name).join(',')}\n`;
}

/** Markdown table of a table's columns, for the README. */
export function markdownColumns(table: TableSpec): string {
  const rows = table.columns.map((c) => {
    const type =
      c.spec.type === 'enum'
        ? c.spec.values.length > 12
          ? 'enum (see format.json)'
          : `enum: ${c.spec.values.join(', ')}`
        : c.spec.type === 'reference'
          ? `id of ${c.spec.table}`
          : c.spec.type;
    const req = c.required
      ? 'required'
      : c.default !== undefined
        ? `optional (default ${c.default})`
        : 'optional';
    return `| \`${c.name}\` | ${type} | ${req} | ${c.example} | ${c.description} |`;
  });
  return [
    '| column | type / allowed values | required | example | meaning |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
