/**
 * Weak ties in Granovetter's sense (1973): ties of low strength that are bridges or local
 * bridges — the ties that carry information between otherwise separate parts of the
 * network.
 *
 * "Low strength" needs a threshold. By default a tie is weak when its strength is at most
 * the median strength of all edges (`quantile: 0.5`); a fixed `threshold` can be given
 * instead. With a binary network (`--weight none`) every tie has strength 1 and is
 * therefore weak: the weak ties are then exactly the local bridges.
 */
import type { CompactGraph } from './compact-graph';

export interface WeakTieOptions {
  /** Quantile of edge strengths used as the threshold (default 0.5, the median). */
  quantile?: number;
  /** Fixed threshold; overrides `quantile`. */
  threshold?: number;
}

export interface WeakTieResult {
  threshold: number | null;
  /** strength <= threshold, by edge index. */
  weak: Uint8Array;
  /** weak and a (local) bridge. */
  weakBridge: Uint8Array;
}

/** The q-quantile of the values (nearest rank on the sorted values, lower end). */
export function quantile(values: Float64Array, q: number): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export function weakTies(
  g: CompactGraph,
  localBridge: Uint8Array,
  options: WeakTieOptions = {},
): WeakTieResult {
  const threshold = options.threshold ?? quantile(g.edgeStrength, options.quantile ?? 0.5);
  const weak = new Uint8Array(g.m);
  const weakBridge = new Uint8Array(g.m);
  if (threshold !== null) {
    for (let e = 0; e < g.m; e++) {
      if (g.edgeStrength[e]! <= threshold) {
        weak[e] = 1;
        if (localBridge[e]) weakBridge[e] = 1;
      }
    }
  }
  return { threshold, weak, weakBridge };
}
