/**
 * Starts and stops the project's own Neo4j 5 (embedded, via neo4j/launcher) as a child process.
 *
 * Nothing is left running: stop() is idempotent, exit/SIGINT/SIGTERM handlers stop live servers,
 * and the launcher runs with --exit-on-stdin-eof, so even a SIGKILLed Node closes its stdin pipe
 * and the JVM shuts down by itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { createDriver, DEFAULT_USER, localBoltPort } from './connection';
import { readOrCreatePassword } from './credentials';
import { findJava } from './java';
import { ensureLauncherBuilt } from './launcher-build';
import { LineTail, onLines } from './lines';
import {
  DEFAULT_NEO4J_HOME,
  LAUNCHER_JAR,
  LAUNCHER_LIB,
  LAUNCHER_MAIN_CLASS,
  passwordFileFor,
} from './paths';
import { isPortFree, LOOPBACK } from './ports';

export { findFreePort, isPortFree } from './ports';

/** Sized for the national dataset (~12.5k nodes, ~100k relationships) on a 24 GiB machine. */
export const DEFAULT_HEAP = '2g';
export const DEFAULT_PAGE_CACHE = '1g';
const DEFAULT_START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;
const READY_LINE = /^NEO4J_READY (bolt:\/\/\S+)$/;
/** Exit code the launcher uses when it finds the port taken (see Launcher.java). */
const EXIT_PORT_TAKEN = 3;

export interface LocalNeo4jOptions {
  /** Neo4j home: data/, logs/, tmp/ and the password file. Default `var/neo4j`. */
  home?: string;
  /** Bolt port on 127.0.0.1. Default `NEO4J_BOLT_PORT` or 7687. */
  port?: number;
  /** JVM heap (-Xms/-Xmx), e.g. `2g`. */
  heap?: string;
  /** Neo4j page cache, e.g. `1g`. */
  pageCache?: string;
  /** Progress and launcher output, one line at a time. Default: silent. */
  log?: (line: string) => void;
  /** How long the launch may take before it is abandoned (excludes the launcher build). */
  timeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  home: string;
  /** The 0600 file holding the password, for telling people where to find it. */
  passwordFile: string;
  port: number;
  /** Process id of the JVM. */
  pid: number;
  /** Resolves with the JVM's exit code (null if killed by a signal) whenever it ends. */
  exited: Promise<number | null>;
  /** Shuts Neo4j down cleanly (SIGTERM, then SIGKILL after 30 s). Safe to call repeatedly. */
  stop(): Promise<void>;
}

const SIZE = /^\d+[kmg]?$/i;

export async function startLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const home = resolve(options.home ?? DEFAULT_NEO4J_HOME);
  const port = options.port ?? localBoltPort();
  const heap = options.heap ?? DEFAULT_HEAP;
  const pageCache = options.pageCache ?? DEFAULT_PAGE_CACHE;
  for (const [name, value] of [
    ['heap', heap],
    ['pageCache', pageCache],
  ] as const) {
    if (!SIZE.test(value)) throw new Error(`${name} must look like 512m or 2g, got "${value}"`);
  }

  const java = await findJava();
  if (!(await isPortFree(port))) throw portTaken(port);
  await ensureLauncherBuilt({ java, log });

  const logsDir = join(home, 'logs');
  const tmpDir = join(home, 'tmp');
  for (const dir of [home, logsDir, tmpDir]) mkdirSync(dir, { recursive: true });
  const passwordFile = passwordFileFor(home);
  const password = readOrCreatePassword(passwordFile);

  log(
    `Starting Neo4j on ${LOOPBACK}:${port} (home ${home}, heap ${heap}, page cache ${pageCache})…`,
  );
  const started = Date.now();
  const launcherLog = join(logsDir, 'launcher.log');
  const child = spawn(
    java.executable,
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      '-XX:+UseG1GC',
      '-XX:-OmitStackTraceInFastThrow',
      `-Djava.io.tmpdir=${tmpDir}`,
      // Plain IPv4 sockets, so `ss` shows exactly 127.0.0.1:<port>.
      '-Djava.net.preferIPv4Stack=true',
      // The same JDK access Neo4j's own start script grants.
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-cp',
      [LAUNCHER_JAR, join(LAUNCHER_LIB, '*')].join(delimiter),
      LAUNCHER_MAIN_CLASS,
      '--home',
      home,
      '--port',
      String(port),
      '--pagecache',
      pageCache,
      '--exit-on-stdin-eof',
    ],
    {
      // The password travels in the environment: argv is readable by every user via ps.
      env: { ...process.env, NEO4J_LAUNCHER_PASSWORD: password },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let spawnError: Error | undefined;
  const exited = new Promise<number | null>((resolveExit) => {
    child.once('exit', (code) => resolveExit(code));
    // A spawn failure emits 'error' and no 'exit'.
    child.once('error', (error) => {
      spawnError = error;
      resolveExit(null);
    });
  });
  // 'close' comes after the last output has been read: the tail is then complete.
  const outputDone = new Promise<void>((resolveClose) => child.once('close', () => resolveClose()));
  const server = track(child, exited);

  const tail = new LineTail(40);
  const file = createWriteStream(launcherLog, { flags: 'a' });
  const record = (line: string): void => {
    tail.push(line);
    file.write(`${line}\n`);
  };
  void exited.then(() => file.end());
  let readyUri: ((uri: string) => void) | undefined;
  const ready = new Promise<string>((resolveReady) => (readyUri = resolveReady));
  onLines(child.stdout!, (line) => {
    const match = READY_LINE.exec(line);
    if (match?.[1]) readyUri?.(match[1]);
    record(line);
  });
  onLines(child.stderr!, (line) => {
    record(line);
    log(line);
  });

  const fail = async (reason: string): Promise<never> => {
    await server.stop();
    throw new Error(
      `Neo4j did not start: ${reason}\n--- last lines of the launcher output ` +
        `(${launcherLog}; Neo4j's own log: ${join(logsDir, 'debug.log')}) ---\n${tail}`,
    );
  };

  const timeoutMs = options.timeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const deadline = started + timeoutMs;
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    ready.then((uri) => ({ kind: 'ready' as const, uri })),
    exited.then((code) => ({ kind: 'exited' as const, code })),
    new Promise<{ kind: 'timeout' }>((resolveTimeout) => {
      timer = setTimeout(() => resolveTimeout({ kind: 'timeout' }), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (outcome.kind === 'exited') {
    await Promise.race([outputDone, new Promise((wait) => setTimeout(wait, 2000))]);
    if (outcome.code === EXIT_PORT_TAKEN) throw portTaken(port);
    if (spawnError) return fail(`could not run ${java.executable}: ${spawnError.message}`);
    const diagnosis = fatalMessage(tail);
    return fail(
      `the launcher exited with code ${outcome.code} before it was ready` +
        (diagnosis ? `: ${diagnosis}` : ''),
    );
  }
  if (outcome.kind === 'timeout') {
    return fail(`no ready line within ${Math.round(timeoutMs / 1000)} s`);
  }

  const problem = await awaitBolt(outcome.uri, password, deadline);
  if (problem) return fail(problem);
  log(`Neo4j is ready at ${outcome.uri} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  return {
    uri: outcome.uri,
    user: DEFAULT_USER,
    password,
    home,
    passwordFile,
    port,
    pid: child.pid!,
    exited,
    stop: server.stop,
  };
}

/** The launcher's own one-line diagnosis (`neo4j-launcher: FATAL: …`), if it gave one. */
function fatalMessage(tail: LineTail): string | undefined {
  const line = tail.lines.findLast((text) => text.includes('FATAL: '));
  return line?.slice(line.indexOf('FATAL: ') + 'FATAL: '.length);
}

function portTaken(port: number): Error {
  return new Error(`port ${port} is taken; set NEO4J_BOLT_PORT or stop the other server`);
}

/**
 * The ready line means Bolt is bound; this proves a real driver session works with the password.
 * Returns a reason on failure, undefined on success.
 */
async function awaitBolt(
  uri: string,
  password: string,
  deadline: number,
): Promise<string | undefined> {
  const driver = createDriver({ uri, user: DEFAULT_USER, password }, { connectionTimeout: 5_000 });
  try {
    for (;;) {
      try {
        await driver.verifyConnectivity();
        return undefined;
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        const message = error instanceof Error ? error.message : String(error);
        // Retrying a refused password only trips Neo4j's failed-login lockout.
        if (code.startsWith('Neo.ClientError.Security')) return `authentication failed: ${message}`;
        if (Date.now() > deadline) return `Bolt at ${uri} did not answer: ${message}`;
      }
      await new Promise((resolveWait) => setTimeout(resolveWait, 500));
    }
  } finally {
    await driver.close();
  }
}

// ---- Process tracking: nothing outlives its parent ----

interface Tracked {
  child: ChildProcess;
  stop: () => Promise<void>;
}

const live = new Set<Tracked>();
let hooksInstalled = false;

function track(child: ChildProcess, exited: Promise<number | null>): Tracked {
  let stopping: Promise<void> | undefined;
  const tracked: Tracked = {
    child,
    stop: () => {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
          child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
          await exited;
          clearTimeout(killer);
        }
        live.delete(tracked);
      })();
      return stopping;
    },
  };
  live.add(tracked);
  void exited.then(() => live.delete(tracked));
  installExitHooks();
  return tracked;
}

function installExitHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  // 'exit' handlers must be synchronous: send SIGTERM and let the JVM finish shutting down alone.
  process.on('exit', () => {
    for (const { child } of live) child.kill('SIGTERM');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const onSignal = (): void => {
      void Promise.allSettled([...live].map((server) => server.stop())).then(() => {
        // Listening replaced Node's default "exit on signal". If no one else handles it,
        // restore the default and re-raise so the process still ends as it would have.
        if (process.listenerCount(signal) === 1) {
          process.off(signal, onSignal);
          process.kill(process.pid, signal);
        }
      });
    };
    process.on(signal, onSignal);
  }
}
