/**
 * `no-finance-tie`: prefectures, projects and communities (of at least `minGroupSize`
 * actors) whose members have fewer than `minFinanceTies` ties to financial institutions;
 * and, per financial institution, its ties to academia and to companies that work with
 * academia — an institution with fewer than `minInnovationTies` of those sits at the edge of
 * innovation (seeds 000, 004: regional finance must be tied to universities and firms).
 */
import { isAcademic, partnersOf } from '../gap-network';
import type {
  FinanceActorItem,
  FinanceActorRow,
  FinanceFinding,
  FinanceGroupItem,
  GroupScope,
} from '../types';
import { bestForGroup, byId, findingIntroductions, text, type RuleContext } from './rule-context';

const RULE = 'no-finance-tie';
const FINANCE = 'financial_institution';

export function noFinanceTie(ctx: RuleContext<typeof RULE>): FinanceFinding {
  const { net, params } = ctx;
  const { g } = net;
  const isFinance = (v: number) => net.kind[v] === FINANCE;
  const financeTies = (v: number) => {
    if (isFinance(v)) return 0;
    let c = 0;
    for (const w of partnersOf(g, v)) if (isFinance(w)) c++;
    return c;
  };

  const groups: [GroupScope, Map<string, number[]>][] = [
    ['prefecture', groupBy(g.n, (v) => text(net.attrs[v]!.prefecture))],
    ['project', new Map([...net.projects].map(([id, p]) => [id, p.members]))],
    [
      'community',
      groupBy(g.n, (v) => {
        const c = net.measures.nodes[net.key(v)]?.community;
        return typeof c === 'number' ? String(c) : null;
      }),
    ],
  ];
  const groupItems: FinanceGroupItem[] = [];
  for (const [scope, byGroup] of groups) {
    const flagged: FinanceGroupItem[] = [];
    for (const [group, members] of byGroup) {
      if (members.length < params.minGroupSize) continue;
      const ties = members.reduce((s, v) => s + financeTies(v), 0);
      if (ties >= params.minFinanceTies) continue;
      flagged.push({
        scope,
        group,
        members: members.length,
        financeTies: ties,
        introductions: bestForGroup(
          ctx,
          RULE,
          members.filter((v) => !isFinance(v)),
          isFinance,
        ),
      });
    }
    flagged.sort((a, b) => b.members - a.members || byId(a.group, b.group));
    groupItems.push(...flagged);
  }

  const innovator = (v: number) =>
    net.kind[v] === 'company' && partnersOf(g, v).some((w) => isAcademic(net.kind[w]!));
  const financialInstitutions: FinanceActorRow[] = [];
  const actorItems: FinanceActorItem[] = [];
  for (let v = 0; v < g.n; v++) {
    if (!isFinance(v)) continue;
    const row: FinanceActorRow = {
      actor: net.key(v),
      companyTies: 0,
      academicTies: 0,
      innovatorTies: 0,
    };
    for (const w of partnersOf(g, v)) {
      if (net.kind[w] === 'company') row.companyTies++;
      if (isAcademic(net.kind[w]!)) row.academicTies++;
      if (innovator(w)) row.innovatorTies++;
    }
    financialInstitutions.push(row);
    if (row.academicTies + row.innovatorTies >= params.minInnovationTies) continue;
    actorItems.push({
      ...row,
      scope: 'financial-institution',
      introductions: ctx.introductions.best(
        v,
        (w) => isAcademic(net.kind[w]!) || innovator(w),
        ctx.introductionParams.perGap,
        RULE,
      ),
    });
  }
  financialInstitutions.sort((a, b) => byId(a.actor, b.actor));
  actorItems.sort((a, b) => byId(a.actor, b.actor));
  const items = [...groupItems, ...actorItems];
  return {
    rule: RULE,
    count: items.length,
    items,
    params,
    introductions: findingIntroductions(items),
    financialInstitutions,
  };
}

function groupBy(n: number, label: (v: number) => string | null): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (let v = 0; v < n; v++) {
    const l = label(v);
    if (l === null) continue;
    const list = groups.get(l);
    if (list) list.push(v);
    else groups.set(l, [v]);
  }
  return groups;
}
