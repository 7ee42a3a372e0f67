// Write statements of the importer. Each runs once per batch inside one write transaction,
// so a batch is either fully written or not at all. Values arrive only as parameters.

// name: mergeActors
// Upsert by id. A new actor is CREATEd, an existing one updated: no MERGE, whose locks on the
// rows it finds would serialise concurrent batches (ids are unique within an import, so two
// batches never create the same actor; the uniqueness constraint refuses any other writer's).
// The kind label (:Company, :University, …) is set dynamically; on an existing actor any other
// kind label is removed, so a re-import that changes an actor's kind leaves one kind label.
UNWIND $rows AS row
OPTIONAL MATCH (existing:Actor {id: row.id})
CALL (row, existing) {
  WITH * WHERE existing IS NULL
  CREATE (a:Actor {id: row.id})
  SET a += row.props, a:$(row.label)
}
CALL (row, existing) {
  WITH * WHERE existing IS NOT NULL
  SET existing += row.props
  REMOVE existing:$(row.otherLabels)
  SET existing:$(row.label)
}
RETURN count(*) AS written;

// name: mergeProjects
UNWIND $rows AS row
MERGE (p:Project {id: row.id})
SET p += row.props
RETURN count(p) AS written;

// name: mergeParticipations
// One participation per (actor, project); its role and years are properties. Created when
// missing, updated when present (no MERGE lock on the project hubs, see mergeActors).
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
MATCH (p:Project {id: row.projectId})
OPTIONAL MATCH (a)-[existing:PARTICIPATES_IN]->(p)
CALL (row, a, p, existing) {
  WITH * WHERE existing IS NULL
  CREATE (a)-[r:PARTICIPATES_IN]->(p)
  SET r += row.props
}
CALL (row, existing) {
  WITH * WHERE existing IS NOT NULL
  SET existing += row.props
}
RETURN count(*) AS written;

// name: mergeTies
// Upsert by tie id. A tie whose id exists between the same actors is updated; one whose id
// exists between other actors (the input corrected an endpoint) is replaced, so an id never
// appears twice; a new one is CREATEd (no MERGE lock on both ends, which made concurrent
// batches deadlock on hub actors).
UNWIND $rows AS row
MATCH (s:Actor {id: row.source})
MATCH (t:Actor {id: row.target})
OPTIONAL MATCH (os)-[old:TIE {id: row.id}]->(ot)
CALL (row, s, t, old, os, ot) {
  WITH * WHERE old IS NULL OR os <> s OR ot <> t
  FOREACH (_ IN CASE WHEN old IS NULL THEN [] ELSE [1] END | DELETE old)
  CREATE (s)-[r:TIE {id: row.id}]->(t)
  SET r += row.props
}
CALL (row, s, t, old, os, ot) {
  WITH * WHERE old IS NOT NULL AND os = s AND ot = t
  SET old += row.props
}
RETURN count(*) AS written;

// name: createActors
// First import into a database without actors (see loadedCounts): every actor is new, so it is
// CREATEd without looking for an existing one. Ids are unique within an input (validation), and
// the uniqueness constraint refuses a concurrent writer's duplicate, failing the batch.
UNWIND $rows AS row
CREATE (a:Actor {id: row.id})
SET a += row.props, a:$(row.label)
RETURN count(*) AS written;

// name: createParticipations
// First import into a database without participations: each (actor, project) of the input is
// new (validation refuses a pair given twice).
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
MATCH (p:Project {id: row.projectId})
CREATE (a)-[r:PARTICIPATES_IN]->(p)
SET r += row.props
RETURN count(*) AS written;

// name: createTies
// First import into a database without ties: no tie id can exist yet, so there is no tie to
// update or move (mergeTies' OPTIONAL MATCH by id is skipped); the constraint on TIE.id still
// refuses a duplicate.
UNWIND $rows AS row
MATCH (s:Actor {id: row.source})
MATCH (t:Actor {id: row.target})
CREATE (s)-[r:TIE {id: row.id}]->(t)
SET r += row.props
RETURN count(*) AS written;

// name: loadedCounts
// What the database already holds, read from the count store when a run starts: a table with
// nothing loaded yet is written with the create* statements above.
CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
CALL () { MATCH (p:Project) RETURN count(p) AS projects }
CALL () { MATCH ()-[r:PARTICIPATES_IN]->() RETURN count(r) AS participations }
CALL () { MATCH ()-[r:TIE]->() RETURN count(r) AS ties }
RETURN actors, projects, participations, ties;

// name: existingActorIds
// Which of the given ids are already in the database (references from an input that does not
// carry the actors themselves).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN collect(a.id) AS ids;

// name: existingProjectIds
UNWIND $ids AS id
MATCH (p:Project {id: id})
RETURN collect(p.id) AS ids;

// name: markInterruptedRuns
// A run still `running` when a new one starts was killed or lost its database before it could
// record how it ended. (A run that is in fact still going overwrites this when it finishes.)
MATCH (r:ImportRun {status: 'running'})
SET r.status = 'interrupted', r.interruptedAt = datetime()
RETURN r.id AS id, r.source AS source, toString(r.startedAt) AS startedAt
ORDER BY startedAt;

// name: startImportRun
CREATE (r:ImportRun {id: $id, source: $source, startedAt: datetime(), status: 'running'})
RETURN r.id AS id;

// name: finishImportRun
MATCH (r:ImportRun {id: $id})
SET r.finishedAt = datetime(), r.status = $status, r.counts = $counts
RETURN r.id AS id;
