/**
 * The store's one analysis service, driven as the UI drives it: a view state that needs a
 * measure gets it without a click; one community detection serves colour, brokerage and
 * E-I; a changed parameter recomputes and is recorded in the CSV; a failure reaches the user
 * as a notice. The worker core runs in-process (the real analysis, no mock).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotSource } from '../../../src/data/snapshot-source';
import { parseSnapshot } from '../../../src/data/snapshot-file';
import { readFileSync } from 'node:fs';
import { tableToCsv } from '../../../src/export/table-csv';
import { actorRows, tableProvenance } from '../../../src/state/actor-table';
import { derive, type Derived } from '../../../src/state/derived';
import { actions, explorerStore, viewState } from '../../../src/state/store';
import { parseViewState } from '../../../src/state/view-state';

const demo = parseSnapshot(readFileSync('public/snapshots/demo.json', 'utf8'));

function derived(): Derived {
  const { network, history, lang, analysis, overlay, focusedTie } = explorerStore.getState();
  return derive(network!, history.present, lang, { analysis, overlay, focusedTie });
}

async function until(check: () => boolean, ms = 60_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting for the analysis');
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function open(state: Record<string, unknown>) {
  await actions.open(snapshotSource(demo, 'demo.json'), parseViewState(state));
}

afterEach(() => actions.close());

describe('the analysis service behind the explorer', () => {
  it('computes what a shared view colours and sizes by, without "Run analysis"', async () => {
    await open({ colourBy: 'measure', colourMeasure: 'betweenness', sizeBy: 'pagerank' });
    await until(() => Boolean(derived().measures.betweenness && derived().measures.pagerank));
    const d = derived();
    expect(d.styles.legend.pending).toBe(false);
    expect(d.styles.legend.scale?.measure).toBe('betweenness');
    expect(d.styles.legend.size.measure).toBe('pagerank');
    // Only what the view needs was computed.
    expect(Object.keys(d.results).sort()).toEqual(['betweenness', 'pagerank']);
    expect(explorerStore.getState().analysis.all).toBe(false);
  });

  it('uses one community detection for the legend, the table, brokerage and E-I', async () => {
    await open({
      colourBy: 'community',
      analysis: {
        params: { brokerage: { groups: 'community' }, eiIndex: { groups: 'community' } },
      },
    });
    actions.runAll();
    await until(() => Boolean(derived().results.eiIndex && derived().results.brokerage));
    const d = derived();
    const community = d.results.communities!.nodes;
    // Legend entries are community numbers; each entry counts exactly its members.
    const sizes = new Map<string, number>();
    for (const m of Object.values(community))
      sizes.set(String(m.community), (sizes.get(String(m.community)) ?? 0) + 1);
    for (const entry of d.styles.legend.nodes.filter((e) => e.value !== 'other'))
      expect(entry.count).toBe(sizes.get(entry.value));
    // Brokerage and E-I group every actor by that same community number.
    for (const [key, m] of Object.entries(d.results.brokerage!.nodes))
      expect(m.group).toBe(String(community[key]!.community));
    const eiGroups = (d.results.eiIndex!.graph.groups ?? []).map((g) => g.label).sort();
    expect(eiGroups).toEqual([...sizes.keys()].sort());
    // The table shows the same number, counted from 1 as in the legend ("Community 1").
    const row = actorRows(d, 'en').find((r) => r.key === 'UNI-GUNMA')!;
    expect(row.community).toBe(community['UNI-GUNMA']!.community! + 1);
  });

  it('recomputes a measure when a generated parameter changes, and the CSV records it', async () => {
    await open({ sizeBy: 'pagerank' });
    await until(() => Boolean(derived().measures.pagerank));
    const before = derived().measures.pagerank!;
    actions.update((s) => ({
      ...s,
      analysis: { ...s.analysis, params: { ...s.analysis.params, pagerank: { alpha: 0.5 } } },
    }));
    await until(
      () => derived().measures.pagerank !== before && Boolean(derived().measures.pagerank),
    );
    const after = derived().measures.pagerank!;
    const hub = [...before].sort((a, b) => b[1] - a[1])[0]![0];
    expect(after.get(hub)).not.toBeCloseTo(before.get(hub)!, 6);
    const d = derived();
    const csv = tableToCsv(
      [{ id: 'key', header: 'id' }],
      actorRows(d, 'en'),
      tableProvenance(viewState(), d, 'demo.json', '2026-01-01'),
    );
    expect(csv).toContain(
      '# measure pagerank: {"weight":{"weight":"weight"},"params":{"alpha":0.5,',
    );
    // Undo brings the earlier result back from the cache, without a new request.
    actions.undo();
    expect(derived().measures.pagerank!.get(hub)).toBe(before.get(hub));
  });

  it('restricts the table, the stats and the legend to an ego focus', async () => {
    await open({ focus: { node: 'UNI-GUNMA', depth: 1 } });
    const d = derived();
    expect(d.shown.nodes.size).toBeLessThan(d.visibility.nodes.size);
    expect(d.shown.nodes.has('UNI-GUNMA')).toBe(true);
    expect(actorRows(d, 'en')).toHaveLength(d.shown.nodes.size);
    const legendTotal = d.styles.legend.nodes.reduce((s, e) => s + e.count, 0);
    expect(legendTotal).toBe(d.shown.nodes.size);
    // Laid out on its own: every member placed, the centre where it was.
    expect(d.focusPositions?.size).toBe(d.shown.nodes.size);
    const centre = d.graph.getNodeAttributes('UNI-GUNMA');
    expect(d.focusPositions!.get('UNI-GUNMA')).toEqual({ x: centre.x, y: centre.y });
  });

  it('tells the user why a run failed', async () => {
    await open({
      sizeBy: 'closeness',
      analysis: { settings: { weight: { weight: 'none' }, distance: { distance: 'inverse' } } },
    });
    await until(() => explorerStore.getState().notices.length > 0);
    expect(explorerStore.getState().notices[0]!.message).toMatch(/inverse.*weight none/);
    expect(explorerStore.getState().analysis.running).toBe(false);
  });
});
