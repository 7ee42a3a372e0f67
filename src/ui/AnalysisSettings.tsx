import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParamValue } from '../analysis/params';
import { RUN_OPTIONS, type RunOption } from '../analysis/measure-spec';
import { MEASURE_LIST } from '../analysis/registry';
import { RUN_SETTINGS } from '../analysis/run-settings';
import { paramsFor } from '../state/analysis-requests';
import { actions } from '../state/store';
import type { AnalysisViewSettings } from '../state/view-state';
import { ParamField } from './ParamField';
import { useExplorer } from './use-explorer';

/** Sets one run-wide option or one measure parameter (an undoable view change). */
function setSetting(option: RunOption, id: string, value: ParamValue) {
  actions.update((s) => ({
    ...s,
    analysis: {
      ...s.analysis,
      settings: {
        ...s.analysis.settings,
        [option]: { ...s.analysis.settings[option], [id]: value },
      },
    },
  }));
}
export function setMeasureParam(measure: string, id: string, value: ParamValue) {
  actions.update((s) => ({
    ...s,
    analysis: {
      ...s.analysis,
      params: { ...s.analysis.params, [measure]: { ...s.analysis.params[measure], [id]: value } },
    },
  }));
}

/** Sampling size and seed only matter when betweenness is sampled. */
const applies = (option: RunOption, id: string, a: AnalysisViewSettings) =>
  option !== 'betweenness' || id === 'mode' || a.settings.betweenness.mode === 'sampled';

/**
 * The analysis settings, generated from the typed specs: the run-wide options (weight,
 * distance, betweenness, communities) and every measure's own parameters. A changed value
 * recomputes only the measures that depend on it.
 */
// memo: it reads its own slice of the store, so its parent's renders (every filter change)
// need not re-render its dozens of generated fields.
export const AnalysisSettings = memo(function AnalysisSettings() {
  const { t } = useTranslation();
  const analysis = useExplorer((s) => s.history.present.analysis);
  return (
    <details className="analysis-settings" data-testid="analysis-settings">
      <summary>{t('analysis.settingsHeading')}</summary>
      {RUN_OPTIONS.map((option) => (
        <fieldset key={option}>
          <legend>{t(`analysis.options.${option}`)}</legend>
          {RUN_SETTINGS[option]
            .filter((spec) => applies(option, spec.id, analysis))
            .map((spec) => (
              <ParamField
                key={spec.id}
                spec={spec}
                testId={`setting-${option}-${spec.id}`}
                value={(analysis.settings[option] as Record<string, ParamValue>)[spec.id]!}
                onChange={(value) => setSetting(option, spec.id, value)}
              />
            ))}
        </fieldset>
      ))}
      {MEASURE_LIST.filter((m) => m.params.length > 0).map((m) => {
        const values = paramsFor(m, analysis) as Record<string, ParamValue>;
        return (
          <fieldset key={m.id} title={t(m.descriptionKey)}>
            <legend>{t(m.labelKey)}</legend>
            {m.params.map((spec) => (
              <ParamField
                key={spec.id}
                spec={spec}
                testId={`param-${m.id}-${spec.id}`}
                value={values[spec.id]!}
                onChange={(value) => setMeasureParam(m.id, spec.id, value)}
              />
            ))}
          </fieldset>
        );
      })}
    </details>
  );
});
