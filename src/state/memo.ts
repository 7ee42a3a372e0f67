/** Remembers the last call: derived values recompute only when an input changes identity. */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (lastArgs && lastArgs.length === args.length && args.every((a, i) => a === lastArgs![i])) {
      return last;
    }
    last = fn(...args);
    lastArgs = args;
    return last;
  };
}
