/**
 * The generated dataset → actors.csv, projects.csv, participations.csv and ties.csv in the
 * importer's format. Every row is marked synthetic=true with a note saying so; real names
 * (government bodies, flagship universities, AIST centres, the projects) say that only the
 * name is real.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TableName } from '../../graph-import/format/columns';
import { writeTableCsv, type Row } from '../table-csv';
import type { GenDataset } from './model';
import { FIRST_YEAR, LAST_YEAR } from './projects';

export interface WrittenFile {
  table: TableName;
  path: string;
  rows: number;
  bytes: number;
}

function* actorRows(data: GenDataset): Iterable<Row> {
  const invented = `synthetic (npm run generate, seed ${data.seed})`;
  const real = `real public body; its ties and memberships here are synthetic (npm run generate, seed ${data.seed})`;
  for (const a of data.actors) {
    yield {
      id: a.id,
      kind: a.kind,
      name: a.name,
      name_en: a.nameEn,
      prefecture: a.prefecture,
      bureau: a.bureau,
      subtype: a.subtype,
      size_class: a.sizeClass,
      spin_off: a.spinOff,
      fields: a.fields,
      synthetic: true,
      note: a.realName ? real : invented,
    };
  }
}

function* projectRows(data: GenDataset): Iterable<Row> {
  for (const { spec } of data.plan.projects) {
    yield {
      id: spec.id,
      name: spec.name,
      name_en: spec.nameEn,
      programme: 'industrial_cluster',
      region: spec.region,
      bureau: spec.bureau,
      start_year: FIRST_YEAR,
      end_year: LAST_YEAR,
      fields: spec.fields,
      synthetic: true,
      note: `real project (seed document 001); its members and ties here are synthetic (npm run generate, seed ${data.seed})`,
    };
  }
}

function* participationRows(data: GenDataset): Iterable<Row> {
  const note = `synthetic (seed ${data.seed})`;
  for (const p of data.participations) {
    yield {
      actor_id: data.actors[p.actor]!.id,
      project_id: data.plan.projects[p.project]!.spec.id,
      role: p.role,
      start_year: p.startYear,
      end_year: p.endYear,
      synthetic: true,
      note,
    };
  }
}

function* tieRows(data: GenDataset): Iterable<Row> {
  const note = `synthetic (seed ${data.seed})`;
  const digits = Math.max(7, String(data.ties.length).length);
  let n = 0;
  for (const t of data.ties) {
    yield {
      id: `T-${String(++n).padStart(digits, '0')}`,
      source: data.actors[t.source]!.id,
      target: data.actors[t.target]!.id,
      kind: t.kind,
      start_year: t.startYear,
      end_year: t.endYear,
      strength: t.strength,
      synthetic: true,
      note,
    };
  }
}

export function writeDataset(data: GenDataset, outDir: string): WrittenFile[] {
  mkdirSync(outDir, { recursive: true });
  const tables: [TableName, Iterable<Row>, number][] = [
    ['actors', actorRows(data), data.actors.length],
    ['projects', projectRows(data), data.plan.projects.length],
    ['participations', participationRows(data), data.participations.length],
    ['ties', tieRows(data), data.ties.length],
  ];
  return tables.map(([table, rows, count]) => {
    const path = join(outDir, `${table}.csv`);
    return { table, path, rows: count, bytes: writeTableCsv(path, table, rows) };
  });
}
