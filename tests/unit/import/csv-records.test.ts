import { describe, expect, it } from 'vitest';
import {
  CsvRecordReader,
  lenientReading,
  MAX_RECORD_LINES,
  type CsvEvent,
} from '../../../graph-import/read/csv-records';

function read(text: string): CsvEvent[] {
  const reader = new CsvRecordReader();
  const out: CsvEvent[] = [];
  text.split('\n').forEach((line, i) => out.push(...reader.push(line, i + 1)));
  out.push(...reader.end());
  return out;
}

const brief = (events: CsvEvent[]) =>
  events.map((e) =>
    e.kind === 'record' ? [e.line, e.cells, e.recovered] : [e.line, 'broken', e.cellIndex],
  );

describe('CsvRecordReader', () => {
  it('reads RFC 4180: quoted commas, doubled quotes, cells spanning lines, blank lines', () => {
    expect(brief(read('a,b,c\n1,"x, y","say ""hi"""\n\n2,"two\nlines",z'))).toEqual([
      [1, ['a', 'b', 'c'], false],
      [2, ['1', 'x, y', 'say "hi"'], false],
      [4, ['2', 'two\nlines', 'z'], false],
    ]);
  });

  it('keeps a stray quote inside an unquoted cell as text', () => {
    expect(brief(read('id,kind,name\nA1,company,株式会社"ABC"'))[1]).toEqual([
      2,
      ['A1', 'company', '株式会社"ABC"'],
      false,
    ]);
  });

  it('recovers a quoted cell with undoubled inner quotes when only one reading fits', () => {
    expect(brief(read('id,kind,name\nA1,company,"株式会社"ABC""\nA2,company,x'))).toEqual([
      [1, ['id', 'kind', 'name'], false],
      [2, ['A1', 'company', '株式会社"ABC"'], true],
      [3, ['A2', 'company', 'x'], false],
    ]);
  });

  it('rejects an unclosed quote at the line where it opens and reads on from the next line', () => {
    const events = read('id,kind,name\nA1,company,"open\nA2,company,x\nA3,company,y');
    expect(brief(events)).toEqual([
      [1, ['id', 'kind', 'name'], false],
      [2, 'broken', 2],
      [3, ['A2', 'company', 'x'], false],
      [4, ['A3', 'company', 'y'], false],
    ]);
    expect(events[1]).toMatchObject({
      reason: expect.stringMatching(/opened at line 2 is never closed before the end of the file/),
    });
  });

  it('rejects a quote that closes lines later on a row of the wrong shape, then rereads those lines', () => {
    const events = read('id,kind,name\nA1,company,"open\nA2,company,x"\nA3,company,"y"z');
    // Read to its closing quote the record would be A1 … x with 3 cells, which fits: RFC 4180
    // reading is kept when it fits the header.
    expect(brief(events).slice(1, 2)).toEqual([
      [2, ['A1', 'company', 'open\nA2,company,x'], false],
    ]);
    const bad = read('id,kind,name\nA1,company,"open\nA2,company,x",extra\nA3,company,y');
    expect(brief(bad)).toEqual([
      [1, ['id', 'kind', 'name'], false],
      [2, 'broken', 2],
      [3, ['A2', 'company', 'x"', 'extra'], false],
      [4, ['A3', 'company', 'y'], false],
    ]);
  });

  it('gives up on a quoted cell longer than the cap, so one bad quote cannot swallow a file', () => {
    const lines = [
      'a,b',
      '1,"open',
      ...Array.from({ length: MAX_RECORD_LINES + 5 }, (_, i) => `${i},x`),
    ];
    const events = read(lines.join('\n'));
    expect(events[1]).toMatchObject({ kind: 'broken', line: 2 });
    expect(events.filter((e) => e.kind === 'record')).toHaveLength(1 + MAX_RECORD_LINES + 5);
  });

  it('leaves rows with a wrong cell count to the caller (no quote involved)', () => {
    expect(brief(read('a,b,c\n1,2,3,\n1,2'))).toEqual([
      [1, ['a', 'b', 'c'], false],
      [2, ['1', '2', '3', ''], false],
      [3, ['1', '2'], false],
    ]);
  });
});

describe('lenientReading', () => {
  it('finds the one reading with the expected cell count', () => {
    expect(lenientReading('"a"b",c', 2)).toEqual(['a"b', 'c']);
    expect(lenientReading('x,"a" ,c', 3)).toEqual(['x', 'a', 'c']);
  });

  it('says when no reading or several readings fit', () => {
    expect(lenientReading('x,"open', 2)).toBe('none');
    // Two cells either as [a] [,"b] or as [a",] [b]: ambiguous.
    expect(lenientReading('"a",","b"', 2)).toBe('several');
    // Not ambiguous: [a] [b] is the only two-cell reading ([a","b] is one cell).
    expect(lenientReading('"a","b"', 2)).toEqual(['a', 'b']);
  });
});
