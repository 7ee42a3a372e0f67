import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Legend as LegendData } from '../render/styles';
import { formatNumber, legendLabel } from './labels';
import { useExplorer } from './use-explorer';

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
        data-testid="legend"
        onClick={() => setOpen(true)}
      >
        {t('legend.show')}
      </button>
    );
  }
  return (
    <aside className="legend" data-testid="legend" aria-label={t('legend.heading')}>
      <button
        type="button"
        className="close legend-hide"
        aria-label={t('legend.hide')}
        title={t('legend.hide')}
        onClick={() => setOpen(false)}
      >
        ×
      </button>
      <h3>
        {t('legend.nodes')} · {t(`colourBy.${legend.colourBy}`)}
      </h3>
      {legend.pending && <p className="muted">{t('legend.pending')}</p>}
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
      <p className="legend-size">
        {t('legend.size', {
          measure: t(`measure.${legend.size.measure}`),
          min: formatNumber(legend.size.min, lang),
          max: formatNumber(legend.size.max, lang),
        })}
      </p>
    </aside>
  );
}
