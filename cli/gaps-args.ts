/** Command-line options of `npm run gaps`. */
import { parseArgs } from 'node:util';
import { VIEWS, type View } from '../src/model/domain';
import type { Lang } from '../src/model/display-name';
import { UsageError } from './args';

export const GAP_FORMATS = ['json', 'md', 'html', 'xlsx'] as const;
export type GapFormat = (typeof GAP_FORMATS)[number];

export const GAPS_USAGE = `Usage: npm run gaps -- <input> [options]
       npm run gaps -- --from-db [options]

<input>     a folder of import CSVs (actors.csv, projects.csv, participations.csv, ties.csv)
            or an .xlsx workbook (validated like npm run import; rejected rows are reported
            and left out), a network as graphology serialised JSON, or an explorer snapshot
--from-db   read the network from the project's Neo4j instead

Options:
  --view industrial|knowledge|all   the ties (and actors) of one view (default: all)
  --rules <rules.json>              thresholds: {"rules": {"<rule id>": {"<param>": value}},
                                    "introductions": {...}} (see README "Finding gaps")
  --format json|md|html|xlsx        default: from the --out extension, else json
  --lang ja|en                      language of the sentences and tables (default: ja)
  --out <file>                      default: standard output (xlsx needs a file); a Markdown
                                    report also writes the graph as <file>.svg beside it
  --quiet                           no progress on standard error
  --help                            this text

Rules: sme-no-academic-tie, academia-no-industry-tie, no-finance-tie,
single-point-of-failure, weak-bridge, cluster-link, isolated-member.
Exit status: 0 success, 2 bad input or options, 1 unexpected failure.`;

export interface GapsArgs {
  help: boolean;
  input: string;
  fromDb: boolean;
  view: View;
  rules: string | null;
  format: GapFormat;
  lang: Lang;
  out: string | null;
  quiet: boolean;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]) {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

const EXTENSIONS: Record<string, GapFormat> = {
  json: 'json',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xlsx: 'xlsx',
};

export function parseGapsArgs(argv: string[]): GapsArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        view: { type: 'string' },
        rules: { type: 'string' },
        format: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string' },
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
  if (!values.help) {
    if (fromDb && positionals.length > 0)
      throw new UsageError('give either <input> or --from-db, not both');
    if (!fromDb && positionals.length !== 1)
      throw new UsageError(
        positionals.length === 0
          ? 'missing <input> (or --from-db)'
          : `expected one <input>, got ${positionals.length}`,
      );
  }
  const out = values.out ?? null;
  const byExtension = out ? EXTENSIONS[out.split('.').pop()!.toLowerCase()] : undefined;
  const format = oneOf('format', values.format, GAP_FORMATS) ?? byExtension ?? 'json';
  if (format === 'xlsx' && out === null)
    throw new UsageError('--format xlsx needs --out <file.xlsx>');
  return {
    help: values.help ?? false,
    input: positionals[0] ?? '',
    fromDb,
    view: oneOf('view', values.view, VIEWS) ?? 'all',
    rules: values.rules ?? null,
    format,
    lang: oneOf('lang', values.lang, ['ja', 'en'] as const) ?? 'ja',
    out,
    quiet: values.quiet ?? false,
  };
}
