/**
 * Generates the demo dataset (data/demo/*.csv): npm run demo:generate [-- --seed N --out DIR]
 *
 * A Gunma / 首都圏北部 industrial cluster and the Nagano knowledge cluster, 2001–2010. Public
 * institutions and programmes carry real names; every company, bank, VC, TLO and every tie is
 * synthetic (synthetic=true). The structure reproduces what the seed documents report:
 * - most SMEs have no tie to a university (collaboration rates by firm size from seed 001);
 * - a few coordinators and hub organisations hold the communities together;
 * - one TLO only licenses (seed 002);
 * - financial institutions sit at the edge (seeds 000, 004);
 * - the industrial and the knowledge cluster meet through a handful of ties.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { TieKind } from '../../src/model/domain';
import { tableCsv } from '../table-csv';
import {
  FINANCE,
  GOVERNMENT,
  HUBS,
  INSTITUTES,
  PROJECTS,
  SUPPORT,
  TLOS,
  UNIVERSITIES,
  type CatalogueActor,
} from './catalogue';
import { Dice, seededRandom } from './random';

interface Community {
  id: string;
  prefecture: '群馬県' | '長野県';
  cluster: 'industrial' | 'knowledge';
  companies: number;
  large: number;
  fields: string[];
  /** Share of SMEs with a university tie (seed 001: 13–18% by size; higher in the knowledge cluster). */
  universityRate: number;
}

const COMMUNITIES: Community[] = [
  {
    id: 'ota-auto',
    prefecture: '群馬県',
    cluster: 'industrial',
    companies: 70,
    large: 3,
    fields: ['automotive', 'mechatronics'],
    universityRate: 0.12,
  },
  {
    id: 'kiryu-mecha',
    prefecture: '群馬県',
    cluster: 'industrial',
    companies: 45,
    large: 1,
    fields: ['mechatronics', 'textiles', 'materials'],
    universityRate: 0.13,
  },
  {
    id: 'maebashi-med',
    prefecture: '群馬県',
    cluster: 'industrial',
    companies: 35,
    large: 1,
    fields: ['medical', 'bio'],
    universityRate: 0.18,
  },
  {
    id: 'takasaki-it',
    prefecture: '群馬県',
    cluster: 'industrial',
    companies: 40,
    large: 3,
    fields: ['it', 'electronics'],
    universityRate: 0.12,
  },
  {
    id: 'nagano-device',
    prefecture: '長野県',
    cluster: 'knowledge',
    companies: 45,
    large: 2,
    fields: ['smart_devices', 'nanocarbon', 'electronics'],
    universityRate: 0.32,
  },
  {
    id: 'suwa-precision',
    prefecture: '長野県',
    cluster: 'knowledge',
    companies: 40,
    large: 1,
    fields: ['precision', 'smart_devices'],
    universityRate: 0.2,
  },
];

const PREFIXES: Record<string, [string, string][]> = {
  群馬県: [
    ['上州', 'Joshu'],
    ['赤城', 'Akagi'],
    ['榛名', 'Haruna'],
    ['妙義', 'Myogi'],
    ['碓氷', 'Usui'],
    ['利根', 'Tone'],
    ['吾妻', 'Agatsuma'],
    ['渡良瀬', 'Watarase'],
    ['鏑川', 'Kaburagawa'],
    ['烏川', 'Karasugawa'],
    ['武尊', 'Hotaka'],
    ['谷川', 'Tanigawa'],
  ],
  長野県: [
    ['千曲', 'Chikuma'],
    ['犀川', 'Saigawa'],
    ['浅間', 'Asama'],
    ['蓼科', 'Tateshina'],
    ['霧ヶ峰', 'Kirigamine'],
    ['安曇', 'Azumi'],
    ['木曽', 'Kiso'],
    ['天竜', 'Tenryu'],
    ['美ヶ原', 'Utsukushigahara'],
    ['戸隠', 'Togakushi'],
    ['白樺', 'Shirakaba'],
  ],
};
const BODIES: Record<string, [string, string][]> = {
  automotive: [
    ['精工', 'Seiko'],
    ['工業', 'Industries'],
    ['プレス', 'Press'],
    ['オートパーツ', 'Auto Parts'],
    ['鋳造', 'Casting'],
  ],
  mechatronics: [
    ['機械', 'Machinery'],
    ['ロボテック', 'Robotech'],
    ['メカトロ', 'Mechatro'],
    ['製作所', 'Works'],
  ],
  textiles: [
    ['織物', 'Textiles'],
    ['テキスタイル', 'Textile Tech'],
    ['繊維化工', 'Fibre Chemicals'],
  ],
  materials: [
    ['化成', 'Chemical'],
    ['マテリアル', 'Materials'],
    ['樹脂', 'Resin'],
  ],
  medical: [
    ['メディカル', 'Medical'],
    ['医療器', 'Medical Devices'],
    ['ヘルスケア', 'Healthcare'],
  ],
  bio: [
    ['バイオ', 'Bio'],
    ['ファーマ', 'Pharma'],
  ],
  it: [
    ['システムズ', 'Systems'],
    ['ソフト', 'Soft'],
    ['データ', 'Data'],
  ],
  electronics: [
    ['電子', 'Electronics'],
    ['電機', 'Electric'],
    ['デバイス', 'Devices'],
  ],
  smart_devices: [
    ['デバイス', 'Devices'],
    ['センサ', 'Sensors'],
    ['マイクロ', 'Micro'],
  ],
  nanocarbon: [
    ['ナノテック', 'Nanotech'],
    ['カーボン', 'Carbon'],
  ],
  precision: [
    ['精密', 'Precision'],
    ['光学', 'Optics'],
    ['時計部品', 'Watch Parts'],
  ],
};

interface Actor extends CatalogueActor {
  sizeClass?: 'micro' | 'small' | 'medium' | 'large';
  spinOff?: boolean;
}

interface Tie {
  source: string;
  target: string;
  kind: TieKind;
  strength: number;
  startYear: number;
  endYear: number;
}

export interface DemoDataset {
  actors: Actor[];
  ties: Tie[];
  participations: { actorId: string; projectId: string; role: string }[];
}

export function generateDemo(seed: number): DemoDataset {
  const dice = new Dice(seededRandom(seed));
  const actors: Actor[] = [
    ...GOVERNMENT,
    ...HUBS,
    ...SUPPORT,
    ...UNIVERSITIES,
    ...TLOS,
    ...INSTITUTES,
    ...FINANCE,
  ];
  const byId = new Map(actors.map((a) => [a.id, a]));
  const companiesOf = new Map<string, Actor[]>();
  const usedNames = new Set<string>();

  // Companies, community by community.
  for (const c of COMMUNITIES) {
    const list: Actor[] = [];
    for (let i = 0; i < c.companies; i++) {
      const large = i < c.large;
      const spinOff =
        !large && i < c.large + (c.id === 'maebashi-med' || c.id === 'nagano-device' ? 4 : 0);
      const field = dice.pick(c.fields);
      let name = '';
      let nameEn = '';
      for (let attempt = 0; attempt < 50 && (name === '' || usedNames.has(name)); attempt++) {
        const [pj, pe] = dice.pick(PREFIXES[c.prefecture]!);
        const [bj, be] = dice.pick(BODIES[field]!);
        const legal = spinOff || dice.chance(0.5);
        name = legal ? `株式会社${pj}${bj}` : `${pj}${bj}株式会社`;
        nameEn = `${pe} ${be} Co., Ltd.`;
        if (usedNames.has(name))
          name = `${name.replace('株式会社', '')}${dice.pick(['第二', '東', '西', '北'])}株式会社`;
      }
      usedNames.add(name);
      const r = dice.float();
      const sizeClass = large
        ? 'large'
        : spinOff
          ? 'micro'
          : r < 0.3
            ? 'micro'
            : r < 0.75
              ? 'small'
              : 'medium';
      const actor: Actor = {
        id: `CO-${c.id.toUpperCase()}-${String(i + 1).padStart(3, '0')}`,
        kind: 'company',
        name,
        nameEn,
        prefecture: c.prefecture,
        fields: dice.sample(c.fields, dice.int(1, 2)).includes(field)
          ? [field]
          : [field, dice.pick(c.fields)],
        synthetic: true,
        home: c.id,
        sizeClass,
        spinOff,
      };
      list.push(actor);
      actors.push(actor);
      byId.set(actor.id, actor);
    }
    companiesOf.set(c.id, list);
  }

  const ties: Tie[] = [];
  const seen = new Set<string>();
  const degree = new Map<string, number>();
  const addTie = (
    source: string,
    target: string,
    kind: TieKind,
    strength: number,
    from = 2001,
    to = 2010,
  ) => {
    if (source === target) return false;
    const key = `${kind}:${[source, target].sort().join('|')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const startYear = dice.int(from, to);
    const endYear = Math.min(2010, startYear + dice.int(0, 4));
    ties.push({ source, target, kind, strength, startYear, endYear });
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
    return true;
  };
  const smes = (c: string) => companiesOf.get(c)!.filter((a) => a.sizeClass !== 'large');
  const larges = (c: string) => companiesOf.get(c)!.filter((a) => a.sizeClass === 'large');
  const isolated = new Set<string>();
  for (const c of COMMUNITIES)
    for (const a of smes(c.id)) if (!a.spinOff && dice.chance(0.08)) isolated.add(a.id);
  const active = (c: string) => smes(c).filter((a) => !isolated.has(a.id));

  // Supply chains: tiered, preferential towards large firms, strong inside a community.
  for (const c of COMMUNITIES) {
    const all = companiesOf.get(c.id)!.filter((a) => !isolated.has(a.id));
    for (const sme of active(c.id)) {
      const n = dice.int(1, 4);
      for (let k = 0; k < n; k++) {
        const customer = dice.weighted(all, (a) =>
          a.sizeClass === 'large' ? 12 : 1 + (degree.get(a.id) ?? 0),
        );
        addTie(sme.id, customer.id, 'supply', dice.int(1, 5));
      }
    }
  }
  // A thin web of supply across communities of the same prefecture (weak ties).
  for (let k = 0; k < 14; k++) {
    const [a, b] = dice.sample(
      COMMUNITIES.filter((c) => c.prefecture === '群馬県'),
      2,
    );
    addTie(dice.pick(active(a!.id)).id, dice.pick(companiesOf.get(b!.id)!).id, 'supply', 1);
  }
  for (let k = 0; k < 5; k++)
    addTie(
      dice.pick(active('suwa-precision')).id,
      dice.pick(active('nagano-device')).id,
      'supply',
      1,
    );

  // Coordination: hubs and the support agency introduce firms (the one-stop service of 001/002).
  const gunmaCommunities = COMMUNITIES.filter((c) => c.prefecture === '群馬県').map((c) => c.id);
  const naganoCommunities = COMMUNITIES.filter((c) => c.prefecture === '長野県').map((c) => c.id);
  const coordinate = (hub: string, pool: Actor[], n: number, from: number) => {
    for (const firm of dice.sample(pool, n))
      addTie(hub, firm.id, 'coordination', dice.int(1, 2), from, 2010);
  };
  const gunmaFirms = gunmaCommunities.flatMap(active);
  const naganoFirms = naganoCommunities.flatMap(active);
  coordinate('HUB-GUNMA-INNOV', gunmaFirms, 38, 2007);
  coordinate('SUP-GUNMA-IPSO', gunmaFirms, 34, 2001);
  coordinate(
    'HUB-NKANTO-NET',
    companiesOf.get('ota-auto')!.concat(companiesOf.get('kiryu-mecha')!),
    16,
    2001,
  );
  coordinate('HUB-NAGANO-TECHNO', naganoFirms, 28, 2002);
  coordinate('SUP-NAGANO-SME', naganoFirms, 12, 2001);
  for (const s of SUPPORT.filter(
    (s) => s.subtype === 'chamber_of_commerce' || s.subtype === 'incubator',
  )) {
    coordinate(s.id, active(s.home), dice.int(4, 8), 2001);
  }
  // The hubs, government and support core that holds the region together.
  const core: [string, string][] = [
    ['GOV-GUNMA', 'HUB-GUNMA-INNOV'],
    ['SUP-GUNMA-IPSO', 'HUB-GUNMA-INNOV'],
    ['GOV-KANTO-METI', 'HUB-NKANTO-NET'],
    ['GOV-KANTO-METI', 'HUB-GUNMA-INNOV'],
    ['GOV-METI', 'GOV-KANTO-METI'],
    ['SUP-SMRJ', 'SUP-GUNMA-IPSO'],
    ['SUP-NEDO', 'HUB-GUNMA-INNOV'],
    ['SUP-JETRO', 'SUP-GUNMA-IPSO'],
    ['HUB-NKANTO-NET', 'SUP-GUNMA-IPSO'],
    ['GOV-NAGANO', 'HUB-NAGANO-TECHNO'],
    ['GOV-MEXT', 'HUB-NAGANO-TECHNO'],
    ['SUP-JST', 'HUB-NAGANO-TECHNO'],
    ['SUP-NAGANO-SME', 'HUB-NAGANO-TECHNO'],
    ['SUP-CCI-MAEBASHI', 'SUP-GUNMA-IPSO'],
    ['SUP-CCI-TAKASAKI', 'SUP-GUNMA-IPSO'],
    ['SUP-CCI-KIRYU', 'HUB-NKANTO-NET'],
    ['SUP-CCI-OTA', 'HUB-NKANTO-NET'],
    ['SUP-CCI-NAGANO', 'SUP-NAGANO-SME'],
    ['SUP-CCI-UEDA', 'SUP-NAGANO-SME'],
    ['SUP-BI-GUNMA', 'SUP-GUNMA-IPSO'],
    ['SUP-BI-SUWA', 'HUB-NAGANO-TECHNO'],
    ['HUB-NAGANO-TECHNO', 'UNI-SHINSHU'],
    ['HUB-NAGANO-TECHNO', 'PRI-NAGANO-ITC'],
    ['HUB-GUNMA-INNOV', 'UNI-GUNMA'],
    ['SUP-GUNMA-IPSO', 'PRI-GUNMA-ITC'],
    ['TLO-SHINANO', 'HUB-NAGANO-TECHNO'],
    ['TLO-KANTO-NET', 'SUP-GUNMA-IPSO'],
  ];
  for (const [a, b] of core) addTie(a, b, 'coordination', 2, 2001, 2008);

  // Knowledge ties: university and institute partners at the seed-001 rates by firm size.
  const gunmaUnis = UNIVERSITIES.filter((u) => u.prefecture !== '長野県').map((u) => u.id);
  const naganoUnis = UNIVERSITIES.filter((u) => u.prefecture === '長野県').map((u) => u.id);
  const sizeFactor = { micro: 0.8, small: 1, medium: 1.3, large: 3 } as const;
  for (const c of COMMUNITIES) {
    for (const firm of companiesOf.get(c.id)!) {
      if (isolated.has(firm.id) || firm.spinOff) continue;
      if (!dice.chance(c.universityRate * sizeFactor[firm.sizeClass!])) continue;
      const homeUnis = UNIVERSITIES.filter((u) => u.home === c.id).map((u) => u.id);
      const pool =
        c.prefecture === '長野県' ? naganoUnis : [...gunmaUnis, ...homeUnis, ...homeUnis];
      const n = firm.sizeClass === 'large' ? dice.int(2, 4) : 1;
      for (let k = 0; k < n; k++) {
        const uni = c.prefecture === '長野県' && dice.chance(0.6) ? 'UNI-SHINSHU' : dice.pick(pool);
        addTie(
          uni,
          firm.id,
          dice.chance(0.75) ? 'joint_research' : 'contract_research',
          dice.int(1, 3),
          2001,
          2010,
        );
      }
    }
  }
  // Public institutes (公設試) test and develop for SMEs: contract research and equipment sharing.
  const institutes: [string, string[]][] = [
    ['PRI-GUNMA-ITC', gunmaCommunities],
    ['PRI-GUNMA-TEXTILE', ['kiryu-mecha']],
    ['PRI-NAGANO-ITC', naganoCommunities],
    ['PRI-JAEA-TAKASAKI', ['takasaki-it', 'maebashi-med']],
  ];
  for (const [pri, comms] of institutes) {
    const pool = comms.flatMap(active);
    for (const firm of dice.sample(pool, Math.round(pool.length * 0.18))) {
      addTie(
        firm.id,
        pri,
        dice.chance(0.5) ? 'contract_research' : 'resource_sharing',
        dice.int(1, 2),
      );
    }
  }
  for (const firm of dice.sample(naganoFirms, 6)) addTie('PRI-AIST', firm.id, 'joint_research', 1);
  for (const firm of dice.sample(larges('ota-auto').concat(larges('takasaki-it')), 3))
    addTie('PRI-AIST', firm.id, 'joint_research', 1);
  // Academic ties among universities and institutes.
  const academic: [string, string][] = [
    ['UNI-GUNMA', 'UNI-MAEBASHI-IT'],
    ['UNI-GUNMA', 'UNI-GUNMA-CT'],
    ['UNI-GUNMA', 'PRI-GUNMA-ITC'],
    ['UNI-GUNMA', 'PRI-JAEA-TAKASAKI'],
    ['UNI-GUNMA', 'UNI-TAKASAKI-HW'],
    ['UNI-TITECH', 'UNI-GUNMA'],
    ['UNI-SHINSHU', 'UNI-NAGANO-CT'],
    ['UNI-SHINSHU', 'UNI-SUWA-TUS'],
    ['UNI-SHINSHU', 'PRI-NAGANO-ITC'],
    ['UNI-SHINSHU', 'PRI-AIST'],
    ['UNI-SUWA-TUS', 'PRI-NAGANO-ITC'],
    ['UNI-WASEDA', 'UNI-UEC'],
    ['UNI-ASHIKAGA-IT', 'UNI-GUNMA-CT'],
    ['UNI-TOYO', 'UNI-GUNMA'],
  ];
  for (const [a, b] of academic) addTie(a, b, 'joint_research', dice.int(1, 3));

  // Spin-offs and their finance.
  for (const c of ['maebashi-med', 'nagano-device']) {
    const parent = c === 'maebashi-med' ? 'UNI-GUNMA' : 'UNI-SHINSHU';
    const vc = c === 'maebashi-med' ? 'FIN-GUNMA-VC' : 'FIN-SHINSHU-VC';
    for (const firm of companiesOf.get(c)!.filter((a) => a.spinOff)) {
      addTie(parent, firm.id, 'spin_off', 3, 2001, 2008);
      addTie(parent, firm.id, 'joint_research', 2);
      if (dice.chance(0.7)) addTie(vc, firm.id, 'finance', dice.int(1, 3), 2003, 2010);
    }
  }
  // Licensing: TLO-JOMO does nothing but license (to firms, not even to its university).
  for (const firm of dice.sample(
    gunmaFirms.filter((f) => f.home === 'maebashi-med' || f.home === 'kiryu-mecha'),
    11,
  )) {
    addTie('TLO-JOMO', firm.id, 'licensing', 1, 2002, 2010);
  }
  for (const firm of dice.sample(naganoFirms, 9))
    addTie('TLO-SHINANO', firm.id, 'licensing', 1, 2003, 2010);
  addTie('UNI-SHINSHU', 'TLO-SHINANO', 'licensing', 3, 2001, 2004);
  addTie('TLO-SHINANO', dice.pick(naganoFirms).id, 'joint_research', 1);
  for (const firm of dice.sample(companiesOf.get('kiryu-mecha')!, 4))
    addTie('TLO-KANTO-NET', firm.id, 'licensing', 1);
  addTie('UNI-ASHIKAGA-IT', 'TLO-KANTO-NET', 'licensing', 2);

  // Finance at the edge: each bank lends to a few firms of its area, rarely to anyone else.
  for (const bank of FINANCE.filter((f) => f.subtype !== 'venture_capital')) {
    const area =
      bank.prefecture === '長野県'
        ? naganoCommunities
        : bank.home === 'gunma-hub' || bank.prefecture === '東京都'
          ? gunmaCommunities
          : [bank.home];
    const pool = area.flatMap((c) => companiesOf.get(c)!).filter((a) => !isolated.has(a.id));
    const n =
      bank.subtype === 'government'
        ? dice.int(6, 9)
        : bank.subtype === 'regional_bank'
          ? dice.int(6, 10)
          : dice.int(3, 6);
    for (const firm of dice.sample(pool, n)) addTie(bank.id, firm.id, 'finance', dice.int(1, 4));
  }
  // The one tie policy wants more of: a bank in the hub's finance conference (seed 003).
  addTie('FIN-JOMO-MIRAI', 'HUB-GUNMA-INNOV', 'coordination', 1, 2008, 2010);

  // Equipment and expert sharing among firms of a community.
  for (const c of COMMUNITIES) {
    for (let k = 0; k < 8; k++) {
      const [a, b] = dice.sample(active(c.id), 2);
      addTie(a!.id, b!.id, 'resource_sharing', 1);
    }
  }

  // The thin link between the industrial and the knowledge cluster.
  addTie('HUB-GUNMA-INNOV', 'HUB-NAGANO-TECHNO', 'coordination', 1, 2008, 2010);
  addTie('UNI-SHINSHU', dice.pick(larges('ota-auto')).id, 'joint_research', 1, 2007, 2010);
  addTie('UNI-SHINSHU', dice.pick(active('kiryu-mecha')).id, 'contract_research', 1, 2008, 2010);
  addTie(dice.pick(active('suwa-precision')).id, dice.pick(active('ota-auto')).id, 'supply', 1);

  // Participations.
  const participations: DemoDataset['participations'] = [];
  const join = (actorId: string, projectId: string, role: string) =>
    participations.push({ actorId, projectId, role });
  for (const firm of gunmaCommunities.flatMap((c) => companiesOf.get(c)!)) {
    if (dice.chance(0.45)) join(firm.id, 'PRJ-IC-KANTO-N-1', 'member');
    if (dice.chance(0.7) || isolated.has(firm.id)) join(firm.id, 'PRJ-IC-KANTO-N-2', 'member');
  }
  for (const firm of naganoCommunities.flatMap((c) => companiesOf.get(c)!)) {
    if (dice.chance(0.35)) join(firm.id, 'PRJ-KC-NAGANO-1', 'member');
    if (dice.chance(0.55) || isolated.has(firm.id)) join(firm.id, 'PRJ-KC-NAGANO-2', 'member');
  }
  const fixed: [string, string, string][] = [
    ['HUB-NKANTO-NET', 'PRJ-IC-KANTO-N-1', 'coordinator'],
    ['GOV-KANTO-METI', 'PRJ-IC-KANTO-N-1', 'lead'],
    ['SUP-GUNMA-IPSO', 'PRJ-IC-KANTO-N-1', 'coordinator'],
    ['UNI-GUNMA', 'PRJ-IC-KANTO-N-1', 'member'],
    ['GOV-METI', 'PRJ-IC-KANTO-N-1', 'funder'],
    ['GOV-METI', 'PRJ-IC-KANTO-N-2', 'funder'],
    ['GOV-KANTO-METI', 'PRJ-IC-KANTO-N-2', 'lead'],
    ['GOV-GUNMA', 'PRJ-IC-KANTO-N-2', 'coordinator'],
    ['HUB-GUNMA-INNOV', 'PRJ-IC-KANTO-N-2', 'core'],
    ['SUP-GUNMA-IPSO', 'PRJ-IC-KANTO-N-2', 'coordinator'],
    ['HUB-NKANTO-NET', 'PRJ-IC-KANTO-N-2', 'coordinator'],
    ['FIN-JOMO-MIRAI', 'PRJ-IC-KANTO-N-2', 'supporter'],
    ['FIN-JFC', 'PRJ-IC-KANTO-N-2', 'supporter'],
    ['PRI-GUNMA-ITC', 'PRJ-IC-KANTO-N-2', 'member'],
    ['GOV-MEXT', 'PRJ-KC-NAGANO-1', 'funder'],
    ['GOV-MEXT', 'PRJ-KC-NAGANO-2', 'funder'],
    ['GOV-NAGANO', 'PRJ-KC-NAGANO-1', 'lead'],
    ['GOV-NAGANO', 'PRJ-KC-NAGANO-2', 'lead'],
    ['HUB-NAGANO-TECHNO', 'PRJ-KC-NAGANO-1', 'core'],
    ['HUB-NAGANO-TECHNO', 'PRJ-KC-NAGANO-2', 'core'],
    ['UNI-SHINSHU', 'PRJ-KC-NAGANO-1', 'member'],
    ['UNI-SHINSHU', 'PRJ-KC-NAGANO-2', 'member'],
    ['UNI-NAGANO-CT', 'PRJ-KC-NAGANO-2', 'member'],
    ['UNI-SUWA-TUS', 'PRJ-KC-NAGANO-2', 'member'],
    ['PRI-NAGANO-ITC', 'PRJ-KC-NAGANO-1', 'member'],
    ['PRI-NAGANO-ITC', 'PRJ-KC-NAGANO-2', 'member'],
    ['TLO-SHINANO', 'PRJ-KC-NAGANO-2', 'supporter'],
    ['SUP-JST', 'PRJ-KC-NAGANO-2', 'supporter'],
    ['UNI-GUNMA', 'PRJ-RD-RESIN', 'lead'],
    ['PRI-GUNMA-ITC', 'PRJ-RD-RESIN', 'member'],
    ['SUP-GUNMA-IPSO', 'PRJ-RD-RESIN', 'coordinator'],
    ['UNI-GUNMA', 'PRJ-RD-MEDDEV', 'lead'],
    ['UNI-TAKASAKI-HW', 'PRJ-RD-MEDDEV', 'member'],
    ['HUB-GUNMA-INNOV', 'PRJ-RD-MEDDEV', 'coordinator'],
    ['UNI-SHINSHU', 'PRJ-RD-CNT', 'lead'],
    ['PRI-AIST', 'PRJ-RD-CNT', 'member'],
    ['HUB-NAGANO-TECHNO', 'PRJ-RD-CNT', 'coordinator'],
    ['SUP-SMRJ', 'PRJ-SHINRENKEI-ROBOT', 'supporter'],
    ['UNI-MAEBASHI-IT', 'PRJ-SHINRENKEI-ROBOT', 'member'],
  ];
  for (const [a, p, r] of fixed) join(a, p, r);
  const consortium = (project: string, pool: Actor[], n: number) => {
    for (const firm of dice.sample(pool, n)) join(firm.id, project, 'member');
  };
  consortium(
    'PRJ-RD-RESIN',
    companiesOf
      .get('ota-auto')!
      .concat(companiesOf.get('kiryu-mecha')!)
      .filter((a) => !isolated.has(a.id)),
    5,
  );
  consortium('PRJ-RD-MEDDEV', active('maebashi-med'), 5);
  consortium('PRJ-RD-CNT', active('nagano-device'), 6);
  consortium('PRJ-SHINRENKEI-ROBOT', active('kiryu-mecha').concat(active('maebashi-med')), 3);

  return { actors, ties, participations };
}

export function writeDemo(data: DemoDataset, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const note = 'synthetic demo data';
  const actorRows = data.actors.map((a) => ({
    id: a.id,
    kind: a.kind,
    name: a.name,
    name_en: a.nameEn,
    prefecture: a.prefecture,
    bureau: 'kanto',
    subtype: a.subtype,
    size_class: a.sizeClass,
    spin_off: a.kind === 'company' ? a.spinOff : undefined,
    fields: a.fields,
    synthetic: a.synthetic,
    note: a.synthetic ? note : 'real public institution; its ties in this demo are synthetic',
  }));
  const projectRows = PROJECTS.map((p) => ({
    id: p.id,
    name: p.name,
    name_en: p.nameEn,
    programme: p.programme,
    region: p.region,
    bureau: 'kanto',
    start_year: p.startYear,
    end_year: p.endYear,
    fields: p.fields,
    synthetic: p.synthetic,
    note: p.synthetic
      ? 'invented theme under a real programme'
      : 'real programme; member lists in this demo are synthetic',
  }));
  const participationRows = data.participations.map((p) => ({
    actor_id: p.actorId,
    project_id: p.projectId,
    role: p.role,
    synthetic: true,
  }));
  const tieRows = data.ties.map((t, i) => ({
    id: `T-${String(i + 1).padStart(5, '0')}`,
    source: t.source,
    target: t.target,
    kind: t.kind,
    start_year: t.startYear,
    end_year: t.endYear,
    strength: t.strength,
    synthetic: true,
    note,
  }));
  writeFileSync(join(outDir, 'actors.csv'), tableCsv('actors', actorRows));
  writeFileSync(join(outDir, 'projects.csv'), tableCsv('projects', projectRows));
  writeFileSync(join(outDir, 'participations.csv'), tableCsv('participations', participationRows));
  writeFileSync(join(outDir, 'ties.csv'), tableCsv('ties', tieRows));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '20080701' },
      out: { type: 'string', default: 'data/demo' },
    },
  });
  const data = generateDemo(Number(values.seed));
  writeDemo(data, values.out);
  const kinds = new Map<string, number>();
  for (const a of data.actors) kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
  process.stdout.write(
    `demo written to ${values.out}: ${data.actors.length} actors (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}), ${data.ties.length} ties, ${data.participations.length} participations\n`,
  );
}
