import type { Driver } from 'neo4j-driver';
import { statement } from '../../neo4j/cypher-files';
import type { ExistingLookup } from '../validate/validate-input';

/** References an input does not define may point at actors and projects already loaded. */
export function existingIdLookup(driver: Driver): ExistingLookup {
  return async (table, ids) => {
    if (ids.length === 0) return new Set();
    const name = table === 'actors' ? 'existingActorIds' : 'existingProjectIds';
    const result = await driver.executeQuery(
      statement('import', name),
      { ids },
      { routing: 'READ' },
    );
    return new Set((result.records[0]?.get('ids') as string[] | undefined) ?? []);
  };
}
