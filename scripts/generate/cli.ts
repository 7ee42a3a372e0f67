/**
 * npm run generate -- --scale national|region|<n> [--bureau kanto] [--seed N] --out <folder>
 *
 * Writes a synthetic national-scale dataset in the importer's input format: the 17 projects
 * of the Industrial Cluster Plan at the brief's counts (national), one bureau's projects
 * (region), or about n actors in national proportions (<n>). Same seed, same bytes.
 */
import { parseArgs } from 'node:util';
import { BUREAUS } from '../../src/model/domain';
import { DEFAULT_SEED, generateDataset } from './dataset';
import { describeScale, parseScale } from './plan';
import { datasetStats, formatStats } from './stats';
import { writeDataset } from './write';

const USAGE = `Usage: npm run generate -- --scale national|region|<n> --out <folder> [--seed N] [--bureau B]

  --scale national   the 17 projects of the Industrial Cluster Plan (~12,400 actors, >= 100,000 ties)
  --scale region     the projects of one bureau (--bureau, default kanto)
  --scale <n>        about n actors (n >= 300) in national proportions
  --bureau <b>       ${BUREAUS.join(', ')}
  --seed <N>         random seed (default ${DEFAULT_SEED}); the same seed writes the same bytes
  --out <folder>     where actors.csv, projects.csv, participations.csv and ties.csv go

Every row is synthetic and marked synthetic=true with a note.`;

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        scale: { type: 'string', default: 'national' },
        bureau: { type: 'string', default: 'kanto' },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(seed)) {
    process.stderr.write(
      `${values.out ? '--seed must be an integer' : '--out is required'}\n\n${USAGE}\n`,
    );
    return 2;
  }
  let scale;
  try {
    scale = parseScale(values.scale, values.bureau);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const started = performance.now();
  const data = generateDataset(scale, seed);
  const files = writeDataset(data, values.out);
  const mib = files.reduce((s, f) => s + f.bytes, 0) / 1024 / 1024;
  process.stdout.write(
    `Generated ${describeScale(scale)} (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s:\n` +
      files
        .map((f) => `  ${f.path}: ${f.rows} rows, ${(f.bytes / 1024 / 1024).toFixed(1)} MiB`)
        .join('\n') +
      `\n  total ${mib.toFixed(1)} MiB\n${formatStats(datasetStats(data))}\n`,
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
