/**
 * A comparison report as an Excel workbook (exceljs): one sheet per table, numbers as
 * numbers at full precision, null as an empty cell, text never read as a formula.
 */
import ExcelJS from 'exceljs';
import type { Report, ReportCell } from './compare-report';

// Characters XML 1.0 (inside an xlsx) cannot hold become U+FFFD, so the file stays valid.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// Text a spreadsheet could take for a formula when copied or saved as CSV gets an apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(v: ReportCell): string | number | null {
  if (v === null || typeof v === 'number') return v !== null && Number.isFinite(v) ? v : null;
  const text = v.replace(NOT_XML, '\uFFFD');
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Sheet names: at most 31 characters, none of : \\ / ? * [ ], unique. */
function sheetName(title: string, taken: Set<string>): string {
  const base =
    title
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 28)
      .trim() || 'sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

export async function reportXlsx(report: Report): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const taken = new Set<string>();
  for (const table of report.tables) {
    const ws = wb.addWorksheet(sheetName(table.title, taken), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    ws.addRow(table.header.map(cell));
    ws.getRow(1).font = { bold: true };
    for (const row of table.rows) ws.addRow(row.map(cell));
    if (table.note) {
      ws.addRow([]);
      ws.addRow([cell(table.note)]);
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
