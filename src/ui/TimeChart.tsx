import { useTranslation } from 'react-i18next';
import type { Timeline } from '../state/time';
import { formatNumber } from './labels';

const W = 104;
const H = 30;

/** One series as small bars, the current year's bar marked; its own scale, its value beside it. */
function Spark({
  label,
  values,
  years,
  year,
  lang,
  testId,
}: {
  label: string;
  values: number[];
  years: number[];
  year: number;
  lang: string;
  testId: string;
}) {
  const max = Math.max(1, ...values);
  const bar = W / Math.max(1, values.length);
  const at = years.indexOf(year);
  return (
    <figure className="spark" data-testid={testId}>
      <figcaption>
        {label} <strong>{formatNumber(values[at] ?? 0, lang)}</strong>
      </figcaption>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        {values.map((v, i) => {
          const h = Math.max(v > 0 ? 1 : 0, (v / max) * (H - 2));
          return (
            <rect
              key={years[i]}
              x={i * bar + 0.5}
              y={H - h}
              width={Math.max(1, bar - 1)}
              height={h}
              className={i === at ? 'current' : undefined}
            >
              <title>{`${years[i]}: ${formatNumber(v, lang)}`}</title>
            </rect>
          );
        })}
      </svg>
    </figure>
  );
}

/** Actors, ties and cross-cluster ties per year, as the time control would show them. */
export function TimeChart({ data, year }: { data: Timeline; year: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="time-chart" data-testid="time-chart">
      <Spark
        label={t('time.actors')}
        values={data.actors}
        years={data.years}
        year={year}
        lang={lang}
        testId="chart-actors"
      />
      <Spark
        label={t('time.ties')}
        values={data.ties}
        years={data.years}
        year={year}
        lang={lang}
        testId="chart-ties"
      />
      <Spark
        label={t('time.crossCluster')}
        values={data.crossCluster}
        years={data.years}
        year={year}
        lang={lang}
        testId="chart-cross"
      />
    </div>
  );
}
