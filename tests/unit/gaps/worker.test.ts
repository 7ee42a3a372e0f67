/**
 * The gap finder in the analysis worker (run in-process): a `gaps` request on a network sent
 * once, answering from the same session as the measures so community numbers agree, and
 * leaving out projected shared-project ties.
 */
import { describe, expect, it } from 'vitest';
import { createAnalysisClient } from '../../../src/workers/analysis-client';
import { InProcessWorker } from '../../../src/workers/in-process-worker';
import { gapNetwork } from './helpers';

const triangle = (p: string): [string, string][] => [
  [`${p}1`, `${p}2`],
  [`${p}2`, `${p}3`],
  [`${p}3`, `${p}1`],
];
const net = gapNetwork(
  Object.fromEntries(
    ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'c1', 'c2', 'c3'].map((k) => [k, { projects: ['P'] }]),
  ),
  [...triangle('a'), ...triangle('b'), ...triangle('c'), ['a1', 'b1'], ['b2', 'c2']],
  [{ id: 'P', programme: 'industrial_cluster' }],
);

describe('gaps in the analysis worker', () => {
  it('answers by graph id with the same communities as the measures, with progress', async () => {
    const worker = new InProcessWorker();
    const client = createAnalysisClient(() => worker);
    const graphId = client.load(net);
    const measures = await client.compute(graphId, { measures: ['communities'], seed: 3 });
    const progress: number[] = [];
    const report = await client.gaps(
      graphId,
      { analysis: { seed: 3 }, thresholds: { rules: { 'weak-bridge': { maxTies: 1 } } } },
      { onProgress: (p) => progress.push(p.fraction) },
    );
    const weak = report.findings.find((f) => f.rule === 'weak-bridge');
    if (weak?.rule !== 'weak-bridge') throw new Error('no weak-bridge finding');
    // Communities a and c hang on one tie each, b on two weak ones (every strength is 1);
    // each is named by the measures' community number of its members.
    const groups = weak.items.filter((i) => i.scope === 'community');
    expect(groups.map((g) => g.reason).sort()).toEqual(['single-tie', 'single-tie', 'weak-only']);
    for (const g of groups) {
      const inside = g.carriers.filter((c) => String(measures.nodes[c]!.community) === g.group);
      expect(inside.length).toBeGreaterThan(0);
      expect(new Set(inside.map((c) => c[0])).size).toBe(1);
    }
    expect(progress.length).toBeGreaterThan(0);
    expect(worker.received.map((m) => m.type)).toEqual(['load', 'compute', 'gaps']);
    client.dispose();
  });

  it('leaves projected shared-project ties out (participation is not a tie)', async () => {
    const projected = {
      ...net,
      nodes: [...net.nodes, { key: 'lone', attributes: { ...net.nodes[0]!.attributes } }],
      edges: [
        ...net.edges,
        {
          key: 'shared:a1|lone',
          source: 'a1',
          target: 'lone',
          undirected: true,
          attributes: { kind: 'shared_project', strength: 1, weight: 1 },
        },
      ],
    };
    const client = createAnalysisClient(() => new InProcessWorker());
    const report = await client.gaps(client.load(projected), {});
    const isolated = report.findings.find((f) => f.rule === 'isolated-member')!;
    expect(isolated.items.map((i) => ('actor' in i ? i.actor : ''))).toEqual(['lone']);
    expect(report.network.ties).toBe(11);
    client.dispose();
  });
});
