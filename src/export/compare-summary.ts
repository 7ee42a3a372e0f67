/**
 * A comparison in plain sentences, in Japanese or English ("ties between industry and
 * academia rose from 65 to 113 between 2001–2005 and 2006–2010"), built from the comparison
 * document the CLI writes and with the CLI report's number format, so the words and the
 * report's tables never disagree. The strings are the explorer's i18n resources
 * (`compare.sentence.*`), passed in as a translate function.
 */
import type { ActorChange, Comparison, GraphSide, ScalarKey } from '../analysis/compare';
import { SECTORS } from '../model/domain';
import { formatNumber } from './compare-report';
import type { Translate } from './gaps/describe';

export interface SummarySentence {
  /** What the sentence is about: `size`, a scalar key, `mixing:<s>:<t>`, `helix`, … */
  id: string;
  text: string;
}

export interface SummaryLabels {
  t: Translate;
  /** An actor's name in the reader's language. */
  actor(id: string): string;
  /** The two sides as the reader should see them (periods with an en dash, group names). */
  a: string;
  b: string;
}

/** Measures told as a change, in this order (the others are in the tables). */
const TOLD: readonly ScalarKey[] = [
  'density',
  'components',
  'averagePathLength',
  'degreeCentralization',
  'betweennessCentralization',
  'modularity',
  'eiSector',
  'eiClusters',
  'crossPrefectureTies',
];

/** Sector pairs told at most (the largest changes; industry–academia always first). */
const MIXING_PAIRS = 3;

/** The CLI report's format: integers as they are, others to 4 significant digits. */
export const summaryNumber = (x: number | null): string => (x === null ? '–' : formatNumber(x));

/** "2001-2005" as a reader writes it: "2001–2005". */
export const windowLabel = (text: string): string => text.replace(/^(\d{4})-(\d{4})$/, '$1–$2');

function mixingCount(side: GraphSide, s: string, t: string, what: 'ties' | 'expected') {
  const m = side.sectorMixing;
  const i = m.sectors.indexOf(s);
  const j = m.sectors.indexOf(t);
  return i < 0 || j < 0 ? 0 : m[what][i]![j]!;
}

function sizeSentence(c: Comparison, l: SummaryLabels, pair: boolean): SummarySentence {
  const actors = Object.values(c.actors);
  const count = (status: ActorChange['status']) => actors.filter((x) => x.status === status).length;
  const values = {
    a: l.a,
    b: l.b,
    actorsA: c.a.actors,
    actorsB: c.b.actors,
    tiesA: c.a.ties,
    tiesB: c.b.ties,
    added: c.ties.added.length,
    removed: c.ties.removed.length,
    appeared: count('appeared'),
    left: count('left'),
    both: count('both'),
  };
  return { id: 'size', text: l.t(`compare.sentence.${pair ? 'pairSize' : 'periodsSize'}`, values) };
}

function measureSentence(
  c: Comparison,
  key: ScalarKey,
  l: SummaryLabels,
  pair: boolean,
): SummarySentence | null {
  const a = c.a[key];
  const b = c.b[key];
  const delta = c.delta[key];
  // Nothing to tell: undefined, or none on either side (ties across prefectures of one).
  if (a === null || b === null || delta === null || (a === 0 && b === 0)) return null;
  const measure = l.t(`compare.scalar.${key}`);
  const values = { measure, a: summaryNumber(a), b: summaryNumber(b), A: l.a, B: l.b };
  // "Same" as the reader sees it: equal once formatted.
  const same = values.a === values.b;
  if (pair) {
    return { id: key, text: l.t(`compare.sentence.${same ? 'pairSame' : 'pairMeasure'}`, values) };
  }
  if (same) return { id: key, text: l.t('compare.sentence.same', values) };
  const trend = delta > 0 ? 'rose' : 'fell';
  const meaning = l.t(`compare.meaning.${key}.${trend}`);
  return { id: key, text: l.t(`compare.sentence.${trend}`, { ...values, meaning }) };
}

function mixingSentences(c: Comparison, l: SummaryLabels, pair: boolean): SummarySentence[] {
  const sectors = SECTORS.filter(
    (s) => c.a.sectorMixing.sectors.includes(s) || c.b.sectorMixing.sectors.includes(s),
  );
  const pairs: { s: string; t: string; x: number; y: number }[] = [];
  sectors.forEach((s, i) =>
    sectors.slice(i + 1).forEach((t) => {
      const x = mixingCount(c.a, s, t, 'ties');
      const y = mixingCount(c.b, s, t, 'ties');
      if (x !== y) pairs.push({ s, t, x, y });
    }),
  );
  const first = (p: { s: string; t: string }) => (p.s === 'industry' && p.t === 'academia' ? 0 : 1);
  pairs.sort((p, q) => first(p) - first(q) || Math.abs(q.y - q.x) - Math.abs(p.y - p.x));
  return pairs.slice(0, MIXING_PAIRS).map(({ s, t, x, y }) => {
    const values = {
      s: l.t(`compare.sectorLong.${s}`),
      t: l.t(`compare.sectorLong.${t}`),
      x,
      y,
      ex: summaryNumber(mixingCount(c.a, s, t, 'expected')),
      ey: summaryNumber(mixingCount(c.b, s, t, 'expected')),
      a: l.a,
      b: l.b,
    };
    const key = pair ? 'mixingPair' : y > x ? 'mixingRose' : 'mixingFell';
    return { id: `mixing:${s}:${t}`, text: l.t(`compare.sentence.${key}`, values) };
  });
}

function actorSentences(c: Comparison, l: SummaryLabels): SummarySentence[] {
  const both = Object.entries(c.actors).filter(([, x]) => x.status === 'both');
  const best = (score: (x: ActorChange) => number | null) => {
    let top: [string, ActorChange] | null = null;
    let topScore = 0;
    for (const entry of both) {
      const v = score(entry[1]);
      if (v !== null && v > topScore) [top, topScore] = [entry, v];
    }
    return top;
  };
  const out: SummarySentence[] = [];
  const degree = best((x) => x.degree.delta);
  if (degree) {
    out.push({
      id: 'topDegree',
      text: l.t('compare.sentence.topDegree', {
        name: l.actor(degree[0]),
        a: summaryNumber(degree[1].degree.a),
        b: summaryNumber(degree[1].degree.b),
      }),
    });
  }
  const rise = best((x) => x.betweenness.delta);
  const fall = best((x) => (x.betweenness.delta === null ? null : -x.betweenness.delta));
  if (rise && fall) {
    out.push({
      id: 'topBetweenness',
      text: l.t('compare.sentence.topRise', {
        name: l.actor(rise[0]),
        a: summaryNumber(rise[1].betweenness.a),
        b: summaryNumber(rise[1].betweenness.b),
        fallName: l.actor(fall[0]),
        fa: summaryNumber(fall[1].betweenness.a),
        fb: summaryNumber(fall[1].betweenness.b),
      }),
    });
  }
  return out;
}

/** The summary of a comparison of two periods (`pair` false) or two groups. */
export function compareSentences(
  c: Comparison,
  l: SummaryLabels,
  pair = c.settings.kind === 'pair',
): SummarySentence[] {
  const out = [sizeSentence(c, l, pair), ...mixingSentences(c, l, pair)];
  for (const key of TOLD) {
    const s = measureSentence(c, key, l, pair);
    if (s) out.push(s);
  }
  const [ta, tb] = [c.a.tripleHelix.T_GTO, c.b.tripleHelix.T_GTO];
  if (ta !== null && tb !== null) {
    out.push({
      id: 'helix',
      text: l.t(`compare.sentence.${pair ? 'helixPair' : 'helix'}`, {
        a: summaryNumber(ta),
        b: summaryNumber(tb),
        A: l.a,
        B: l.b,
      }),
    });
  }
  if (!pair) out.push(...actorSentences(c, l));
  return out;
}
