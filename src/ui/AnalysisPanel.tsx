import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { measureById } from '../analysis/registry';
import { displayName } from '../model/display-name';
import { eiRows, weakLinks } from '../state/analysis-results';
import { paramsFor } from '../state/analysis-requests';
import type { Derived } from '../state/derived';
import { NUMERIC_NODE_OUTPUTS } from '../state/measure-catalogue';
import { actions } from '../state/store';
import { AnalysisSettings, setMeasureParam } from './AnalysisSettings';
import { formatNumber } from './labels';
import { ParamField } from './ParamField';
import { useExplorer } from './use-explorer';

const WEAK_SHOWN = 100;

/** Values of very different magnitudes (betweenness 0.0012, degree 14) with 3 significant digits. */
export function formatMeasure(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (value !== 0 && Math.abs(value) < 0.01)
    return new Intl.NumberFormat(lang, { maximumSignificantDigits: 3 }).format(value);
  return formatNumber(value, lang);
}

/** A group's name: community numbers as people count them (from 1), domain codes translated. */
export function groupLabel(t: TFunction, grouping: string | null, label: string): string {
  if (grouping === 'community') return t('legend.community', { n: Number(label) + 1 });
  const ns: Record<string, string> = {
    sector: 'sector',
    cluster: 'cluster',
    kind: 'kind',
    bureau: 'bureau',
    sizeClass: 'sizeClass',
  };
  const prefix = grouping ? ns[grouping] : undefined;
  return prefix ? t(`${prefix}.${label}`, { defaultValue: label }) : label;
}

/** Run / cancel, settings, colour and highlight by analysis results, weak links and E-I. */
export function AnalysisPanel({ derived }: { derived: Derived }) {
  const { t } = useTranslation();
  const lang = useExplorer((s) => s.lang);
  const analysis = useExplorer((s) => s.analysis);
  const overlay = useExplorer((s) => s.overlay);
  const focusedTie = useExplorer((s) => s.focusedTie);
  const state = useExplorer((s) => s.history.present);
  const { graph, results } = derived;
  const current = analysis.graph === graph ? analysis : null;
  const running = Boolean(current?.running);
  const failures = current ? Object.values(current.failed) : [];
  const cancelled = current ? Object.keys(current.cancelled).length > 0 : false;
  const weakSource = results.localBridges;
  const links = useMemo(() => (weakSource ? weakLinks(weakSource) : []), [weakSource]);
  const name = (key: string) =>
    graph.hasNode(key) ? displayName(graph.getNodeAttributes(key), lang) : key;
  const ei = results.eiIndex ? eiRows(results.eiIndex) : null;
  const eiSpec = measureById('eiIndex')!;
  const eiGroups = paramsFor(eiSpec, state.analysis).groups as string | null;
  const bic = results.biconnectivity?.graph;
  const done = Object.keys(results).length;

  return (
    <section className="analysis-panel" data-testid="analysis-panel">
      <h2>{t('analysis.heading')}</h2>
      <div className="button-row">
        {running ? (
          <button type="button" data-testid="analysis-cancel" onClick={actions.cancelAnalysis}>
            {t('analysis.cancel')}
          </button>
        ) : (
          !current?.all && (
            <button
              type="button"
              className="primary"
              data-testid="analysis-run"
              onClick={actions.runAll}
            >
              {t('analysis.run')}
            </button>
          )
        )}
      </div>
      {running && (
        <div className="analysis-progress" data-testid="analysis-progress">
          <progress max={1} value={current?.progress?.fraction ?? 0} />
          <span className="small">
            {t('analysis.running', {
              percent: Math.round((current?.progress?.fraction ?? 0) * 100),
              phase: current?.progress?.phase
                ? t(measureById(current.progress.phase)?.labelKey ?? 'analysis.prepare')
                : '…',
            })}
          </span>
        </div>
      )}
      {cancelled && !running && <p className="muted">{t('analysis.cancelled')}</p>}
      {failures.length > 0 && (
        <p className="error" role="alert">
          {t('analysis.error', { message: failures[0] })}
        </p>
      )}
      {current?.all && !running && done > 0 && (
        <p className="stats" data-testid="analysis-done">
          {t('analysis.done', {
            nodes: formatNumber(graph.order, lang),
            edges: formatNumber(graph.size, lang),
          })}
        </p>
      )}
      <p className="note">{t('analysis.weightNote')}</p>

      <label className="field">
        <span>{t('analysis.colourMeasure')}</span>
        <select
          data-testid="colour-measure"
          value={state.colourBy === 'measure' ? state.colourMeasure : ''}
          onChange={(e) => {
            const value = e.target.value;
            actions.update((s) =>
              value
                ? { ...s, colourBy: 'measure', colourMeasure: value }
                : { ...s, colourBy: 'kind' },
            );
          }}
        >
          <option value="">—</option>
          {NUMERIC_NODE_OUTPUTS.map((o) => (
            <option key={o.key} value={o.key}>
              {t(o.labelKey)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        data-testid="colour-community"
        className={state.colourBy === 'community' ? 'primary' : ''}
        onClick={() => actions.update((s) => ({ ...s, colourBy: 'community' }))}
      >
        {t('analysis.colourByCommunity')}
      </button>
      <AnalysisSettings />

      <h3>{t('analysis.highlight')}</h3>
      {(
        [
          ['bridges', 'overlay-bridges', 'analysis.bridges', bic?.bridges],
          [
            'articulation',
            'overlay-articulation',
            'analysis.articulation',
            bic?.articulationPoints,
          ],
          ['weakOnly', 'overlay-weak', 'analysis.weakOnly', undefined],
        ] as const
      ).map(([flag, testId, labelKey, count]) => (
        <label className="check" key={flag}>
          <input
            type="checkbox"
            data-testid={testId}
            checked={overlay[flag]}
            onChange={(e) => actions.setOverlay({ [flag]: e.target.checked })}
          />
          {t(labelKey)}
          {count !== undefined && ` (${formatNumber(count, lang)})`}
        </label>
      ))}

      <button
        type="button"
        data-testid="weak-links-toggle"
        className={overlay.weakList ? 'primary' : ''}
        onClick={() => actions.setOverlay({ weakList: !overlay.weakList })}
      >
        {weakSource
          ? t('analysis.weakLinks', { count: links.length })
          : t('analysis.weakLinksShow')}
      </button>
      {overlay.weakList && weakSource && (
        <div className="weak-links" data-testid="weak-links">
          <p className="note">{t('analysis.weakLinksHelp')}</p>
          <table>
            <thead>
              <tr>
                <th>{t('legend.edges')}</th>
                <th className="num">{t('analysis.strength')}</th>
                <th className="num">{t('analysis.span')}</th>
              </tr>
            </thead>
            <tbody>
              {links.slice(0, WEAK_SHOWN).map((l) => {
                const active = focusedTie?.source === l.source && focusedTie.target === l.target;
                return (
                  <tr
                    key={`${l.source}|${l.target}`}
                    className={active ? 'active' : ''}
                    data-testid="weak-link"
                    onClick={() => {
                      actions.focusTie(active ? null : { source: l.source, target: l.target });
                    }}
                  >
                    <td>
                      <span className={`tie-kind ${l.kind}`}>
                        {t(l.kind === 'bridge' ? 'analysis.kindBridge' : 'analysis.kindLocal')}
                      </span>
                      <br />
                      {name(l.source)} – {name(l.target)}
                    </td>
                    <td className="num">{formatNumber(l.strength, lang)}</td>
                    <td className="num">{l.span === null ? '∞' : l.span}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {focusedTie && (
            <button type="button" onClick={() => actions.focusTie(null)}>
              {t('path.clear')}
            </button>
          )}
        </div>
      )}

      {ei && (
        <>
          <h3>{t('analysis.eiHeading')}</h3>
          <ParamField
            spec={eiSpec.params.find((p) => p.id === 'groups')!}
            testId="ei-grouping"
            value={eiGroups}
            onChange={(value) => setMeasureParam('eiIndex', 'groups', value)}
          />
          <div data-testid="ei-summary">
            <p>{t('analysis.eiNetwork', { value: formatMeasure(ei.network, lang) })}</p>
            <table className="ei-table">
              <thead>
                <tr>
                  <th>{t('analysis.group')}</th>
                  <th className="num">{t('analysis.size')}</th>
                  <th className="num">{t('analysis.external')}</th>
                  <th className="num">{t('analysis.internal')}</th>
                  <th className="num">E-I</th>
                </tr>
              </thead>
              <tbody>
                {ei.rows.map((r) => (
                  <tr key={r.label}>
                    <td>{groupLabel(t, eiGroups, r.label)}</td>
                    <td className="num">{formatNumber(r.size, lang)}</td>
                    <td className="num">{formatNumber(r.external, lang)}</td>
                    <td className="num">{formatNumber(r.internal, lang)}</td>
                    <td className="num">{formatMeasure(r.ei, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
