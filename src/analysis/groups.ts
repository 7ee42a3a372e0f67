/**
 * Groupings of actors for brokerage and the E-I index: by an actor attribute (`sector` for
 * 産学官金, `bureau` or `prefecture` for region, `cluster` for cluster programme, `kind`, …)
 * or by detected community.
 *
 * Attribute values become group labels: strings as they are, numbers and booleans as text,
 * arrays as their sorted elements joined by "+" (so `programmes: ['knowledge_cluster',
 * 'industrial_cluster']` is the group "industrial_cluster+knowledge_cluster"). Actors whose
 * value is missing, null or empty belong to no group and are left out of the group-based
 * measures (their brokerage and E-I are null; ties to them are not counted).
 */
import type { Attributes } from 'graphology-types';

export interface Grouping {
  /** What the grouping is by (attribute name or `community`). */
  by: string;
  /** Group labels by group number. */
  labels: string[];
  /** Group number per node index; -1 = no group. */
  group: Int32Array;
  /** Actors without a group. */
  ungrouped: number;
}

export function groupLabel(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map((x) => groupLabel(x)).filter((x): x is string => x !== null);
    return parts.length === 0 ? null : [...new Set(parts)].sort().join('+');
  }
  return null;
}

/** Grouping by a node attribute; `attributesOf(i)` gives node i's attributes. */
export function groupingFromAttribute(
  n: number,
  attributesOf: (index: number) => Attributes,
  attribute: string,
): Grouping {
  const numberOf = new Map<string, number>();
  const labels: string[] = [];
  const group = new Int32Array(n).fill(-1);
  let ungrouped = 0;
  for (let i = 0; i < n; i++) {
    const label = groupLabel(attributesOf(i)[attribute]);
    if (label === null) {
      ungrouped++;
      continue;
    }
    let number = numberOf.get(label);
    if (number === undefined) {
      number = labels.length;
      labels.push(label);
      numberOf.set(label, number);
    }
    group[i] = number;
  }
  return { by: attribute, labels, group, ungrouped };
}

/** Grouping by community number (labels "0", "1", …). */
export function groupingFromCommunities(community: Int32Array, count: number): Grouping {
  return {
    by: 'community',
    labels: Array.from({ length: count }, (_, i) => String(i)),
    group: Int32Array.from(community),
    ungrouped: 0,
  };
}
