/**
 * ForceAtlas2 settings shared by the explorer's worker layout and the demo snapshot script.
 * LinLog mode pulls clusters apart (cluster policy is about groups and the bridges between
 * them); gravity keeps isolated actors close enough to stay in the picture.
 */
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { ExplorerGraph } from '../state/base-graph';

export function fa2Settings(graph: ExplorerGraph): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(graph),
    linLogMode: true,
    outboundAttractionDistribution: true,
    edgeWeightInfluence: 0.5,
    scalingRatio: 4,
    gravity: 0.6,
    slowDown: 2,
  };
}
