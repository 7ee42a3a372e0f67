/**
 * `single-point-of-failure`: the articulation points (the registry's biconnectivity) with
 * the actors each one cuts off (cut-off.ts), ranked by how many; and the brokers — the
 * `brokerCandidates` actors of highest betweenness — whose removal lengthens the mean path
 * between the others by at least `pathIncrease` (path-lengthening.ts). Seed 004:
 * coordinators are scarce, the network depends on a few brokers.
 */
import type { BiconnectivityResult } from '../../bridges';
import { articulationCutOffs } from '../cut-off';
import type { GapNetwork } from '../gap-network';
import { pathLengthening } from '../path-lengthening';
import type { BrokerRow, CutOffItem, SpofFinding } from '../types';
import { bestForGroup, byId, findingIntroductions, tally, type RuleContext } from './rule-context';

const RULE = 'single-point-of-failure';

/** The registry's biconnectivity outputs in the shape cut-off.ts reads. */
function biconnectivityOf(net: GapNetwork): BiconnectivityResult {
  const { g, measures } = net;
  const articulation = new Uint8Array(g.n);
  for (let v = 0; v < g.n; v++)
    articulation[v] = measures.nodes[net.key(v)]?.articulationPoint ? 1 : 0;
  const edgeComponent = Int32Array.from(measures.edges, (e) => e.bicomponent ?? -1);
  return {
    articulation,
    edgeComponent,
    bridge: Uint8Array.from(measures.edges, (e) => (e.bridge ? 1 : 0)),
    componentCount: measures.graph.biconnectedComponents ?? 0,
  };
}

export function singlePointOfFailure(ctx: RuleContext<typeof RULE>): SpofFinding {
  const { net, params } = ctx;
  const { g } = net;
  const component = Int32Array.from(g.keys, (k) => net.measures.nodes[k]?.component ?? -1);
  const cutOffs = articulationCutOffs(g, biconnectivityOf(net));
  const items: CutOffItem[] = cutOffs
    .filter((c) => c.cutOff.length >= params.minCutOff)
    .map((c) => {
      const cut = new Set(c.cutOff);
      const v = c.actor;
      // Bypasses: a cut-off partner of v meets someone on the remaining side.
      const sources = [...net.g.neighbors.subarray(g.offsets[v]!, g.offsets[v + 1]!)].filter((w) =>
        cut.has(w),
      );
      return {
        actor: net.key(v),
        cutOff: c.cutOff.map(net.key).sort(byId),
        cutOffKinds: tally(c.cutOff.map((w) => net.kind[w]!)),
        pieces: c.pieces,
        introductions: bestForGroup(
          ctx,
          RULE,
          sources,
          (w) => w !== v && component[w] === component[v] && !cut.has(w),
        ),
      };
    })
    .sort((a, b) => b.cutOff.length - a.cutOff.length || byId(a.actor, b.actor));

  const betweenness = (v: number) => net.measures.nodes[net.key(v)]?.betweenness ?? 0;
  const candidates = Array.from({ length: g.n }, (_, v) => v)
    .filter((v) => betweenness(v) > 0)
    .sort((a, b) => betweenness(b) - betweenness(a) || byId(net.key(a), net.key(b)))
    .slice(0, params.brokerCandidates);
  const { results, sampled } = pathLengthening(
    g,
    component,
    candidates,
    params.pathSources,
    ctx.seed,
  );
  const brokers: BrokerRow[] = [];
  for (const v of candidates) {
    const r = results.get(v)!;
    const increase = r.before > 0 ? (r.after - r.before) / r.before : 0;
    if (increase < params.pathIncrease) continue;
    brokers.push({
      actor: net.key(v),
      betweenness: betweenness(v),
      meanDistanceBefore: r.before,
      meanDistanceAfter: r.after,
      increase,
      pairs: r.pairs,
    });
  }
  brokers.sort((a, b) => b.increase - a.increase || byId(a.actor, b.actor));

  return {
    rule: RULE,
    count: items.length,
    items,
    params,
    introductions: findingIntroductions(items),
    articulationPoints: cutOffs.length,
    brokers,
    brokersTested: candidates.length,
    sampledSources: sampled,
  };
}
