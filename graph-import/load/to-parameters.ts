import {
  ACTOR_KIND_LABEL,
  ACTOR_KINDS,
  DIRECTED_TIE_KINDS,
  SECTOR_OF_KIND,
} from '../../src/model/domain';
import type {
  ActorRecord,
  ParticipationRecord,
  ProjectRecord,
  TieRecord,
} from '../validate/records';

/**
 * Validated records → statement parameters. Every property is present (null when empty) so
 * `SET x += props` also removes a value the input no longer has: a re-import leaves exactly
 * what the input says.
 */

export function actorParameters(a: ActorRecord) {
  const label = ACTOR_KIND_LABEL[a.kind];
  return {
    id: a.id,
    label,
    otherLabels: ACTOR_KINDS.map((k) => ACTOR_KIND_LABEL[k]).filter((l) => l !== label),
    props: {
      kind: a.kind,
      sector: SECTOR_OF_KIND[a.kind],
      name: a.name,
      nameEn: a.nameEn,
      prefecture: a.prefecture,
      bureau: a.bureau,
      subtype: a.subtype,
      sizeClass: a.sizeClass,
      sme: a.sme,
      spinOff: a.spinOff,
      fields: a.fields,
      corporateNumber: a.corporateNumber,
      synthetic: a.synthetic,
      note: a.note,
    },
  };
}

export function projectParameters(p: ProjectRecord) {
  return {
    id: p.id,
    props: {
      name: p.name,
      nameEn: p.nameEn,
      programme: p.programme,
      region: p.region,
      bureau: p.bureau,
      startYear: p.startYear,
      endYear: p.endYear,
      fields: p.fields,
      synthetic: p.synthetic,
      note: p.note,
    },
  };
}

export function participationParameters(p: ParticipationRecord) {
  return {
    actorId: p.actorId,
    projectId: p.projectId,
    props: {
      role: p.role,
      startYear: p.startYear,
      endYear: p.endYear,
      synthetic: p.synthetic,
      note: p.note,
    },
  };
}

export function tieParameters(t: TieRecord) {
  return {
    id: t.id,
    source: t.source,
    target: t.target,
    props: {
      kind: t.kind,
      directed: DIRECTED_TIE_KINDS.has(t.kind),
      strength: t.strength,
      startYear: t.startYear,
      endYear: t.endYear,
      synthetic: t.synthetic,
      note: t.note,
    },
  };
}
