/** Command-line options of `npm run analyze`. */
import { parseArgs } from 'node:util';
import { VIEWS, type View } from '../src/model/domain';
import { parseYearWindow, type YearWindow } from '../src/model/year-window';
import { LINK_SCORES, type LinkScore } from '../src/analysis/link-prediction';
import type { AnalysisOptions } from '../src/analysis/run-analysis';
import { COMMUNITY_ALGORITHMS } from '../src/analysis/communities';

export const USAGE = `Usage: npm run analyze -- <input> [options]
       npm run analyze -- --from-db [options]

<input>     a network as graphology serialised JSON (what the API serves), a snapshot file,
            or importer input: a folder of CSV files or an .xlsx workbook (validated as by
            npm run import; rejected rows are reported and left out)
--from-db   read the network from the project's Neo4j instead (NEO4J_URI/NEO4J_USER/
            NEO4J_PASSWORD when set, else the local server, started if needed)

Options:
  --view industrial|knowledge|all   keep the ties (and actors) of one view (default: all)
  --years <from>-<to>               the network of a year window, e.g. 2001-2005 (ties and
                                    participations overlapping it; undated ones count always)
  --out <file>                      by extension: .json (all results), .csv (one row per
                                    actor), .gexf (GEXF 1.3 for Gephi), .graphml, .xlsx
                                    (nodes, edges, graph and provenance sheets);
                                    default: JSON to standard output
  --edges-out <file.csv>            also write one row per tie (CSV)
  --layout-iterations <n>           ForceAtlas2 iterations for graph files of networks
                                    without positions (default: 300, fewer above 20,000
                                    actors + ties)
  --weight <attribute>|none         tie-strength attribute (default: weight); none = binary
  --distance hops|inverse           path lengths for betweenness, closeness, harmonic, span…:
                                    hops (default) or 1/strength
  --groups <attribute>|community    grouping for brokerage and E-I (sector, bureau,
                                    prefecture, cluster, kind, community, …)
  --betweenness exact|sampled       default exact
  --k <n>                           pivots for sampled betweenness (default 500)
  --communities louvain|leiden      community detection (default louvain); Leiden's
                                    communities are always connected
  --seed <n>                        seed for the communities and pivots (default 1)
  --resolution <x>                  community resolution (default 1)
  --measures <id,id,…>              compute only these measures (default: all)
  --threads <n>                     threads for the shortest-path sweeps of large networks
                                    (default: the number of CPUs; 1 = none)
  --suggest <actor id>              instead of the measures, print ranked link suggestions
    --kinds <kind,kind,…>             only candidates of these actor kinds
    --score adamic-adar|jaccard|resource-allocation   ranking (default adamic-adar)
    --limit <n>                       how many (default 20)
    --field-overlap                   only candidates sharing a field with the actor
    --include-unconnected             also candidates without a common partner
  --quiet                           no progress on standard error
  --help                            this text

Exit status: 0 success, 2 bad input or options, 1 unexpected failure.`;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface SuggestArgs {
  actor: string;
  kinds: string[];
  score: LinkScore;
  limit: number;
  requireFieldOverlap: boolean;
  includeUnconnected: boolean;
}

export const OUT_FORMATS = ['json', 'csv', 'gexf', 'graphml', 'xlsx'] as const;
export type OutFormat = (typeof OUT_FORMATS)[number];

export interface CliArgs {
  help: boolean;
  /** A file path; empty with --from-db. */
  input: string;
  fromDb: boolean;
  view: View;
  /** Year window, or null for the whole network. */
  years: YearWindow | null;
  out: { path: string; format: OutFormat } | null;
  /** Ties as CSV. */
  edgesOut: string | null;
  /** ForceAtlas2 iterations for exports of networks without positions; null = default. */
  layoutIterations: number | null;
  quiet: boolean;
  /** Threads for big sweeps; null = the number of CPUs. */
  threads: number | null;
  analysis: Omit<AnalysisOptions, 'onProgress' | 'signal' | 'yieldControl'>;
  suggest: SuggestArgs | null;
}

const SCORE_NAMES: Record<string, LinkScore> = {
  'adamic-adar': 'adamicAdar',
  jaccard: 'jaccard',
  'resource-allocation': 'resourceAllocation',
};

export function integer(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} must be an integer >= ${min}`);
  return n;
}

export function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
) {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

/** `--years`: a window, with the model's parser's message as a usage error. */
export function yearWindow(text: string): YearWindow {
  try {
    return parseYearWindow(text);
  } catch (error) {
    throw new UsageError(`--years: ${(error as Error).message}`);
  }
}

const list = (value: string | undefined) =>
  value === undefined
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

/** The run-wide analysis options, shared by `analyze` and `compare`. */
export const RUN_OPTIONS = {
  weight: { type: 'string' },
  distance: { type: 'string' },
  betweenness: { type: 'string' },
  k: { type: 'string' },
  seed: { type: 'string' },
  resolution: { type: 'string' },
  communities: { type: 'string' },
  threads: { type: 'string' },
} as const;

type RunOptionValues = { [K in keyof typeof RUN_OPTIONS]?: string };

/** The analysis options given by the run-wide flags, checked. */
export function runOptionsFrom(
  values: RunOptionValues,
): Pick<
  AnalysisOptions,
  'weight' | 'distance' | 'seed' | 'resolution' | 'communityAlgorithm' | 'betweenness'
> {
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isFinite(seed)) throw new UsageError('--seed must be a number');
  const resolution = values.resolution === undefined ? undefined : Number(values.resolution);
  if (resolution !== undefined && !(resolution > 0)) {
    throw new UsageError('--resolution must be a positive number');
  }
  const weight =
    values.weight === undefined ? undefined : values.weight === 'none' ? null : values.weight;
  if (weight === '') throw new UsageError('--weight needs an attribute name or none');
  const distance = oneOf('distance', values.distance, ['hops', 'inverse'] as const);
  if (distance === 'inverse' && weight === null) {
    throw new UsageError(
      '--distance inverse needs tie strengths; it cannot be combined with --weight none',
    );
  }
  const communityAlgorithm = oneOf('communities', values.communities, COMMUNITY_ALGORITHMS);
  const mode = oneOf('betweenness', values.betweenness, ['exact', 'sampled'] as const);
  const k = integer('k', values.k, 1);
  if (k !== undefined && mode !== 'sampled')
    throw new UsageError('--k only applies to --betweenness sampled');

  return {
    ...(weight !== undefined && { weight }),
    ...(distance !== undefined && { distance }),
    ...(seed !== undefined && { seed }),
    ...(resolution !== undefined && { resolution }),
    ...(communityAlgorithm !== undefined && { communityAlgorithm }),
    ...(mode !== undefined && { betweenness: { mode, ...(k !== undefined && { k }) } }),
  };
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        view: { type: 'string' },
        years: { type: 'string' },
        out: { type: 'string' },
        'edges-out': { type: 'string' },
        'layout-iterations': { type: 'string' },
        ...RUN_OPTIONS,
        groups: { type: 'string' },
        measures: { type: 'string' },
        suggest: { type: 'string' },
        kinds: { type: 'string' },
        score: { type: 'string' },
        limit: { type: 'string' },
        'field-overlap': { type: 'boolean' },
        'include-unconnected': { type: 'boolean' },
        'from-db': { type: 'boolean' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    return {
      help: true,
      input: '',
      fromDb: false,
      view: 'all',
      years: null,
      out: null,
      edgesOut: null,
      layoutIterations: null,
      quiet: true,
      threads: null,
      analysis: {},
      suggest: null,
    };
  }
  const fromDb = values['from-db'] ?? false;
  if (fromDb && positionals.length > 0) {
    throw new UsageError('give either <input> or --from-db, not both');
  }
  if (!fromDb && positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? 'missing <input> (or --from-db)'
        : `expected one <input>, got ${positionals.length}`,
    );
  }

  let out: CliArgs['out'] = null;
  if (values.out !== undefined) {
    const lower = values.out.toLowerCase();
    const format = OUT_FORMATS.find((f) => lower.endsWith(`.${f}`));
    if (format === undefined) {
      throw new UsageError(`--out must end in ${OUT_FORMATS.map((f) => `.${f}`).join(', ')}`);
    }
    out = { path: values.out, format };
  }
  const edgesOut = values['edges-out'] ?? null;
  if (edgesOut !== null && !edgesOut.toLowerCase().endsWith('.csv')) {
    throw new UsageError('--edges-out must end in .csv');
  }

  const run = runOptionsFrom(values);

  let suggest: SuggestArgs | null = null;
  if (values.suggest !== undefined) {
    const score = oneOf('score', values.score, Object.keys(SCORE_NAMES)) ?? 'adamic-adar';
    suggest = {
      actor: values.suggest,
      kinds: list(values.kinds) ?? [],
      score: SCORE_NAMES[score]!,
      limit: integer('limit', values.limit, 1) ?? 20,
      requireFieldOverlap: values['field-overlap'] ?? false,
      includeUnconnected: values['include-unconnected'] ?? false,
    };
  } else if (values.kinds || values.score || values.limit || values['field-overlap']) {
    throw new UsageError('--kinds, --score, --limit and --field-overlap only apply with --suggest');
  }

  return {
    help: false,
    input: positionals[0] ?? '',
    fromDb,
    view: oneOf('view', values.view, VIEWS) ?? 'all',
    years: values.years === undefined ? null : yearWindow(values.years),
    out,
    edgesOut,
    layoutIterations: integer('layout-iterations', values['layout-iterations'], 1) ?? null,
    quiet: values.quiet ?? false,
    threads: integer('threads', values.threads, 1) ?? null,
    analysis: {
      ...run,
      ...(values.groups !== undefined && { groups: values.groups }),
      ...(values.measures !== undefined && { measures: list(values.measures) }),
    },
    suggest,
  };
}

export { LINK_SCORES };
