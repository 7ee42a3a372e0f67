import { describe, expect, it } from 'vitest';
import { overlapFree, placeLabels, type LabelCandidate } from '../../../src/render/label-placement';
import { mulberry32 } from '../../../src/analysis/seeded-random';

/** A monospace stand-in for the canvas: 7 px per character at 12 px. */
const options = (budget = 1000) => ({
  fontSize: 12,
  width: 800,
  height: 600,
  budget,
  measure: (text: string) => text.length * 7,
});

/** A dense cloud of actors, as a hub's neighbourhood draws. */
function cloud(count: number, forcedEvery = 0): LabelCandidate[] {
  const random = mulberry32(7);
  return Array.from({ length: count }, (_, i) => ({
    key: `n${i}`,
    text: `Actor number ${i}`,
    x: 300 + random() * 200,
    y: 200 + random() * 200,
    radius: 4,
    forced: forcedEvery > 0 && i % forcedEvery === 0,
  }));
}

describe('label placement', () => {
  it('never lets two labels overlap, however dense the actors', () => {
    const placed = placeLabels(cloud(300), options());
    expect(placed.length).toBeGreaterThan(10);
    expect(overlapFree(placed)).toBe(true);
    for (const p of placed) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y + p.height).toBeLessThanOrEqual(600);
    }
  });

  it('places every forced label (selection, focus, hubs) before any other', () => {
    const candidates = cloud(200, 20);
    const placed = placeLabels(candidates, options(5));
    const forced = candidates.filter((c) => c.forced).map((c) => c.key);
    expect(placed.slice(0, forced.length).map((p) => p.key)).toEqual(forced);
    expect(placed.length).toBe(forced.length + 5);
    expect(overlapFree(placed)).toBe(true);
  });

  it('moves a crowded forced label out with a leader line rather than dropping it', () => {
    const stack: LabelCandidate[] = Array.from({ length: 12 }, (_, i) => ({
      key: `h${i}`,
      text: `Hub ${i} with a long name`,
      x: 400,
      y: 300,
      radius: 6,
      forced: true,
    }));
    const placed = placeLabels(stack, options());
    expect(placed).toHaveLength(12);
    expect(overlapFree(placed)).toBe(true);
    expect(placed.some((p) => p.leader !== null)).toBe(true);
  });

  it('keeps the discs of forced actors clear of other labels', () => {
    const selected: LabelCandidate = {
      key: 'sel',
      text: 'Selected',
      x: 400,
      y: 300,
      radius: 20,
      forced: true,
    };
    const near: LabelCandidate = {
      ...selected,
      key: 'near',
      text: 'Near',
      x: 360,
      radius: 3,
      forced: false,
    };
    const placed = placeLabels([near, selected], options());
    const box = placed.find((p) => p.key === 'near')!;
    const disc = { x: 380, y: 280, width: 40, height: 40 };
    expect(overlapFree([box, disc])).toBe(true);
  });

  it('gives the same labels for the same input', () => {
    expect(placeLabels(cloud(150, 30), options(40))).toEqual(
      placeLabels(cloud(150, 30), options(40)),
    );
  });
});
