/**
 * The gap report as Markdown: the same blocks as the HTML report (title, summary, the graph
 * as an image, one section per finding with its tables, the network-wide introductions,
 * the settings). Text from the data is escaped so a name can neither start markup nor break
 * a table (pipes, backslashes, brackets, angle brackets, line breaks).
 */
import type { GapReport } from '../../analysis/gaps/types';
import { findingText, settingsLines, type Labels } from './describe';
import type { ReportMeta } from './html';
import { findingTables, introductionsTable, type Table } from './tables';

/** Markdown-safe inline text. */
export function mdText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1');
}

export function tableMarkdown(table: Table): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    row(table.columns.map(mdText)),
    row(table.numeric.map((n) => (n ? '---:' : '---'))),
    ...table.rows.map((r) => row(r.map((c) => mdText(c.text) || ' '))),
  ];
  return (table.title ? `### ${mdText(table.title)}\n\n` : '') + lines.join('\n');
}

/** `image`: the graph's URL (a file beside the report, or a data: URL). */
export function reportMarkdown(
  report: GapReport,
  l: Labels,
  meta: ReportMeta,
  image: string,
): string {
  const { t } = l;
  const limit = report.settings.introductions.limit;
  const out: string[] = [
    `# ${mdText(t('gaps.report.title'))}`,
    '',
    `${mdText(t('gaps.report.generated', { date: meta.generatedAt.toISOString() }))} · ${mdText(t('gaps.report.source', { source: meta.source }))} · ${mdText(t('gaps.report.view', { view: report.settings.view ?? 'all' }))}`,
  ];
  if (meta.synthetic) out.push('', `> ${mdText(t('gaps.report.synthetic'))}`);
  out.push('', `## ${mdText(t('gaps.report.summary'))}`, '');
  for (const f of report.findings) {
    const text = findingText(f, l);
    out.push(`- **${mdText(text.title)}** (${f.count}): ${mdText(text.sentence)}`);
  }
  out.push(
    '',
    `## ${mdText(t('gaps.report.graph'))}`,
    '',
    `![${mdText(t('gaps.report.graph'))}](${image})`,
    '',
    mdText(t('gaps.report.graphNote')),
  );
  for (const f of report.findings) {
    const text = findingText(f, l);
    out.push(
      '',
      `## ${mdText(text.title)} (${f.count})`,
      '',
      mdText(text.sentence),
      '',
      `*${mdText(t('gaps.why'))}: ${mdText(text.why)}*`,
    );
    const tables = f.count > 0 || f.rule === 'cluster-link' ? findingTables(f, l, limit) : [];
    for (const table of tables.filter((tb) => tb.rows.length > 0))
      out.push('', tableMarkdown(table));
  }
  out.push('', `## ${mdText(t('gaps.intro.heading'))}`, '', mdText(t('gaps.intro.lead')), '');
  out.push(tableMarkdown(introductionsTable(report.introductions, l, null, true)));
  out.push('', `## ${mdText(t('gaps.report.settings'))}`, '');
  for (const line of settingsLines(report, l)) out.push(`- ${mdText(line)}`);
  return out.join('\n') + '\n';
}
