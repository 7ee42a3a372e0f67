/**
 * `npm run analyze -- <input> [options]`: the network measures of docs/analysis.md for a
 * network file, as JSON (all results), CSV, GEXF, GraphML or xlsx (write-outputs.ts). See
 * `USAGE` in args.ts.
 */
import { runAnalysis } from '../src/analysis/run-analysis';
import { compactFromGraph } from '../src/analysis/compact-graph';
import { suggestLinks } from '../src/analysis/link-prediction';
import { simplify } from '../src/analysis/simplify';
import { filterByView } from '../src/model/view-filter';
import { parseCliArgs, USAGE, UsageError } from './args';
import { failureStatus, PROCESS_IO, runAsScript, type CliIo } from './cli-io';
import { loadNetwork } from './load-network';
import { windowed } from './windowed';
import { createNodeSweepRunner, defaultThreads } from './sweep-pool';
import { writeOutputs } from './write-outputs';

export type { CliIo } from './cli-io';

/** Runs the command; returns the exit status. */
export async function main(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
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
      if (!(args.quiet && line.startsWith('note:'))) io.stderr(`${line}\n`);
    });
    const inView = filterByView(loaded.network, args.view);
    const network = args.years
      ? windowed(inView, args.years, (w) => io.stderr(`warning: ${w}\n`))
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
    return failureStatus('analyze', error, io);
  }
}

runAsScript(import.meta.url, (argv) => main(argv));
