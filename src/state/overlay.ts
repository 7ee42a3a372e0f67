/**
 * Analysis highlights on top of the computed styles: bridges drawn thick and red with every
 * other tie faded, articulation points enlarged with the other actors faded, or only the weak
 * links (bridges and local bridges) drawn. Pure: returns new styles with a matching legend.
 */
import type { EdgeMetrics } from '../analysis/types';
import type { ExplorerGraph } from './base-graph';
import { pairKey } from './analysis-results';
import type { Overlay } from './store';
import type { Visibility } from './visibility';
import type { EdgeStyle, LegendOverlay, NodeStyle, Styles } from './styles';

export const BRIDGE_COLOUR = '#D62728';
export const LOCAL_BRIDGE_COLOUR = '#FF7F0E';
export const ARTICULATION_COLOUR = '#D62728';
const FADED_EDGE = 'rgba(150,150,150,0.12)';
const FADED_NODE = '#d9dde3';

export function applyOverlay(
  styles: Styles,
  graph: ExplorerGraph,
  visibility: Visibility,
  edgesByPair: Map<string, EdgeMetrics> | null,
  articulation: ReadonlySet<string> | null,
  overlay: Overlay,
): Styles {
  const edgeOn = overlay.bridges || overlay.weakOnly;
  const nodeOn = overlay.articulation;
  if ((!edgeOn || !edgesByPair) && (!nodeOn || !articulation)) return styles;
  const legendOverlay: LegendOverlay = {};

  let edges = styles.edges;
  if (edgeOn && edgesByPair) {
    const overlaid = new Map<string, EdgeStyle>();
    edges = overlaid;
    let bridges = 0;
    let local = 0;
    for (const [key, style] of styles.edges) {
      const m = edgesByPair.get(pairKey(graph.source(key), graph.target(key)));
      const bridge = Boolean(m?.bridge);
      const localBridge = !bridge && Boolean(m?.localBridge) && overlay.weakOnly;
      if (bridge) {
        bridges++;
        overlaid.set(key, { ...style, color: BRIDGE_COLOUR, size: Math.max(style.size * 2, 3) });
      } else if (localBridge) {
        local++;
        overlaid.set(key, {
          ...style,
          color: LOCAL_BRIDGE_COLOUR,
          size: Math.max(style.size * 1.6, 2),
        });
      } else if (!overlay.weakOnly) {
        overlaid.set(key, { ...style, color: FADED_EDGE });
      }
    }
    legendOverlay.bridges = { color: BRIDGE_COLOUR, count: bridges };
    if (overlay.weakOnly) legendOverlay.localBridges = { color: LOCAL_BRIDGE_COLOUR, count: local };
  }

  let nodes = styles.nodes;
  if (nodeOn && articulation) {
    nodes = new Map<string, NodeStyle>();
    let count = 0;
    for (const [key, style] of styles.nodes) {
      if (articulation.has(key) && visibility.nodes.has(key)) {
        count++;
        nodes.set(key, {
          ...style,
          color: ARTICULATION_COLOUR,
          size: Math.max(style.size * 1.4, 7),
        });
      } else {
        nodes.set(key, { ...style, color: fade(style.color) });
      }
    }
    legendOverlay.articulation = { color: ARTICULATION_COLOUR, count };
  }
  return { nodes, edges, legend: { ...styles.legend, overlay: legendOverlay } };
}

/** sigma draws node colours opaque: fade to a light grey instead of lowering the alpha. */
function fade(_color: string): string {
  return FADED_NODE;
}
