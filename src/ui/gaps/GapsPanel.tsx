import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { SerializedGraph } from 'graphology-types';
import type { Finding, GapReport } from '../../analysis/gaps/types';
import { findingText, labelsFor, type Labels } from '../../export/gaps/describe';
import { reportHtml } from '../../export/gaps/html';
import { findingTables } from '../../export/gaps/tables';
import type { Lang } from '../../model/display-name';
import type { Derived } from '../../state/derived';
import { actions, explorerStore } from '../../state/store';
import { useExplorer } from '../use-explorer';
import { GapIntroductions } from './GapIntroductions';
import { GapTable } from './GapTable';
import { GapThresholds } from './GapThresholds';

export function makeLabels(network: SerializedGraph, t: TFunction, lang: Lang): Labels {
  return labelsFor(network, (key, values) => t(key, values ?? {}), lang);
}

/**
 * Prints the report the CLI writes as HTML (A4 print CSS, the graph as an SVG image from the
 * current positions, one block per finding, tables never split), from a page of its own so
 * the WebGL canvas, which prints blank, is not involved.
 */
export function printGapReport(graph: Derived['graph'], report: GapReport, labels: Labels) {
  const { source } = explorerStore.getState();
  const network = graph.export() as SerializedGraph;
  const html = reportHtml(network, report, labels, {
    source: source?.name ?? '',
    generatedAt: new Date(),
    synthetic: network.nodes.some((n) => n.attributes?.synthetic === true),
  });
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const page = window.open(url, '_blank');
  if (!page) {
    actions.notify(labels.t('gaps.printBlocked'));
    return;
  }
  page.addEventListener('load', () => {
    page.print();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  });
}

function GapFinding({
  finding,
  labels,
  limit,
}: {
  finding: Finding;
  labels: Labels;
  limit: number;
}) {
  const { t } = useTranslation();
  const text = findingText(finding, labels);
  const tables = findingTables(finding, labels, limit);
  return (
    <details
      className="gap-finding"
      data-testid={`gap-finding-${finding.rule}`}
      open={finding.count > 0}
    >
      <summary>
        <span className="gap-title">{text.title}</span>{' '}
        <span className="badge gap-count" data-testid="gap-count">
          {finding.count}
        </span>
      </summary>
      <p className="gap-sentence" data-testid="gap-sentence">
        {text.sentence}
      </p>
      <p className="gap-why">
        <strong>{t('gaps.why')}:</strong> {text.why}
      </p>
      <details className="gap-settings">
        <summary>{t('gaps.thresholds')}</summary>
        <GapThresholds rule={finding.rule} />
      </details>
      {tables.map((table) => (
        <GapTable key={table.id} table={table} testId={`gap-table-${table.id}`} />
      ))}
    </details>
  );
}

/** The Gaps view: findings per rule with counts, thresholds, actors to click, introductions. */
export function GapsPanel({ derived }: { derived: Derived }) {
  const { t } = useTranslation();
  const lang = useExplorer((s) => s.lang);
  const gaps = useExplorer((s) => s.gaps);
  const network = useExplorer((s) => s.network);
  const focused = useExplorer((s) => s.focusedFinding);
  const labels = useMemo(
    () => (network ? makeLabels(network as SerializedGraph, t, lang) : null),
    [network, t, lang],
  );
  const report = gaps.graph === derived.graph ? gaps.report : null;
  const stale = gaps.reportKey !== gaps.key;

  return (
    <section className="gaps-drawer" data-testid="gaps-panel" aria-busy={gaps.running}>
      <header>
        <h2>{t('gaps.heading')}</h2>
        <div className="pager">
          {gaps.running && (
            <span className="muted small" data-testid="gaps-progress">
              {t('gaps.running', { percent: Math.round((gaps.progress ?? 0) * 100) })}
            </span>
          )}
          {gaps.running ? (
            <button type="button" onClick={actions.cancelGaps}>
              {t('analysis.cancel')}
            </button>
          ) : (
            stale && (
              <button type="button" data-testid="gaps-refresh" onClick={actions.refreshGaps}>
                {t('gaps.refresh')}
              </button>
            )
          )}
          {focused && (
            <button type="button" onClick={actions.clearFinding}>
              {t('path.clear')}
            </button>
          )}
          <button
            type="button"
            data-testid="gaps-print"
            disabled={!report || !labels}
            onClick={() => report && labels && printGapReport(derived.graph, report, labels)}
          >
            {t('gaps.print')}
          </button>
          <button
            type="button"
            className="close"
            onClick={actions.toggleGaps}
            aria-label={t('app.close')}
          >
            ×
          </button>
        </div>
      </header>
      <div className="gaps-scroll">
        <p className="note">{t('gaps.lead')}</p>
        {gaps.error && (
          <p className="error" role="alert">
            {t('gaps.failed', { message: gaps.error })}
          </p>
        )}
        <details className="gap-settings">
          <summary>{t('gaps.thresholds')}</summary>
          <GapThresholds />
        </details>
        {report && labels && (
          <div className={stale ? 'gap-report stale' : 'gap-report'} data-testid="gap-report">
            {report.findings.map((f) => (
              <GapFinding
                key={f.rule}
                finding={f}
                labels={labels}
                limit={report.settings.introductions.limit}
              />
            ))}
            <GapIntroductions report={report} graph={derived.graph} labels={labels} />
          </div>
        )}
      </div>
    </section>
  );
}
