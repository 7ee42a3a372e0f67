/**
 * The gap report as an Excel workbook (exceljs): a `summary` sheet (one row per rule: count,
 * sentence, why it matters; then the settings), one sheet per rule named by its id (the
 * sentence, then its tables one under the other) and an `introductions` sheet. Numbers stay
 * numbers; text gets the exports' formula neutralisation (= + - @ first) and XML-safe
 * characters, as in src/export/xlsx.ts.
 */
import ExcelJS from 'exceljs';
import type { GapReport } from '../../analysis/gaps/types';
import { neutraliseFormula } from '../csv';
import { xmlChars } from '../xml';
import { findingText, settingsLines, type Labels } from './describe';
import { findingTables, introductionsTable, type Cell, type Table } from './tables';

const safe = (text: string) => neutraliseFormula(xmlChars(text)).replace(/\r\n?/g, '\n');
const cellValue = (c: Cell) =>
  c.value !== undefined && Number.isFinite(c.value) ? c.value : safe(c.text);

function addTable(ws: ExcelJS.Worksheet, table: Table): void {
  if (table.title) ws.addRow([safe(table.title)]).font = { bold: true, italic: true };
  ws.addRow(table.columns.map(safe)).font = { bold: true };
  for (const row of table.rows) ws.addRow(row.map(cellValue));
  ws.addRow([]);
}

export async function reportXlsx(report: GapReport, l: Labels): Promise<Uint8Array> {
  const { t } = l;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Cluster Network Explorer';
  const summary = wb.addWorksheet('summary');
  summary.addRow([safe(t('gaps.report.title'))]).font = { bold: true, size: 14 };
  summary.addRow([]);
  summary.addRow([
    'rule',
    safe(t('gaps.columns.cutOffCount')),
    safe(t('gaps.report.summary')),
    safe(t('gaps.why')),
  ]).font = {
    bold: true,
  };
  for (const f of report.findings) {
    const text = findingText(f, l);
    summary.addRow([f.rule, f.count, safe(text.sentence), safe(text.why)]);
  }
  summary.addRow([]);
  summary.addRow([safe(t('gaps.report.settings'))]).font = { bold: true };
  for (const line of settingsLines(report, l)) summary.addRow([safe(line)]);
  summary.getColumn(3).width = 80;
  summary.getColumn(4).width = 60;

  const limit = report.settings.introductions.limit;
  for (const f of report.findings) {
    const ws = wb.addWorksheet(f.rule, { views: [{ state: 'frozen', ySplit: 2 }] });
    const text = findingText(f, l);
    ws.addRow([safe(text.title), f.count]).font = { bold: true };
    ws.addRow([safe(text.sentence)]);
    ws.addRow([safe(`${t('gaps.why')}: ${text.why}`)]);
    ws.addRow([]);
    for (const table of findingTables(f, l, limit)) addTable(ws, table);
    ws.columns.forEach((c) => (c.width = 24));
  }
  const intro = wb.addWorksheet('introductions', { views: [{ state: 'frozen', ySplit: 1 }] });
  addTable(intro, introductionsTable(report.introductions, l, null, true));
  intro.columns.forEach((c) => (c.width = 30));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
