/**
 * Runs our importer as `npm run import` does (graph-import/cli.ts under tsx), in a child
 * process pointed at a given Neo4j, and measures it from outside: wall time, the child's CPU
 * time and peak RSS (rusage-probe.ts), exit code and the JSON report.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../../neo4j/paths';

export interface ImporterRun {
  wall: number;
  cpuSeconds: number | null;
  maxRssBytes: number | null;
  exitCode: number | null;
  /** The importer's --report (loaded, rejected, …), when it wrote one. */
  report: { loaded: Record<string, number>; rejected: unknown[]; status: string } | null;
  log: string;
}

export interface ImporterTarget {
  uri: string;
  user: string;
  password: string;
}

export async function runImporter(
  input: string,
  workDir: string,
  name: string,
  target: ImporterTarget | 'dry-run',
): Promise<ImporterRun> {
  const reportFile = join(workDir, `${name}.report.json`);
  const usageFile = join(workDir, `${name}.rusage.json`);
  const log = join(workDir, `${name}.log`);
  for (const f of [reportFile, usageFile]) rmSync(f, { force: true });
  const args = [
    '--import',
    'tsx',
    '--import',
    pathToFileURL(join(PROJECT_ROOT, 'bench', 'import', 'rusage-probe.ts')).href,
    join(PROJECT_ROOT, 'graph-import', 'cli.ts'),
    input,
    '--report',
    reportFile,
    ...(target === 'dry-run' ? ['--dry-run'] : []),
  ];
  const env = { ...process.env, BENCH_RUSAGE_FILE: usageFile };
  if (target !== 'dry-run') {
    Object.assign(env, {
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
    });
  }
  const out = openSync(log, 'w');
  const start = process.hrtime.bigint();
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', out, out],
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  }).finally(() => closeSync(out));
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const usage = existsSync(usageFile)
    ? (JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRssBytes: number; cpuSeconds: number })
    : null;
  return {
    wall,
    cpuSeconds: usage?.cpuSeconds ?? null,
    maxRssBytes: usage?.maxRssBytes ?? null,
    exitCode,
    report: existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : null,
    log,
  };
}
