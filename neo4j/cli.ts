/**
 * `npm run neo4j`: runs the project's local Neo4j in the foreground until Ctrl-C.
 * Useful for the importer, Neo4j Browser/Desktop or cypher-shell against the same data.
 */
import { relative } from 'node:path';
import { resolveConnection } from './connection';
import { startLocalNeo4j } from './local-server';
import { PROJECT_ROOT } from './paths';

async function main(): Promise<void> {
  const connection = resolveConnection();
  if (!connection.local) {
    console.log(
      `NEO4J_URI is set (${connection.uri}): an external Neo4j server is configured, ` +
        'so no local server is started. Unset NEO4J_URI to run the local one.',
    );
    return;
  }

  const server = await startLocalNeo4j({ log: (line) => console.error(`[neo4j] ${line}`) });
  const passwordFile = relative(process.cwd(), server.passwordFile) || '.';
  console.log(
    [
      '',
      'Neo4j is running.',
      `  Bolt URI:  ${server.uri}`,
      `  User:      ${server.user}`,
      `  Password:  in ${passwordFile} (readable only by you)`,
      `  Data:      ${relative(PROJECT_ROOT, server.home)}`,
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping Neo4j…');
    server.stop().then(
      () => {
        console.log('Neo4j stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const code = await server.exited;
  if (!stopping) {
    console.error(`Neo4j exited unexpectedly (exit code ${code}); see ${server.home}/logs.`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
