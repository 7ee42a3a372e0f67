/**
 * npm run import -- <folder|file.xlsx> [--dry-run] [--strict] [--report report.json]
 *                   [--encoding auto|utf8|cp932] [--batch-size N]
 * Exit codes: 0 all rows loaded, 1 some rows rejected, 2 fatal error.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { withDatabase } from '../neo4j/with-database';
import { importDataset, type ImportOptions } from './import-dataset';
import { parseEncoding } from './read/decode';
import { InputError } from './read/raw-table';
import { zeroCounts, type ImportReport } from './report';
import { exitCodeOf, formatSummary } from './summary';

const USAGE = `Usage: npm run import -- <folder|file.xlsx> [options]

  <folder>            a folder with actors.csv, projects.csv, participations.csv, ties.csv
  <file.xlsx>         a workbook with sheets actors, projects, participations, ties

Options:
  --dry-run           validate only; write nothing
  --strict            write nothing if any row is invalid
  --report <file>     write the JSON report (loaded counts and every rejected row)
  --encoding <enc>    CSV encoding: auto (default), utf8, cp932 (= shift_jis)
  --batch-size <n>    rows per write transaction (default 1000)

The database is NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD when set, else the project's local
Neo4j (started for the import if it is not running).
Exit codes: 0 all rows loaded, 1 some rows rejected, 2 fatal error.`;

function progressReporter(): Pick<ImportOptions, 'onProgress'> & { stop(): void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: 'Loading {bar} {percentage}% | {value}/{total} rows | {table}',
        stream: process.stderr,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      onProgress(done, total, table) {
        if (!started) {
          bar.start(total, 0, { table });
          started = true;
        }
        bar.update(done, { table });
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastDecile = -1;
  return {
    onProgress(done, total, table) {
      const decile = Math.floor((done / Math.max(total, 1)) * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        process.stderr.write(`loading: ${done}/${total} rows (${table})\n`);
      }
    },
    stop() {},
  };
}

function writeReport(path: string, report: ImportReport): void {
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

function unreadableReport(
  source: string,
  flags: { 'dry-run': boolean; strict: boolean },
  error: unknown,
): ImportReport {
  return {
    loaded: zeroCounts(),
    rejected: [],
    valid: zeroCounts(),
    rowsRead: zeroCounts(),
    source,
    dryRun: flags['dry-run'],
    strict: flags.strict,
    status: 'failed',
    notes: [],
    interruptedRuns: [],
    error: (error as Error).message,
  };
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        report: { type: 'string' },
        encoding: { type: 'string', default: 'auto' },
        'batch-size': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`Expected one input folder or .xlsx file.\n\n${USAGE}\n`);
    return 2;
  }
  const input = positionals[0]!;
  const batchSize = values['batch-size'] ? Number(values['batch-size']) : undefined;
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) {
    process.stderr.write('--batch-size must be a positive integer\n');
    return 2;
  }
  const progress = progressReporter();
  const options: ImportOptions = {
    dryRun: values['dry-run'],
    strict: values.strict,
    encoding: parseEncoding(values.encoding),
    ...(batchSize ? { batchSize } : {}),
    onProgress: progress.onProgress!,
    onValidated: (valid, rejected) =>
      process.stderr.write(
        `validated: ${valid.actors} actors, ${valid.projects} projects, ${valid.participations} participations, ${valid.ties} ties valid; ${rejected} row(s) rejected\n`,
      ),
  };
  let report: ImportReport;
  try {
    report = values['dry-run']
      ? await importDataset(input, options)
      : await withDatabase((driver) => importDataset(input, { ...options, driver }));
  } catch (error) {
    // The input could not be read at all: the report still says so, with nothing loaded.
    if (values.report) writeReport(values.report, unreadableReport(input, values, error));
    throw error;
  } finally {
    progress.stop();
  }
  if (values.report) writeReport(values.report, report);
  process.stdout.write(`${formatSummary(report)}\n`);
  return exitCodeOf(report);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message =
      error instanceof InputError ? error.message : `fatal: ${(error as Error).message}`;
    process.stderr.write(`${message}\n`);
    process.exit(2);
  },
);
