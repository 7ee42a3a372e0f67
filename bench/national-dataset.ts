/**
 * Importer input (CSV files) for a national-scale network, for the API benchmark until
 * `npm run generate` exists: the cluster-like structure of generate.ts (communities,
 * heavy-tailed degrees) with actor kinds in the Industrial Cluster Plan's national proportions,
 * 17 projects, and tie kinds that suit the two ends. Every row is synthetic and says so.
 * Ties carry no id, so the importer derives them (the long form a real export without ids gets).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { createRng } from '../src/analysis/seeded-random';
import { BUREAUS, type ActorKind, type TieKind } from '../src/model/domain';
import { clusterLike } from './generate';

/** National counts from the domain brief (participants of the Industrial Cluster Plan). */
const KIND_COUNTS: [ActorKind, number][] = [
  ['company', 10_700],
  ['university', 290],
  ['public_research_institute', 150],
  ['support_organisation', 651],
  ['tlo', 47],
  ['financial_institution', 447],
  ['government', 60],
  ['cluster_hub', 20],
];
const PROJECTS = 17;

function tieKind(a: ActorKind, b: ActorKind, r: number): TieKind {
  const has = (k: ActorKind) => a === k || b === k;
  if (has('financial_institution')) return 'finance';
  if (has('tlo')) return 'licensing';
  if (has('university') || has('public_research_institute')) {
    return r < 0.6 ? 'joint_research' : r < 0.95 ? 'contract_research' : 'spin_off';
  }
  if (has('support_organisation') || has('cluster_hub') || has('government')) {
    return r < 0.8 ? 'coordination' : 'resource_sharing';
  }
  return r < 0.85 ? 'supply' : 'resource_sharing';
}

export interface NationalDatasetSize {
  actors: number;
  ties: number;
}

/** Writes actors.csv, projects.csv, participations.csv and ties.csv into `folder`. */
export function writeNationalDataset(
  folder: string,
  size: NationalDatasetSize = { actors: 12_500, ties: 100_000 },
  seed = 7,
): NationalDatasetSize {
  const rng = createRng(seed);
  const graph = clusterLike(size.actors, size.ties, seed);
  const total = KIND_COUNTS.reduce((s, [, c]) => s + c, 0);
  const kinds: ActorKind[] = [];
  for (const [kind, count] of KIND_COUNTS) {
    const share = Math.round((count / total) * size.actors);
    for (let i = 0; i < share && kinds.length < size.actors; i++) kinds.push(kind);
  }
  while (kinds.length < size.actors) kinds.push('company');
  // Shuffle so every community holds a mix of kinds.
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  const id = (v: number) => `SYN-${kinds[v]!.toUpperCase().replace(/_/g, '')}-${v}`;
  const projectOf = (v: number) => v % PROJECTS;
  const bureauOf = (v: number) => BUREAUS[projectOf(v) % BUREAUS.length]!;
  mkdirSync(folder, { recursive: true });
  const write = (file: string, rows: Record<string, unknown>[]) =>
    writeFileSync(join(folder, file), stringify(rows, { header: true }));

  write(
    'projects.csv',
    Array.from({ length: PROJECTS }, (_, p) => ({
      id: `SYN-PRJ-${p + 1}`,
      name: `合成クラスタープロジェクト${p + 1}`,
      name_en: `Synthetic cluster project ${p + 1}`,
      programme: p < 14 ? 'industrial_cluster' : 'knowledge_cluster',
      region: `地域${p + 1}`,
      bureau: BUREAUS[p % BUREAUS.length],
      start_year: 2001,
      end_year: 2010,
      synthetic: true,
    })),
  );
  write(
    'actors.csv',
    kinds.map((kind, v) => {
      const company = kind === 'company';
      const size = company ? (['micro', 'small', 'medium', 'large'] as const)[v % 4] : '';
      return {
        id: id(v),
        kind,
        name: `合成${company ? '株式会社' : '機関'}${v}`,
        name_en: `Synthetic ${kind.replace(/_/g, ' ')} ${v}`,
        prefecture: `県${1 + (v % 47)}`,
        bureau: bureauOf(v),
        size_class: size,
        fields: ['manufacturing', 'bio', 'it', 'medical', 'materials'][v % 5],
        synthetic: true,
        note: 'synthetic benchmark data',
      };
    }),
  );
  write(
    'participations.csv',
    kinds.map((kind, v) => ({
      actor_id: id(v),
      project_id: `SYN-PRJ-${projectOf(v) + 1}`,
      role: kind === 'cluster_hub' ? 'coordinator' : 'member',
      synthetic: true,
    })),
  );
  write(
    'ties.csv',
    Array.from(graph.source, (s, e) => {
      const t = graph.target[e]!;
      const start = 2001 + Math.floor(rng() * 10);
      return {
        source: id(s),
        target: id(t),
        kind: tieKind(kinds[s]!, kinds[t]!, rng()),
        start_year: start,
        end_year: Math.min(2010, start + Math.floor(rng() * 4)),
        strength: graph.strength[e],
        synthetic: true,
      };
    }),
  );
  return { actors: size.actors, ties: graph.source.length };
}
