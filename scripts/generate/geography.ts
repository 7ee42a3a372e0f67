/**
 * The METI regional bureau blocks and their prefectures, so that every generated actor sits in
 * a prefecture of its project's bureau. Weights are a rough industrial weight (manufacturing
 * output order of magnitude) used to place communities and organisations; they are
 * assumptions of the generator, not figures from the seeds.
 */
import type { Bureau } from '../../src/model/domain';

export interface Prefecture {
  ja: string;
  en: string;
  weight: number;
}

/** Short codes for generated ids (CO-KNT-00001). */
export const BUREAU_CODE: Record<Bureau, string> = {
  hokkaido: 'HKD',
  tohoku: 'THK',
  kanto: 'KNT',
  chubu: 'CBU',
  kinki: 'KNK',
  chugoku: 'CGK',
  shikoku: 'SKK',
  kyushu: 'KYS',
  okinawa: 'OKN',
};

const p = (ja: string, en: string, weight: number): Prefecture => ({ ja, en, weight });

export const BUREAU_PREFECTURES: Record<Bureau, readonly Prefecture[]> = {
  hokkaido: [p('北海道', 'Hokkaido', 1)],
  tohoku: [
    p('宮城県', 'Miyagi', 3),
    p('福島県', 'Fukushima', 2.5),
    p('山形県', 'Yamagata', 1.5),
    p('岩手県', 'Iwate', 1.5),
    p('秋田県', 'Akita', 1),
    p('青森県', 'Aomori', 1),
  ],
  kanto: [
    p('東京都', 'Tokyo', 5),
    p('神奈川県', 'Kanagawa', 4),
    p('埼玉県', 'Saitama', 3),
    p('静岡県', 'Shizuoka', 3),
    p('茨城県', 'Ibaraki', 2.5),
    p('群馬県', 'Gunma', 2),
    p('栃木県', 'Tochigi', 2),
    p('長野県', 'Nagano', 2),
    p('千葉県', 'Chiba', 2),
    p('新潟県', 'Niigata', 1.5),
    p('山梨県', 'Yamanashi', 1),
  ],
  chubu: [
    p('愛知県', 'Aichi', 6),
    p('岐阜県', 'Gifu', 1.5),
    p('三重県', 'Mie', 1.5),
    p('富山県', 'Toyama', 1),
    p('石川県', 'Ishikawa', 1),
  ],
  kinki: [
    p('大阪府', 'Osaka', 5),
    p('兵庫県', 'Hyogo', 3.5),
    p('京都府', 'Kyoto', 2),
    p('滋賀県', 'Shiga', 1.5),
    p('奈良県', 'Nara', 0.8),
    p('和歌山県', 'Wakayama', 0.6),
    p('福井県', 'Fukui', 0.6),
  ],
  chugoku: [
    p('広島県', 'Hiroshima', 3),
    p('岡山県', 'Okayama', 2),
    p('山口県', 'Yamaguchi', 1.5),
    p('島根県', 'Shimane', 0.5),
    p('鳥取県', 'Tottori', 0.5),
  ],
  shikoku: [
    p('愛媛県', 'Ehime', 1.5),
    p('香川県', 'Kagawa', 1.2),
    p('徳島県', 'Tokushima', 1),
    p('高知県', 'Kochi', 0.6),
  ],
  kyushu: [
    p('福岡県', 'Fukuoka', 4),
    p('熊本県', 'Kumamoto', 1.5),
    p('大分県', 'Oita', 1.3),
    p('佐賀県', 'Saga', 0.8),
    p('長崎県', 'Nagasaki', 0.8),
    p('鹿児島県', 'Kagoshima', 0.8),
    p('宮崎県', 'Miyazaki', 0.6),
  ],
  okinawa: [p('沖縄県', 'Okinawa', 1)],
};

/** Where each bureau sits (its office), for the bureau's own government actor. */
export const BUREAU_OFFICE: Record<Bureau, { ja: string; en: string; prefecture: string }> = {
  hokkaido: {
    ja: '北海道経済産業局',
    en: 'Hokkaido Bureau of Economy, Trade and Industry',
    prefecture: '北海道',
  },
  tohoku: {
    ja: '東北経済産業局',
    en: 'Tohoku Bureau of Economy, Trade and Industry',
    prefecture: '宮城県',
  },
  kanto: {
    ja: '関東経済産業局',
    en: 'Kanto Bureau of Economy, Trade and Industry',
    prefecture: '埼玉県',
  },
  chubu: {
    ja: '中部経済産業局',
    en: 'Chubu Bureau of Economy, Trade and Industry',
    prefecture: '愛知県',
  },
  kinki: {
    ja: '近畿経済産業局',
    en: 'Kinki Bureau of Economy, Trade and Industry',
    prefecture: '大阪府',
  },
  chugoku: {
    ja: '中国経済産業局',
    en: 'Chugoku Bureau of Economy, Trade and Industry',
    prefecture: '広島県',
  },
  shikoku: {
    ja: '四国経済産業局',
    en: 'Shikoku Bureau of Economy, Trade and Industry',
    prefecture: '香川県',
  },
  kyushu: {
    ja: '九州経済産業局',
    en: 'Kyushu Bureau of Economy, Trade and Industry',
    prefecture: '福岡県',
  },
  okinawa: {
    ja: '内閣府沖縄総合事務局経済産業部',
    en: 'Okinawa General Bureau, Economy, Trade and Industry Department',
    prefecture: '沖縄県',
  },
};

/**
 * The national university of each prefecture (real names): the research anchor of each
 * prefecture's knowledge ties. Its ties in the generated data are synthetic.
 */
export const FLAGSHIP_UNIVERSITY: Record<string, { ja: string; en: string }> = {
  北海道: { ja: '北海道大学', en: 'Hokkaido University' },
  青森県: { ja: '弘前大学', en: 'Hirosaki University' },
  岩手県: { ja: '岩手大学', en: 'Iwate University' },
  宮城県: { ja: '東北大学', en: 'Tohoku University' },
  秋田県: { ja: '秋田大学', en: 'Akita University' },
  山形県: { ja: '山形大学', en: 'Yamagata University' },
  福島県: { ja: '福島大学', en: 'Fukushima University' },
  茨城県: { ja: '筑波大学', en: 'University of Tsukuba' },
  栃木県: { ja: '宇都宮大学', en: 'Utsunomiya University' },
  群馬県: { ja: '群馬大学', en: 'Gunma University' },
  埼玉県: { ja: '埼玉大学', en: 'Saitama University' },
  千葉県: { ja: '千葉大学', en: 'Chiba University' },
  東京都: { ja: '東京大学', en: 'The University of Tokyo' },
  神奈川県: { ja: '横浜国立大学', en: 'Yokohama National University' },
  新潟県: { ja: '新潟大学', en: 'Niigata University' },
  富山県: { ja: '富山大学', en: 'University of Toyama' },
  石川県: { ja: '金沢大学', en: 'Kanazawa University' },
  福井県: { ja: '福井大学', en: 'University of Fukui' },
  山梨県: { ja: '山梨大学', en: 'University of Yamanashi' },
  長野県: { ja: '信州大学', en: 'Shinshu University' },
  岐阜県: { ja: '岐阜大学', en: 'Gifu University' },
  静岡県: { ja: '静岡大学', en: 'Shizuoka University' },
  愛知県: { ja: '名古屋大学', en: 'Nagoya University' },
  三重県: { ja: '三重大学', en: 'Mie University' },
  滋賀県: { ja: '滋賀医科大学', en: 'Shiga University of Medical Science' },
  京都府: { ja: '京都大学', en: 'Kyoto University' },
  大阪府: { ja: '大阪大学', en: 'Osaka University' },
  兵庫県: { ja: '神戸大学', en: 'Kobe University' },
  奈良県: { ja: '奈良先端科学技術大学院大学', en: 'Nara Institute of Science and Technology' },
  和歌山県: { ja: '和歌山大学', en: 'Wakayama University' },
  鳥取県: { ja: '鳥取大学', en: 'Tottori University' },
  島根県: { ja: '島根大学', en: 'Shimane University' },
  岡山県: { ja: '岡山大学', en: 'Okayama University' },
  広島県: { ja: '広島大学', en: 'Hiroshima University' },
  山口県: { ja: '山口大学', en: 'Yamaguchi University' },
  徳島県: { ja: '徳島大学', en: 'Tokushima University' },
  香川県: { ja: '香川大学', en: 'Kagawa University' },
  愛媛県: { ja: '愛媛大学', en: 'Ehime University' },
  高知県: { ja: '高知大学', en: 'Kochi University' },
  福岡県: { ja: '九州大学', en: 'Kyushu University' },
  佐賀県: { ja: '佐賀大学', en: 'Saga University' },
  長崎県: { ja: '長崎大学', en: 'Nagasaki University' },
  熊本県: { ja: '熊本大学', en: 'Kumamoto University' },
  大分県: { ja: '大分大学', en: 'Oita University' },
  宮崎県: { ja: '宮崎大学', en: 'University of Miyazaki' },
  鹿児島県: { ja: '鹿児島大学', en: 'Kagoshima University' },
  沖縄県: { ja: '琉球大学', en: 'University of the Ryukyus' },
};

/** Research universities that draw joint research from other regions (large firms reach out to them). */
export const NATIONAL_RESEARCH_HUBS = new Set([
  '東京大学',
  '京都大学',
  '大阪大学',
  '東北大学',
  '名古屋大学',
  '九州大学',
  '北海道大学',
]);

export function prefecturesOf(bureau: Bureau): readonly Prefecture[] {
  return BUREAU_PREFECTURES[bureau];
}
