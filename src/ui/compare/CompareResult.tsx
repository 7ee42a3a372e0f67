import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SCALAR_KEYS, type Comparison, type GraphSide } from '../../analysis/compare';
import type { PairOutcome } from '../../analysis/compare-request';
import { formatNumber } from '../../export/compare-report';
import { compareSentences } from '../../export/compare-summary';
import { displayName } from '../../model/display-name';
import { SECTORS } from '../../model/domain';
import type { ExplorerGraph } from '../../state/base-graph';
import { useExplorer } from '../use-explorer';
import { CompareActors } from './CompareActors';

const cell = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : formatNumber(v);
const signed = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${v > 0 ? '+' : ''}${formatNumber(v)}`;

function mixing(side: GraphSide, s: string, t: string, what: 'ties' | 'expected') {
  const m = side.sectorMixing;
  const i = m.sectors.indexOf(s);
  const j = m.sectors.indexOf(t);
  return i < 0 || j < 0 ? null : m[what][i]![j]!;
}

/** Observed against expected: a ratio above 1 is shaded, so over-tied pairs stand out. */
function Observed({ value, expected }: { value: number | null; expected: number | null }) {
  const ratio = value !== null && expected ? value / expected : null;
  const className = ratio === null ? '' : ratio >= 1.25 ? 'over' : ratio <= 0.8 ? 'under' : '';
  return (
    <td className={`n ${className}`} data-value={value ?? ''}>
      {cell(value)}
    </td>
  );
}

function MixingTable({ c, sides }: { c: Comparison; sides: { a: string; b: string } }) {
  const { t } = useTranslation();
  const sectors = SECTORS.filter(
    (s) => c.a.sectorMixing.sectors.includes(s) || c.b.sectorMixing.sectors.includes(s),
  );
  const pairs: [string, string][] = [];
  sectors.forEach((s, i) => sectors.slice(i).forEach((x) => pairs.push([s, x])));
  return (
    <section data-testid="compare-mixing">
      <h3>{t('compare.mixing')}</h3>
      <p className="muted small">{t('compare.mixingNote')}</p>
      <table className="compare-table">
        <thead>
          <tr>
            <th rowSpan={2}>{t('compare.sectors')}</th>
            <th colSpan={2}>A · {sides.a}</th>
            <th colSpan={2}>B · {sides.b}</th>
            <th rowSpan={2}>{t('compare.change')}</th>
          </tr>
          <tr className="sub-head">
            <th>{t('compare.observed')}</th>
            <th>{t('compare.expected')}</th>
            <th>{t('compare.observed')}</th>
            <th>{t('compare.expected')}</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map(([s, x]) => {
            const [oa, ob] = [mixing(c.a, s, x, 'ties'), mixing(c.b, s, x, 'ties')];
            const [ea, eb] = [mixing(c.a, s, x, 'expected'), mixing(c.b, s, x, 'expected')];
            return (
              <tr key={`${s}-${x}`} data-pair={`${s}-${x}`}>
                <th scope="row">
                  {s === x ? t(`sector.${s}`) : `${t(`sector.${s}`)}–${t(`sector.${x}`)}`}
                </th>
                <Observed value={oa} expected={ea} />
                <td className="n muted">{cell(ea)}</td>
                <Observed value={ob} expected={eb} />
                <td className="n muted">{cell(eb)}</td>
                <td className="n" data-value={(ob ?? 0) - (oa ?? 0)}>
                  {signed((ob ?? 0) - (oa ?? 0))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** Two sides compared: summary, counts, graph measures, sector mixing, T(GTO), actors. */
export function CompareResult({
  outcome,
  graph,
  sides,
}: {
  outcome: PairOutcome;
  graph: ExplorerGraph;
  sides: { a: string; b: string };
}) {
  const { t } = useTranslation();
  const lang = useExplorer((s) => s.lang);
  const c = outcome.comparison;
  const pair = c.settings.kind === 'pair';
  const sentences = useMemo(
    () =>
      compareSentences(c, {
        t: (key, values) => t(key, values ?? {}),
        actor: (id) => (graph.hasNode(id) ? displayName(graph.getNodeAttributes(id), lang) : id),
        ...sides,
      }),
    [c, t, graph, lang, sides],
  );
  const status = Object.values(c.actors);
  const count = (s: string) => status.filter((x) => x.status === s).length;
  const counts: [string, string, number][] = pair
    ? [
        ['both', t('compare.actorsBoth'), count('both')],
        ['onlyA', t('compare.actorsOnlyA', sides), count('left')],
        ['onlyB', t('compare.actorsOnlyB', sides), count('appeared')],
        ['tiesKept', t('compare.tiesKept'), outcome.kept.length],
        ['tiesOnlyA', t('compare.tiesOnlyA', sides), c.ties.removed.length],
        ['tiesOnlyB', t('compare.tiesOnlyB', sides), c.ties.added.length],
      ]
    : [
        ['both', t('compare.actorsBoth'), count('both')],
        ['appeared', t('compare.actorsAppeared'), count('appeared')],
        ['left', t('compare.actorsLeft'), count('left')],
        ['tiesKept', t('compare.tiesKept'), outcome.kept.length],
        ['tiesAdded', t('compare.tiesAdded'), c.ties.added.length],
        ['tiesRemoved', t('compare.tiesRemoved'), c.ties.removed.length],
      ];

  return (
    <div className="compare-result" data-testid="compare-result">
      <section>
        <h3>{t('compare.summary')}</h3>
        <ul className="compare-summary" data-testid="compare-summary">
          {sentences.map((s) => (
            <li key={s.id} data-sentence={s.id}>
              {s.text}
            </li>
          ))}
        </ul>
      </section>
      <div className="compare-columns">
        <section>
          <h3>{t('compare.measures')}</h3>
          <table className="compare-table" data-testid="compare-measures">
            <thead>
              <tr>
                <th>{t('compare.measure')}</th>
                <th>A · {sides.a}</th>
                <th>B · {sides.b}</th>
                <th>{t('compare.change')}</th>
              </tr>
            </thead>
            <tbody>
              {SCALAR_KEYS.map((key) => (
                <tr key={key} data-measure={key}>
                  <th scope="row">{t(`compare.scalar.${key}`)}</th>
                  <td className="n" data-side="a" data-value={c.a[key] ?? ''}>
                    {cell(c.a[key])}
                  </td>
                  <td className="n" data-side="b" data-value={c.b[key] ?? ''}>
                    {cell(c.b[key])}
                  </td>
                  <td className="n" data-side="delta" data-value={c.delta[key] ?? ''}>
                    {signed(c.delta[key])}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section>
          <h3>{pair ? t('compare.countsPair') : t('compare.counts')}</h3>
          <table className="compare-table" data-testid="compare-counts">
            <tbody>
              {counts.map(([id, label, n]) => (
                <tr key={id} data-count={id}>
                  <th scope="row">{label}</th>
                  <td className="n" data-value={n}>
                    {formatNumber(n)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('compare.helix')}</h3>
          <p className="muted small">{t('compare.helixNote')}</p>
          <table className="compare-table" data-testid="compare-helix">
            <thead>
              <tr>
                <th />
                <th>A · {sides.a}</th>
                <th>B · {sides.b}</th>
              </tr>
            </thead>
            <tbody>
              <tr data-helix="T_GTO">
                <th scope="row">T(GTO)</th>
                <td className="n" data-value={c.a.tripleHelix.T_GTO ?? ''}>
                  {cell(c.a.tripleHelix.T_GTO)}
                </td>
                <td className="n" data-value={c.b.tripleHelix.T_GTO ?? ''}>
                  {cell(c.b.tripleHelix.T_GTO)}
                </td>
              </tr>
              <tr>
                <th scope="row">{t('compare.helixCompanies')}</th>
                <td className="n">{c.a.tripleHelix.companies}</td>
                <td className="n">{c.b.tripleHelix.companies}</td>
              </tr>
              <tr>
                <th scope="row">{t('compare.helixLeftOut')}</th>
                <td className="n">{c.a.tripleHelix.left_out}</td>
                <td className="n">{c.b.tripleHelix.left_out}</td>
              </tr>
            </tbody>
          </table>
        </section>
      </div>
      <MixingTable c={c} sides={sides} />
      <CompareActors comparison={c} graph={graph} sides={sides} pair={pair} />
    </div>
  );
}
