import type { TableName } from '../format/columns';
import { placeOf, type InputSource } from '../read/raw-table';
import { TABLE_RULES, type RecordOf } from './table-rules';
import type { ValidationResult } from './validate-input';

/**
 * The valid rows of one table, streamed again from the input after the validation pass: rows
 * the pass rejected are skipped, the rest are parsed again. A row that no longer parses, or a
 * count that differs from the pass's, means the file changed in between: that stops the run
 * rather than load something that was not validated.
 */
export async function* validRows<K extends TableName>(
  input: InputSource,
  validation: ValidationResult,
  name: K,
): AsyncGenerator<RecordOf[K]> {
  const table = input.tables.find((t) => t.table === name);
  if (!table) return;
  const rules = TABLE_RULES[name];
  const skip = validation.rejectedLines[name];
  const changed = (what: string) =>
    new Error(`${placeOf(table)} changed since it was validated (${what}); run the import again`);
  let count = 0;
  for await (const row of table.rows()) {
    if (skip.has(row.line)) continue;
    const result = rules.parse(row.cells);
    if (!result.ok || row.problems) throw changed(`line ${row.line} is no longer valid`);
    count++;
    yield result.value;
  }
  if (count !== validation.valid[name]) {
    throw changed(`${count} valid rows now, ${validation.valid[name]} before`);
  }
}
