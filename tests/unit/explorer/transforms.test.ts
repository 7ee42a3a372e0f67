import { describe, expect, it } from 'vitest';
import { KIND_COLOURS, TIE_COLOURS } from '../../../src/model/palette';
import { computeStyles, sizeRange } from '../../../src/state/styles';
import { buildBaseGraph, needsLayout } from '../../../src/state/base-graph';
import { egoNetwork, shortestPath } from '../../../src/state/focus';
import { projectParticipations } from '../../../src/state/projection';
import { buildSearchIndex, normaliseForSearch, searchActors } from '../../../src/state/search';
import { EMPTY_FILTERS, type Filters } from '../../../src/state/view-state';
import { computeVisibility } from '../../../src/state/visibility';
import { actor, network, registryValues, smallNetwork, tie } from './fixtures';

const filters = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...patch });

describe('projection of shared projects', () => {
  const member = (key: string, projects: string[]) => ({
    key,
    attributes: { participations: projects.map((project) => ({ project, role: 'member' })) },
  });

  it('weights each project 1/(n−1) per pair and sums over shared projects', () => {
    const { ties } = projectParticipations([
      member('a', ['P', 'Q']),
      member('b', ['P', 'Q']),
      member('c', ['P']),
    ]);
    const ab = ties.find((t) => t.source === 'a' && t.target === 'b')!;
    expect(ab.weight).toBeCloseTo(1 / 2 + 1);
    expect(ab.shared).toBe(2);
    expect(ties.find((t) => t.source === 'a' && t.target === 'c')!.weight).toBeCloseTo(1 / 2);
    // Each member gets a total weight of exactly 1 from project P.
    expect(ties.length).toBe(3);
  });

  it('does not turn a 2,000-member project into a clique; it only reinforces existing pairs', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) =>
      member(`m${String(i).padStart(4, '0')}`, i < 2 ? ['BIG', 'SMALL'] : ['BIG']),
    );
    const { ties, largeProjects } = projectParticipations(nodes, 200);
    expect(largeProjects).toEqual([{ project: 'BIG', members: 2000 }]);
    expect(ties).toHaveLength(1);
    expect(ties[0]!.weight).toBeCloseTo(1 + 1 / 1999);
    expect(ties[0]!.shared).toBe(2);
  });

  it('adds projected ties to the graph as their own tie kind', () => {
    const net = smallNetwork();
    net.nodes[0]!.attributes.participations = [{ project: 'P', role: 'lead' }];
    net.nodes[2]!.attributes.participations = [{ project: 'P', role: 'member' }];
    const graph = buildBaseGraph(net, true);
    const projected = graph.filterEdges((_e, a) => a.kind === 'shared_project');
    expect(projected).toHaveLength(1);
    expect(buildBaseGraph(net, false).filterEdges((_e, a) => a.kind === 'shared_project')).toEqual(
      [],
    );
  });
});

describe('base graph', () => {
  it('keeps given positions and places the others deterministically', () => {
    const net = smallNetwork();
    Object.assign(net.nodes[0]!.attributes, { x: 10, y: 20 });
    const a = buildBaseGraph(net, false);
    const b = buildBaseGraph(net, false);
    expect(a.getNodeAttributes('U1')).toMatchObject({ x: 10, y: 20 });
    expect(a.getNodeAttribute('C1', 'x')).toBe(b.getNodeAttribute('C1', 'x'));
    expect(needsLayout(a)).toBe(true);
    const placed = buildBaseGraph(net, false, () => ({ x: 1, y: 1 }));
    expect(needsLayout(placed)).toBe(false);
  });
});

describe('filters', () => {
  const graph = buildBaseGraph(smallNetwork(), false);

  it('shows everything without filters and counts isolated actors', () => {
    const v = computeVisibility(graph, EMPTY_FILTERS);
    expect(v.nodes.size).toBe(6);
    expect(v.edges.size).toBe(4);
    expect(v.isolated).toBe(1);
  });

  it('filters by actor kind; ties to hidden actors disappear', () => {
    const v = computeVisibility(graph, filters({ kinds: ['company', 'university'] }));
    expect([...v.nodes].sort()).toEqual(['C1', 'C2', 'C3', 'U1']);
    expect([...v.edges].sort()).toEqual(['t1', 't2']);
  });

  it('filters by region, tie kind and year span overlap', () => {
    expect(computeVisibility(graph, filters({ bureaus: ['tohoku'] })).nodes).toEqual(
      new Set(['C2']),
    );
    expect([...computeVisibility(graph, filters({ tieKinds: ['joint_research'] })).edges]).toEqual([
      't1',
      't4',
    ]);
    const v = computeVisibility(graph, filters({ years: [2004, 2008] }));
    expect([...v.edges].sort()).toEqual(['t1', 't2', 't4']);
    // B1's only tie is from 2009: an actor appears from its first tie (issue 9), so B1 is not
    // shown at all; C3, with no dated tie or project, always is, isolated.
    expect(v.nodes.has('B1')).toBe(false);
    expect(v.isolated).toBe(1);
  });

  it('hides isolated actors on request', () => {
    const v = computeVisibility(graph, filters({ years: [2009, 2010], hideIsolated: true }));
    expect([...v.nodes].sort()).toEqual(['B1', 'C2']);
  });

  it('filters by project and programme membership', () => {
    const net = smallNetwork();
    net.nodes[0]!.attributes.participations = [{ project: 'P', role: 'lead' }];
    net.nodes[0]!.attributes.programmes = ['knowledge_cluster'];
    const g = buildBaseGraph(net, false);
    expect(computeVisibility(g, filters({ projects: ['P'] })).nodes).toEqual(new Set(['U1']));
    expect(computeVisibility(g, filters({ programmes: ['knowledge_cluster'] })).nodes).toEqual(
      new Set(['U1']),
    );
  });
});

describe('measures', () => {
  // Measures come from the registry, on the view's whole network: they describe a position in
  // the network, which a display filter does not change (before, degree was recounted on the
  // filtered ties; now every measure follows one rule).
  it('computes degree (distinct neighbours), weighted degree and cross-sector ties', async () => {
    const net = smallNetwork();
    net.edges.push(tie('t5', 'U1', 'C1', 'licensing', { strength: 2 }));
    const graph = buildBaseGraph(net, false);
    const m = await registryValues(graph);
    expect(m.degree!.get('U1')).toBe(2);
    expect(m.weightedDegree!.get('U1')).toBe(3 + 2 + 1);
    expect(m.crossSector!.get('U1')).toBe(1); // C1 is industry; T1 is academia like U1
    expect(m.crossSector!.get('C2')).toBe(1); // B1 (finance); C1 is industry
  });
});

describe('styles and legend', async () => {
  const graph = buildBaseGraph(smallNetwork(), false);
  const v = computeVisibility(graph, filters({ kinds: ['company', 'university'] }));
  const m = await registryValues(graph);
  const styles = computeStyles(graph, v, 'kind', 'degree', m, 'en');

  it('styles exactly the shown actors and ties', () => {
    expect([...styles.nodes.keys()].sort()).toEqual([...v.nodes].sort());
    expect([...styles.edges.keys()].sort()).toEqual([...v.edges].sort());
    expect(styles.nodes.get('U1')!.color).toBe(KIND_COLOURS.university);
    expect(styles.nodes.get('U1')!.label).toBe('Gunma University');
    expect(styles.nodes.get('C1')!.label).toBe('カブラ精機株式会社');
  });

  it('has a legend that matches what is drawn: entries, colours and counts', () => {
    const { legend } = styles;
    expect(legend.nodes.map((e) => e.value)).toEqual(['company', 'university']);
    for (const entry of legend.nodes) {
      const drawn = [...styles.nodes.values()].filter((s) => s.color === entry.color);
      expect(drawn).toHaveLength(entry.count);
    }
    expect(legend.edges.map((e) => [e.value, e.count])).toEqual([
      ['joint_research', 1],
      ['supply', 1],
    ]);
    expect(legend.edges[0]!.color).toBe(TIE_COLOURS.joint_research);
    expect(legend.size).toMatchObject({ measure: 'degree', min: 0, max: 2 });
  });

  it('sizes within the range for the graph size, the biggest for the highest measure', () => {
    const [min, max] = sizeRange(v.nodes.size);
    const sizes = [...styles.nodes.values()].map((s) => s.size);
    expect(Math.min(...sizes)).toBeCloseTo(min);
    expect(Math.max(...sizes)).toBeCloseTo(max);
    expect(styles.nodes.get('C1')!.size).toBeCloseTo(max);
  });

  it('edge width grows with strength', () => {
    const all = computeVisibility(graph, EMPTY_FILTERS);
    const s = computeStyles(graph, all, 'kind', 'degree', m, 'ja');
    expect(s.edges.get('t3')!.size).toBeGreaterThan(s.edges.get('t2')!.size);
  });

  it('colours by region and by community, with pending communities greyed', () => {
    const all = computeVisibility(graph, EMPTY_FILTERS);
    const byRegion = computeStyles(graph, all, 'region', 'degree', m, 'ja');
    expect(byRegion.legend.nodes.map((e) => [e.value, e.count])).toEqual([
      ['tohoku', 1],
      ['kanto', 5],
    ]);
    const pending = computeStyles(graph, all, 'community', 'degree', m, 'ja');
    expect(pending.legend.pending).toBe(true);
    expect(pending.legend.nodes).toEqual([expect.objectContaining({ value: 'other', count: 6 })]);
    const community = new Map(graph.mapNodes((k, _a) => [k, k.startsWith('C') ? 1 : 0]));
    const done = computeStyles(graph, all, 'community', 'degree', { ...m, community }, 'ja');
    expect(done.legend.pending).toBe(false);
    expect(done.legend.nodes.map((e) => [e.value, e.count])).toEqual([
      ['0', 3],
      ['1', 3],
    ]);
  });
});

describe('ego network and shortest path', () => {
  const graph = buildBaseGraph(smallNetwork(), false);
  const all = computeVisibility(graph, EMPTY_FILTERS);

  it('finds 1- and 2-step neighbourhoods with the ties among them', () => {
    expect(egoNetwork(graph, all, 'C1', 1)!.nodes).toEqual(new Set(['C1', 'U1', 'C2']));
    const two = egoNetwork(graph, all, 'C1', 2)!;
    expect(two.nodes).toEqual(new Set(['C1', 'U1', 'C2', 'T1', 'B1']));
    expect(two.edges.size).toBe(4);
  });

  it('finds the shortest path from a university to a bank, and none through hidden ties', () => {
    const path = shortestPath(graph, all, 'T1', 'B1')!;
    expect(path.order).toEqual(['T1', 'U1', 'C1', 'C2', 'B1']);
    expect(path.edges).toEqual(new Set(['t4', 't1', 't2', 't3']));
    const noSupply = computeVisibility(graph, filters({ tieKinds: ['joint_research', 'finance'] }));
    expect(shortestPath(graph, noSupply, 'T1', 'B1')).toBeNull();
    expect(shortestPath(graph, all, 'T1', 'C3')).toBeNull();
  });
});

describe('search', () => {
  const graph = buildBaseGraph(
    network(
      [
        actor('A', 'company', { name: 'アカギ電子株式会社', nameEn: 'Akagi Electronics' }),
        actor('B', 'company', { name: 'ｱｶｷﾞ精機' }),
        actor('C', 'university', { name: '群馬大学', nameEn: 'Gunma University' }),
        actor('D', 'company', { name: 'ＡＢＣ工業' }),
      ],
      [],
    ),
    false,
  );
  const index = buildSearchIndex(graph);
  const keys = (q: string) => searchActors(index, q).map((e) => e.key);

  it('is insensitive to kana type, width and case', () => {
    expect(normaliseForSearch('ｱｶｷﾞ')).toBe(normaliseForSearch('あかぎ'));
    expect(keys('あかぎ')).toEqual(['B', 'A']);
    expect(keys('abc')).toEqual(['D']);
    expect(keys('gunma univ')).toEqual(['C']);
    expect(keys('ELECTRONICS')).toEqual(['A']);
  });

  it('matches partial names in Japanese and ranks prefixes first', () => {
    expect(keys('大学')).toEqual(['C']);
    expect(keys('電子')).toEqual(['A']);
    expect(keys('')).toEqual([]);
  });
});
