/**
 * The time bar's counts are counted from index arrays (time.ts); they must equal what the
 * canvas shows at each year, which is `computeVisibility` with that year's window.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../../graph-import/read-dataset';
import { datasetToNetwork } from '../../../graph-import/to-network';
import { generateDataset } from '../../../scripts/generate/dataset';
import { parseScale } from '../../../scripts/generate/plan';
import { writeDataset } from '../../../scripts/generate/write';
import { yearBounds } from '../../../src/state/activity';
import { buildBaseGraph, type ExplorerGraph } from '../../../src/state/base-graph';
import { crossCluster, timeline, windowAt } from '../../../src/state/time';
import { EMPTY_FILTERS, type Filters, type TimeControl } from '../../../src/state/view-state';
import { computeVisibility } from '../../../src/state/visibility';

const root = mkdtempSync(join(tmpdir(), 'cne-timeline-'));
let graph: ExplorerGraph;

beforeAll(async () => {
  writeDataset(generateDataset(parseScale('600'), 7), root);
  const { data, rejected } = await readDataset(root);
  expect(rejected).toEqual([]);
  graph = buildBaseGraph(datasetToNetwork(data, 'all'), false);
  // The generated plan is all industrial cluster: make the academics the knowledge cluster
  // (and every tenth actor both), so cross-cluster ties are counted too.
  let n = 0;
  graph.updateEachNodeAttributes((_key, a) => ({
    ...a,
    cluster:
      n++ % 10 === 0
        ? 'both'
        : a.kind === 'university' || a.kind === 'tlo'
          ? 'knowledge'
          : a.cluster,
  }));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function reference(filters: Filters, time: TimeControl) {
  const bounds = yearBounds(graph)!;
  const out = {
    years: [] as number[],
    actors: [] as number[],
    ties: [] as number[],
    crossCluster: [] as number[],
  };
  for (let year = bounds[0]; year <= bounds[1]; year++) {
    const v = computeVisibility(graph, { ...filters, years: windowAt(year, time, bounds) });
    let cross = 0;
    for (const edge of v.edges) {
      const [s, t] = graph.extremities(edge);
      if (crossCluster(graph.getNodeAttribute(s, 'cluster'), graph.getNodeAttribute(t, 'cluster')))
        cross++;
    }
    out.years.push(year);
    out.actors.push(v.nodes.size);
    out.ties.push(v.edges.size);
    out.crossCluster.push(cross);
  }
  return out;
}

describe('the time bar counts what the canvas shows at each year', () => {
  const cases: [string, Partial<Filters>][] = [
    ['no filter', {}],
    ['companies and universities', { kinds: ['company', 'university'] }],
    ['joint research ties only', { tieKinds: ['joint_research'] }],
    ['isolated actors hidden', { hideIsolated: true }],
    ['isolated hidden, companies only', { hideIsolated: true, kinds: ['company'] }],
  ];
  for (const mode of ['cumulative', 'window'] as const) {
    for (const [name, filters] of cases) {
      it(`${mode}: ${name}`, () => {
        const f = { ...EMPTY_FILTERS, ...filters };
        const time: TimeControl = { mode, width: 3 };
        const expected = reference(f, time);
        expect(expected.years.length).toBeGreaterThan(5);
        expect(timeline(graph, f, time)).toEqual(expected);
      });
    }
  }

  it('the cases are not trivial: the counts change over the years', () => {
    const data = timeline(graph, EMPTY_FILTERS, { mode: 'cumulative', width: 3 });
    expect(new Set(data.ties).size).toBeGreaterThan(3);
    expect(Math.max(...data.crossCluster)).toBeGreaterThan(0);
  });
});
