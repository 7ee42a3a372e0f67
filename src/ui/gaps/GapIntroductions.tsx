import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapReport, Introduction } from '../../analysis/gaps/types';
import type { Labels } from '../../export/gaps/describe';
import { introductionsTable } from '../../export/gaps/tables';
import { tableToCsv } from '../../export/table-csv';
import type { ExplorerGraph } from '../../state/base-graph';
import { explorerStore } from '../../state/store';
import { GapTable } from './GapTable';
import { CSV_TYPE, download } from '../download';

const attr = (graph: ExplorerGraph, id: string, key: 'kind' | 'prefecture') =>
  graph.hasNode(id) ? (graph.getNodeAttribute(id, key) ?? null) : null;

/** A pair matches a filter when either actor does. */
function matches(graph: ExplorerGraph, i: Introduction, kind: string, prefecture: string) {
  const ends = [i.source, i.target];
  return (
    (!kind || ends.some((e) => attr(graph, e, 'kind') === kind)) &&
    (!prefecture || ends.some((e) => attr(graph, e, 'prefecture') === prefecture))
  );
}

/** The network-wide introductions, filterable by actor kind and prefecture, as CSV too. */
export function GapIntroductions({
  report,
  graph,
  labels,
}: {
  report: GapReport;
  graph: ExplorerGraph;
  labels: Labels;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState('');
  const [prefecture, setPrefecture] = useState('');
  const all = report.introductions;
  const options = useMemo(() => {
    const kinds = new Set<string>();
    const prefectures = new Set<string>();
    for (const i of all)
      for (const e of [i.source, i.target]) {
        const k = attr(graph, e, 'kind');
        const p = attr(graph, e, 'prefecture');
        if (k) kinds.add(k);
        if (p) prefectures.add(p);
      }
    return { kinds: [...kinds].sort(), prefectures: [...prefectures].sort() };
  }, [all, graph]);
  const shown = all.filter((i) => matches(graph, i, kind, prefecture));

  const exportCsv = () => {
    const { source, history } = explorerStore.getState();
    const join = (ids: string[], name: (id: string) => string) => ids.map(name).join('; ');
    const csv = tableToCsv(
      [
        'source',
        'sourceName',
        'target',
        'targetName',
        'score',
        'sharedPartners',
        'sharedProjects',
        'sharedFields',
        'distance',
        'rules',
      ].map((id) => ({ id, header: id })),
      shown.map((i) => ({
        source: i.source,
        sourceName: labels.actor(i.source),
        target: i.target,
        targetName: labels.actor(i.target),
        score: i.score,
        sharedPartners: join(i.sharedPartners, labels.actor),
        sharedProjects: join(i.sharedProjects, labels.project),
        sharedFields: i.sharedFields.join('; '),
        distance: i.distance,
        rules: i.rules.join('; '),
      })),
      [
        ['source', source?.name ?? ''],
        ['exported', new Date().toISOString()],
        ['view', history.present.view],
        ['filter kind', kind || 'all'],
        ['filter prefecture', prefecture || 'all'],
        ['settings', JSON.stringify(report.settings)],
      ],
    );
    download('introductions.csv', CSV_TYPE, csv);
  };

  return (
    <section className="gap-introductions" data-testid="gap-introductions">
      <h3>{t('gaps.intro.heading')}</h3>
      <p className="note">{t('gaps.intro.lead')}</p>
      <div className="gap-filters">
        <label className="field">
          <span>{t('gaps.intro.filterKind')}</span>
          <select
            data-testid="gap-intro-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value)}
          >
            <option value="">{t('gaps.intro.all')}</option>
            {options.kinds.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`, { defaultValue: k })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('gaps.intro.filterPrefecture')}</span>
          <select
            data-testid="gap-intro-prefecture"
            value={prefecture}
            onChange={(e) => setPrefecture(e.target.value)}
          >
            <option value="">{t('gaps.intro.all')}</option>
            {options.prefectures.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small" data-testid="gap-intro-count">
          {t('gaps.intro.shown', { shown: shown.length, total: all.length })}
        </span>
        <button type="button" data-testid="gap-intro-csv" onClick={exportCsv}>
          {t('gaps.intro.export')}
        </button>
      </div>
      <GapTable table={introductionsTable(shown, labels, null, true)} testId="gap-intro-table" />
    </section>
  );
}
