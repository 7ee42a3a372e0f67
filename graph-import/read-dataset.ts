import type { TableName } from './format/columns';
import type { Encoding } from './read/decode';
import type { InputSource } from './read/raw-table';
import { openInput } from './read/read-input';
import type { ValidDataset } from './validate/records';
import type { RecordOf } from './validate/table-rules';
import { validRows } from './validate/valid-rows';
import {
  validateInput,
  type ExistingLookup,
  type ValidationResult,
} from './validate/validate-input';

export interface ReadDataset extends ValidationResult {
  data: ValidDataset;
}

/** The valid rows of a validated input, held in memory. */
export async function collectValid(
  input: InputSource,
  validation: ValidationResult,
): Promise<ValidDataset> {
  const collect = async <K extends TableName>(table: K) => {
    const out: RecordOf[K][] = [];
    for await (const record of validRows(input, validation, table)) out.push(record);
    return out;
  };
  return {
    actors: await collect('actors'),
    projects: await collect('projects'),
    participations: await collect('participations'),
    ties: await collect('ties'),
  };
}

/**
 * Validates an input and holds its valid rows in memory: for small inputs (the demo, tests,
 * the analysis CLI reading CSV). Imports stream instead (import-dataset.ts).
 */
export async function readDataset(
  path: string,
  options: { encoding?: Encoding; lookupExisting?: ExistingLookup } = {},
): Promise<ReadDataset> {
  const input = await openInput(path, options.encoding ?? 'auto');
  const validation = await validateInput(input, options.lookupExisting);
  return {
    ...validation,
    notes: [...input.notes, ...validation.notes],
    data: await collectValid(input, validation),
  };
}
