import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../graph-import/read/read-csv';
import { InputError } from '../../../graph-import/read/raw-table';

describe('parseCsv', () => {
  it('gives each record the line it starts on, as an editor shows it', () => {
    const csv = 'ID,Name_EN\n1,"two\nlines"\n\n2,b\n3,c';
    const { headers, rows } = parseCsv(csv, 'x.csv');
    expect(headers).toEqual(['id', 'name_en']);
    expect(rows.map((r) => [r.line, r.cells.id])).toEqual([
      [2, '1'],
      [5, '2'],
      [6, '3'],
    ]);
    expect(rows[0]!.cells.name_en).toBe('two\nlines');
  });

  it('handles CRLF line ends', () => {
    const { rows } = parseCsv('id,name\r\n1,a\r\n2,"b\r\nc"\r\n3,d\r\n', 'x.csv');
    expect(rows.map((r) => r.line)).toEqual([2, 3, 5]);
  });

  it('flags rows with more cells than the header and fills missing cells', () => {
    const { rows } = parseCsv('id,name\n1,a,extra\n2\n', 'x.csv');
    expect(rows[0]!.shapeError).toMatch(/3 cells but the header has 2/);
    expect(rows[1]!.cells).toEqual({ id: '2', name: '' });
    expect(rows[1]!.shapeError).toBeUndefined();
  });

  it('normalises full-width header names', () => {
    expect(parseCsv('ｉｄ,Ｎａｍｅ\n', 'x.csv').headers).toEqual(['id', 'name']);
  });

  it('reports an unterminated quote as an input error', () => {
    expect(() => parseCsv('id,name\n1,"open\n', 'bad.csv')).toThrow(InputError);
  });
});
