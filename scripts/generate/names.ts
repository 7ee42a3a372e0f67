/**
 * Synthetic names. Organisations other than government bodies and flagship universities get
 * invented names built from a regional place word (mountains, rivers, old provinces), a
 * katakana brand or a field word, and a legal form; names are unique within a dataset.
 */
import type { Bureau } from '../../src/model/domain';
import type { Dice } from '../demo/random';

type Pair = readonly [ja: string, en: string];

const PLACES: Record<Bureau, readonly Pair[]> = {
  hokkaido: [
    ['石狩', 'Ishikari'],
    ['十勝', 'Tokachi'],
    ['大雪', 'Taisetsu'],
    ['羊蹄', 'Yotei'],
    ['日高', 'Hidaka'],
    ['天塩', 'Teshio'],
    ['空知', 'Sorachi'],
    ['渡島', 'Oshima'],
    ['釧路', 'Kushiro'],
    ['北斗', 'Hokuto'],
  ],
  tohoku: [
    ['奥羽', 'Ou'],
    ['蔵王', 'Zao'],
    ['磐梯', 'Bandai'],
    ['北上', 'Kitakami'],
    ['最上', 'Mogami'],
    ['八甲田', 'Hakkoda'],
    ['鳥海', 'Chokai'],
    ['阿武隈', 'Abukuma'],
    ['陸奥', 'Mutsu'],
    ['出羽', 'Dewa'],
  ],
  kanto: [
    ['武蔵', 'Musashi'],
    ['相模', 'Sagami'],
    ['常陸', 'Hitachi'],
    ['上州', 'Joshu'],
    ['赤城', 'Akagi'],
    ['秩父', 'Chichibu'],
    ['多摩', 'Tama'],
    ['房総', 'Boso'],
    ['筑波', 'Tsukuba'],
    ['那須', 'Nasu'],
    ['信濃', 'Shinano'],
    ['駿河', 'Suruga'],
    ['甲斐', 'Kai'],
    ['越後', 'Echigo'],
    ['利根', 'Tone'],
    ['天竜', 'Tenryu'],
  ],
  chubu: [
    ['尾張', 'Owari'],
    ['三河', 'Mikawa'],
    ['美濃', 'Mino'],
    ['飛騨', 'Hida'],
    ['伊勢', 'Ise'],
    ['木曽', 'Kiso'],
    ['越中', 'Etchu'],
    ['加賀', 'Kaga'],
    ['能登', 'Noto'],
    ['立山', 'Tateyama'],
  ],
  kinki: [
    ['浪速', 'Naniwa'],
    ['摂津', 'Settsu'],
    ['播磨', 'Harima'],
    ['山城', 'Yamashiro'],
    ['近江', 'Omi'],
    ['大和', 'Yamato'],
    ['紀州', 'Kishu'],
    ['若狭', 'Wakasa'],
    ['淀川', 'Yodogawa'],
    ['六甲', 'Rokko'],
    ['比叡', 'Hiei'],
    ['琵琶', 'Biwa'],
  ],
  chugoku: [
    ['安芸', 'Aki'],
    ['備前', 'Bizen'],
    ['備中', 'Bitchu'],
    ['周防', 'Suo'],
    ['長門', 'Nagato'],
    ['出雲', 'Izumo'],
    ['伯耆', 'Hoki'],
    ['大山', 'Daisen'],
    ['瀬戸', 'Seto'],
    ['吉備', 'Kibi'],
  ],
  shikoku: [
    ['讃岐', 'Sanuki'],
    ['阿波', 'Awa'],
    ['伊予', 'Iyo'],
    ['土佐', 'Tosa'],
    ['吉野川', 'Yoshinogawa'],
    ['石鎚', 'Ishizuchi'],
    ['四万十', 'Shimanto'],
    ['鳴門', 'Naruto'],
  ],
  kyushu: [
    ['筑紫', 'Tsukushi'],
    ['肥後', 'Higo'],
    ['豊後', 'Bungo'],
    ['日向', 'Hyuga'],
    ['薩摩', 'Satsuma'],
    ['肥前', 'Hizen'],
    ['阿蘇', 'Aso'],
    ['玄海', 'Genkai'],
    ['霧島', 'Kirishima'],
    ['雲仙', 'Unzen'],
  ],
  okinawa: [
    ['琉球', 'Ryukyu'],
    ['首里', 'Shuri'],
    ['美ら海', 'Churaumi'],
    ['やんばる', 'Yanbaru'],
    ['中城', 'Nakagusuku'],
    ['宮古', 'Miyako'],
    ['八重山', 'Yaeyama'],
    ['うるま', 'Uruma'],
  ],
};

/** Katakana syllables for brand names, with their romanisation. */
const SYLLABLES: readonly Pair[] = [
  ['アル', 'Al'],
  ['ベ', 'be'],
  ['カ', 'ka'],
  ['ミ', 'mi'],
  ['ノ', 'no'],
  ['ラ', 'ra'],
  ['テ', 'te'],
  ['ク', 'ku'],
  ['ス', 'su'],
  ['ト', 'to'],
  ['リ', 'ri'],
  ['オ', 'o'],
  ['ナ', 'na'],
  ['サ', 'sa'],
  ['ロ', 'ro'],
  ['マ', 'ma'],
  ['キ', 'ki'],
  ['ネ', 'ne'],
  ['ソ', 'so'],
  ['レ', 're'],
];

const BODIES: Record<string, readonly Pair[]> = {
  manufacturing: [
    ['精工', 'Seiko'],
    ['工業', 'Industries'],
    ['製作所', 'Works'],
    ['機械', 'Machinery'],
    ['プレス', 'Press'],
    ['鋳造', 'Casting'],
    ['金型', 'Mould'],
    ['メカトロ', 'Mechatronics'],
    ['精密', 'Precision'],
    ['電機', 'Electric'],
  ],
  it: [
    ['システムズ', 'Systems'],
    ['ソフト', 'Soft'],
    ['データ', 'Data'],
    ['ネットワークス', 'Networks'],
    ['情報技術', 'Information Technology'],
    ['ラボ', 'Lab'],
  ],
  bio: [
    ['バイオ', 'Bio'],
    ['ファーマ', 'Pharma'],
    ['ライフサイエンス', 'Life Science'],
    ['ジェノミクス', 'Genomics'],
    ['発酵', 'Fermentation'],
  ],
  health: [
    ['メディカル', 'Medical'],
    ['ヘルスケア', 'Healthcare'],
    ['医療器', 'Medical Devices'],
  ],
  environment: [
    ['環境', 'Environmental'],
    ['リサイクル', 'Recycling'],
    ['エコテック', 'Ecotech'],
    ['資源', 'Resources'],
  ],
  energy: [
    ['エナジー', 'Energy'],
    ['電池', 'Battery'],
    ['ソーラー', 'Solar'],
  ],
  semiconductors: [
    ['セミコン', 'Semicon'],
    ['デバイス', 'Devices'],
    ['電子', 'Electronics'],
    ['シリコン', 'Silicon'],
  ],
  processing_trade: [
    ['物産', 'Trading'],
    ['食品', 'Foods'],
    ['加工', 'Processing'],
  ],
};

const DIRECTIONS: readonly Pair[] = [
  ['東', 'East'],
  ['西', 'West'],
  ['南', 'South'],
  ['北', 'North'],
  ['中央', 'Central'],
];

/** A naming pattern: place word → [Japanese, English]. */
export type Template = (place: Pair) => Pair;

const t =
  (ja: (p: string) => string, en: (p: string) => string): Template =>
  ([pj, pe]) => [ja(pj), en(pe)];

/** Patterns by kind and subtype for invented organisations. */
export const TEMPLATES: Record<string, readonly Template[]> = {
  'university/national': [
    t(
      (p) => `${p}大学`,
      (p) => `${p} University`,
    ),
    t(
      (p) => `${p}工業大学`,
      (p) => `${p} Institute of Technology`,
    ),
  ],
  'university/public': [
    t(
      (p) => `${p}県立大学`,
      (p) => `${p} Prefectural University`,
    ),
    t(
      (p) => `公立${p}大学`,
      (p) => `${p} Public University`,
    ),
  ],
  'university/private': [
    t(
      (p) => `${p}工科大学`,
      (p) => `${p} University of Technology`,
    ),
    t(
      (p) => `${p}理科大学`,
      (p) => `${p} University of Science`,
    ),
    t(
      (p) => `${p}学院大学`,
      (p) => `${p} Gakuin University`,
    ),
    t(
      (p) => `${p}国際大学`,
      (p) => `${p} International University`,
    ),
    t(
      (p) => `${p}情報大学`,
      (p) => `${p} University of Information Sciences`,
    ),
  ],
  'university/kosen': [
    t(
      (p) => `${p}工業高等専門学校`,
      (p) => `National Institute of Technology, ${p} College`,
    ),
  ],
  'tlo/approved': [
    t(
      (p) => `株式会社${p}TLO`,
      (p) => `${p} TLO Inc.`,
    ),
    t(
      (p) => `${p}技術移転機構`,
      (p) => `${p} Technology Licensing Organisation`,
    ),
  ],
  'public_research_institute/kosetsushi': [
    t(
      (p) => `${p}工業技術センター`,
      (p) => `${p} Industrial Technology Centre`,
    ),
    t(
      (p) => `${p}産業技術研究所`,
      (p) => `${p} Industrial Research Institute`,
    ),
    t(
      (p) => `${p}食品工業試験場`,
      (p) => `${p} Food Industry Laboratory`,
    ),
  ],
  'public_research_institute/aist': [
    t(
      (p) => `産業技術総合研究所 ${p}センター`,
      (p) => `AIST ${p}`,
    ),
  ],
  'public_research_institute/national_lab': [
    t(
      (p) => `${p}先端技術研究所`,
      (p) => `${p} Advanced Technology Institute`,
    ),
    t(
      (p) => `${p}材料研究所`,
      (p) => `${p} Materials Research Institute`,
    ),
    t(
      (p) => `${p}生命科学研究所`,
      (p) => `${p} Life Science Institute`,
    ),
  ],
  'support_organisation/support_agency': [
    t(
      (p) => `${p}産業振興機構`,
      (p) => `${p} Industrial Promotion Organisation`,
    ),
    t(
      (p) => `${p}地域産業支援センター`,
      (p) => `${p} Regional Industry Support Centre`,
    ),
    t(
      (p) => `${p}産業創造機構`,
      (p) => `${p} Industry Creation Organisation`,
    ),
    t(
      (p) => `${p}テクノ財団`,
      (p) => `${p} Techno Foundation`,
    ),
  ],
  'support_organisation/incubator': [
    t(
      (p) => `${p}インキュベーションセンター`,
      (p) => `${p} Incubation Centre`,
    ),
    t(
      (p) => `${p}ビジネス・インキュベータ`,
      (p) => `${p} Business Incubator`,
    ),
  ],
  'support_organisation/chamber_of_commerce': [
    t(
      (p) => `${p}商工会議所`,
      (p) => `${p} Chamber of Commerce and Industry`,
    ),
    t(
      (p) => `${p}商工会`,
      (p) => `${p} Society of Commerce and Industry`,
    ),
  ],
  'financial_institution/regional_bank': [
    t(
      (p) => `株式会社${p}銀行`,
      (p) => `The ${p} Bank, Ltd.`,
    ),
  ],
  'financial_institution/shinkin': [
    t(
      (p) => `${p}信用金庫`,
      (p) => `${p} Shinkin Bank`,
    ),
  ],
  'financial_institution/credit_coop': [
    t(
      (p) => `${p}信用組合`,
      (p) => `${p} Credit Cooperative`,
    ),
  ],
  'financial_institution/government': [
    t(
      (p) => `日本政策金融公庫 ${p}支店`,
      (p) => `Japan Finance Corporation, ${p} Branch`,
    ),
    t(
      (p) => `商工組合中央金庫 ${p}支店`,
      (p) => `Shoko Chukin Bank, ${p} Branch`,
    ),
  ],
  'financial_institution/venture_capital': [
    t(
      (p) => `${p}キャピタル株式会社`,
      (p) => `${p} Capital Co., Ltd.`,
    ),
    t(
      (p) => `株式会社${p}ベンチャーズ`,
      (p) => `${p} Ventures Inc.`,
    ),
  ],
};

/** Hands out unique names: a clash draws again, and after a few draws adds a numeral. */
export class NameBook {
  private readonly used = new Set<string>();

  constructor(private readonly dice: Dice) {}

  private unique(make: () => Pair): Pair {
    let pair = make();
    for (let attempt = 0; attempt < 12 && this.used.has(pair[0]); attempt++) pair = make();
    let [ja, en] = pair;
    for (let n = 2; this.used.has(ja); n++) {
      ja = `${pair[0]}（${n}）`;
      en = `${pair[1]} (${n})`;
    }
    this.used.add(ja);
    return [ja, en];
  }

  /** A place word of the bureau, sometimes with a direction, or the prefecture's own name. */
  place(bureau: Bureau, prefecture?: { ja: string; en: string }): Pair {
    const r = this.dice.float();
    if (prefecture && r < 0.2) return [prefecture.ja.replace(/[都府県]$/, ''), prefecture.en];
    const word = this.dice.pick(PLACES[bureau]);
    if (r < 0.4) {
      const [dj, de] = this.dice.pick(DIRECTIONS);
      return [`${dj}${word[0]}`, `${de} ${word[1]}`];
    }
    return word;
  }

  private brand(): Pair {
    const parts = Array.from({ length: this.dice.int(2, 3) }, () => this.dice.pick(SYLLABLES));
    const en = parts.map((p) => p[1]).join('');
    return [parts.map((p) => p[0]).join(''), en.charAt(0).toUpperCase() + en.slice(1)];
  }

  company(bureau: Bureau, field: string): Pair {
    return this.unique(() => {
      const [bj, be] = this.dice.pick(BODIES[field] ?? BODIES.manufacturing!);
      const [sj, se] = this.dice.chance(0.5) ? this.place(bureau) : this.brand();
      return this.dice.chance(0.5)
        ? [`株式会社${sj}${bj}`, `${se} ${be} Co., Ltd.`]
        : [`${sj}${bj}株式会社`, `${se} ${be} Co., Ltd.`];
    });
  }

  /** An invented organisation of a kind/subtype that has templates. */
  organisation(
    key: string,
    bureau: Bureau,
    prefecture?: { ja: string; en: string },
    place?: Pair,
  ): Pair {
    const templates = TEMPLATES[key];
    if (!templates) throw new Error(`no name templates for ${key}`);
    return this.unique(() => this.dice.pick(templates)(place ?? this.place(bureau, prefecture)));
  }

  /** A name given by the caller (real public bodies), reserved so no invented one clashes. */
  fixed(ja: string, en: string): Pair {
    return this.unique(() => [ja, en]);
  }
}
