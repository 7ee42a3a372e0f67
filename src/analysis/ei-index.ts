/**
 * Krackhardt & Stern's E-I index (1988): (E − I) / (E + I), where E counts external ties
 * (between different groups) and I internal ties (within a group). −1: all ties inside
 * groups; +1: all ties across groups.
 *
 * - Network: every edge of the simplified graph whose two ends have a group, once.
 * - Group g: E = edges with exactly one end in g, I = edges with both ends in g, each edge
 *   once. (Summing the actor values' E and I over g's members instead would count every
 *   internal edge twice.)
 * - Actor v: E = v's edges to actors of other groups, I = to actors of v's own group.
 *
 * Edges to actors without a group are ignored. The index is null when E + I = 0 (an
 * isolated actor, a group without ties). With `weighted`, E and I sum tie strengths
 * instead of counting ties; the default counts ties, as Krackhardt & Stern did.
 */
import type { CompactGraph } from './compact-graph';
import type { Grouping } from './groups';

export interface EiCounts {
  external: number;
  internal: number;
  ei: number | null;
}

export interface EiResult {
  network: EiCounts;
  /** By group number. */
  groups: EiCounts[];
  /** By node index (null E-I for actors without a group). */
  actors: EiCounts[];
}

function counts(external: number, internal: number): EiCounts {
  const sum = external + internal;
  return { external, internal, ei: sum === 0 ? null : (external - internal) / sum };
}

export function eiIndex(g: CompactGraph, grouping: Grouping, weighted = false): EiResult {
  const { n, m } = g;
  const group = grouping.group;
  const k = grouping.labels.length;
  const groupExternal = new Float64Array(k);
  const groupInternal = new Float64Array(k);
  const actorExternal = new Float64Array(n);
  const actorInternal = new Float64Array(n);
  let external = 0;
  let internal = 0;
  for (let e = 0; e < m; e++) {
    const u = g.edgeSource[e]!;
    const v = g.edgeTarget[e]!;
    const gu = group[u]!;
    const gv = group[v]!;
    if (gu < 0 || gv < 0) continue;
    const w = weighted ? g.edgeStrength[e]! : 1;
    if (gu === gv) {
      internal += w;
      groupInternal[gu]! += w;
      actorInternal[u]! += w;
      actorInternal[v]! += w;
    } else {
      external += w;
      groupExternal[gu]! += w;
      groupExternal[gv]! += w;
      actorExternal[u]! += w;
      actorExternal[v]! += w;
    }
  }
  return {
    network: counts(external, internal),
    groups: Array.from({ length: k }, (_, i) => counts(groupExternal[i]!, groupInternal[i]!)),
    actors: Array.from({ length: n }, (_, v) =>
      group[v]! < 0
        ? { external: 0, internal: 0, ei: null }
        : counts(actorExternal[v]!, actorInternal[v]!),
    ),
  };
}
