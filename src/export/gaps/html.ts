/**
 * The gap report as one self-contained HTML page that prints cleanly on A4: the network as
 * an inline SVG image, one block per finding (sentence, why it matters, its tables), the
 * network-wide introductions. Print CSS keeps a finding's heading with its text, repeats
 * table headers on every page and never splits a row, so no table is cut. Every text from
 * the data is escaped; nothing runs (no script, a strict Content-Security-Policy).
 */
import type { SerializedGraph } from 'graphology-types';
import type { GapReport } from '../../analysis/gaps/types';
import { xmlAttr, xmlText } from '../xml';
import { findingText, settingsLines, type Labels } from './describe';
import { graphSvg } from './graph-svg';
import { findingTables, introductionsTable, type Table } from './tables';

export interface ReportMeta {
  /** Where the network came from (file name or "Neo4j"). */
  source: string;
  generatedAt: Date;
  /** Contains synthetic rows (demo data). */
  synthetic: boolean;
}

const esc = xmlText;

export const PRINT_CSS = `
@page { size: A4; margin: 15mm 12mm; }
body { font-family: "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", sans-serif; font-size: 10pt; color: #111; max-width: 190mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 4pt; }
h2 { font-size: 12.5pt; margin: 14pt 0 4pt; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 10.5pt; margin: 8pt 0 3pt; break-after: avoid; page-break-after: avoid; }
p { margin: 3pt 0; }
.meta, .why { color: #444; }
.why { font-style: italic; }
.count { font-weight: bold; }
.synthetic { border: 1px solid #e69f00; padding: 2pt 4pt; display: inline-block; }
figure { margin: 6pt 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; max-height: 160mm; }
section.finding { border-top: 1.5pt solid #333; margin-top: 10pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; font-size: 8.5pt; }
thead { display: table-header-group; }
tr, td, th { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid #999; padding: 1.5pt 3pt; text-align: left; vertical-align: top; }
th { background: #eee; }
td.num, th.num { text-align: right; white-space: nowrap; }
ul.settings { font-size: 8.5pt; color: #444; padding-left: 14pt; }
@media print { a { color: inherit; text-decoration: none; } }
`;

export function tableHtml(table: Table): string {
  const head = table.columns
    .map((c, i) => `<th${table.numeric[i] ? ' class="num"' : ''}>${esc(c)}</th>`)
    .join('');
  const body = table.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td${table.numeric[i] ? ' class="num"' : ''}>${esc(cell.text)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  const title = table.title ? `<h3>${esc(table.title)}</h3>\n` : '';
  return `${title}<table data-table="${xmlAttr(table.id)}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export function reportHtml(
  network: SerializedGraph,
  report: GapReport,
  l: Labels,
  meta: ReportMeta,
): string {
  const { t } = l;
  const limit = report.settings.introductions.limit;
  const findings = report.findings.map((f) => {
    const text = findingText(f, l);
    const tables = f.count > 0 || f.rule === 'cluster-link' ? findingTables(f, l, limit) : [];
    return `<section class="finding" id="${xmlAttr(f.rule)}" data-rule="${xmlAttr(f.rule)}">
<h2>${esc(text.title)} <span class="count">(${esc(t('gaps.count', { count: f.count }))})</span></h2>
<p>${esc(text.sentence)}</p>
<p class="why">${esc(t('gaps.why'))}: ${esc(text.why)}</p>
${tables
  .filter((tb) => tb.rows.length > 0)
  .map(tableHtml)
  .join('\n')}
</section>`;
  });
  const intro = introductionsTable(report.introductions, l, null, true);
  return `<!doctype html>
<html lang="${l.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(t('gaps.report.title'))}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<h1>${esc(t('gaps.report.title'))}</h1>
<p class="meta">${esc(t('gaps.report.generated', { date: meta.generatedAt.toISOString() }))} · ${esc(t('gaps.report.source', { source: meta.source }))} · ${esc(t('gaps.report.view', { view: report.settings.view ?? 'all' }))}</p>
${meta.synthetic ? `<p class="synthetic">${esc(t('gaps.report.synthetic'))}</p>` : ''}
<h2>${esc(t('gaps.report.summary'))}</h2>
<ul class="summary">${report.findings.map((f) => `<li><a href="#${xmlAttr(f.rule)}">${esc(findingText(f, l).title)}</a>: ${esc(findingText(f, l).sentence)}</li>`).join('\n')}</ul>
<figure><h2>${esc(t('gaps.report.graph'))}</h2>
${graphSvg(network, report, l)}
<figcaption class="meta">${esc(t('gaps.report.graphNote'))}</figcaption></figure>
${findings.join('\n')}
<section class="finding" id="introductions">
<h2>${esc(t('gaps.intro.heading'))}</h2>
<p>${esc(t('gaps.intro.lead'))}</p>
${tableHtml(intro)}
</section>
<section><h2>${esc(t('gaps.report.settings'))}</h2>
<ul class="settings">${settingsLines(report, l)
    .map((s) => `<li>${esc(s)}</li>`)
    .join('\n')}</ul></section>
</body>
</html>
`;
}
