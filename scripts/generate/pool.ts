/**
 * A fixed set of actors to draw from by weight, in O(log n) per draw (cumulative weights and
 * binary search): preferential choice among thousands of firms thousands of times.
 */
import type { Dice } from '../demo/random';

export class Pool {
  private readonly cumulative: Float64Array;
  readonly total: number;
  /** Items with a weight above zero: the ones that can be drawn. */
  readonly drawable: number;

  constructor(
    readonly items: readonly number[],
    weight: (item: number) => number,
  ) {
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    let drawable = 0;
    items.forEach((item, i) => {
      const w = Math.max(0, weight(item));
      if (w > 0) drawable++;
      total += w;
      this.cumulative[i] = total;
    });
    this.total = total;
    this.drawable = drawable;
  }

  get size(): number {
    return this.items.length;
  }

  /** An item drawn proportionally to its weight; undefined when every weight is zero. */
  pick(dice: Dice): number | undefined {
    if (this.total <= 0) return undefined;
    const x = dice.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo];
  }

  /**
   * min(n, drawable) distinct items, each draw by weight among the items not yet drawn.
   * Few from many: redraw on repeats; otherwise Efraimidis–Spirakis (the n largest
   * u^(1/w)), which is exact however skewed the weights are.
   */
  pickDistinct(dice: Dice, n: number): number[] {
    const want = Math.min(Math.max(0, n), this.drawable);
    if (want === 0) return [];
    if (want * 4 <= this.drawable) {
      const chosen = new Set<number>();
      while (chosen.size < want) chosen.add(this.pick(dice)!);
      return [...chosen];
    }
    const keyed: [number, number][] = [];
    this.items.forEach((item, i) => {
      const w = this.cumulative[i]! - (i > 0 ? this.cumulative[i - 1]! : 0);
      if (w > 0) keyed.push([Math.pow(dice.float(), 1 / w), item]);
    });
    keyed.sort((a, b) => b[0] - a[0]);
    return keyed.slice(0, want).map(([, item]) => item);
  }
}
