import { describe, expect, expectTypeOf, it } from 'vitest';
import type { BrokerageCounts } from '../../../src/analysis/brokerage';
import type { NodeMetrics } from '../../../src/analysis/types';
import { buildExportDocument, buildProvenance, nodesCsv } from '../../../src/export';
import { resolveParams } from '../../../src/analysis/params';
import { MEASURES, measureById } from '../../../src/analysis/registry';
import { resolveOptions, runAnalysis } from '../../../src/analysis/run-analysis';
import { AnalysisAbortedError } from '../../../src/analysis/task';
import { clusterLike } from '../../../bench/generate';
import { toSerializedNetwork } from '../../../bench/network';
import { loadReference, referenceNetwork } from './helpers';

const karate = referenceNetwork(loadReference('karate'));

describe('runAnalysis output', () => {
  it('has the documented keys other tools rely on', async () => {
    const withGroups = {
      ...karate,
      nodes: karate.nodes.map((n) => ({
        ...n,
        attributes: { sector: Number(n.key) % 2 ? 'industry' : 'academia' },
      })),
    };
    const r = await runAnalysis(withGroups, { groups: 'sector' });
    const node = r.nodes['0']!;
    for (const key of [
      'degree',
      'weightedDegree',
      'betweenness',
      'closeness',
      'harmonic',
      'eigenvector',
      'pagerank',
      'community',
      'articulationPoint',
      'constraint',
      'effectiveSize',
      'brokerage',
      'eiIndex',
    ]) {
      expect(node, key).toHaveProperty(key);
    }
    expect(typeof node.articulationPoint).toBe('boolean');
    for (const key of ['source', 'target', 'bridge', 'localBridge', 'span', 'strength']) {
      expect(r.edges[0], key).toHaveProperty(key);
    }
    for (const key of ['modularity', 'communities', 'eiIndex', 'density', 'components']) {
      expect(r.graph, key).toHaveProperty(key);
    }
    expect(r.graph.settings).toMatchObject({
      weight: 'weight',
      distance: 'hops',
      groups: 'sector',
      betweenness: { mode: 'exact', k: 34, seed: null },
    });
    // Survives JSON (no NaN, no Infinity, no typed arrays).
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('is reproducible: same seed, same communities', async () => {
    const a = await runAnalysis(karate, { seed: 5, measures: ['communities'] });
    const b = await runAnalysis(karate, { seed: 5, measures: ['communities'] });
    expect(a).toEqual(b);
    expect(a.graph.modularity).toBeGreaterThan(0.4);
    // Communities are numbered by decreasing size.
    const sizes = a.graph.communitySizes!;
    expect([...sizes].sort((x, y) => y - x)).toEqual(sizes);
  });

  it('computes only the chosen measures', async () => {
    const r = await runAnalysis(karate, { measures: ['degree', 'closeness'] });
    expect(Object.keys(r.nodes['0']!).sort()).toEqual([
      'closeness',
      'degree',
      'harmonic',
      'weightedDegree',
    ]);
    expect(r.graph.settings.measures).toEqual(['degree', 'closeness']);
  });

  it('sampled mode reports the standard error and the error bound', async () => {
    const r = await runAnalysis(karate, {
      betweenness: { mode: 'sampled', k: 10, seed: 2 },
      measures: ['betweenness'],
    });
    expect(r.graph.settings.betweenness).toEqual({ mode: 'sampled', k: 10, seed: 2 });
    expect(typeof r.nodes['0']!.betweennessStdError).toBe('number');
    expect(r.graph.betweennessErrorBound).toBeCloseTo((34 / 33) * Math.sqrt(Math.log(40) / 20), 12);
  });

  it('reports monotone progress ending at 1', async () => {
    const seen: number[] = [];
    await runAnalysis(karate, { onProgress: (p) => seen.push(p.fraction) });
    expect(seen.length).toBeGreaterThan(3);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]!);
    expect(seen.at(-1)).toBe(1);
  });

  it('can be cancelled between BFS sources', async () => {
    const net = toSerializedNetwork(clusterLike(1500, 6000, 1), 1);
    const controller = new AbortController();
    let ticks = 0;
    const run = runAnalysis(net, {
      signal: controller.signal,
      yieldControl: () => new Promise((resolve) => setTimeout(resolve, 0)),
      onProgress: (p) => {
        if (p.phase === 'betweenness' && ++ticks === 3) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(AnalysisAbortedError);
  });

  it('validates options', () => {
    expect(() => resolveOptions({ distance: 'far' as never })).toThrow(/distance/);
    expect(() => resolveOptions({ weight: 'none', distance: 'inverse' })).toThrow(/inverse/);
    expect(() => resolveOptions({ betweenness: { mode: 'sampled', k: 0 } })).toThrow(/k must/);
    expect(() => resolveOptions({ measures: ['nope'] })).toThrow(/unknown measure/);
    expect(resolveOptions({ weight: 'none' }).weight).toBeNull();
  });
});

describe('measure registry', () => {
  it('declares id, labels, typed params and outputs for every measure', () => {
    const ids = MEASURES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of MEASURES) {
      expect(m.labelKey).toMatch(/^analysis\.measures\./);
      expect(m.outputs.length).toBeGreaterThan(0);
      for (const p of m.params)
        expect(['number', 'boolean', 'enum', 'attribute']).toContain(p.type);
    }
    // The result types are derived from the declared outputs, not written again.
    expectTypeOf<NodeMetrics['betweenness']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<NodeMetrics['constraint']>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<NodeMetrics['articulationPoint']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<NodeMetrics['brokerage']>().toEqualTypeOf<BrokerageCounts | null | undefined>();
    expect(measureById('pagerank')!.params.map((p) => p.id)).toEqual([
      'alpha',
      'maxIterations',
      'tolerance',
    ]);
  });

  it('checks parameter values against their specs', () => {
    const specs = measureById('pagerank')!.params;
    expect(resolveParams(specs, {})).toEqual({
      alpha: 0.85,
      maxIterations: 1000,
      tolerance: 1e-10,
    });
    expect(() => resolveParams(specs, { alpha: 2 })).toThrow(/<= 1/);
    expect(() => resolveParams(specs, { maxIterations: 1.5 })).toThrow(/integer/);
  });

  it('passes per-measure parameters through runAnalysis', async () => {
    const a = await runAnalysis(karate, {
      measures: ['pagerank'],
      params: { pagerank: { alpha: 0.5 } },
    });
    const b = await runAnalysis(karate, { measures: ['pagerank'] });
    expect(a.nodes['0']!.pagerank).not.toBeCloseTo(b.nodes['0']!.pagerank!, 4);
  });
});

describe('CSV export', () => {
  it('one row per actor, brokerage spread over columns, nulls empty, quoting', async () => {
    const net = {
      ...karate,
      nodes: karate.nodes.map((n) => ({
        ...n,
        attributes: {
          name: n.key === '0' ? 'Mr. "Hi", instructor' : `m${n.key}`,
          kind: 'company',
          sector: 'industry',
        },
      })),
    };
    net.nodes.push({
      key: 'iso',
      attributes: { name: 'isolate', kind: 'company', sector: 'industry' },
    });
    const r = await runAnalysis(net, { groups: 'sector' });
    const provenance = buildProvenance({
      appVersion: 'test',
      source: { kind: 'file', name: 'karate.json' },
      result: r,
    });
    const csv = nodesCsv(buildExportDocument(net, r, provenance));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\n');
    expect(lines).toHaveLength(36);
    const header = lines[0]!.split(',');
    expect(header.slice(0, 5)).toEqual(['Id', 'Label', 'kind', 'sector', 'prefecture']);
    expect(header).toContain('brokerage_liaison');
    expect(header).toContain('betweenness');
    expect(lines[1]).toMatch(/^0,"Mr\. ""Hi"", instructor",company,/);
    const iso = lines.find((l) => l.startsWith('iso,'))!.split(',');
    expect(iso[header.indexOf('constraint')]).toBe('');
    expect(iso[header.indexOf('articulationPoint')]).toBe('false');
  });
});
