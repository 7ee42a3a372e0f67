/**
 * Year windows: the network as it stood over [from, to] (both years included), shared by the
 * CLI (`--years 2001-2005`) and the explorer.
 *
 * - A tie is in the window when its start year ≤ `to` and its end year (its start year when
 *   it has none; its end year stands for the start when only that is given) ≥ `from`. A tie
 *   without years is in every window.
 * - A participation is in the window by the same rule on its own years, else on its
 *   project's years (`attributes.projects`); one without any years is in every window.
 * - An actor is in the window when it has a tie or a participation in it. An actor with
 *   neither ties nor participations has no years at all and is always in.
 *
 * Pure: works on the serialised network (graph-format.ts) and returns a new one whose
 * `attributes.years` records the window.
 */
import type { SerializedGraph } from 'graphology-types';

export interface YearWindow {
  from: number;
  to: number;
}

interface Dated {
  startYear?: unknown;
  endYear?: unknown;
}

const year = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** Whether something with these years overlaps the window; undated means always. */
export function datedInWindow(item: Dated, window: YearWindow): boolean {
  const start = year(item.startYear) ?? year(item.endYear);
  const end = year(item.endYear) ?? start;
  if (start === null || end === null) return true;
  return start <= window.to && end >= window.from;
}

function hasYears(item: Dated): boolean {
  return year(item.startYear) !== null || year(item.endYear) !== null;
}

/** "2001-2005" (also with – or ～, full-width digits) or a single year "2003". */
export function parseYearWindow(text: string): YearWindow {
  const normalised = text.normalize('NFKC').trim();
  const match = /^(\d{4})(?:\s*[-–~〜]\s*(\d{4}))?$/.exec(normalised);
  if (!match) {
    throw new RangeError(`a year window is YYYY-YYYY or YYYY, got "${text}"`);
  }
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  if (from > to) throw new RangeError(`a year window must not end before it starts: "${text}"`);
  return { from, to };
}

export function formatYearWindow(window: YearWindow): string {
  return window.from === window.to ? String(window.from) : `${window.from}-${window.to}`;
}

/**
 * How many ties and participations carry years (their own, or for a participation its
 * project's): a window on a network without any cannot restrict anything.
 */
export function datedCounts(network: SerializedGraph): { ties: number; participations: number } {
  const projectYears = projectYearsOf(network);
  let ties = 0;
  let participations = 0;
  for (const e of network.edges) if (hasYears(e.attributes ?? {})) ties++;
  for (const node of network.nodes) {
    for (const p of participationsOf(node.attributes)) {
      if (hasYears(p) || hasYears(projectYears.get(String(p.project)) ?? {})) participations++;
    }
  }
  return { ties, participations };
}

function projectYearsOf(network: SerializedGraph): Map<string, Dated> {
  const years = new Map<string, Dated>();
  const projects: unknown = network.attributes?.projects;
  if (Array.isArray(projects)) {
    for (const p of projects as (Dated & { id?: unknown })[]) {
      if (p && typeof p.id === 'string') years.set(p.id, p);
    }
  }
  return years;
}

function participationsOf(attributes: unknown): (Dated & { project?: unknown })[] {
  const parts: unknown = (attributes as { participations?: unknown } | undefined)?.participations;
  return Array.isArray(parts) ? (parts as (Dated & { project?: unknown })[]) : [];
}

/** The network restricted to a year window (see the rules above). */
export function filterByYears<T extends SerializedGraph>(network: T, window: YearWindow): T {
  const projectYears = projectYearsOf(network);
  const edges = network.edges.filter((e) => datedInWindow(e.attributes ?? {}, window));
  const active = new Set<string>();
  for (const e of edges) {
    active.add(String(e.source));
    active.add(String(e.target));
  }
  const tied = new Set<string>();
  for (const e of network.edges) {
    tied.add(String(e.source));
    tied.add(String(e.target));
  }
  const nodes = network.nodes.filter((node) => {
    const key = String(node.key);
    if (active.has(key)) return true;
    const list = participationsOf(node.attributes);
    if (!tied.has(key) && list.length === 0) return true; // no years at all
    return list.some((p) => {
      const dated = hasYears(p) ? p : (projectYears.get(String(p.project)) ?? {});
      return datedInWindow(dated, window);
    });
  });
  return {
    ...network,
    attributes: { ...network.attributes, years: { ...window } },
    nodes,
    edges,
  };
}
