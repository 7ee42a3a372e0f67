/**
 * Builds neo4j/launcher with its Maven wrapper when the jar is missing or older than its sources.
 * The first build downloads Maven and Neo4j (~130 MB); later starts skip the build entirely.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { JavaRuntime } from './java';
import { LineTail, onLines } from './lines';
import { LAUNCHER_DIR, LAUNCHER_JAR, LAUNCHER_LIB, LAUNCHER_TARGET } from './paths';

/** Written after a complete build; the jar alone could be left behind by an interrupted one. */
const STAMP = join(LAUNCHER_TARGET, '.build-complete');
const LOCK = join(LAUNCHER_TARGET, '.build-lock');
const LOCK_WAIT_MS = 20 * 60_000;

export interface BuildOptions {
  java: JavaRuntime;
  log: (line: string) => void;
}

/** Newest modification time among the files the build reads. */
function newestInput(): number {
  let newest = 0;
  const visit = (path: string): void => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  visit(join(LAUNCHER_DIR, 'pom.xml'));
  visit(join(LAUNCHER_DIR, 'src'));
  visit(join(LAUNCHER_DIR, '.mvn'));
  return newest;
}

export function isLauncherBuilt(): boolean {
  if (!existsSync(LAUNCHER_JAR) || !existsSync(LAUNCHER_LIB) || !existsSync(STAMP)) return false;
  return statSync(STAMP).mtimeMs >= newestInput();
}

export async function ensureLauncherBuilt(options: BuildOptions): Promise<void> {
  if (isLauncherBuilt()) return;
  const release = await acquireLock(options.log);
  try {
    // Another process may have finished the build while we waited for the lock.
    if (isLauncherBuilt()) return;
    await runMaven(options);
    writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  } finally {
    release();
  }
}

async function runMaven({ java, log }: BuildOptions): Promise<void> {
  log(
    'Building the Neo4j launcher (neo4j/launcher, ./mvnw package). The first build downloads ' +
      'Maven and Neo4j, about 130 MB; this takes a minute or two…',
  );
  const started = Date.now();
  const tail = new LineTail(40);
  // mvnw trusts JAVA_HOME blindly; point it at the JDK we checked, or drop a stale value so it
  // falls back to the `java` on PATH that findJava() accepted.
  const env = { ...process.env, JAVA_HOME: java.javaHome };
  if (!java.javaHome) delete env.JAVA_HOME;
  const child = spawn('./mvnw', ['-B', '-q', 'package', '-DskipTests'], {
    cwd: LAUNCHER_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onLines(child.stdout, (line) => tail.push(line));
  onLines(child.stderr, (line) => tail.push(line));

  const outcome = await new Promise<{ code: number | null; error?: Error }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, error }));
    child.once('close', (code) => resolve({ code }));
  });
  if (outcome.code !== 0) {
    const why = outcome.error ? outcome.error.message : `exit code ${outcome.code}`;
    throw new Error(
      `Building the Neo4j launcher failed (${why}). The first build needs network access to ` +
        `Maven Central. Last lines of the Maven output:\n${tail}`,
    );
  }
  log(`Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock directory (mkdir is atomic) so `npm start` and a test run never run Maven at once in
 * the same target/. It names its owner's pid, so a lock left by a killed process is taken over.
 */
async function acquireLock(log: (line: string) => void): Promise<() => void> {
  mkdirSync(LAUNCHER_TARGET, { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  let announced = false;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner();
    const abandoned = owner === undefined ? lockAgeMs() > 10_000 : !isAlive(owner);
    if (abandoned) {
      rmSync(LOCK, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out waiting for another process to build the Neo4j launcher (lock ${LOCK}, ` +
          `pid ${owner ?? 'unknown'}); remove the lock folder if no build is running.`,
      );
    }
    if (!announced) {
      log(`Waiting for another process (pid ${owner ?? '?'}) that is building the launcher…`);
      announced = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function lockAgeMs(): number {
  try {
    return Date.now() - statSync(LOCK).mtimeMs;
  } catch {
    return 0;
  }
}

function readOwner(): number | undefined {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    // The owner has made the folder but not yet written its pid, or has just released it.
    return undefined;
  }
}
