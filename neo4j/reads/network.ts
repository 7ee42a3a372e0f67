/** The network of one view, read from Neo4j with the named reads of cypher/read.cypher. */
import type { Driver } from 'neo4j-driver';
import { VIEW_ACTOR_KINDS, VIEW_TIE_KINDS, type View } from '../../src/model/domain';
import type { SerializedNetwork } from '../../src/model/graph-format';
import { buildNetwork } from '../../src/model/build-network';
import { runRead, streamRead, type ReadOptions, type Row } from './run-read';

export const networkParams = (view: View) => ({
  tieKinds: [...VIEW_TIE_KINDS[view]],
  actorKinds: [...VIEW_ACTOR_KINDS[view]],
});

/**
 * Records per Bolt PULL for the network reads: with the default 1,000, the 100,000 ties of a
 * national network took ~70 % longer (round trips); 10,000 rows are a few MB in flight.
 */
export const NETWORK_FETCH_SIZE = 10_000;

/** The whole network of a view as graphology JSON (the CLI and `?format=graphology`). */
export async function fetchNetwork(
  driver: Driver,
  view: View,
  options: ReadOptions = {},
): Promise<SerializedNetwork> {
  const params = networkParams(view);
  const read = { fetchSize: NETWORK_FETCH_SIZE, ...options };
  const collect = async (name: string) => {
    const rows: Row[] = [];
    await streamRead(driver, name, params, (row) => rows.push(row), read);
    return rows;
  };
  const [actors, ties, projects] = await Promise.all([
    collect('networkActors'),
    collect('networkTies'),
    runRead(driver, 'networkProjects', {}, options),
  ]);
  return buildNetwork(view, actors, ties, projects);
}

export interface NetworkRowSink {
  projects(rows: Row[]): void;
  /** Actor rows, in arrival order; called for every actor before any tie. */
  actor(row: Row): void;
  tie(row: Row): void;
}

/**
 * Streams the rows of a view to `sink`: projects, then every actor, then every tie. The three
 * reads run at once (Neo4j works on the ties while actors are being written); tie rows that
 * arrive before the actors are done wait in memory, so a tie always follows its actors.
 */
export async function streamNetworkRows(
  driver: Driver,
  view: View,
  sink: NetworkRowSink,
  options: ReadOptions = {},
): Promise<void> {
  const params = networkParams(view);
  const read = { fetchSize: NETWORK_FETCH_SIZE, ...options };
  let actorsDone = false;
  const waiting: Row[] = [];
  const projects = runRead(driver, 'networkProjects', {}, options);
  const actors = projects.then(async (rows) => {
    sink.projects(rows);
    await streamRead(driver, 'networkActors', params, (row) => sink.actor(row), read);
    actorsDone = true;
    for (const row of waiting.splice(0)) sink.tie(row);
  });
  const ties = streamRead(
    driver,
    'networkTies',
    params,
    (row) => (actorsDone ? sink.tie(row) : waiting.push(row)),
    read,
  );
  // Both must finish; the first failure is reported (the other read is abandoned by its caller).
  await Promise.all([actors, ties]);
}
