import { buildNetwork } from '../src/model/build-network';
import type { View } from '../src/model/domain';
import { DIRECTED_TIE_KINDS, SECTOR_OF_KIND } from '../src/model/domain';
import type { SerializedNetwork } from '../src/model/graph-format';
import type { ValidDataset } from './validate/records';

/**
 * A validated input as the network the API would serve for view "all", without a database:
 * lets the analysis CLI and the explorer's tests work straight from CSV or a workbook.
 */
export function datasetToNetwork(data: ValidDataset, view: View = 'all'): SerializedNetwork {
  const programmeOf = new Map(data.projects.map((p) => [p.id, p.programme]));
  const partsOf = new Map<
    string,
    {
      project: string;
      role: string;
      programme: string | undefined;
      startYear: number | null;
      endYear: number | null;
    }[]
  >();
  for (const p of data.participations) {
    const list = partsOf.get(p.actorId) ?? [];
    list.push({
      project: p.projectId,
      role: p.role,
      programme: programmeOf.get(p.projectId),
      startYear: p.startYear,
      endYear: p.endYear,
    });
    partsOf.set(p.actorId, list);
  }
  const actors = data.actors.map((a) => ({
    ...a,
    sector: SECTOR_OF_KIND[a.kind],
    participations: partsOf.get(a.id) ?? [],
  }));
  const ties = data.ties.map((t) => ({ ...t, directed: DIRECTED_TIE_KINDS.has(t.kind) }));
  return buildNetwork(
    view,
    actors,
    ties,
    data.projects.map((p) => ({ ...p })),
  );
}
