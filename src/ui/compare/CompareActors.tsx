import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_MEASURES, type Comparison } from '../../analysis/compare';
import { formatNumber } from '../../export/compare-report';
import { displayName } from '../../model/display-name';
import type { ExplorerGraph } from '../../state/base-graph';
import {
  ACTOR_FILTERS,
  actorChangeRows,
  actorChangesCsv,
  DEFAULT_SORT,
  filterRows,
  measureOfSort,
  sortRows,
  type ActorFilter,
  type Sort,
  type SortKey,
} from '../../state/compare-table';
import { actions, explorerStore } from '../../state/store';
import { useExplorer } from '../use-explorer';
import { CSV_TYPE, download } from '../download';

const PAGE = 100;

const cell = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : formatNumber(v);

/** Who rose, who fell, who appeared, who left: a sortable table with CSV export. */
export function CompareActors({
  comparison,
  graph,
  sides,
  pair,
}: {
  comparison: Comparison;
  graph: ExplorerGraph;
  sides: { a: string; b: string };
  pair: boolean;
}) {
  const { t } = useTranslation();
  const lang = useExplorer((s) => s.lang);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [filter, setFilter] = useState<ActorFilter>('all');
  const [limit, setLimit] = useState(PAGE);
  const all = useMemo(
    () =>
      actorChangeRows(
        comparison,
        (id) => (graph.hasNode(id) ? displayName(graph.getNodeAttributes(id), lang) : id),
        (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'kind') : ''),
      ),
    [comparison, graph, lang],
  );
  const rows = useMemo(
    () => sortRows(filterRows(all, filter, measureOfSort(sort.key)), sort),
    [all, filter, sort],
  );
  const statusText = (status: string) =>
    pair && status !== 'both'
      ? t(`compare.status.${status === 'appeared' ? 'onlyB' : 'onlyA'}`)
      : t(`compare.status.${status}`);
  const filterText = (f: ActorFilter) =>
    pair && (f === 'appeared' || f === 'left')
      ? t(`compare.status.${f === 'appeared' ? 'onlyB' : 'onlyA'}`)
      : t(`compare.filter.${f}`);

  const header = (key: SortKey, label: string) => (
    <th
      aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      data-sort={key}
    >
      <button
        type="button"
        className="link"
        onClick={() =>
          setSort((s) => ({
            key,
            descending: s.key === key ? !s.descending : key !== 'name' && key !== 'kind',
          }))
        }
      >
        {label}
        {sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );

  const exportCsv = () => {
    const { source, history } = explorerStore.getState();
    download(
      'actor-changes.csv',
      CSV_TYPE,
      actorChangesCsv(rows, sides, [
        ['source', source?.name ?? ''],
        ['exported', new Date().toISOString()],
        ['view', history.present.view],
        ['compared', `${comparison.settings.a} → ${comparison.settings.b}`],
        ['filter', filter],
        ['sort', `${sort.key} ${sort.descending ? 'descending' : 'ascending'}`],
        ['settings', JSON.stringify(comparison.settings)],
      ]),
    );
  };

  return (
    <section className="compare-actors" data-testid="compare-actors">
      <h3>{t('compare.actors')}</h3>
      <p className="muted small">{t('compare.actorsNote')}</p>
      <div className="compare-actor-tools">
        <span className="segmented">
          {ACTOR_FILTERS.map((f) => (
            <button
              key={f}
              type="button"
              className={filter === f ? 'primary' : ''}
              aria-pressed={filter === f}
              data-testid={`compare-filter-${f}`}
              onClick={() => {
                setFilter(f);
                setLimit(PAGE);
              }}
            >
              {filterText(f)}
            </button>
          ))}
        </span>
        <span className="muted small" data-testid="compare-actor-count">
          {t('compare.shown', { shown: Math.min(limit, rows.length), total: rows.length })}
        </span>
        <button type="button" data-testid="compare-actors-csv" onClick={exportCsv}>
          {t('compare.csv')}
        </button>
      </div>
      <div className="compare-table-wrap">
        <table className="compare-table" data-testid="compare-actor-table">
          <thead>
            <tr>
              {header('name', t('compare.col.actor'))}
              {header('kind', t('compare.col.kind'))}
              {header('status', t('compare.col.status'))}
              {ACTOR_MEASURES.map((m) => (
                <th key={m} colSpan={3} className="group-head">
                  {t(`compare.col.${m}`)}
                </th>
              ))}
            </tr>
            <tr className="sub-head">
              <th colSpan={3} />
              {ACTOR_MEASURES.map((m) => (
                <Fragment key={m}>
                  {header(`${m}.a`, 'A')}
                  {header(`${m}.b`, 'B')}
                  {header(`${m}.delta`, 'Δ')}
                </Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map((r) => (
              <tr key={r.id} data-actor={r.id} className={`status-${r.status}`}>
                <td>
                  <button type="button" className="link" onClick={() => actions.select(r.id)}>
                    {r.name}
                  </button>
                </td>
                <td>{t(`kind.${r.kind}`, { defaultValue: r.kind })}</td>
                <td>{statusText(r.status)}</td>
                {ACTOR_MEASURES.flatMap((m) =>
                  (['a', 'b', 'delta'] as const).map((side) => {
                    const v = r.values[`${m}.${side}`];
                    const sign = side === 'delta' && v ? (v > 0 ? 'up' : 'down') : '';
                    return (
                      <td
                        key={`${m}.${side}`}
                        className={`n ${sign}`}
                        data-col={`${m}.${side}`}
                        data-value={v ?? ''}
                      >
                        {side === 'delta' && v !== null && v !== undefined && v > 0 ? '+' : ''}
                        {cell(v)}
                      </td>
                    );
                  }),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > limit && (
        <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
          {t('compare.more', { count: Math.min(PAGE, rows.length - limit) })}
        </button>
      )}
    </section>
  );
}
