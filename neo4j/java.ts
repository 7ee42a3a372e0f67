/** Finds a Java runtime good enough for Neo4j 5.26 (Java 17 or newer). */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const MIN_JAVA_VERSION = 17;

export interface JavaRuntime {
  /** The `java` executable to run. */
  executable: string;
  /** Major version, e.g. 17 or 21. */
  version: number;
  /** JAVA_HOME to hand to the Maven wrapper, when known. */
  javaHome: string | undefined;
}

/** "openjdk version "17.0.15" …" → 17; the old "1.8.0_402" scheme → 8. */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

/** Prefers $JAVA_HOME/bin/java, else `java` on PATH, and checks its version. */
export async function findJava(env: NodeJS.ProcessEnv = process.env): Promise<JavaRuntime> {
  const javaHome = env.JAVA_HOME?.trim() || undefined;
  const fromHome = javaHome ? join(javaHome, 'bin', 'java') : undefined;
  const executable = fromHome && existsSync(fromHome) ? fromHome : 'java';
  const hint =
    `Install a JDK ${MIN_JAVA_VERSION} or newer and put its bin/ on PATH or set JAVA_HOME ` +
    '(or set NEO4J_URI to use an existing Neo4j server).';

  let output: string;
  try {
    // `java -version` writes to stderr.
    const { stdout, stderr } = await promisify(execFile)(executable, ['-version'], {
      timeout: 30_000,
    });
    output = `${stderr}${stdout}`;
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no `java` found' : String(error);
    throw new Error(`JDK ${MIN_JAVA_VERSION}+ not found (${reason}). ${hint}`, { cause: error });
  }

  const version = parseJavaMajorVersion(output);
  if (version === undefined || version < MIN_JAVA_VERSION) {
    const seen = output.split('\n')[0]?.trim() || 'unknown version';
    throw new Error(`JDK ${MIN_JAVA_VERSION}+ not found: ${executable} is "${seen}". ${hint}`);
  }
  return { executable, version, javaHome: executable === fromHome ? javaHome : undefined };
}
