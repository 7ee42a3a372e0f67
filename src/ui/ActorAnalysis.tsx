import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LINK_SUGGESTION_PARAMS,
  suggestOptions,
  type Suggestion,
  type SuggestionParams,
} from '../analysis/link-prediction';
import { resolveParams, type ParamValue } from '../analysis/params';
import { measureById } from '../analysis/registry';
import { displayName } from '../model/display-name';
import { KIND_COLOURS } from '../model/palette';
import { currentView } from '../render/current-view';
import { brokerageRows, sharedNeighbours } from '../state/analysis-results';
import { paramsFor } from '../state/analysis-requests';
import type { Derived } from '../state/derived';
import { actions } from '../state/store';
import { formatMeasure, groupLabel } from './AnalysisPanel';
import { setMeasureParam } from './AnalysisSettings';
import { formatNumber } from './labels';
import { ParamField } from './ParamField';
import { useExplorer } from './use-explorer';

const NAMES_SHOWN = 3;

/** SMEs are most often looking for academic partners (the seeds' first gap). */
function initialSuggestionParams(sme: boolean): SuggestionParams {
  return resolveParams(LINK_SUGGESTION_PARAMS, { partners: sme ? 'academic' : 'all' });
}

/** The selected actor's brokerage, E-I, structural holes and suggested introductions. */
export function ActorAnalysis({ derived, node }: { derived: Derived; node: string }) {
  const { t } = useTranslation();
  const lang = useExplorer((s) => s.lang);
  const analysisSettings = useExplorer((s) => s.history.present.analysis);
  const { graph, results } = derived;
  const a = graph.getNodeAttributes(node);
  const [params, setParams] = useState(() =>
    initialSuggestionParams(a.kind === 'company' && Boolean(a.sme)),
  );
  const [suggestions, setSuggestions] = useState<{ key: string; list: Suggestion[] } | null>(null);
  const requestKey = JSON.stringify([node, params]);

  useEffect(() => {
    const controller = new AbortController();
    actions.suggest(node, suggestOptions(params), controller.signal)?.then(
      (list) => setSuggestions({ key: requestKey, list }),
      (error: Error) => {
        if (error.name !== 'AbortError') actions.notify(error.message);
      },
    );
    return () => controller.abort();
  }, [graph, node, params, requestKey]);

  const brokerageSpec = measureById('brokerage')!;
  const brokerGroups = paramsFor(brokerageSpec, analysisSettings).groups as string | null;
  const eiGroups = paramsFor(measureById('eiIndex')!, analysisSettings).groups as string | null;
  const broker = results.brokerage?.nodes[node];
  const ei = results.eiIndex?.nodes[node];
  const holes = results.structuralHoles?.nodes[node];
  const name = (key: string) =>
    graph.hasNode(key) ? displayName(graph.getNodeAttributes(key), lang) : key;
  const current = suggestions?.key === requestKey ? suggestions.list : null;

  return (
    <section data-testid="actor-analysis">
      <h3>{t('broker.heading')}</h3>
      {!results.brokerage ? (
        <p className="muted small">{t('analysis.needRun')}</p>
      ) : (
        <>
          <ParamField
            spec={brokerageSpec.params.find((p) => p.id === 'groups')!}
            testId="broker-grouping"
            value={brokerGroups}
            onChange={(value) => setMeasureParam('brokerage', 'groups', value)}
          />
          {broker?.group != null && (
            <p className="small">
              {t('broker.group', { group: groupLabel(t, brokerGroups, broker.group) })}
            </p>
          )}
          {broker?.brokerage ? (
            <table className="broker-table" data-testid="broker-table">
              <tbody>
                {brokerageRows(broker.brokerage).map((r) => (
                  <tr key={r.role} data-role={r.role}>
                    <td>{t(`broker.${r.role}`)}</td>
                    <td className="num">{formatNumber(r.count, lang)}</td>
                  </tr>
                ))}
                <tr>
                  <th>{t('broker.total')}</th>
                  <th className="num">{formatNumber(broker.brokerage.total, lang)}</th>
                </tr>
              </tbody>
            </table>
          ) : (
            <p className="muted small">{t('analysis.none')}</p>
          )}
        </>
      )}
      <dl className="facts" data-testid="actor-structure">
        <div className="fact-row">
          <dt>
            {t('broker.actorEi')}
            {eiGroups && ` · ${t(`analysis.values.${eiGroups}`, { defaultValue: eiGroups })}`}
          </dt>
          <dd>{formatMeasure(ei?.eiIndex, lang)}</dd>
        </div>
        <div className="fact-row">
          <dt>{t('broker.constraint')}</dt>
          <dd>{formatMeasure(holes?.constraint, lang)}</dd>
        </div>
        <div className="fact-row">
          <dt>{t('broker.effectiveSize')}</dt>
          <dd>{formatMeasure(holes?.effectiveSize, lang)}</dd>
        </div>
      </dl>

      <div className="suggestions" data-testid="suggestions">
        <h3>{t('suggest.heading')}</h3>
        {LINK_SUGGESTION_PARAMS.map((spec) => (
          <ParamField
            key={spec.id}
            spec={spec}
            testId={spec.id === 'partners' ? 'suggest-kinds' : `suggest-${spec.id}`}
            value={(params as Record<string, ParamValue>)[spec.id]!}
            onChange={(value) =>
              setParams((p) => resolveParams(LINK_SUGGESTION_PARAMS, { ...p, [spec.id]: value }))
            }
          />
        ))}
        {!current ? (
          <p className="muted small">{t('suggest.loading')}</p>
        ) : current.length === 0 ? (
          <p className="muted small">{t('suggest.none')}</p>
        ) : (
          <ol data-testid="suggestion-list">
            {current.map((s) => {
              const shared = sharedNeighbours(graph, node, s.id);
              const kind = graph.hasNode(s.id) ? graph.getNodeAttribute(s.id, 'kind') : null;
              return (
                <li key={s.id} data-testid="suggestion">
                  <button
                    type="button"
                    className="actor-link"
                    onClick={() => {
                      actions.select(s.id);
                      currentView()?.focusNode(s.id);
                    }}
                  >
                    {kind && <span className="dot" style={{ background: KIND_COLOURS[kind] }} />}
                    {name(s.id)}
                  </button>{' '}
                  <span className="muted small">
                    {t('suggest.score')} {formatMeasure(s[params.score], lang)}
                  </span>
                  <span className="reason">
                    {shared.length > 0
                      ? t('suggest.shared', {
                          count: shared.length,
                          names:
                            shared
                              .slice(0, NAMES_SHOWN)
                              .map(name)
                              .join(lang === 'ja' ? '、' : ', ') +
                            (shared.length > NAMES_SHOWN ? '…' : ''),
                        })
                      : t('suggest.noShared')}
                  </span>
                  {s.sharedFields.length > 0 && (
                    <span className="reason">
                      {t('suggest.fields', {
                        fields: s.sharedFields.map((f) => f.replace(/_/g, ' ')).join(', '),
                      })}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </section>
  );
}
