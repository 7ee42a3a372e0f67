// The baseline of the import benchmark (npm run bench -- import): a plain LOAD CSV script
// that loads the importer's four CSV files into a database with the importer's constraints
// and indexes (the benchmark applies cypher/schema.cypher first), 1,000 rows per transaction.
// It stores exactly what the importer stores, so the two databases can be compared:
// - sector derived from kind, sme from size_class, directed from the tie kind, and the kind
//   label beside :Actor, from the lists in src/model/domain.ts passed as parameters;
// - empty cells as absent properties, an empty `fields` as [];
// - years and strength as FLOAT: the importer sends JavaScript numbers, which the driver
//   sends as floats.
// It trusts its input (the generator writes clean, normalised values); validation is the
// importer's job. Parameters: $actors, $projects, $participations, $ties = file URLs;
// $sectorOfKind, $labelOfKind (maps by actor kind), $directedKinds (list of tie kinds).

// name: loadActors
LOAD CSV WITH HEADERS FROM $actors AS row
CALL (row) {
  MERGE (a:Actor {id: row.id})
  SET a.kind = row.kind,
      a.sector = $sectorOfKind[row.kind],
      a.name = row.name,
      a.nameEn = row.name_en,
      a.prefecture = row.prefecture,
      a.bureau = row.bureau,
      a.subtype = row.subtype,
      a.sizeClass = row.size_class,
      a.sme = CASE WHEN row.sme IS NOT NULL THEN toBoolean(row.sme)
                   WHEN row.size_class IS NULL THEN null
                   ELSE row.size_class <> 'large' END,
      a.spinOff = toBoolean(row.spin_off),
      a.fields = coalesce(split(row.fields, ';'), []),
      a.corporateNumber = row.corporate_number,
      a.synthetic = coalesce(toBoolean(row.synthetic), false),
      a.note = row.note
  SET a:$($labelOfKind[row.kind])
} IN TRANSACTIONS OF 1000 ROWS;

// name: loadProjects
LOAD CSV WITH HEADERS FROM $projects AS row
CALL (row) {
  MERGE (p:Project {id: row.id})
  SET p.name = row.name,
      p.nameEn = row.name_en,
      p.programme = row.programme,
      p.region = row.region,
      p.bureau = row.bureau,
      p.startYear = toFloat(row.start_year),
      p.endYear = toFloat(row.end_year),
      p.fields = coalesce(split(row.fields, ';'), []),
      p.synthetic = coalesce(toBoolean(row.synthetic), false),
      p.note = row.note
} IN TRANSACTIONS OF 1000 ROWS;

// name: loadParticipations
LOAD CSV WITH HEADERS FROM $participations AS row
CALL (row) {
  MATCH (a:Actor {id: row.actor_id})
  MATCH (p:Project {id: row.project_id})
  MERGE (a)-[r:PARTICIPATES_IN]->(p)
  SET r.role = coalesce(row.role, 'member'),
      r.startYear = toFloat(row.start_year),
      r.endYear = toFloat(row.end_year),
      r.synthetic = coalesce(toBoolean(row.synthetic), false),
      r.note = row.note
} IN TRANSACTIONS OF 1000 ROWS;

// name: loadTies
LOAD CSV WITH HEADERS FROM $ties AS row
CALL (row) {
  MATCH (s:Actor {id: row.source})
  MATCH (t:Actor {id: row.target})
  MERGE (s)-[r:TIE {id: row.id}]->(t)
  SET r.kind = row.kind,
      r.directed = row.kind IN $directedKinds,
      r.strength = toFloat(coalesce(row.strength, '1')),
      r.startYear = toFloat(row.start_year),
      r.endYear = toFloat(row.end_year),
      r.synthetic = coalesce(toBoolean(row.synthetic), false),
      r.note = row.note
} IN TRANSACTIONS OF 1000 ROWS;
