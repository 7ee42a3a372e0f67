/**
 * The ties being generated: at most one tie of a kind per pair of actors, only between the
 * kinds of actor the tie kind joins (tie-rules.ts), with a start year weighted towards the
 * later years of the plan, an end year up to four years later, and a heavy-tailed strength.
 */
import { TIE_KINDS, type TieKind } from '../../../src/model/domain';
import type { Dice } from '../../demo/random';
import type { GenActor, GenTie } from '../model';
import { FIRST_YEAR, LAST_YEAR } from '../projects';
import { tieAllowed } from '../tie-rules';

export interface TieOptions {
  strength?: number;
  /** Years the tie may start in (default the whole plan). */
  from?: number;
  to?: number;
}

export class TieSet {
  readonly ties: GenTie[] = [];
  readonly degree: Int32Array;
  private readonly seen = new Set<number>();

  constructor(
    private readonly actors: readonly GenActor[],
    private readonly dice: Dice,
  ) {
    this.degree = new Int32Array(actors.length);
  }

  get size(): number {
    return this.ties.length;
  }

  /** Adds a tie unless it joins an actor to itself or repeats a tie of that kind. */
  add(source: number, target: number, kind: TieKind, options: TieOptions = {}): boolean {
    if (source === target) return false;
    const s = this.actors[source]!;
    const t = this.actors[target]!;
    if (!tieAllowed(kind, s.kind, t.kind)) {
      throw new Error(`generator bug: ${kind} tie from ${s.kind} ${s.id} to ${t.kind} ${t.id}`);
    }
    const n = this.actors.length;
    const [a, b] = source < target ? [source, target] : [target, source];
    const key = (TIE_KINDS.indexOf(kind) * n + a) * n + b;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    const startYear = this.startYear(options.from ?? FIRST_YEAR, options.to ?? LAST_YEAR);
    this.ties.push({
      source,
      target,
      kind,
      strength: options.strength ?? this.strength(),
      startYear,
      endYear: Math.min(LAST_YEAR, startYear + this.dice.int(0, 4)),
    });
    this.degree[source]!++;
    this.degree[target]!++;
    return true;
  }

  /** Later years weigh more: the plan's networks grew over the decade. */
  private startYear(from: number, to: number): number {
    let total = 0;
    for (let y = from; y <= to; y++) total += 1 + 0.12 * (y - FIRST_YEAR);
    let r = this.dice.float() * total;
    for (let y = from; y <= to; y++) {
      r -= 1 + 0.12 * (y - FIRST_YEAR);
      if (r < 0) return y;
    }
    return to;
  }

  /** 1…5, most ties weak (P(s) roughly ∝ 1/s²), as in project-count data. */
  private strength(): number {
    const r = this.dice.float();
    return r < 0.68 ? 1 : r < 0.85 ? 2 : r < 0.93 ? 3 : r < 0.97 ? 4 : 5;
  }
}
