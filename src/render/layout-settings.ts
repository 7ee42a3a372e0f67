/**
 * ForceAtlas2 settings shared by the explorer's worker layout and the demo snapshot script.
 * Plain FA2 with weights and a high scaling ratio was the one (of LinLog / dissuade-hubs
 * variants tried on the demo) that pulls the regional clusters apart so the few ties between
 * them, the story of the picture, stay visible.
 */
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { ExplorerGraph } from '../state/base-graph';

export function fa2Settings(graph: ExplorerGraph): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(graph),
    linLogMode: false,
    outboundAttractionDistribution: false,
    edgeWeightInfluence: 1,
    scalingRatio: 10,
    gravity: 1,
    slowDown: 2,
  };
}
