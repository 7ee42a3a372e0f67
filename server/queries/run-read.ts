import type { Driver } from 'neo4j-driver';
import { statement } from '../../neo4j/cypher-files';
import { plainValues } from './values';

/**
 * Runs one named query from cypher/read.cypher in a read transaction. The only way the API
 * touches the database: names are fixed in code, values travel as parameters.
 */
export async function runRead(
  driver: Driver,
  name: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const cypher = statement('read', name);
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, params));
    return result.records.map((r) => plainValues(r.toObject()) as Record<string, unknown>);
  } finally {
    await session.close();
  }
}
