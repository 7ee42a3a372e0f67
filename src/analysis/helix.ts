/**
 * Triple- and quadruple-helix measures (産学官金: industry, academia, government, finance).
 *
 * **Sector mixing** (Newman 2003, "Mixing patterns in networks", Phys. Rev. E 67:026126):
 * ties (edges of the simplified graph: actor pairs) counted within and between sectors; the
 * density of each block (ties / possible pairs); and the count expected under random mixing
 * that keeps each sector's total degree (ends of ties): D_s·D_t / 2m between two sectors,
 * D_s² / 4m within one, where m counts the ties whose two ends have a sector. `ratio` is
 * observed / expected (> 1: more ties than random mixing gives). `assortativity` is Newman's
 * r = (Σ e_ss − Σ a_s²) / (1 − Σ a_s²) with e_ss the share of ties inside s and a_s = D_s/2m
 * (networkx's `attribute_assortativity_coefficient`). Actors without a sector are left out
 * (and counted), with their ties.
 *
 * **Synergy T(GTO)** (Leydesdorff & Fritsch 2006, "Measuring the knowledge base of regional
 * innovation systems in Germany in terms of a Triple Helix dynamics", Research Policy
 * 35(10):1538–1553): the mutual information in three dimensions of the distribution of
 * companies over geography G (prefecture), technology T (first listed field) and
 * organisation O (size class), in bits:
 *   T = H_G + H_T + H_O − H_GT − H_GO − H_TO + H_GTO,  H = −Σ p log₂ p.
 * Negative values mean synergy (the three dimensions reduce uncertainty together). Companies
 * lacking one of the three are left out and counted.
 */
import type { Attributes } from 'graphology-types';
import type { CompactGraph } from './compact-graph';
import { SECTORS } from '../model/domain';

// Result shapes are type aliases, not interfaces, so they are JSON values without casts.
export type SectorMixing = {
  /** Row / column labels: the four sectors, then any other value found. */
  sectors: string[];
  /** Actors per sector. */
  actors: number[];
  /** Ties (actor pairs) between sectors; symmetric, the diagonal is within a sector. */
  ties: number[][];
  /** Ties / possible pairs (n_s·n_t, or n_s(n_s−1)/2 within); null when no pair is possible. */
  density: (number | null)[][];
  /** Expected ties under random mixing with each sector's degree total kept. */
  expected: number[][];
  /** ties / expected; null when nothing is expected. */
  ratio: (number | null)[][];
  /** Newman's assortativity by sector; null when undefined (no ties, or one sector only). */
  assortativity: number | null;
  /** Actors without a sector (left out with their ties). */
  leftOut: number;
};

export function sectorMixing(
  g: CompactGraph,
  attributesOf: (index: number) => Attributes,
  attribute = 'sector',
): SectorMixing {
  const labels: string[] = [...SECTORS];
  const indexOf = new Map(labels.map((s, i) => [s, i]));
  const sector = new Int32Array(g.n).fill(-1);
  let leftOut = 0;
  for (let v = 0; v < g.n; v++) {
    const value: unknown = attributesOf(v)[attribute];
    if (typeof value !== 'string' || value === '') {
      leftOut++;
      continue;
    }
    let s = indexOf.get(value);
    if (s === undefined) {
      s = labels.length;
      labels.push(value);
      indexOf.set(value, s);
    }
    sector[v] = s;
  }
  const k = labels.length;
  const square = () => Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const actors = new Array<number>(k).fill(0);
  for (const s of sector) if (s >= 0) actors[s]!++;
  const ties = square();
  const ends = new Array<number>(k).fill(0);
  let m = 0;
  for (let e = 0; e < g.m; e++) {
    const a = sector[g.edgeSource[e]!]!;
    const b = sector[g.edgeTarget[e]!]!;
    if (a < 0 || b < 0) continue;
    m++;
    ties[a]![b]!++;
    if (a !== b) ties[b]![a]!++;
    ends[a]!++;
    ends[b]!++;
  }
  const density = square() as (number | null)[][];
  const expected = square();
  const ratio = square() as (number | null)[][];
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      const possible = a === b ? (actors[a]! * (actors[a]! - 1)) / 2 : actors[a]! * actors[b]!;
      density[a]![b] = possible > 0 ? ties[a]![b]! / possible : null;
      const exp = m === 0 ? 0 : a === b ? ends[a]! ** 2 / (4 * m) : (ends[a]! * ends[b]!) / (2 * m);
      expected[a]![b] = exp;
      ratio[a]![b] = exp > 0 ? ties[a]![b]! / exp : null;
    }
  }
  let inside = 0;
  let random = 0;
  for (let s = 0; s < k; s++) {
    inside += m === 0 ? 0 : ties[s]![s]! / m;
    random += m === 0 ? 0 : (ends[s]! / (2 * m)) ** 2;
  }
  const assortativity = m === 0 || random === 1 ? null : (inside - random) / (1 - random);
  return { sectors: labels, actors, ties, density, expected, ratio, assortativity, leftOut };
}

/** One company's position in the three dimensions; null where unknown. */
export interface HelixRecord {
  geography: string | null;
  technology: string | null;
  organisation: string | null;
}

export type HelixEntropies = {
  G: number;
  T: number;
  O: number;
  GT: number;
  GO: number;
  TO: number;
  GTO: number;
};

export type TripleHelix = {
  /** Mutual information in three dimensions, in bits; null without companies. */
  T_GTO: number | null;
  /** Companies counted (all three dimensions known). */
  companies: number;
  /** Companies left out for lacking one of the three. */
  left_out: number;
  /** What was missing, per dimension (a company may lack several). */
  missing: { prefecture: number; field: number; sizeClass: number };
  /** The seven entropies, in bits (null without companies). */
  entropies: HelixEntropies | null;
};

/** Shannon entropy in bits of a distribution given by counts. */
export function entropyBits(counts: Iterable<number>): number {
  const list = [...counts]; // an iterator can be read only once
  let total = 0;
  for (const c of list) total += c;
  if (total === 0) return 0;
  let h = 0;
  for (const c of list) if (c > 0) h -= (c / total) * Math.log2(c / total);
  return h;
}

function entropyOf(records: readonly HelixRecord[], key: (r: HelixRecord) => string): number {
  const counts = new Map<string, number>();
  for (const r of records) {
    const k = key(r);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return entropyBits(counts.values());
}

/** T(GTO) over the records with all three dimensions known. */
export function tripleHelix(records: readonly HelixRecord[]): TripleHelix {
  const missing = { prefecture: 0, field: 0, sizeClass: 0 };
  const complete: HelixRecord[] = [];
  for (const r of records) {
    if (r.geography === null) missing.prefecture++;
    if (r.technology === null) missing.field++;
    if (r.organisation === null) missing.sizeClass++;
    if (r.geography !== null && r.technology !== null && r.organisation !== null) complete.push(r);
  }
  const base = { companies: complete.length, left_out: records.length - complete.length, missing };
  if (complete.length === 0) return { T_GTO: null, ...base, entropies: null };
  // The unit separator cannot occur in the values, so joined keys never collide.
  const sep = '\u001f';
  const H: HelixEntropies = {
    G: entropyOf(complete, (r) => r.geography!),
    T: entropyOf(complete, (r) => r.technology!),
    O: entropyOf(complete, (r) => r.organisation!),
    GT: entropyOf(complete, (r) => r.geography! + sep + r.technology!),
    GO: entropyOf(complete, (r) => r.geography! + sep + r.organisation!),
    TO: entropyOf(complete, (r) => r.technology! + sep + r.organisation!),
    GTO: entropyOf(complete, (r) => r.geography! + sep + r.technology! + sep + r.organisation!),
  };
  const t = H.G + H.T + H.O - H.GT - H.GO - H.TO + H.GTO;
  // Sums of entropies leave rounding noise (~1e-16) where T is exactly 0.
  return { T_GTO: Math.abs(t) < 1e-12 ? 0 : t, ...base, entropies: H };
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/** The companies of a network as helix records: prefecture, first listed field, size class. */
export function companyRecords(
  n: number,
  attributesOf: (index: number) => Attributes,
): HelixRecord[] {
  const records: HelixRecord[] = [];
  for (let v = 0; v < n; v++) {
    const a = attributesOf(v);
    if (a.kind !== 'company') continue;
    const fields: unknown = a.fields;
    records.push({
      geography: text(a.prefecture),
      technology: Array.isArray(fields) ? text(fields[0]) : null,
      organisation: text(a.sizeClass),
    });
  }
  return records;
}
