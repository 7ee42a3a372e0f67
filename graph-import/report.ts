import type { TableName } from './format/columns';
import type { InterruptedRun } from './load/load-dataset';
import type { Counts } from './validate/records';

export { zeroCounts } from './validate/records';

/** One rejected input row, located as a spreadsheet shows it. */
export interface Rejection {
  file: string;
  sheet: string | null;
  line: number;
  column: string;
  reason: string;
  table: TableName;
  /** Every problem found in the row (`column`/`reason` repeat the first). */
  errors: { column: string; reason: string }[];
}

export interface ImportReport {
  /** Rows written to the database by this run (zeros for --dry-run and refused --strict runs). */
  loaded: Counts;
  rejected: Rejection[];
  /** Rows that passed validation; valid + rejected = rowsRead. */
  valid: Counts;
  rowsRead: Counts;
  source: string;
  dryRun: boolean;
  strict: boolean;
  /** completed | dry-run | refused-strict | failed */
  status: 'completed' | 'dry-run' | 'refused-strict' | 'failed';
  notes: string[];
  /** Earlier runs this one found still `running` (killed, or their database stopped). */
  interruptedRuns: InterruptedRun[];
  error?: string;
}
