import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../../src/data/snapshot-file';
import { snapshotSource } from '../../../src/data/snapshot-source';
import type { NetworkSource } from '../../../src/data/source';
import { SNAPSHOT_FORMAT } from '../../../src/model/snapshot';
import { buildBaseGraph } from '../../../src/state/base-graph';
import { derive } from '../../../src/state/derived';
import { actions, explorerStore, viewState } from '../../../src/state/store';
import { createSnapshot } from '../../../src/state/snapshot';
import { DEFAULT_VIEW_STATE, parseViewState } from '../../../src/state/view-state';
import { generateDemoSnapshot } from '../../../scripts/snapshot/generate-demo';
import { smallNetwork } from './fixtures';

function countingSource(): NetworkSource & { calls: string[] } {
  const calls: string[] = [];
  const net = smallNetwork();
  return {
    kind: 'api',
    name: 'test',
    calls,
    load: async (view) => {
      calls.push(view);
      return { ...net, attributes: { ...net.attributes, view } };
    },
  };
}

describe('store', () => {
  beforeEach(() => actions.close());

  it('loads the network of the view and reloads when the view changes (also by undo)', async () => {
    const source = countingSource();
    await actions.open(source);
    expect(explorerStore.getState().status).toBe('ready');
    expect(source.calls).toEqual(['all']);
    actions.update((s) => ({ ...s, view: 'knowledge' }));
    await vi_waitFor(() => explorerStore.getState().network?.attributes.view === 'knowledge');
    actions.undo();
    await vi_waitFor(() => explorerStore.getState().network?.attributes.view === 'all');
    expect(source.calls).toEqual(['all', 'knowledge', 'all']);
  });

  it('records filter and styling changes for undo but not selections', async () => {
    await actions.open(countingSource());
    actions.setFilters({ kinds: ['company'] });
    actions.update((s) => ({ ...s, colourBy: 'region' }));
    actions.select('C1');
    expect(explorerStore.getState().history.past).toHaveLength(2);
    actions.undo();
    expect(viewState().colourBy).toBe('kind');
    expect(viewState().filters.kinds).toEqual(['company']);
    actions.redo();
    expect(viewState().colourBy).toBe('region');
  });

  it('derives the filtered, styled graph from the store once per change', async () => {
    await actions.open(countingSource());
    const { network, history, lang, analysis, overlay, focusedTie } = explorerStore.getState();
    const input = { analysis, overlay, focusedTie };
    const a = derive(network!, history.present, lang, input);
    const b = derive(network!, history.present, lang, input);
    expect(b).toEqual(a);
    expect(b.styles).toBe(a.styles);
    actions.setFilters({ kinds: ['university'] });
    const c = derive(network!, viewState(), lang, input);
    expect(c.graph).toBe(a.graph); // filters never rebuild the graph (positions stay)
    expect(c.visibility.nodes).toEqual(new Set(['U1']));
  });
});

async function vi_waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

describe('snapshots', () => {
  it('round-trip the network with positions, styling and view state; projected ties left out', async () => {
    const graph = buildBaseGraph(smallNetwork(), true);
    graph.mergeNodeAttributes('U1', { x: 1.234, y: -5, color: '#D55E00', size: 9, label: 'x' });
    const state = { ...DEFAULT_VIEW_STATE, projection: true, colourBy: 'region' as const };
    const snapshot = parseSnapshot(JSON.stringify(createSnapshot(graph, state, 'now')));
    expect(snapshot.format).toBe(SNAPSHOT_FORMAT);
    const u1 = snapshot.graph.nodes.find((n) => n.key === 'U1')!.attributes;
    expect(u1).toMatchObject({ x: 1.23, y: -5, color: '#D55E00', size: 9, name: '群馬大学' });
    expect(u1).not.toHaveProperty('label');
    expect(snapshot.graph.edges.map((e) => e.attributes.kind)).not.toContain('shared_project');
    const source = snapshotSource(snapshot, 'x.json');
    expect(parseViewState(source.viewState)).toEqual(state);
    const knowledge = await source.load('knowledge');
    expect(knowledge.edges.map((e) => e.key).sort()).toEqual(['t1', 't4']);
  });

  it('accepts plain graphology JSON and rejects anything else with a clear message', () => {
    expect(parseSnapshot(JSON.stringify(smallNetwork())).graph.nodes).toHaveLength(6);
    expect(() => parseSnapshot('{oops')).toThrow(/not JSON/);
    expect(() => parseSnapshot('{"a":1}')).toThrow(/neither/);
    expect(parseViewState({ view: 'bogus', filters: { kinds: ['tlo', 'x'] } })).toMatchObject({
      view: 'all',
      filters: { kinds: ['tlo'] },
    });
  });

  it(
    'the shipped demo snapshot is what the seeded script generates',
    { timeout: 60_000 },
    async () => {
      const shipped = readFileSync('public/snapshots/demo.json', 'utf8');
      expect(shipped).toBe(`${JSON.stringify(await generateDemoSnapshot())}\n`);
      const snapshot = parseSnapshot(shipped);
      expect(
        snapshot.graph.nodes.every((n) => typeof (n.attributes as { x?: unknown }).x === 'number'),
      ).toBe(true);
      expect(snapshot.graph.nodes.some((n) => n.attributes.synthetic)).toBe(true);
    },
  );
});
