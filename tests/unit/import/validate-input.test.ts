import { describe, expect, it } from 'vitest';
import type { InputSource, TableSource } from '../../../graph-import/read/raw-table';
import type { TableName } from '../../../graph-import/format/columns';
import { collectValid } from '../../../graph-import/read-dataset';
import { validateInput, type ExistingLookup } from '../../../graph-import/validate/validate-input';

/** A table held in memory, as the readers would stream it (line 1 is the header). */
function table(name: TableName, headers: string[], rows: string[][]): TableSource {
  return {
    table: name,
    file: `${name}.csv`,
    sheet: null,
    headers,
    async *rows() {
      for (const [i, cells] of rows.entries()) {
        yield {
          line: i + 2,
          cells: Object.fromEntries(headers.map((h, j) => [h, cells[j] ?? ''])),
        };
      }
    },
  };
}

const input = (tables: TableSource[]): InputSource => ({ source: 'test', tables, notes: [] });

/** The validation pass, then the valid rows read back as the load pass reads them. */
async function validateDataset(source: InputSource, lookup?: ExistingLookup) {
  const validation = await validateInput(source, lookup);
  return { ...validation, data: await collectValid(source, validation) };
}

const actors = table(
  'actors',
  ['id', 'kind', 'name'],
  [
    ['A', 'company', 'A社'],
    ['B', 'university', 'B大学'],
    ['A', 'company', 'A社 again'],
    ['C', 'nonsense', 'C'],
  ],
);

describe('validateInput', () => {
  it('keeps the first of duplicate ids and rejects the rest naming the first', async () => {
    const { data, rejected } = await validateDataset(input([actors]));
    expect(data.actors.map((a) => a.id)).toEqual(['A', 'B']);
    expect(rejected).toContainEqual(
      expect.objectContaining({
        file: 'actors.csv',
        line: 4,
        column: 'id',
        reason: expect.stringMatching(/duplicate actor id "A" \(first at actors.csv line 2\)/),
      }),
    );
  });

  it('rejects references to unknown actors and to actors whose own row was rejected', async () => {
    const ties = table(
      'ties',
      ['id', 'source', 'target', 'kind'],
      [
        ['T1', 'A', 'B', 'joint_research'],
        ['T2', 'A', 'Z', 'supply'],
        ['T3', 'C', 'B', 'supply'],
        ['T1', 'B', 'A', 'supply'],
      ],
    );
    const { data, rejected, rowsRead } = await validateDataset(input([actors, ties]));
    expect(data.ties.map((t) => t.id)).toEqual(['T1']);
    const tieRejections = rejected.filter((r) => r.table === 'ties');
    expect(tieRejections.map((r) => [r.line, r.column])).toEqual([
      [3, 'target'],
      [4, 'source'],
      [5, 'id'],
    ]);
    expect(tieRejections[0]!.reason).toMatch(/unknown actor "Z"/);
    expect(tieRejections[1]!.reason).toMatch(/actor "C" was rejected \(its row at line 5\)/);
    // Nothing silently dropped.
    expect(data.actors.length + data.ties.length + rejected.length).toBe(
      rowsRead.actors + rowsRead.ties,
    );
  });

  it('resolves references against the database when a lookup is given', async () => {
    const ties = table(
      'ties',
      ['source', 'target', 'kind'],
      [
        ['A', 'IN-DB', 'finance'],
        ['A', 'NOWHERE', 'finance'],
      ],
    );
    const lookup = async (_t: 'actors' | 'projects', ids: string[]) =>
      new Set(ids.filter((id) => id === 'IN-DB'));
    const { data, rejected } = await validateDataset(input([actors, ties]), lookup);
    expect(data.ties.map((t) => t.target)).toEqual(['IN-DB']);
    expect(rejected.find((r) => r.table === 'ties')!.reason).toMatch(
      /not in this input nor in the database/,
    );
  });

  it('rejects every row of a file whose header lacks a required column', async () => {
    const projects = table(
      'projects',
      ['id', 'name'],
      [
        ['P1', 'x'],
        ['P2', 'y'],
      ],
    );
    const { rejected } = await validateDataset(input([projects]));
    expect(rejected).toHaveLength(2);
    expect(rejected[0]!.reason).toMatch(/required column "programme" is missing/);
  });

  it('rejects a second participation of the same actor in the same project', async () => {
    const projects = table('projects', ['id', 'name', 'programme'], [['P', 'p', 'other']]);
    const parts = table(
      'participations',
      ['actor_id', 'project_id', 'role'],
      [
        ['A', 'P', 'lead'],
        ['A', 'P', 'member'],
        ['B', 'Q', 'member'],
      ],
    );
    const { data, rejected } = await validateDataset(input([actors, projects, parts]));
    expect(data.participations).toHaveLength(1);
    const reasons = rejected.filter((r) => r.table === 'participations').map((r) => r.reason);
    expect(reasons[0]).toMatch(/duplicate participation/);
    expect(reasons[1]).toMatch(/unknown project "Q"/);
  });

  it('notes unknown columns without rejecting rows', async () => {
    const t = table('actors', ['id', 'kind', 'name', 'colour'], [['A', 'tlo', 'x', 'red']]);
    const { data, notes } = await validateDataset(input([t]));
    expect(data.actors).toHaveLength(1);
    expect(notes[0]).toMatch(/ignored unknown column\(s\) colour/);
  });
});
