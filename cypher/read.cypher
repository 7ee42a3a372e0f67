// Named read-only queries behind the API. The browser names a query; it never sends Cypher.

// name: actorCount
MATCH (a:Actor)
RETURN count(a) AS actors;

// name: summaryActorsByKind
MATCH (a:Actor)
RETURN a.kind AS kind, count(*) AS count
ORDER BY kind;

// name: summaryTiesByKind
MATCH ()-[t:TIE]->()
RETURN t.kind AS kind, count(*) AS count
ORDER BY kind;

// name: summaryProjectsByProgramme
MATCH (p:Project)
RETURN p.programme AS programme, count(*) AS count
ORDER BY programme;

// name: summaryTotals
CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
CALL () { MATCH (p:Project) RETURN count(p) AS projects }
CALL () { MATCH ()-[t:TIE]->() RETURN count(t) AS ties }
CALL () { MATCH ()-[r:PARTICIPATES_IN]->() RETURN count(r) AS participations }
CALL () { MATCH (a:Actor) WHERE a.synthetic RETURN count(a) AS syntheticActors }
CALL () { MATCH ()-[t:TIE]->() WHERE t.synthetic RETURN count(t) AS syntheticTies }
RETURN actors, projects, ties, participations, syntheticActors, syntheticTies;

// name: lastImportRun
MATCH (r:ImportRun)
RETURN r.id AS id, r.source AS source, toString(r.startedAt) AS startedAt,
       toString(r.finishedAt) AS finishedAt, r.status AS status
ORDER BY r.startedAt DESC
LIMIT 1;

// name: networkTies
// The ties of a view: every tie whose kind is in $tieKinds, with both ends' ids.
MATCH (s:Actor)-[t:TIE]->(e:Actor)
WHERE t.kind IN $tieKinds
RETURN t.id AS id, s.id AS source, e.id AS target, t.kind AS kind, t.directed AS directed,
       t.strength AS strength, t.startYear AS startYear, t.endYear AS endYear,
       t.synthetic AS synthetic;

// name: networkActors
// The actors of a view: those touching a tie of the view, plus every actor of the view's
// kinds even when isolated (isolated members are what a cluster manager looks for).
MATCH (a:Actor)
WHERE a.kind IN $actorKinds
   OR EXISTS { (a)-[t:TIE]-() WHERE t.kind IN $tieKinds }
OPTIONAL MATCH (a)-[r:PARTICIPATES_IN]->(p:Project)
WITH a, collect(CASE WHEN p IS NULL THEN NULL ELSE {project: p.id, role: r.role, programme: p.programme} END) AS parts
RETURN a.id AS id, a.kind AS kind, a.sector AS sector, a.name AS name, a.nameEn AS nameEn,
       a.prefecture AS prefecture, a.bureau AS bureau, a.subtype AS subtype,
       a.sizeClass AS sizeClass, a.sme AS sme, a.spinOff AS spinOff,
       coalesce(a.fields, []) AS fields, a.corporateNumber AS corporateNumber,
       coalesce(a.synthetic, false) AS synthetic, parts AS participations;

// name: networkProjects
MATCH (p:Project)
RETURN p.id AS id, p.name AS name, p.nameEn AS nameEn, p.programme AS programme,
       p.region AS region, p.startYear AS startYear, p.endYear AS endYear,
       coalesce(p.synthetic, false) AS synthetic
ORDER BY id;

// name: ping
// Proves the database answers (health check, and before long reads).
RETURN 1 AS ok;
