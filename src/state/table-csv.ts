/**
 * The actor table as CSV (RFC 4180 quoting, "\n" line ends, UTF-8 with a byte-order mark so
 * spreadsheet programs read the Japanese names): the columns shown, in the order shown.
 */
export function tableToCsv(
  columns: readonly { id: string; header: string }[],
  rows: readonly Record<string, unknown>[],
): string {
  const cell = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
    const text = String(value);
    return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map((c) => cell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c.id])).join(','));
  return `\uFEFF${lines.join('\n')}\n`;
}
