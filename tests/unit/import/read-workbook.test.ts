import { pbkdf2 } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../../graph-import/import-dataset';
import { readDataset } from '../../../graph-import/read-dataset';
import { openWorkbook } from '../../../graph-import/read/read-workbook';
import type { RawRow } from '../../../graph-import/read/raw-table';

const dir = mkdtempSync(join(tmpdir(), 'cne-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function save(wb: ExcelJS.Workbook, name: string) {
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('openWorkbook', () => {
  it('streams the named sheets with spreadsheet row numbers and cell types as text', async () => {
    const wb = new ExcelJS.Workbook();
    const ties = wb.addWorksheet('ties');
    ties.addRow(['source', 'target', 'kind', 'start_year', 'strength']);
    ties.addRow(['A-1', 'A-2', 'joint_research', 2005, { formula: '1+1', result: 2 }]);
    const actors = wb.addWorksheet('Actors');
    actors.addRow(['id', 'kind', 'name', 'corporate_number', 'synthetic']);
    actors.addRow([
      'A-1',
      'company',
      { richText: [{ text: '株式会社' }, { text: 'テスト' }] },
      7000012050002,
      true,
    ]);
    actors.addRow([]);
    actors.addRow(['A-2', 'university', '群馬大学', null, false]);
    const path = await save(wb, 'members.xlsx');

    const input = await openWorkbook(path);
    // Tables come in dependency order whatever the sheet order.
    expect(input.tables.map((t) => [t.table, t.sheet])).toEqual([
      ['actors', 'Actors'],
      ['ties', 'ties'],
    ]);
    const rows: RawRow[] = [];
    for await (const batch of input.tables[0]!.rows()) rows.push(...batch);
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(rows[0]!.cells).toMatchObject({
      name: '株式会社テスト',
      corporate_number: '7000012050002',
      synthetic: 'true',
    });

    const { data, rejected } = await readDataset(path);
    expect(rejected).toEqual([]);
    expect(data.ties[0]).toMatchObject({ strength: 2, startYear: 2005 });
  });

  it('rejects error cells and filled cells beyond the header', async () => {
    const wb = new ExcelJS.Workbook();
    const actors = wb.addWorksheet('actors');
    actors.addRow(['id', 'kind', 'name']);
    actors.addRow(['E1', 'company', { error: '#N/A' }]);
    actors.addRow(['E2', 'company', { formula: 'VLOOKUP(1,Z:Z,2,0)', result: { error: '#REF!' } }]);
    actors.addRow(['E3', 'company', 'x', 'stray']);
    actors.addRow(['OK', 'company', '=SUM(A1)']);
    const { rejected, data } = await readDataset(await save(wb, 'errors.xlsx'));
    expect(rejected.map((r) => [r.sheet, r.line, r.column, r.reason])).toEqual([
      [
        'actors',
        2,
        'name',
        'name: #N/A is an Excel error value (a failed formula or reference), not data',
      ],
      [
        'actors',
        3,
        'name',
        'name: a formula whose result is an Excel error (or was never calculated), not data',
      ],
      [
        'actors',
        4,
        '',
        "the row has 4 cells but the header has 3 columns (values beyond the header's last column)",
      ],
    ]);
    expect(data.actors.map((a) => a.name)).toEqual(['=SUM(A1)']);
  });

  it('refuses two sheets that name the same table', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('actors').addRow(['id', 'kind', 'name']);
    wb.addWorksheet('ＡＣＴＯＲＳ').addRow(['id', 'kind', 'name']);
    await expect(openWorkbook(await save(wb, 'twice.xlsx'))).rejects.toThrow(
      /sheets "actors" and "ＡＣＴＯＲＳ" both name the actors table/,
    );
  });
});

describe('sheets that are not tables', () => {
  it('are passed over with a note, and their rows are not read', async () => {
    const wb = new ExcelJS.Workbook();
    const notes = wb.addWorksheet('README');
    for (let i = 0; i < 50; i++) notes.addRow([`note ${i}`, 'この表は説明です']);
    wb.addWorksheet('actors').addRow(['id', 'kind', 'name']);
    wb.getWorksheet('actors')!.addRow(['A-1', 'company', '株式会社テスト']);
    wb.addWorksheet('summary').addRow(['total', 1]);
    const path = await save(wb, 'with-notes.xlsx');
    const input = await openWorkbook(path);
    expect(input.notes).toContain(
      'with-notes.xlsx: sheet "README" is not one of the tables, ignored',
    );
    const rows: RawRow[] = [];
    for await (const batch of input.tables[0]!.rows()) rows.push(...batch);
    expect(rows.map((r) => r.cells.name)).toEqual(['株式会社テスト']);
  });
});

describe('a file that is not a workbook', () => {
  it('is refused with a message that says so, whether garbage or cut short', async () => {
    const whole = await save(new ExcelJS.Workbook().addWorksheet('actors').workbook, 'w.xlsx');
    const cut = join(dir, 'cut.xlsx');
    writeFileSync(cut, readFileSync(whole).subarray(0, 200));
    const text = join(dir, 'text.xlsx');
    writeFileSync(text, 'id,kind,name\nA-1,company,x\n');
    for (const path of [cut, text]) {
      await expect(openWorkbook(path)).rejects.toThrow(
        /\.xlsx: cannot read workbook: not an \.xlsx file, or a damaged one/,
      );
    }
  });
});

describe('every part of the workbook', () => {
  it('is read on every pass while the thread pool is busy (40 passes)', async () => {
    // exceljs's own zip walk dropped the parts still buffered once the whole file had been
    // written into it. It lost the race while a sheet waited for a temporary file, so a busy
    // thread pool made it likely: 13 reads in 100 of this workbook failed with "reading
    // 'sheets'" (exceljs writes workbook.xml last), none with the central-directory reader.
    const wb = new ExcelJS.Workbook();
    for (const table of ['actors', 'projects', 'participations', 'ties']) {
      const sheet = wb.addWorksheet(table);
      for (let i = 0; i < 5; i++) sheet.addRow([table, `v${i}`, 'w']);
    }
    const path = await save(wb, 'four-tables.xlsx');
    const busy = () => new Promise((resolve) => pbkdf2('x', 'y', 20_000, 32, 'sha256', resolve));
    for (let pass = 0; pass < 40; pass++) {
      const hogs = Array.from({ length: 8 }, busy);
      const input = await openWorkbook(path);
      expect(input.tables.map((t) => t.sheet)).toEqual([
        'actors',
        'projects',
        'participations',
        'ties',
      ]);
      const rows: RawRow[] = [];
      for await (const batch of input.tables[3]!.rows()) rows.push(...batch);
      expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
      await Promise.all(hogs);
    }
  });
});

describe('a workbook as a cluster office sends it', () => {
  it('passes over a README and a summary sheet with a note and reports each error cell by sheet, row and column', async () => {
    const wb = new ExcelJS.Workbook();
    const readme = wb.addWorksheet('README');
    readme.addRow(['このファイルについて']);
    // A header-like row and an error cell on a sheet that is not a table change nothing.
    readme.addRow(['id', 'kind', 'name']);
    readme.addRow([{ error: '#N/A' }]);
    wb.addWorksheet('Actors').addRows([
      ['id', 'kind', 'name', 'prefecture', 'note'],
      ['X-1', 'company', '株式会社一', '群馬県', { formula: 'B2&"!"', result: 'company!' }],
      ['X-2', 'company', { error: '#N/A' }, '群馬県', null],
      ['X-3', 'company', '株式会社三', { formula: '1/0', result: { error: '#DIV/0!' } }, null],
      ['X-4', 'company', '株式会社四', '群馬県', { error: '#VALUE!' }],
      ['X-5', 'company', '#REF!', '群馬県', null],
      ['X-6', 'company', { formula: 'VLOOKUP(1,Z:Z,2,0)' }, '群馬県', null],
      ['X-7', 'company', '=HYPERLINK("http://example.com")', '群馬県', null],
    ]);
    wb.addWorksheet('集計').addRow(['total', { formula: 'COUNTA(Actors!A:A)-1', result: 7 }]);
    const path = await save(wb, 'members.xlsx');

    const report = await importDataset(path, { dryRun: true });
    const error = 'is an Excel error value (a failed formula or reference), not data';
    const noResult = 'a formula whose result is an Excel error (or was never calculated), not data';
    expect(
      report.rejected.map(({ file, sheet, line, column, reason }) => [
        file,
        sheet,
        line,
        column,
        reason,
      ]),
    ).toEqual([
      ['members.xlsx', 'Actors', 3, 'name', `name: #N/A ${error}`],
      ['members.xlsx', 'Actors', 4, 'prefecture', `prefecture: ${noResult}`],
      ['members.xlsx', 'Actors', 5, 'note', `note: #VALUE! ${error}`],
      ['members.xlsx', 'Actors', 6, 'name', `name: #REF! ${error}`],
      ['members.xlsx', 'Actors', 7, 'name', `name: ${noResult}`],
    ]);
    expect(report.rowsRead.actors).toBe(7);
    expect(report.valid.actors).toBe(2);
    expect(report.notes).toEqual(
      expect.arrayContaining([
        'members.xlsx: sheet "README" is not one of the tables, ignored',
        'members.xlsx: sheet "集計" is not one of the tables, ignored',
      ]),
    );
    const { data } = await readDataset(path);
    expect(data.actors.map((a) => [a.id, a.name, a.note ?? null])).toEqual([
      ['X-1', '株式会社一', 'company!'],
      ['X-7', '=HYPERLINK("http://example.com")', null],
    ]);
  });
});
