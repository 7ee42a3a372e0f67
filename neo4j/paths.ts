/** Where the local Neo4j and its launcher live, resolved from this file so any cwd works. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Data, logs, temp files and the password of the local server (git-ignored `var/`). */
export const DEFAULT_NEO4J_HOME = join(PROJECT_ROOT, 'var', 'neo4j');

/** The generated password is kept beside the data it protects. */
export function passwordFileFor(home: string): string {
  return join(home, 'password');
}

export const DEFAULT_PASSWORD_FILE = passwordFileFor(DEFAULT_NEO4J_HOME);

/** The Maven module that wraps embedded Neo4j (see neo4j/launcher/README.md). */
export const LAUNCHER_DIR = join(PROJECT_ROOT, 'neo4j', 'launcher');
export const LAUNCHER_TARGET = join(LAUNCHER_DIR, 'target');
export const LAUNCHER_JAR = join(LAUNCHER_TARGET, 'neo4j-launcher.jar');
export const LAUNCHER_LIB = join(LAUNCHER_TARGET, 'lib');
export const LAUNCHER_MAIN_CLASS = 'org.clusterexplorer.launcher.Launcher';

/** Named Cypher statements shared by the importer and the API. */
export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');
