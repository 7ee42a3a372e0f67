/**
 * Where the time of `/api/graph` goes, one stage at a time on the same data: Neo4j and Bolt
 * (the named reads streamed with nothing done per record), the driver's record conversion
 * (`toObject`) and our row mapping, then building and serialising the graphology JSON against
 * encoding the compact frames. CPU time of this process and of the Neo4j JVM beside wall time.
 */
import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { statement } from '../../neo4j/cypher-files';
import { NETWORK_FETCH_SIZE, networkParams } from '../../neo4j/named-reads';
import { actorFromRow, buildNetwork, tieFromRow } from '../../src/model/build-network';
import { encodeNetwork } from '../../src/model/compact-encode';
import { frameLine } from '../../src/model/compact-format';

export interface Stage {
  stage: string;
  wallMs: number;
  nodeCpuMs: number;
  neo4jCpuMs: number | null;
}

const nodeCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function records(driver: Driver, name: string): Promise<Neo4jRecord[]> {
  const session = driver.session({ defaultAccessMode: 'READ', fetchSize: NETWORK_FETCH_SIZE });
  try {
    const result = await session.executeRead((tx) =>
      tx.run(statement('read', name), networkParams('all')),
    );
    return result.records;
  } finally {
    await session.close();
  }
}

export async function profileQuerySide(
  driver: Driver,
  neo4jCpuSeconds: () => number | null,
): Promise<Stage[]> {
  const stages: Stage[] = [];
  async function stage<T>(name: string, work: () => Promise<T> | T): Promise<T> {
    const jvm = neo4jCpuSeconds();
    const cpu = nodeCpu();
    const start = performance.now();
    const value = await work();
    const jvmAfter = neo4jCpuSeconds();
    stages.push({
      stage: name,
      wallMs: performance.now() - start,
      nodeCpuMs: nodeCpu() - cpu,
      neo4jCpuMs: jvm === null || jvmAfter === null ? null : (jvmAfter - jvm) * 1000,
    });
    return value;
  }
  await records(driver, 'networkTies'); // warm the page cache and the query plans
  const actors = await stage('Neo4j + Bolt: networkActors', () => records(driver, 'networkActors'));
  const ties = await stage('Neo4j + Bolt: networkTies', () => records(driver, 'networkTies'));
  const projects = await records(driver, 'networkProjects');
  const rows = await stage('driver toObject() of every record', () => ({
    actors: actors.map((r) => r.toObject()),
    ties: ties.map((r) => r.toObject()),
    projects: projects.map((r) => r.toObject()),
  }));
  await stage('rows → actors and ties (actorFromRow, tieFromRow)', () => {
    rows.actors.forEach(actorFromRow);
    rows.ties.forEach(tieFromRow);
  });
  const network = await stage('buildNetwork (mapping + sorting)', () =>
    buildNetwork('all', rows.actors, rows.ties, rows.projects),
  );
  await stage('JSON.stringify (graphology)', () => JSON.stringify(network).length);
  await stage(
    'compact frames (encode + stringify)',
    () => encodeNetwork(network).map(frameLine).join('').length,
  );
  return stages;
}
