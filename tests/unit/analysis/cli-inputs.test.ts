/**
 * The analyze CLI on importer input (folders, workbooks), with year windows and the choice
 * of community detection.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/analyze';
import { runCli } from '../run-cli';

const bad = 'tests/fixtures/import/bad';

const run = (argv: string[]) => runCli(main, argv);

describe('analyze on an import folder', () => {
  it('analyses the valid rows and reports every rejected one with file and line', async () => {
    const r = await run([bad, '--measures', 'degree,summary']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    // actors.csv: OK-CO-1, OK-UNI-1 and OK-CO-2 are valid (lines 4–6 are rejected).
    expect(Object.keys(json.nodes).sort()).toEqual(['OK-CO-1', 'OK-CO-2', 'OK-UNI-1']);
    // ties.csv: T-1 and T-2 are valid.
    expect(json.graph.edges).toBe(2);
    for (const place of [
      'actors.csv line 4',
      'actors.csv line 5',
      'actors.csv line 6',
      'projects.csv line 3',
      'participations.csv line 4',
      'participations.csv line 5',
      'ties.csv line 4',
      'ties.csv line 5',
      'ties.csv line 6',
      'ties.csv line 7',
    ]) {
      expect(r.stderr).toContain(`rejected: ${place}:`);
    }
    expect(r.stderr).toContain('10 input row(s) rejected');
  });

  it('--years: the network of a window', async () => {
    // T-1 runs 2005–2007 (OK-UNI-1–OK-CO-1), T-2 is 2006 only (OK-CO-1–OK-CO-2).
    const early = JSON.parse((await run([bad, '--years', '2005', '--measures', 'degree'])).stdout);
    expect(early.graph.edges).toBe(1);
    expect(early.graph.settings.years).toEqual({ from: 2005, to: 2005 });
    expect(early.graph.provenance.filters).toEqual({ years: { from: 2005, to: 2005 } });
    expect(early.graph.provenance.source).toEqual({ kind: 'import', name: 'bad' });
    // OK-CO-2 has no tie in 2005, and its only participation was rejected: it has a
    // (dated) tie, so it is out.
    expect(Object.keys(early.nodes).sort()).toEqual(['OK-CO-1', 'OK-UNI-1']);
    const both = JSON.parse(
      (await run([bad, '--years', '2006-2006', '--measures', 'degree'])).stdout,
    );
    expect(both.graph.edges).toBe(2);
    const none = JSON.parse(
      (await run([bad, '--years', '1990-1995', '--measures', 'degree'])).stdout,
    );
    // OK-UNI-1 and OK-CO-1 take part in P-1 (2005–2008): out in 1990–1995 as well.
    expect(none.graph.nodes).toBe(0);
  });

  it('refuses a bad window or algorithm with exit status 2', async () => {
    const years = await run([bad, '--years', '2010-2001']);
    expect(years.code).toBe(2);
    expect(years.stderr).toMatch(/--years: .*end before it starts/);
    const algorithm = await run([bad, '--communities', 'walktrap']);
    expect(algorithm.code).toBe(2);
    expect(algorithm.stderr).toMatch(/--communities must be one of louvain, leiden/);
  });

  it('--communities leiden', async () => {
    const r = await run([bad, '--communities', 'leiden', '--measures', 'communities']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).graph.settings.communities.algorithm).toBe('leiden');
  });
});

describe('analyze on a workbook', () => {
  it('reads the sheets as the importer does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-xlsx-'));
    const path = join(dir, 'members.xlsx');
    const wb = new ExcelJS.Workbook();
    // The same rows as the import folder, sheet by sheet.
    for (const table of ['actors', 'projects', 'participations', 'ties']) {
      const sheet = wb.addWorksheet(table);
      const text = readFileSync(join(bad, `${table}.csv`), 'utf8').trim();
      for (const line of text.split('\n')) sheet.addRow(line.split(','));
    }
    await wb.xlsx.writeFile(path);
    const r = await run([path, '--measures', 'degree']);
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout).nodes).sort()).toEqual([
      'OK-CO-1',
      'OK-CO-2',
      'OK-UNI-1',
    ]);
    expect(r.stderr).toContain('rejected: members.xlsx [actors] row 4:');
  });
});
