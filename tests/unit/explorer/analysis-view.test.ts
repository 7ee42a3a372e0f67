import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../../../src/analysis/run-analysis';
import { applyOverlay, BRIDGE_COLOUR } from '../../../src/state/overlay';
import { computeStyles, sequentialColour, SEQUENTIAL_STOPS } from '../../../src/state/styles';
import {
  brokerageRows,
  edgeLookup,
  edgesBetween,
  eiRows,
  sharedNeighbours,
  weakLinks,
} from '../../../src/state/analysis-results';
import { buildBaseGraph } from '../../../src/state/base-graph';
import { nodeValues } from '../../../src/state/measure-values';
import { NO_OVERLAY } from '../../../src/state/store';
import { tableToCsv } from '../../../src/export/table-csv';
import { EMPTY_FILTERS } from '../../../src/state/view-state';
import { computeVisibility } from '../../../src/state/visibility';
import { actor, network, tie } from './fixtures';

/**
 * Triangle U1–C1–C2, bridges C2–B1 (strength 5) and B1–T1 (1), a square B1–P1–P2–P3–B1
 * (every side a local bridge of span 3), C3 isolated.
 */
function net() {
  return network(
    [
      actor('U1', 'university', { cluster: 'knowledge', fields: ['medical'] }),
      actor('C1', 'company', { sme: true, cluster: 'industrial', fields: ['medical'] }),
      actor('C2', 'company', { cluster: 'industrial' }),
      actor('B1', 'financial_institution'),
      actor('T1', 'tlo', { cluster: 'knowledge' }),
      actor('P1', 'public_research_institute', { fields: ['medical'] }),
      actor('P2', 'company'),
      actor('P3', 'company'),
      actor('C3', 'company'),
    ],
    [
      tie('a', 'U1', 'C1', 'joint_research', { strength: 3 }),
      tie('a2', 'U1', 'C1', 'licensing', { strength: 1 }),
      tie('b', 'C1', 'C2', 'supply'),
      tie('c', 'C2', 'U1', 'joint_research'),
      tie('d', 'C2', 'B1', 'finance', { strength: 5 }),
      tie('e', 'B1', 'T1', 'finance'),
      tie('f', 'B1', 'P1', 'coordination', { strength: 2 }),
      tie('g', 'P1', 'P2', 'resource_sharing', { strength: 2 }),
      tie('h', 'P2', 'P3', 'supply'),
      tie('i', 'P3', 'B1', 'finance'),
    ],
  );
}

/** One full result filed under every measure id, as the explorer's current results are. */
function byMeasure(result: Awaited<ReturnType<typeof runAnalysis>>) {
  return Object.fromEntries(result.graph.settings.measures.map((m) => [m, result]));
}

async function analyse() {
  const graph = buildBaseGraph(net(), false);
  const result = await runAnalysis(graph.export() as unknown as SerializedGraph, {
    groups: 'sector',
  });
  return { graph, result };
}

describe('analysis results in the explorer', () => {
  it('lists weak links strongest first, bridges with infinite span', async () => {
    const { result } = await analyse();
    const links = weakLinks(result);
    const pairs = links.map((l) => [l.source, l.target].sort().join('-'));
    expect(pairs[0]).toBe('B1-C2');
    expect(links[0]).toMatchObject({ kind: 'bridge', strength: 5, span: null });
    // Strength 2 local bridges next (span 3), then strength 1: the bridge (∞) before local ones.
    expect(links.slice(1, 3).map((l) => [l.kind, l.strength, l.span])).toEqual([
      ['local', 2, 3],
      ['local', 2, 3],
    ]);
    expect(links[3]).toMatchObject({ kind: 'bridge', strength: 1, span: null });
    expect(links).toHaveLength(6);
    // Triangle ties are neither bridges nor local bridges.
    expect(pairs).not.toContain('C1-U1');
    for (let i = 1; i < links.length; i++)
      expect(links[i - 1]!.strength).toBeGreaterThanOrEqual(links[i]!.strength);
  });

  it('turns node results into explorer measures and E-I / brokerage tables', async () => {
    const { result } = await analyse();
    const m = nodeValues(byMeasure(result));
    expect(m.betweenness!.get('B1')).toBeGreaterThan(m.betweenness!.get('U1')!);
    expect(m.articulationPoint!.get('B1')).toBe(1);
    expect(m.articulationPoint!.get('U1')).toBe(0);
    expect(m.community!.size).toBe(9);
    // Isolated actor: constraint is null and left out.
    expect(m.constraint!.has('C3')).toBe(false);
    const ei = eiRows(result);
    expect(ei.network).toBe(result.graph.eiIndex);
    expect(ei.rows[0]!.label).toBe('industry'); // largest group first
    const roles = brokerageRows(result.nodes.B1!.brokerage ?? null);
    expect(roles.map((r) => r.role)).toEqual([
      'coordinator',
      'itinerant',
      'representative',
      'gatekeeper',
      'liaison',
    ]);
    expect(roles.reduce((s, r) => s + r.count, 0)).toBe(result.nodes.B1!.brokerage!.total);
  });

  it('finds every explorer tie of a pair and shared neighbours', async () => {
    const { graph } = await analyse();
    expect(edgesBetween(graph, 'C1', 'U1').sort()).toEqual(['a', 'a2']);
    expect(sharedNeighbours(graph, 'C1', 'C2')).toEqual(['U1']);
    expect(sharedNeighbours(graph, 'P1', 'P3').sort()).toEqual(['B1', 'P2']);
  });

  it('highlights bridges and articulation points with a matching legend', async () => {
    const { graph, result } = await analyse();
    const v = computeVisibility(graph, EMPTY_FILTERS);
    const styles = computeStyles(graph, v, 'kind', 'degree', nodeValues(byMeasure(result)), 'en');
    expect(applyOverlay(styles, graph, v, edgeLookup(result), new Set(), NO_OVERLAY)).toBe(styles);
    const lit = applyOverlay(styles, graph, v, edgeLookup(result), new Set(['B1', 'C2']), {
      ...NO_OVERLAY,
      bridges: true,
      articulation: true,
    });
    expect(lit.edges.get('d')!.color).toBe(BRIDGE_COLOUR);
    expect(lit.edges.get('a')!.color).not.toBe(BRIDGE_COLOUR);
    expect(lit.legend.overlay?.bridges?.count).toBe(2);
    expect(lit.legend.overlay?.articulation?.count).toBe(2);
    const weak = applyOverlay(styles, graph, v, edgeLookup(result), null, {
      ...NO_OVERLAY,
      weakOnly: true,
    });
    // Only bridges and local bridges drawn.
    expect([...weak.edges.keys()].sort()).toEqual(['d', 'e', 'f', 'g', 'h', 'i']);
    expect(weak.legend.overlay?.localBridges?.count).toBe(4);
  });

  it('colours by a numeric measure on a sequential scale with its range in the legend', async () => {
    const { graph, result } = await analyse();
    const v = computeVisibility(graph, EMPTY_FILTERS);
    const measures = nodeValues(byMeasure(result));
    const s = computeStyles(graph, v, 'measure', 'degree', measures, 'ja', 'betweenness');
    const b = measures.betweenness!;
    const max = Math.max(...b.values());
    expect(s.legend.scale).toMatchObject({ measure: 'betweenness', min: 0, max });
    const top = [...b].find(([, x]) => x === max)![0];
    expect(s.nodes.get(top)!.color).toBe(SEQUENTIAL_STOPS.at(-1));
    expect(s.nodes.get('C3')!.color).toBe(SEQUENTIAL_STOPS[0]);
    expect(s.legend.pending).toBe(false);
    const onlyDegree = nodeValues({ degree: result });
    delete onlyDegree.betweenness;
    const pending = computeStyles(graph, v, 'measure', 'degree', onlyDegree, 'ja');
    expect(pending.legend.pending).toBe(true);
    expect(sequentialColour(0)).toBe(SEQUENTIAL_STOPS[0]);
    expect(sequentialColour(2)).toBe(SEQUENTIAL_STOPS.at(-1));
  });

  it('writes the table as CSV with quoting, a byte-order mark and its settings', () => {
    const csv = tableToCsv(
      [
        { id: 'name', header: '名称' },
        { id: 'x', header: 'Betweenness, hops' },
      ],
      [
        { name: '株式会社"A"', x: 0.5 },
        { name: 'B', x: Number.NaN },
        { name: '=HYPERLINK("x")', x: -1 },
      ],
      [['measure betweenness', '{"distance":"hops"}']],
    );
    expect(csv).toBe(
      '\uFEFF# measure betweenness: {"distance":"hops"}\n' +
        '名称,"Betweenness, hops"\n"株式会社""A""",0.5\nB,\n"\'=HYPERLINK(""x"")",-1\n',
    );
  });
});
