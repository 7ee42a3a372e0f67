/**
 * CSV and xlsx: round trips with hostile names and formula cells, full precision, BOM, every
 * declared measure output as a column (brokerage roles and E-I included).
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MEASURES } from '../../../src/analysis/registry';
import {
  edgesCsv,
  neutraliseFormula,
  nodesCsv,
  provenanceRows,
  toCsv,
  writeXlsx,
} from '../../../src/export';
import { exportOf, HOSTILE, hostileNetwork, type Exported } from './fixtures';

let ex: Exported;
beforeAll(async () => {
  ex = await exportOf(hostileNetwork(), {
    groups: 'sector',
    betweenness: { mode: 'sampled', k: 5 },
  });
});

/** How a text cell reads back: formula starts get an apostrophe, nothing else changes. */
const text = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

describe('columns come from the registry', () => {
  it('every node and edge output of every computed measure is a column', () => {
    const nodeKeys = ex.doc.nodeColumns.map((c) => c.key);
    const edgeKeys = ex.doc.edgeColumns.map((c) => c.key);
    for (const m of MEASURES) {
      for (const o of m.outputs) {
        if (o.scope === 'graph') continue;
        const keys = o.scope === 'node' ? nodeKeys : edgeKeys;
        const present =
          o.type === 'json' ? keys.some((k) => k.startsWith(`${o.key}_`)) : keys.includes(o.key);
        expect(present, `${m.id}: ${o.scope} ${o.key}`).toBe(true);
      }
    }
    for (const k of ['kind', 'sector', 'prefecture', 'bureau', 'cluster', 'sizeClass', 'sme']) {
      expect(nodeKeys).toContain(k);
    }
    expect(nodeKeys).toEqual(expect.arrayContaining(['group', 'eiIndex', 'brokerage_liaison']));
    expect(nodeKeys).toContain('betweennessStdError');
    expect(edgeKeys.slice(0, 6)).toEqual([
      'kind',
      'strength',
      'startYear',
      'endYear',
      'synthetic',
      'directed',
    ]);
  });

  it('ties carry the measures of their pair; self-loops none', () => {
    const bridge = ex.doc.edgeColumns.findIndex((c) => c.key === 'bridge');
    const t1 = ex.doc.edges.find((e) => e.id === 't1')!;
    const t2 = ex.doc.edges.find((e) => e.id === 't2')!;
    const loop = ex.doc.edges.find((e) => e.id === 't12')!;
    expect(typeof t1.cells[bridge]).toBe('boolean');
    expect(t2.cells.slice(6)).toEqual(t1.cells.slice(6));
    expect(loop.cells.slice(6).every((c) => c === null)).toBe(true);
    expect(t2.directed).toBe(true);
    expect(t1.directed).toBe(false);
  });
});

describe('CSV', () => {
  it('neutralises text that a spreadsheet would run as a formula, never numbers', () => {
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
    expect(neutraliseFormula('plain -1')).toBe('plain -1');
    expect(toCsv([['-1', -1, true, null, Number.NaN, 0.1 + 0.2]], { bom: false })).toBe(
      "'-1,-1,true,,,0.30000000000000004\n",
    );
  });

  it('round-trips the nodes with hostile names, at full precision, with a BOM', () => {
    const csv = nodesCsv(ex.doc);
    expect(csv.startsWith('\uFEFFId,Label,kind,')).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(ex.doc.nodes.length);
    for (const n of ex.doc.nodes) {
      const row = rows.find((r) => r.Id === text(n.id))!;
      expect(row, n.id).toBeDefined();
      expect(row.Label).toBe(text(n.label));
      ex.doc.nodeColumns.forEach((c, i) => {
        const v = n.cells[i];
        const want =
          v === null ? '' : typeof v === 'string' ? text(v) : typeof v === 'number' ? v : String(v);
        expect(typeof want === 'number' ? Number(row[c.key]) : row[c.key], `${n.id} ${c.key}`).toBe(
          want,
        );
      });
    }
    const byLabel = (label: string) => rows.find((r) => r.Label === label)!;
    expect(byLabel(HOSTILE.script)).toBeDefined();
    expect(byLabel(`'${HOSTILE.formula}`).Id).toBe("'=cmd");
    expect(byLabel(`'${HOSTILE.tab}`)).toBeDefined();
    expect(byLabel(`'${HOSTILE.cr}`)).toBeDefined();
    expect(byLabel(HOSTILE.multiline)).toBeDefined();
    expect(byLabel(HOSTILE.control)).toBeDefined();
  });

  it('round-trips the ties', () => {
    const rows = parse(edgesCsv(ex.doc), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(ex.doc.edges.length);
    const t7 = rows.find((r) => r.Id === 't7')!;
    expect(t7).toMatchObject({
      Source: 'minus',
      Target: 'at',
      kind: 'supply',
      strength: '1.25',
      startYear: '2004',
      endYear: '',
      directed: 'true',
    });
    expect(rows.find((r) => r.Id === 't5')!).toMatchObject({ Source: "'=cmd", strength: '1' });
  });
});

describe('xlsx', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(ex.doc)).buffer as ArrayBuffer);
  });

  const rowsOf = (name: string) => {
    const ws = wb.getWorksheet(name)!;
    const out: unknown[][] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      out.push((row.values as unknown[]).slice(1));
    });
    return out;
  };

  it('has nodes, edges, graph and provenance sheets', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['nodes', 'edges', 'graph', 'provenance']);
  });

  it('round-trips the nodes: numbers as numbers, text neutralised and XML-safe', () => {
    const [header, ...rows] = rowsOf('nodes');
    expect(header).toEqual(['Id', 'Label', ...ex.doc.nodeColumns.map((c) => c.key)]);
    expect(rows).toHaveLength(ex.doc.nodes.length);
    for (const n of ex.doc.nodes) {
      const row = rows.find((r) => r[0] === text(n.id))!;
      expect(row, n.id).toBeDefined();
      // Forbidden control characters become U+FFFD; a CR, the newline XML reads it as.
      const xlsxText = (s: string) =>
        ['\u0001', '\u0008', '\u001f']
          .reduce((t, ch) => t.replaceAll(ch, '\uFFFD'), text(s))
          .replace(/\r/g, '\n');
      expect(row[1]).toBe(xlsxText(n.label));
      ex.doc.nodeColumns.forEach((c, i) => {
        const v = n.cells[i];
        const got = row[i + 2];
        if (v === null) expect(got ?? null, `${n.id} ${c.key}`).toBeNull();
        else if (typeof v === 'string') expect(got).toBe(xlsxText(v));
        else expect(got, `${n.id} ${c.key}`).toBe(v);
      });
    }
  });

  it('round-trips the ties and the graph-level results', () => {
    const [header, ...rows] = rowsOf('edges');
    expect(header).toEqual(['Id', 'Source', 'Target', ...ex.doc.edgeColumns.map((c) => c.key)]);
    expect(rows).toHaveLength(ex.doc.edges.length);
    const graph = Object.fromEntries(rowsOf('graph').slice(1));
    expect(graph.averagePathLength).toBe(ex.result.graph.averagePathLength);
    expect(graph.betweennessCentralization).toBe(ex.result.graph.betweennessCentralization);
    expect(JSON.parse(graph.communitySizes as string)).toEqual(ex.result.graph.communitySizes);
  });

  it('has the provenance, key by key', () => {
    const sheet = Object.fromEntries(rowsOf('provenance').slice(1));
    for (const [k, v] of provenanceRows(ex.provenance)) {
      expect(sheet[k] ?? null, k).toBe(typeof v === 'string' ? text(v) : v);
    }
    expect(sheet['analysis.betweenness.mode']).toBe('sampled');
    expect(sheet['analysis.betweenness.k']).toBe(5);
  });
});
