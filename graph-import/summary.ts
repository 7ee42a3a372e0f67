import type { ImportReport } from './report';
import { TABLES } from './format/columns';

/** The human summary printed at the end of an import. */
export function formatSummary(report: ImportReport, maxRejections = 20): string {
  const lines: string[] = [];
  const head =
    report.status === 'dry-run'
      ? 'Dry run: nothing was written.'
      : report.status === 'refused-strict'
        ? `--strict: ${report.rejected.length} invalid row(s), nothing was written.`
        : report.status === 'failed'
          ? `Import FAILED: ${report.error}. Completed batches are in the database; re-run to finish (nothing is duplicated).`
          : 'Import finished.';
  lines.push(head);
  for (const run of report.interruptedRuns) {
    lines.push(
      `Note: an earlier import (${run.source}, started ${run.startedAt}) never finished; it is now marked interrupted.`,
    );
  }
  lines.push('table            read   valid  loaded  rejected');
  for (const t of TABLES) {
    const rejected = report.rejected.filter((r) => r.table === t).length;
    lines.push(
      `${t.padEnd(15)}${String(report.rowsRead[t]).padStart(6)}${String(report.valid[t]).padStart(8)}${String(
        report.loaded[t],
      ).padStart(8)}${String(rejected).padStart(10)}`,
    );
  }
  // The notes say how each file was read (its encoding and why, ignored columns, files and
  // sheets, stray quotes read as text): without them a wrong guess would pass unseen.
  if (report.notes.length) {
    lines.push('', 'Notes:');
    for (const note of report.notes) lines.push(`  ${note}`);
  }
  if (report.rejected.length) {
    lines.push('', 'Rejected rows:');
    for (const r of report.rejected.slice(0, maxRejections)) {
      const place = r.sheet ? `${r.file} [${r.sheet}] row ${r.line}` : `${r.file}:${r.line}`;
      lines.push(`  ${place}  ${r.reason}`);
    }
    if (report.rejected.length > maxRejections) {
      lines.push(
        `  … and ${report.rejected.length - maxRejections} more (use --report file.json for all)`,
      );
    }
  }
  return lines.join('\n');
}

/** 0: every row loaded (or valid, for a dry run); 1: rows rejected; 2: fatal. */
export function exitCodeOf(report: ImportReport): 0 | 1 | 2 {
  if (report.status === 'failed') return 2;
  return report.rejected.length > 0 ? 1 : 0;
}
