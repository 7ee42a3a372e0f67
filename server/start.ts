/**
 * npm start: local Neo4j (unless NEO4J_URI is set), the demo imported into an empty database,
 * the explorer served. Ctrl-C stops everything.
 *
 *     npm start                         # http://127.0.0.1:8080/, this machine only
 *     npm start -- --listen 0.0.0.0     # on the network: warning, access token required
 *
 * Environment: PORT (default 8080), HOST (default 127.0.0.1; another address needs
 * LISTEN_PUBLIC=1 or --listen), ALLOWED_HOSTS (comma-separated), NEO4J_BOLT_PORT (default
 * 7687), NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD.
 */
import { relative } from 'node:path';
import { PROJECT_ROOT } from '../neo4j/paths';
import { resolveListenOptions } from './listen-options';
import { startStack, type RunningStack } from './stack';

function publicWarning(stack: RunningStack, host: string, port: number): string {
  const file = relative(PROJECT_ROOT, stack.access!.tokenFile);
  return [
    '',
    `WARNING: listening on ${host}:${port}, reachable from other machines.`,
    'Anyone who has the access link below can read the whole database. Share it only with',
    'the people who should, over a private channel. Requests without it are refused (401).',
    `The token is kept in ${file} (mode 0600); delete that file and restart to revoke it.`,
    `Access link: ${stack.access!.url}`,
  ].join('\n');
}

try {
  const listen = resolveListenOptions(process.argv.slice(2));
  const stack = await startStack({
    host: listen.host,
    httpPort: listen.port,
    extraHosts: listen.extraHosts,
    public: listen.public,
  });
  const where = stack.neo4j.local
    ? `${stack.neo4j.uri} (user ${stack.neo4j.user}, password in ${stack.neo4j.passwordFile})`
    : `${stack.neo4j.uri} (user ${stack.neo4j.user})`;
  if (stack.access) process.stdout.write(`${publicWarning(stack, listen.host, listen.port)}\n`);
  process.stdout.write(
    `\nNeo4j:    ${where}\nExplorer: ${stack.access?.url ?? stack.url}\nPress Ctrl-C to stop.\n`,
  );
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
