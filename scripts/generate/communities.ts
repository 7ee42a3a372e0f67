/**
 * Where the firms are: each project's firms split into communities of heavy-tailed sizes,
 * each in one prefecture of the project (Kanto's regional networks first), and the firms
 * themselves (size class, spin-off, field, activity).
 */
import type { Bureau, SizeClass } from '../../src/model/domain';
import type { Dice } from '../demo/random';
import { BUREAU_PREFECTURES, type Prefecture } from './geography';
import type { Community, GenActor } from './model';
import type { NameBook } from './names';
import { apportion, type Plan, type ProjectPlan } from './plan';
import { Pool } from './pool';
import { INACTIVE_COMPANY_SHARE, SIZE_ACTIVITY, SIZE_SHARES } from './proportions';

/** Firms per community on average (assumption: a cluster network's working groups). */
const COMMUNITY_SIZE = 70;

export interface PlannedCommunity {
  community: Community;
  size: number;
}

/** Splits a project's firms into communities of heavy-tailed sizes, each in one prefecture. */
export function planCommunities(
  project: ProjectPlan,
  projectIndex: number,
  firstIndex: number,
  dice: Dice,
): PlannedCommunity[] {
  const { spec } = project;
  const all = BUREAU_PREFECTURES[spec.bureau];
  const inProject = (list: readonly string[]) =>
    list.length ? all.filter((p) => list.includes(p.ja)) : all;
  const groups = spec.networks.length
    ? spec.networks.map((n, i) => ({
        network: n.code as string | null,
        prefectures: inProject(n.prefectures),
        companies: apportion(
          project.companies,
          spec.networks.map((x) => x.share),
        )[i]!,
      }))
    : [{ network: null, prefectures: inProject(spec.prefectures), companies: project.companies }];

  const planned: PlannedCommunity[] = [];
  for (const group of groups) {
    const k = Math.max(1, Math.round(group.companies / COMMUNITY_SIZE));
    const sizes = apportion(
      group.companies,
      Array.from({ length: k }, () => Math.pow(1 - dice.float(), -1 / 1.6)),
    ).sort((a, b) => b - a);
    const byWeight = [...group.prefectures].sort((a, b) => b.weight - a.weight);
    const prefecturePool = new Pool(
      byWeight.map((_, i) => i),
      (i) => byWeight[i]!.weight,
    );
    sizes.forEach((size, i) => {
      if (size === 0) return;
      // The largest communities go to the heaviest prefectures, one each, then by weight.
      const prefecture =
        i < byWeight.length ? byWeight[i]! : byWeight[prefecturePool.pick(dice) ?? 0]!;
      const primary = dice.pick(spec.fields);
      const fields =
        spec.fields.length > 1 && dice.chance(0.3)
          ? [primary, dice.pick(spec.fields.filter((f) => f !== primary))]
          : [primary];
      planned.push({
        community: {
          index: firstIndex + planned.length,
          project: projectIndex,
          network: group.network,
          prefecture: prefecture.ja,
          fields,
          members: [],
        },
        size,
      });
    });
  }
  return planned;
}

export function makeCompany(
  project: ProjectPlan,
  community: Community,
  dice: Dice,
  names: NameBook,
  pareto: (alpha: number) => number,
): Omit<GenActor, 'index' | 'id' | 'community' | 'network' | 'project'> {
  const spinOff = dice.chance(project.spec.spinOffShare);
  const sizeClass: SizeClass = spinOff
    ? dice.chance(0.7)
      ? 'micro'
      : 'small'
    : pickShare(SIZE_SHARES, dice);
  const field = dice.pick(community.fields);
  const [name, nameEn] = names.company(project.spec.bureau, field);
  const other = project.spec.fields.filter((f) => f !== field);
  const inactive = !spinOff && dice.chance(INACTIVE_COMPANY_SHARE);
  return {
    kind: 'company',
    subtype: null,
    name,
    nameEn,
    prefecture: community.prefecture,
    bureau: project.spec.bureau,
    sizeClass,
    spinOff,
    fields: other.length && dice.chance(0.25) ? [field, dice.pick(other)] : [field],
    realName: false,
    activity: inactive ? 0 : (pareto(1.6) - 0.92) * SIZE_ACTIVITY[sizeClass] * (spinOff ? 0.8 : 1),
  };
}

function pickShare<T>(shares: readonly (readonly [T, number])[], dice: Dice): T {
  let r = dice.float();
  for (const [value, share] of shares) {
    r -= share;
    if (r < 0) return value;
  }
  return shares[shares.length - 1]![0];
}

/**
 * The bureau's prefectures that hold member firms, heaviest first, weighted by their firms
 * (a prefecture without firms in this scale gets no organisations).
 */
export function prefectureWeights(
  bureau: Bureau,
  communities: readonly PlannedCommunity[],
  plan: Plan,
): Prefecture[] {
  const firms = new Map<string, number>();
  for (const { community } of communities) {
    if (plan.projects[community.project]!.spec.bureau !== bureau) continue;
    firms.set(
      community.prefecture,
      (firms.get(community.prefecture) ?? 0) + community.members.length,
    );
  }
  return BUREAU_PREFECTURES[bureau]
    .filter((p) => firms.has(p.ja))
    .map((p) => ({ ...p, weight: firms.get(p.ja)! }))
    .sort((a, b) => b.weight - a.weight);
}
