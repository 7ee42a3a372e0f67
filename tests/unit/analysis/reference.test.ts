/**
 * Every measure against networkx 2.8.8 on three published networks (equality to 1e-6):
 *
 * - Zachary's karate club — W. W. Zachary, "An information flow model for conflict and
 *   fission in small groups", Journal of Anthropological Research 33(4):452–473, 1977.
 *   networkx's `karate_club_graph` carries Zachary's interaction counts as `weight`; the
 *   unweighted values ignore them, the weighted ones use them as tie strength.
 * - Florentine families (marriage ties) — J. F. Padgett & C. K. Ansell, "Robust action and
 *   the rise of the Medici, 1400–1434", American Journal of Sociology 98(6):1259–1319, 1993.
 * - Southern women, projected onto the 18 women (weight = shared events) — A. Davis,
 *   B. B. Gardner & M. R. Gardner, "Deep South", University of Chicago Press, 1941.
 *
 * Values computed with networkx 2.8.8 by scripts/reference/networkx_reference.py and stored
 * in tests/fixtures/reference/. Weighted path measures use distance = 1/weight; weighted
 * betweenness is compared to networkx run with exact rational distances (see the script).
 */
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../../src/analysis/betweenness';
import { biconnectivity, biconnectedComponentNodes } from '../../../src/analysis/bridges';
import { closeness } from '../../../src/analysis/closeness';
import { modularity } from '../../../src/analysis/communities';
import { compactFromGraph } from '../../../src/analysis/compact-graph';
import { eigenvectorCentrality } from '../../../src/analysis/eigenvector';
import { localBridges } from '../../../src/analysis/local-bridges';
import { pairScores } from '../../../src/analysis/link-prediction';
import { pagerankCentrality } from '../../../src/analysis/pagerank';
import { runAnalysis } from '../../../src/analysis/run-analysis';
import { simplify } from '../../../src/analysis/simplify';
import { structuralHoles } from '../../../src/analysis/structural-holes';
import {
  byKey,
  column,
  expectValues,
  loadReference,
  pairKey,
  referenceCompact,
  referenceNetwork,
  type Reference,
} from './helpers';

const references: Reference[] = [
  loadReference('karate'),
  loadReference('florentine'),
  loadReference('davis'),
];

describe.each(references.map((r) => [r.name, r] as const))('%s vs networkx', (_name, ref) => {
  const u = ref.unweighted;

  it('records its source and networkx version', () => {
    expect(ref.computedWith).toBe('networkx 2.8.8');
    expect(ref.source.length).toBeGreaterThan(20);
  });

  describe('unweighted', () => {
    const g = referenceCompact(ref, false);

    it('betweenness (exact, normalised and raw)', () => {
      expectValues(byKey(g, betweenness(g).values), u.betweenness, 1e-6, 'betweenness');
      const raw = betweenness(g, { normalized: false }).values;
      expectValues(byKey(g, raw), u.betweennessRaw, 1e-6, 'raw betweenness');
    });

    it('closeness and harmonic', () => {
      const c = closeness(g);
      expectValues(byKey(g, c.closeness), u.closeness, 1e-6, 'closeness');
      expectValues(byKey(g, c.harmonic), u.harmonic, 1e-6, 'harmonic');
    });

    it('eigenvector and PageRank', () => {
      expectValues(
        byKey(g, eigenvectorCentrality(g, { weighted: false }).values),
        u.eigenvector,
        1e-6,
        'eigenvector',
      );
      const { graph } = simplify(referenceNetwork(ref), { weight: null });
      const cg = compactFromGraph(graph);
      expectValues(byKey(cg, pagerankCentrality(graph, cg, { weighted: false })), u.pagerank, 1e-6);
    });

    it('constraint, effective size, efficiency', () => {
      const s = structuralHoles(g, false);
      expectValues(byKey(g, s.constraint), u.constraint, 1e-6, 'constraint');
      expectValues(byKey(g, s.effectiveSize), u.effectiveSize, 1e-6, 'effective size');
      expectValues(byKey(g, s.efficiency), u.efficiency, 1e-6, 'efficiency');
    });

    it('bridges, articulation points, biconnected components', () => {
      const b = biconnectivity(g);
      const bridges = [...b.bridge.keys()]
        .filter((e) => b.bridge[e])
        .map((e) => pairKey(g.keys[g.edgeSource[e]!]!, g.keys[g.edgeTarget[e]!]!))
        .sort();
      expect(bridges).toEqual(u.bridges);
      const points = g.keys.filter((_, i) => b.articulation[i]).sort();
      expect(points).toEqual(u.articulationPoints);
      const components = biconnectedComponentNodes(g, b)
        .map((c) => c.map((i) => g.keys[i]!).sort())
        .sort();
      expect(components).toEqual(u.biconnectedComponents);
    });

    it('local bridges and span', () => {
      const b = biconnectivity(g);
      const lb = localBridges(g, b);
      const got: Record<string, number | null> = {};
      for (let e = 0; e < g.m; e++) {
        if (!lb.localBridge[e]) {
          expect(lb.span[e]).toBe(2);
          continue;
        }
        const key = pairKey(g.keys[g.edgeSource[e]!]!, g.keys[g.edgeTarget[e]!]!);
        got[key] = Number.isFinite(lb.span[e]!) ? lb.span[e]! : null;
      }
      expectValues(got, u.localBridges, 0, 'span');
      const all: Record<string, number | null> = {};
      for (let e = 0; e < g.m; e++) {
        const key = pairKey(g.keys[g.edgeSource[e]!]!, g.keys[g.edgeTarget[e]!]!);
        all[key] = Number.isFinite(lb.span[e]!) ? lb.span[e]! : null;
      }
      expectValues(all, u.spans, 0, 'span of every edge');
    });

    it('modularity of the stored partitions', () => {
      const { graph } = simplify(referenceNetwork(ref), { weight: null });
      const cg = compactFromGraph(graph);
      for (const [name, parts] of Object.entries(ref.partitions)) {
        const community = new Int32Array(cg.n);
        parts.forEach((members, c) => members.forEach((k) => (community[cg.index.get(k)!] = c)));
        const q = modularity(graph, cg, community, { weighted: false })!;
        expect(Math.abs(q - u.modularity[name]!), name).toBeLessThanOrEqual(1e-6);
      }
    });

    it('Jaccard, Adamic–Adar and resource allocation of every non-edge', () => {
      for (const score of ['jaccard', 'adamicAdar', 'resourceAllocation'] as const) {
        const got: Record<string, number> = {};
        for (const key of Object.keys(u.linkPrediction[score])) {
          const [a, b] = key.split('|') as [string, string];
          got[key] = pairScores(g, g.index.get(a)!, g.index.get(b)!)[score];
        }
        expectValues(got, u.linkPrediction[score], 1e-6, score);
      }
    });

    it('runAnalysis with weight none gives the same values', async () => {
      const result = await runAnalysis(referenceNetwork(ref), { weight: null });
      expectValues(column(result.nodes, 'degree'), u.degree, 0, 'degree');
      expectValues(column(result.nodes, 'betweenness'), u.betweenness, 1e-6, 'betweenness');
      expectValues(column(result.nodes, 'closeness'), u.closeness, 1e-6, 'closeness');
      expectValues(column(result.nodes, 'harmonic'), u.harmonic, 1e-6, 'harmonic');
      expectValues(column(result.nodes, 'eigenvector'), u.eigenvector, 1e-6, 'eigenvector');
      expectValues(column(result.nodes, 'pagerank'), u.pagerank, 1e-6, 'pagerank');
      expectValues(column(result.nodes, 'constraint'), u.constraint, 1e-6, 'constraint');
      expectValues(column(result.nodes, 'effectiveSize'), u.effectiveSize, 1e-6, 'effectiveSize');
      expect(result.graph.density).toBeCloseTo(u.density, 12);
      expect(result.graph.components).toBe(u.components);
      expect(result.graph.bridges).toBe(u.bridges.length);
      expect(result.graph.articulationPoints).toBe(u.articulationPoints.length);
      expect(result.graph.biconnectedComponents).toBe(u.biconnectedComponents.length);
      expect(result.graph.localBridges).toBe(Object.keys(u.localBridges).length);
    });

    it('average path length and Freeman centralizations, exact and from a shared sweep', async () => {
      for (const options of [
        { weight: null },
        { weight: null, measures: ['graphLevel'] },
        // Sampled with k = n sweeps every source: the same values, through closeness's sweep.
        { weight: null, betweenness: { mode: 'sampled' as const, k: ref.nodes.length } },
      ]) {
        const { graph } = await runAnalysis(referenceNetwork(ref), options);
        const what = JSON.stringify(options);
        expect(graph.averagePathLength, what).toBeCloseTo(u.averagePathLength, 12);
        expect(graph.degreeCentralization, what).toBeCloseTo(u.degreeCentralization, 12);
        expect(graph.betweennessCentralization, what).toBeCloseTo(u.betweennessCentralization, 9);
      }
    });
  });

  const w = ref.weighted;
  // Only the graphs with published tie weights (karate, Davis) have weighted references.
  if (w !== undefined)
    describe('weighted (strength = weight, distance = 1/weight)', () => {
      const g = referenceCompact(ref, true);
      const wv = w!;

      it('betweenness with inverse distances (exact ties)', () => {
        expectValues(
          byKey(g, betweenness(g, { distance: 'inverse' }).values),
          wv.betweenness,
          1e-6,
          'weighted betweenness',
        );
      });

      it('closeness and harmonic with inverse distances', () => {
        const c = closeness(g, 'inverse');
        expectValues(byKey(g, c.closeness), wv.closeness, 1e-6, 'closeness');
        expectValues(byKey(g, c.harmonic), wv.harmonic, 1e-6, 'harmonic');
      });

      it('eigenvector, PageRank, structural holes', () => {
        expectValues(
          byKey(g, eigenvectorCentrality(g).values),
          wv.eigenvector,
          1e-6,
          'eigenvector',
        );
        const { graph } = simplify(referenceNetwork(ref));
        const cg = compactFromGraph(graph);
        expectValues(byKey(cg, pagerankCentrality(graph, cg)), wv.pagerank, 1e-6, 'pagerank');
        const s = structuralHoles(g, true);
        expectValues(byKey(g, s.constraint), wv.constraint, 1e-6, 'constraint');
        expectValues(byKey(g, s.effectiveSize), wv.effectiveSize, 1e-6, 'effective size');
        expectValues(byKey(g, s.efficiency), wv.efficiency, 1e-6, 'efficiency');
      });

      it('span with inverse distances (every edge; local bridges as networkx)', () => {
        const lb = localBridges(g, biconnectivity(g), 'inverse');
        const all: Record<string, number | null> = {};
        const local: Record<string, number | null> = {};
        for (let e = 0; e < g.m; e++) {
          const key = pairKey(g.keys[g.edgeSource[e]!]!, g.keys[g.edgeTarget[e]!]!);
          const span = Number.isFinite(lb.span[e]!) ? lb.span[e]! : null;
          all[key] = span;
          if (lb.localBridge[e]) local[key] = span;
        }
        expectValues(all, wv.spans, 1e-9, 'weighted span');
        expectValues(local, wv.localBridges, 1e-9, 'weighted local bridges');
      });

      it('weighted modularity of the stored partitions', () => {
        const { graph } = simplify(referenceNetwork(ref));
        const cg = compactFromGraph(graph);
        for (const [name, parts] of Object.entries(ref.partitions)) {
          const community = new Int32Array(cg.n);
          parts.forEach((members, c) => members.forEach((k) => (community[cg.index.get(k)!] = c)));
          expect(
            Math.abs(modularity(graph, cg, community)! - wv.modularity[name]!),
          ).toBeLessThanOrEqual(1e-6);
        }
      });

      it('runAnalysis with weight and inverse distance gives the same values', async () => {
        const result = await runAnalysis(referenceNetwork(ref), { distance: 'inverse' });
        expectValues(
          column(result.nodes, 'weightedDegree'),
          wv.weightedDegree,
          1e-9,
          'weightedDegree',
        );
        expectValues(column(result.nodes, 'betweenness'), wv.betweenness, 1e-6, 'betweenness');
        expectValues(column(result.nodes, 'closeness'), wv.closeness, 1e-6, 'closeness');
        expectValues(column(result.nodes, 'harmonic'), wv.harmonic, 1e-6, 'harmonic');
        expectValues(column(result.nodes, 'eigenvector'), wv.eigenvector, 1e-6, 'eigenvector');
        expectValues(column(result.nodes, 'pagerank'), wv.pagerank, 1e-6, 'pagerank');
        expectValues(column(result.nodes, 'constraint'), wv.constraint, 1e-6, 'constraint');
        expectValues(
          column(result.nodes, 'effectiveSize'),
          wv.effectiveSize,
          1e-6,
          'effectiveSize',
        );
        expect(result.graph.betweennessCentralization).toBeCloseTo(wv.betweennessCentralization, 9);
        // Average path length counts hops whatever the distance used for betweenness.
        expect(result.graph.averagePathLength).toBeCloseTo(u.averagePathLength, 12);
      });

      it('differs from networkx with float distances only where rounding splits equal paths', () => {
        // Documented discrepancy: networkx compares float path lengths exactly.
        const ours = byKey(g, betweenness(g, { distance: 'inverse' }).values);
        let max = 0;
        for (const [k, v] of Object.entries(wv.betweennessFloatDistances)) {
          max = Math.max(max, Math.abs(ours[k]! - v!));
        }
        expect(max).toBeLessThan(0.01);
      });
    });
});
