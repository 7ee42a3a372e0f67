/**
 * One row per actor, for R, Python or Gephi (its node-table import recognises `Id` and
 * `Label`). RFC 4180 quoting, UTF-8 without byte-order mark, "\n" line ends; empty cells for
 * null (NA in R, NaN in pandas); booleans as `true`/`false`; brokerage roles spread over
 * `brokerage_<role>` columns. Descriptive actor attributes come first when available.
 */
import type { Attributes } from 'graphology-types';
import type { AnalysisResult } from './types';

const DESCRIPTIVE = ['kind', 'sector', 'prefecture', 'bureau', 'cluster'] as const;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  result: AnalysisResult,
  attributesOf?: (id: string) => Attributes | undefined,
): string {
  const ids = Object.keys(result.nodes);
  const metricKeys: string[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    for (const [key, value] of Object.entries(result.nodes[id]!)) {
      const columns =
        key === 'brokerage' && value !== null && typeof value === 'object'
          ? Object.keys(value).map((role) => `brokerage_${role}`)
          : [key];
      for (const c of columns) {
        if (!seen.has(c)) {
          seen.add(c);
          metricKeys.push(c);
        }
      }
    }
  }
  const descriptive = attributesOf ? DESCRIPTIVE.filter((k) => !seen.has(k)) : [];
  const header = ['Id', 'Label', ...descriptive, ...metricKeys];
  const lines = [header.map(cell).join(',')];
  for (const id of ids) {
    const metrics = result.nodes[id]!;
    const attrs = attributesOf?.(id) ?? {};
    const brokerage = (metrics.brokerage ?? null) as Record<string, number> | null;
    const row: unknown[] = [id, attrs.name ?? attrs.label ?? id];
    for (const k of descriptive) row.push(attrs[k]);
    for (const key of metricKeys) {
      row.push(
        key.startsWith('brokerage_')
          ? (brokerage?.[key.slice('brokerage_'.length)] ?? null)
          : metrics[key],
      );
    }
    lines.push(row.map(cell).join(','));
  }
  return lines.join('\n') + '\n';
}
