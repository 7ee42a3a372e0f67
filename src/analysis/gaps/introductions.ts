/**
 * Introductions that would close a gap: for an actor on the gap's side, the actors on the
 * other side it is not tied to, ranked by
 *
 *   score = Σ_{shared partners w} 1/ln deg(w)            (Adamic–Adar, as link-prediction.ts)
 *         + Σ_{shared projects p} 1/ln |members of p|     (the same over the actor–project graph)
 *         + fieldWeight × |fields ∩| / |fields ∪|          (Jaccard overlap of technology fields)
 *
 * Shared partners are the people who can make the introduction; a shared project is a
 * place where the two already meet; shared fields say what they could work on. A pair with
 * none of the three scores 0 and is never listed. Candidates are the partners' partners,
 * the co-members of the actor's projects and the actors sharing a field with it, so the
 * search never scans the whole network per actor.
 */
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { forEachCommonNeighbour } from '../common-neighbours';
import type { GapNetwork } from './gap-network';
import type { GapRuleId, IntroductionParams } from './spec';
import type { Introduction } from './types';

export interface IntroductionFinder {
  /**
   * The best `limit` introductions for `source` among the actors `accept` admits (never
   * `source` itself nor its partners), best first.
   */
  best(
    source: number,
    accept: (v: number) => boolean,
    limit: number,
    rule: GapRuleId,
  ): Introduction[];
}

interface Scored {
  v: number;
  score: number;
  partners: number[];
  projects: string[];
  fields: string[];
}

export function createIntroductionFinder(
  net: GapNetwork,
  params: IntroductionParams,
): IntroductionFinder {
  const { g } = net;
  const stamp = new Int32Array(g.n).fill(-1);
  let round = 0;
  const byField = new Map<string, number[]>();
  if (params.fieldWeight > 0) {
    net.fields.forEach((list, v) => {
      for (const f of list) {
        const members = byField.get(f);
        if (members) members.push(v);
        else byField.set(f, [v]);
      }
    });
  }
  const projectWeight = (id: string) => {
    const size = net.projects.get(id)?.members.length ?? 2;
    return 1 / Math.log(Math.max(2, size));
  };

  function score(u: number, v: number): Scored {
    const partners: number[] = [];
    let adamicAdar = 0; // as pairScores in link-prediction.ts, with the partners named
    forEachCommonNeighbour(g, u, v, (w) => {
      partners.push(w);
      adamicAdar += 1 / Math.log(net.degree(w));
    });
    const projects = intersectSorted(net.projectsOf[u]!, net.projectsOf[v]!);
    const byProject = projects.reduce((s, p) => s + projectWeight(p), 0);
    const fields = intersectSorted(net.fields[u]!, net.fields[v]!);
    const union = net.fields[u]!.length + net.fields[v]!.length - fields.length;
    const byField = union === 0 ? 0 : (params.fieldWeight * fields.length) / union;
    return { v, score: adamicAdar + byProject + byField, partners, projects, fields };
  }

  function best(
    u: number,
    accept: (v: number) => boolean,
    limit: number,
    rule: GapRuleId,
  ): Introduction[] {
    if (limit <= 0) return [];
    const mark = round++;
    stamp[u] = mark;
    for (let j = g.offsets[u]!; j < g.offsets[u + 1]!; j++) stamp[g.neighbors[j]!] = mark;
    const found: Scored[] = [];
    const consider = (v: number) => {
      if (stamp[v] === mark) return;
      stamp[v] = mark;
      if (!accept(v)) return;
      const s = score(u, v);
      if (s.score > 0) found.push(s);
    };
    for (let j = g.offsets[u]!; j < g.offsets[u + 1]!; j++) {
      const w = g.neighbors[j]!;
      for (let k = g.offsets[w]!; k < g.offsets[w + 1]!; k++) consider(g.neighbors[k]!);
    }
    for (const p of net.projectsOf[u]!) for (const v of net.projects.get(p)!.members) consider(v);
    for (const f of net.fields[u]!) for (const v of byField.get(f) ?? []) consider(v);

    found.sort(
      (a, b) =>
        b.score - a.score ||
        b.partners.length - a.partners.length ||
        net.degree(b.v) - net.degree(a.v) ||
        (net.key(a.v) < net.key(b.v) ? -1 : 1),
    );
    return found.slice(0, limit).map((s) => ({
      source: net.key(u),
      target: net.key(s.v),
      score: s.score,
      sharedPartners: s.partners.map(net.key),
      sharedProjects: s.projects,
      sharedFields: s.fields,
      distance: s.partners.length > 0 ? 2 : distance(net, u, s.v),
      rules: [rule],
    }));
  }

  return { best };
}

/** Common elements of two ascending string arrays. */
function intersectSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]!);
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return out;
}

function distance(net: GapNetwork, u: number, v: number): number | null {
  const path = bidirectional(net.simple, net.key(u), net.key(v));
  return path ? path.length - 1 : null;
}

const pairKey = (i: Introduction) =>
  i.source < i.target ? `${i.source}\u0000${i.target}` : `${i.target}\u0000${i.source}`;

/** Best first: score, then the number of gaps closed, then the shared partners, then ids. */
export function byRank(a: Introduction, b: Introduction): number {
  return (
    b.score - a.score ||
    b.rules.length - a.rules.length ||
    b.sharedPartners.length - a.sharedPartners.length ||
    (pairKey(a) < pairKey(b) ? -1 : pairKey(a) > pairKey(b) ? 1 : 0)
  );
}

/** One list of distinct pairs (a pair closing several gaps names every rule), best first. */
export function mergeIntroductions(lists: readonly (readonly Introduction[])[]): Introduction[] {
  const merged = new Map<string, Introduction>();
  for (const list of lists) {
    for (const intro of list) {
      const key = pairKey(intro);
      const known = merged.get(key);
      if (!known) merged.set(key, { ...intro, rules: [...intro.rules] });
      else for (const r of intro.rules) if (!known.rules.includes(r)) known.rules.push(r);
    }
  }
  return [...merged.values()].sort(byRank);
}
