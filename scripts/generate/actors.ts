/**
 * The actors: companies in communities of their project, then per bureau the universities
 * (the flagship national university of each prefecture first), research institutes, support
 * organisations, TLOs and financial institutions, then government bodies and hub
 * organisations. Every actor lies in a prefecture of its bureau.
 */
import type { ActorKind, Bureau } from '../../src/model/domain';
import type { Dice } from '../demo/random';
import {
  makeCompany,
  planCommunities,
  prefectureWeights,
  type PlannedCommunity,
} from './communities';
import {
  BUREAU_CODE,
  FLAGSHIP_UNIVERSITY,
  NATIONAL_RESEARCH_HUBS,
  type Prefecture,
} from './geography';
import type { Community, GenActor } from './model';
import type { NameBook } from './names';
import { apportion, type Plan } from './plan';
import { Pool } from './pool';
import { UNIVERSITY_SUBTYPES } from './proportions';
import { addGovernment, addHubs } from './public-bodies';

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
