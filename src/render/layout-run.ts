/**
 * The deterministic layout: the same network gives the same positions on every load, in
 * every browser session and in the demo-snapshot script. No clock is involved: actors start
 * at seeded positions (state/seeded-positions.ts), are listed in key order with their ties
 * merged and sorted, and ForceAtlas2 runs a number of iterations fixed by the network's size,
 * then no-overlap a fixed number of passes. Runs in a worker in the explorer (layout.worker.ts)
 * and synchronously in scripts and tests.
 */
import Graph from 'graphology';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import iterateFA2 from 'graphology-layout-forceatlas2/iterate.js';
import noverlap from 'graphology-layout-noverlap';
import louvain from 'graphology-communities-louvain';
import { scaleSqrt } from 'd3-scale';
import { renumber } from '../analysis/communities';
import { createRng } from '../analysis/seeded-random';
import type { ExplorerGraph } from '../state/base-graph';
import { effectiveGrouping, graphSize, primaryProject } from '../state/groups';
import { sizeRange } from '../state/styles';
import { fa2Settings } from '../model/layout-settings';
import { layOutByGroup } from './group-layout';

/** What the layout needs, as plain data a worker can receive. */
export interface LayoutJob {
  /** Actor keys in sorted order; every array below follows it. */
  keys: string[];
  /** Start positions, x and y interleaved. */
  positions: Float32Array;
  /** No actor had a position of its own: start from the network's communities (see below). */
  unplaced: boolean;
  /**
   * Unplaced and large enough to be drawn by project (state/groups.ts): each actor's project,
   * 0 … projects − 1, and each project laid out in a disc of its own (group-layout.ts).
   */
  groups: Int32Array | null;
  /** Drawn sizes (screen pixels) from degree, for the no-overlap pass. */
  sizes: Float32Array;
  /** Ties merged per pair: source index, target index, summed weight; sorted. */
  edges: Float32Array;
  iterations: number;
  settings: ForceAtlas2Settings;
}

/** ForceAtlas2 iterations: 500 settle a regional network; national ones get fewer (≥ 100). */
export function layoutIterations(actors: number, ties: number): number {
  return Math.max(100, Math.min(500, Math.round((500 * 20_000) / Math.max(actors + ties, 1))));
}

/** Passes of no-overlap: bounded, because run to convergence it spreads dense clusters into an
 * even disc and erases the structure ForceAtlas2 found. */
export const NOVERLAP_PASSES = 60;

/**
 * A pass costs about 75 µs per actor (945 ms at 12,500 actors, measured): 60 passes were
 * 57 of the national layout's 66 CPU-seconds. Above 3,000 actors the passes fall with the
 * square of the size (at least 3), where actors are drawn a few pixels wide anyway.
 */
export function noverlapPasses(actors: number): number {
  if (actors <= 3000) return NOVERLAP_PASSES;
  return Math.max(3, Math.round(NOVERLAP_PASSES * (3000 / actors) ** 2));
}

export function layoutJob(graph: ExplorerGraph, unplaced: boolean): LayoutJob {
  const keys = graph.nodes().sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  const positions = new Float32Array(keys.length * 2);
  keys.forEach((key, i) => {
    const a = graph.getNodeAttributes(key);
    positions[2 * i] = a.x;
    positions[2 * i + 1] = a.y;
  });
  // Parallel and directed ties between the same pair become one tie with their summed weight.
  const merged = new Map<number, number>();
  graph.forEachEdge((_key, a, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    if (s === t) return;
    const pair = Math.min(s, t) * keys.length + Math.max(s, t);
    merged.set(pair, (merged.get(pair) ?? 0) + (a.weight ?? 1));
  });
  const pairs = [...merged.keys()].sort((a, b) => a - b);
  const edges = new Float32Array(pairs.length * 3);
  const degree = new Uint32Array(keys.length);
  pairs.forEach((pair, i) => {
    const s = Math.floor(pair / keys.length);
    const t = pair % keys.length;
    edges[3 * i] = s;
    edges[3 * i + 1] = t;
    edges[3 * i + 2] = merged.get(pair)!;
    degree[s]!++;
    degree[t]!++;
  });
  const [minSize, maxSize] = sizeRange(keys.length);
  const size = scaleSqrt()
    .domain([0, Math.max(1, ...degree)])
    .range([minSize, maxSize]);
  return {
    keys,
    positions,
    unplaced,
    groups: unplaced ? projectOfEach(graph, keys) : null,
    sizes: Float32Array.from(degree, (d) => size(d)),
    edges,
    iterations: layoutIterations(keys.length, pairs.length),
    settings: fa2Settings(graph),
  };
}

/** Each actor's primary project as a number, where the explorer would draw projects. */
function projectOfEach(graph: ExplorerGraph, keys: string[]): Int32Array | null {
  if (effectiveGrouping(null, graphSize(graph))?.by !== 'project') return null;
  const numbers = new Map<string, number>();
  return Int32Array.from(keys, (key) => {
    const project = primaryProject(graph.getNodeAttribute(key, 'participations') ?? []);
    let n = numbers.get(project);
    if (n === undefined) numbers.set(project, (n = numbers.size));
    return n;
  });
}

interface LayoutNode {
  x: number;
  y: number;
  size: number;
}

function jobGraph(job: LayoutJob): Graph<LayoutNode, { weight: number }> {
  const graph = new Graph<LayoutNode, { weight: number }>({ type: 'undirected' });
  job.keys.forEach((key, i) =>
    graph.addNode(key, {
      x: job.positions[2 * i]!,
      y: job.positions[2 * i + 1]!,
      size: job.sizes[i]!,
    }),
  );
  for (let i = 0; i < job.edges.length; i += 3) {
    graph.addEdge(job.keys[job.edges[i]!]!, job.keys[job.edges[i + 1]!]!, {
      weight: job.edges[i + 2]!,
    });
  }
  return graph;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * From a random start ForceAtlas2 often leaves two regional clusters wound through each
 * other, a local optimum no number of iterations undoes. So a network with no positions starts
 * from its communities (Louvain, seeded): each community a disc of its actors' seeded
 * positions, the discs placed largest first on a sunflower spiral. ForceAtlas2 then only has
 * to refine, and the clusters come out apart.
 */
function communityStart(graph: Graph<LayoutNode, { weight: number }>, job: LayoutJob): void {
  const mapping = louvain(graph, { getEdgeWeight: 'weight', rng: createRng(1) });
  const raw = Int32Array.from(job.keys, (key) => mapping[key]!);
  const { community, sizes } = renumber(raw);
  const unit = 10;
  const centres = sizes.map((size, c) => {
    // Area on the spiral grows with the communities placed before it.
    const placed = sizes.slice(0, c).reduce((a, b) => a + b, 0) + size / 2;
    const r = unit * 1.6 * Math.sqrt(placed);
    return { x: r * Math.cos(c * GOLDEN_ANGLE), y: r * Math.sin(c * GOLDEN_ANGLE) };
  });
  job.keys.forEach((key, i) => {
    const c = community[i]!;
    const seed = graph.getNodeAttributes(key);
    // The seeded point scaled from the whole network's disc into the community's.
    const scale = Math.sqrt(sizes[c]!) / Math.sqrt(Math.max(job.keys.length, 1));
    graph.mergeNodeAttributes(key, {
      x: centres[c]!.x + seed.x * scale,
      y: centres[c]!.y + seed.y * scale,
    });
  });
}

/**
 * Node sizes are screen pixels; converted to graph units over the current extent so no-overlap
 * separates what the user sees. Shared by the deterministic run and the user's longer runs.
 */
export function noverlapParams(graph: Graph<{ x: number; y: number; size?: number }>) {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_k, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const unitsPerPixel = Math.max(maxX - minX, maxY - minY, 1) / 900;
  return {
    inputReducer: (_key: string, attr: { x: number; y: number; size?: number }) => ({
      x: attr.x,
      y: attr.y,
      size: (attr.size ?? 3) * unitsPerPixel,
    }),
    settings: { margin: 2 * unitsPerPixel, ratio: 1.1, speed: 3 },
  };
}

export function removeOverlaps(
  graph: Graph<{ x: number; y: number; size?: number }>,
  passes = NOVERLAP_PASSES,
): void {
  noverlap.assign(graph, { ...noverlapParams(graph), maxIterations: passes });
}

const positionsFrom = (nodes: Float32Array, count: number) => {
  const out = new Float32Array(count * 2);
  for (let i = 0; i < count; i++) {
    out[2 * i] = nodes[i * 10]!;
    out[2 * i + 1] = nodes[i * 10 + 1]!;
  }
  return out;
};

export interface LayoutFrame {
  /** x, y interleaved in the job's key order. */
  positions: Float32Array;
  iteration: number;
  done: boolean;
}

/**
 * Runs the job, yielding the positions every `every` iterations (for drawing progress) and
 * the final positions last. The frames never change the result: the matrices persist across
 * them, so the outcome equals one uninterrupted run.
 */
export function* runLayout(job: LayoutJob, every = 25): Generator<LayoutFrame> {
  const graph = jobGraph(job);
  const count = job.keys.length;
  if (count > 0 && job.groups) {
    let step = 0;
    let last: Float32Array | undefined;
    for (const positions of layOutByGroup({ ...job, groups: job.groups })) {
      if (last) yield { positions: last, iteration: step++, done: false };
      last = positions;
    }
    let i = 0;
    graph.updateEachNodeAttributes((_key, a) => {
      a.x = last![2 * i]!;
      a.y = last![2 * i + 1]!;
      i++;
      return a;
    });
  } else if (count > 0 && job.edges.length > 0) {
    if (job.unplaced) communityStart(graph, job);
    const settings = { ...FA2_DEFAULTS, ...job.settings };
    const matrices = graphToByteArrays(graph, (_e, a) => a.weight ?? 1);
    for (let i = 1; i <= job.iterations; i++) {
      iterateFA2(settings, matrices.nodes, matrices.edges);
      if (i % every === 0 && i < job.iterations)
        yield { positions: positionsFrom(matrices.nodes, count), iteration: i, done: false };
    }
    let i = 0;
    graph.updateEachNodeAttributes((_key, a) => {
      a.x = matrices.nodes[i * 10]!;
      a.y = matrices.nodes[i * 10 + 1]!;
      i++;
      return a;
    });
  }
  // Grouped networks are national ones, drawn a few pixels per actor: no-overlap would cost
  // 4–5 s there (measured, 12,401 actors) and the discs already keep the projects apart.
  if (!job.groups) removeOverlaps(graph, noverlapPasses(count));
  const positions = new Float32Array(count * 2);
  job.keys.forEach((key, k) => {
    const a = graph.getNodeAttributes(key);
    positions[2 * k] = a.x;
    positions[2 * k + 1] = a.y;
  });
  yield { positions, iteration: job.iterations, done: true };
}

/** The whole run at once (scripts, tests): the final positions by key. */
export function layOutNow(job: LayoutJob): Map<string, { x: number; y: number }> {
  let last: LayoutFrame | undefined;
  for (const frame of runLayout(job)) last = frame;
  return new Map(
    job.keys.map((key, i) => [key, { x: last!.positions[2 * i]!, y: last!.positions[2 * i + 1]! }]),
  );
}
