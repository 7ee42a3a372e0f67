/**
 * Brokers whose removal lengthens paths: for an actor v, the mean shortest-path length (hops)
 * between the other actors of its component, with and without v, over the pairs that stay
 * connected (pairs that lose every path are the articulation-point part of the rule).
 *
 * Exact (every actor of the component as a source) up to `sources` actors; above, the same
 * `sources` actors drawn with the seeded generator serve as sources before and after, so
 * the two means compare the same pairs.
 */
import type { CompactGraph } from '../compact-graph';
import { createRng, sampleWithoutReplacement } from '../seeded-random';

export interface Lengthening {
  before: number;
  after: number;
  pairs: number;
}

/** BFS distances from s, skipping `without` (-1 = none); unreachable = -1. */
function bfs(
  g: CompactGraph,
  s: number,
  without: number,
  dist: Int32Array,
  queue: Int32Array,
): void {
  dist.fill(-1);
  dist[s] = 0;
  let head = 0;
  let tail = 0;
  queue[tail++] = s;
  while (head < tail) {
    const x = queue[head++]!;
    for (let j = g.offsets[x]!; j < g.offsets[x + 1]!; j++) {
      const y = g.neighbors[j]!;
      if (y === without || dist[y] !== -1) continue;
      dist[y] = dist[x]! + 1;
      queue[tail++] = y;
    }
  }
}

/**
 * Mean distances with and without each candidate. `component[v]` is the component id;
 * candidates in one component share the sources and the "before" sweeps.
 */
export function pathLengthening(
  g: CompactGraph,
  component: ArrayLike<number>,
  candidates: readonly number[],
  sources: number,
  seed: number,
): { results: Map<number, Lengthening>; sampled: number | null } {
  const results = new Map<number, Lengthening>();
  let sampled: number | null = null;
  const byComponent = new Map<number, number[]>();
  for (const v of candidates) {
    const list = byComponent.get(component[v]!) ?? [];
    list.push(v);
    byComponent.set(component[v]!, list);
  }
  const before = new Int32Array(g.n);
  const after = new Int32Array(g.n);
  const queue = new Int32Array(g.n);
  for (const [c, list] of byComponent) {
    const members: number[] = [];
    for (let v = 0; v < g.n; v++) if (component[v] === c) members.push(v);
    let chosen = members;
    if (members.length > sources) {
      chosen = Array.from(
        sampleWithoutReplacement(members.length, sources, createRng(seed)),
        (i) => members[i]!,
      );
      sampled = sources;
    }
    const sums = list.map(() => ({ before: 0, after: 0, pairs: 0 }));
    for (const s of chosen) {
      bfs(g, s, -1, before, queue);
      list.forEach((v, i) => {
        if (v === s) return;
        bfs(g, s, v, after, queue);
        const sum = sums[i]!;
        for (const t of members) {
          if (t === s || t === v || after[t] === -1) continue;
          sum.before += before[t]!;
          sum.after += after[t]!;
          sum.pairs++;
        }
      });
    }
    list.forEach((v, i) => {
      const s = sums[i]!;
      results.set(v, {
        before: s.pairs ? s.before / s.pairs : 0,
        after: s.pairs ? s.after / s.pairs : 0,
        pairs: s.pairs,
      });
    });
  }
  return { results, sampled };
}
