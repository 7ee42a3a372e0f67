/**
 * Group-in-a-box for large networks: each group (a project) is laid out on its own and drawn
 * as a disc of its own, so the projects are regions of the map and the ties between them run
 * across the gaps. One ForceAtlas2 run over a national network, even started from its
 * communities, pulls every cluster into one ball (12,401 actors: lobes, no region to name).
 *
 * The discs are sized by membership and packed largest first on a sunflower spiral, then
 * pushed apart until none overlap. Deterministic: the same job gives the same positions.
 */
import Graph from 'graphology';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import iterateFA2 from 'graphology-layout-forceatlas2/iterate.js';
import type { LayoutJob } from './layout-run';

/** What the group layout reads of a layout job: its groups are set. */
export type GroupedJob = Pick<
  LayoutJob,
  'keys' | 'positions' | 'edges' | 'iterations' | 'settings'
> & {
  groups: Int32Array;
};

/** Graph units per √actor of a disc's radius, as the seeded start uses (seeded-positions.ts). */
const UNIT = 10;
/** Room between neighbouring discs, as a share of the smaller radius. */
const GAP = 0.35;
/** Above this many members a group's ForceAtlas2 uses Barnes–Hut, as graphology infers. */
const BARNES_HUT_ABOVE = 1000;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export interface Disc {
  x: number;
  y: number;
  r: number;
}

/**
 * Discs for groups of these sizes: largest first on a sunflower spiral, then overlaps pushed
 * apart (a fixed number of passes, in a fixed order).
 */
export function packDiscs(sizes: readonly number[]): Disc[] {
  const order = sizes.map((_, g) => g).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const discs: Disc[] = sizes.map((s) => ({ x: 0, y: 0, r: UNIT * Math.sqrt(Math.max(s, 1)) }));
  let placed = 0;
  order.forEach((g, i) => {
    const size = Math.max(sizes[g]!, 1);
    const r = UNIT * 2 * Math.sqrt(placed + size / 2);
    discs[g]!.x = i === 0 ? 0 : r * Math.cos(i * GOLDEN_ANGLE);
    discs[g]!.y = i === 0 ? 0 : r * Math.sin(i * GOLDEN_ANGLE);
    placed += size;
  });
  for (let pass = 0; pass < 200; pass++) {
    let moved = false;
    for (let i = 0; i < order.length; i++) {
      for (let j = i + 1; j < order.length; j++) {
        const a = discs[order[i]!]!;
        const b = discs[order[j]!]!;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const distance = Math.hypot(dx, dy) || 1e-6;
        const wanted = a.r + b.r + GAP * Math.min(a.r, b.r);
        if (distance >= wanted) continue;
        // The smaller disc moves more, so the big ones stay near the middle.
        const push = wanted - distance;
        const share = a.r / (a.r + b.r);
        a.x -= (dx / distance) * push * (1 - share);
        a.y -= (dy / distance) * push * (1 - share);
        b.x += (dx / distance) * push * share;
        b.y += (dy / distance) * push * share;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return discs;
}

/** The members of each group, in key order. */
function membersOf(groups: Int32Array): number[][] {
  const members: number[][] = [];
  groups.forEach((g, i) => (members[g] ??= []).push(i));
  return members.map((m) => m ?? []);
}

/** The members' seeded start positions, x and y interleaved, scaled by `scale`. */
function seeded(job: GroupedJob, members: number[], scale = 1): Float32Array {
  const out = new Float32Array(members.length * 2);
  members.forEach((i, m) => {
    out[2 * m] = job.positions[2 * i]! * scale;
    out[2 * m + 1] = job.positions[2 * i + 1]! * scale;
  });
  return out;
}

/** Lays out one group's own ties from its members' seeded positions; returns x, y per member. */
function layOutGroup(
  job: GroupedJob,
  g: number,
  members: number[],
  local: Int32Array,
): Float32Array {
  const start = seeded(job, members, Math.sqrt(members.length / Math.max(job.keys.length, 1)));
  const graph = new Graph<{ x: number; y: number }, { weight: number }>({ type: 'undirected' });
  members.forEach((_i, m) => graph.addNode(m, { x: start[2 * m]!, y: start[2 * m + 1]! }));
  for (let e = 0; e < job.edges.length; e += 3) {
    const s = job.edges[e]!;
    const t = job.edges[e + 1]!;
    if (job.groups[s] !== g || job.groups[t] !== g) continue;
    graph.addEdge(local[s]!, local[t]!, { weight: job.edges[e + 2]! });
  }
  if (graph.size === 0) return start;
  const settings = {
    ...FA2_DEFAULTS,
    ...job.settings,
    barnesHutOptimize: members.length > BARNES_HUT_ABOVE,
  };
  const matrices = graphToByteArrays(graph, (_e, a) => a.weight ?? 1);
  for (let it = 0; it < job.iterations; it++) iterateFA2(settings, matrices.nodes, matrices.edges);
  const out = new Float32Array(members.length * 2);
  for (let m = 0; m < members.length; m++) {
    out[2 * m] = matrices.nodes[m * 10]!;
    out[2 * m + 1] = matrices.nodes[m * 10 + 1]!;
  }
  return out;
}

/** Moves a group's own layout into its disc: centred on it, its farthest member on the rim. */
function fitIntoDisc(local: Float32Array, disc: Disc): Float32Array {
  const n = local.length / 2;
  let cx = 0;
  let cy = 0;
  for (let m = 0; m < n; m++) {
    cx += local[2 * m]!;
    cy += local[2 * m + 1]!;
  }
  cx /= Math.max(n, 1);
  cy /= Math.max(n, 1);
  let reach = 0;
  for (let m = 0; m < n; m++) {
    reach = Math.max(reach, Math.hypot(local[2 * m]! - cx, local[2 * m + 1]! - cy));
  }
  const scale = reach > 0 ? disc.r / reach : 0;
  const out = new Float32Array(local.length);
  for (let m = 0; m < n; m++) {
    out[2 * m] = disc.x + (local[2 * m]! - cx) * scale;
    out[2 * m + 1] = disc.y + (local[2 * m + 1]! - cy) * scale;
  }
  return out;
}

/**
 * Runs the group layout, yielding the whole network's positions (x, y interleaved, in key
 * order) first with every group at its seeded start in its disc, then after each group is
 * laid out, largest first.
 */
export function* layOutByGroup(job: GroupedJob): Generator<Float32Array> {
  const members = membersOf(job.groups);
  const discs = packDiscs(members.map((m) => m.length));
  const local = new Int32Array(job.keys.length);
  members.forEach((list) => list.forEach((i, m) => (local[i] = m)));
  const positions = new Float32Array(job.keys.length * 2);
  const place = (list: number[], xy: Float32Array) =>
    list.forEach((i, m) => {
      positions[2 * i] = xy[2 * m]!;
      positions[2 * i + 1] = xy[2 * m + 1]!;
    });
  members.forEach((list, g) => place(list, fitIntoDisc(seeded(job, list), discs[g]!)));
  yield positions.slice();
  const bySize = members
    .map((_, g) => g)
    .sort((a, b) => members[b]!.length - members[a]!.length || a - b);
  for (const g of bySize) {
    place(members[g]!, fitIntoDisc(layOutGroup(job, g, members[g]!, local), discs[g]!));
    yield positions.slice();
  }
}
