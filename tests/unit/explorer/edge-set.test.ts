import { describe, expect, it } from 'vitest';
import { TIE_COLOURS, withAlpha } from '../../../src/model/palette';
import { buildBaseGraph } from '../../../src/state/base-graph';
import { EdgeMask, edgeMaskOf } from '../../../src/state/edge-set';
import { graphIndex } from '../../../src/state/graph-index';
import { tieStylesOf } from '../../../src/state/tie-styles';
import { EMPTY_FILTERS, type Filters } from '../../../src/state/view-state';
import { computeVisibility, edgePasses, nodePasses } from '../../../src/state/visibility';
import { nationalNetwork } from './fixtures';

/** The shown ties as the explorer computed them before the mask: a set built per graph pass. */
function referenceEdges(graph: ReturnType<typeof buildBaseGraph>, f: Filters): Set<string> {
  const edges = new Set<string>();
  graph.forEachEdge((key, attrs, _s, _t, sa, ta) => {
    if (nodePasses(sa, f) && nodePasses(ta, f) && edgePasses(attrs, f)) edges.add(key);
  });
  return edges;
}

describe('shown ties as a mask over the graph index', () => {
  const graph = buildBaseGraph(nationalNetwork(3000, 20_000), false);
  const cases: [string, Filters][] = [
    ['no filter', EMPTY_FILTERS],
    [
      'no companies',
      {
        ...EMPTY_FILTERS,
        kinds: ['university', 'tlo', 'financial_institution', 'public_research_institute'],
      },
    ],
    ['one tie kind', { ...EMPTY_FILTERS, tieKinds: ['supply'] }],
    ['two bureaus', { ...EMPTY_FILTERS, bureaus: ['kanto', 'kinki'] }],
  ];

  it.each(cases)('%s: has, size and iteration are those of the reference set', (_name, f) => {
    const expected = referenceEdges(graph, f);
    const { edges } = computeVisibility(graph, f);
    expect(edges).toBeInstanceOf(EdgeMask);
    expect(edges.size).toBe(expected.size);
    expect(new Set(edges)).toEqual(expected);
    expect([...edges.entries()].every(([a, b]) => a === b && expected.has(a))).toBe(true);
    for (const key of graphIndex(graph).edgeKeys) expect(edges.has(key)).toBe(expected.has(key));
    expect(edges.has('no such tie')).toBe(false);
  });

  it('gives the same mask for a plain set of the same ties (a focus makes those)', () => {
    const f = { ...EMPTY_FILTERS, tieKinds: ['joint_research'] } as Filters;
    const masked = computeVisibility(graph, f).edges;
    expect(edgeMaskOf(graph, new Set(masked))).toEqual((masked as EdgeMask).mask);
  });

  it('styles exactly the shown ties, by kind, direction and strength, shared per look', () => {
    const f = { ...EMPTY_FILTERS, kinds: ['company'] } as Filters;
    const v = computeVisibility(graph, f);
    const { edges, legend } = tieStylesOf(graph, v);
    expect(edges.size).toBe(v.edges.size);
    expect(new Set(edges.keys())).toEqual(new Set(v.edges));
    const seen = new Map<string, object>();
    graph.forEachEdge((key, attrs, _s, _t, _sa, _ta, undirected) => {
      const style = edges.get(key);
      if (!v.edges.has(key)) return expect(style).toBeUndefined();
      expect(style!.type).toBe(undirected ? 'line' : 'arrow');
      // More than 3,000 ties shown: faint (see tieStylesOf).
      expect(style!.color).toBe(
        withAlpha(TIE_COLOURS[attrs.kind], v.edges.size > 20000 ? 0.25 : 0.4),
      );
      const look = `${attrs.kind} ${attrs.strength} ${style!.type}`;
      expect(style).toBe(seen.get(look) ?? style);
      seen.set(look, style!);
    });
    // The legend counts what is styled.
    const byKind = new Map<string, number>();
    for (const key of v.edges) {
      const kind = graph.getEdgeAttribute(key, 'kind');
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    }
    expect(new Map(legend.map((e) => [e.value, e.count]))).toEqual(byKind);
  });
});
