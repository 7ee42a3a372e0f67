/**
 * Link suggestions: for one actor, the actors it is not tied to, ranked by neighbourhood
 * similarity (Liben-Nowell & Kleinberg 2007), as networkx defines the scores:
 *
 * - Jaccard(u, v) = |N(u) ∩ N(v)| / |N(u) ∪ N(v)|
 * - Adamic–Adar(u, v) = Σ_{w ∈ N(u) ∩ N(v)} 1 / ln deg(w)   (Adamic & Adar 2003)
 * - resource allocation(u, v) = Σ_{w ∈ N(u) ∩ N(v)} 1 / deg(w)   (Zhou, Lü & Zhang 2009)
 *
 * Degrees are counted on the simplified graph (distinct partners), ties unweighted.
 * Suggestions can be restricted by actor kind ("which university or public institute should
 * this SME meet") and by overlap of research/technology fields.
 */
import type { Attributes } from 'graphology-types';
import type { CompactGraph } from './compact-graph';
import { hasEdge } from './compact-graph';
import { forEachCommonNeighbour } from './common-neighbours';
import type { ParamSpec, ParamValues } from './params';
import { AnalysisInputError } from './types';
import type { ActorKind } from '../model/domain';

export const LINK_SCORES = ['adamicAdar', 'jaccard', 'resourceAllocation'] as const;
export type LinkScore = (typeof LINK_SCORES)[number];

export interface PairScores {
  commonNeighbors: number;
  jaccard: number;
  adamicAdar: number;
  resourceAllocation: number;
}

function degree(g: CompactGraph, v: number): number {
  return g.offsets[v + 1]! - g.offsets[v]!;
}

/** The scores of one pair (adjacent or not). */
export function pairScores(g: CompactGraph, u: number, v: number): PairScores {
  let common = 0;
  let adamicAdar = 0;
  let resourceAllocation = 0;
  forEachCommonNeighbour(g, u, v, (w) => {
    const d = degree(g, w);
    common++;
    adamicAdar += 1 / Math.log(d);
    resourceAllocation += 1 / d;
  });
  const union = degree(g, u) + degree(g, v) - common;
  return {
    commonNeighbors: common,
    jaccard: union === 0 ? 0 : common / union,
    adamicAdar,
    resourceAllocation,
  };
}

/**
 * Kinds of partner a suggestion can be restricted to ("which university or public institute
 * should this SME meet"); `all` = no restriction.
 */
export const PARTNER_KINDS = {
  all: null,
  academic: ['university', 'public_research_institute', 'tlo'],
  finance: ['financial_institution'],
  companies: ['company'],
} as const satisfies Record<string, readonly ActorKind[] | null>;
export type PartnerKinds = keyof typeof PARTNER_KINDS;

/** The parameters of a suggestion request, for a UI to render (see `suggestOptions`). */
export const LINK_SUGGESTION_PARAMS = [
  {
    id: 'partners',
    labelKey: 'suggest.restrict',
    type: 'enum',
    options: Object.keys(PARTNER_KINDS) as PartnerKinds[],
    default: 'all',
  },
  {
    id: 'score',
    labelKey: 'analysis.params.linkScore',
    type: 'enum',
    options: LINK_SCORES,
    default: 'adamicAdar',
  },
  {
    id: 'limit',
    labelKey: 'analysis.params.limit',
    type: 'number',
    default: 8,
    min: 1,
    integer: true,
  },
  {
    id: 'requireFieldOverlap',
    labelKey: 'analysis.params.requireFieldOverlap',
    type: 'boolean',
    default: false,
  },
  {
    id: 'includeUnconnected',
    labelKey: 'analysis.params.includeUnconnected',
    type: 'boolean',
    default: false,
  },
] as const satisfies readonly ParamSpec[];
export type SuggestionParams = ParamValues<typeof LINK_SUGGESTION_PARAMS>;

/** Suggestion options from the declared parameters. */
export function suggestOptions(params: SuggestionParams): SuggestOptions {
  const { partners, ...rest } = params;
  const kinds = PARTNER_KINDS[partners];
  return { ...rest, ...(kinds ? { kinds } : {}) };
}

export interface SuggestOptions {
  score?: LinkScore;
  limit?: number;
  /** Only candidates of these kinds (`kind` attribute). */
  kinds?: readonly string[];
  /** Only candidates of these sectors (`sector` attribute). */
  sectors?: readonly string[];
  /** Only candidates sharing at least one field with the actor (or with `fields`). */
  requireFieldOverlap?: boolean;
  /** Fields to match instead of the actor's own `fields`. */
  fields?: readonly string[];
  /**
   * Also list candidates with no common partner (all scores 0), after the others, ordered by
   * field overlap: the only way to suggest partners outside the actor's network reach.
   */
  includeUnconnected?: boolean;
}

export interface Suggestion extends PairScores {
  id: string;
  /** Jaccard overlap of the two field lists (0 when either is empty). */
  fieldOverlap: number;
  sharedFields: string[];
}

function fieldsOf(attributes: Attributes): string[] {
  const f: unknown = attributes.fields;
  return Array.isArray(f) ? f.filter((x): x is string => typeof x === 'string') : [];
}

/** Ranked link suggestions for actor `sourceId`. */
export function suggestLinks(
  g: CompactGraph,
  attributesOf: (index: number) => Attributes,
  sourceId: string,
  options: SuggestOptions = {},
): Suggestion[] {
  const u = g.index.get(sourceId);
  if (u === undefined) throw new AnalysisInputError(`unknown actor: ${sourceId}`);
  const score = options.score ?? 'adamicAdar';
  const limit = options.limit ?? 20;
  const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : null;
  const sectors = options.sectors && options.sectors.length > 0 ? new Set(options.sectors) : null;
  const wanted = new Set(options.fields ?? fieldsOf(attributesOf(u)));

  const accept = (v: number): Suggestion | null => {
    if (v === u || hasEdge(g, u, v)) return null;
    const attrs = attributesOf(v);
    if (kinds && !kinds.has(String(attrs.kind))) return null;
    if (sectors && !sectors.has(String(attrs.sector))) return null;
    const theirs = new Set(fieldsOf(attrs));
    const shared = [...wanted].filter((f) => theirs.has(f)).sort();
    if (options.requireFieldOverlap && shared.length === 0) return null;
    const union = new Set([...wanted, ...theirs]).size;
    return {
      id: g.keys[v]!,
      ...pairScores(g, u, v),
      fieldOverlap: union === 0 ? 0 : shared.length / union,
      sharedFields: shared,
    };
  };

  // Candidates with a common partner are at distance two.
  const seen = new Set<number>();
  const results: Suggestion[] = [];
  for (let i = g.offsets[u]!; i < g.offsets[u + 1]!; i++) {
    const w = g.neighbors[i]!;
    for (let j = g.offsets[w]!; j < g.offsets[w + 1]!; j++) {
      const v = g.neighbors[j]!;
      if (seen.has(v)) continue;
      seen.add(v);
      const s = accept(v);
      if (s) results.push(s);
    }
  }
  const byScore = (a: Suggestion, b: Suggestion) =>
    b[score] - a[score] ||
    b.commonNeighbors - a.commonNeighbors ||
    b.fieldOverlap - a.fieldOverlap ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  results.sort(byScore);
  if (options.includeUnconnected && results.length < limit) {
    const rest: Suggestion[] = [];
    for (let v = 0; v < g.n; v++) {
      if (seen.has(v)) continue;
      const s = accept(v);
      if (s) rest.push(s);
    }
    rest.sort(byScore);
    results.push(...rest);
  }
  return results.slice(0, limit);
}
