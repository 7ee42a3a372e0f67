/**
 * Incremental styling: only the actors and ties whose look changed are handed to sigma, so a
 * filter click on a national network does not re-process 100k ties.
 */
import { describe, expect, it } from 'vitest';
import { writeStyles } from '../../../src/render/write-styles';
import { buildBaseGraph } from '../../../src/state/base-graph';
import { computeStyles } from '../../../src/state/styles';
import { EMPTY_FILTERS } from '../../../src/state/view-state';
import { computeVisibility } from '../../../src/state/visibility';
import { registryValues, smallNetwork } from './fixtures';

async function setUp() {
  const graph = buildBaseGraph(smallNetwork(), false);
  const measures = await registryValues(graph, ['degree']);
  const look = (filters = EMPTY_FILTERS) => {
    const visibility = computeVisibility(graph, filters);
    return {
      visibility,
      styles: computeStyles(graph, visibility, 'kind', 'degree', measures, 'en'),
    };
  };
  return { graph, look };
}

describe('writeStyles', () => {
  it('writes everything the first time, then nothing for the same look', async () => {
    const { graph, look } = await setUp();
    const { visibility, styles } = look();
    const first = writeStyles(graph, visibility, styles);
    expect(first.nodes.sort()).toEqual(graph.nodes().sort());
    expect(first.edges.sort()).toEqual(graph.edges().sort());
    // Tie types are new to sigma: it must index them.
    expect(first.reindex).toBe(true);
    graph.forEachNode((key, attrs) => {
      expect(attrs.color).toBe(styles.nodes.get(key)!.color);
      expect(attrs.size).toBe(styles.nodes.get(key)!.size);
      expect(attrs.hidden).toBe(false);
    });
    expect(writeStyles(graph, visibility, styles)).toEqual({
      nodes: [],
      edges: [],
      reindex: false,
    });
  });

  it('a filter hands over only the actors and ties it hides, and shows them again', async () => {
    const { graph, look } = await setUp();
    const all = look();
    writeStyles(graph, all.visibility, all.styles);
    const kind = graph.getNodeAttribute(graph.nodes()[0]!, 'kind');
    const filtered = look({ ...EMPTY_FILTERS, kinds: [kind] });
    const hidden = graph.filterNodes((key) => !filtered.visibility.nodes.has(key));
    expect(hidden.length).toBeGreaterThan(0);
    const changes = writeStyles(graph, filtered.visibility, filtered.styles);
    expect(changes.reindex).toBe(false);
    // Every hidden actor is reported; a shown one only if its look changed (sizes rescale).
    for (const key of hidden) {
      expect(changes.nodes).toContain(key);
      expect(graph.getNodeAttribute(key, 'hidden')).toBe(true);
    }
    for (const edge of graph.edges()) {
      const shown = filtered.visibility.edges.has(edge);
      expect(graph.getEdgeAttribute(edge, 'hidden')).toBe(!shown);
      if (!shown) expect(changes.edges).toContain(edge);
    }
    const back = writeStyles(graph, all.visibility, all.styles);
    for (const key of hidden) expect(back.nodes).toContain(key);
    graph.forEachNode((_key, attrs) => expect(attrs.hidden).toBe(false));
  });

  it('a resized actor brings its ties along (arrow heads stop at its edge)', async () => {
    const { graph, look } = await setUp();
    const base = look();
    writeStyles(graph, base.visibility, base.styles);
    const node = graph.nodes()[0]!;
    const styles = {
      ...base.styles,
      nodes: new Map(base.styles.nodes).set(node, {
        ...base.styles.nodes.get(node)!,
        size: base.styles.nodes.get(node)!.size + 5,
      }),
    };
    const changes = writeStyles(graph, base.visibility, styles);
    expect(changes.nodes).toEqual([node]);
    expect(changes.edges.sort()).toEqual(graph.edges(node).sort());
    expect(changes.reindex).toBe(false);
  });

  it('most actors resized (sizes arriving): everything is re-processed, no tie list', async () => {
    const { graph, look } = await setUp();
    const base = look();
    writeStyles(graph, base.visibility, base.styles);
    const nodes = new Map(
      [...base.styles.nodes].map(([key, style]) => [key, { ...style, size: style.size + 1 }]),
    );
    const changes = writeStyles(graph, base.visibility, { ...base.styles, nodes });
    expect(changes.reindex).toBe(true);
    expect(changes.nodes.sort()).toEqual(graph.nodes().sort());
    expect(changes.edges).toEqual([]);
  });
});
