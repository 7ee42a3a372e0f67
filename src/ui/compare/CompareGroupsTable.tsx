import { useTranslation } from 'react-i18next';
import type { ScalarKey } from '../../analysis/compare';
import type { GroupComparison } from '../../analysis/compare-groups';
import { formatNumber } from '../../export/compare-report';
import { displayName } from '../../model/display-name';
import { publishedParent } from '../../model/published-figures';
import type { ExplorerGraph } from '../../state/base-graph';
import { useExplorer } from '../use-explorer';
import { groupName } from './compare-labels';

/** The measures shown per group (members are counted in their own columns). */
const COLUMNS: readonly ScalarKey[] = [
  'ties',
  'density',
  'components',
  'averagePathLength',
  'degreeCentralization',
  'betweennessCentralization',
  'modularity',
  'eiSector',
  'eiClusters',
  'crossPrefectureTies',
  'T_GTO',
];

const cell = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : formatNumber(v);

/**
 * The groups side by side ("small multiples" as a table): each numeric cell carries a bar
 * scaled to its column's largest magnitude, so the groups can be compared at a glance.
 */
export function CompareGroupsTable({
  groups,
  graph,
}: {
  groups: GroupComparison;
  graph: ExplorerGraph;
}) {
  const { t } = useTranslation();
  const lang = useExplorer((s) => s.lang);
  const rows = groups.groups;
  const parents = rows.map((g) => (g.published ? null : publishedParent(g.label)));
  // Published columns whenever a project has figures, its own or its whole project's.
  const published = rows.some((g, i) => g.published || parents[i]);
  const wholes = [...new Set(parents.filter((p) => p !== null))];
  const max = (value: (i: number) => number | null) => {
    let m = 0;
    rows.forEach((_, i) => (m = Math.max(m, Math.abs(value(i) ?? 0))));
    return m;
  };
  // A bar along the cell's foot, its length the value against the column's largest.
  const bar = (v: number | null, m: number) =>
    v === null || m === 0
      ? undefined
      : {
          backgroundImage: 'linear-gradient(var(--compare-bar), var(--compare-bar))',
          backgroundSize: `${(100 * Math.abs(v)) / m}% 5px`,
          backgroundRepeat: 'no-repeat',
          backgroundPosition: 'left bottom 1px',
        };
  const maxima = Object.fromEntries(COLUMNS.map((k) => [k, max((i) => rows[i]!.graph[k])]));
  const maxMembers = max((i) => rows[i]!.members.actors);
  const name = (id: string, label: string, labelEn: string | null) =>
    groups.by === 'project'
      ? displayName({ name: label, nameEn: labelEn }, lang)
      : groupName(graph, groups.by, id, t, lang);

  return (
    <section className="compare-groups" data-testid="compare-groups">
      <h3>{t('compare.groupsHeading', { by: t(`compare.by.${groups.by}`) })}</h3>
      <p className="muted small">{t('compare.groupsNote')}</p>
      {groups.by === 'project' && (
        <p className="muted small" data-testid="compare-published-note">
          {published
            ? t('compare.publishedNote', { source: t('compare.publishedSource') })
            : t('compare.publishedNone')}
        </p>
      )}
      {wholes.map((p) => (
        <p className="muted small" key={p.name} data-testid="compare-part-of">
          *{' '}
          {t('compare.partOf', {
            name: displayName({ name: p.name, nameEn: p.nameEn }, lang),
            companies: p.companies,
            universities: p.universities,
          })}
        </p>
      ))}
      <div className="compare-table-wrap">
        <table className="compare-table">
          <thead>
            <tr>
              <th>{t(`compare.by.${groups.by}`)}</th>
              <th>{t('compare.members')}</th>
              <th>{t('compare.companies')}</th>
              <th>{t('compare.universities')}</th>
              {published && (
                <>
                  <th>
                    {t('compare.companies')} ({t('compare.published')})
                  </th>
                  <th>
                    {t('compare.universities')} ({t('compare.published')})
                  </th>
                </>
              )}
              {COLUMNS.map((k) => (
                <th key={k}>{t(`compare.scalar.${k}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((g, i) => {
              const parent = parents[i];
              return (
                <tr key={g.id} data-group={g.id}>
                  <th scope="row">
                    {name(g.id, g.label, g.labelEn)}
                    {parent && '*'}
                  </th>
                  <td className="n bar" style={bar(g.members.actors, maxMembers)}>
                    {g.members.actors}
                  </td>
                  <td className="n">{g.members.companies}</td>
                  <td className="n">{g.members.universities}</td>
                  {published && (
                    <>
                      <td className={parent ? 'n muted' : 'n'} data-col="publishedCompanies">
                        {parent ? `${parent.companies}*` : cell(g.published?.companies)}
                      </td>
                      <td className={parent ? 'n muted' : 'n'} data-col="publishedUniversities">
                        {parent ? `${parent.universities}*` : cell(g.published?.universities)}
                      </td>
                    </>
                  )}
                  {COLUMNS.map((k) => (
                    <td
                      key={k}
                      className="n bar"
                      data-col={k}
                      data-value={g.graph[k] ?? ''}
                      style={bar(g.graph[k], maxima[k]!)}
                    >
                      {cell(g.graph[k])}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
