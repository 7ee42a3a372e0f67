/**
 * The gap report in words: per finding a title, a plain sentence with the counts and one line
 * on why it matters, in Japanese or English. The strings are the explorer's i18n resources
 * (`gaps.*` in src/i18n), passed in as a translate function, so the explorer and the CLI
 * never write a sentence twice; names follow the language as in the explorer.
 */
import type { SerializedGraph } from 'graphology-types';
import type { Finding, GapReport, Introduction } from '../../analysis/gaps/types';
import { displayName, type Lang } from '../../model/display-name';

export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** What turns ids and codes into text for people. */
export interface Labels {
  t: Translate;
  lang: Lang;
  actor(id: string): string;
  project(id: string): string;
  percent(share: number | null): string;
  number(value: number | null): string;
}

export function labelsFor(network: SerializedGraph, t: Translate, lang: Lang): Labels {
  const actors = new Map<string, string>();
  for (const n of network.nodes) {
    const a = n.attributes ?? {};
    const name = typeof a.name === 'string' ? a.name : String(n.key);
    const nameEn = typeof a.nameEn === 'string' ? a.nameEn : null;
    actors.set(String(n.key), displayName({ name, nameEn }, lang));
  }
  const projects = new Map<string, string>();
  const listed: unknown = network.attributes?.projects;
  if (Array.isArray(listed)) {
    for (const p of listed as { id?: unknown; name?: unknown; nameEn?: unknown }[]) {
      if (typeof p?.id !== 'string') continue;
      const name = typeof p.name === 'string' ? p.name : p.id;
      const nameEn = typeof p.nameEn === 'string' ? p.nameEn : null;
      projects.set(p.id, displayName({ name, nameEn }, lang));
    }
  }
  const percentFormat = new Intl.NumberFormat(lang, {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  const numberFormat = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 });
  return {
    t,
    lang,
    actor: (id) => actors.get(id) ?? id,
    project: (id) => projects.get(id) ?? id,
    percent: (s) => (s === null ? '–' : percentFormat.format(s)),
    number: (v) => (v === null || !Number.isFinite(v) ? '–' : numberFormat.format(v)),
  };
}

export interface FindingText {
  title: string;
  sentence: string;
  why: string;
}

export function findingText(f: Finding, l: Labels): FindingText {
  const key = `gaps.rules.${f.rule}`;
  const { t } = l;
  return { title: t(`${key}.title`), sentence: sentence(f, l), why: t(`${key}.why`) };
}

function sentence(f: Finding, l: Labels): string {
  const { t } = l;
  const key = `gaps.rules.${f.rule}`;
  switch (f.rule) {
    case 'sme-no-academic-tie': {
      const min = f.params.minAcademicTies;
      return t(`${key}.${min === 1 ? 'sentence' : 'sentenceMin'}`, {
        count: f.count,
        total: f.smes,
        share: l.percent(f.smes ? f.count / f.smes : null),
        min,
      });
    }
    case 'academia-no-industry-tie':
      return t(`${key}.sentence`, {
        count: f.count,
        total: f.academicActors,
        licensing: f.items.filter((i) => i.reason === 'licensing-only').length,
      });
    case 'no-finance-tie': {
      const actors = f.items.filter((i) => i.scope === 'financial-institution').length;
      return t(`${key}.sentence`, {
        groups: f.count - actors,
        actors,
        total: f.financialInstitutions.length,
      });
    }
    case 'single-point-of-failure':
      return t(`${key}.sentence`, {
        count: f.count,
        cutOff: f.items.reduce((s, i) => s + i.cutOff.length, 0),
        brokers: f.brokers.length,
        threshold: l.percent(f.params.pathIncrease),
      });
    case 'weak-bridge':
      return t(`${key}.sentence`, {
        count: f.count,
        threshold: l.number(f.weakTieThreshold),
      });
    case 'cluster-link': {
      const years = f.byYear;
      const first = years[0];
      const last = years[years.length - 1];
      const trend =
        first && last && first !== last
          ? t(
              `${key}.${last.external > first.external ? 'trendUp' : last.external < first.external ? 'trendDown' : 'trendFlat'}`,
              { from: first.year, to: last.year, first: first.external, last: last.external },
            )
          : '';
      return t(`${key}.sentence`, {
        count: f.count,
        industrial: f.industrialActors,
        knowledge: f.knowledgeActors,
        ei: l.number(f.eiIndex.eiIndex),
        trend,
      }).trim();
    }
    case 'isolated-member': {
      const max = f.params.maxTies;
      return t(`${key}.${max === 0 ? 'sentence' : 'sentenceMax'}`, {
        count: f.count,
        total: f.projectMembers,
        max,
      });
    }
  }
}

const listSeparator = (lang: Lang) => (lang === 'ja' ? '、' : ', ');
export const fieldLabel = (f: string) => f.replace(/_/g, ' ');

/** Why an introduction: shared partners named, shared projects and fields, distance now. */
export function introductionReasons(i: Introduction, l: Labels): string[] {
  const { t } = l;
  const join = (names: string[]) => names.join(listSeparator(l.lang));
  const reasons: string[] = [];
  if (i.sharedPartners.length)
    reasons.push(t('gaps.intro.partners', { names: join(i.sharedPartners.map(l.actor)) }));
  if (i.sharedProjects.length)
    reasons.push(t('gaps.intro.projects', { names: join(i.sharedProjects.map(l.project)) }));
  if (i.sharedFields.length)
    reasons.push(t('gaps.intro.fields', { names: join(i.sharedFields.map(fieldLabel)) }));
  reasons.push(
    i.distance === null
      ? t('gaps.intro.unreachable')
      : t('gaps.intro.distance', { count: i.distance }),
  );
  return reasons;
}

/** The report's heading facts: network size and the thresholds used. */
export function settingsLines(report: GapReport, l: Labels): string[] {
  const { t } = l;
  const n = report.network;
  const lines = [
    t('gaps.report.network', {
      actors: l.number(n.actors),
      ties: l.number(n.ties),
      links: l.number(n.links),
      projects: l.number(n.projects),
    }),
  ];
  for (const [rule, params] of Object.entries(report.settings.rules)) {
    const values = Object.entries(params as Record<string, unknown>)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(', ');
    lines.push(`${t(`gaps.rules.${rule}.title`)}: ${values}`);
  }
  const intro = Object.entries(report.settings.introductions)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
  lines.push(`${t('gaps.intro.heading')}: ${intro}`);
  return lines;
}
