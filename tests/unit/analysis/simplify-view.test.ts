import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { simplify } from '../../../src/analysis/simplify';
import { filterByView, tieInView } from '../../../src/model/view-filter';
import { network } from './helpers';

describe('simplify', () => {
  it('accepts a graphology instance as well as serialised JSON, with the same result', () => {
    const data = network(
      ['a', 'b', 'c'],
      [
        ['a', 'b', 2],
        ['b', 'a', 3, { kind: 'supply' }],
        ['c', 'c', 1],
      ],
    );
    const fromJson = simplify(data);
    const fromGraph = simplify(Graph.from(data));
    expect(fromGraph.stats).toEqual(fromJson.stats);
    expect(fromJson.graph.order).toBe(3);
    expect(fromJson.graph.size).toBe(1);
    const edge = fromJson.graph.edge('a', 'b')!;
    expect(fromJson.graph.getEdgeAttributes(edge)).toEqual({
      strength: 5,
      ties: 2,
      kinds: ['joint_research', 'supply'],
    });
  });

  it('reports defaulted strengths and drops non-positive ones', () => {
    const data = network(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b', 1],
        ['b', 'c', 0],
        ['c', 'd', 1],
      ],
    );
    data.edges[2]!.attributes = { kind: 'supply' };
    const { graph, stats } = simplify(data);
    expect(stats).toMatchObject({ nonPositiveDropped: 1, strengthDefaulted: 1 });
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttribute(graph.edge('c', 'd')!, 'strength')).toBe(1);
    expect(graph.order).toBe(4);
  });

  it('reads another strength attribute', () => {
    const data = network(['a', 'b'], [['a', 'b', 1, { amount: 7 }]]);
    const { graph } = simplify(data, { weight: 'amount' });
    expect(graph.getEdgeAttribute(graph.edge('a', 'b')!, 'strength')).toBe(7);
  });
});

describe('view filter', () => {
  const data = network(
    [
      ['firm', { kind: 'company' }],
      ['uni', { kind: 'university' }],
      ['bank', { kind: 'financial_institution' }],
      ['lonely-lab', { kind: 'public_research_institute' }],
      ['lonely-firm', { kind: 'company' }],
    ],
    [
      ['firm', 'uni', 1, { kind: 'joint_research' }],
      ['bank', 'firm', 1, { kind: 'finance' }],
    ],
  );

  it('knowledge: knowledge ties, their actors, and isolated knowledge actors', () => {
    const k = filterByView(data, 'knowledge');
    expect(k.edges.map((e) => e.attributes?.kind)).toEqual(['joint_research']);
    expect(k.nodes.map((n) => n.key).sort()).toEqual(['firm', 'lonely-lab', 'uni']);
    expect(k.attributes?.view).toBe('knowledge');
  });

  it('industrial: industrial ties, their actors, isolated industrial actors', () => {
    const i = filterByView(data, 'industrial');
    expect(i.edges.map((e) => e.attributes?.kind)).toEqual(['finance']);
    expect(i.nodes.map((n) => n.key).sort()).toEqual(['bank', 'firm', 'lonely-firm']);
  });

  it('all keeps everything', () => {
    const a = filterByView(data, 'all');
    expect(a.nodes).toHaveLength(5);
    expect(a.edges).toHaveLength(2);
    expect(tieInView('supply', 'knowledge')).toBe(false);
    expect(tieInView('anything', 'all')).toBe(true);
  });
});
