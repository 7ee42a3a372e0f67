import { useTranslation } from 'react-i18next';
import { displayName } from '../model/display-name';
import { EDGE_KINDS, type EdgeKind } from '../model/domain';
import { KIND_COLOURS, TIE_COLOURS } from '../model/palette';
import { currentView } from '../render/current-view';
import type { Derived } from '../state/derived';
import { SCALAR_NODE_OUTPUTS } from '../state/measure-catalogue';
import { actions } from '../state/store';
import { ActorAnalysis } from './ActorAnalysis';
import { formatMeasure } from './AnalysisPanel';
import { useExplorer } from './use-explorer';

const NEIGHBOURS_SHOWN = 15;

function ActorLink({ id, derived }: { id: string; derived: Derived }) {
  const lang = useExplorer((s) => s.lang);
  if (!derived.graph.hasNode(id)) return <span>{id}</span>;
  const a = derived.graph.getNodeAttributes(id);
  return (
    <button
      type="button"
      className="actor-link"
      onClick={() => {
        actions.select(id);
        currentView()?.focusNode(id);
      }}
    >
      <span className="dot" style={{ background: KIND_COLOURS[a.kind] }} />
      {displayName(a, lang)}
    </button>
  );
}

function PathSection({ derived }: { derived: Derived }) {
  const { t } = useTranslation();
  const { pathFrom, pathTo } = useExplorer((s) => s.history.present);
  if (!pathFrom && !pathTo) return null;
  const path = derived.highlight?.type === 'path' ? derived.highlight : null;
  return (
    <section className="path" data-testid="path-section">
      <h3>{t('path.heading')}</h3>
      <dl>
        <dt>{t('path.from')}</dt>
        <dd>{pathFrom ? <ActorLink id={pathFrom} derived={derived} /> : t('path.pick')}</dd>
        <dt>{t('path.to')}</dt>
        <dd>{pathTo ? <ActorLink id={pathTo} derived={derived} /> : t('path.pick')}</dd>
      </dl>
      {pathFrom && pathTo && path && path.order.length === 0 && (
        <p className="muted" data-testid="path-none">
          {t('path.none')}
        </p>
      )}
      {path && path.order.length > 0 && (
        <>
          <p>{t('path.steps', { count: path.order.length - 1 })}</p>
          <ol className="path-list" data-testid="path-list">
            {path.order.map((id) => (
              <li key={id}>
                <ActorLink id={id} derived={derived} />
              </li>
            ))}
          </ol>
        </>
      )}
      <button
        type="button"
        onClick={() => actions.update((s) => ({ ...s, pathFrom: null, pathTo: null }))}
      >
        {t('path.clear')}
      </button>
    </section>
  );
}

/** The selected actor: who it is, where it takes part, whom it is tied to, its measures. */
export function DetailsPanel({ derived }: { derived: Derived }) {
  const { t } = useTranslation();
  const lang = useExplorer((s) => s.lang);
  const selected = useExplorer((s) => s.history.present.selected);
  const focus = useExplorer((s) => s.history.present.focus);
  const { graph, visibility, measures } = derived;
  const node = selected && graph.hasNode(selected) ? selected : null;

  if (!node) {
    return (
      <aside className="right-panel" data-testid="details-panel">
        <PathSection derived={derived} />
      </aside>
    );
  }
  const a = graph.getNodeAttributes(node);
  const projects = new Map((graph.getAttribute('projects') ?? []).map((p) => [p.id, p]));
  const tiesByKind = new Map<EdgeKind, number>();
  const neighbours = new Map<string, { kinds: Set<EdgeKind>; strength: number }>();
  graph.forEachEdge(node, (edge, e, source, target) => {
    if (!visibility.edges.has(edge)) return;
    tiesByKind.set(e.kind, (tiesByKind.get(e.kind) ?? 0) + 1);
    const other = source === node ? target : source;
    const entry = neighbours.get(other) ?? { kinds: new Set(), strength: 0 };
    entry.kinds.add(e.kind);
    entry.strength += e.strength ?? 1;
    neighbours.set(other, entry);
  });
  const topNeighbours = [...neighbours].sort((x, y) => y[1].strength - x[1].strength);
  const otherName = lang === 'en' ? (a.nameEn ? a.name : null) : a.nameEn;
  const region = [
    a.prefecture,
    a.bureau ? t(`bureau.${a.bureau}`, { defaultValue: a.bureau }) : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <aside className="right-panel" data-testid="details-panel">
      <header className="details-head">
        <span className="dot big" style={{ background: KIND_COLOURS[a.kind] }} />
        <div>
          <h2 data-testid="details-name">{displayName(a, lang)}</h2>
          {otherName && <p className="muted">{otherName}</p>}
        </div>
        <button
          type="button"
          className="close"
          aria-label={t('app.close')}
          onClick={() => actions.select(null)}
        >
          ×
        </button>
      </header>
      {a.synthetic && <span className="badge synthetic">{t('details.synthetic')}</span>}
      <dl className="facts">
        <dt>{t('details.kind')}</dt>
        <dd>
          {t(`kind.${a.kind}`)}
          {a.sme ? ` · ${t('details.sme')}` : ''}
          {a.spinOff ? ` · ${t('details.spinOff')}` : ''}
        </dd>
        {a.subtype && (
          <>
            <dt>{t('details.subtype')}</dt>
            <dd>{t(`subtype.${a.subtype}`, { defaultValue: a.subtype })}</dd>
          </>
        )}
        <dt>{t('details.region')}</dt>
        <dd>{region || t('details.none')}</dd>
        <dt>{t('details.fields')}</dt>
        <dd>
          {a.fields.length
            ? a.fields.map((f) => f.replace(/_/g, ' ')).join(', ')
            : t('details.none')}
        </dd>
      </dl>

      <div className="button-row">
        <span>{t('details.focus')}:</span>
        {([1, 2] as const).map((depth) => (
          <button
            type="button"
            key={depth}
            data-testid={`focus-${depth}`}
            className={focus?.node === node && focus.depth === depth ? 'primary' : ''}
            onClick={() =>
              actions.update((s) => ({
                ...s,
                focus: { node, depth, layout: s.focus?.layout ?? true },
              }))
            }
          >
            {t(depth === 1 ? 'details.step1' : 'details.step2')}
          </button>
        ))}
        {focus && (
          <button type="button" onClick={() => actions.update((s) => ({ ...s, focus: null }))}>
            {t('details.clearFocus')}
          </button>
        )}
      </div>
      {focus && (
        <label className="check">
          <input
            type="checkbox"
            data-testid="focus-layout"
            checked={focus.layout}
            onChange={(e) => {
              const layout = e.target.checked;
              actions.update((s) => (s.focus ? { ...s, focus: { ...s.focus, layout } } : s));
            }}
          />
          {t('details.focusLayout')}
        </label>
      )}
      <div className="button-row">
        <button
          type="button"
          data-testid="path-from"
          onClick={() => actions.update((s) => ({ ...s, pathFrom: node }))}
        >
          {t('details.pathFrom')}
        </button>
        <button
          type="button"
          data-testid="path-to"
          onClick={() => actions.update((s) => ({ ...s, pathTo: node }))}
        >
          {t('details.pathTo')}
        </button>
      </div>
      <PathSection derived={derived} />

      <h3>{t('details.measures')}</h3>
      <dl className="facts" data-testid="details-measures">
        {SCALAR_NODE_OUTPUTS.map(({ key: id, labelKey, type }) => {
          const value = measures[id]?.get(node);
          if (value === undefined) return null;
          return (
            <div key={id} className="fact-row">
              <dt>{t(labelKey)}</dt>
              <dd>
                {id === 'community'
                  ? value + 1
                  : type === 'boolean'
                    ? value
                      ? '✓'
                      : '–'
                    : formatMeasure(value, lang)}
              </dd>
            </div>
          );
        })}
      </dl>

      <ActorAnalysis key={node} derived={derived} node={node} />

      <h3>{t('details.ties')}</h3>
      {tiesByKind.size === 0 ? (
        <p className="muted">{t('details.none')}</p>
      ) : (
        <ul className="tie-kinds" data-testid="details-ties">
          {EDGE_KINDS.filter((k) => tiesByKind.has(k)).map((k) => (
            <li key={k}>
              <span className="line" style={{ background: TIE_COLOURS[k] }} />
              {t(`tie.${k}`)} <strong>{tiesByKind.get(k)}</strong>
            </li>
          ))}
        </ul>
      )}

      {topNeighbours.length > 0 && (
        <>
          <h3>{t('details.neighbours')}</h3>
          <ul className="neighbours">
            {topNeighbours.slice(0, NEIGHBOURS_SHOWN).map(([id, info]) => (
              <li key={id}>
                <ActorLink id={id} derived={derived} />
                <span className="muted small">
                  {' '}
                  {[...info.kinds].map((k) => t(`tie.${k}`)).join(', ')}
                </span>
              </li>
            ))}
          </ul>
          {topNeighbours.length > NEIGHBOURS_SHOWN && (
            <p className="muted small">
              {t('details.more', { count: topNeighbours.length - NEIGHBOURS_SHOWN })}
            </p>
          )}
        </>
      )}

      <h3>{t('details.projects')}</h3>
      {a.participations.length === 0 ? (
        <p className="muted">{t('details.none')}</p>
      ) : (
        <ul className="projects" data-testid="details-projects">
          {a.participations.map((p) => {
            const info = projects.get(p.project);
            return (
              <li key={`${p.project}-${p.role}`}>
                {info ? displayName(info, lang) : p.project}{' '}
                <span className="muted small">
                  ({t(`role.${p.role}`, { defaultValue: p.role })})
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </aside>
  );
}
