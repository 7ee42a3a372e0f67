/**
 * A generated graph as plain text ("source target strength" per line) and a checksum of
 * that text, so a reference computed elsewhere (Python) can be tied to the exact graph the
 * TypeScript generator makes.
 */
import type { EdgeListGraph } from './generate';

export function edgeListText(el: EdgeListGraph): string {
  const lines: string[] = [];
  for (let e = 0; e < el.source.length; e++) {
    lines.push(`${el.source[e]} ${el.target[e]} ${el.strength[e]}`);
  }
  return lines.join('\n') + '\n';
}

/** 32-bit FNV-1a of the text's UTF-16 code units (ASCII here), as 8 hex digits. */
export function edgeListChecksum(el: EdgeListGraph): string {
  const text = edgeListText(el);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
