import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../analysis/link-prediction';
import { currentView } from '../render/current-view';
import { KIND_COLOURS } from '../render/palette';
import { displayName } from '../render/styles';
import { suggestFor } from '../state/analysis-run';
import { brokerageRows, sharedNeighbours, type GroupingId } from '../state/analysis-view';
import type { Derived } from '../state/derived';
import { actions } from '../state/store';
import { formatMeasure, groupLabel } from './AnalysisPanel';
import { formatNumber } from './labels';
import { GroupingSelect } from './GroupingSelect';
import { useExplorer } from './use-explorer';

/** Partner kinds a suggestion can be restricted to. */
export const SUGGEST_KINDS: Record<string, string[] | null> = {
  all: null,
  academic: ['university', 'public_research_institute', 'tlo'],
  finance: ['financial_institution'],
  companies: ['company'],
};
const SUGGESTIONS_SHOWN = 8;
const NAMES_SHOWN = 3;

/** The selected actor's brokerage, E-I, structural holes and suggested introductions. */
export function ActorAnalysis({ derived, node }: { derived: Derived; node: string }) {
  const { t } = useTranslation();
  const lang = useExplorer((s) => s.lang);
  const analysis = useExplorer((s) => s.analysis);
  const { graph } = derived;
  const [grouping, setGrouping] = useState<GroupingId>('sector');
  const a = graph.getNodeAttributes(node);
  const [restrict, setRestrict] = useState<string>(
    a.kind === 'company' && a.sme ? 'academic' : 'all',
  );
  const [suggestions, setSuggestions] = useState<{ key: string; list: Suggestion[] } | null>(null);
  const data = analysis.graph === graph && analysis.status === 'done' ? analysis.data : null;
  const requestKey = `${node}|${restrict}`;

  useEffect(() => {
    if (!data) return;
    const controller = new AbortController();
    const kinds = SUGGEST_KINDS[restrict] ?? undefined;
    suggestFor(
      graph,
      node,
      { kinds, limit: SUGGESTIONS_SHOWN, includeUnconnected: true },
      controller.signal,
    ).then(
      (list) => setSuggestions({ key: `${node}|${restrict}`, list }),
      () => undefined,
    );
    return () => controller.abort();
  }, [data, graph, node, restrict]);

  if (!data) {
    return (
      <section data-testid="actor-analysis">
        <h3>{t('broker.heading')}</h3>
        <p className="muted small">{t('analysis.needRun')}</p>
      </section>
    );
  }
  const metrics = data.result.nodes[node];
  const grouped = data.grouped[grouping].nodes[node];
  const name = (key: string) =>
    graph.hasNode(key) ? displayName(graph.getNodeAttributes(key), lang) : key;
  const current = suggestions?.key === requestKey ? suggestions.list : null;

  return (
    <section data-testid="actor-analysis">
      <h3>{t('broker.heading')}</h3>
      <GroupingSelect testId="broker-grouping" value={grouping} onChange={setGrouping} />
      {grouped?.group != null && (
        <p className="small">
          {t('broker.group', { group: groupLabel(t, grouping, grouped.group) })}
        </p>
      )}
      {grouped?.brokerage ? (
        <table className="broker-table" data-testid="broker-table">
          <tbody>
            {brokerageRows(grouped.brokerage).map((r) => (
              <tr key={r.role} data-role={r.role}>
                <td>{t(`broker.${r.role}`)}</td>
                <td className="num">{formatNumber(r.count, lang)}</td>
              </tr>
            ))}
            <tr>
              <th>{t('broker.total')}</th>
              <th className="num">{formatNumber(grouped.brokerage.total, lang)}</th>
            </tr>
          </tbody>
        </table>
      ) : (
        <p className="muted small">{t('analysis.none')}</p>
      )}
      <dl className="facts" data-testid="actor-structure">
        <div className="fact-row">
          <dt>{t('broker.actorEi')}</dt>
          <dd>{formatMeasure(grouped?.ei, lang)}</dd>
        </div>
        <div className="fact-row">
          <dt>{t('broker.constraint')}</dt>
          <dd>{formatMeasure(metrics?.constraint, lang)}</dd>
        </div>
        <div className="fact-row">
          <dt>{t('broker.effectiveSize')}</dt>
          <dd>{formatMeasure(metrics?.effectiveSize, lang)}</dd>
        </div>
      </dl>

      <div className="suggestions" data-testid="suggestions">
        <h3>{t('suggest.heading')}</h3>
        <label className="field">
          <span>{t('suggest.restrict')}</span>
          <select
            data-testid="suggest-kinds"
            value={restrict}
            onChange={(e) => setRestrict(e.target.value)}
          >
            {Object.keys(SUGGEST_KINDS).map((k) => (
              <option key={k} value={k}>
                {t(`suggest.${k}`)}
              </option>
            ))}
          </select>
        </label>
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
                    {t('suggest.score')} {formatMeasure(s.adamicAdar, lang)}
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
