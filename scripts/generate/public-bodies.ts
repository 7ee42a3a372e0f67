/**
 * Public bodies and hubs: METI, each bureau in the plan, each prefecture that holds member
 * firms (real names), and one hub organisation per project and per regional network.
 */
import type { Bureau } from '../../src/model/domain';
import { BUREAU_CODE, BUREAU_OFFICE } from './geography';
import type { GenActor } from './model';
import type { NameBook } from './names';
import type { Plan } from './plan';
import { prefectureWeights, type PlannedCommunity } from './communities';

export type Add = (a: Omit<GenActor, 'index'>) => GenActor;

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
export function addGovernment(
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
export function addHubs(plan: Plan, communities: readonly PlannedCommunity[], add: Add): void {
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
