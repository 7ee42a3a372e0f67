/**
 * The 17 projects of phase II of the Industrial Cluster Plan with their company and university
 * counts (domain brief, seed 001, figures as of July 2007). Project names are real; which
 * prefectures each one mainly draws from, the Kanto networks' shares and the spin-off rates are
 * the generator's assumptions.
 */
import type { Bureau } from '../../src/model/domain';

export interface Network {
  /** Id suffix and name of a sub-network with its own hub organisation. */
  code: string;
  name: string;
  nameEn: string;
  prefectures: readonly string[];
  /** Share of the project's companies. */
  share: number;
}

export interface ProjectSpec {
  id: string;
  bureau: Bureau;
  name: string;
  nameEn: string;
  region: string;
  fields: readonly string[];
  companies: number;
  universities: number;
  /** Prefectures the project draws its members from (all in its bureau); empty = all. */
  prefectures: readonly string[];
  /** Sub-networks (Kanto's regional networks); others get communities by prefecture. */
  networks: readonly Network[];
  /** Share of member companies that are university spin-offs (大学発ベンチャー). */
  spinOffShare: number;
}

const ALL: readonly string[] = [];

export const PROJECTS: readonly ProjectSpec[] = [
  {
    id: 'PRJ-IC-HKD',
    bureau: 'hokkaido',
    name: '北海道地域産業クラスター計画（IT・バイオ）',
    nameEn: 'Hokkaido Industrial Cluster Plan (IT innovation, bio industry)',
    region: '北海道',
    fields: ['it', 'bio'],
    companies: 880,
    universities: 19,
    prefectures: ALL,
    networks: [],
    spinOffShare: 0.05,
  },
  {
    id: 'PRJ-IC-THK',
    bureau: 'tohoku',
    name: 'TOHOKUものづくりコリドー',
    nameEn: 'TOHOKU Monozukuri Corridor',
    region: '東北',
    fields: ['manufacturing'],
    companies: 710,
    universities: 29,
    prefectures: ALL,
    networks: [],
    spinOffShare: 0.015,
  },
  {
    id: 'PRJ-IC-KNT-REGION',
    bureau: 'kanto',
    name: '地域産業活性化プロジェクト',
    nameEn: 'Regional Industry Revitalisation Project',
    region: '関東',
    fields: ['manufacturing'],
    companies: 2140,
    universities: 83,
    prefectures: ALL,
    networks: [
      {
        code: 'TAMA',
        name: 'TAMA（首都圏西部）',
        nameEn: 'TAMA (western capital region)',
        prefectures: ['東京都', '神奈川県', '埼玉県'],
        share: 0.28,
      },
      {
        code: 'CHUO',
        name: '中央自動車道沿線',
        nameEn: 'Chuo Expressway corridor',
        prefectures: ['長野県', '山梨県'],
        share: 0.13,
      },
      {
        code: 'TX',
        name: 'TX沿線（東葛・川口・つくば）',
        nameEn: 'Tsukuba Express corridor (Tokatsu, Kawaguchi, Tsukuba)',
        prefectures: ['茨城県', '千葉県', '埼玉県'],
        share: 0.13,
      },
      {
        code: 'SANENNANSHIN',
        name: '三遠南信',
        nameEn: 'San-En-Nanshin',
        prefectures: ['静岡県', '長野県'],
        share: 0.1,
      },
      {
        code: 'NKANTO',
        name: '首都圏北部',
        nameEn: 'Northern capital region',
        prefectures: ['群馬県', '栃木県', '埼玉県', '新潟県'],
        share: 0.2,
      },
      {
        code: 'KEIHIN',
        name: '京浜',
        nameEn: 'Keihin',
        prefectures: ['神奈川県', '東京都'],
        share: 0.16,
      },
    ],
    spinOffShare: 0.015,
  },
  {
    id: 'PRJ-IC-KNT-BIO',
    bureau: 'kanto',
    name: 'バイオベンチャーの育成',
    nameEn: 'Fostering bio ventures',
    region: '首都圏',
    fields: ['bio'],
    companies: 420,
    universities: 2,
    prefectures: ['東京都', '神奈川県', '千葉県', '茨城県', '埼玉県'],
    networks: [],
    spinOffShare: 0.25,
  },
  {
    id: 'PRJ-IC-KNT-IT',
    bureau: 'kanto',
    name: '情報ベンチャーの育成',
    nameEn: 'Fostering IT ventures',
    region: '首都圏',
    fields: ['it'],
    companies: 930,
    universities: 7,
    prefectures: ['東京都', '神奈川県', '埼玉県', '千葉県'],
    networks: [],
    spinOffShare: 0.15,
  },
  {
    id: 'PRJ-IC-CBU-MONO',
    bureau: 'chubu',
    name: '東海ものづくり創生プロジェクト',
    nameEn: 'Tokai Monozukuri Creation Project',
    region: '東海',
    fields: ['manufacturing'],
    companies: 1330,
    universities: 29,
    prefectures: ['愛知県', '岐阜県', '三重県'],
    networks: [],
    spinOffShare: 0.01,
  },
  {
    id: 'PRJ-IC-CBU-BIO',
    bureau: 'chubu',
    name: '東海バイオものづくり創生プロジェクト',
    nameEn: 'Tokai Bio Monozukuri Creation Project',
    region: '東海',
    fields: ['bio', 'manufacturing'],
    companies: 50,
    universities: 46,
    prefectures: ['愛知県', '岐阜県', '三重県'],
    networks: [],
    spinOffShare: 0.2,
  },
  {
    id: 'PRJ-IC-CBU-HOKURIKU',
    bureau: 'chubu',
    name: '北陸ものづくり創生プロジェクト',
    nameEn: 'Hokuriku Monozukuri Creation Project',
    region: '北陸',
    fields: ['manufacturing'],
    companies: 390,
    universities: 14,
    prefectures: ['富山県', '石川県'],
    networks: [],
    spinOffShare: 0.01,
  },
  {
    id: 'PRJ-IC-KNK-BIO',
    bureau: 'kinki',
    name: '関西バイオクラスタープロジェクト（Bio Cluster）',
    nameEn: 'Kansai Bio Cluster Project (Bio Cluster)',
    region: '関西',
    fields: ['bio'],
    companies: 400,
    universities: 56,
    prefectures: ['大阪府', '兵庫県', '京都府', '滋賀県', '奈良県'],
    networks: [],
    spinOffShare: 0.12,
  },
  {
    id: 'PRJ-IC-KNK-NEO',
    bureau: 'kinki',
    name: '関西フロントランナープロジェクト（Neo Cluster）',
    nameEn: 'Kansai Front Runner Project (Neo Cluster)',
    region: '関西',
    fields: ['manufacturing', 'energy'],
    companies: 1130,
    universities: 30,
    prefectures: ALL,
    networks: [],
    spinOffShare: 0.015,
  },
  {
    id: 'PRJ-IC-KNK-GREEN',
    bureau: 'kinki',
    name: '環境ビジネスKANSAIプロジェクト（Green Cluster）',
    nameEn: 'Environmental Business KANSAI Project (Green Cluster)',
    region: '関西',
    fields: ['environment'],
    companies: 100,
    universities: 15,
    prefectures: ['大阪府', '兵庫県', '京都府', '滋賀県'],
    networks: [],
    spinOffShare: 0.03,
  },
  {
    id: 'PRJ-IC-CGK-NEXT',
    bureau: 'chugoku',
    name: '次世代中核産業形成プロジェクト',
    nameEn: 'Next-Generation Core Industries Project',
    region: '中国',
    fields: ['manufacturing', 'bio', 'it'],
    companies: 390,
    universities: 29,
    prefectures: ALL,
    networks: [],
    spinOffShare: 0.03,
  },
  {
    id: 'PRJ-IC-CGK-ENV',
    bureau: 'chugoku',
    name: '循環・環境型社会形成プロジェクト',
    nameEn: 'Recycling-Oriented Society Project',
    region: '中国',
    fields: ['environment'],
    companies: 270,
    universities: 20,
    prefectures: ALL,
    networks: [],
    spinOffShare: 0.02,
  },
  {
    id: 'PRJ-IC-SKK',
    bureau: 'shikoku',
    name: '四国テクノブリッジ計画',
    nameEn: 'Shikoku Techno Bridge Plan',
    region: '四国',
    fields: ['manufacturing', 'health', 'bio'],
    companies: 420,
    universities: 5,
    prefectures: ALL,
    networks: [],
    spinOffShare: 0.02,
  },
  {
    id: 'PRJ-IC-KYS-KRIP',
    bureau: 'kyushu',
    name: '九州地域環境・リサイクル産業交流プラザ（K-RIP）',
    nameEn: 'Kyushu Recycle and Environmental Industry Plaza (K-RIP)',
    region: '九州',
    fields: ['environment'],
    companies: 430,
    universities: 15,
    prefectures: ALL,
    networks: [],
    spinOffShare: 0.02,
  },
  {
    id: 'PRJ-IC-KYS-SI',
    bureau: 'kyushu',
    name: '九州シリコン・クラスター計画',
    nameEn: 'Kyushu Silicon Cluster Plan',
    region: '九州',
    fields: ['semiconductors'],
    companies: 330,
    universities: 14,
    prefectures: ['福岡県', '熊本県', '大分県', '長崎県', '鹿児島県', '宮崎県', '佐賀県'],
    networks: [],
    spinOffShare: 0.03,
  },
  {
    id: 'PRJ-IC-OKN',
    bureau: 'okinawa',
    name: 'OKINAWA型産業振興プロジェクト',
    nameEn: 'OKINAWA-Style Industry Promotion Project',
    region: '沖縄',
    fields: ['it', 'health', 'environment', 'processing_trade'],
    companies: 430,
    universities: 6,
    prefectures: ALL,
    networks: [],
    spinOffShare: 0.03,
  },
];

/** Phase I 2001–2005 and phase II 2006–2010 of the Industrial Cluster Plan. */
export const FIRST_YEAR = 2001;
export const LAST_YEAR = 2010;
