import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importDataset } from '../../graph-import/import-dataset';
import { applySchema } from '../../graph-import/load/apply-schema';
import { loadDataset, LoadError } from '../../graph-import/load/load-dataset';
import type { ValidDataset, TieRecord, ActorRecord } from '../../graph-import/validate/records';
import { resetDatabase, testDriver } from '../setup/neo4j-test-driver';
import { graphCounts, graphFingerprint } from './graph-counts';

const dir = mkdtempSync(join(tmpdir(), 'cne-load-'));
let driver: Driver;

beforeAll(() => {
  driver = testDriver();
});
beforeEach(async () => {
  await resetDatabase(driver);
});
afterAll(async () => {
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

function writeFolder(
  name: string,
  files: Record<string, string>,
  encode: (s: string) => Uint8Array = (s) => Buffer.from(s, 'utf8'),
) {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), encode(text));
  return folder;
}

describe('importing the demo', () => {
  it('loads every row with kind labels, sectors and tie directions', async () => {
    const report = await importDataset('data/demo', { driver });
    expect(report.status).toBe('completed');
    expect(report.rejected).toEqual([]);
    expect(report.loaded).toEqual(report.rowsRead);
    const counts = await graphCounts(driver);
    expect(counts).toMatchObject(report.loaded);
    const { records } = await driver.executeQuery(
      `MATCH (u:University) WITH count(u) AS universities
       MATCH (a:Actor {id: 'FIN-JFC'}) WITH universities, a
       MATCH ()-[l:TIE {kind: 'licensing'}]->() WITH universities, a, count(l) AS licences, min(toString(l.directed)) AS directed
       RETURN universities, a.sector AS sector, labels(a) AS labels, licences, directed`,
    );
    const r = records[0]!;
    expect(Number(r.get('universities'))).toBe(14);
    expect(r.get('sector')).toBe('finance');
    expect([...(r.get('labels') as string[])].sort()).toEqual(['Actor', 'FinancialInstitution']);
    expect(Number(r.get('licences'))).toBeGreaterThan(0);
    expect(r.get('directed')).toBe('true');
  });

  it('a re-run changes nothing: same counts, same properties', async () => {
    await importDataset('data/demo', { driver });
    const before = await graphFingerprint(driver);
    const again = await importDataset('data/demo', { driver, batchSize: 97 });
    expect(again.status).toBe('completed');
    expect(await graphFingerprint(driver)).toBe(before);
  });
});

describe('re-importing changed rows', () => {
  const actors = 'id,kind,name\nA,company,A社\nB,company,B社\nC,university,C大学\n';
  it('moves a tie whose endpoint changed instead of duplicating it', async () => {
    const v1 = writeFolder('v1', {
      'actors.csv': actors,
      'ties.csv': 'id,source,target,kind\nT,A,B,supply\n',
    });
    const v2 = writeFolder('v2', {
      'actors.csv': actors,
      'ties.csv': 'id,source,target,kind\nT,A,C,joint_research\n',
    });
    await importDataset(v1, { driver });
    await importDataset(v2, { driver });
    const { records } = await driver.executeQuery(
      `MATCH (s)-[t:TIE {id: 'T'}]->(e) RETURN s.id AS s, e.id AS e, t.kind AS kind`,
    );
    expect(records.map((r) => [r.get('s'), r.get('e'), r.get('kind')])).toEqual([
      ['A', 'C', 'joint_research'],
    ]);
  });

  it('keeps one kind label when an actor changes kind, and removes values no longer given', async () => {
    const v1 = writeFolder('k1', {
      'actors.csv': 'id,kind,name,name_en\nX,support_organisation,X,Ex\n',
    });
    const v2 = writeFolder('k2', { 'actors.csv': 'id,kind,name,name_en\nX,cluster_hub,X,\n' });
    await importDataset(v1, { driver });
    await importDataset(v2, { driver });
    const { records } = await driver.executeQuery(
      `MATCH (a:Actor {id: 'X'}) RETURN labels(a) AS labels, a.nameEn AS nameEn`,
    );
    expect([...(records[0]!.get('labels') as string[])].sort()).toEqual(['Actor', 'ClusterHub']);
    expect(records[0]!.get('nameEn')).toBeNull();
  });

  it('resolves references to actors already in the database', async () => {
    await importDataset(writeFolder('base', { 'actors.csv': actors }), { driver });
    const report = await importDataset(
      writeFolder('ties-only', {
        'ties.csv': 'source,target,kind\nA,C,joint_research\nA,Q,supply\n',
      }),
      { driver },
    );
    expect(report.loaded.ties).toBe(1);
    expect(report.rejected.map((r) => r.reason)).toEqual([
      expect.stringMatching(/unknown actor "Q" \(not in this input nor in the database\)/),
    ]);
  });
});

describe('other input forms', () => {
  it('reads Shift_JIS (CP932) CSV as Japanese Excel writes it', async () => {
    const folder = writeFolder(
      'sjis',
      { 'actors.csv': 'id,kind,name,prefecture\nＳ－１,company,株式会社①髙橋製作所,群馬県\n' },
      (s) => iconv.encode(s.replace(/\n/g, '\r\n'), 'cp932'),
    );
    const report = await importDataset(folder, { driver });
    expect(report.rejected).toEqual([]);
    expect(report.notes.join(' ')).toMatch(/actors.csv: read as CP932 \(Shift_JIS\) because/);
    const { records } = await driver.executeQuery(
      `MATCH (a:Actor {id: 'S-1'}) RETURN a.name AS name`,
    );
    expect(records[0]!.get('name')).toBe('株式会社①髙橋製作所');
  });

  it('reads an .xlsx workbook and reports bad rows by sheet and row number', async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('actors');
    a.addRows([
      ['id', 'kind', 'name'],
      ['W1', 'company', 'W1社'],
      ['W2', 'tlo', 'W2'],
      ['W3', 'unknown', 'W3'],
    ]);
    const t = wb.addWorksheet('ties');
    t.addRows([
      ['source', 'target', 'kind', 'start_year'],
      ['W2', 'W1', 'licensing', 2007],
      ['W1', 'W3', 'supply', 2007],
    ]);
    const path = join(dir, 'members.xlsx');
    await wb.xlsx.writeFile(path);
    const report = await importDataset(path, { driver });
    expect(report.loaded).toMatchObject({ actors: 2, ties: 1 });
    expect(report.rejected.map((r) => [r.file, r.sheet, r.line, r.column])).toEqual([
      ['members.xlsx', 'actors', 4, 'kind'],
      ['members.xlsx', 'ties', 3, 'target'],
    ]);
  });
});

describe('a failure in the middle of a load', () => {
  const actor = (id: string): ActorRecord => ({
    id,
    kind: 'company',
    name: id,
    nameEn: null,
    prefecture: null,
    bureau: null,
    subtype: null,
    sizeClass: null,
    sme: null,
    spinOff: null,
    fields: [],
    corporateNumber: null,
    synthetic: true,
    note: null,
  });
  const tie = (i: number, target: string): TieRecord => ({
    id: `T${i}`,
    source: 'A0',
    target,
    kind: 'supply',
    startYear: 2005,
    endYear: 2006,
    strength: 1,
    synthetic: true,
    note: null,
  });
  const dataset = (ties: TieRecord[]): ValidDataset => ({
    actors: Array.from({ length: 30 }, (_, i) => actor(`A${i}`)),
    projects: [],
    participations: [],
    ties,
  });

  it('leaves no half-written batch, records the failed run, and a re-run completes without duplicates', async () => {
    await applySchema(driver);
    // Batch 2 (ties 10–19) refers to an actor that vanished after validation.
    const broken = Array.from({ length: 29 }, (_, i) => tie(i, i === 15 ? 'GONE' : `A${i + 1}`));
    const failure = await loadDataset(driver, dataset(broken), {
      source: 'test',
      batchSize: 10,
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(LoadError);
    expect((failure as LoadError).loaded).toMatchObject({ actors: 30, ties: 10 });
    expect((await graphCounts(driver)).ties).toBe(10);
    const { records } = await driver.executeQuery(`MATCH (r:ImportRun) RETURN r.status AS status`);
    expect(records.map((r) => r.get('status'))).toEqual(['failed']);

    const fixed = Array.from({ length: 29 }, (_, i) => tie(i, `A${i + 1}`));
    await loadDataset(driver, dataset(fixed), { source: 'test', batchSize: 10 });
    expect(await graphCounts(driver)).toMatchObject({ actors: 30, ties: 29 });
  });
});
