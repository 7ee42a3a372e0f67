/**
 * `weak-bridge`: communities (the registry's one community detection), prefectures and the
 * two clusters (industrial-only and knowledge-only actors) of at least `minGroupSize` actors
 * that are joined to the rest by at most `maxTies` links, or only by weak links (the
 * registry's weak ties: strength at or below the `weakQuantile` quantile), or by none at
 * all: the links and who carries them (Granovetter: the weak ties that are the only bridge
 * between circles).
 */
import type { BridgeTie, GroupScope, WeakBridgeFinding, WeakBridgeItem } from '../types';
import { bestForGroup, byId, findingIntroductions, text, type RuleContext } from './rule-context';

const RULE = 'weak-bridge';
const CLUSTERS = new Set(['industrial', 'knowledge']);

export function weakBridge(ctx: RuleContext<typeof RULE>): WeakBridgeFinding {
  const { net, params } = ctx;
  const { g, measures } = net;
  const groupings: [GroupScope, (v: number) => string | null][] = [
    [
      'community',
      (v) => {
        const c = measures.nodes[net.key(v)]?.community;
        return typeof c === 'number' ? String(c) : null;
      },
    ],
    ['prefecture', (v) => text(net.attrs[v]!.prefecture)],
    [
      'cluster',
      (v) => {
        const c = text(net.attrs[v]!.cluster);
        return c !== null && CLUSTERS.has(c) ? c : null;
      },
    ],
  ];
  const items: WeakBridgeItem[] = [];
  for (const [scope, labelOf] of groupings) {
    const label = Array.from({ length: g.n }, (_, v) => labelOf(v));
    const members = new Map<string, number[]>();
    label.forEach((l, v) => {
      if (l === null) return;
      const list = members.get(l);
      if (list) list.push(v);
      else members.set(l, [v]);
    });
    const flagged: WeakBridgeItem[] = [];
    for (const [group, list] of members) {
      if (list.length < params.minGroupSize || list.length === g.n) continue;
      const links: BridgeTie[] = [];
      for (const v of list) {
        for (let j = g.offsets[v]!; j < g.offsets[v + 1]!; j++) {
          const w = g.neighbors[j]!;
          if (label[w] === group) continue;
          const e = g.adjEdge[j]!;
          links.push({
            ties: net.tiesOf[e]!.map((t) => t.id).sort(byId),
            source: net.key(v),
            target: net.key(w),
            strength: g.edgeStrength[e]!,
            weak: measures.edges[e]?.weak === true,
          });
        }
      }
      const reason =
        links.length === 0
          ? 'unconnected'
          : links.length <= params.maxTies
            ? links.length === 1
              ? 'single-tie'
              : 'few-ties'
            : links.every((l) => l.weak)
              ? 'weak-only'
              : null;
      if (reason === null) continue;
      const inGroup = new Set(list);
      flagged.push({
        scope,
        group,
        members: list.length,
        reason,
        links,
        carriers: [...new Set(links.flatMap((l) => [l.source, l.target]))].sort(byId),
        introductions: bestForGroup(ctx, RULE, list, (w) => !inGroup.has(w)),
      });
    }
    flagged.sort((a, b) => a.links.length - b.links.length || b.members - a.members);
    items.push(...flagged);
  }
  return {
    rule: RULE,
    count: items.length,
    items,
    params,
    introductions: findingIntroductions(items),
    weakTieThreshold: measures.graph.weakTieThreshold ?? null,
  };
}
