/**
 * Turn the explorer's network (a mixed multigraph with self-loops: several ties of different
 * kinds may join the same two actors, some directed) into the simple undirected weighted
 * graph the measures are defined on.
 *
 * Rules (documented in docs/analysis.md):
 * - every tie is treated as undirected;
 * - self-loops are dropped (they would corrupt betweenness, closeness and constraint);
 * - parallel ties between the same two actors are merged into one edge whose strength is
 *   the SUM of their strengths (so two joint projects weigh more than one); the merged edge
 *   records how many ties it stands for and their kinds;
 * - with `weight: null` (CLI `--weight none`) the network is binary: every connected pair
 *   has strength 1, whatever the number of ties between them;
 * - a tie whose strength attribute is missing or not a number counts 1 (and is reported);
 *   a tie with strength <= 0 or non-finite is no tie and is dropped (and reported);
 * - isolated actors are kept (they count in n for normalisations, as in networkx).
 */
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes, SerializedGraph } from 'graphology-types';

export interface SimpleEdgeAttributes {
  /** Sum of the merged ties' strengths (1 for a binary network). */
  strength: number;
  /** How many ties of the input were merged into this edge. */
  ties: number;
  /** Sorted distinct `kind` values of the merged ties. */
  kinds: string[];
}

export type SimpleGraph = UndirectedGraph<Attributes, SimpleEdgeAttributes>;

export interface SimplifyOptions {
  /** Edge attribute holding tie strength; `null` makes the network binary. Default `weight`. */
  weight?: string | null;
}

export interface SimplifyStats {
  inputNodes: number;
  inputTies: number;
  selfLoopsDropped: number;
  /** Ties folded into an edge that already joined the same two actors. */
  parallelTiesMerged: number;
  /** Ties whose strength attribute was missing or not a number (counted as 1). */
  strengthDefaulted: number;
  /** Ties with strength <= 0 or non-finite (dropped). */
  nonPositiveDropped: number;
}

export interface SimplifiedNetwork {
  graph: SimpleGraph;
  stats: SimplifyStats;
}

export type NetworkInput = AbstractGraph | SerializedGraph;

export function isGraphInstance(value: NetworkInput): value is AbstractGraph {
  return typeof (value as AbstractGraph).forEachEdge === 'function';
}

type EdgeVisitor = (attributes: Attributes, source: string, target: string) => void;

function forEachNodeOf(input: NetworkInput, visit: (key: string, attrs: Attributes) => void) {
  if (isGraphInstance(input)) input.forEachNode(visit);
  else for (const node of input.nodes) visit(String(node.key), node.attributes ?? {});
}

function forEachEdgeOf(input: NetworkInput, visit: EdgeVisitor) {
  if (isGraphInstance(input)) {
    input.forEachEdge((_edge, attrs, source, target) => visit(attrs, source, target));
  } else {
    for (const edge of input.edges) visit(edge.attributes ?? {}, edge.source, edge.target);
  }
}

/** The strength of one tie under the rules above; `0` means "drop", `NaN` means "defaulted". */
export function readStrength(attributes: Attributes, weight: string | null): number {
  if (weight === null) return 1;
  const value: unknown = attributes[weight];
  if (typeof value !== 'number') return Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : 0;
}

export function simplify(input: NetworkInput, options: SimplifyOptions = {}): SimplifiedNetwork {
  const weight = options.weight === undefined ? 'weight' : options.weight;
  const graph: SimpleGraph = new UndirectedGraph<Attributes, SimpleEdgeAttributes>();
  const stats: SimplifyStats = {
    inputNodes: 0,
    inputTies: 0,
    selfLoopsDropped: 0,
    parallelTiesMerged: 0,
    strengthDefaulted: 0,
    nonPositiveDropped: 0,
  };

  forEachNodeOf(input, (key, attrs) => {
    stats.inputNodes++;
    graph.addNode(key, { ...attrs });
  });

  forEachEdgeOf(input, (attrs, source, target) => {
    stats.inputTies++;
    if (source === target) {
      stats.selfLoopsDropped++;
      return;
    }
    let strength = readStrength(attrs, weight);
    if (Number.isNaN(strength)) {
      stats.strengthDefaulted++;
      strength = 1;
    } else if (strength === 0) {
      stats.nonPositiveDropped++;
      return;
    }
    const kind = typeof attrs.kind === 'string' ? attrs.kind : null;
    const existing = graph.edge(source, target);
    if (existing === undefined) {
      graph.addEdge(source, target, { strength, ties: 1, kinds: kind === null ? [] : [kind] });
      return;
    }
    stats.parallelTiesMerged++;
    const merged = graph.getEdgeAttributes(existing);
    if (weight !== null) merged.strength += strength;
    merged.ties += 1;
    if (kind !== null && !merged.kinds.includes(kind)) {
      merged.kinds.push(kind);
      merged.kinds.sort();
    }
  });

  return { graph, stats };
}
