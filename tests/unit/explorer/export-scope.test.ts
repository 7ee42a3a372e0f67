/**
 * What an export from the explorer holds: the actors and ties on screen (filters, year
 * window) or the whole view, with the explorer's colours, sizes and positions in the
 * attributes the writers read; per-measure results merged into one; and the provenance of
 * the source, filters, focus and scope.
 */
import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../../../src/analysis/run-analysis';
import { buildExportDocument, parseColour } from '../../../src/export';
import { derive } from '../../../src/state/derived';
import { explorerProvenance } from '../../../src/state/export-provenance';
import { mergeResults, scopeNetwork, showsWhole } from '../../../src/state/export-scope';
import { NO_OVERLAY, type AnalysisState } from '../../../src/state/store';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/view-state';
import { smallNetwork } from './fixtures';

const NO_ANALYSIS: AnalysisState = {
  graph: null,
  results: {},
  failed: {},
  cancelled: {},
  progress: null,
  running: false,
  all: false,
};
const years = (from: number, to: number): ViewState => ({
  ...DEFAULT_VIEW_STATE,
  filters: { ...DEFAULT_VIEW_STATE.filters, years: [from, to] },
});
const derived = (state: ViewState, network = smallNetwork()) =>
  derive(network, state, 'ja', { analysis: NO_ANALYSIS, overlay: NO_OVERLAY, focusedTie: null });

describe('the network an export holds', () => {
  it('is what is on screen: the year window leaves out ties and actors', () => {
    const state = years(2008, 2010);
    const d = derived(state);
    expect(showsWhole(d)).toBe(false);
    const { network } = scopeNetwork(d, 'shown', state, 'ja');
    expect(network.nodes.map((n) => n.key).sort()).toEqual([...d.shown.nodes].sort());
    expect(network.edges.map((e) => e.key).sort()).toEqual(['t2', 't3']);
    // The explorer's own colours, sizes and positions, no drawing-only attributes.
    const c1 = network.nodes.find((n) => n.key === 'C1')!.attributes!;
    const style = d.styles.nodes.get('C1')!;
    expect(c1).toMatchObject({ color: style.color, size: style.size, name: 'カブラ精機株式会社' });
    expect(typeof c1.x).toBe('number');
    expect(c1).not.toHaveProperty('hidden');
    expect(network.edges[0]!.attributes).toMatchObject({ color: d.styles.edges.get('t2')!.color });
  });

  it('is the whole view on request, styled as the view would be without filters', () => {
    const state = years(2008, 2010);
    const d = derived(state);
    const { network, styles } = scopeNetwork(d, 'whole', state, 'ja');
    expect(network.nodes).toHaveLength(6);
    expect(network.edges).toHaveLength(4);
    expect(styles.nodes.size).toBe(6);
    expect(showsWhole(derived(DEFAULT_VIEW_STATE))).toBe(true);
  });

  it('opens in Gephi looking as it does here: the writers take the explorer’s visuals', () => {
    const state = years(2003, 2010);
    const d = derived(state);
    const { network } = scopeNetwork(d, 'shown', state, 'ja');
    const doc = buildExportDocument(network, null, {} as never);
    const u1 = doc.nodes.find((n) => n.id === 'U1')!;
    expect(u1.visual.color).toEqual(parseColour(d.styles.nodes.get('U1')!.color));
    expect(u1.visual.size).toBe(d.styles.nodes.get('U1')!.size);
    expect(u1.visual.x).toBe(d.graph.getNodeAttribute('U1', 'x'));
  });
});

describe('per-measure results merged', () => {
  it('equal one run of all the measures', async () => {
    const net = smallNetwork();
    const ids = ['degree', 'betweenness', 'communities', 'summary', 'graphLevel', 'biconnectivity'];
    const all = await runAnalysis(net, { measures: ids });
    const parts = await Promise.all(ids.map((m) => runAnalysis(net, { measures: [m] })));
    const merged = mergeResults(parts)!;
    expect(merged.nodes).toEqual(all.nodes);
    expect(merged.edges).toEqual(all.edges);
    for (const key of ['density', 'components', 'modularity', 'averagePathLength', 'bridges'])
      expect(merged.graph[key]).toEqual(all.graph[key]);
    expect(merged.graph.settings.measures.sort()).toEqual([...ids].sort());
    expect(mergeResults([])).toBeNull();
    // As the worker sends them: results without tie values come without tie rows.
    const bare = parts.map((r) =>
      r.graph.settings.measures.includes('biconnectivity') ? r : { ...r, edges: [] },
    );
    expect(bare[0]!.edges).toEqual([]);
    expect(mergeResults(bare)!.edges).toEqual(all.edges);
  });
});

describe('provenance of an explorer export', () => {
  const source = {
    kind: 'snapshot' as const,
    name: 'gunma.json',
    createdAt: '2026-01-01T00:00:00.000Z',
    load: () => Promise.reject(new Error('unused')),
  };

  it('records source, view, active filters with the year window, focus, scope and display', () => {
    const state: ViewState = {
      ...years(2001, 2005),
      view: 'knowledge',
      filters: { ...years(2001, 2005).filters, kinds: ['university', 'company'] },
      focus: { node: 'U1', depth: 2, layout: true },
      colourBy: 'measure',
      colourMeasure: 'betweenness',
    };
    const p = explorerProvenance({
      source,
      lastImport: null,
      state,
      scope: 'shown',
      overlay: { ...NO_OVERLAY, bridges: true },
      focusedTie: null,
      focusedFinding: null,
      result: null,
      exportedAt: new Date('2026-03-04T05:06:07Z'),
    });
    expect(p).toMatchObject({
      exportedAt: '2026-03-04T05:06:07.000Z',
      source: { kind: 'snapshot', name: 'gunma.json', createdAt: '2026-01-01T00:00:00.000Z' },
      view: 'knowledge',
      filters: { kinds: ['university', 'company'], years: { from: 2001, to: 2005 } },
      focus: { ego: { actor: 'U1', depth: 2, layout: true } },
      scope: 'shown',
      display: { colourBy: 'measure', colourMeasure: 'betweenness', highlights: { bridges: true } },
      analysis: null,
    });
    // Empty lists mean "all" and are left out.
    expect(Object.keys(p.filters as object).sort()).toEqual(['kinds', 'years']);
  });

  it('names the database and its last import run, and drops filters for the whole view', () => {
    const lastImport = {
      id: 'run-42',
      source: 'data/demo',
      startedAt: '2026-02-01T00:00:00Z',
      finishedAt: '2026-02-01T00:01:00Z',
      status: 'completed',
    };
    const p = explorerProvenance({
      source: { ...source, kind: 'api', name: 'Neo4j' },
      lastImport,
      state: years(2001, 2005),
      scope: 'whole',
      overlay: NO_OVERLAY,
      focusedTie: null,
      focusedFinding: null,
      result: null,
    });
    expect(p.source).toEqual({ kind: 'database', database: 'Neo4j', lastImport });
    expect(p.filters).toBeNull();
    expect(p.scope).toBe('whole');
  });
});
