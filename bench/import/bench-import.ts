/**
 * `npm run bench -- import [--quick] [--import-scale national|<n>] [--memory-scale <n>]
 *                         [--skip-memory] [--rounds N] [--import-seed N] [--results DIR]
 *                         [--keep-data]`
 *
 * Import benchmark on the generated national data (npm run generate):
 * 1. the LOAD CSV baseline (bench/import/load-csv.cypher, 1,000 rows per transaction) into
 *    a fresh Neo4j;
 * 2. our importer (graph-import/cli.ts, as `npm run import` runs it) into another fresh
 *    Neo4j, then again into the same one (the idempotent re-run);
 * 3. a check that both produced the same database and that the re-run changed nothing;
 * 4. the importer's peak memory on a ~50 MB input, as a dry run and importing.
 * With --rounds N, steps 1–2 alternate N times and the best wall time of each counts.
 * Prints rows/s, ratios ours / LOAD CSV on wall and on CPU time (importer + Neo4j), load
 * averages, and writes bench/results/import.{json,md}.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SEED, generateDataset } from '../../scripts/generate/dataset';
import { describeScale, parseScale, type Scale } from '../../scripts/generate/plan';
import { datasetStats } from '../../scripts/generate/stats';
import { writeDataset } from '../../scripts/generate/write';
import { describeMachine, machineInfo } from '../machine';
import { reportImport, type GeneratedInput, type ImportResults } from './report-import';
import { loadCsvRound, memoryRuns, oursRound } from './rounds';

interface Flags {
  scale: Scale;
  memoryScale: Scale | null;
  rounds: number;
  seed: number;
  resultsDir: string | undefined;
  keepData: boolean;
}

function parseFlags(argv: string[]): Flags {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick') || process.env.BENCH_QUICK === '1';
  const rounds = Number(value('--rounds') ?? 1);
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error('--rounds must be a positive integer');
  return {
    scale: parseScale(value('--import-scale') ?? (quick ? '3000' : 'national')),
    // ~52,000 actors write ~51 MB (decimal) of CSV.
    memoryScale: argv.includes('--skip-memory')
      ? null
      : parseScale(value('--memory-scale') ?? (quick ? '8000' : '52000')),
    rounds,
    seed: Number(value('--import-seed') ?? DEFAULT_SEED),
    resultsDir: value('--results'),
    keepData: argv.includes('--keep-data'),
  };
}

function generate(scale: Scale, seed: number, dir: string): GeneratedInput & { dir: string } {
  const data = generateDataset(scale, seed);
  const files = writeDataset(data, dir);
  const arg = scale.kind === 'actors' ? String(scale.n) : scale.kind;
  return {
    scale: describeScale(scale),
    seed,
    command: `npm run generate -- --scale ${arg} --seed ${seed}`,
    dir,
    rows: files.reduce((s, f) => s + f.rows, 0),
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    stats: datasetStats(data),
  };
}

export async function benchImport(argv: string[]): Promise<void> {
  const flags = parseFlags(argv);
  const log = (line: string) => console.log(`  ${line}`);
  const work = mkdtempSync(join(tmpdir(), 'cne-bench-import-'));
  const machine = machineInfo();
  console.log(`\nImport benchmark — ${describeMachine(machine)}`);
  try {
    const { dir, ...data } = generate(flags.scale, flags.seed, join(work, 'data'));
    log(
      `data: ${data.command}: ${data.stats.actors} actors, ${data.stats.participations} ` +
        `participations, ${data.stats.ties} ties = ${data.rows} rows, ${(data.bytes / 1e6).toFixed(1)} MB`,
    );
    const input = { dir, rows: data.rows };
    const rounds: ImportResults['rounds'] = [];
    for (let round = 1; round <= flags.rounds; round++) {
      if (flags.rounds > 1) log(`round ${round} of ${flags.rounds}`);
      rounds.push({
        loadCsv: await loadCsvRound(input, log),
        ours: await oursRound(input, work, log),
      });
    }
    let memory: ImportResults['memory'] = null;
    if (flags.memoryScale) {
      const {
        dir: bigDir,
        stats: _stats,
        ...big
      } = generate(flags.memoryScale, flags.seed, join(work, 'big'));
      log(`memory input: ${big.command}: ${big.rows} rows, ${(big.bytes / 1e6).toFixed(1)} MB`);
      memory = { data: big, runs: await memoryRuns({ dir: bigDir, rows: big.rows }, work, log) };
    }
    reportImport({ machine, data, rounds, memory }, flags.resultsDir);
  } finally {
    if (flags.keepData) console.log(`  data and importer logs kept in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}
