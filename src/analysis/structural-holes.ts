/**
 * Burt's structural-hole measures (Burt 1992), defined exactly as networkx's `constraint`
 * and `effective_size` for undirected graphs.
 *
 * With w(i,j) the tie strength (1 in the unweighted variant), s(i) = Σ_j w(i,j), the
 * proportional tie p(i,j) = w(i,j) / s(i) and the marginal strength
 * m(i,j) = w(i,j) / max_k w(i,k):
 *
 * - constraint(i) = Σ_{j ∈ N(i)} ( p(i,j) + Σ_{q ∈ N(i) ∩ N(j)} p(i,q) p(q,j) )²
 * - effective size(i) = Σ_{j ∈ N(i)} ( 1 − Σ_{q ∈ N(i)} p(i,q) m(j,q) ); unweighted this is
 *   Borgatti's n − 2t/n (n alters, t ties among them), which networkx uses.
 * - efficiency(i) = effective size(i) / degree(i).
 *
 * All three are `NaN` for isolated actors (networkx returns NaN); the JSON output shows null.
 * (networkx's mutual weight of an undirected edge is 2w; the factor cancels in p and m.)
 */
import type { CompactGraph } from './compact-graph';
import { runTask, type Task } from './task';

export interface StructuralHoleResult {
  constraint: Float64Array;
  effectiveSize: Float64Array;
  efficiency: Float64Array;
}

export function* structuralHolesTask(g: CompactGraph, weighted = true): Task<StructuralHoleResult> {
  const { n, offsets, neighbors, adjStrength } = g;
  const total = new Float64Array(n);
  const maximum = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let sum = 0;
    let max = 0;
    for (let j = offsets[v]!, end = offsets[v + 1]!; j < end; j++) {
      const w = weighted ? adjStrength[j]! : 1;
      sum += w;
      if (w > max) max = w;
    }
    total[v] = sum;
    maximum[v] = max;
  }

  const constraint = new Float64Array(n);
  const effectiveSize = new Float64Array(n);
  const efficiency = new Float64Array(n);
  // p(i, q) for the current ego i, indexed by alter q; zero elsewhere.
  const share = new Float64Array(n);

  for (let i = 0; i < n; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    const degree = end - start;
    if (degree === 0) {
      constraint[i] = effectiveSize[i] = efficiency[i] = Number.NaN;
      continue;
    }
    const si = total[i]!;
    for (let j = start; j < end; j++) share[neighbors[j]!] = (weighted ? adjStrength[j]! : 1) / si;

    let c = 0;
    let es = 0;
    for (let a = start; a < end; a++) {
      const j = neighbors[a]!;
      let indirect = 0;
      let redundancy = 0;
      for (let b = offsets[j]!, bEnd = offsets[j + 1]!; b < bEnd; b++) {
        const q = neighbors[b]!;
        const piq = share[q]!;
        if (piq === 0) continue;
        const wjq = weighted ? adjStrength[b]! : 1;
        indirect += piq * (wjq / total[q]!);
        redundancy += piq * wjq;
      }
      const direct = share[j]!;
      c += (direct + indirect) * (direct + indirect);
      es += 1 - redundancy / maximum[j]!;
    }
    constraint[i] = c;
    effectiveSize[i] = es;
    efficiency[i] = es / degree;

    for (let j = start; j < end; j++) share[neighbors[j]!] = 0;
    if ((i & 255) === 255) yield { done: i + 1, total: n };
  }
  return { constraint, effectiveSize, efficiency };
}

export function structuralHoles(g: CompactGraph, weighted = true): StructuralHoleResult {
  return runTask(structuralHolesTask(g, weighted));
}
