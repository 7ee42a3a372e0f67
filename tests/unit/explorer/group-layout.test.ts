/**
 * Group-in-a-box: a network drawn by project is laid out project by project, each in a disc
 * of its own, so the projects are regions of the map.
 */
import { describe, expect, it } from 'vitest';
import { layOutByGroup, packDiscs, type GroupedJob } from '../../../src/render/group-layout';
import { layoutJob, runLayout } from '../../../src/render/layout-run';
import { buildBaseGraph } from '../../../src/state/base-graph';
import { AUTO_GROUP_ACTORS } from '../../../src/state/groups';
import { seededPosition } from '../../../src/state/seeded-positions';
import type { ProjectInfo, SerializedNetwork } from '../../../src/model/graph-format';
import { actor, network, tie } from './fixtures';

/** The 17 project sizes of the national dataset (npm run generate -- --scale national). */
const NATIONAL = [
  2456, 1408, 1225, 1012, 1006, 831, 539, 537, 529, 491, 483, 446, 418, 356, 348, 187, 129,
];

describe('packDiscs', () => {
  const discs = packDiscs(NATIONAL);

  it('gives each group a disc whose area is its number of members', () => {
    discs.forEach((d, g) => expect(d.r / Math.sqrt(NATIONAL[g]!)).toBeCloseTo(10, 6));
  });

  it('leaves a gap between every two discs', () => {
    for (let a = 0; a < discs.length; a++) {
      for (let b = a + 1; b < discs.length; b++) {
        const [p, q] = [discs[a]!, discs[b]!];
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(p.r + q.r);
      }
    }
  });

  it('is the same on every run', () => {
    expect(packDiscs(NATIONAL)).toEqual(discs);
  });
});

/** Three groups of 60, 40 and 20 actors, tied densely inside and by a few ties across. */
function threeGroups(): GroupedJob {
  const sizes = [60, 40, 20];
  const groups = Int32Array.from(sizes.flatMap((n, g) => Array<number>(n).fill(g)));
  const keys = [...groups].map((_, i) => `A${String(i).padStart(3, '0')}`);
  const positions = Float32Array.from(
    keys.flatMap((k) => Object.values(seededPosition(k, keys.length))),
  );
  const edges: number[] = [];
  let start = 0;
  for (const n of sizes) {
    for (let i = 0; i < n; i++) {
      for (const step of [1, 3, 7]) if (i + step < n) edges.push(start + i, start + i + step, 1);
    }
    start += n;
  }
  edges.push(0, 60, 1, 5, 100, 1, 45, 110, 1);
  return {
    keys,
    positions,
    edges: Float32Array.from(edges),
    groups,
    iterations: 100,
    settings: { gravity: 1, scalingRatio: 10, slowDown: 2, strongGravityMode: true },
  };
}

describe('layOutByGroup', () => {
  it('puts every group in its own disc, apart from the others, from the first frame on', () => {
    const job = threeGroups();
    const discs = packDiscs([60, 40, 20]);
    const frames = [...layOutByGroup(job)];
    // The seeded start, then one frame per group.
    expect(frames).toHaveLength(4);
    for (const positions of frames) {
      job.groups.forEach((g, i) => {
        const d = discs[g]!;
        const x = positions[2 * i]!;
        const y = positions[2 * i + 1]!;
        expect(Math.hypot(x - d.x, y - d.y)).toBeLessThanOrEqual(d.r * (1 + 1e-5));
      });
    }
    // Laid out, not left at the seeds: the last frame differs from the first.
    expect([...frames.at(-1)!]).not.toEqual([...frames[0]!]);
  });

  it('gives the same positions on every run', () => {
    const once = [...layOutByGroup(threeGroups())].at(-1)!;
    expect([...[...layOutByGroup(threeGroups())].at(-1)!]).toEqual([...once]);
  });
});

const project = (id: string): ProjectInfo => ({
  id,
  name: id,
  nameEn: id,
  programme: 'industrial_cluster',
  region: null,
  startYear: null,
  endYear: null,
  synthetic: true,
});

/** `n` actors in two projects, with ties inside each. */
function twoProjects(n: number): SerializedNetwork {
  const net = network(
    Array.from({ length: n }, (_, i) =>
      actor(`A${i}`, 'company', {
        participations: [
          { project: i % 2 ? 'P-B' : 'P-A', role: 'member', startYear: null, endYear: null },
        ],
      }),
    ),
    Array.from({ length: n - 2 }, (_, i) => tie(`T${i}`, `A${i}`, `A${i + 2}`, 'supply')),
  );
  net.attributes.projects = [project('P-A'), project('P-B')];
  return net;
}

describe('layoutJob', () => {
  it('lays out by project exactly where the explorer draws projects: above the limit, unplaced', () => {
    const large = buildBaseGraph(twoProjects(AUTO_GROUP_ACTORS + 2), false);
    const groups = layoutJob(large, true).groups!;
    expect(new Set(groups)).toEqual(new Set([0, 1]));
    // Actors alternate between the projects; keys are sorted (A0, A1, A10, …).
    const job = layoutJob(large, true);
    job.keys.forEach((key, i) => expect(groups[i]).toBe(Number(key.slice(1)) % 2 ? 1 : 0));
    expect(layoutJob(large, false).groups).toBeNull();
    expect(
      layoutJob(buildBaseGraph(twoProjects(AUTO_GROUP_ACTORS), false), true).groups,
    ).toBeNull();
  });

  it('gives the final frame once, after a frame per project', () => {
    const job = layoutJob(buildBaseGraph(twoProjects(AUTO_GROUP_ACTORS + 2), false), true);
    job.iterations = 5; // what is checked here is the frames, not the picture
    const frames = [...runLayout(job)];
    expect(frames.map((f) => f.done)).toEqual([false, false, true]);
  });
});
