import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importDataset } from '../../graph-import/import-dataset';
import { corpusCases } from '../fixtures/import/corpus-cases';
import { resetDatabase, testDriver } from '../setup/neo4j-test-driver';
import { graphCounts } from './graph-counts';

const dir = mkdtempSync(join(tmpdir(), 'cne-corpus-'));
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

async function storedProperties(label: 'actors' | 'ties', id: string) {
  const query =
    label === 'actors'
      ? 'MATCH (n:Actor {id: $id}) RETURN properties(n) AS p'
      : 'MATCH ()-[n:TIE {id: $id}]->() RETURN properties(n) AS p';
  const { records } = await driver.executeQuery(query, { id });
  expect(records, `${label} ${id} is in the database`).toHaveLength(1);
  return records[0]!.get('p') as Record<string, unknown>;
}

describe('importer corpus, loaded into Neo4j', () => {
  for (const { name, folder, expected } of corpusCases()) {
    if (expected.error !== undefined) continue;
    it(`${name}: the valid rows and only they are loaded, as written`, async () => {
      const report = await importDataset(folder, { driver });
      expect(report.status).toBe('completed');
      expect(
        report.rejected.map(({ file, sheet, line, column, reason }) => ({
          file,
          sheet,
          line,
          column,
          reason,
        })),
      ).toEqual(expected.rejected);
      expect(report.loaded).toEqual(expected.valid);
      expect(await graphCounts(driver)).toMatchObject(expected.valid!);
      for (const table of ['actors', 'ties'] as const) {
        for (const [id, values] of Object.entries(expected.stored?.[table] ?? {})) {
          // Neo4j stores no nulls: an absent property is the expected null.
          const stored = await storedProperties(table, id);
          const picked = Object.fromEntries(Object.keys(values).map((k) => [k, stored[k] ?? null]));
          expect(picked).toEqual(values);
        }
      }
    });
  }

  it('refuses two files whose names differ only in case (built here: not portable in git)', async () => {
    const folder = join(dir, 'case');
    mkdirSync(folder);
    writeFileSync(join(folder, 'actors.csv'), 'id,kind,name\nA,company,a\n');
    writeFileSync(join(folder, 'Actors.csv'), 'id,kind,name\nB,company,b\n');
    await expect(importDataset(folder, { driver })).rejects.toThrow(
      /both "Actors.csv" and "actors.csv" are present; file names are matched case-insensitively/,
    );
    expect((await graphCounts(driver)).nodes).toBe(0);
  });

  it('loads a workbook whose error cells reject their rows, and keeps formula-looking text', async () => {
    const wb = new ExcelJS.Workbook();
    const actors = wb.addWorksheet('actors');
    actors.addRows([
      ['id', 'kind', 'name', 'prefecture'],
      ['X-1', 'company', '=HYPERLINK("http://example.com")', '群馬県'],
      ['X-2', 'company', { error: '#N/A' }, '群馬県'],
      ['X-3', 'company', '株式会社三', { formula: '1/0', result: { error: '#DIV/0!' } }],
      ['X-4', 'university', '<script>alert(1)</script>', '長野県'],
    ]);
    const path = join(dir, 'errors.xlsx');
    await wb.xlsx.writeFile(path);
    const report = await importDataset(path, { driver });
    expect(report.rejected.map((r) => [r.sheet, r.line, r.column])).toEqual([
      ['actors', 3, 'name'],
      ['actors', 4, 'prefecture'],
    ]);
    expect(await storedProperties('actors', 'X-1')).toMatchObject({
      name: '=HYPERLINK("http://example.com")',
    });
    expect(await storedProperties('actors', 'X-4')).toMatchObject({
      name: '<script>alert(1)</script>',
    });
    expect((await graphCounts(driver)).actors).toBe(2);
  });
});
