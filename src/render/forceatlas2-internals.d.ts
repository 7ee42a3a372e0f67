/**
 * Types for the two building blocks graphology-layout-forceatlas2 uses in its own worker:
 * the matrices and one iteration. The deterministic layout runs them in steps so it can
 * report progress without restarting the algorithm (and its per-node speeds) between steps.
 */
declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology-types';
  export function graphToByteArrays(
    graph: Graph,
    getEdgeWeight: (edge: string, attributes: { weight?: number }) => number,
  ): { nodes: Float32Array; edges: Float32Array };
  export function assignLayoutChanges(graph: Graph, nodes: Float32Array, outputReducer: null): void;
}

declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}
