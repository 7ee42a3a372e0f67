/**
 * Start positions that depend on an actor's key alone (and on how many actors there are), so
 * a network gets the same start, and therefore the same deterministic layout, whatever order
 * the server or a file lists its actors in.
 */
import { mulberry32 } from '../analysis/seeded-random';

const LAYOUT_SEED = 20080701;

/** FNV-1a over UTF-16 code units: a fast, well-spread 32-bit hash of a key. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** A point in a disc whose area grows with the network: ForceAtlas2 untangles it from there. */
export function seededPosition(key: string, actors: number): { x: number; y: number } {
  const random = mulberry32(hashKey(key) ^ LAYOUT_SEED);
  const r = Math.sqrt(Math.max(actors, 1)) * 10 * Math.sqrt(random());
  const angle = random() * 2 * Math.PI;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}
