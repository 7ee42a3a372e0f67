/**
 * The grouped graph updated in place (render/group-patch.ts) must draw what a graph built anew
 * draws, after any run of filters and styles, and must name every node and tie whose look
 * changed (sigma re-processes only those).
 */
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, TIE_KINDS } from '../../../src/model/domain';
import { GroupDrawing } from '../../../src/render/group-drawing';
import { groupedPicture, groupGraph } from '../../../src/render/group-graph';
import { patchGroupGraph } from '../../../src/render/group-patch';
import type { LabelLayer } from '../../../src/render/label-layer';
import { writeStyles } from '../../../src/render/write-styles';
import { buildBaseGraph, type ExplorerGraph } from '../../../src/state/base-graph';
import { groupKey, groupMembership } from '../../../src/state/groups';
import { computeStyles } from '../../../src/state/styles';
import { EMPTY_FILTERS, type ColourBy, type Filters } from '../../../src/state/view-state';
import { computeVisibility } from '../../../src/state/visibility';
import { actor, network, registryValues, tie } from './fixtures';

/** 600 actors of every kind in six projects (P0 the largest), 3,000 ties, some parallel. */
function projects(): ExplorerGraph {
  const actors = Array.from({ length: 600 }, (_, i) =>
    actor(`A${i}`, i % 3 === 0 ? ACTOR_KINDS[1 + (i % 6)]! : 'company', {
      bureau: i % 2 ? 'kanto' : 'kinki',
      participations: [
        { project: `P${i < 200 ? 0 : i % 6}`, role: 'member', startYear: null, endYear: null },
      ],
    }),
  );
  let seed = 7;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296;
  const ties = Array.from({ length: 3000 }, (_, i) => {
    const s = Math.floor(random() * 600);
    const t =
      random() < 0.7 ? (s + 1 + Math.floor(random() * 30)) % 600 : Math.floor(random() * 600);
    return tie(`E${i}`, `A${s}`, `A${t}`, TIE_KINDS[i % TIE_KINDS.length]!, {
      strength: 1 + (i % 4),
    });
  });
  // Parallel ties of two kinds between the same pair.
  ties.push(tie('E-par', 'A1', 'A2', 'supply'));
  return buildBaseGraph(
    network(
      actors,
      ties.filter((t) => t.source !== t.target),
    ),
    false,
  );
}

const noCompanies: Filters = {
  ...EMPTY_FILTERS,
  kinds: ACTOR_KINDS.filter((k) => k !== 'company'),
};
const oneTieKind: Filters = { ...EMPTY_FILTERS, tieKinds: [TIE_KINDS[0]!] };
const oneBureau: Filters = { ...EMPTY_FILTERS, bureaus: ['kanto'] };

type Picture = Parameters<typeof groupGraph>;

/** One function, as the canvas keeps it while the language stays. */
const nameOf = (group: string) => `project ${group}`;

describe('the grouped graph updated in place', async () => {
  const graph = projects();
  const measures = await registryValues(graph, ['degree']);
  /** The grouped picture of a state, the view's actors written first as the canvas does. */
  const state = (filters: Filters, colourBy: ColourBy, open: string[]): Picture => {
    const shown = computeVisibility(graph, filters);
    const styles = computeStyles(graph, shown, colourBy, 'degree', measures, 'en');
    writeStyles(graph, shown, styles, false);
    const m = groupMembership(graph, shown, { by: 'project', open }, undefined)!;
    return [graph, shown, styles, m, nameOf];
  };
  const shownNodes = (g: ExplorerGraph) => g.filterNodes((_, a) => !a.hidden).sort();
  const shownEdges = (g: ExplorerGraph) => g.filterEdges((_, a) => !a.hidden).sort();
  const look = (g: ExplorerGraph) => ({
    nodes: new Map(
      g.mapNodes((k, a) => [k, JSON.stringify([a.x, a.y, a.size, a.color, a.label, !!a.hidden])]),
    ),
    edges: new Map(
      g.mapEdges((k, a) => [k, JSON.stringify([a.color, a.size, a.type, !!a.hidden])]),
    ),
  });

  /** Draws what a graph built anew draws: the same items shown, with the same attributes. */
  function expectSameDrawing(drawn: ExplorerGraph, fresh: ExplorerGraph) {
    expect(shownNodes(drawn)).toEqual(shownNodes(fresh));
    expect(shownEdges(drawn)).toEqual(shownEdges(fresh));
    fresh.forEachNode((k, a) => expect(drawn.getNodeAttributes(k)).toEqual(a));
    fresh.forEachEdge((k, a, s, t) => {
      expect(drawn.getEdgeAttributes(k)).toEqual(a);
      expect(drawn.extremities(k)).toEqual([s, t]);
    });
  }

  const runs: [string, Picture[]][] = [
    [
      'filters with P0 open',
      [
        state(EMPTY_FILTERS, 'kind', ['P0']),
        state(noCompanies, 'kind', ['P0']),
        state(EMPTY_FILTERS, 'kind', ['P0']),
        state(oneTieKind, 'kind', ['P0']),
        state(oneBureau, 'sector', ['P0']),
        state(EMPTY_FILTERS, 'sector', ['P0']),
      ],
    ],
    [
      'filters and colours, every group closed',
      [
        state(EMPTY_FILTERS, 'kind', []),
        state(oneBureau, 'kind', []),
        state(oneBureau, 'sector', []),
        state(EMPTY_FILTERS, 'kind', []),
      ],
    ],
    [
      'opened while filtered, then the filter dropped',
      [state(noCompanies, 'kind', ['P0', 'P3']), state(EMPTY_FILTERS, 'kind', ['P0', 'P3'])],
    ],
  ];

  it.each(runs)('%s: draws what a graph built anew draws', (_name, pictures) => {
    const drawn = groupGraph(...pictures[0]!);
    for (const picture of pictures.slice(1)) {
      const before = look(drawn);
      const order = drawn.order;
      const size = drawn.size;
      const changes = patchGroupGraph(drawn, groupedPicture(...picture));
      const fresh = groupGraph(...picture);
      expectSameDrawing(drawn, fresh);
      // Every node and tie whose look changed is named for sigma, or all are re-indexed.
      const after = look(drawn);
      const added = drawn.order > order || drawn.size > size;
      if (added) expect(changes.reindex).toBe(true);
      if (changes.reindex) continue;
      const named = { nodes: new Set(changes.nodes), edges: new Set(changes.edges) };
      for (const [k, v] of after.nodes)
        if (before.nodes.get(k) !== v) expect(named.nodes).toContain(k);
      for (const [k, v] of after.edges)
        if (before.edges.get(k) !== v) expect(named.edges).toContain(k);
    }
  });

  it('brings back what a filter hid without adding anything to the graph', () => {
    const all = state(EMPTY_FILTERS, 'kind', ['P0']);
    const drawn = groupGraph(...all);
    const { order, size } = drawn;
    patchGroupGraph(drawn, groupedPicture(...state(noCompanies, 'kind', ['P0'])));
    expect(drawn.filterNodes((_, a) => !a.hidden).length).toBeLessThan(order);
    expect(drawn.filterEdges((_, a) => !a.hidden).length).toBeLessThan(size);
    expect(drawn.getNodeAttribute(groupKey('P1'), 'label')).toMatch(/^project P1 \(\d+\)$/);
    patchGroupGraph(drawn, groupedPicture(...state(EMPTY_FILTERS, 'kind', ['P0'])));
    expect([drawn.order, drawn.size]).toEqual([order, size]);
    expectSameDrawing(drawn, groupGraph(...all));
  });

  it('names for sigma just the nodes a colour change recoloured, with no re-index', () => {
    const drawn = groupGraph(...state(oneBureau, 'kind', ['P0']));
    const before = look(drawn);
    const changes = patchGroupGraph(drawn, groupedPicture(...state(oneBureau, 'sector', ['P0'])));
    expect(changes.reindex).toBe(false);
    const after = look(drawn);
    const recoloured = [...after.nodes].filter(([k, v]) => before.nodes.get(k) !== v);
    expect(recoloured.length).toBeGreaterThan(0);
    expect(new Set(changes.nodes)).toEqual(new Set(recoloured.map(([k]) => k)));
    expect(changes.edges).toEqual([]);
  });

  it('is built anew only when the grouping or its open groups change, and moves with the layout', () => {
    const drawing = new GroupDrawing();
    const candidates: string[][] = [];
    const labels = { setCandidates: (order: string[]) => void candidates.push(order) };
    const input = (filters: Filters, open: string[]) => {
      const [, shown, styles, m, nameOf] = state(filters, 'kind', open);
      return { shown, styles, m, nameOf };
    };
    const all = input(EMPTY_FILTERS, ['P0']);
    expect(drawing.take(all)).toBe('rebuild');
    drawing.rebuild(graph, labels as unknown as LabelLayer);
    expect(drawing.take(all)).toBe('none');
    // Only P0's actors shown: the other groups are hidden, not dropped, and not labelled.
    const p0 = input({ ...EMPTY_FILTERS, projects: ['P0'] }, ['P0']);
    expect(drawing.take(p0)).toBe('patch');
    drawing.patch(graph, labels as unknown as LabelLayer);
    const drawn = drawing.graph!;
    const p1 = groupKey('P1');
    expect(drawn.getNodeAttribute(p1, 'hidden')).toBe(true);
    expect(candidates.at(-1)).not.toContain(p1);
    // The layout moves the actors: shown actors follow, a hidden group stays where it was.
    const before = { x: drawn.getNodeAttribute(p1, 'x'), y: drawn.getNodeAttribute(p1, 'y') };
    graph.updateEachNodeAttributes((_k, a) => ({ ...a, x: a.x + 10, y: a.y - 5 }));
    drawing.move(graph);
    expect(drawn.getNodeAttribute('A0', 'x')).toBe(graph.getNodeAttribute('A0', 'x'));
    expect({ x: drawn.getNodeAttribute(p1, 'x'), y: drawn.getNodeAttribute(p1, 'y') }).toEqual(
      before,
    );
    // Another group opened: built anew.
    expect(drawing.take(input(EMPTY_FILTERS, ['P0', 'P1']))).toBe('rebuild');
  });
});
