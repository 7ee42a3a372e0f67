/**
 * Name search that forgives how Japanese is typed: full/half width (ＡＢＣ, ｶﾅ), katakana vs
 * hiragana, case and spaces all compare equal.
 */
import type { ExplorerGraph } from './base-graph';

export function normaliseForSearch(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // Katakana → hiragana (ァ..ヶ are 0x60 above ぁ..ゖ).
      .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
      .replace(/[\s\u30fb・･()（）「」.,、。-]/g, '')
  );
}

export interface SearchEntry {
  key: string;
  name: string;
  nameEn: string | null;
  haystacks: string[];
}

export function buildSearchIndex(graph: ExplorerGraph): SearchEntry[] {
  return graph.mapNodes((key, a) => ({
    key,
    name: a.name,
    nameEn: a.nameEn,
    haystacks: [a.name, a.nameEn ?? '', key].map(normaliseForSearch).filter(Boolean),
  }));
}

/** Exact match first, then prefix, then substring; shorter names first within a rank. */
export function searchActors(index: SearchEntry[], query: string, limit = 20): SearchEntry[] {
  const q = normaliseForSearch(query);
  if (!q) return [];
  const hits: { entry: SearchEntry; rank: number }[] = [];
  for (const entry of index) {
    let rank = 3;
    for (const h of entry.haystacks) {
      if (h === q) rank = Math.min(rank, 0);
      else if (h.startsWith(q)) rank = Math.min(rank, 1);
      else if (h.includes(q)) rank = Math.min(rank, 2);
    }
    if (rank < 3) hits.push({ entry, rank });
  }
  hits.sort((a, b) => a.rank - b.rank || a.entry.name.length - b.entry.name.length);
  return hits.slice(0, limit).map((h) => h.entry);
}
