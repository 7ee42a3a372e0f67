/**
 * What to generate at a given scale: which projects, how many companies and universities per
 * project, and how many organisations of every other kind per bureau.
 *
 * - national: the 17 projects at the brief's counts (~12,400 actors).
 * - region: the projects of one bureau at the same density.
 * - <n>: every count scaled by n / national, so about n actors.
 */
import { BUREAUS, type Bureau } from '../../src/model/domain';
import { PROJECTS, type ProjectSpec } from './projects';
import { DISTINCT_UNIVERSITY_SHARE, NATIONAL_OTHERS, type KindCount } from './proportions';

export type Scale =
  { kind: 'national' } | { kind: 'region'; bureau: Bureau } | { kind: 'actors'; n: number };

export interface ProjectPlan {
  spec: ProjectSpec;
  companies: number;
  universities: number;
}

export interface BureauPlan {
  bureau: Bureau;
  universities: number;
  others: KindCount[];
}

export interface Plan {
  scale: Scale;
  factor: number;
  projects: ProjectPlan[];
  bureaus: BureauPlan[];
}

/** Below this the national structure (17 projects, every kind) cannot be kept. */
export const MIN_ACTORS = 300;

export function parseScale(text: string, bureau = 'kanto'): Scale {
  if (text === 'national') return { kind: 'national' };
  if (text === 'region') {
    if (!(BUREAUS as readonly string[]).includes(bureau)) {
      throw new Error(`--bureau must be one of ${BUREAUS.join(', ')}, got "${bureau}"`);
    }
    return { kind: 'region', bureau: bureau as Bureau };
  }
  const n = Number(text);
  if (!Number.isInteger(n) || n < MIN_ACTORS) {
    throw new Error(
      `--scale must be national, region or a whole number of actors >= ${MIN_ACTORS}, got "${text}"`,
    );
  }
  return { kind: 'actors', n };
}

export function describeScale(scale: Scale): string {
  if (scale.kind === 'national') return 'national';
  if (scale.kind === 'region') return `region ${scale.bureau}`;
  return `about ${scale.n} actors`;
}

/** Splits `total` into integers proportional to `weights` (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  return counts;
}

function build(scale: Scale, factor: number, projects: readonly ProjectSpec[]): Plan {
  const projectPlans = projects.map((spec) => ({
    spec,
    companies: Math.max(5, Math.round(spec.companies * factor)),
    universities: Math.max(1, Math.round(spec.universities * factor)),
  }));
  const bureaus = BUREAUS.filter((b) => projectPlans.some((p) => p.spec.bureau === b));
  // National shares of each kind go to the bureaus by their national company counts, so a
  // region gets what it would have in the national data.
  const nationalWeight = (b: Bureau) =>
    PROJECTS.filter((p) => p.bureau === b).reduce((s, p) => s + p.companies, 0);
  const weights = BUREAUS.map(nationalWeight);
  const bureauPlans = bureaus.map((bureau) => {
    const mine = projectPlans.filter((p) => p.spec.bureau === bureau);
    const memberships = mine.reduce((s, p) => s + p.universities, 0);
    const largest = Math.max(...mine.map((p) => p.universities));
    return {
      bureau,
      universities: Math.max(largest, Math.round(memberships * DISTINCT_UNIVERSITY_SHARE)),
      others: NATIONAL_OTHERS.map((k) => ({
        ...k,
        count: apportion(Math.round(k.count * factor), weights)[BUREAUS.indexOf(bureau)]!,
      })),
    };
  });
  return { scale, factor, projects: projectPlans, bureaus: bureauPlans };
}

/**
 * Organisations planned (government bodies and hubs are added by the actor builder: one per
 * bureau and prefecture in use, one per project and network).
 */
export function plannedActors(plan: Plan): number {
  const companies = plan.projects.reduce((s, p) => s + p.companies, 0);
  const universities = plan.bureaus.reduce((s, b) => s + b.universities, 0);
  const others = plan.bureaus.reduce((s, b) => s + b.others.reduce((t, k) => t + k.count, 0), 0);
  return companies + universities + others;
}

export function planDataset(scale: Scale): Plan {
  if (scale.kind === 'national') return build(scale, 1, PROJECTS);
  if (scale.kind === 'region') {
    return build(
      scale,
      1,
      PROJECTS.filter((p) => p.bureau === scale.bureau),
    );
  }
  // Government bodies and hubs (~80) do not scale; leave room for them.
  const national = plannedActors(build({ kind: 'national' }, 1, PROJECTS));
  const factor = Math.max(0, scale.n - 80) / national;
  return build(scale, factor, PROJECTS);
}
