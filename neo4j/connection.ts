/**
 * Which Neo4j to talk to, and a driver configured the same way everywhere (importer, API, tests).
 *
 * - `NEO4J_URI` set: an external server; `NEO4J_USER` (default `neo4j`) and `NEO4J_PASSWORD`
 *   authenticate, and nothing is started locally.
 * - otherwise: the project's own server on `bolt://127.0.0.1:<NEO4J_BOLT_PORT or 7687>`, with the
 *   password generated into `var/neo4j/password` (see local-server.ts, which starts it).
 */
import neo4j, { type Driver, type ServerInfo } from 'neo4j-driver';
import { readOrCreatePassword } from './credentials';
import { DEFAULT_PASSWORD_FILE } from './paths';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  /** True when the project runs the server itself (no `NEO4J_URI`). */
  local: boolean;
}

export const DEFAULT_BOLT_PORT = 7687;
export const DEFAULT_USER = 'neo4j';

/** The Bolt port of the local server: `NEO4J_BOLT_PORT`, else 7687. */
export function localBoltPort(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.NEO4J_BOLT_PORT?.trim();
  if (!raw) return DEFAULT_BOLT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`NEO4J_BOLT_PORT must be a port number from 1 to 65535, got "${raw}"`);
  }
  return port;
}

export function resolveConnection(env: NodeJS.ProcessEnv = process.env): Neo4jConnection {
  const uri = env.NEO4J_URI?.trim();
  if (uri) {
    const password = env.NEO4J_PASSWORD;
    if (password === undefined) {
      throw new Error('NEO4J_URI is set but NEO4J_PASSWORD is not; set both to use that server');
    }
    return { uri, user: env.NEO4J_USER?.trim() || DEFAULT_USER, password, local: false };
  }
  return {
    uri: `bolt://127.0.0.1:${localBoltPort(env)}`,
    user: DEFAULT_USER,
    // Creating it here is harmless: the local server adopts whatever this file holds.
    password: readOrCreatePassword(DEFAULT_PASSWORD_FILE),
    local: true,
  };
}

/**
 * Integers: `disableLosslessIntegers: true` returns them as plain JS numbers. Everything this
 * project stores (counts, years, degrees, sizes) is far below 2^53, and the API serialises to
 * JSON anyway, so neo4j `Integer` objects would only add conversions everywhere. The flag affects
 * results only: integer *parameters* must still be sent with `neo4j.int(n)` (or converted with
 * `toInteger()` in Cypher) where Cypher insists on an integer, e.g. `LIMIT $n`, because a JS
 * number is sent as a float.
 */
export function createDriver(
  conn: Pick<Neo4jConnection, 'uri' | 'user' | 'password'>,
  overrides: Parameters<typeof neo4j.driver>[2] = {},
): Driver {
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    disableLosslessIntegers: true,
    // One API process and one importer: a small pool is plenty and bounds server threads.
    maxConnectionPoolSize: 20,
    // Fail fast on a dead or unreachable server instead of the 30–60 s defaults.
    connectionTimeout: 10_000,
    connectionAcquisitionTimeout: 30_000,
    // Managed transactions retry transient errors (deadlocks, leader switches) this long.
    maxTransactionRetryTime: 15_000,
    telemetryDisabled: true,
    userAgent: 'cluster-network-explorer',
    ...overrides,
  });
}

/** Checks that the server is reachable and the credentials work; says where it tried. */
export async function verify(driver: Driver): Promise<ServerInfo> {
  try {
    return await driver.getServerInfo();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot use Neo4j: ${reason}`, { cause: error });
  }
}
