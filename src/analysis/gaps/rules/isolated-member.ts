/**
 * `isolated-member`: actors that take part in at least one project and have at most
 * `maxTies` partners (0: no tie at all) — members on paper only. Their introductions come
 * from shared projects and fields (they have no partners to share), to actors with ties.
 */
import type { IsolatedFinding, IsolatedItem } from '../types';
import { byId, findingIntroductions, type RuleContext } from './rule-context';

const RULE = 'isolated-member';

export function isolatedMember(ctx: RuleContext<typeof RULE>): IsolatedFinding {
  const { net, params } = ctx;
  const items: IsolatedItem[] = [];
  let projectMembers = 0;
  for (let v = 0; v < net.g.n; v++) {
    const projects = net.projectsOf[v]!;
    if (projects.length === 0) continue;
    projectMembers++;
    const ties = net.degree(v);
    if (ties > params.maxTies) continue;
    items.push({
      actor: net.key(v),
      kind: net.kind[v]!,
      projects,
      ties,
      introductions: ctx.introductions.best(
        v,
        (w) => net.degree(w) > params.maxTies,
        ctx.introductionParams.perGap,
        RULE,
      ),
    });
  }
  items.sort((a, b) => byId(a.actor, b.actor));
  return {
    rule: RULE,
    count: items.length,
    items,
    params,
    introductions: findingIntroductions(items),
    projectMembers,
  };
}
