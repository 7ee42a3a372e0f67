/**
 * National scale: 12,500 actors and 100,000 ties (the Industrial Cluster Plan's ~10,700
 * companies plus universities, institutes, support and finance): every step of the derived
 * chain gives the right answer at that size. Timings are printed, not asserted (speed
 * belongs to `npm run bench`, not to tests on a shared machine).
 */
import { describe, expect, it } from 'vitest';
import { computeStyles } from '../../../src/state/styles';
import { buildBaseGraph } from '../../../src/state/base-graph';
import { egoNetwork, shortestPath } from '../../../src/state/focus';
import { nodeValues } from '../../../src/state/measure-values';
import { runAnalysis } from '../../../src/analysis/run-analysis';
import { projectParticipations } from '../../../src/state/projection';
import { buildSearchIndex, searchActors } from '../../../src/state/search';
import { EMPTY_FILTERS } from '../../../src/state/view-state';
import { computeVisibility } from '../../../src/state/visibility';
import { nationalNetwork } from './fixtures';

function timed<T>(label: string, timings: Record<string, number>, fn: () => T): T {
  const start = performance.now();
  const result = fn();
  timings[label] = Math.round(performance.now() - start);
  return result;
}

describe('national scale (12,500 actors, 100,000 ties)', () => {
  it('builds, filters, measures, styles and searches', async () => {
    const net = nationalNetwork();
    const t: Record<string, number> = {};
    const graph = timed('build graph', t, () => buildBaseGraph(net, false));
    expect(graph.order).toBe(12_500);
    expect(graph.size).toBe(100_000);
    const all = timed('filters (none)', t, () => computeVisibility(graph, EMPTY_FILTERS));
    const some = timed('filters (kinds+years)', t, () =>
      computeVisibility(graph, {
        ...EMPTY_FILTERS,
        kinds: ['company', 'university'],
        years: [2003, 2006],
      }),
    );
    expect(some.edges.size).toBeLessThan(all.edges.size);
    const degree = await runAnalysis(graph, { measures: ['degree'] });
    const measures = timed('node values', t, () => nodeValues({ degree }));
    const styles = timed('styles + legend', t, () =>
      computeStyles(graph, all, 'kind', 'degree', measures, 'ja'),
    );
    expect(styles.edges.size).toBe(100_000);
    const index = timed('search index', t, () => buildSearchIndex(graph));
    timed('search', t, () => searchActors(index, '企業123'));
    timed('ego (2 steps)', t, () => egoNetwork(graph, all, 'A1', 2));
    timed('shortest path', t, () => shortestPath(graph, all, 'A1', 'A12000'));
    const projected = timed('projection (40 projects of ~310)', t, () =>
      projectParticipations(net.nodes, 200),
    );
    expect(projected.largeProjects).toHaveLength(40);
    expect(measures.degree!.size).toBe(12_500);
    console.log('national-scale timings (ms):', JSON.stringify(t));
  }, 120_000);
});
