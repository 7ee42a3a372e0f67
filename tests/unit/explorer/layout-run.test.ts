import { describe, expect, it } from 'vitest';
import {
  layoutIterations,
  layoutJob,
  layOutNow,
  noverlapPasses,
  NOVERLAP_PASSES,
  runLayout,
} from '../../../src/render/layout-run';
import { buildBaseGraph } from '../../../src/state/base-graph';
import { seededPosition } from '../../../src/state/seeded-positions';
import type { SerializedNetwork } from '../../../src/model/graph-format';
import { nationalNetwork } from './fixtures';

/** The same network listed in another order, as another server or file might list it. */
function reordered(net: SerializedNetwork): SerializedNetwork {
  return { ...net, nodes: [...net.nodes].reverse(), edges: [...net.edges].reverse() };
}

// Whole layout runs: slow on a loaded machine, and speed is not what these tests check.
describe('deterministic layout', { timeout: 120_000 }, () => {
  const net = nationalNetwork(150, 500);

  it('seeds start positions from the key alone', () => {
    expect(seededPosition('A1', 400)).toEqual(seededPosition('A1', 400));
    expect(seededPosition('A1', 400)).not.toEqual(seededPosition('A2', 400));
    const a = buildBaseGraph(net, false);
    const b = buildBaseGraph(reordered(net), false);
    a.forEachNode((key, attrs) => {
      expect(b.getNodeAttribute(key, 'x')).toBe(attrs.x);
      expect(b.getNodeAttribute(key, 'y')).toBe(attrs.y);
    });
  });

  it('gives identical positions for the same network in any order', () => {
    const first = layOutNow(layoutJob(buildBaseGraph(net, false), true));
    const second = layOutNow(layoutJob(buildBaseGraph(reordered(net), false), true));
    expect(second.size).toBe(150);
    for (const [key, p] of first) expect(second.get(key)).toEqual(p);
  });

  it('moves actors away from their seeds and keeps every position finite', () => {
    const graph = buildBaseGraph(net, false);
    const laid = layOutNow(layoutJob(graph, true));
    let moved = 0;
    for (const [key, p] of laid) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      const seed = seededPosition(key, 150);
      if (Math.hypot(p.x - seed.x, p.y - seed.y) > 1) moved++;
    }
    expect(moved).toBeGreaterThan(145);
  });

  it('reports progress frames without changing the result', () => {
    const job = () => layoutJob(buildBaseGraph(net, false), true);
    const frames = [...runLayout(job(), 10)];
    expect(frames.length).toBeGreaterThan(5);
    expect(frames.filter((f) => f.done)).toHaveLength(1);
    const once = [...runLayout(job(), 1_000_000)];
    expect(once).toHaveLength(1);
    expect([...frames.at(-1)!.positions]).toEqual([...once[0]!.positions]);
  });

  it('runs fewer iterations on larger networks, never fewer than 100', () => {
    expect(layoutIterations(331, 1500)).toBe(500);
    expect(layoutIterations(12_500, 100_000)).toBe(100);
    expect(layoutIterations(200_000, 2_000_000)).toBe(100);
  });
});

describe('no-overlap passes', () => {
  it('keep 60 up to 3,000 actors and fall with the square of the size beyond', () => {
    expect(noverlapPasses(331)).toBe(NOVERLAP_PASSES);
    expect(noverlapPasses(3000)).toBe(NOVERLAP_PASSES);
    expect(noverlapPasses(6000)).toBe(15);
    expect(noverlapPasses(12_500)).toBe(3);
    expect(noverlapPasses(100_000)).toBe(3);
  });
});
