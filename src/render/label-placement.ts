/**
 * Where labels go, so that they never overlap: candidates are taken in priority order (forced
 * labels first: the selection, a focus, hubs; then larger actors first), each tries a few
 * positions around its actor and takes the first free one. A label with no free position is
 * left out, unless it is forced: a forced label then moves further out, with a leader line
 * back to its actor. Pure (a text-width function is passed in), so it is tested without a
 * canvas and gives the same labels for the same picture.
 */

export interface LabelCandidate {
  key: string;
  text: string;
  /** Actor centre and radius on screen (CSS pixels). */
  x: number;
  y: number;
  radius: number;
  forced: boolean;
}

export interface PlacedLabel {
  key: string;
  text: string;
  /** Box of the text (top-left corner, CSS pixels). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Set when the label was moved away from its actor: draw a line from here to the actor. */
  leader: { x: number; y: number } | null;
}

export interface PlacementOptions {
  /** Label font size (CSS pixels). */
  fontSize: number;
  /** Canvas size: labels stay inside it. */
  width: number;
  height: number;
  /** How many unforced labels at most. */
  budget: number;
  /** Areas covered by controls over the canvas (legend, captions): no label goes there. */
  obstacles?: readonly Box[];
  measure(text: string): number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes overlap. */
export const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Boxes bucketed on a coarse grid, so each test looks only at its neighbourhood. */
class Occupied {
  private readonly cells = new Map<number, Box[]>();
  constructor(private readonly cell: number) {}

  private *keys(b: Box): Generator<number> {
    const x0 = Math.floor(b.x / this.cell);
    const x1 = Math.floor((b.x + b.width) / this.cell);
    const y0 = Math.floor(b.y / this.cell);
    const y1 = Math.floor((b.y + b.height) / this.cell);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) yield x * 100_003 + y;
  }

  free(b: Box): boolean {
    for (const k of this.keys(b))
      for (const o of this.cells.get(k) ?? []) if (intersects(o, b)) return false;
    return true;
  }

  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
}

/** Right, left, above, below, then the diagonals: right first, as readers expect. */
const DIRECTIONS: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
];

/** Rings of distance a forced label may move out to before giving up on a free place. */
const FORCED_RINGS = 6;

function boxAt(
  c: LabelCandidate,
  [dx, dy]: [number, number],
  gap: number,
  width: number,
  height: number,
): Box {
  const r = c.radius + gap;
  const x = dx > 0 ? c.x + r : dx < 0 ? c.x - r - width : c.x - width / 2;
  const y = dy > 0 ? c.y + r : dy < 0 ? c.y - r - height : c.y - height / 2;
  return { x, y, width, height };
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: PlacementOptions,
): PlacedLabel[] {
  const { fontSize, width, height } = options;
  const pad = Math.max(1, Math.round(fontSize * 0.15));
  const lineHeight = Math.ceil(fontSize * 1.25);
  const occupied = new Occupied(Math.max(40, fontSize * 8));
  for (const box of options.obstacles ?? []) occupied.add(box);
  const inside = (b: Box) =>
    b.x >= 0 && b.y >= 0 && b.x + b.width <= width && b.y + b.height <= height;
  // Forced labels first, each group in the order given (the caller sorts by importance).
  const ordered = [...candidates.filter((c) => c.forced), ...candidates.filter((c) => !c.forced)];
  // The discs of forced actors are kept clear too: a label must not hide the selection.
  for (const c of ordered) {
    if (!c.forced) break;
    occupied.add({
      x: c.x - c.radius,
      y: c.y - c.radius,
      width: 2 * c.radius,
      height: 2 * c.radius,
    });
  }
  const placed: PlacedLabel[] = [];
  let unforced = 0;
  for (const c of ordered) {
    if (!c.text) continue;
    if (!c.forced && unforced >= options.budget) break;
    const w = Math.ceil(options.measure(c.text)) + 2 * pad;
    const h = lineHeight;
    const rings = c.forced ? FORCED_RINGS : 1;
    let chosen: Box | null = null;
    let ring = 0;
    for (; ring < rings && !chosen; ring++) {
      const gap = 3 + ring * lineHeight;
      for (const direction of DIRECTIONS) {
        const box = boxAt(c, direction, gap, w, h);
        if (inside(box) && occupied.free(box)) {
          chosen = box;
          break;
        }
      }
    }
    if (!chosen) continue;
    occupied.add(chosen);
    if (!c.forced) unforced++;
    placed.push({
      key: c.key,
      text: c.text,
      ...chosen,
      // Moved out beyond the first ring: a line from the actor to the nearest point of the box.
      leader:
        ring > 1
          ? {
              x: Math.min(Math.max(c.x, chosen.x), chosen.x + chosen.width),
              y: Math.min(Math.max(c.y, chosen.y), chosen.y + chosen.height),
            }
          : null,
    });
  }
  return placed;
}

/** True when no two boxes overlap (for tests and the browser hook). */
export function overlapFree(labels: readonly Box[]): boolean {
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      if (intersects(labels[i]!, labels[j]!)) return false;
  return true;
}
