import { describe, expect, it } from 'vitest';
import { placeAreaNames, projectAreas } from '../../../src/render/area-captions';
import { overlapFree } from '../../../src/render/label-placement';
import { buildBaseGraph } from '../../../src/state/base-graph';
import { AUTO_GROUP_ACTORS } from '../../../src/state/groups';
import { EMPTY_FILTERS } from '../../../src/state/view-state';
import { computeVisibility } from '../../../src/state/visibility';
import { nationalNetwork, smallNetwork } from './fixtures';

const measure = (text: string) => text.length * 10;

describe('region names of a map laid out by project', () => {
  it('names the projects of a network the explorer would group, largest first', () => {
    const net = nationalNetwork(AUTO_GROUP_ACTORS + 500, 8000);
    // nationalNetwork puts actor i in project P(i mod 40); name them.
    net.attributes.projects = Array.from({ length: 40 }, (_, i) => ({
      id: `P${i}`,
      name: `プロジェクト${i}`,
      nameEn: `Project ${i}`,
      programme: 'industrial_cluster',
      region: null,
      startYear: null,
      endYear: null,
      synthetic: true,
    }));
    const graph = buildBaseGraph(net, false);
    const shown = computeVisibility(graph, EMPTY_FILTERS);
    const areas = projectAreas(graph, shown, (p) => `name of ${p}`);
    expect(areas).toHaveLength(40);
    expect(areas.every((a) => /^name of P\d+$/.test(a.text))).toBe(true);
    const sizes = areas.map((a) => a.members.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes.reduce((s, n) => s + n, 0)).toBe(shown.nodes.size);
  });

  it('names nothing in a network drawn as its actors (the demo)', () => {
    const graph = buildBaseGraph(smallNetwork(), false);
    expect(projectAreas(graph, computeVisibility(graph, EMPTY_FILTERS), (p) => p)).toEqual([]);
  });

  it('centres each name on its region and keeps names apart, inside, and off controls', () => {
    const legend = { x: 0, y: 0, width: 200, height: 100 };
    const placed = placeAreaNames(
      [
        { text: 'Kanto', x: 400, y: 300 },
        { text: 'Kanto north', x: 410, y: 305 },
        { text: 'Tohoku', x: 50, y: 50 },
        { text: 'Kyushu', x: 790, y: 595 },
      ],
      { fontSize: 16, width: 800, height: 600, measure, obstacles: [legend] },
    );
    const kanto = placed.find((p) => p.text === 'Kanto')!;
    expect(kanto.x + kanto.width / 2).toBeCloseTo(400, 0);
    expect(kanto.y + kanto.height / 2).toBeCloseTo(300, 0);
    // The second name near the first moved a line away instead of covering it.
    expect(placed.map((p) => p.text)).toContain('Kanto north');
    expect(overlapFree([...placed, legend])).toBe(true);
    for (const p of placed) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.x + p.width).toBeLessThanOrEqual(800);
      expect(p.y + p.height).toBeLessThanOrEqual(600);
    }
  });

  it('moves a name off a control beside its region: it then starts at the centre', () => {
    const legend = { x: 0, y: 200, width: 370, height: 300 };
    const [name] = placeAreaNames([{ text: 'Regional Industry', x: 400, y: 300 }], {
      fontSize: 16,
      width: 800,
      height: 600,
      measure,
      obstacles: [legend],
    });
    expect(name!.x).toBeGreaterThanOrEqual(370);
    expect(name!.x).toBeLessThan(400);
    expect(name!.y + name!.height / 2).toBeCloseTo(300, 0);
  });

  it('leaves a name out when every place near its region is taken', () => {
    const wall = { x: 0, y: 0, width: 800, height: 600 };
    const placed = placeAreaNames([{ text: 'Kanto', x: 400, y: 300 }], {
      fontSize: 16,
      width: 800,
      height: 600,
      measure,
      obstacles: [wall],
    });
    expect(placed).toEqual([]);
  });
});
