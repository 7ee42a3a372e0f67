/** Command-line options of `npm run compare`. */
import { parseArgs } from 'node:util';
import { GROUP_BY, type GroupBy } from '../src/analysis/compare-groups';
import type { CompareAnalysisOptions } from '../src/analysis/compare';
import { VIEWS, type View } from '../src/model/domain';
import type { YearWindow } from '../src/model/year-window';
import { integer, oneOf, RUN_OPTIONS, runOptionsFrom, UsageError, yearWindow } from './args';

export const COMPARE_USAGE = `Usage: npm run compare -- <input> --years <from>-<to> --years <from>-<to> [options]
       npm run compare -- <a> <b> [--years <from>-<to>] [options]
       npm run compare -- <input> --by project|prefecture|bureau|community [--years <from>-<to>] [options]

Two year windows of one network, two networks (snapshots, exports, import folders or
workbooks), or the projects, prefectures or communities of one network side by side:
density, components, average path length, centralization, modularity, E-I by sector and
between the two clusters, ties across prefectures, sector mixing and T(GTO); for two
windows or networks also every actor's change in degree, betweenness and constraint and
the ties added and removed.

<input>     graphology JSON, a snapshot, an import folder or an .xlsx workbook
--from-db   the project's database instead of one <input> (with two --years)

Options:
  --years <from>-<to>        a year window (twice: compare the two windows)
  --by project|prefecture|bureau|community
                             compare the groups of one network (projects with the
                             published member counts of phase II beside their own)
  --format json|md|html|xlsx output format (default: from --out's extension, else json)
  --out <file>               write there (required for xlsx); default standard output
  --view industrial|knowledge|all   keep one view (default all)
  --weight, --distance, --betweenness, --k, --seed, --resolution, --communities, --threads
                             as for npm run analyze
  --quiet                    no notes on standard error
  --help                     this text

Exit status: 0 success, 2 bad input or options, 1 unexpected failure.`;

export const FORMATS = ['json', 'md', 'html', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

export interface CompareArgs {
  help: boolean;
  /** Input paths (one or two); empty with --from-db. */
  inputs: string[];
  fromDb: boolean;
  years: YearWindow[];
  by: GroupBy | null;
  view: View;
  format: Format;
  out: string | null;
  quiet: boolean;
  threads: number | null;
  analysis: CompareAnalysisOptions;
}

function formatOf(path: string | undefined): Format | undefined {
  const ext = path?.toLowerCase().split('.').pop();
  return FORMATS.find(
    (f) => f === ext || (f === 'md' && ext === 'markdown') || (f === 'html' && ext === 'htm'),
  );
}

export function parseCompareArgs(argv: string[]): CompareArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        ...RUN_OPTIONS,
        years: { type: 'string', multiple: true },
        by: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        view: { type: 'string' },
        'from-db': { type: 'boolean' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const fromDb = values['from-db'] ?? false;
  const years = (values.years ?? []).map(yearWindow);
  const by = oneOf('by', values.by, GROUP_BY) ?? null;
  const base = {
    help: values.help ?? false,
    inputs: positionals,
    fromDb,
    years,
    by,
    view: oneOf('view', values.view, VIEWS) ?? 'all',
    quiet: values.quiet ?? false,
  };
  if (base.help) {
    return { ...base, format: 'json', out: null, threads: null, analysis: {} };
  }
  const sources = positionals.length + (fromDb ? 1 : 0);
  if (fromDb && positionals.length > 0) throw new UsageError('give <input> or --from-db, not both');
  if (by !== null) {
    if (sources !== 1) throw new UsageError('--by compares the groups of one <input>');
    if (years.length > 1) throw new UsageError('--by takes at most one --years');
  } else if (sources === 1) {
    if (years.length !== 2)
      throw new UsageError('one <input> needs two --years windows to compare (or --by)');
  } else if (sources === 2) {
    if (years.length > 1) throw new UsageError('two inputs take at most one --years');
  } else {
    throw new UsageError(
      sources === 0 ? 'missing <input>' : `expected one or two inputs, got ${sources}`,
    );
  }
  const format = oneOf('format', values.format, FORMATS) ?? formatOf(values.out) ?? 'json';
  if (format === 'xlsx' && values.out === undefined)
    throw new UsageError('--format xlsx needs --out <file.xlsx>');
  return {
    ...base,
    format,
    out: values.out ?? null,
    threads: integer('threads', values.threads, 1) ?? null,
    analysis: runOptionsFrom(values),
  };
}
