/**
 * What an export holds, as a network: the actors and ties on screen (after filters, the
 * year window and a focus or path) or the view's whole network, with the explorer's current
 * colours, sizes and positions written into the attributes the export writers read (`x`, `y`,
 * `color`, `size` on actors; `color`, `size` on ties), so a GEXF opens in Gephi looking as
 * it does here. Pure: the unit tests build it from a store-free derived state.
 */
import type { SerializedGraph } from 'graphology-types';
import type { AnalysisResult } from '../analysis/types';
import type { Lang } from '../model/display-name';
import type { Derived } from './derived';
import { computeStyles, type Styles } from './styles';
import type { ViewState } from './view-state';
import type { Visibility } from './visibility';

export type ExportScope = 'shown' | 'whole';

/** sigma's drawing attributes, not data. */
const DRAWING_ONLY = new Set(['label', 'hidden', 'type', 'highlighted', 'forceLabel', 'zIndex']);
const data = (attrs: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(attrs).filter(([k]) => !DRAWING_ONLY.has(k)));

/** Whether what is shown is the view's whole network (then its analysis results apply). */
export const showsWhole = (derived: Derived): boolean =>
  derived.shown.nodes.size === derived.graph.order &&
  derived.shown.edges.size === derived.graph.size;

/** Every actor and tie of the view, styled as the view would style them without filters. */
export function wholeVisibility(derived: Derived): Visibility {
  return {
    nodes: new Set(derived.graph.nodes()),
    edges: new Set(derived.graph.edges()),
    isolated: 0,
  };
}

export function wholeStyles(derived: Derived, state: ViewState, lang: Lang): Styles {
  return computeStyles(
    derived.graph,
    wholeVisibility(derived),
    state.colourBy,
    state.sizeBy,
    derived.measures,
    lang,
    state.colourMeasure,
  );
}

export interface ScopeNetwork {
  network: SerializedGraph;
  visibility: Visibility;
  styles: Styles;
}

export function scopeNetwork(
  derived: Derived,
  scope: ExportScope,
  state: ViewState,
  lang: Lang,
): ScopeNetwork {
  const { graph } = derived;
  const whole = scope === 'whole';
  const visibility = whole ? wholeVisibility(derived) : derived.shown;
  const styles = whole ? wholeStyles(derived, state, lang) : derived.styles;
  // A focus laid out on its own is exported where it is drawn.
  const own = whole ? null : derived.focusPositions;
  const nodes: SerializedGraph['nodes'] = [];
  graph.forEachNode((key, attrs) => {
    if (!visibility.nodes.has(key)) return;
    const at = own?.get(key) ?? { x: attrs.x, y: attrs.y };
    const style = styles.nodes.get(key);
    nodes.push({
      key,
      attributes: {
        ...data(attrs),
        x: at.x,
        y: at.y,
        ...(style ? { color: style.color, size: style.size } : {}),
      },
    });
  });
  const edges: SerializedGraph['edges'] = [];
  graph.forEachEdge((key, attrs, source, target, _s, _t, undirected) => {
    if (!visibility.edges.has(key)) return;
    const style = styles.edges.get(key);
    edges.push({
      key,
      source,
      target,
      ...(undirected ? { undirected: true } : {}),
      attributes: { ...data(attrs), ...(style ? { color: style.color, size: style.size } : {}) },
    });
  });
  return {
    network: {
      attributes: { ...graph.getAttributes() },
      options: { type: 'mixed', multi: true, allowSelfLoops: true },
      nodes,
      edges,
    },
    visibility,
    styles,
  };
}

/**
 * One result from per-measure results of the same network (the store files them by measure):
 * node and graph values side by side, edge values merged by position (every result with tie
 * rows lists the simplified graph's edges in the same order; one whose measures have no tie
 * values comes without them, see the analysis worker), `settings.measures` the union.
 */
export function mergeResults(results: readonly AnalysisResult[]): AnalysisResult | null {
  const [first] = results;
  if (!first) return null;
  const nodes: AnalysisResult['nodes'] = {};
  for (const r of results)
    for (const [key, values] of Object.entries(r.nodes)) nodes[key] = { ...nodes[key], ...values };
  const rows = results.find((r) => r.edges.length > 0)?.edges ?? [];
  const edges = rows.map((e, i) => Object.assign({}, ...results.map((r) => r.edges[i]), e));
  const measures = [...new Set(results.flatMap((r) => r.graph.settings.measures))];
  const params = Object.assign({}, ...results.map((r) => r.graph.settings.params ?? {}));
  const warnings = [...new Set(results.flatMap((r) => r.graph.warnings ?? []))];
  const graph = Object.assign({}, ...results.map((r) => r.graph)) as AnalysisResult['graph'];
  return {
    nodes,
    edges,
    graph: { ...graph, warnings, settings: { ...first.graph.settings, measures, params } },
  };
}
