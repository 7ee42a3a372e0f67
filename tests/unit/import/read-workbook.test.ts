import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../graph-import/read/read-workbook';
import { validateDataset } from '../../../graph-import/validate/validate-dataset';

const dir = mkdtempSync(join(tmpdir(), 'cne-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readWorkbook', () => {
  it('reads the named sheets with spreadsheet row numbers and cell types as text', async () => {
    const wb = new ExcelJS.Workbook();
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
    const ties = wb.addWorksheet('ties');
    ties.addRow(['source', 'target', 'kind', 'start_year', 'strength']);
    ties.addRow(['A-1', 'A-2', 'joint_research', 2005, { formula: '1+1', result: 2 }]);
    const path = join(dir, 'members.xlsx');
    await wb.xlsx.writeFile(path);

    const input = await readWorkbook(path);
    const sheet = input.tables.find((t) => t.table === 'actors')!;
    expect(sheet.sheet).toBe('Actors');
    expect(sheet.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(sheet.rows[0]!.cells).toMatchObject({
      name: '株式会社テスト',
      corporate_number: '7000012050002',
      synthetic: 'true',
    });

    const { data, rejected } = await validateDataset(input);
    expect(rejected).toEqual([]);
    expect(data.ties[0]).toMatchObject({ strength: 2, startYear: 2005 });
  });
});
