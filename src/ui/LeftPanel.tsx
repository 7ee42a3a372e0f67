import { useTranslation } from 'react-i18next';
import { GroupControl } from './GroupControl';
import { largeProjects } from '../state/base-graph';
import { NUMERIC_NODE_OUTPUTS } from '../state/measure-catalogue';
import { DEFAULT_MAX_CLIQUE } from '../state/projection';
import type { Derived } from '../state/derived';
import { actions } from '../state/store';
import { COLOUR_BY } from '../state/view-state';
import { AnalysisPanel } from './AnalysisPanel';
import { ExportButton } from './export/ExportButton';
import { Filters } from './Filters';
import { GraphLevelPanel } from './GraphLevelPanel';
import { formatNumber } from './labels';
import { useExplorer } from './use-explorer';
import { useGesture } from './use-gesture';

/** View options, styling and filters: everything that changes what the canvas shows. */
export function LeftPanel({ derived }: { derived: Derived }) {
  const { t } = useTranslation();
  const state = useExplorer((s) => s.history.present);
  const lang = useExplorer((s) => s.lang);
  const { shown } = derived;
  const gesture = useGesture();
  return (
    <aside className="left-panel" data-testid="left-panel">
      <section>
        <h2>{t('view.heading')}</h2>
        <label className="check">
          <input
            type="checkbox"
            data-testid="projection-toggle"
            checked={state.projection}
            onChange={(e) => {
              const projection = e.target.checked;
              actions.update((s) => ({ ...s, projection }));
            }}
          />
          {t('view.projection')}
        </label>
        {state.projection && largeProjects(derived.graph).length > 0 && (
          <p className="note">
            {t('view.projectionNote', {
              max: DEFAULT_MAX_CLIQUE,
              count: largeProjects(derived.graph).length,
            })}
          </p>
        )}
        <p className="stats" data-testid="stats">
          {t('stats.shown', {
            nodes: formatNumber(shown.nodes.size, lang),
            edges: formatNumber(shown.edges.size, lang),
          })}
          {derived.highlight ? (
            <>
              <br />
              {t('stats.focusOf', { nodes: formatNumber(derived.visibility.nodes.size, lang) })}
            </>
          ) : (
            <>
              <br />
              {t('stats.isolated', { count: shown.isolated })}
            </>
          )}
        </p>
        <div className="button-row">
          <ExportButton />
        </div>
      </section>
      <section>
        <h2>{t('style.heading')}</h2>
        <label className="field">
          <span>{t('style.colourBy')}</span>
          <select
            data-testid="colour-by"
            value={state.colourBy}
            onChange={(e) => {
              const colourBy = e.target.value as typeof state.colourBy;
              actions.update((s) => ({ ...s, colourBy }));
            }}
          >
            {COLOUR_BY.map((c) => (
              <option key={c} value={c}>
                {t(`colourBy.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <GroupControl />
        <label className="field">
          <span>{t('style.sizeBy')}</span>
          <select
            data-testid="size-by"
            value={state.sizeBy}
            onChange={(e) => {
              const sizeBy = e.target.value;
              actions.update((s) => ({ ...s, sizeBy }));
            }}
          >
            {NUMERIC_NODE_OUTPUTS.map((o) => (
              <option key={o.key} value={o.key}>
                {t(o.labelKey)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('style.labels')}</span>
          <input
            type="range"
            min={0.2}
            max={4}
            step={0.2}
            value={state.labelDensity}
            data-testid="label-density"
            {...gesture.handlers}
            onChange={(e) => {
              const labelDensity = Number(e.target.value);
              actions.update((s) => ({ ...s, labelDensity }), gesture.group());
            }}
          />
        </label>
        <label className="field">
          <span>{t('labels.size', { size: state.labelSize })}</span>
          <input
            type="range"
            min={9}
            max={28}
            step={1}
            value={state.labelSize}
            data-testid="label-size"
            {...gesture.handlers}
            onChange={(e) => {
              const labelSize = Number(e.target.value);
              actions.update((s) => ({ ...s, labelSize }), gesture.group());
            }}
          />
        </label>
      </section>
      <AnalysisPanel derived={derived} />
      <GraphLevelPanel derived={derived} />
      <Filters derived={derived} />
    </aside>
  );
}
