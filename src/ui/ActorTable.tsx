import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentView } from '../render/current-view';
import { KIND_COLOURS } from '../render/palette';
import { displayName } from '../render/styles';
import type { Derived } from '../state/derived';
import { measureDefs } from '../state/measures';
import { tableToCsv } from '../state/table-csv';
import { actions } from '../state/store';
import { formatMeasure } from './AnalysisPanel';
import { useExplorer } from './use-explorer';

const PAGE_SIZE = 50;

interface Row {
  key: string;
  name: string;
  kind: string;
  region: string;
  projects: number;
  [measure: string]: string | number;
}

/** Shown actors, sortable by any column, paginated so 12,500 rows never hit the DOM at once. */
export function ActorTable({ derived }: { derived: Derived }) {
  const { t } = useTranslation();
  const lang = useExplorer((s) => s.lang);
  const [sort, setSort] = useState<{ column: string; descending: boolean }>({
    column: 'degree',
    descending: true,
  });
  const [page, setPage] = useState(0);
  const { graph, visibility, measures } = derived;
  // Registry order, so columns do not move when a measure arrives later (communities).
  const measureIds = measureDefs()
    .map((m) => m.id)
    .filter((id) => measures[id]);

  const rows = useMemo(() => {
    const out: Row[] = [];
    for (const key of visibility.nodes) {
      const a = graph.getNodeAttributes(key);
      const row: Row = {
        key,
        name: displayName(a, lang),
        kind: t(`kind.${a.kind}`),
        region: a.bureau ? t(`bureau.${a.bureau}`, { defaultValue: a.bureau }) : '',
        projects: a.participations.length,
      };
      for (const [id, values] of Object.entries(measures)) {
        const v = values.get(key);
        row[id] = id === 'community' && v !== undefined ? v + 1 : (v ?? 0);
      }
      out.push(row);
    }
    const { column, descending } = sort;
    const collator = new Intl.Collator(lang);
    out.sort((x, y) => {
      const a = x[column];
      const b = y[column];
      const c =
        typeof a === 'number' && typeof b === 'number'
          ? a - b
          : collator.compare(String(a ?? ''), String(b ?? ''));
      return descending ? -c : c;
    });
    return out;
  }, [graph, visibility, measures, lang, sort, t]);

  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const columns = ['name', 'kind', 'region', ...measureIds, 'projects'];
  const header = (column: string) =>
    ['name', 'kind', 'region', 'projects'].includes(column)
      ? t(`table.${column}`)
      : t(`measure.${column}`, { defaultValue: column });
  const downloadCsv = () => {
    const csv = tableToCsv(
      [{ id: 'key', header: 'id' }, ...columns.map((c) => ({ id: c, header: header(c) }))],
      rows,
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'actors.csv';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section className="table-drawer" data-testid="actor-table">
      <header>
        <h2>{t('table.heading', { count: rows.length })}</h2>
        <div className="pager">
          <button type="button" data-testid="table-csv" onClick={downloadCsv}>
            {t('table.csv')}
          </button>
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('table.prev')}
          </button>
          <span>{t('table.page', { page: current + 1, pages })}</span>
          <button
            type="button"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            {t('table.next')}
          </button>
          <button
            type="button"
            className="close"
            onClick={actions.toggleTable}
            aria-label={t('app.close')}
          >
            ×
          </button>
        </div>
      </header>
      <p className="table-note">{t('table.hopsNote')}</p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {columns.map((c) => (
                <th
                  key={c}
                  aria-sort={
                    sort.column === c ? (sort.descending ? 'descending' : 'ascending') : 'none'
                  }
                >
                  <button
                    type="button"
                    data-testid={`sort-${c}`}
                    onClick={() =>
                      setSort((s) => ({
                        column: c,
                        descending: s.column === c ? !s.descending : c !== 'name',
                      }))
                    }
                  >
                    {header(c)}
                    {sort.column === c ? (sort.descending ? ' ▼' : ' ▲') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE).map((row) => (
              <tr
                key={row.key}
                onClick={() => {
                  actions.select(row.key);
                  currentView()?.focusNode(row.key);
                }}
              >
                {columns.map((c) => (
                  <td key={c} className={typeof row[c] === 'number' ? 'num' : ''}>
                    {c === 'name' && (
                      <span
                        className="dot"
                        style={{
                          background: KIND_COLOURS[graph.getNodeAttribute(row.key, 'kind')],
                        }}
                      />
                    )}
                    {c === 'articulationPoint'
                      ? row[c]
                        ? '✓'
                        : ''
                      : typeof row[c] === 'number'
                        ? formatMeasure(row[c], lang)
                        : row[c]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
