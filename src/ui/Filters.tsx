import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Derived } from '../state/derived';
import { getFacets } from '../state/facets';
import { actions } from '../state/store';
import { EMPTY_FILTERS, toggleIn, type Filters as FilterState } from '../state/view-state';
import { KIND_COLOURS, SIZE_CLASS_COLOURS, TIE_COLOURS } from '../model/palette';
import { displayName } from '../model/display-name';
import { useExplorer } from './use-explorer';

type ListKey =
  'kinds' | 'bureaus' | 'prefectures' | 'sizeClasses' | 'programmes' | 'projects' | 'tieKinds';

/** A list's swatch colours (module functions, so a list's props keep their identity). */
const kindSwatch = (k: string) => KIND_COLOURS[k as keyof typeof KIND_COLOURS];
const tieSwatch = (k: string) => TIE_COLOURS[k as keyof typeof TIE_COLOURS];
const sizeSwatch = (s: string) => SIZE_CLASS_COLOURS[s as keyof typeof SIZE_CLASS_COLOURS];

/**
 * One filter list. Memoised: a filter change re-renders only the list whose selection changed
 * (the national network's lists hold about a hundred boxes).
 */
const CheckList = memo(function CheckList({
  title,
  field,
  options,
  selected,
  swatch,
  testId,
}: {
  title: string;
  field: ListKey;
  options: { value: string; label: string }[];
  selected: readonly string[];
  swatch?: (value: string) => string | undefined;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="checklist" data-testid={testId}>
      <legend>
        {title}
        {selected.length > 0 && (
          <button
            type="button"
            className="link"
            onClick={() => actions.setFilters({ [field]: [] } as Partial<FilterState>)}
          >
            {t('filters.all')}
          </button>
        )}
      </legend>
      {options.map(({ value, label }) => (
        <label key={value} className="check">
          <input
            type="checkbox"
            value={value}
            // No selection means "all": every box shows as ticked.
            checked={selected.length === 0 || selected.includes(value)}
            onChange={() => {
              const all = options.map((o) => o.value);
              const current = selected.length === 0 ? all : selected;
              const next = toggleIn(current as string[], value);
              actions.setFilters({
                [field]: next.length === all.length ? [] : next,
              } as Partial<FilterState>);
            }}
          />
          {swatch?.(value) && <span className="dot" style={{ background: swatch(value) }} />}
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
});

export function Filters({ derived }: { derived: Derived }) {
  const { t } = useTranslation();
  const filters = useExplorer((s) => s.history.present.filters);
  const lang = useExplorer((s) => s.lang);
  const facets = getFacets(derived.graph);
  // Each list's options, labelled in the UI's language, kept while the network and language are.
  const options = useMemo(
    () => ({
      kinds: facets.kinds.map((k) => ({ value: k, label: t(`kind.${k}`) })),
      tieKinds: facets.tieKinds.map((k) => ({ value: k, label: t(`tie.${k}`) })),
      bureaus: facets.bureaus.map((b) => ({
        value: b,
        label: t(`bureau.${b}`, { defaultValue: b }),
      })),
      prefectures: facets.prefectures.map((p) => ({ value: p, label: p })),
      sizeClasses: facets.sizeClasses.map((c) => ({ value: c, label: t(`sizeClass.${c}`) })),
      programmes: facets.programmes.map((p) => ({ value: p, label: t(`programme.${p}`) })),
      projects: facets.projects.map((p) => ({ value: p.id, label: displayName(p, lang) })),
    }),
    [facets, lang, t],
  );
  const years = filters.years ?? facets.years;
  const setYears = (index: 0 | 1, value: number) => {
    if (!facets.years || !years) return;
    const next: [number, number] = [...years];
    next[index] = value;
    if (next[0] > next[1]) next[1 - index] = value;
    const full = next[0] <= facets.years[0] && next[1] >= facets.years[1];
    actions.setFilters({ years: full ? null : next });
  };
  return (
    <section className="filters">
      <h2>
        {t('filters.heading')}
        <button
          type="button"
          className="link"
          data-testid="reset-filters"
          onClick={() => actions.setFilters(EMPTY_FILTERS)}
        >
          {t('filters.reset')}
        </button>
      </h2>
      <CheckList
        title={t('filters.kinds')}
        field="kinds"
        testId="filter-kinds"
        options={options.kinds}
        selected={filters.kinds}
        swatch={kindSwatch}
      />
      <CheckList
        title={t('filters.ties')}
        field="tieKinds"
        testId="filter-ties"
        options={options.tieKinds}
        selected={filters.tieKinds}
        swatch={tieSwatch}
      />
      {facets.years && years && (
        <fieldset className="years" data-testid="filter-years">
          <legend>
            {t('filters.years')}: {years[0]}–{years[1]}
          </legend>
          <label>
            <span>{t('filters.from')}</span>
            <input
              type="range"
              min={facets.years[0]}
              max={facets.years[1]}
              value={years[0]}
              data-testid="year-from"
              onChange={(e) => setYears(0, Number(e.target.value))}
            />
          </label>
          <label>
            <span>{t('filters.to')}</span>
            <input
              type="range"
              min={facets.years[0]}
              max={facets.years[1]}
              value={years[1]}
              data-testid="year-to"
              onChange={(e) => setYears(1, Number(e.target.value))}
            />
          </label>
        </fieldset>
      )}
      <label className="check">
        <input
          type="checkbox"
          data-testid="hide-isolated"
          checked={filters.hideIsolated}
          onChange={(e) => actions.setFilters({ hideIsolated: e.target.checked })}
        />
        {t('filters.hideIsolated')}
      </label>
      <CheckList
        title={t('filters.regions')}
        field="bureaus"
        testId="filter-regions"
        options={options.bureaus}
        selected={filters.bureaus}
      />
      <CheckList
        title={t('filters.prefectures')}
        field="prefectures"
        testId="filter-prefectures"
        options={options.prefectures}
        selected={filters.prefectures}
      />
      <CheckList
        title={t('filters.sizeClasses')}
        field="sizeClasses"
        testId="filter-size-classes"
        options={options.sizeClasses}
        selected={filters.sizeClasses}
        swatch={sizeSwatch}
      />
      <CheckList
        title={t('filters.programmes')}
        field="programmes"
        testId="filter-programmes"
        options={options.programmes}
        selected={filters.programmes}
      />
      <CheckList
        title={t('filters.projects')}
        field="projects"
        testId="filter-projects"
        options={options.projects}
        selected={filters.projects}
      />
    </section>
  );
}
