import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { yearBounds } from '../state/activity';
import type { Derived } from '../state/derived';
import { actions, type Gesture } from '../state/store';
import { currentYear, timeline, windowAt } from '../state/time';
import { TimeChart } from './TimeChart';
import { useExplorer } from './use-explorer';
import { useGesture } from './use-gesture';

const SPEEDS = [0.5, 1, 2, 4] as const;

/**
 * The year control under the canvas: a year slider, play/pause with a speed, cumulative or a
 * moving window, and a small chart of the network per year. It moves the view's year window
 * (`filters.years`); a drag or a whole play-through is one undo step.
 */
export function TimeBar({ derived }: { derived: Derived }) {
  const { t } = useTranslation();
  const filters = useExplorer((s) => s.history.present.filters);
  const time = useExplorer((s) => s.history.present.time);
  const gesture = useGesture();
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(1);
  const play = useRef<Gesture | null>(null);
  const bounds = yearBounds(derived.graph);
  const year = bounds ? currentYear(filters, bounds) : 0;

  const goTo = (y: number, record: Gesture | true) => {
    if (!bounds) return;
    const years = windowAt(y, time, bounds);
    actions.update((s) => ({ ...s, filters: { ...s.filters, years } }), record);
  };

  // Playing: one year per tick; the whole play-through is one gesture (one undo step).
  useEffect(() => {
    if (!playing || !bounds) return;
    const timer = setInterval(() => {
      const at = currentYear(filters, bounds);
      if (at >= bounds[1]) setPlaying(false);
      else goTo(at + 1, play.current ?? true);
    }, 1000 / speed);
    return () => clearInterval(timer);
  });

  if (!bounds) return null;
  const togglePlay = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    play.current = actions.newGesture();
    // Playing starts from the first year unless a year in between is chosen.
    if (!filters.years || year >= bounds[1]) goTo(bounds[0], play.current);
    setPlaying(true);
  };
  const data = timeline(derived.graph, filters, time);
  return (
    <section className="time-bar" data-testid="time-bar" aria-label={t('time.heading')}>
      <button
        type="button"
        className="play"
        data-testid="time-play"
        aria-pressed={playing}
        onClick={togglePlay}
      >
        {playing ? t('time.pause') : t('time.play')}
      </button>
      <label className="time-year">
        <span className="year-value" data-testid="time-year">
          {filters.years ? year : t('time.allYears')}
        </span>
        <input
          type="range"
          min={bounds[0]}
          max={bounds[1]}
          step={1}
          value={year}
          aria-label={t('time.year')}
          data-testid="time-slider"
          {...gesture.handlers}
          onChange={(e) => goTo(Number(e.target.value), gesture.group())}
        />
      </label>
      <label className="inline">
        <span>{t('time.mode')}</span>
        <select
          value={time.mode}
          data-testid="time-mode"
          onChange={(e) => {
            const mode = e.target.value as typeof time.mode;
            const next = { ...time, mode };
            actions.update((s) => ({
              ...s,
              time: next,
              filters: {
                ...s.filters,
                years: s.filters.years ? windowAt(year, next, bounds) : null,
              },
            }));
          }}
        >
          <option value="cumulative">{t('time.cumulative')}</option>
          <option value="window">{t('time.window')}</option>
        </select>
      </label>
      {time.mode === 'window' && (
        <label className="inline">
          <span>{t('time.width')}</span>
          <select
            value={time.width}
            data-testid="time-width"
            onChange={(e) => {
              const next = { ...time, width: Number(e.target.value) };
              actions.update((s) => ({
                ...s,
                time: next,
                filters: {
                  ...s.filters,
                  years: s.filters.years ? windowAt(year, next, bounds) : null,
                },
              }));
            }}
          >
            {[1, 2, 3, 5].map((w) => (
              <option key={w} value={w}>
                {t('time.yearCount', { n: w })}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="inline">
        <span>{t('time.speed')}</span>
        <select
          value={speed}
          data-testid="time-speed"
          onChange={(e) => setSpeed(Number(e.target.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {t('time.perSecond', { n: s })}
            </option>
          ))}
        </select>
      </label>
      {filters.years && (
        <button
          type="button"
          className="link"
          data-testid="time-all"
          onClick={() => {
            setPlaying(false);
            actions.setFilters({ years: null });
          }}
        >
          {t('time.showAll')}
        </button>
      )}
      <TimeChart data={data} year={year} />
    </section>
  );
}
