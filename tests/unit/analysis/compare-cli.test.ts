/** `npm run compare`: inputs, windows, groups, formats and bad options. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/compare';
import { filterByYears } from '../../../src/model/year-window';
import { periods } from './compare-fixture';
import { runCli } from '../run-cli';

const dir = mkdtempSync(join(tmpdir(), 'compare-cli-'));
const bad = 'tests/fixtures/import/bad';

const run = (argv: string[]) => runCli(main, argv);

// The hand-made network of compare.test.ts, with names that must stay text.
const hostile = {
  ...periods,
  nodes: periods.nodes.map((n) =>
    n.key === 'c2'
      ? { ...n, attributes: { ...n.attributes, name: '<script>alert(1)</script> | *x*' } }
      : n.key === 'late'
        ? { ...n, attributes: { ...n.attributes, name: '=HYPERLINK("http://x")' } }
        : n,
  ),
};
const whole = join(dir, 'whole.json');
writeFileSync(whole, JSON.stringify(hostile));
const early = join(dir, 'early.json');
writeFileSync(early, JSON.stringify(filterByYears(hostile, { from: 2001, to: 2005 })));
const lateFile = join(dir, 'late.json');
writeFileSync(lateFile, JSON.stringify(filterByYears(hostile, { from: 2006, to: 2010 })));

describe('compare CLI', () => {
  it('two windows of one input: the documented JSON', async () => {
    const r = await run([whole, '--years', '2001-2005', '--years', '2006-2010']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    for (const key of ['a', 'b', 'delta', 'actors', 'ties']) expect(json).toHaveProperty(key);
    expect(json.ties).toEqual({ added: ['t3', 't5', 't6'], removed: ['t2', 't4'] });
    expect(json.actors.early.status).toBe('left');
    expect(json.settings).toMatchObject({ a: '2001-2005', b: '2006-2010', view: 'all' });
  });

  it('two inputs give the same comparison as two windows of one', async () => {
    const windows = JSON.parse(
      (await run([whole, '--years', '2001-2005', '--years', '2006-2010'])).stdout,
    );
    const files = JSON.parse((await run([early, lateFile])).stdout);
    expect(files.delta).toEqual(windows.delta);
    expect(files.actors).toEqual(windows.actors);
    expect(files.ties).toEqual(windows.ties);
  });

  it('an import folder, windows by year', async () => {
    // ties.csv: T-1 2005–2007, T-2 2006 only.
    const r = await run([bad, '--years', '2005', '--years', '2006', '--quiet']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).ties).toEqual({ added: ['T-2'], removed: [] });
    expect(r.stderr).toContain('rejected: ties.csv line 4:');
  });

  it('--by project', async () => {
    const r = await run([bad, '--by', 'project', '--quiet']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.by).toBe('project');
    // participations.csv: OK-CO-1 and OK-UNI-1 in P-1 (the others were rejected).
    expect(json.groups.map((g: { id: string }) => g.id)).toEqual(['P-1']);
    expect(json.groups[0].members).toEqual({ actors: 2, companies: 1, universities: 1 });
  });

  it('Markdown and HTML keep names as text', async () => {
    const args = [whole, '--years', '2001-2005', '--years', '2006-2010'];
    const md = (await run([...args, '--format', 'md'])).stdout;
    expect(md).toContain('# Comparison: 2001-2005 → 2006-2010');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\*');
    expect(md).not.toContain('<script>');
    const html = await run([...args, '--out', join(dir, 'report.html')]);
    const page = html.files.get(join(dir, 'report.html')) as string;
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; | *x*');
    expect(page).not.toContain('<script>');
  });

  it('xlsx: a sheet per table, numbers as numbers, no formulas', async () => {
    const path = join(dir, 'report.xlsx');
    const r = await run([whole, '--years', '2001-2005', '--years', '2006-2010', '--out', path]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    writeFileSync(path, r.files.get(path) as Uint8Array);
    await wb.xlsx.readFile(path);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toContain('Graph measures');
    expect(names).toContain('Every actor');
    const measures = wb.getWorksheet('Graph measures')!;
    expect(measures.getRow(2).values).toEqual([undefined, 'Actors', 4, 5, 1]);
    const actors = wb.getWorksheet('Every actor')!;
    const late = actors
      .getRows(2, actors.rowCount - 1)!
      .find((row) => row.getCell(1).value === 'late')!;
    expect(late.getCell(2).value).toBe('\'=HYPERLINK("http://x")');
  });

  it('refuses what cannot be compared, with exit status 2', async () => {
    const cases: [string[], RegExp][] = [
      [[whole], /two --years/],
      [[whole, '--years', '2001-2005'], /two --years/],
      [[early, lateFile, '--years', '2001', '--years', '2002'], /at most one --years/],
      [[early, lateFile, '--by', 'project'], /--by compares the groups of one/],
      [[whole, whole, whole], /one or two inputs/],
      [[whole, '--years', '2001', '--years', '2002', '--format', 'xlsx'], /needs --out/],
      [[whole, '--by', 'region'], /--by must be one of/],
      [[join(dir, 'missing.json'), '--by', 'project'], /input not found/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
