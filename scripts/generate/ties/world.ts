/**
 * What the tie builders share: the actors, the random source, the ties so far, and cached
 * lists and weighted pools of actors by kind, subtype and place.
 */
import type { ActorKind, Bureau } from '../../../src/model/domain';
import type { Dice } from '../../demo/random';
import type { Community, GenActor } from '../model';
import type { Plan } from '../plan';
import { Pool } from '../pool';
import { TieSet } from './tie-set';

export interface Where {
  kind: ActorKind;
  subtype?: string;
  bureau?: Bureau;
  prefecture?: string;
  project?: number;
  network?: string;
  /** Companies only: leave out members with no activity. */
  active?: boolean;
  /** Companies only: leave out large firms. */
  smeOnly?: boolean;
}

export class World {
  readonly ties: TieSet;
  private readonly lists = new Map<string, number[]>();
  private readonly pools = new Map<string, Pool>();

  constructor(
    readonly plan: Plan,
    readonly actors: readonly GenActor[],
    readonly communities: readonly Community[],
    readonly dice: Dice,
  ) {
    this.ties = new TieSet(actors, dice);
  }

  /** Indices of the actors matching `where`, in generation order (cached). */
  find(where: Where): number[] {
    const key = JSON.stringify(where);
    let list = this.lists.get(key);
    if (!list) {
      list = this.actors
        .filter(
          (a) =>
            a.kind === where.kind &&
            (where.subtype === undefined || a.subtype === where.subtype) &&
            (where.bureau === undefined || a.bureau === where.bureau) &&
            (where.prefecture === undefined || a.prefecture === where.prefecture) &&
            (where.project === undefined || a.project === where.project) &&
            (where.network === undefined || a.network === where.network) &&
            (!where.active || a.activity > 0) &&
            (!where.smeOnly || a.sizeClass !== 'large'),
        )
        .map((a) => a.index);
      this.lists.set(key, list);
    }
    return list;
  }

  /**
   * A pool of the actors matching `where`, weighted by activity (`by: 'activity'`), evenly
   * (`'even'`, how public services reach firms), or by activity with actors of `prefecture`
   * counting `local` times (cached).
   */
  pool(
    where: Where,
    by: 'activity' | 'even' = 'activity',
    near?: { prefecture: string; local: number },
  ): Pool {
    const key = `${JSON.stringify(where)}|${by}|${near ? `${near.prefecture}:${near.local}` : ''}`;
    let pool = this.pools.get(key);
    if (!pool) {
      pool = new Pool(this.find(where), (i) => {
        const a = this.actors[i]!;
        const w = by === 'even' ? (a.activity > 0 ? 1 : 0) : a.activity;
        return near && a.prefecture === near.prefecture ? w * near.local : w;
      });
      this.pools.set(key, pool);
    }
    return pool;
  }

  /** Up to n distinct actors of the pool, each given to `link`. */
  linkMany(pool: Pool, n: number, link: (item: number) => void): void {
    for (const item of pool.pickDistinct(this.dice, n)) link(item);
  }

  pareto(alpha: number): number {
    return Math.pow(1 - this.dice.float(), -1 / alpha);
  }
}
