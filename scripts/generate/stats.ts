/**
 * The structure of a generated dataset, in the terms the brief uses: kinds, the share of SMEs
 * with a university tie (by size band, against seed 001's survey), ties across regions, how
 * heavy-tailed the degrees are, and the years covered. Printed by `npm run generate`,
 * checked by the tests, recorded by the import benchmark.
 */
import type { SizeClass } from '../../src/model/domain';
import type { GenDataset } from './model';

export interface DatasetStats {
  actors: number;
  projects: number;
  participations: number;
  ties: number;
  actorsByKind: Record<string, number>;
  tiesByKind: Record<string, number>;
  /** Share of firms (spin-offs excluded) with at least one tie to a university, by size class. */
  universityTieShare: Record<SizeClass | 'sme', number>;
  /** Share of ties whose ends are in different bureaus (regions). */
  crossRegionShare: number;
  degree: {
    mean: number;
    median: number;
    p99: number;
    max: number;
    /** Share of all tie ends held by the 1 % best-connected actors. */
    top1PercentShare: number;
    /** Share of actors with no tie at all. */
    isolated: number;
  };
  years: { firstStart: number; lastStart: number; lastEnd: number };
}

const share = (part: number, whole: number) => (whole ? part / whole : 0);

export function datasetStats(data: GenDataset): DatasetStats {
  const { actors, ties } = data;
  const count = <T>(items: readonly T[], key: (x: T) => string) => {
    const out: Record<string, number> = {};
    for (const x of items) out[key(x)] = (out[key(x)] ?? 0) + 1;
    return out;
  };

  const degree = new Int32Array(actors.length);
  const withUniversity = new Uint8Array(actors.length);
  let cross = 0;
  for (const t of ties) {
    degree[t.source]!++;
    degree[t.target]!++;
    const s = actors[t.source]!;
    const d = actors[t.target]!;
    if (s.bureau !== d.bureau) cross++;
    if (s.kind === 'university') withUniversity[d.index] = 1;
    if (d.kind === 'university') withUniversity[s.index] = 1;
  }

  const firms = actors.filter((a) => a.kind === 'company' && !a.spinOff);
  const rate = (keep: (size: SizeClass) => boolean) => {
    const group = firms.filter((a) => keep(a.sizeClass!));
    return share(group.filter((a) => withUniversity[a.index]).length, group.length);
  };

  const sorted = Array.from(degree).sort((a, b) => a - b);
  const n = sorted.length;
  const ends = 2 * ties.length;
  const top = Math.max(1, Math.round(n * 0.01));
  const topEnds = sorted.slice(n - top).reduce((s, d) => s + d, 0);

  return {
    actors: actors.length,
    projects: data.plan.projects.length,
    participations: data.participations.length,
    ties: ties.length,
    actorsByKind: count(actors, (a) => a.kind),
    tiesByKind: count(ties, (t) => t.kind),
    universityTieShare: {
      micro: rate((s) => s === 'micro'),
      small: rate((s) => s === 'small'),
      medium: rate((s) => s === 'medium'),
      large: rate((s) => s === 'large'),
      sme: rate((s) => s !== 'large'),
    },
    crossRegionShare: share(cross, ties.length),
    degree: {
      mean: share(ends, n),
      median: sorted[n >> 1] ?? 0,
      p99: sorted[Math.min(n - 1, Math.floor(n * 0.99))] ?? 0,
      max: sorted[n - 1] ?? 0,
      top1PercentShare: share(topEnds, ends),
      isolated: share(sorted.filter((d) => d === 0).length, n),
    },
    years: {
      firstStart: ties.reduce((m, t) => Math.min(m, t.startYear), Infinity),
      lastStart: ties.reduce((m, t) => Math.max(m, t.startYear), -Infinity),
      lastEnd: ties.reduce((m, t) => Math.max(m, t.endYear), -Infinity),
    },
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

export function formatStats(s: DatasetStats): string {
  const list = (r: Record<string, number>) =>
    Object.entries(r)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  const u = s.universityTieShare;
  return [
    `${s.actors} actors, ${s.projects} projects, ${s.participations} participations, ${s.ties} ties`,
    `actors: ${list(s.actorsByKind)}`,
    `ties: ${list(s.tiesByKind)}`,
    `firms with a university tie (seed 001 survey: 13.3–17.9 % for SMEs, 31.5 % for 301+): ` +
      `micro ${pct(u.micro)}, small ${pct(u.small)}, medium ${pct(u.medium)}, ` +
      `all SMEs ${pct(u.sme)}, large ${pct(u.large)}`,
    `ties across regions (bureaus): ${pct(s.crossRegionShare)}`,
    `degree: mean ${s.degree.mean.toFixed(1)}, median ${s.degree.median}, 99th percentile ` +
      `${s.degree.p99}, max ${s.degree.max}; top 1 % of actors hold ` +
      `${pct(s.degree.top1PercentShare)} of tie ends; ${pct(s.degree.isolated)} without ties`,
    `tie years: ${s.years.firstStart}–${s.years.lastEnd}`,
  ].join('\n');
}
