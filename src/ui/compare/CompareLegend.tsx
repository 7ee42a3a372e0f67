import { useTranslation } from 'react-i18next';
import type { CompareLegend as CompareLegendData } from '../../state/compare-drawing';
import { formatNumber } from '../labels';
import { useExplorer } from '../use-explorer';

/** The comparison's tie styles in the legend, with the counts drawn. */
export function CompareLegend({ legend }: { legend: CompareLegendData }) {
  const { t } = useTranslation();
  const lang = useExplorer((s) => s.lang);
  const pair = legend.kind === 'pair';
  const names = { a: legend.a, b: legend.b };
  const rows: [string, string, { color: string; count: number }, string][] = [
    [
      'added',
      pair ? t('compare.legend.onlyB', names) : t('compare.legend.added'),
      legend.added,
      'thick',
    ],
    [
      'removed',
      pair ? t('compare.legend.onlyA', names) : t('compare.legend.removed'),
      legend.removed,
      'faint',
    ],
    ['kept', pair ? t('compare.legend.both') : t('compare.legend.kept'), legend.kept, ''],
  ];
  return (
    <div className="legend-compare" data-testid="legend-compare">
      <h3>{t('compare.legend.heading')}</h3>
      <p className="small muted note">{t('compare.legend.sides', names)}</p>
      <ul>
        {rows.map(([id, label, entry, style]) => (
          <li key={id} data-legend-compare={id}>
            <span className={`line ${style}`} style={{ background: entry.color }} />
            <span className="legend-label">{label}</span>
            <span className="count">{formatNumber(entry.count, lang)}</span>
          </li>
        ))}
        {!pair && (
          <li data-legend-compare="left">
            <span className="dot" style={{ background: legend.left.color }} />
            <span className="legend-label">{t('compare.legend.left')}</span>
            <span className="count">{formatNumber(legend.left.count, lang)}</span>
          </li>
        )}
      </ul>
      {!pair && (
        <p className="small muted note">
          {t('compare.legend.appeared', { count: legend.appeared })}
        </p>
      )}
    </div>
  );
}
