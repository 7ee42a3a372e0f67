/**
 * Level of detail: who belongs to which group, and the grouped graph (group sizes, summed
 * ties, opened groups) checked by hand on a small network.
 */
import { describe, expect, it } from 'vitest';
import { groupGraph } from '../../../src/render/group-graph';
import { buildBaseGraph } from '../../../src/state/base-graph';
import {
  AUTO_GROUP_ACTORS,
  effectiveGrouping,
  groupKey,
  groupMembership,
  groupName,
  groupOfKey,
  NO_GROUP,
} from '../../../src/state/groups';
import { computeStyles } from '../../../src/state/styles';
import { viewStateFromParams, viewStateToParams } from '../../../src/state/url-state';
import { DEFAULT_VIEW_STATE, EMPTY_FILTERS, type ViewState } from '../../../src/state/view-state';
import { computeVisibility } from '../../../src/state/visibility';
import { actor, network, registryValues, tie } from './fixtures';

const part = (project: string, role: 'lead' | 'member' = 'member') => ({ project, role });

/**
 * Project P: A1 (lead), A2, A3; project Q: B1 (lead), B2; A2 also in Q as a member (its
 * group is P, the first of its projects by id); N1 in none.
 * Ties: A1–A2, A2–A3 (inside P); A1–B1, A3–B1, A2–B2 (P–Q, three); B1–N1 (Q–none).
 */
function grouped() {
  const net = network(
    [
      actor('A1', 'company', { participations: [part('P', 'lead')], prefecture: '群馬県' }),
      actor('A2', 'company', { participations: [part('Q'), part('P')], prefecture: '群馬県' }),
      actor('A3', 'university', { participations: [part('P')], prefecture: '長野県' }),
      actor('B1', 'company', {
        participations: [part('P'), part('Q', 'lead')],
        prefecture: '長野県',
      }),
      actor('B2', 'company', { participations: [part('Q')] }),
      actor('N1', 'financial_institution'),
    ],
    [
      tie('a12', 'A1', 'A2', 'supply'),
      tie('a23', 'A2', 'A3', 'joint_research'),
      tie('ab11', 'A1', 'B1', 'supply', { strength: 2 }),
      tie('ab31', 'A3', 'B1', 'joint_research'),
      tie('ab22', 'A2', 'B2', 'supply'),
      tie('bn', 'B1', 'N1', 'finance', { strength: 4 }),
    ],
  );
  net.attributes.projects = [
    { id: 'P', name: '群馬プロジェクト', nameEn: 'Gunma project' },
    { id: 'Q', name: '長野プロジェクト', nameEn: null },
  ] as never;
  const graph = buildBaseGraph(net, false);
  const shown = computeVisibility(graph, EMPTY_FILTERS);
  return { graph, shown };
}

describe('groupMembership', () => {
  it('puts an actor in the project it leads, else its first project, else none', () => {
    const { graph, shown } = grouped();
    const m = groupMembership(graph, shown, { by: 'project', open: [] }, undefined)!;
    expect(Object.fromEntries(m.groupOf)).toEqual({
      A1: 'P',
      A2: 'P',
      A3: 'P',
      B1: 'Q',
      B2: 'Q',
      N1: NO_GROUP,
    });
    expect(m.members.get('P')).toEqual(['A1', 'A2', 'A3']);
    expect(groupName(graph, 'project', 'P', 'en')).toBe('Gunma project');
    expect(groupName(graph, 'project', 'Q', 'en')).toBe('長野プロジェクト');
    expect(groupName(graph, 'project', NO_GROUP, 'en')).toBeNull();
  });

  it('groups by prefecture, and waits for communities', () => {
    const { graph, shown } = grouped();
    const m = groupMembership(graph, shown, { by: 'prefecture', open: [] }, undefined)!;
    expect(m.members.get('長野県')).toEqual(['A3', 'B1']);
    expect(m.members.get(NO_GROUP)).toEqual(['B2', 'N1']);
    expect(groupMembership(graph, shown, { by: 'community', open: [] }, undefined)).toBeNull();
    const c = groupMembership(graph, shown, { by: 'community', open: [] }, new Map([['A1', 0]]))!;
    expect(c.groupOf.get('A1')).toBe('0');
    expect(c.groupOf.get('A2')).toBe(NO_GROUP);
  });

  it('keeps group keys apart from actor keys', () => {
    expect(groupOfKey(groupKey('P'))).toBe('P');
    expect(groupOfKey('group:P')).toBeNull();
  });
});

/** The one tie drawn between two nodes (the drawn graph is a multigraph). */
function one(g: ReturnType<typeof buildBaseGraph>, a: string, b: string): string {
  const edges = g.edges(a, b);
  expect(edges).toHaveLength(1);
  return edges[0]!;
}

describe('groupGraph', () => {
  async function build(open: string[]) {
    const { graph, shown } = grouped();
    const measures = await registryValues(graph, ['degree']);
    const styles = computeStyles(graph, shown, 'kind', 'degree', measures, 'en');
    const m = groupMembership(graph, shown, { by: 'project', open }, undefined)!;
    return { graph, drawn: groupGraph(graph, shown, styles, m, (g) => `name of ${g}`) };
  }

  it('draws each group once, at its members’ centre, with ties summed between groups', async () => {
    const { graph, drawn } = await build([]);
    expect(drawn.nodes().map(groupOfKey).sort()).toEqual([NO_GROUP, 'P', 'Q'].sort());
    const p = drawn.getNodeAttributes(groupKey('P'));
    expect(p.label).toBe('name of P (3)');
    expect(p.group).toEqual({ by: 'project', id: 'P', members: 3 });
    const xs = ['A1', 'A2', 'A3'].map((k) => graph.getNodeAttribute(k, 'x'));
    expect(p.x).toBeCloseTo((xs[0]! + xs[1]! + xs[2]!) / 3);
    // Ties inside P are not drawn; the three P–Q ties are one tie of 3, strength 4.
    const pq = one(drawn, groupKey('P'), groupKey('Q'));
    expect(drawn.getEdgeAttributes(pq)).toMatchObject({ ties: 3, strength: 4 });
    const qn = one(drawn, groupKey('Q'), groupKey(NO_GROUP));
    expect(drawn.getEdgeAttributes(qn)).toMatchObject({ ties: 1, strength: 4 });
    expect(drawn.size).toBe(2);
    // The largest group is the largest circle.
    expect(p.size!).toBeGreaterThan(drawn.getNodeAttribute(groupKey(NO_GROUP), 'size')!);
  });

  it('an opened group shows its actors and their own ties; the rest stay grouped', async () => {
    const { drawn } = await build(['P']);
    expect(drawn.nodes().sort()).toEqual(
      ['A1', 'A2', 'A3', groupKey('Q'), groupKey(NO_GROUP)].sort(),
    );
    // Inside P: the two ties as they are; to Q: one summed tie per member.
    expect(drawn.hasEdge('a12')).toBe(true);
    expect(drawn.hasEdge('a23')).toBe(true);
    expect(drawn.getEdgeAttribute(one(drawn, 'A1', groupKey('Q')), 'ties')).toBe(1);
    expect(drawn.getEdgeAttribute(one(drawn, 'A3', groupKey('Q')), 'ties')).toBe(1);
    expect(drawn.getEdgeAttribute(one(drawn, 'A2', groupKey('Q')), 'ties')).toBe(1);
  });
});

describe('the automatic level of detail', () => {
  it('draws a network above the limit as its projects, a smaller one as its actors', () => {
    const large = { actors: AUTO_GROUP_ACTORS + 1, projects: 17 };
    expect(effectiveGrouping(null, large)).toEqual({ by: 'project', open: [] });
    expect(effectiveGrouping(null, { ...large, actors: AUTO_GROUP_ACTORS })).toBeNull();
    // Without projects to draw, a large network is drawn as its actors.
    expect(effectiveGrouping(null, { ...large, projects: 1 })).toBeNull();
    // A choice is kept whatever the size: every actor, or a grouping with groups open.
    expect(effectiveGrouping('none', large)).toBeNull();
    const chosen = { by: 'prefecture' as const, open: ['長野県'] };
    expect(effectiveGrouping(chosen, { actors: 10, projects: 0 })).toBe(chosen);
  });

  it('keeps the choice in the link: automatic (no key), none, or a grouping', () => {
    const roundTrip = (groups: ViewState['groups']) => {
      const params = viewStateToParams({ ...DEFAULT_VIEW_STATE, groups });
      return { group: params.get('group'), back: viewStateFromParams(params).groups };
    };
    expect(roundTrip(null)).toEqual({ group: null, back: null });
    expect(roundTrip('none')).toEqual({ group: 'none', back: 'none' });
    const chosen = { by: 'project' as const, open: ['PRJ-1'] };
    expect(roundTrip(chosen)).toEqual({ group: 'project', back: chosen });
  });
});
