/**
 * Each finding as tables of text cells — the one layout the Markdown, HTML and xlsx reports
 * and the explorer's Gaps view all draw. A cell that names actors keeps their ids, so the
 * explorer can make them clickable; the writers escape the text for their format.
 */
import type { Finding, GroupScope, Introduction, ShareRow } from '../../analysis/gaps/types';
import { fieldLabel, introductionReasons, type Labels } from './describe';

export interface Cell {
  text: string;
  /** Actors the cell names, in order (clickable in the explorer), with their names. */
  actors?: string[];
  names?: string[];
  /** Text after the names (the explorer shows it beside the buttons). */
  suffix?: string;
  /** The value behind a numeric cell (right-aligned; a number in xlsx). */
  value?: number;
}

export interface Table {
  /** Stable id within the finding (`items`, `bySize`, `introductions`, …). */
  id: string;
  title: string | null;
  columns: string[];
  numeric: boolean[];
  rows: Cell[][];
}

const text = (t: string): Cell => ({ text: t });
const num = (v: number | null, l: Labels): Cell =>
  v === null ? { text: '–' } : { text: l.number(v), value: v };
const pct = (v: number | null, l: Labels): Cell =>
  v === null ? { text: '–' } : { text: l.percent(v), value: v };
const actors = (ids: readonly string[], l: Labels, suffix = ''): Cell => {
  const names = ids.map(l.actor);
  return {
    text: names.join(l.lang === 'ja' ? '、' : ', ') + suffix,
    actors: [...ids],
    names,
    ...(suffix && { suffix }),
  };
};

function table(
  id: string,
  title: string | null,
  columns: [string, boolean][],
  rows: Cell[][],
  l: Labels,
): Table {
  return {
    id,
    title,
    columns: columns.map(([key]) => l.t(`gaps.columns.${key}`)),
    numeric: columns.map(([, n]) => n),
    rows,
  };
}

function groupName(scope: GroupScope, group: string, l: Labels): string {
  switch (scope) {
    case 'community':
      return l.t('legend.community', { n: Number(group) + 1 });
    case 'project':
      return l.project(group);
    case 'cluster':
      return l.t(`cluster.${group}`, { defaultValue: group });
    case 'prefecture':
      return group;
  }
}

const kindOf = (kind: string, l: Labels) => text(l.t(`kind.${kind}`, { defaultValue: kind }));
const introTargets = (list: readonly Introduction[], l: Labels) =>
  actors(
    list.map((i) => i.target),
    l,
  );

export function introductionsTable(
  list: readonly Introduction[],
  l: Labels,
  title: string | null = l.t('gaps.closeWith'),
  withRules = false,
): Table {
  const columns: [string, boolean][] = [
    ['who', false],
    ['whom', false],
    ['score', true],
    ['why', false],
  ];
  if (withRules) columns.push(['closes', false]);
  return table(
    'introductions',
    title,
    columns,
    list.map((i) => {
      const row = [
        actors([i.source], l),
        actors([i.target], l),
        num(i.score, l),
        text(introductionReasons(i, l).join(' / ')),
      ];
      if (withRules) row.push(text(i.rules.map((r) => l.t(`gaps.rules.${r}.title`)).join(' / ')));
      return row;
    }),
    l,
  );
}

function shareTable(
  id: string,
  title: string,
  rows: ShareRow[],
  label: (g: string) => string,
  l: Labels,
) {
  const survey = rows.some((r) => r.survey !== undefined);
  const columns: [string, boolean][] = [
    ['group', false],
    ['companies', true],
    ['withTie', true],
    ['share', true],
  ];
  if (survey) columns.push(['survey', false]);
  return table(
    id,
    title,
    columns,
    rows.map((r) => {
      const row = [
        text(label(r.group)),
        num(r.companies, l),
        num(r.withAcademicTie, l),
        pct(r.share, l),
      ];
      if (survey)
        row.push(
          text((r.survey ?? []).map((s) => `${s.band}: ${l.percent(s.share)}`).join(', ') || '–'),
        );
      return row;
    }),
    l,
  );
}

/** Items numbered from 1, so a meeting can say "item 12" and a printout can be checked whole. */
function numbered(table: Table): Table {
  return {
    ...table,
    columns: ['#', ...table.columns],
    numeric: [true, ...table.numeric],
    // "12." rather than "12": a row number reads as one and never as a count.
    rows: table.rows.map((row, i) => [{ text: `${i + 1}.`, value: i + 1 }, ...row]),
  };
}

/**
 * The finding's tables: its items first (numbered), then what backs the sentence, then its
 * best `maxIntroductions` introductions.
 */
export function findingTables(f: Finding, l: Labels, maxIntroductions = Infinity): Table[] {
  const tables = itemTables(f, l);
  tables[0] = numbered(tables[0]!);
  tables.push(introductionsTable(f.introductions.slice(0, maxIntroductions), l));
  return tables;
}

function itemTables(f: Finding, l: Labels): Table[] {
  const { t } = l;
  const unknown = (g: string) => (g === 'unknown' ? t('gaps.breakdown.unknown') : g);
  const tables: Table[] = [];
  switch (f.rule) {
    case 'sme-no-academic-tie':
      tables.push(
        table(
          'items',
          null,
          [
            ['actor', false],
            ['prefecture', false],
            ['sizeClass', false],
            ['academicTies', true],
            ['whom', false],
          ],
          f.items.map((i) => [
            actors([i.actor], l),
            text(i.prefecture ?? '–'),
            text(i.sizeClass ? t(`sizeClass.${i.sizeClass}`) : '–'),
            num(i.academicTies, l),
            introTargets(i.introductions, l),
          ]),
          l,
        ),
        shareTable(
          'bySize',
          t('gaps.breakdown.bySize'),
          f.bySizeClass,
          (g) => (g === 'unknown' ? unknown(g) : t(`sizeClass.${g}`)),
          l,
        ),
        shareTable('byPrefecture', t('gaps.breakdown.byPrefecture'), f.byPrefecture, unknown, l),
      );
      break;
    case 'academia-no-industry-tie':
      tables.push(
        table(
          'items',
          null,
          [
            ['actor', false],
            ['kind', false],
            ['companyTies', true],
            ['licensingTies', true],
            ['reason', false],
            ['whom', false],
          ],
          f.items.map((i) => [
            actors([i.actor], l),
            kindOf(i.kind, l),
            num(i.companyTies, l),
            num(i.licensingTies, l),
            text(t(`gaps.reasons.${i.reason}`)),
            introTargets(i.introductions, l),
          ]),
          l,
        ),
      );
      break;
    case 'no-finance-tie':
      tables.push(
        table(
          'items',
          null,
          [
            ['scope', false],
            ['group', false],
            ['members', true],
            ['financeTies', true],
            ['whom', false],
          ],
          f.items.map((i) =>
            i.scope === 'financial-institution'
              ? [
                  text(t('gaps.scope.financial-institution')),
                  actors([i.actor], l),
                  num(null, l),
                  num(i.academicTies + i.innovatorTies, l),
                  introTargets(i.introductions, l),
                ]
              : [
                  text(t(`gaps.scope.${i.scope}`)),
                  text(groupName(i.scope, i.group, l)),
                  num(i.members, l),
                  num(i.financeTies, l),
                  introTargets(i.introductions, l),
                ],
          ),
          l,
        ),
        table(
          'finance',
          t('gaps.breakdown.finance'),
          [
            ['actor', false],
            ['companyTies', true],
            ['academicTies', true],
            ['innovatorTies', true],
          ],
          f.financialInstitutions.map((r) => [
            actors([r.actor], l),
            num(r.companyTies, l),
            num(r.academicTies, l),
            num(r.innovatorTies, l),
          ]),
          l,
        ),
      );
      break;
    case 'single-point-of-failure':
      tables.push(
        table(
          'items',
          null,
          [
            ['actor', false],
            ['cutOffCount', true],
            ['cutOff', false],
            ['pieces', true],
          ],
          f.items.map((i) => [
            actors([i.actor], l),
            num(i.cutOff.length, l),
            actors(
              i.cutOff,
              l,
              ` (${Object.entries(i.cutOffKinds)
                .map(([k, n]) => `${t(`kind.${k}`, { defaultValue: k })} ${n}`)
                .join(', ')})`,
            ),
            num(i.pieces, l),
          ]),
          l,
        ),
        table(
          'brokers',
          t('gaps.breakdown.brokers'),
          [
            ['actor', false],
            ['betweenness', true],
            ['before', true],
            ['after', true],
            ['increase', true],
          ],
          f.brokers.map((b) => [
            actors([b.actor], l),
            num(b.betweenness, l),
            num(b.meanDistanceBefore, l),
            num(b.meanDistanceAfter, l),
            pct(b.increase, l),
          ]),
          l,
        ),
      );
      break;
    case 'weak-bridge':
      tables.push(
        table(
          'items',
          null,
          [
            ['scope', false],
            ['group', false],
            ['members', true],
            ['reason', false],
            ['links', false],
            ['carriers', false],
          ],
          f.items.map((i) => [
            text(t(`gaps.scope.${i.scope}`)),
            text(groupName(i.scope, i.group, l)),
            num(i.members, l),
            text(t(`gaps.reasons.${i.reason}`)),
            text(
              i.links
                .map((k) => `${l.actor(k.source)} – ${l.actor(k.target)} (${l.number(k.strength)})`)
                .join('; ') || '–',
            ),
            actors(i.carriers, l),
          ]),
          l,
        ),
      );
      break;
    case 'cluster-link':
      tables.push(
        table(
          'items',
          null,
          [
            ['tie', false],
            ['tieKind', false],
            ['strength', true],
            ['years', false],
          ],
          f.items.map((i) => [
            {
              text: `${l.actor(i.source)} – ${l.actor(i.target)}`,
              actors: [i.source, i.target],
              names: [l.actor(i.source), l.actor(i.target)],
            },
            text(t(`tie.${i.kind}`, { defaultValue: i.kind })),
            num(i.strength, l),
            text(
              i.startYear === null
                ? '–'
                : i.endYear === null || i.endYear === i.startYear
                  ? String(i.startYear)
                  : `${i.startYear}–${i.endYear}`,
            ),
          ]),
          l,
        ),
        table(
          'carriers',
          t('gaps.columns.carriers'),
          [
            ['actor', false],
            ['cluster', false],
            ['ties', true],
          ],
          f.carriers.map((c) => [
            actors([c.actor], l),
            text(t(`cluster.${c.cluster}`)),
            num(c.ties, l),
          ]),
          l,
        ),
        table(
          'byYear',
          t('gaps.breakdown.byYear'),
          [
            ['year', false],
            ['external', true],
            ['internal', true],
            ['score', true],
          ],
          f.byYear.map((y) => [
            text(String(y.year)),
            num(y.external, l),
            num(y.internal, l),
            num(y.eiIndex, l),
          ]),
          l,
        ),
      );
      // E-I, not a score: the column is relabelled.
      tables[tables.length - 1]!.columns[3] = 'E-I';
      break;
    case 'isolated-member':
      tables.push(
        table(
          'items',
          null,
          [
            ['actor', false],
            ['kind', false],
            ['projects', false],
            ['ties', true],
            ['whom', false],
          ],
          f.items.map((i) => [
            actors([i.actor], l),
            kindOf(i.kind, l),
            text(i.projects.map(l.project).join(l.lang === 'ja' ? '、' : ', ')),
            num(i.ties, l),
            introTargets(i.introductions, l),
          ]),
          l,
        ),
      );
      break;
  }
  return tables;
}

export { fieldLabel };
