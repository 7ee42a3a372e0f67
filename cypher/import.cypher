// Write statements of the importer. Each runs once per batch inside one write transaction,
// so a batch is either fully written or not at all. Values arrive only as parameters.

// name: mergeActors
// Upsert by id. The kind label (:Company, :University, …) is set dynamically and any other
// kind label removed, so a re-import that changes an actor's kind leaves one kind label.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a += row.props
WITH a, row
REMOVE a:$(row.otherLabels)
SET a:$(row.label)
RETURN count(a) AS written;

// name: mergeProjects
UNWIND $rows AS row
MERGE (p:Project {id: row.id})
SET p += row.props
RETURN count(p) AS written;

// name: mergeParticipations
// One participation per (actor, project); its role and years are properties.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
MATCH (p:Project {id: row.projectId})
MERGE (a)-[r:PARTICIPATES_IN]->(p)
SET r += row.props
RETURN count(r) AS written;

// name: mergeTies
// Upsert by tie id. If the id already exists between other actors (the input corrected an
// endpoint), the old relationship is replaced, so an id never appears twice.
UNWIND $rows AS row
MATCH (s:Actor {id: row.source})
MATCH (t:Actor {id: row.target})
OPTIONAL MATCH (os)-[old:TIE {id: row.id}]->(ot)
FOREACH (_ IN CASE WHEN old IS NOT NULL AND (os <> s OR ot <> t) THEN [1] ELSE [] END |
  DELETE old)
MERGE (s)-[r:TIE {id: row.id}]->(t)
SET r += row.props
RETURN count(r) AS written;

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
