/**
 * Every query the API and the analysis CLI run is a named read in a read transaction with a
 * timeout: a recorder around a real driver sees how each session and transaction is opened,
 * and the real Neo4j shows that such a transaction cannot write.
 */
import type { Driver, Session, SessionConfig } from 'neo4j-driver';

type TransactionConfig = Parameters<Session['beginTransaction']>[0];
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCypher } from '../../neo4j/cypher-files';
import { fetchNetwork, fetchSummary, ping, READ_TIMEOUT_MS } from '../../neo4j/named-reads';
import { testDriver } from '../setup/neo4j-test-driver';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

interface Opened {
  access: SessionConfig['defaultAccessMode'];
  timeouts: (number | undefined)[];
}

/** The real driver, with each session's access mode and each transaction's timeout noted. */
function recording(real: Driver): { driver: Driver; opened: Opened[] } {
  const opened: Opened[] = [];
  const session = (config?: SessionConfig): Session => {
    const s = real.session(config);
    const entry: Opened = { access: config?.defaultAccessMode, timeouts: [] };
    opened.push(entry);
    const begin = s.beginTransaction.bind(s);
    s.beginTransaction = (tx?: TransactionConfig) => {
      entry.timeouts.push(tx?.timeout === undefined ? undefined : Number(tx.timeout));
      return begin(tx);
    };
    for (const method of ['run', 'executeWrite', 'writeTransaction'] as const) {
      (s as unknown as Record<string, unknown>)[method] = () => {
        throw new Error(`a named read used session.${method}`);
      };
    }
    return s;
  };
  return {
    driver: new Proxy(real, { get: (t, p) => (p === 'session' ? session : Reflect.get(t, p)) }),
    opened,
  };
}

describe('named reads', () => {
  it('every API read opens a READ session and a transaction with a timeout', async () => {
    const { driver: recorded, opened } = recording(driver);
    await ping(recorded);
    await fetchSummary(recorded);
    for (const view of ['industrial', 'knowledge', 'all'] as const)
      await fetchNetwork(recorded, view);
    expect(opened.length).toBeGreaterThan(5);
    for (const entry of opened) {
      expect(entry.access).toBe('READ');
      expect(entry.timeouts).toHaveLength(1);
      expect(entry.timeouts[0]).toBeGreaterThan(0);
      expect(entry.timeouts[0]).toBeLessThanOrEqual(READ_TIMEOUT_MS);
    }
  });

  it('the statements of cypher/read.cypher hold no write clause', () => {
    const writes =
      /\b(CREATE|MERGE|SET|DELETE|REMOVE|DROP|LOAD\s+CSV|FOREACH)\b|\bCALL\s+(dbms|apoc|db\.create)/i;
    for (const [name, text] of Object.entries(loadCypher('read'))) {
      expect(text, name).not.toMatch(writes);
    }
  });

  it('Neo4j refuses a write in the kind of transaction the reads open', async () => {
    const session = driver.session({ defaultAccessMode: 'READ' });
    try {
      const tx = await session.beginTransaction({ timeout: READ_TIMEOUT_MS });
      await expect(tx.run('CREATE (:ShouldNotExist)')).rejects.toThrow(/read/i);
    } finally {
      await session.close();
    }
    const { records } = await driver.executeQuery('MATCH (n:ShouldNotExist) RETURN count(n) AS n');
    expect(Number(records[0]!.get('n'))).toBe(0);
  });
});
