/**
 * Validated records → statement parameters. Record fields are the Neo4j properties
 * (format/columns.ts), so the stored properties are the record's `property` columns plus what
 * is derived here (an actor's sector and kind label, a tie's direction). Every stored property
 * is present (null when empty) so `SET x += props` also removes a value the input no longer
 * has: a re-import leaves exactly what the input says.
 */
import {
  ACTOR_KIND_LABEL,
  ACTOR_KINDS,
  DIRECTED_TIE_KINDS,
  SECTOR_OF_KIND,
} from '../../src/model/domain';
import {
  ACTORS,
  PARTICIPATIONS,
  PROJECTS,
  storedColumns,
  TIES,
  type TableName,
  type TableSpec,
} from '../format/columns';
import type { RecordOf } from '../validate/table-rules';

/** Copies a record's stored properties (a plain loop: this runs once per input row). */
function storedProperties(table: TableSpec) {
  const keys = storedColumns(table).map((c) => c.property);
  return (record: object) => {
    const source = record as Record<string, unknown>;
    const props: Record<string, unknown> = {};
    for (const key of keys) if (key in source) props[key] = source[key];
    return props;
  };
}

const actorProps = storedProperties(ACTORS);
const projectProps = storedProperties(PROJECTS);
const participationProps = storedProperties(PARTICIPATIONS);
const tieProps = storedProperties(TIES);

const KIND_LABELS = ACTOR_KINDS.map((k) => ACTOR_KIND_LABEL[k]);

export const TO_PARAMETERS: { [K in TableName]: (record: RecordOf[K]) => object } = {
  actors: (a) => {
    const label = ACTOR_KIND_LABEL[a.kind];
    return {
      id: a.id,
      label,
      otherLabels: KIND_LABELS.filter((l) => l !== label),
      props: { ...actorProps(a), sector: SECTOR_OF_KIND[a.kind] },
    };
  },
  projects: (p) => ({ id: p.id, props: projectProps(p) }),
  participations: (p) => ({
    actorId: p.actorId,
    projectId: p.projectId,
    props: participationProps(p),
  }),
  ties: (t) => ({
    id: t.id,
    source: t.source,
    target: t.target,
    props: { ...tieProps(t), directed: DIRECTED_TIE_KINDS.has(t.kind) },
  }),
};
