/**
 * `sme-no-academic-tie`: SMEs (companies with `sme` true) with fewer than `minAcademicTies`
 * academic partners (universities, TLOs, public research institutes), and the share of
 * companies that have them by size class and prefecture beside the national survey shares.
 */
import { SIZE_CLASSES } from '../../../model/domain';
import { isAcademic, partnersOf } from '../gap-network';
import { SURVEY_ACADEMIC_SHARE } from '../spec';
import type { ShareRow, SmeFinding, SmeItem } from '../types';
import { byId, findingIntroductions, text, type RuleContext } from './rule-context';

const RULE = 'sme-no-academic-tie';
const UNKNOWN = 'unknown';

export function smeNoAcademicTie(ctx: RuleContext<typeof RULE>): SmeFinding {
  const { net, params } = ctx;
  const academicTies = (v: number) => {
    let count = 0;
    for (const w of partnersOf(net.g, v)) if (isAcademic(net.kind[w]!)) count++;
    return count;
  };
  const bySize = new Map<string, { companies: number; tied: number }>();
  const byPrefecture = new Map<string, { companies: number; tied: number }>();
  const items: SmeItem[] = [];
  let smes = 0;
  for (let v = 0; v < net.g.n; v++) {
    if (net.kind[v] !== 'company') continue;
    const a = net.attrs[v]!;
    const sme = a.sme === true;
    const ties = academicTies(v);
    const tied = ties >= params.minAcademicTies;
    const size = text(a.sizeClass) ?? UNKNOWN;
    count(bySize, size, tied);
    if (!sme) continue;
    smes++;
    count(byPrefecture, text(a.prefecture) ?? UNKNOWN, tied);
    if (tied) continue;
    items.push({
      actor: net.key(v),
      sizeClass: text(a.sizeClass),
      prefecture: text(a.prefecture),
      academicTies: ties,
      introductions: ctx.introductions.best(
        v,
        (w) => isAcademic(net.kind[w]!),
        ctx.introductionParams.perGap,
        RULE,
      ),
    });
  }
  items.sort((x, y) => byId(x.actor, y.actor));
  const order = [...SIZE_CLASSES, UNKNOWN] as string[];
  return {
    rule: RULE,
    count: items.length,
    items,
    params,
    introductions: findingIntroductions(items),
    smes,
    bySizeClass: [...bySize]
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([group, c]) => ({ ...row(group, c), survey: SURVEY_ACADEMIC_SHARE[group] ?? [] })),
    byPrefecture: [...byPrefecture]
      .sort(([a, x], [b, y]) => y.companies - x.companies || byId(a, b))
      .map(([group, c]) => row(group, c)),
  };
}

function count(map: Map<string, { companies: number; tied: number }>, key: string, tied: boolean) {
  const c = map.get(key) ?? { companies: 0, tied: 0 };
  c.companies++;
  if (tied) c.tied++;
  map.set(key, c);
}

function row(group: string, c: { companies: number; tied: number }): ShareRow {
  return {
    group,
    companies: c.companies,
    withAcademicTie: c.tied,
    share: c.companies ? c.tied / c.companies : null,
  };
}
