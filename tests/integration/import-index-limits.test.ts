import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../graph-import/load/apply-schema';
import { indexedProperties, RANGE_INDEX_MAX_BYTES } from '../../graph-import/validate/index-limits';
import { loadCypher } from '../../neo4j/cypher-files';
import { resetDatabase, testDriver } from '../setup/neo4j-test-driver';

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await applySchema(driver);
});
afterAll(async () => {
  await resetDatabase(driver);
  await driver.close();
});

/** Writes one value into an indexed property and rolls back; says whether Neo4j took it. */
async function accepts(cypher: string, value: string): Promise<true | string> {
  const session = driver.session();
  const tx = session.beginTransaction();
  try {
    await tx.run(cypher, { v: value });
    return true;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await tx.rollback().catch(() => undefined);
    await session.close();
  }
}

// The importer's per-row check (validate/index-limits.ts) relies on this figure: pin it against
// the real server, for node and relationship indexes and for 1-, 3- and 4-byte characters.
describe("Neo4j's range index key limit", () => {
  const writes = {
    'node index (Actor.prefecture)': 'CREATE (:Actor {id: randomUUID(), prefecture: $v})',
    'node uniqueness constraint (Actor.id)': 'CREATE (:Actor {id: $v})',
    'relationship index (TIE.kind)': 'CREATE (:X)-[:TIE {id: randomUUID(), kind: $v}]->(:X)',
  };
  for (const [what, cypher] of Object.entries(writes)) {
    it(`${what}: ${RANGE_INDEX_MAX_BYTES} UTF-8 bytes are accepted, one more is refused`, async () => {
      expect(await accepts(cypher, 'a'.repeat(RANGE_INDEX_MAX_BYTES))).toBe(true);
      expect(await accepts(cypher, 'a'.repeat(RANGE_INDEX_MAX_BYTES + 1))).toMatch(
        /too large to index/,
      );
      // 2,721 × 3 bytes = 8,163 fits; 2,722 × 3 = 8,166 does not.
      expect(await accepts(cypher, 'あ'.repeat(2721))).toBe(true);
      expect(await accepts(cypher, 'あ'.repeat(2722))).toMatch(/too large to index/);
      expect(await accepts(cypher, '😀'.repeat(RANGE_INDEX_MAX_BYTES / 4))).toBe(true);
    });
  }

  it('every range-indexed property of the schema is known to the check', () => {
    const indexed = indexedProperties(loadCypher('schema')).map(
      (i) => `${i.target}.${i.properties.join('+')}`,
    );
    expect(indexed.sort()).toEqual(
      [
        'Actor.id',
        'Project.id',
        'TIE.id',
        'ImportRun.id',
        'Actor.kind',
        'Actor.prefecture',
        'Actor.bureau',
        'Actor.corporateNumber',
        'Project.programme',
        'TIE.kind',
        'TIE.startYear',
        'PARTICIPATES_IN.role',
      ].sort(),
    );
  });
});
