import type { Driver } from 'neo4j-driver';
import { runRead, type ReadOptions } from './run-read';
import { toNumber } from './values';

export interface Summary {
  totals: {
    actors: number;
    projects: number;
    ties: number;
    participations: number;
    syntheticActors: number;
    syntheticTies: number;
  };
  actorsByKind: Record<string, number>;
  tiesByKind: Record<string, number>;
  projectsByProgramme: Record<string, number>;
  lastImport: {
    id: string;
    source: string;
    startedAt: string;
    finishedAt: string | null;
    status: string;
  } | null;
}

const byKey = (rows: Record<string, unknown>[], key: string) =>
  Object.fromEntries(rows.map((r) => [String(r[key]), toNumber(r.count) ?? 0]));

/** Totals and breakdowns for `/api/summary`. */
export async function fetchSummary(driver: Driver, options: ReadOptions = {}): Promise<Summary> {
  const read = (name: string) => runRead(driver, name, {}, options);
  const [totals, actors, ties, projects, last] = await Promise.all([
    read('summaryTotals'),
    read('summaryActorsByKind'),
    read('summaryTiesByKind'),
    read('summaryProjectsByProgramme'),
    read('lastImportRun'),
  ]);
  const t = totals[0] ?? {};
  const n = (k: string) => toNumber(t[k]) ?? 0;
  const run = last[0];
  return {
    totals: {
      actors: n('actors'),
      projects: n('projects'),
      ties: n('ties'),
      participations: n('participations'),
      syntheticActors: n('syntheticActors'),
      syntheticTies: n('syntheticTies'),
    },
    actorsByKind: byKey(actors, 'kind'),
    tiesByKind: byKey(ties, 'kind'),
    projectsByProgramme: byKey(projects, 'programme'),
    lastImport: run
      ? {
          id: String(run.id),
          source: String(run.source),
          startedAt: String(run.startedAt),
          finishedAt: run.finishedAt === null ? null : String(run.finishedAt),
          status: String(run.status),
        }
      : null,
  };
}
