/**
 * ForceAtlas2 settings shared by the explorer's worker layout, the demo snapshot script and
 * the layout of exported graph files that carry no positions.
 * Plain FA2 with weights and a high scaling ratio was the one (of LinLog / dissuade-hubs
 * variants tried on the demo) that pulls the regional clusters apart so the few ties between
 * them, the story of the picture, stay visible.
 */
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type Graph from 'graphology';

export function fa2Settings(graph: Graph): ForceAtlas2Settings {
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
