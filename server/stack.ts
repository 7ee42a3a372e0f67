import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver, resolveConnection } from '../neo4j/connection';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-server';
import { PROJECT_ROOT } from '../neo4j/paths';
import { importDataset } from '../graph-import/import-dataset';
import { applySchema } from '../graph-import/load/apply-schema';
import { formatSummary } from '../graph-import/summary';
import { READ_DRIVER_SETTINGS, runRead } from '../neo4j/named-reads';
import { DEFAULT_TOKEN_FILE, loadAccessToken, AUTH_PATH } from './access-token';
import { buildApp } from './app';
import { ensureFrontEndBuilt } from './front-end-build';
import { machineHostNames } from './listen-options';

export interface StackOptions {
  host?: string;
  httpPort?: number;
  /** Local Neo4j: Bolt port and home folder (ignored when NEO4J_URI points elsewhere). */
  boltPort?: number;
  neo4jHome?: string;
  /** Use this server instead of NEO4J_URI / the local one (tests). */
  connection?: { uri: string; user: string; password: string };
  demoData?: string;
  extraHosts?: string[];
  /**
   * Listening beyond loopback (see listen-options.ts): every request then needs the access
   * token kept in `tokenFile` (default var/server/access-token).
   */
  public?: boolean;
  tokenFile?: string;
  log?: (line: string) => void;
}

export interface RunningStack {
  url: string;
  /** Listening beyond loopback: the link that admits a browser, and where the token is kept. */
  access?: { url: string; tokenFile: string };
  driver: Driver;
  neo4j: { uri: string; user: string; local: boolean; passwordFile?: string };
  stop(): Promise<void>;
}

/**
 * The whole product on one machine: Neo4j (local unless configured), the demo imported into
 * an empty database, the front end built, and the API serving both.
 */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const host = options.host ?? '127.0.0.1';
  const httpPort = options.httpPort ?? 8080;
  let local: LocalNeo4j | undefined;
  let connection = options.connection ?? resolveConnection();
  const isLocal = !options.connection && resolveConnection().local;
  if (isLocal) {
    log('Starting local Neo4j…');
    local = await startLocalNeo4j({
      ...(options.boltPort ? { port: options.boltPort } : {}),
      ...(options.neo4jHome ? { home: options.neo4jHome } : {}),
      log,
    });
    connection = { uri: local.uri, user: local.user, password: local.password };
  }
  const driver = createDriver(connection, READ_DRIVER_SETTINGS);
  const stopAll = async () => {
    await driver.close().catch(() => undefined);
    await local?.stop();
  };
  try {
    await driver.verifyConnectivity();
    await applySchema(driver);
    const [row] = await runRead(driver, 'actorCount');
    if (Number(row?.actors ?? 0) === 0) {
      const demo = options.demoData ?? join(PROJECT_ROOT, 'data', 'demo');
      log(`The database is empty: importing the demo dataset from ${demo}…`);
      const report = await importDataset(demo, { driver });
      log(formatSummary(report));
      if (report.status !== 'completed')
        throw new Error(`demo import ${report.status}: ${report.error ?? ''}`);
    }
    const staticDir = await ensureFrontEndBuilt(PROJECT_ROOT, log);
    const tokenFile = options.tokenFile ?? DEFAULT_TOKEN_FILE;
    const token = options.public ? loadAccessToken(tokenFile) : undefined;
    const everyInterface = host === '0.0.0.0' || host === '::' || host === '[::]';
    const extraHosts = [
      ...(options.extraHosts ?? []),
      ...(options.public && everyInterface ? machineHostNames() : []),
    ];
    const app = await buildApp({
      driver,
      host,
      port: httpPort,
      staticDir,
      extraHosts,
      ...(token ? { token } : {}),
    });
    await app.listen({ host, port: httpPort });
    const shownHost = everyInterface ? (machineHostNames()[1] ?? host) : host;
    const url = `http://${shownHost}:${httpPort}/`;
    return {
      url,
      ...(token
        ? { access: { url: `${url.slice(0, -1)}${AUTH_PATH}?token=${token.value}`, tokenFile } }
        : {}),
      driver,
      neo4j: {
        uri: connection.uri,
        user: connection.user,
        local: isLocal,
        ...(local ? { passwordFile: local.passwordFile } : {}),
      },
      stop: async () => {
        await app.close();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
