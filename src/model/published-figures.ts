/**
 * Published member counts the network's own can be set beside: the 17 projects of phase II
 * of the Industrial Cluster Plan with their companies and universities (METI, figures as of
 * July 2007; seed document 001 as quoted in the domain brief). The counts are approximate
 * ("about 880 companies") and count members, not actors with ties. The English names are
 * translations of the Japanese ones.
 */
import type { Bureau } from './domain';

export interface PublishedProject {
  bureau: Bureau;
  /** The project's Japanese name as published (without the English gloss). */
  name: string;
  nameEn: string;
  fields: readonly string[];
  companies: number;
  universities: number;
}

export const PUBLISHED_SOURCE =
  'METI, Industrial Cluster Plan phase II, figures as of July 2007 (seed 001; approximate)';

export const PHASE_II_PROJECTS: readonly PublishedProject[] = [
  {
    bureau: 'hokkaido',
    name: '北海道地域産業クラスター計画',
    nameEn: 'Hokkaido Industrial Cluster Plan (IT innovation, bio industry)',
    fields: ['it', 'bio'],
    companies: 880,
    universities: 19,
  },
  {
    bureau: 'tohoku',
    name: 'TOHOKUものづくりコリドー',
    nameEn: 'TOHOKU Monozukuri Corridor',
    fields: ['manufacturing'],
    companies: 710,
    universities: 29,
  },
  {
    bureau: 'kanto',
    name: '地域産業活性化プロジェクト',
    nameEn: 'Regional Industry Revitalisation Project',
    fields: ['manufacturing'],
    companies: 2140,
    universities: 83,
  },
  {
    bureau: 'kanto',
    name: 'バイオベンチャーの育成',
    nameEn: 'Fostering bio ventures',
    fields: ['bio'],
    companies: 420,
    universities: 2,
  },
  {
    bureau: 'kanto',
    name: '情報ベンチャーの育成',
    nameEn: 'Fostering IT ventures',
    fields: ['it'],
    companies: 930,
    universities: 7,
  },
  {
    bureau: 'chubu',
    name: '東海ものづくり創生プロジェクト',
    nameEn: 'Tokai Monozukuri Creation Project',
    fields: ['manufacturing'],
    companies: 1330,
    universities: 29,
  },
  {
    bureau: 'chubu',
    name: '東海バイオものづくり創生プロジェクト',
    nameEn: 'Tokai Bio Monozukuri Creation Project',
    fields: ['bio'],
    companies: 50,
    universities: 46,
  },
  {
    bureau: 'chubu',
    name: '北陸ものづくり創生プロジェクト',
    nameEn: 'Hokuriku Monozukuri Creation Project',
    fields: ['manufacturing'],
    companies: 390,
    universities: 14,
  },
  {
    bureau: 'kinki',
    name: '関西バイオクラスタープロジェクト',
    nameEn: 'Kansai Bio Cluster Project (Bio Cluster)',
    fields: ['bio'],
    companies: 400,
    universities: 56,
  },
  {
    bureau: 'kinki',
    name: '関西フロントランナープロジェクト',
    nameEn: 'Kansai Front Runner Project (Neo Cluster)',
    fields: ['manufacturing', 'energy'],
    companies: 1130,
    universities: 30,
  },
  {
    bureau: 'kinki',
    name: '環境ビジネスKANSAIプロジェクト',
    nameEn: 'Environmental Business KANSAI Project (Green Cluster)',
    fields: ['environment'],
    companies: 100,
    universities: 15,
  },
  {
    bureau: 'chugoku',
    name: '次世代中核産業形成プロジェクト',
    nameEn: 'Next-Generation Core Industries Project',
    fields: ['manufacturing', 'bio', 'it'],
    companies: 390,
    universities: 29,
  },
  {
    bureau: 'chugoku',
    name: '循環・環境型社会形成プロジェクト',
    nameEn: 'Recycling-Oriented, Environmental Society Project',
    fields: ['environment'],
    companies: 270,
    universities: 20,
  },
  {
    bureau: 'shikoku',
    name: '四国テクノブリッジ計画',
    nameEn: 'Shikoku Techno Bridge Plan',
    fields: ['manufacturing', 'health', 'bio'],
    companies: 420,
    universities: 5,
  },
  {
    bureau: 'kyushu',
    name: '九州地域環境・リサイクル産業交流プラザ',
    nameEn: 'Kyushu Recycle and Environmental Industry Plaza (K-RIP)',
    fields: ['environment'],
    companies: 430,
    universities: 15,
  },
  {
    bureau: 'kyushu',
    name: '九州シリコン・クラスター計画',
    nameEn: 'Kyushu Silicon Cluster Plan',
    fields: ['semiconductors'],
    companies: 330,
    universities: 14,
  },
  {
    bureau: 'okinawa',
    name: 'OKINAWA型産業振興プロジェクト',
    nameEn: 'OKINAWA-Type Industry Promotion Project',
    fields: ['it', 'health', 'environment', 'processing trade'],
    companies: 430,
    universities: 6,
  },
];

/** A name reduced for matching: width-folded (NFKC), no parenthesised parts, no spaces. */
function matchKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/**
 * The published project a network project stands for, matched on the name (ignoring width,
 * spaces and parenthesised glosses such as "（IT・バイオ）"). A sub-network such as
 * "地域産業活性化プロジェクト（首都圏北部）第I期" keeps a suffix and is not matched: the
 * published counts are for the whole project.
 */
export function publishedProject(name: string): PublishedProject | null {
  const key = matchKey(name);
  return PHASE_II_PROJECTS.find((p) => matchKey(p.name) === key) ?? null;
}

/**
 * The published project a sub-network belongs to, when its name starts with the published
 * name ("地域産業活性化プロジェクト（首都圏北部）第II期" is one of the six networks of
 * "地域産業活性化プロジェクト"). The counts are then the whole project's, never the part's:
 * shown beside it as such, not as its own.
 */
export function publishedParent(name: string): PublishedProject | null {
  const key = matchKey(name);
  return (
    PHASE_II_PROJECTS.find((p) => {
      const parent = matchKey(p.name);
      return key !== parent && key.startsWith(parent);
    }) ?? null
  );
}
