import type { Driver } from 'neo4j-driver';
import { VIEW_ACTOR_KINDS, VIEW_TIE_KINDS, type View } from '../../src/model/domain';
import type { SerializedNetwork } from '../../src/model/graph-format';
import { buildNetwork } from '../../src/model/build-network';
import { runRead } from './run-read';

/** The network of one view, read from Neo4j (used by the API and the analysis CLI). */
export async function fetchNetwork(driver: Driver, view: View): Promise<SerializedNetwork> {
  const params = { tieKinds: [...VIEW_TIE_KINDS[view]], actorKinds: [...VIEW_ACTOR_KINDS[view]] };
  const [actors, ties, projects] = await Promise.all([
    runRead(driver, 'networkActors', params),
    runRead(driver, 'networkTies', params),
    runRead(driver, 'networkProjects'),
  ]);
  return buildNetwork(view, actors, ties, projects);
}
