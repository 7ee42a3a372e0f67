/**
 * What the demo generator plants for the gap finder (README.md here lists the steps), read
 * from the generator's own records — its actors, ties (in file order, so tie n is T-0000n),
 * participations and the SMEs it chose to isolate — not through the importer or the
 * analysis. With the default thresholds the rules must find exactly these on data/demo
 * (tests/unit/gaps/demo-gaps.test.ts). Structural gaps that no step plants on purpose
 * (articulation points, brokers, weak bridges) are pinned against networkx instead
 * (scripts/reference/gaps_reference.py).
 */
import { PROJECTS } from './catalogue';
import type { DemoDataset } from './generate';

const ACADEMIC = new Set(['university', 'tlo', 'public_research_institute']);

export interface PlantedGaps {
  /** SMEs (every company below `large`) with no tie to a university, TLO or institute. */
  smeNoAcademicTie: string[];
  /** Academic actors whose company ties are all licensing (the TLO that only licenses). */
  licensingOnly: string[];
  /** Academic actors with no company tie at all. */
  noCompanyTie: string[];
  /** Prefectures and projects (3+ actors) none of whose members is tied to a financial institution. */
  prefecturesWithoutFinance: string[];
  projectsWithoutFinance: string[];
  /** Financial institutions tied neither to academia nor to a company that is. */
  financeAtTheEdge: string[];
  /** Ties between an industrial-only and a knowledge-only actor (the thin link). */
  clusterLinkTies: string[];
  /** Project members without any tie: the isolated SMEs no later step happened to tie. */
  isolatedMembers: string[];
}

export const tieId = (index: number) => `T-${String(index + 1).padStart(5, '0')}`;

export function plantedGaps(data: DemoDataset): PlantedGaps {
  const kind = new Map(data.actors.map((a) => [a.id, a.kind]));
  const partners = new Map<string, Set<string>>();
  const tieKinds = new Map<string, Set<string>>();
  for (const t of data.ties) {
    for (const [a, b] of [
      [t.source, t.target],
      [t.target, t.source],
    ] as const) {
      if (!partners.has(a)) partners.set(a, new Set());
      partners.get(a)!.add(b);
      const key = `${a}|${b}`;
      if (!tieKinds.has(key)) tieKinds.set(key, new Set());
      tieKinds.get(key)!.add(t.kind);
    }
  }
  const partnersOf = (id: string) => [...(partners.get(id) ?? [])];
  const isAcademic = (id: string) => ACADEMIC.has(kind.get(id)!);
  const isFinance = (id: string) => kind.get(id) === 'financial_institution';
  const sorted = (ids: Iterable<string>) => [...ids].sort();

  const companies = data.actors.filter((a) => a.kind === 'company');
  const smeNoAcademicTie = companies
    .filter((a) => a.sizeClass !== 'large' && !partnersOf(a.id).some(isAcademic))
    .map((a) => a.id);

  const licensingOnly: string[] = [];
  const noCompanyTie: string[] = [];
  for (const a of data.actors.filter((x) => ACADEMIC.has(x.kind))) {
    const firms = partnersOf(a.id).filter((p) => kind.get(p) === 'company');
    const real = firms.filter((p) =>
      [...tieKinds.get(`${a.id}|${p}`)!].some((k) => k !== 'licensing'),
    );
    if (real.length > 0) continue;
    (firms.length > 0 ? licensingOnly : noCompanyTie).push(a.id);
  }

  const withoutFinance = (groups: Map<string, string[]>) =>
    sorted(
      [...groups]
        .filter(
          ([, members]) =>
            members.length >= 3 &&
            !members.some((m) => !isFinance(m) && partnersOf(m).some(isFinance)),
        )
        .map(([g]) => g),
    );
  const byPrefecture = new Map<string, string[]>();
  for (const a of data.actors) {
    if (!a.prefecture) continue;
    byPrefecture.set(a.prefecture, [...(byPrefecture.get(a.prefecture) ?? []), a.id]);
  }
  const byProject = new Map<string, string[]>();
  for (const p of data.participations) {
    const list = byProject.get(p.projectId) ?? [];
    if (!list.includes(p.actorId)) list.push(p.actorId);
    byProject.set(p.projectId, list);
  }
  const innovator = (id: string) => kind.get(id) === 'company' && partnersOf(id).some(isAcademic);
  const financeAtTheEdge = data.actors
    .filter((a) => a.kind === 'financial_institution')
    .filter((a) => !partnersOf(a.id).some((p) => isAcademic(p) || innovator(p)))
    .map((a) => a.id);

  const programme = new Map(PROJECTS.map((p) => [p.id, p.programme]));
  const cluster = new Map<string, Set<string>>();
  for (const p of data.participations) {
    if (!cluster.has(p.actorId)) cluster.set(p.actorId, new Set());
    cluster.get(p.actorId)!.add(programme.get(p.projectId)!);
  }
  const only = (id: string, mine: string, other: string) =>
    cluster.get(id)?.has(mine) === true && cluster.get(id)?.has(other) !== true;
  const industrialOnly = (id: string) => only(id, 'industrial_cluster', 'knowledge_cluster');
  const knowledgeOnly = (id: string) => only(id, 'knowledge_cluster', 'industrial_cluster');
  const clusterLinkTies = data.ties
    .map((t, i) => ({ t, id: tieId(i) }))
    .filter(
      ({ t }) =>
        (industrialOnly(t.source) && knowledgeOnly(t.target)) ||
        (knowledgeOnly(t.source) && industrialOnly(t.target)),
    )
    .map(({ id }) => id);

  const members = new Set(data.participations.map((p) => p.actorId));
  const isolatedMembers = [...members].filter((id) => partnersOf(id).length === 0);

  return {
    smeNoAcademicTie: sorted(smeNoAcademicTie),
    licensingOnly: sorted(licensingOnly),
    noCompanyTie: sorted(noCompanyTie),
    prefecturesWithoutFinance: withoutFinance(byPrefecture),
    projectsWithoutFinance: withoutFinance(byProject),
    financeAtTheEdge: sorted(financeAtTheEdge),
    clusterLinkTies: sorted(clusterLinkTies),
    isolatedMembers: sorted(isolatedMembers),
  };
}
