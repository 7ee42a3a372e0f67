import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Derived } from '../../state/derived';
import { compareActions, compareStore } from '../../state/compare-store';
import { useExplorer } from '../use-explorer';
import { sideNames } from './compare-labels';
import { CompareControls } from './CompareControls';
import { CompareGroupsTable } from './CompareGroupsTable';
import { CompareResult } from './CompareResult';
import './compare.css';

/** The Compare view: two periods or two groups side by side and as a difference, or all groups. */
export function ComparePanel({ derived }: { derived: Derived }) {
  const { t } = useTranslation();
  const lang = useExplorer((s) => s.lang);
  const settings = useExplorer((s) => s.history.present.compare);
  const state = useStore(compareStore);
  const outcome = state.graph === derived.graph ? state.outcome : null;
  const stale = state.outcomeKey !== state.key;
  const pairSettings = outcome?.kind === 'pair' ? outcome.comparison.settings : null;
  const sides = useMemo(
    () => (pairSettings ? sideNames(derived.graph, pairSettings, t, lang) : null),
    [pairSettings, derived.graph, t, lang],
  );
  if (!settings) return null;
  const wantsPair = settings.mode !== 'groups';

  return (
    <section className="compare-drawer" data-testid="compare-panel" aria-busy={state.running}>
      <header>
        <h2>{t('compare.heading')}</h2>
        <div className="pager">
          {state.running && (
            <span className="muted small" data-testid="compare-progress">
              {t('compare.running', { percent: Math.round((state.progress ?? 0) * 100) })}
            </span>
          )}
          {state.running ? (
            <button type="button" onClick={compareActions.cancel}>
              {t('analysis.cancel')}
            </button>
          ) : (
            stale &&
            state.key !== null && (
              <button type="button" data-testid="compare-refresh" onClick={compareActions.refresh}>
                {t('compare.refresh')}
              </button>
            )
          )}
          <button
            type="button"
            className="close"
            onClick={compareActions.close}
            aria-label={t('app.close')}
          >
            ×
          </button>
        </div>
      </header>
      <div className="compare-scroll">
        <p className="note">{t('compare.lead')}</p>
        <CompareControls derived={derived} settings={settings} />
        {state.error && (
          <p className="error" role="alert">
            {t('compare.failed', { message: state.error })}
          </p>
        )}
        {settings.mode === 'pair' && state.key === null && (
          <p className="muted">{t('compare.chooseTwo')}</p>
        )}
        <div className={stale ? 'compare-body stale' : 'compare-body'}>
          {wantsPair && outcome?.kind === 'pair' && sides && state.key !== null && (
            <CompareResult outcome={outcome} graph={derived.graph} sides={sides} />
          )}
          {!wantsPair && outcome?.kind === 'groups' && (
            <CompareGroupsTable groups={outcome.groups} graph={derived.graph} />
          )}
        </div>
      </div>
    </section>
  );
}
