/**
 * What a loaded database holds, to check that the LOAD CSV baseline and our importer
 * produced the same one: nodes by label and relationships by type (the importer's
 * :ImportRun bookkeeping left out), a few property checksums, the types each property is
 * stored as, and a SHA-256 over every actor, project and relationship with all its
 * properties (values as text, so 2005 and 2005.0 hash alike; the types are compared apart).
 */
import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';

export interface DatabaseSummary {
  nodesByLabel: Record<string, number>;
  relationshipsByType: Record<string, number>;
  checksums: Record<string, number>;
  /** "Label.property" / "TYPE.property" → the Cypher value types stored. */
  propertyTypes: Record<string, string[]>;
  contentHash: string;
}

const plain = (v: unknown): unknown => {
  if (neo4j.isInt(v)) return v.toNumber();
  if (Array.isArray(v)) return v.map(plain);
  return v;
};

async function rows(driver: Driver, cypher: string): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(cypher, {}, { routing: 'READ' });
  return records.map((r) => Object.fromEntries(r.keys.map((k) => [k, plain(r.get(k))])));
}

/** A canonical text of one record: sorted labels and properties, values as text. */
function canonical(id: string, labels: string[], props: Record<string, unknown>): string {
  const sorted = Object.keys(props)
    .sort()
    .map((k) => [k, String(plain(props[k]))]);
  return JSON.stringify([id, [...labels].sort(), sorted]);
}

async function contentHash(driver: Driver): Promise<string> {
  const hash = createHash('sha256');
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const queries = [
      `MATCH (n) WHERE n:Actor OR n:Project
       RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id`,
      `MATCH (a:Actor)-[r]->(b)
       RETURN a.id + '>' + b.id + ':' + type(r) + ':' + coalesce(r.id, '') AS id,
              [] AS labels, properties(r) AS props ORDER BY id`,
    ];
    for (const query of queries) {
      // Streamed record by record: the national data is ~130,000 records.
      for await (const record of session.run(query)) {
        hash.update(
          canonical(
            record.get('id') as string,
            record.get('labels') as string[],
            record.get('props') as Record<string, unknown>,
          ),
        );
        hash.update('\n');
      }
    }
  } finally {
    await session.close();
  }
  return hash.digest('hex');
}

export async function summariseDatabase(driver: Driver): Promise<DatabaseSummary> {
  const nodesByLabel: Record<string, number> = {};
  for (const r of await rows(
    driver,
    `MATCH (n) WHERE NOT n:ImportRun UNWIND labels(n) AS label
     RETURN label, count(*) AS n ORDER BY label`,
  )) {
    nodesByLabel[r.label as string] = r.n as number;
  }
  const relationshipsByType: Record<string, number> = {};
  for (const r of await rows(
    driver,
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type',
  )) {
    relationshipsByType[r.type as string] = r.n as number;
  }
  const [checks] = await rows(
    driver,
    `CALL () { MATCH ()-[t:TIE]->()
               RETURN sum(t.strength) AS tieStrength, sum(t.startYear) AS tieStartYears,
                      sum(t.endYear) AS tieEndYears, count(CASE WHEN t.directed THEN 1 END) AS directedTies }
     CALL () { MATCH (a:Actor)
               RETURN sum(size(a.fields)) AS actorFields, count(CASE WHEN a.sme THEN 1 END) AS smes,
                      count(CASE WHEN a.spinOff THEN 1 END) AS spinOffs,
                      count(CASE WHEN a.synthetic THEN 1 END) AS syntheticActors }
     CALL () { MATCH ()-[p:PARTICIPATES_IN]->()
               RETURN sum(p.startYear) AS participationStartYears,
                      count(CASE WHEN p.role = 'member' THEN 1 END) AS members }
     RETURN *`,
  );
  const propertyTypes: Record<string, string[]> = {};
  for (const [what, match] of [
    ['Actor', 'MATCH (x:Actor)'],
    ['Project', 'MATCH (x:Project)'],
    ['PARTICIPATES_IN', 'MATCH ()-[x:PARTICIPATES_IN]->()'],
    ['TIE', 'MATCH ()-[x:TIE]->()'],
  ] as const) {
    for (const r of await rows(
      driver,
      `${match} UNWIND keys(x) AS key
       WITH key, valueType(x[key]) AS type
       RETURN key, collect(DISTINCT type) AS types ORDER BY key`,
    )) {
      propertyTypes[`${what}.${r.key as string}`] = [...(r.types as string[])].sort();
    }
  }
  return {
    nodesByLabel,
    relationshipsByType,
    checksums: Object.fromEntries(
      Object.entries(checks ?? {}).map(([k, v]) => [k, Number(v)]),
    ) as Record<string, number>,
    propertyTypes,
    contentHash: await contentHash(driver),
  };
}

export interface Comparison {
  same: boolean;
  sameContent: boolean;
  sameTypes: boolean;
  differences: string[];
}

/** Compares two summaries and names every difference. */
export function compareSummaries(a: DatabaseSummary, b: DatabaseSummary): Comparison {
  const differences: string[] = [];
  const compare = (what: string, x: Record<string, unknown>, y: Record<string, unknown>) => {
    for (const key of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
      const [vx, vy] = [JSON.stringify(x[key] ?? null), JSON.stringify(y[key] ?? null)];
      if (vx !== vy) differences.push(`${what} ${key}: ${vx} vs ${vy}`);
    }
  };
  compare('nodes', a.nodesByLabel, b.nodesByLabel);
  compare('relationships', a.relationshipsByType, b.relationshipsByType);
  compare('checksum', a.checksums, b.checksums);
  const before = differences.length;
  compare('types', a.propertyTypes, b.propertyTypes);
  const sameTypes = differences.length === before;
  const sameContent = a.contentHash === b.contentHash;
  if (!sameContent) differences.push(`content hash: ${a.contentHash} vs ${b.contentHash}`);
  return { same: differences.length === 0, sameContent, sameTypes, differences };
}
