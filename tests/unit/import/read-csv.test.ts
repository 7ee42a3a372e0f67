import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, type RawRow } from '../../../graph-import/read/raw-table';
import { openCsvTable } from '../../../graph-import/read/read-csv';
import { textLines } from '../../../graph-import/read/text-lines';

const dir = mkdtempSync(join(tmpdir(), 'cne-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(text: string | Buffer) {
  const path = join(dir, `${Math.random()}.csv`);
  writeFileSync(path, text);
  const { source, notes } = await openCsvTable(path, 'actors', 'auto');
  const rows: RawRow[] = [];
  for await (const row of source.rows()) rows.push(row);
  return { headers: source.headers, rows, notes };
}

async function lines(chunks: string[]) {
  const out: string[] = [];
  for await (const line of textLines(
    (async function* () {
      yield* chunks;
    })(),
  ))
    out.push(line);
  return out;
}

describe('textLines', () => {
  it('ends lines at LF, CRLF and a lone CR, also when a CRLF is split between chunks', async () => {
    expect(await lines(['a\r', '\nb\rc\n', '\n', 'd'])).toEqual(['a', 'b', 'c', '', 'd']);
    expect(await lines(['a\n\r', '\nb\r\n'])).toEqual(['a', '', 'b']);
  });
});

describe('openCsvTable', () => {
  it('gives each row the line it starts on, as an editor shows it', async () => {
    const { headers, rows } = await open('ID,Name_EN\n1,"two\nlines"\n\n2,b\n3,c');
    expect(headers).toEqual(['id', 'name_en']);
    expect(rows.map((r) => [r.line, r.cells.id])).toEqual([
      [2, '1'],
      [5, '2'],
      [6, '3'],
    ]);
    expect(rows[0]!.cells.name_en).toBe('two\nlines');
  });

  it('handles CRLF and lone CR line ends', async () => {
    expect((await open('id,name\r\n1,a\r\n2,"b\r\nc"\r\n3,d\r\n')).rows.map((r) => r.line)).toEqual(
      [2, 3, 5],
    );
    expect((await open('id,name\r1,a\r2,b\r')).rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('flags rows whose cell count differs from the header, with both counts', async () => {
    const { rows } = await open('id,name\n1,a,\n2\n3,c\n');
    expect(rows.map((r) => [r.line, r.problems?.[0]?.reason.slice(0, 43) ?? null])).toEqual([
      [2, 'the row has 3 cells but the header has 2 co'],
      [3, 'the row has 1 cells but the header has 2 co'],
      [4, null],
    ]);
  });

  it('skips rows that are all empty, as Excel leaves them', async () => {
    expect((await open('id,name\n1,a\n,\n\n2,b\n')).rows.map((r) => r.line)).toEqual([2, 5]);
  });

  it('flags cells holding undecodable bytes, by column', async () => {
    const bytes = Buffer.from('id,name,note\n1,群馬大学,x\n2,東京大学,y\n');
    bytes[bytes.lastIndexOf(Buffer.from('京'))] = 0xff;
    const { rows, notes } = await open(bytes);
    expect(rows[0]!.problems).toBeUndefined();
    expect(rows[1]!.problems).toEqual([
      {
        column: 'name',
        reason: expect.stringMatching(/^bytes that do not decode as UTF-8, shown as/),
      },
    ]);
    expect(notes[0]).toMatch(/read as UTF-8 because 87.5% .* 1 undecodable byte sequence/);
  });

  it('normalises full-width header names', async () => {
    expect((await open('ｉｄ,Ｎａｍｅ\n')).headers).toEqual(['id', 'name']);
  });

  it('refuses a header naming a column twice (after normalisation)', async () => {
    await expect(open('id,name,kind,ＮＡＭＥ\n')).rejects.toThrow(
      /header has column "name" twice \(columns B "name" and D "ＮＡＭＥ"\)/,
    );
    // An unknown column named twice is ignored like any unknown column.
    expect((await open('id,colour,name,colour\n')).headers).toEqual([
      'id',
      'colour',
      'name',
      'colour',
    ]);
  });

  it('refuses a header it cannot read', async () => {
    await expect(open('id,"name\n1,a\n')).rejects.toThrow(InputError);
  });
});
