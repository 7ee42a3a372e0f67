/**
 * `npm run analyze -- <input> [options]`: the network measures of docs/analysis.md for a
 * network file, as JSON (all results), CSV, GEXF, GraphML or xlsx (write-outputs.ts). See
 * `USAGE` in args.ts.
 */
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { runAnalysis } from '../src/analysis/run-analysis';
import { compactFromGraph } from '../src/analysis/compact-graph';
import { suggestLinks } from '../src/analysis/link-prediction';
import { simplify } from '../src/analysis/simplify';
import { filterByView } from '../src/model/view-filter';
import { AnalysisInputError } from '../src/analysis/types';
import { parseCliArgs, USAGE, UsageError } from './args';
import { loadNetwork } from './load-network';
import { windowed } from './windowed';
import { createNodeSweepRunner, defaultThreads } from './sweep-pool';
import { writeOutputs } from './write-outputs';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /** Whether progress may be drawn on stderr. */
  progress: boolean;
}

const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  writeFile: (p, data) =>
    typeof data === 'string' ? writeFile(p, data, 'utf8') : writeFile(p, data),
  progress: process.stderr.isTTY === true,
};

/** Runs the command; returns the exit status. */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.help) {
      io.stdout(USAGE + '\n');
      return 0;
    }
    const source = args.fromDb
      ? { database: true as const, view: args.view }
      : { file: args.input };
    const loaded = await loadNetwork(source, (line) => {
      if (!(args.quiet && line.startsWith('note:')))
        io.stderr(`${line}
`);
    });
    const inView = filterByView(loaded.network, args.view);
    const network = args.years
      ? windowed(inView, args.years, (w) =>
          io.stderr(`warning: ${w}
`),
        )
      : inView;

    if (args.suggest) {
      if ((args.out && args.out.format !== 'json') || args.edgesOut) {
        throw new UsageError('--suggest writes JSON: --out must end in .json, no --edges-out');
      }
      const { graph } = simplify(network, { weight: args.analysis.weight });
      const g = compactFromGraph(graph);
      if (!g.index.has(args.suggest.actor)) {
        throw new UsageError(`unknown actor "${args.suggest.actor}" (in view ${args.view})`);
      }
      const suggestions = suggestLinks(
        g,
        (i) => graph.getNodeAttributes(g.keys[i]!),
        args.suggest.actor,
        {
          score: args.suggest.score,
          limit: args.suggest.limit,
          kinds: args.suggest.kinds,
          requireFieldOverlap: args.suggest.requireFieldOverlap,
          includeUnconnected: args.suggest.includeUnconnected,
        },
      );
      const text = JSON.stringify(
        { actor: args.suggest.actor, view: args.view, suggestions },
        null,
        2,
      );
      if (args.out) await io.writeFile(args.out.path, text + '\n');
      else io.stdout(text + '\n');
      return 0;
    }

    const showProgress = io.progress && !args.quiet;
    let lastLine = '';
    const threads = args.threads ?? defaultThreads();
    const result = await runAnalysis(network, {
      ...args.analysis,
      sweepRunner: threads > 1 ? createNodeSweepRunner(threads) : undefined,
      onProgress: showProgress
        ? (p) => {
            const line = `${p.phase.padEnd(16)} ${(100 * p.fraction).toFixed(0).padStart(3)} %`;
            if (line !== lastLine) io.stderr(`\r${line}`);
            lastLine = line;
          }
        : undefined,
    });
    if (showProgress) io.stderr('\r' + ' '.repeat(24) + '\r');
    result.graph.settings.view = args.view;
    result.graph.settings.years = args.years;
    for (const warning of result.graph.warnings) io.stderr(`warning: ${warning}\n`);

    await writeOutputs(args, network, result, loaded.origin, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof AnalysisInputError) {
      io.stderr(`analyze: ${error.message}\n`);
      if (error instanceof UsageError) io.stderr('Run with --help for usage.\n');
      return 2;
    }
    io.stderr(`analyze: unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
