/**
 * `cluster-link`: the industrial ↔ knowledge cluster link (seeds 002, 003: knowledge-cluster
 * seeds should flow "seamlessly" to industrial-cluster firms). An actor is in the industrial
 * cluster when it takes part in an `industrial_cluster` project, in the knowledge cluster
 * when in a `knowledge_cluster` project (the `cluster` attribute; `both` makes it a link by
 * itself). Listed: every tie between an industrial-only and a knowledge-only actor, the
 * actors that carry them, the E-I index between the two (ei-index.ts, ties to other actors
 * ignored) and the same per year, to see whether the link is getting thicker.
 */
import { eiIndex } from '../../ei-index';
import type { Grouping } from '../../groups';
import type { ClusterLinkFinding, CrossingTieItem, EiSummary } from '../types';
import { bestForGroup, byId, text, type RuleContext } from './rule-context';

const RULE = 'cluster-link';
const INDUSTRIAL = 0;
const KNOWLEDGE = 1;

export function clusterLink(ctx: RuleContext<typeof RULE>): ClusterLinkFinding {
  const { net, params } = ctx;
  const { g } = net;
  const cluster = net.attrs.map((a) => text(a.cluster));
  const group = Int32Array.from(cluster, (c) =>
    c === 'industrial' ? INDUSTRIAL : c === 'knowledge' ? KNOWLEDGE : -1,
  );
  const grouping: Grouping = {
    by: 'cluster',
    labels: ['industrial', 'knowledge'],
    group,
    ungrouped: group.filter((x) => x < 0).length,
  };
  const ei = eiIndex(g, grouping, params.weighted).network;

  const crossing = (u: number, v: number) =>
    group[u]! >= 0 && group[v]! >= 0 && group[u] !== group[v];
  const items: CrossingTieItem[] = net.ties
    .filter((t) => crossing(t.source, t.target))
    .map((t) => ({
      tie: t.id,
      source: net.key(t.source),
      target: net.key(t.target),
      kind: t.kind,
      strength: t.strength,
      startYear: t.startYear,
      endYear: t.endYear,
    }))
    .sort((a, b) => (a.startYear ?? 0) - (b.startYear ?? 0) || byId(a.tie, b.tie));

  const carried = new Map<string, number>();
  for (const t of items)
    for (const a of [t.source, t.target]) carried.set(a, (carried.get(a) ?? 0) + 1);
  const carriers = [...carried]
    .map(([actor, ties]) => ({ actor, cluster: cluster[g.index.get(actor)!]!, ties }))
    .sort((a, b) => b.ties - a.ties || byId(a.actor, b.actor));

  const { byYear, undated } = eiByYear(ctx, group);
  const industrial = [...group.keys()].filter((v) => group[v] === INDUSTRIAL);
  return {
    rule: RULE,
    count: items.length,
    items,
    params,
    introductions: bestForGroup(
      ctx,
      RULE,
      industrial,
      (v) => group[v] === KNOWLEDGE,
      ctx.introductionParams.limit,
    ),
    industrialActors: industrial.length,
    knowledgeActors: group.filter((x) => x === KNOWLEDGE).length,
    bothClusters: g.keys.filter((_, v) => cluster[v] === 'both').sort(byId),
    carriers,
    eiIndex: summary(ei.external, ei.internal),
    byYear,
    undated,
  };
}

function summary(external: number, internal: number): EiSummary {
  const sum = external + internal;
  return { external, internal, eiIndex: sum === 0 ? null : (external - internal) / sum };
}

/**
 * Per year, the links between the two clusters (E) and inside each (I) with at least one
 * tie in force that year (a tie without an end year lasts its start year only; one without
 * any year is undated). Weighted: the strengths of those ties instead.
 */
function eiByYear(ctx: RuleContext<typeof RULE>, group: Int32Array) {
  const { net, params } = ctx;
  const perYear = new Map<
    number,
    { external: Map<number, number>; internal: Map<number, number> }
  >();
  let undated = 0;
  for (const t of net.ties) {
    const a = group[t.source]!;
    const b = group[t.target]!;
    if (a < 0 || b < 0) continue;
    const start = t.startYear ?? t.endYear;
    const end = t.endYear ?? t.startYear;
    if (start === null || end === null) {
      undated++;
      continue;
    }
    for (let y = start; y <= end; y++) {
      let year = perYear.get(y);
      if (!year) perYear.set(y, (year = { external: new Map(), internal: new Map() }));
      const side = a === b ? year.internal : year.external;
      side.set(t.edge, (side.get(t.edge) ?? 0) + (params.weighted ? t.strength : 0));
    }
  }
  const total = (m: Map<number, number>) =>
    params.weighted ? [...m.values()].reduce((s, x) => s + x, 0) : m.size;
  const byYear = [...perYear]
    .sort(([x], [y]) => x - y)
    .map(([year, c]) => ({ year, ...summary(total(c.external), total(c.internal)) }));
  return { byYear, undated };
}
