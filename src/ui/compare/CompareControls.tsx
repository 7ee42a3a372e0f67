import { useTranslation } from 'react-i18next';
import { GROUP_BY, type GroupBy } from '../../analysis/compare-groups';
import { yearBounds } from '../../state/activity';
import { compareActions } from '../../state/compare-store';
import { COMPARE_MODES, defaultWindows, type CompareSettings } from '../../state/compare-settings';
import type { Derived } from '../../state/derived';
import { useExplorer } from '../use-explorer';
import { groupChoices } from './compare-labels';

type Window = [number, number];

function WindowPicker({
  id,
  label,
  value,
  years,
  onChange,
}: {
  id: 'a' | 'b';
  label: string;
  value: Window;
  years: number[];
  onChange: (w: Window) => void;
}) {
  const { t } = useTranslation();
  const select = (end: 0 | 1) => (
    <select
      data-testid={`compare-${id}-${end === 0 ? 'from' : 'to'}`}
      aria-label={`${label} ${end === 0 ? t('compare.from') : t('compare.to')}`}
      value={value[end]}
      onChange={(e) => {
        const year = Number(e.target.value);
        const next: Window = end === 0 ? [year, value[1]] : [value[0], year];
        onChange(next[0] <= next[1] ? next : [next[1], next[0]]);
      }}
    >
      {years.map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </select>
  );
  return (
    <span className={`compare-window compare-window-${id}`}>
      <strong>{label}</strong> {select(0)} – {select(1)}
    </span>
  );
}

/** What to compare: the mode, two periods, or the kind of groups and the two groups. */
export function CompareControls({
  derived,
  settings,
}: {
  derived: Derived;
  settings: CompareSettings;
}) {
  const { t } = useTranslation();
  const lang = useExplorer((s) => s.lang);
  const years = useExplorer((s) => s.history.present.filters.years);
  const bounds = yearBounds(derived.graph);
  const [da, db] = defaultWindows(bounds);
  const yearList = bounds
    ? Array.from({ length: bounds[1] - bounds[0] + 1 }, (_, i) => bounds[0] + i)
    : [];
  const choices =
    settings.mode === 'pair'
      ? groupChoices(derived.graph, settings.by, derived.measures.community, t, lang)
      : [];
  const groupSelect = (which: 'groupA' | 'groupB') => (
    <label>
      {t(which === 'groupA' ? 'compare.groupA' : 'compare.groupB')}{' '}
      <select
        data-testid={`compare-${which === 'groupA' ? 'group-a' : 'group-b'}`}
        value={settings[which] ?? ''}
        onChange={(e) => compareActions.set({ [which]: e.target.value || null })}
      >
        <option value="">{t('compare.choose')}</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label} ({c.size})
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="compare-controls">
      <div className="segmented" role="radiogroup" aria-label={t('compare.mode.label')}>
        {COMPARE_MODES.map((mode) => (
          <button
            key={mode}
            type="button"
            role="radio"
            aria-checked={settings.mode === mode}
            className={settings.mode === mode ? 'primary' : ''}
            data-testid={`compare-mode-${mode}`}
            onClick={() => compareActions.set({ mode })}
          >
            {t(`compare.mode.${mode}`)}
          </button>
        ))}
      </div>
      {settings.mode === 'periods' ? (
        yearList.length > 0 && (
          <>
            <WindowPicker
              id="a"
              label={t('compare.periodA')}
              value={settings.a ?? da}
              years={yearList}
              onChange={(a) => compareActions.set({ a })}
            />
            <WindowPicker
              id="b"
              label={t('compare.periodB')}
              value={settings.b ?? db}
              years={yearList}
              onChange={(b) => compareActions.set({ b })}
            />
          </>
        )
      ) : (
        <>
          <label>
            {t('compare.by.label')}{' '}
            <select
              data-testid="compare-by"
              value={settings.by}
              onChange={(e) =>
                compareActions.set({ by: e.target.value as GroupBy, groupA: null, groupB: null })
              }
            >
              {GROUP_BY.map((by) => (
                <option key={by} value={by}>
                  {t(`compare.by.${by}`)}
                </option>
              ))}
            </select>
          </label>
          {settings.mode === 'pair' && (
            <>
              {groupSelect('groupA')}
              {groupSelect('groupB')}
            </>
          )}
          <span className="muted small">
            {years
              ? t('compare.yearsNote', { years: `${years[0]}–${years[1]}` })
              : t('compare.allYears')}
          </span>
        </>
      )}
    </div>
  );
}
