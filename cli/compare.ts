/**
 * `npm run compare`: two year windows of one network, two networks, or the groups of one
 * network, side by side and as a difference. See `COMPARE_USAGE` in compare-args.ts.
 */
import { writeFile } from 'node:fs/promises';
import type { SerializedGraph } from 'graphology-types';
import { compareNetworks, type CompareAnalysisOptions } from '../src/analysis/compare';
import { compareGroups } from '../src/analysis/compare-groups';
import {
  comparisonReport,
  groupReport,
  toHtml,
  toMarkdown,
  type Report,
} from '../src/export/compare-report';
import { reportXlsx } from '../src/export/compare-xlsx';
import { filterByView } from '../src/model/view-filter';
import { formatYearWindow } from '../src/model/year-window';
import { failureStatus, PROCESS_IO, runAsScript, type CliIo } from './cli-io';
import { COMPARE_USAGE, parseCompareArgs, type CompareArgs } from './compare-args';
import { loadNetwork } from './load-network';
import { createNodeSweepRunner, defaultThreads } from './sweep-pool';
import { windowed } from './windowed';

export interface CompareIo extends CliIo {
  writeBinary: (path: string, data: Uint8Array) => Promise<void>;
}

const defaultIo: CompareIo = {
  ...PROCESS_IO,
  writeBinary: (p, d) => writeFile(p, d),
};

async function load(args: CompareArgs, input: string | null, io: CompareIo) {
  const source = input === null ? { database: true as const, view: args.view } : { file: input };
  const { network } = await loadNetwork(source, (line) => {
    if (!(args.quiet && line.startsWith('note:'))) io.stderr(`${line}\n`);
  });
  return filterByView(network, args.view);
}

/** The two sides (windows of one input, or two inputs) with their labels. */
async function sides(args: CompareArgs, io: CompareIo) {
  const warn = (w: string) => io.stderr(`warning: ${w}\n`);
  const inputs: (string | null)[] = args.fromDb ? [null] : args.inputs;
  if (inputs.length === 1) {
    const network = await load(args, inputs[0]!, io);
    const [wa, wb] = args.years;
    return {
      a: windowed(network, wa!, warn),
      b: windowed(network, wb!, warn),
      labels: { a: formatYearWindow(wa!), b: formatYearWindow(wb!) },
    };
  }
  const [a, b] = await Promise.all(inputs.map((input) => load(args, input, io)));
  const year = args.years[0];
  const label = (input: string | null) =>
    (input ?? 'database') + (year ? ` ${formatYearWindow(year)}` : '');
  return {
    a: year ? windowed(a!, year, warn) : a!,
    b: year ? windowed(b!, year, warn) : b!,
    labels: { a: label(inputs[0]!), b: label(inputs[1]!) },
  };
}

async function write(
  args: CompareArgs,
  document: unknown,
  report: (full: boolean) => Report,
  io: CompareIo,
) {
  if (args.format === 'xlsx') {
    await io.writeBinary(args.out!, await reportXlsx(report(true)));
    return;
  }
  const text =
    args.format === 'md'
      ? toMarkdown(report(false))
      : args.format === 'html'
        ? toHtml(report(false))
        : JSON.stringify(document, null, 2) + '\n';
  if (args.out) await io.writeFile(args.out, text);
  else io.stdout(text);
}

/** Runs the command; returns the exit status. */
export async function main(argv: string[], io: CompareIo = defaultIo): Promise<number> {
  try {
    const args = parseCompareArgs(argv);
    if (args.help) {
      io.stdout(COMPARE_USAGE + '\n');
      return 0;
    }
    const threads = args.threads ?? defaultThreads();
    const options: CompareAnalysisOptions = {
      ...args.analysis,
      sweepRunner: threads > 1 ? createNodeSweepRunner(threads) : undefined,
    };
    if (args.by) {
      const input = args.fromDb ? null : args.inputs[0]!;
      let network: SerializedGraph = await load(args, input, io);
      if (args.years[0]) {
        network = windowed(network, args.years[0], (w) => io.stderr(`warning: ${w}\n`));
      }
      const groups = await compareGroups(network, args.by, options);
      await write(args, groups, () => groupReport(groups), io);
      return 0;
    }
    const { a, b, labels } = await sides(args, io);
    const comparison = await compareNetworks(a, b, labels, options);
    comparison.settings.view = args.view;
    await write(args, comparison, (full) => comparisonReport(comparison, { full }), io);
    return 0;
  } catch (error) {
    return failureStatus('compare', error, io);
  }
}

runAsScript(import.meta.url, (argv) => main(argv));
