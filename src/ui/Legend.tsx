import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Legend as LegendData } from '../state/styles';
import { formatMeasure } from './AnalysisPanel';
import { outputLabelKey } from '../state/measure-catalogue';
import { formatNumber, legendLabel } from './labels';
import { useExplorer } from './use-explorer';
import { CompareLegend } from './compare/CompareLegend';

/** Drawn from the same pass that coloured the graph, so it lists exactly what is shown. */
export function Legend({ legend }: { legend: LegendData }) {
  const { t } = useTranslation();
  const lang = useExplorer((s) => s.lang);
  const [open, setOpen] = useState(true);
  if (!open) {
    return (
      <button
        type="button"
        className="legend-show"
        data-label-obstacle
        data-testid="legend"
        onClick={() => setOpen(true)}
      >
        {t('legend.show')}
      </button>
    );
  }
  return (
    <aside
      className="legend"
      data-testid="legend"
      aria-label={t('legend.heading')}
      data-label-obstacle
    >
      <button
        type="button"
        className="close legend-hide"
        aria-label={t('legend.hide')}
        title={t('legend.hide')}
        onClick={() => setOpen(false)}
      >
        ×
      </button>
      {legend.compare && <CompareLegend legend={legend.compare} />}
      <h3>
        {t('legend.nodes')} · {t(`colourBy.${legend.colourBy}`)}
      </h3>
      {legend.pending && <p className="muted">{t('legend.pending')}</p>}
      {legend.scale && (
        <div className="legend-scale" data-testid="legend-scale">
          <p className="small">
            {t('legend.colour', { measure: t(outputLabelKey(legend.scale.measure)) })}
          </p>
          <div className="gradient" style={{ background: legend.scale.gradient }} />
          <div className="scale-ends small">
            <span data-testid="legend-scale-min">{formatMeasure(legend.scale.min, lang)}</span>
            <span data-testid="legend-scale-max">{formatMeasure(legend.scale.max, lang)}</span>
          </div>
        </div>
      )}
      <ul>
        {legend.nodes.map((entry) => (
          <li key={entry.value} data-legend-node={entry.value}>
            <span className="dot" style={{ background: entry.color }} />
            <span className="legend-label">{legendLabel(t, legend.colourBy, entry.value)}</span>
            <span className="count">{formatNumber(entry.count, lang)}</span>
          </li>
        ))}
      </ul>
      {legend.edges.length > 0 && (
        <>
          <h3>{t('legend.edges')}</h3>
          <ul>
            {legend.edges.map((entry) => (
              <li key={entry.value} data-legend-edge={entry.value}>
                <span className="line" style={{ background: entry.color }} />
                <span className="legend-label">{t(`tie.${entry.value}`)}</span>
                <span className="count">{formatNumber(entry.count, lang)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {legend.overlay && (
        <ul data-testid="legend-overlay">
          {legend.overlay.articulation && (
            <li data-legend-overlay="articulation">
              <span
                className="dot ring"
                style={{ background: legend.overlay.articulation.color }}
              />
              <span className="legend-label">{t('legend.articulation')}</span>
              <span className="count">{formatNumber(legend.overlay.articulation.count, lang)}</span>
            </li>
          )}
          {legend.overlay.bridges && (
            <li data-legend-overlay="bridges">
              <span className="line thick" style={{ background: legend.overlay.bridges.color }} />
              <span className="legend-label">{t('legend.bridges')}</span>
              <span className="count">{formatNumber(legend.overlay.bridges.count, lang)}</span>
            </li>
          )}
          {legend.overlay.localBridges && (
            <li data-legend-overlay="localBridges">
              <span
                className="line thick"
                style={{ background: legend.overlay.localBridges.color }}
              />
              <span className="legend-label">{t('legend.localBridges')}</span>
              <span className="count">{formatNumber(legend.overlay.localBridges.count, lang)}</span>
            </li>
          )}
        </ul>
      )}
      <p className="legend-size">
        {t('legend.size', {
          measure: t(outputLabelKey(legend.size.measure)),
          min: formatNumber(legend.size.min, lang),
          max: formatNumber(legend.size.max, lang),
        })}
      </p>
    </aside>
  );
}
