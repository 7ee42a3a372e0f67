import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { tableToCsv } from '../export/table-csv';
import { KIND_COLOURS } from '../model/palette';
import { currentView } from '../render/current-view';
import {
  actorRows,
  DESCRIPTIVE_COLUMNS,
  measureColumns,
  tableProvenance,
  type Row,
} from '../state/actor-table';
import type { Derived } from '../state/derived';
import { outputLabelKey } from '../state/measure-catalogue';
import { actions, explorerStore } from '../state/store';
import { formatMeasure } from './AnalysisPanel';
import { useExplorer } from './use-explorer';
import { CSV_TYPE, download } from './download';

const PAGE_SIZE = 50;
const CODED: Record<string, string> = {
  kind: 'kind',
  sector: 'sector',
  region: 'bureau',
  cluster: 'cluster',
  sizeClass: 'sizeClass',
};

function cellText(
  t: TFunction,
  column: string,
  value: Row[string] | undefined,
  lang: string,
): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '✓' : '';
  if (typeof value === 'number')
    return column === 'articulationPoint' ? (value ? '✓' : '') : formatMeasure(value, lang);
  const ns = CODED[column];
  return ns ? t(`${ns}.${value}`, { defaultValue: value }) : value;
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
  const columns = [...DESCRIPTIVE_COLUMNS, ...measureColumns(derived)];
  const rows = useMemo(() => {
    const out = actorRows(derived, lang);
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
  }, [derived, lang, sort]);

  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const header = (column: string) =>
    (DESCRIPTIVE_COLUMNS as readonly string[]).includes(column)
      ? t(`table.${column}`)
      : t(outputLabelKey(column));
  const downloadCsv = () => {
    const { history, source } = explorerStore.getState();
    const csv = tableToCsv(
      [{ id: 'key', header: 'id' }, ...columns.map((c) => ({ id: c, header: header(c) }))],
      rows,
      tableProvenance(history.present, derived, source?.name ?? '', new Date().toISOString()),
    );
    download('actors.csv', CSV_TYPE, csv);
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
                data-testid="table-row"
                onClick={() => {
                  actions.select(row.key);
                  currentView()?.focusNode(row.key);
                }}
              >
                {columns.map((c) => (
                  <td key={c} data-column={c} className={typeof row[c] === 'number' ? 'num' : ''}>
                    {c === 'name' && (
                      <span
                        className="dot"
                        style={{
                          background: KIND_COLOURS[derived.graph.getNodeAttribute(row.key, 'kind')],
                        }}
                      />
                    )}
                    {cellText(t, c, row[c], lang)}
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
