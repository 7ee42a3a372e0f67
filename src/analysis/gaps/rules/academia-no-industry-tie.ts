/**
 * `academia-no-industry-tie`: universities, TLOs and public research institutes with fewer
 * than `minCompanyTies` company partners, not counting partners they only license to (seed
 * 002: TLOs and IP offices confined to "rights and licensing").
 */
import { isAcademic } from '../gap-network';
import type { AcademiaFinding, AcademiaItem } from '../types';
import { byId, findingIntroductions, type RuleContext } from './rule-context';

const RULE = 'academia-no-industry-tie';

export function academiaNoIndustryTie(ctx: RuleContext<typeof RULE>): AcademiaFinding {
  const { net, params } = ctx;
  const { g } = net;
  const items: AcademiaItem[] = [];
  let academicActors = 0;
  for (let v = 0; v < g.n; v++) {
    if (!isAcademic(net.kind[v]!)) continue;
    academicActors++;
    let companyTies = 0;
    let licensingTies = 0;
    for (let j = g.offsets[v]!; j < g.offsets[v + 1]!; j++) {
      if (net.kind[g.neighbors[j]!] !== 'company') continue;
      const onlyLicensing = net.tiesOf[g.adjEdge[j]!]!.every((t) => t.kind === 'licensing');
      if (onlyLicensing) licensingTies++;
      else companyTies++;
    }
    if (companyTies >= params.minCompanyTies) continue;
    items.push({
      actor: net.key(v),
      kind: net.kind[v]!,
      companyTies,
      licensingTies,
      reason:
        companyTies === 0 && licensingTies > 0
          ? 'licensing-only'
          : companyTies === 0
            ? 'no-company-tie'
            : 'below-threshold',
      introductions: ctx.introductions.best(
        v,
        (w) => net.kind[w] === 'company',
        ctx.introductionParams.perGap,
        RULE,
      ),
    });
  }
  items.sort((x, y) => byId(x.actor, y.actor));
  return {
    rule: RULE,
    count: items.length,
    items,
    params,
    introductions: findingIntroductions(items),
    academicActors,
  };
}
