/**
 * npm start: local Neo4j (unless NEO4J_URI is set), the demo imported into an empty database,
 * the explorer served. Ctrl-C stops everything.
 * Environment: PORT (default 8080), HOST (default 127.0.0.1), ALLOWED_HOSTS (comma-separated),
 * NEO4J_BOLT_PORT (default 7687), NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD.
 */
import { startStack } from './stack';

const host = process.env.HOST ?? '127.0.0.1';
const httpPort = Number(process.env.PORT ?? 8080);
const extraHosts = (process.env.ALLOWED_HOSTS ?? '')
  .split(',')
  .map((h) => h.trim())
  .filter(Boolean);

try {
  const stack = await startStack({ host, httpPort, extraHosts });
  const where = stack.neo4j.local
    ? `${stack.neo4j.uri} (user ${stack.neo4j.user}, password in ${stack.neo4j.passwordFile})`
    : `${stack.neo4j.uri} (user ${stack.neo4j.user})`;
  process.stdout.write(`\nNeo4j:    ${where}\nExplorer: ${stack.url}\nPress Ctrl-C to stop.\n`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping…\n`);
    stack.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`error while stopping: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
} catch (error) {
  process.stderr.write(`\nCould not start: ${(error as Error).message}\n`);
  process.exit(1);
}
