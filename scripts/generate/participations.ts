/**
 * Who takes part in which project, with what role. Every actor takes part in at least one
 * project of its bureau: firms in their own (a few also in a second one of the bureau),
 * universities in as many projects as the brief's table counts, the bureau leads, METI funds,
 * hubs are the core, support bodies coordinate or support, banks support.
 */
import type { ParticipationRole } from '../../src/model/domain';
import type { Dice } from '../demo/random';
import type { GenActor, GenParticipation } from './model';
import type { Plan } from './plan';
import { Pool } from './pool';
import { FIRST_YEAR, LAST_YEAR } from './projects';
import { BUREAU_PREFECTURES } from './geography';

/** Share of firms also in a second project of their bureau (assumption). */
const SECOND_PROJECT_SHARE = 0.05;

export function buildParticipations(
  plan: Plan,
  actors: readonly GenActor[],
  dice: Dice,
): GenParticipation[] {
  const out: GenParticipation[] = [];
  const seen = new Set<string>();
  const join = (actor: number, project: number, role: ParticipationRole, from = FIRST_YEAR) => {
    const key = `${actor}/${project}`;
    if (seen.has(key)) return;
    seen.add(key);
    // Most members joined at the start of a phase; some left before the plan ended.
    const startYear = dice.chance(0.5) ? from : dice.int(from, 2008);
    const endYear = dice.chance(0.1) ? Math.min(LAST_YEAR, startYear + dice.int(1, 4)) : LAST_YEAR;
    out.push({ actor, project, role, startYear, endYear });
  };
  const projectsOf = (a: GenActor) => {
    const mine = plan.projects
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p.spec.bureau === a.bureau);
    const covering = mine.filter(
      ({ p }) => p.spec.prefectures.length === 0 || p.spec.prefectures.includes(a.prefecture),
    );
    return covering.length ? covering : mine;
  };
  /** One project of the actor's bureau, larger projects more likely. */
  const someProject = (a: GenActor) => {
    const options = projectsOf(a);
    return options[
      new Pool(
        options.map((_, i) => i),
        (i) => options[i]!.p.companies,
      ).pick(dice) ?? 0
    ]!.i;
  };

  for (const a of actors) {
    switch (a.kind) {
      case 'company': {
        join(a.index, a.project, a.sizeClass === 'large' && dice.chance(0.5) ? 'core' : 'member');
        const others = projectsOf(a).filter(({ i }) => i !== a.project);
        if (others.length && dice.chance(SECOND_PROJECT_SHARE))
          join(a.index, dice.pick(others).i, 'member', 2006);
        break;
      }
      case 'cluster_hub':
        join(a.index, a.project, a.network ? 'coordinator' : 'core');
        break;
      case 'government':
        if (a.subtype === 'ministry') plan.projects.forEach((_, i) => join(a.index, i, 'funder'));
        else if (a.subtype === 'regional_bureau') {
          plan.projects.forEach((p, i) => p.spec.bureau === a.bureau && join(a.index, i, 'lead'));
        } else projectsOf(a).forEach(({ i }) => join(a.index, i, 'supporter'));
        break;
      case 'support_organisation':
        join(a.index, someProject(a), a.subtype === 'support_agency' ? 'coordinator' : 'supporter');
        break;
      case 'financial_institution':
        join(a.index, someProject(a), a.subtype === 'government' ? 'funder' : 'supporter', 2003);
        break;
      case 'tlo':
        join(a.index, someProject(a), 'supporter');
        break;
      case 'public_research_institute':
        join(a.index, someProject(a), 'member');
        if (dice.chance(0.3)) join(a.index, someProject(a), 'member');
        break;
      case 'university':
        break; // below, project by project
    }
  }

  // Universities: each project draws its count from its bureau, nearby and active ones first;
  // any university left out joins the project nearest its home.
  plan.projects.forEach((project, p) => {
    const home = new Set(
      project.spec.prefectures.length
        ? project.spec.prefectures
        : BUREAU_PREFECTURES[project.spec.bureau].map((x) => x.ja),
    );
    const candidates = actors.filter(
      (a) => a.kind === 'university' && a.bureau === project.spec.bureau,
    );
    const pool = new Pool(
      candidates.map((a) => a.index),
      (i) => actors[i]!.activity * (home.has(actors[i]!.prefecture) ? 3 : 1),
    );
    for (const uni of pool.pickDistinct(dice, project.universities)) {
      join(uni, p, actors[uni]!.realName ? 'core' : 'member');
    }
  });
  const inAny = new Set(out.map((x) => x.actor));
  for (const a of actors) {
    if (a.kind === 'university' && !inAny.has(a.index)) join(a.index, someProject(a), 'member');
  }
  return out;
}
