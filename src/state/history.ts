/**
 * Undo/redo over immutable values: a classic past / present / future triple. Changes made in
 * one gesture (a slider drag, a play-through of the years) share a gesture id and make one
 * undo step: each change after the first replaces the present instead of pushing.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The gesture that made the present, while it may still coalesce. */
  gesture?: number;
}

/** Keeps memory bounded on long sessions; 100 steps is far more than anyone undoes. */
const LIMIT = 100;

export const startHistory = <T>(present: T): History<T> => ({ past: [], present, future: [] });

export function push<T>(h: History<T>, next: T, gesture?: number): History<T> {
  if (next === h.present) return h;
  if (gesture !== undefined && h.gesture === gesture)
    return { past: h.past, present: next, future: [], gesture };
  return { past: [...h.past, h.present].slice(-LIMIT), present: next, future: [], gesture };
}

/** Changes the present without an undo step (selection, restoring from the URL). */
export const replace = <T>(h: History<T>, next: T): History<T> => ({ ...h, present: next });

export function undo<T>(h: History<T>): History<T> {
  const previous = h.past[h.past.length - 1];
  if (previous === undefined) return h;
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  const [next, ...rest] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: rest };
}
