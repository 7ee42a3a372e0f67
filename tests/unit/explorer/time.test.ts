import { describe, expect, it } from 'vitest';
import { activeIn, yearBounds } from '../../../src/state/activity';
import { buildBaseGraph } from '../../../src/state/base-graph';
import { crossCluster, currentYear, timeline, windowAt } from '../../../src/state/time';
import { EMPTY_FILTERS, type TimeControl } from '../../../src/state/view-state';
import { computeVisibility } from '../../../src/state/visibility';
import { smallNetwork } from './fixtures';

const cumulative: TimeControl = { mode: 'cumulative', width: 3 };
const shownAt = (graph: ReturnType<typeof buildBaseGraph>, year: number, time = cumulative) => {
  const bounds = yearBounds(graph)!;
  const v = computeVisibility(graph, { ...EMPTY_FILTERS, years: windowAt(year, time, bounds) });
  return { nodes: [...v.nodes].sort(), edges: [...v.edges].sort() };
};

describe('the network over time', () => {
  // U1–C1 2003–2004, U1–T1 2005, C1–C2 2008, C2–B1 2009–2010; C3 has no tie and no project.
  const graph = buildBaseGraph(smallNetwork(), false);

  it('shows actors from their first tie, cumulatively', () => {
    expect(yearBounds(graph)).toEqual([2003, 2010]);
    expect(shownAt(graph, 2003)).toEqual({ nodes: ['C1', 'C3', 'U1'], edges: ['t1'] });
    expect(shownAt(graph, 2005).nodes).toEqual(['C1', 'C3', 'T1', 'U1']);
    expect(shownAt(graph, 2008).nodes).toEqual(['C1', 'C2', 'C3', 'T1', 'U1']);
    expect(shownAt(graph, 2010)).toEqual({
      nodes: ['B1', 'C1', 'C2', 'C3', 'T1', 'U1'],
      edges: ['t1', 't2', 't3', 't4'],
    });
  });

  it('lets ties live from start to end year in a moving window', () => {
    const one: TimeControl = { mode: 'window', width: 1 };
    expect(windowAt(2006, one, [2003, 2010])).toEqual([2006, 2006]);
    expect(shownAt(graph, 2006, one)).toEqual({ nodes: ['C3'], edges: [] });
    expect(shownAt(graph, 2004, one)).toEqual({ nodes: ['C1', 'C3', 'U1'], edges: ['t1'] });
    const three: TimeControl = { mode: 'window', width: 3 };
    expect(shownAt(graph, 2010, three).edges).toEqual(['t2', 't3']);
  });

  it('counts a project participation from the project’s years', () => {
    const net = smallNetwork();
    net.attributes.projects = [
      {
        id: 'P',
        name: 'P',
        nameEn: null,
        programme: 'knowledge_cluster',
        region: null,
        startYear: 2001,
        endYear: 2002,
        synthetic: true,
      },
    ];
    net.nodes.find((n) => n.key === 'C3')!.attributes.participations = [
      { project: 'P', role: 'member' },
    ];
    const g = buildBaseGraph(net, false);
    expect(yearBounds(g)).toEqual([2001, 2010]);
    expect(activeIn(g, 'C3', [2001, 2001])).toBe(true);
    expect(activeIn(g, 'C3', [2003, 2010])).toBe(false);
    expect(shownAt(g, 2001).nodes).toEqual(['C3']);
  });

  it('charts actors, ties and cross-cluster ties per year under the other filters', () => {
    const net = smallNetwork();
    net.nodes.find((n) => n.key === 'U1')!.attributes.cluster = 'knowledge';
    net.nodes.find((n) => n.key === 'C1')!.attributes.cluster = 'industrial';
    const g = buildBaseGraph(net, false);
    const data = timeline(g, EMPTY_FILTERS, cumulative);
    expect(data.years).toEqual([2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010]);
    expect(data.actors).toEqual([3, 3, 4, 4, 4, 5, 6, 6]);
    expect(data.ties).toEqual([1, 1, 2, 2, 2, 3, 4, 4]);
    expect(data.crossCluster).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    const companies = timeline(g, { ...EMPTY_FILTERS, kinds: ['company'] }, cumulative);
    expect(companies.actors).toEqual([2, 2, 2, 2, 2, 3, 3, 3]);
    expect(crossCluster('both', 'industrial')).toBe(true);
    expect(crossCluster('none', 'knowledge')).toBe(false);
  });

  it('reads the control’s year from the window’s end', () => {
    expect(currentYear({ ...EMPTY_FILTERS, years: [2003, 2006] }, [2003, 2010])).toBe(2006);
    expect(currentYear(EMPTY_FILTERS, [2003, 2010])).toBe(2010);
  });
});
