// The graph model. Every statement is idempotent (IF NOT EXISTS): the importer and the
// server apply this file on every start.
//
// (:Actor:<KindLabel> {id, kind, sector, name, nameEn, prefecture, bureau, subtype,
//                      sizeClass, sme, spinOff, fields, corporateNumber, synthetic, note})
// (:Project {id, name, nameEn, programme, region, bureau, startYear, endYear, fields, synthetic, note})
// (:Actor)-[:PARTICIPATES_IN {role, startYear, endYear, synthetic, note}]->(:Project)
// (:Actor)-[:TIE {id, kind, directed, strength, startYear, endYear, synthetic, note}]->(:Actor)
// (:ImportRun {id, source, startedAt, finishedAt, status, counts})

// name: actorId
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;

// name: projectId
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (p:Project) REQUIRE p.id IS UNIQUE;

// name: tieId
// Tie ids are unique across all tie kinds; the constraint's index also serves MERGE by id.
CREATE CONSTRAINT tie_id IF NOT EXISTS FOR ()-[t:TIE]-() REQUIRE t.id IS UNIQUE;

// name: importRunId
CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (r:ImportRun) REQUIRE r.id IS UNIQUE;

// name: actorKind
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);

// name: actorPrefecture
CREATE INDEX actor_prefecture IF NOT EXISTS FOR (a:Actor) ON (a.prefecture);

// name: actorBureau
CREATE INDEX actor_bureau IF NOT EXISTS FOR (a:Actor) ON (a.bureau);

// name: actorCorporateNumber
CREATE INDEX actor_corporate_number IF NOT EXISTS FOR (a:Actor) ON (a.corporateNumber);

// name: actorNames
// Full-text search over Japanese and English names for Bolt clients and future server-side search.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.nameEn];

// name: projectProgramme
CREATE INDEX project_programme IF NOT EXISTS FOR (p:Project) ON (p.programme);

// name: tieKind
CREATE INDEX tie_kind IF NOT EXISTS FOR ()-[t:TIE]-() ON (t.kind);

// name: tieStartYear
CREATE INDEX tie_start_year IF NOT EXISTS FOR ()-[t:TIE]-() ON (t.startYear);

// name: participationRole
CREATE INDEX participation_role IF NOT EXISTS FOR ()-[p:PARTICIPATES_IN]-() ON (p.role);
