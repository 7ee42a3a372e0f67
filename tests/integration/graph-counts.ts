import type { Driver } from 'neo4j-driver';

/** Counts of everything the importer writes, for before/after comparisons. */
export async function graphCounts(driver: Driver) {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
     CALL () { MATCH (p:Project) RETURN count(p) AS projects }
     CALL () { MATCH ()-[r:PARTICIPATES_IN]->() RETURN count(r) AS participations }
     CALL () { MATCH ()-[t:TIE]->() RETURN count(t) AS ties }
     CALL () { MATCH (n) RETURN count(n) AS nodes }
     RETURN actors, projects, participations, ties, nodes`,
  );
  const r = records[0]!;
  const n = (k: string) => Number(r.get(k));
  return {
    actors: n('actors'),
    projects: n('projects'),
    participations: n('participations'),
    ties: n('ties'),
    nodes: n('nodes'),
  };
}

/** Every actor, project and relationship with its properties, in a stable order. */
export async function graphFingerprint(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery(
    `CALL () {
       MATCH (n) WHERE n:Actor OR n:Project
       RETURN 'node' AS what, n.id AS id, labels(n) AS labels, properties(n) AS props
       UNION ALL
       MATCH (a)-[r]->(b) WHERE a:Actor
       RETURN 'rel' AS what, a.id + '>' + b.id + ':' + type(r) + ':' + coalesce(r.id, '') AS id, [] AS labels, properties(r) AS props
     }
     RETURN what, id, labels, props ORDER BY what, id`,
  );
  return JSON.stringify(
    records.map((r) => {
      const labels = [...(r.get('labels') as string[])].sort();
      const props = r.get('props') as Record<string, unknown>;
      const sorted = Object.fromEntries(
        Object.keys(props)
          .sort()
          .map((k) => [k, String(props[k])]),
      );
      return [r.get('what'), r.get('id'), labels, sorted];
    }),
  );
}
