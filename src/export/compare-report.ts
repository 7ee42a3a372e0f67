/**
 * Comparisons (src/analysis/compare.ts, compare-groups.ts) as report tables, written as
 * Markdown or as a standalone HTML page that prints on A4. Names and ids are data: they are
 * escaped for the format and never read as markup. The JSON holds every actor and tie; the
 * reports list the largest changes and count the rest.
 */
import {
  ACTOR_MEASURES,
  SCALAR_KEYS,
  type ActorChange,
  type ActorMeasure,
  type Comparison,
  type GraphSide,
  type ScalarKey,
} from '../analysis/compare';
import type { GroupComparison } from '../analysis/compare-groups';

export type ReportCell = string | number | null;

export interface ReportTable {
  title: string;
  /** One line under the title: what the rows are, what is left out. */
  note?: string;
  header: string[];
  rows: ReportCell[][];
}

export interface Report {
  title: string;
  tables: ReportTable[];
}

export const SCALAR_LABELS: Record<ScalarKey, string> = {
  actors: 'Actors',
  ties: 'Ties (actor pairs)',
  density: 'Density',
  components: 'Components',
  averagePathLength: 'Average path length (hops)',
  degreeCentralization: 'Degree centralization',
  betweennessCentralization: 'Betweenness centralization',
  modularity: 'Modularity',
  communities: 'Communities',
  eiSector: 'E-I index by sector (産学官金)',
  eiClusters: 'E-I index between the industrial and knowledge clusters',
  crossPrefectureTies: 'Ties across prefectures',
  crossPrefectureShare: 'Share of ties across prefectures',
  T_GTO: 'Triple-helix synergy T(GTO), bits',
};

const ACTOR_LABELS: Record<ActorMeasure, string> = {
  degree: 'degree',
  betweenness: 'betweenness',
  constraint: 'constraint',
};

/** How many rises and falls the reports list per measure. */
const TOP = 20;

function sectorPairs(sides: GraphSide[]): [string, string][] {
  const sectors = [...new Set(sides.flatMap((s) => s.sectorMixing.sectors))];
  const pairs: [string, string][] = [];
  sectors.forEach((s, i) => sectors.slice(i).forEach((t) => pairs.push([s, t])));
  return pairs;
}

function mixing(side: GraphSide, s: string, t: string, what: 'ties' | 'expected' | 'density') {
  const m = side.sectorMixing;
  const i = m.sectors.indexOf(s);
  const j = m.sectors.indexOf(t);
  return i < 0 || j < 0 ? null : m[what][i]![j]!;
}

function mixingTable(title: string, sides: GraphSide[], names: string[]): ReportTable {
  return {
    title,
    note: 'Ties between sectors; expected: under random mixing that keeps each sector’s ties.',
    header: ['sectors', ...names.flatMap((n) => [`${n} ties`, `${n} expected`, `${n} density`])],
    rows: sectorPairs(sides).map(([s, t]) => [
      s === t ? s : `${s}–${t}`,
      ...sides.flatMap((side) => [
        mixing(side, s, t, 'ties'),
        mixing(side, s, t, 'expected'),
        mixing(side, s, t, 'density'),
      ]),
    ]),
  };
}

function changes(c: Comparison, measure: ActorMeasure, sign: 1 | -1): [string, ActorChange][] {
  return Object.entries(c.actors)
    .filter(([, a]) => a[measure].delta !== null && sign * a[measure].delta! > 1e-12)
    .sort(([, x], [, y]) => sign * (y[measure].delta! - x[measure].delta!))
    .slice(0, TOP);
}

/**
 * The report tables of a comparison. `full` adds every actor and every added or removed tie
 * (for workbooks); without it the actor tables list the largest changes.
 */
export function comparisonReport(c: Comparison, options: { full?: boolean } = {}): Report {
  const { a: la, b: lb } = c.settings;
  const tables: ReportTable[] = [
    {
      title: 'Graph measures',
      note: c.settings.unavailable.length
        ? `Not available in this build: ${c.settings.unavailable.join(', ')}.`
        : undefined,
      header: ['measure', la, lb, 'change'],
      rows: SCALAR_KEYS.map((k) => [SCALAR_LABELS[k], c.a[k], c.b[k], c.delta[k]]),
    },
    mixingTable('Sector mixing (産学官金)', [c.a, c.b], [la, lb]),
    {
      title: 'Triple helix T(GTO)',
      note: 'Companies by prefecture × first listed field × size class; negative = synergy.',
      header: ['', la, lb],
      rows: [
        ['T(GTO), bits', c.a.tripleHelix.T_GTO, c.b.tripleHelix.T_GTO],
        ['companies counted', c.a.tripleHelix.companies, c.b.tripleHelix.companies],
        ['companies left out', c.a.tripleHelix.left_out, c.b.tripleHelix.left_out],
      ],
    },
  ];
  const status = Object.values(c.actors);
  tables.push({
    title: 'Actors and ties',
    header: ['', 'count'],
    rows: [
      ['actors in both', status.filter((x) => x.status === 'both').length],
      ['actors appeared', status.filter((x) => x.status === 'appeared').length],
      ['actors left', status.filter((x) => x.status === 'left').length],
      ['ties added', c.ties.added.length],
      ['ties removed', c.ties.removed.length],
    ],
  });
  for (const measure of ACTOR_MEASURES) {
    for (const [sign, word] of [
      [1, 'rose'],
      [-1, 'fell'],
    ] as const) {
      const rows = changes(c, measure, sign);
      if (rows.length === 0) continue;
      tables.push({
        title: `Largest ${word} in ${ACTOR_LABELS[measure]}`,
        note: `Up to ${TOP} actors present in both; every actor is in the JSON output.`,
        header: ['actor', 'name', la, lb, 'change'],
        rows: rows.map(([id, x]) => [id, x.name, x[measure].a, x[measure].b, x[measure].delta]),
      });
    }
  }
  for (const which of ['appeared', 'left'] as const) {
    const rows = Object.entries(c.actors).filter(([, x]) => x.status === which);
    if (rows.length === 0) continue;
    const side = which === 'appeared' ? 'b' : 'a';
    tables.push({
      title: `Actors that ${which}`,
      note:
        rows.length > 100
          ? `The first 100 of ${rows.length}; every one is in the JSON.`
          : undefined,
      header: ['actor', 'name', 'degree'],
      rows: rows.slice(0, 100).map(([id, x]) => [id, x.name, x.degree[side]]),
    });
  }
  if (options.full) {
    tables.push({
      title: 'Every actor',
      header: [
        'actor',
        'name',
        'status',
        ...ACTOR_MEASURES.flatMap((m) => [`${m} ${la}`, `${m} ${lb}`, `${m} change`]),
      ],
      rows: Object.entries(c.actors).map(([id, x]) => [
        id,
        x.name,
        x.status,
        ...ACTOR_MEASURES.flatMap((m) => [x[m].a, x[m].b, x[m].delta]),
      ]),
    });
    tables.push({
      title: 'Ties added and removed',
      header: ['tie', 'change'],
      rows: [
        ...c.ties.added.map((t): ReportCell[] => [t, 'added']),
        ...c.ties.removed.map((t): ReportCell[] => [t, 'removed']),
      ],
    });
  }
  return { title: `Comparison: ${la} → ${lb}`, tables };
}

/** Scalars shown per group (actors and ties are in the members columns). */
const GROUP_SCALARS = SCALAR_KEYS.filter((k) => k !== 'actors');

export function groupReport(c: GroupComparison): Report {
  const published = c.groups.find((g) => g.published !== null)?.published ?? null;
  const pairs = sectorPairs(c.groups.map((g) => g.graph));
  return {
    title: `Comparison by ${c.by}`,
    tables: [
      {
        title: 'Groups',
        note: published ? `Published counts: ${published.source}.` : undefined,
        header: [
          c.by,
          'actors',
          'companies',
          'universities',
          ...(published ? ['companies (published)', 'universities (published)'] : []),
          ...GROUP_SCALARS.map((k) => SCALAR_LABELS[k]),
        ],
        rows: c.groups.map((g) => [
          g.label,
          g.members.actors,
          g.members.companies,
          g.members.universities,
          ...(published ? [g.published?.companies ?? null, g.published?.universities ?? null] : []),
          ...GROUP_SCALARS.map((k) => g.graph[k]),
        ]),
      },
      {
        title: 'Sector mixing (産学官金), ties',
        header: [c.by, ...pairs.map(([s, t]) => (s === t ? s : `${s}–${t}`))],
        rows: c.groups.map((g) => [
          g.label,
          ...pairs.map(([s, t]) => mixing(g.graph, s, t, 'ties')),
        ]),
      },
    ],
  };
}

/** Numbers for reading: integers as they are, others to 4 significant digits. */
export function formatNumber(x: number): string {
  if (Number.isInteger(x)) return String(x);
  const abs = Math.abs(x);
  return abs !== 0 && (abs < 1e-3 || abs >= 1e6) ? x.toExponential(3) : String(+x.toPrecision(4));
}

const cellText = (v: ReportCell) =>
  v === null ? '—' : typeof v === 'number' ? formatNumber(v) : v;

/** Markdown: table cells cannot hold |, line breaks or HTML, so those are escaped. */
function markdownText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([|*_`[\]#])/g, '\\$1')
    .replace(/\r\n?|\n/g, ' ');
}

export function toMarkdown(report: Report): string {
  const out = [`# ${markdownText(report.title)}`, ''];
  for (const t of report.tables) {
    out.push(`## ${markdownText(t.title)}`, '');
    if (t.note) out.push(markdownText(t.note), '');
    out.push(`| ${t.header.map(markdownText).join(' | ')} |`);
    out.push(`| ${t.header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
    for (const row of t.rows)
      out.push(`| ${row.map((v) => markdownText(cellText(v))).join(' | ')} |`);
    out.push('');
  }
  return out.join('\n');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const PRINT_CSS = `
@page { size: A4; margin: 15mm; }
body { font-family: "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", Meiryo, sans-serif; font-size: 10pt; }
table { border-collapse: collapse; margin: 0 0 1.5em; }
th, td { border: 1px solid #999; padding: 2px 6px; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
section { break-inside: avoid; }
tr { break-inside: avoid; }
`;

export function toHtml(report: Report): string {
  const body = report.tables.map((t) => {
    const head = `<tr>${t.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
    const rows = t.rows
      .map(
        (row) =>
          `<tr>${row
            .map((v) =>
              typeof v === 'number'
                ? `<td class="n">${escapeHtml(cellText(v))}</td>`
                : `<td>${escapeHtml(cellText(v))}</td>`,
            )
            .join('')}</tr>`,
      )
      .join('\n');
    const note = t.note ? `<p>${escapeHtml(t.note)}</p>` : '';
    return `<section><h2>${escapeHtml(t.title)}</h2>${note}<table><thead>${head}</thead><tbody>\n${rows}\n</tbody></table></section>`;
  });
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(report.title)}</title>
<style>${PRINT_CSS}</style></head>
<body><h1>${escapeHtml(report.title)}</h1>
${body.join('\n')}
</body></html>
`;
}
