import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { displayName } from '../render/styles';
import { ANALYSIS_MEASURES } from '../state/analysis-measures';
import { eiRows, weakLinks, type GroupingId } from '../state/analysis-view';
import type { Derived } from '../state/derived';
import { numericMeasureIds } from '../state/measures';
import { actions } from '../state/store';
import { DEFAULT_COLOUR_MEASURE } from '../state/view-state';
import { formatNumber } from './labels';
import { GroupingSelect } from './GroupingSelect';
import { useExplorer } from './use-explorer';

const WEAK_SHOWN = 100;

/** Values of very different magnitudes (betweenness 0.0012, degree 14) with 3 significant digits. */
export function formatMeasure(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (value !== 0 && Math.abs(value) < 0.01)
    return new Intl.NumberFormat(lang, { maximumSignificantDigits: 3 }).format(value);
  return formatNumber(value, lang);
}

export function groupLabel(t: TFunction, grouping: GroupingId, label: string): string {
  if (grouping === 'community') return t('legend.community', { n: Number(label) + 1 });
  return t(`${grouping}.${label}`, { defaultValue: label });
}

/** Run / cancel, colour and highlight by analysis results, weak links and E-I. */
export function AnalysisPanel({ derived }: { derived: Derived }) {
  const { t } = useTranslation();
  const lang = useExplorer((s) => s.lang);
  const analysis = useExplorer((s) => s.analysis);
  const overlay = useExplorer((s) => s.overlay);
  const focusedTie = useExplorer((s) => s.focusedTie);
  const colourBy = useExplorer((s) => s.history.present.colourBy);
  const colourMeasure = useExplorer(
    (s) => s.history.present.colourMeasure ?? DEFAULT_COLOUR_MEASURE,
  );
  const [showWeak, setShowWeak] = useState(false);
  const [eiGrouping, setEiGrouping] = useState<GroupingId>('sector');
  const { graph } = derived;
  const current = analysis.graph === graph ? analysis : null;
  const data = current?.status === 'done' ? current.data : null;
  const links = useMemo(() => (data ? weakLinks(data.result) : []), [data]);
  const running = current?.status === 'running';
  const name = (key: string) =>
    graph.hasNode(key) ? displayName(graph.getNodeAttributes(key), lang) : key;
  const ei = data ? eiRows(data.grouped[eiGrouping]) : null;
  const numeric = numericMeasureIds();

  return (
    <section className="analysis-panel" data-testid="analysis-panel">
      <h2>{t('analysis.heading')}</h2>
      <div className="button-row">
        {data ? null : running ? (
          <button type="button" data-testid="analysis-cancel" onClick={actions.cancelAnalysis}>
            {t('analysis.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            data-testid="analysis-run"
            onClick={() => void actions.runAnalysis(graph)}
          >
            {t('analysis.run')}
          </button>
        )}
      </div>
      {running && (
        <div className="analysis-progress" data-testid="analysis-progress">
          <progress max={1} value={current.progress?.fraction ?? 0} />
          <span className="small">
            {t('analysis.running', {
              percent: Math.round((current.progress?.fraction ?? 0) * 100),
              phase: current.progress?.phase ?? '…',
            })}
          </span>
        </div>
      )}
      {current?.status === 'cancelled' && <p className="muted">{t('analysis.cancelled')}</p>}
      {current?.status === 'error' && (
        <p className="error" role="alert">
          {t('analysis.error', { message: current.error })}
        </p>
      )}
      {data && (
        <p className="stats" data-testid="analysis-done">
          {t('analysis.done', {
            nodes: formatNumber(data.result.graph.nodes, lang),
            edges: formatNumber(data.result.graph.edges, lang),
          })}
        </p>
      )}
      <p className="note">{t('analysis.weightNote')}</p>

      <label className="field">
        <span>{t('analysis.colourMeasure')}</span>
        <select
          data-testid="colour-measure"
          value={colourBy === 'measure' ? colourMeasure : ''}
          onChange={(e) => {
            const value = e.target.value;
            actions.update((s) =>
              value
                ? { ...s, colourBy: 'measure', colourMeasure: value }
                : { ...s, colourBy: 'kind' },
            );
            if (value in ANALYSIS_MEASURES && !data && !running) void actions.runAnalysis(graph);
          }}
        >
          <option value="">—</option>
          {numeric.map((m) => (
            <option key={m} value={m}>
              {t(`measure.${m}`, { defaultValue: m })}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        data-testid="colour-community"
        className={colourBy === 'community' ? 'primary' : ''}
        onClick={() => actions.update((s) => ({ ...s, colourBy: 'community' }))}
      >
        {t('analysis.colourByCommunity')}
      </button>

      {data && (
        <>
          <h3>{t('analysis.highlight')}</h3>
          <label className="check">
            <input
              type="checkbox"
              data-testid="overlay-bridges"
              checked={overlay.bridges}
              onChange={(e) => actions.setOverlay({ bridges: e.target.checked })}
            />
            {t('analysis.bridges')} ({formatNumber(data.result.graph.bridges ?? 0, lang)})
          </label>
          <label className="check">
            <input
              type="checkbox"
              data-testid="overlay-articulation"
              checked={overlay.articulation}
              onChange={(e) => actions.setOverlay({ articulation: e.target.checked })}
            />
            {t('analysis.articulation')} (
            {formatNumber(data.result.graph.articulationPoints ?? 0, lang)})
          </label>
          <label className="check">
            <input
              type="checkbox"
              data-testid="overlay-weak"
              checked={overlay.weakOnly}
              onChange={(e) => actions.setOverlay({ weakOnly: e.target.checked })}
            />
            {t('analysis.weakOnly')}
          </label>

          <button
            type="button"
            data-testid="weak-links-toggle"
            className={showWeak ? 'primary' : ''}
            onClick={() => setShowWeak(!showWeak)}
          >
            {t('analysis.weakLinks', { count: links.length })}
          </button>
          {showWeak && (
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
                    const active =
                      focusedTie?.source === l.source && focusedTie.target === l.target;
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

          <h3>{t('analysis.eiHeading')}</h3>
          <GroupingSelect testId="ei-grouping" value={eiGrouping} onChange={setEiGrouping} />
          {ei && (
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
                      <td>{groupLabel(t, eiGrouping, r.label)}</td>
                      <td className="num">{formatNumber(r.size, lang)}</td>
                      <td className="num">{formatNumber(r.external, lang)}</td>
                      <td className="num">{formatNumber(r.internal, lang)}</td>
                      <td className="num">{formatMeasure(r.ei, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
