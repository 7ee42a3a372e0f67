/**
 * The actors: companies in communities of their project, then per bureau the universities
 * (the flagship national university of each prefecture first), research institutes, support
 * organisations, TLOs and financial institutions, then government bodies and hub
 * organisations. Every actor lies in a prefecture of its bureau.
 */
import type { ActorKind, Bureau, SizeClass } from '../../src/model/domain';
import type { Dice } from '../demo/random';
import {
  BUREAU_CODE,
  BUREAU_OFFICE,
  BUREAU_PREFECTURES,
  FLAGSHIP_UNIVERSITY,
  NATIONAL_RESEARCH_HUBS,
  type Prefecture,
} from './geography';
import type { Community, GenActor } from './model';
import type { NameBook } from './names';
import { apportion, type Plan, type ProjectPlan } from './plan';
import { Pool } from './pool';
import {
  INACTIVE_COMPANY_SHARE,
  SIZE_ACTIVITY,
  SIZE_SHARES,
  UNIVERSITY_SUBTYPES,
} from './proportions';

/** Firms per community on average (assumption: a cluster network's working groups). */
const COMMUNITY_SIZE = 70;

const ID_PREFIX: Record<ActorKind, string> = {
  company: 'CO',
  university: 'UNI',
  tlo: 'TLO',
  financial_institution: 'FIN',
  public_research_institute: 'PRI',
  support_organisation: 'SUP',
  government: 'GOV',
  cluster_hub: 'HUB',
};

/** AIST's regional centres by bureau (real names). */
const AIST_CENTRE: Partial<Record<Bureau, readonly [string, string]>> = {
  hokkaido: ['北海道', 'Hokkaido'],
  tohoku: ['東北', 'Tohoku'],
  kanto: ['つくば', 'Tsukuba'],
  chubu: ['中部', 'Chubu'],
  kinki: ['関西', 'Kansai'],
  chugoku: ['中国', 'Chugoku'],
  shikoku: ['四国', 'Shikoku'],
  kyushu: ['九州', 'Kyushu'],
};

export interface ActorWorld {
  actors: GenActor[];
  communities: Community[];
}

export function buildActors(plan: Plan, dice: Dice, names: NameBook): ActorWorld {
  const actors: GenActor[] = [];
  const communities: PlannedCommunity[] = [];
  const sequence = new Map<string, number>();
  const nextId = (kind: ActorKind, bureau: Bureau, digits: number) => {
    const key = `${kind}/${bureau}`;
    const n = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, n);
    return `${ID_PREFIX[kind]}-${BUREAU_CODE[bureau]}-${String(n).padStart(digits, '0')}`;
  };
  const add = (a: Omit<GenActor, 'index'>): GenActor => {
    const actor = { ...a, index: actors.length };
    actors.push(actor);
    return actor;
  };
  const pareto = (alpha: number) => Math.pow(1 - dice.float(), -1 / alpha);

  // Companies, community by community.
  plan.projects.forEach((project, p) => {
    for (const c of planCommunities(project, p, communities.length, dice)) {
      communities.push(c);
      for (let i = 0; i < c.size; i++) {
        const company = makeCompany(project, c.community, dice, names, pareto);
        const actor = add({
          ...company,
          id: nextId('company', project.spec.bureau, 5),
          community: c.community.index,
          network: c.community.network,
          project: p,
        });
        c.community.members.push(actor.index);
      }
    }
  });

  for (const bureauPlan of plan.bureaus) {
    const { bureau } = bureauPlan;
    const prefectures = prefectureWeights(bureau, communities, plan);
    const byWeight = new Pool(
      prefectures.map((_, i) => i),
      (i) => prefectures[i]!.weight,
    );
    const placeIn = () => prefectures[byWeight.pick(dice) ?? 0]!;
    const organisation = (
      kind: ActorKind,
      subtype: string,
      prefecture: Prefecture,
      activity: number,
      name: readonly [string, string],
      realName = false,
    ) =>
      add({
        id: nextId(kind, bureau, 3),
        kind,
        subtype,
        name: name[0],
        nameEn: name[1],
        prefecture: prefecture.ja,
        bureau,
        sizeClass: null,
        spinOff: null,
        fields: [],
        realName,
        activity,
        community: -1,
        network: null,
        project: -1,
      });

    // Universities: the flagship of each prefecture in use, then invented ones.
    const flagships = prefectures.slice(0, bureauPlan.universities);
    for (const prefecture of flagships) {
      const real = FLAGSHIP_UNIVERSITY[prefecture.ja]!;
      const hub = NATIONAL_RESEARCH_HUBS.has(real.ja);
      organisation(
        'university',
        'national',
        prefecture,
        hub ? 14 : 6,
        names.fixed(real.ja, real.en),
        true,
      );
    }
    const subtypePool = new Pool(
      UNIVERSITY_SUBTYPES.map((_, i) => i),
      (i) => UNIVERSITY_SUBTYPES[i]![1],
    );
    const subtypeActivity: Record<string, number> = {
      national: 1.5,
      public: 1,
      private: 0.8,
      kosen: 0.7,
    };
    for (let i = flagships.length; i < bureauPlan.universities; i++) {
      const subtype = UNIVERSITY_SUBTYPES[subtypePool.pick(dice) ?? 0]![0];
      const prefecture = placeIn();
      organisation(
        'university',
        subtype,
        prefecture,
        pareto(2.5) * subtypeActivity[subtype]!,
        names.organisation(`university/${subtype}`, bureau, prefecture),
      );
    }

    // Research institutes, support organisations, TLOs, financial institutions.
    for (const { kind, subtype, count } of bureauPlan.others) {
      // 公設試 and chambers belong to prefectures: spread them over the prefectures first.
      const spread = subtype === 'kosetsushi' || subtype === 'chamber_of_commerce';
      const perPrefecture = spread
        ? apportion(
            count,
            prefectures.map((pr) => pr.weight),
          )
        : [];
      for (let i = 0; i < count; i++) {
        const prefecture = spread ? prefectures[indexOfNth(perPrefecture, i)]! : placeIn();
        const centre = AIST_CENTRE[bureau];
        const name =
          subtype === 'aist' && centre
            ? names.organisation(`${kind}/${subtype}`, bureau, prefecture, centre)
            : names.organisation(`${kind}/${subtype}`, bureau, prefecture);
        organisation(
          kind,
          subtype,
          prefecture,
          activityOf(subtype, pareto),
          name,
          subtype === 'aist',
        );
      }
    }
  }

  addGovernment(plan, communities, add, names);
  addHubs(plan, communities, add);
  return { actors, communities: communities.map((c) => c.community) };
}

interface PlannedCommunity {
  community: Community;
  size: number;
}

/** Splits a project's firms into communities of heavy-tailed sizes, each in one prefecture. */
function planCommunities(
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

function makeCompany(
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

/** The prefecture holding the i-th item when `counts[j]` items go to prefecture j. */
function indexOfNth(counts: readonly number[], i: number): number {
  let left = i;
  for (let j = 0; j < counts.length; j++) {
    if (left < counts[j]!) return j;
    left -= counts[j]!;
  }
  return counts.length - 1;
}

function activityOf(subtype: string, pareto: (alpha: number) => number): number {
  switch (subtype) {
    case 'kosetsushi':
      return 2 + pareto(2);
    case 'aist':
      return 4;
    case 'support_agency':
      return pareto(1.6);
    case 'regional_bank':
    case 'government':
      return 1.5 * pareto(2);
    default:
      return pareto(2);
  }
}

/**
 * The bureau's prefectures that hold member firms, heaviest first, weighted by their firms
 * (a prefecture without firms in this scale gets no organisations).
 */
function prefectureWeights(
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

type Add = (a: Omit<GenActor, 'index'>) => GenActor;

const publicBody = (
  id: string,
  subtype: string,
  name: readonly [string, string],
  prefecture: string,
  bureau: Bureau,
  activity: number,
): Omit<GenActor, 'index'> => ({
  id,
  kind: 'government',
  subtype,
  name: name[0],
  nameEn: name[1],
  prefecture,
  bureau,
  sizeClass: null,
  spinOff: null,
  fields: [],
  realName: true,
  activity,
  community: -1,
  network: null,
  project: -1,
});

/** METI, each bureau in the plan and each prefecture that holds member firms (real names). */
function addGovernment(
  plan: Plan,
  communities: readonly PlannedCommunity[],
  add: Add,
  names: NameBook,
): void {
  add(
    publicBody(
      'GOV-METI',
      'ministry',
      names.fixed('経済産業省', 'Ministry of Economy, Trade and Industry'),
      '東京都',
      'kanto',
      3,
    ),
  );
  for (const { bureau } of plan.bureaus) {
    const office = BUREAU_OFFICE[bureau];
    add(
      publicBody(
        `GOV-${BUREAU_CODE[bureau]}`,
        'regional_bureau',
        names.fixed(office.ja, office.en),
        office.prefecture,
        bureau,
        3,
      ),
    );
    for (const prefecture of prefectureWeights(bureau, communities, plan)) {
      const en = prefecture.ja === '北海道' ? 'Hokkaido Government' : `${prefecture.en} Prefecture`;
      add(
        publicBody(
          `GOV-${BUREAU_CODE[bureau]}-${prefecture.en.toUpperCase()}`,
          'prefecture',
          names.fixed(prefecture.ja, en),
          prefecture.ja,
          bureau,
          2,
        ),
      );
    }
  }
}

/** One hub organisation per project and per regional network, in its busiest prefecture. */
function addHubs(plan: Plan, communities: readonly PlannedCommunity[], add: Add): void {
  plan.projects.forEach((project, p) => {
    const { spec } = project;
    const mine = communities.filter((c) => c.community.project === p);
    const groups: { code: string | null; name: string; nameEn: string }[] = [
      { code: null, name: `${spec.name}推進協議会`, nameEn: `${spec.nameEn} promotion council` },
      ...spec.networks.map((n) => ({
        code: n.code,
        name: `${n.name}ネットワーク推進機関`,
        nameEn: `${n.nameEn} network organisation`,
      })),
    ];
    for (const group of groups) {
      const members = group.code ? mine.filter((c) => c.community.network === group.code) : mine;
      const busiest = [...members].sort((a, b) => b.size - a.size)[0];
      if (!busiest) continue;
      add({
        id: `HUB-${spec.id.replace(/^PRJ-IC-/, '')}${group.code ? `-${group.code}` : ''}`,
        kind: 'cluster_hub',
        subtype: 'industrial_hub',
        name: group.name,
        nameEn: group.nameEn,
        prefecture: busiest.community.prefecture,
        bureau: spec.bureau,
        sizeClass: null,
        spinOff: null,
        fields: [...spec.fields],
        realName: false,
        activity: 5,
        community: -1,
        network: group.code,
        project: p,
      });
    }
  });
}
