/**
 * The measures as declarative specs in one registry: id, i18n label and description keys,
 * typed parameters, declared outputs (scope, key, type) and the function computing them.
 * `runAnalysis` runs the registry; a UI lists it (and renders each measure's parameters).
 *
 * Run-wide options are not repeated as parameters: `weight` (tie strength) feeds the
 * strength-based measures, `distance` (hops | inverse) the path-based ones, `groups` the
 * group-based ones — each spec says which in `uses`.
 */
import { samplingErrorBound } from './betweenness';
import { BROKERAGE_ROLES, brokerageTask } from './brokerage';
import { closenessFromSweep } from './closeness';
import { connectedComponents, type CompactGraph } from './compact-graph';
import type { AnalysisContext } from './context';
import { eiIndex } from './ei-index';
import { eigenvectorCentrality } from './eigenvector';
import { companyRecords, sectorMixing, tripleHelix } from './helix';
import { LINK_SCORES } from './link-prediction';
import { pagerankCentrality } from './pagerank';
import { resolveParams, type ParamSpec, type ParamValues } from './params';
import { structuralHolesTask } from './structural-holes';
import type { Task } from './task';
import type { JsonValue } from './types';
import { weakTies } from './weak-ties';
import { ACTOR_KINDS } from '../model/domain';

export type OutputType =
  /** A finite number; NaN / ±Infinity become null (and the output is then nullable). */
  | 'number'
  | 'integer'
  | 'boolean'
  /** A label (string) or null. */
  | 'category'
  /** Any JSON value, as computed. */
  | 'json';

export interface OutputSpec {
  scope: 'node' | 'edge' | 'graph';
  key: string;
  type: OutputType;
  nullable?: boolean;
  labelKey: string;
}

export type RunOption = 'weight' | 'distance' | 'groups' | 'betweenness' | 'seed';

/** A column of per-node or per-edge values (typed array or plain array). */
export type Column = ArrayLike<number> | readonly JsonValue[];

export interface MeasureOutput {
  nodes?: Record<string, Column>;
  edges?: Record<string, Column>;
  graph?: Record<string, JsonValue>;
}

export interface MeasureSpec<P extends readonly ParamSpec[] = readonly ParamSpec[]> {
  id: string;
  labelKey: string;
  descriptionKey: string;
  /** Which run-wide options change the result. */
  uses: readonly RunOption[];
  /** Needs a grouping (`groups`); skipped without one. */
  needsGroups?: boolean;
  params: P;
  outputs: readonly OutputSpec[];
  /** Rough number of elementary steps, to weight progress. */
  cost(ctx: AnalysisContext): number;
  /**
   * A generator (long computations: reports progress, can be cancelled), a promise (work
   * driven through `ctx.run` / `ctx.sweep`, possibly on other threads) or a plain result.
   */
  compute(
    ctx: AnalysisContext,
    params: ParamValues<P>,
  ): Task<MeasureOutput> | Promise<MeasureOutput> | MeasureOutput;
}

function defineMeasure<const P extends readonly ParamSpec[]>(spec: MeasureSpec<P>): MeasureSpec {
  return spec as unknown as MeasureSpec;
}

const label = (id: string) => `analysis.measures.${id}.label`;
const describe = (id: string) => `analysis.measures.${id}.description`;
const out = (
  scope: OutputSpec['scope'],
  key: string,
  type: OutputType,
  nullable = false,
): OutputSpec => ({ scope, key, type, nullable, labelKey: `analysis.outputs.${scope}.${key}` });

const size = (g: CompactGraph) => g.n + 2 * g.m;
function sumSquaredDegrees(g: CompactGraph): number {
  let s = 0;
  for (let v = 0; v < g.n; v++) {
    const d = g.offsets[v + 1]! - g.offsets[v]!;
    s += d * d;
  }
  return s;
}

/** The power-iteration parameters eigenvector centrality and PageRank share. */
const ITERATION_PARAMS = [
  {
    id: 'maxIterations',
    labelKey: 'analysis.params.maxIterations',
    type: 'number',
    default: 1000,
    min: 1,
    integer: true,
  },
  {
    id: 'tolerance',
    labelKey: 'analysis.params.tolerance',
    type: 'number',
    default: 1e-10,
    min: 0,
  },
] as const;

export const MEASURES: readonly MeasureSpec[] = [
  defineMeasure({
    id: 'degree',
    labelKey: label('degree'),
    descriptionKey: describe('degree'),
    uses: ['weight'],
    params: [],
    outputs: [out('node', 'degree', 'integer'), out('node', 'weightedDegree', 'number')],
    cost: (ctx) => size(ctx.g),
    compute(ctx) {
      const { g } = ctx;
      const degree = new Int32Array(g.n);
      const weightedDegree = new Float64Array(g.n);
      for (let v = 0; v < g.n; v++) {
        degree[v] = g.offsets[v + 1]! - g.offsets[v]!;
        let s = 0;
        for (let j = g.offsets[v]!; j < g.offsets[v + 1]!; j++) s += g.adjStrength[j]!;
        weightedDegree[v] = s;
      }
      return { nodes: { degree, weightedDegree } };
    },
  }),
  defineMeasure({
    id: 'betweenness',
    labelKey: label('betweenness'),
    descriptionKey: describe('betweenness'),
    uses: ['distance', 'betweenness'],
    params: [],
    outputs: [
      out('node', 'betweenness', 'number'),
      out('node', 'betweennessStdError', 'number', true),
      out('graph', 'betweennessErrorBound', 'number'),
    ],
    cost: (ctx) => {
      const b = ctx.options.betweenness;
      const sources = b.mode === 'exact' ? ctx.g.n : Math.min(ctx.g.n, b.k);
      return sources * (ctx.g.n + 4 * ctx.g.m) * (ctx.options.distance === 'inverse' ? 3 : 1);
    },
    async compute(ctx): Promise<MeasureOutput> {
      const b = ctx.options.betweenness;
      if (b.mode === 'exact') {
        const r = await ctx.exactPaths();
        return { nodes: { betweenness: r.values } };
      }
      const r = await ctx.betweenness({
        mode: 'sampled',
        k: b.k,
        seed: b.seed,
        distance: ctx.options.distance,
      });
      return {
        nodes: {
          betweenness: r.values,
          betweennessStdError: r.stdError ?? new Float64Array(ctx.g.n).fill(Number.NaN),
        },
        graph: { betweennessErrorBound: samplingErrorBound(ctx.g.n, r.k) },
      };
    },
  }),
  defineMeasure({
    id: 'closeness',
    labelKey: label('closeness'),
    descriptionKey: describe('closeness'),
    uses: ['distance'],
    params: [],
    outputs: [out('node', 'closeness', 'number'), out('node', 'harmonic', 'number')],
    cost: (ctx) =>
      sharesExactSweep(ctx)
        ? 1
        : ctx.g.n * (ctx.g.n + 2 * ctx.g.m) * (ctx.options.distance === 'inverse' ? 3 : 1),
    async compute(ctx) {
      if (sharesExactSweep(ctx)) {
        const r = await ctx.exactPaths();
        return { nodes: { closeness: r.closeness!, harmonic: r.harmonic! } };
      }
      const r = closenessFromSweep(
        ctx.g.n,
        await ctx.sweep({
          distance: ctx.options.distance,
          sources: null,
          accumulate: false,
          trackSquares: false,
        }),
      );
      return { nodes: { closeness: r.closeness, harmonic: r.harmonic } };
    },
  }),
  defineMeasure({
    id: 'eigenvector',
    labelKey: label('eigenvector'),
    descriptionKey: describe('eigenvector'),
    uses: ['weight'],
    params: [...ITERATION_PARAMS],
    outputs: [out('node', 'eigenvector', 'number')],
    cost: (ctx) => 100 * size(ctx.g),
    compute(ctx, params) {
      const r = eigenvectorCentrality(ctx.g, {
        weighted: ctx.weighted,
        maxIterations: params.maxIterations,
        tolerance: params.tolerance,
      });
      if (!r.converged) {
        ctx.warnings.push(
          `eigenvector centrality did not converge in ${r.iterations} iterations; values are the last iterate`,
        );
      }
      return { nodes: { eigenvector: r.values } };
    },
  }),
  defineMeasure({
    id: 'pagerank',
    labelKey: label('pagerank'),
    descriptionKey: describe('pagerank'),
    uses: ['weight'],
    params: [
      {
        id: 'alpha',
        labelKey: 'analysis.params.alpha',
        type: 'number',
        default: 0.85,
        min: 0,
        max: 1,
      },
      ...ITERATION_PARAMS,
    ],
    outputs: [out('node', 'pagerank', 'number')],
    cost: (ctx) => 150 * size(ctx.g),
    compute(ctx, params) {
      const values = pagerankCentrality(ctx.simple, ctx.g, { weighted: ctx.weighted, ...params });
      return { nodes: { pagerank: values } };
    },
  }),
  defineMeasure({
    id: 'communities',
    labelKey: label('communities'),
    descriptionKey: describe('communities'),
    uses: ['weight', 'seed'],
    params: [],
    outputs: [
      out('node', 'community', 'integer'),
      out('graph', 'modularity', 'number', true),
      out('graph', 'communities', 'integer'),
      out('graph', 'communitySizes', 'json'),
    ],
    cost: (ctx) => 30 * size(ctx.g),
    compute(ctx) {
      const c = ctx.communities();
      return {
        nodes: { community: c.community },
        graph: { modularity: c.modularity, communities: c.count, communitySizes: c.sizes },
      };
    },
  }),
  defineMeasure({
    id: 'summary',
    labelKey: label('summary'),
    descriptionKey: describe('summary'),
    uses: [],
    params: [],
    outputs: [
      out('graph', 'density', 'number'),
      out('graph', 'components', 'integer'),
      out('graph', 'largestComponent', 'integer'),
      out('node', 'component', 'integer'),
    ],
    cost: (ctx) => size(ctx.g),
    compute(ctx) {
      const { g } = ctx;
      const { component, count } = connectedComponents(g);
      const sizes = new Int32Array(count);
      for (const c of component) sizes[c]!++;
      return {
        nodes: { component },
        graph: {
          density: g.n > 1 ? (2 * g.m) / (g.n * (g.n - 1)) : 0,
          components: count,
          largestComponent: sizes.reduce((a, b) => Math.max(a, b), 0),
        },
      };
    },
  }),
  defineMeasure({
    id: 'biconnectivity',
    labelKey: label('biconnectivity'),
    descriptionKey: describe('biconnectivity'),
    uses: [],
    params: [],
    outputs: [
      out('node', 'articulationPoint', 'boolean'),
      out('edge', 'bridge', 'boolean'),
      out('edge', 'bicomponent', 'integer'),
      out('graph', 'biconnectedComponents', 'integer'),
      out('graph', 'bridges', 'integer'),
      out('graph', 'articulationPoints', 'integer'),
    ],
    cost: (ctx) => 3 * size(ctx.g),
    compute(ctx) {
      const b = ctx.biconnectivity();
      return {
        nodes: { articulationPoint: b.articulation },
        edges: { bridge: b.bridge, bicomponent: b.edgeComponent },
        graph: {
          biconnectedComponents: b.componentCount,
          bridges: count(b.bridge),
          articulationPoints: count(b.articulation),
        },
      };
    },
  }),
  defineMeasure({
    id: 'localBridges',
    labelKey: label('localBridges'),
    descriptionKey: describe('localBridges'),
    uses: ['distance'],
    params: [],
    outputs: [
      out('edge', 'localBridge', 'boolean'),
      out('edge', 'span', 'number', true),
      out('graph', 'localBridges', 'integer'),
    ],
    cost: (ctx) => 40 * ctx.g.m + sumSquaredDegrees(ctx.g),
    *compute(ctx) {
      const r = yield* ctx.localBridges();
      return {
        edges: { localBridge: r.localBridge, span: r.span },
        graph: { localBridges: count(r.localBridge) },
      };
    },
  }),
  defineMeasure({
    id: 'weakTies',
    labelKey: label('weakTies'),
    descriptionKey: describe('weakTies'),
    uses: ['weight'],
    params: [
      {
        id: 'quantile',
        labelKey: 'analysis.params.weakQuantile',
        type: 'number',
        default: 0.5,
        min: 0,
        max: 1,
      },
    ],
    outputs: [
      out('edge', 'weak', 'boolean'),
      out('edge', 'weakBridge', 'boolean'),
      out('graph', 'weakTieThreshold', 'number', true),
      out('graph', 'weakBridges', 'integer'),
    ],
    cost: (ctx) =>
      ctx.options.measures.includes('localBridges')
        ? ctx.g.m
        : 40 * ctx.g.m + sumSquaredDegrees(ctx.g),
    *compute(ctx, params) {
      const lb = yield* ctx.localBridges();
      const r = weakTies(ctx.g, lb.localBridge, { quantile: params.quantile });
      return {
        edges: { weak: r.weak, weakBridge: r.weakBridge },
        graph: { weakTieThreshold: r.threshold, weakBridges: count(r.weakBridge) },
      };
    },
  }),
  defineMeasure({
    id: 'structuralHoles',
    labelKey: label('structuralHoles'),
    descriptionKey: describe('structuralHoles'),
    uses: ['weight'],
    params: [],
    outputs: [
      out('node', 'constraint', 'number', true),
      out('node', 'effectiveSize', 'number', true),
      out('node', 'efficiency', 'number', true),
    ],
    cost: (ctx) => sumSquaredDegrees(ctx.g) + size(ctx.g),
    *compute(ctx) {
      const r = yield* structuralHolesTask(ctx.g, ctx.weighted);
      return { nodes: { ...r } };
    },
  }),
  defineMeasure({
    id: 'brokerage',
    labelKey: label('brokerage'),
    descriptionKey: describe('brokerage'),
    uses: ['groups'],
    needsGroups: true,
    params: [],
    outputs: [
      out('node', 'group', 'category', true),
      out('node', 'brokerage', 'json', true),
      out('graph', 'brokerage', 'json'),
    ],
    cost: (ctx) => sumSquaredDegrees(ctx.g) + size(ctx.g),
    *compute(ctx) {
      const grouping = ctx.grouping()!;
      const r = yield* brokerageTask(ctx.g, grouping);
      return {
        nodes: { group: groupColumn(ctx), brokerage: r.roles },
        graph: { brokerage: r.totals },
      };
    },
  }),
  defineMeasure({
    id: 'eiIndex',
    labelKey: label('eiIndex'),
    descriptionKey: describe('eiIndex'),
    uses: ['groups'],
    needsGroups: true,
    params: [
      { id: 'weighted', labelKey: 'analysis.params.eiWeighted', type: 'boolean', default: false },
    ],
    outputs: [
      out('node', 'group', 'category', true),
      out('node', 'eiIndex', 'number', true),
      out('graph', 'eiIndex', 'number', true),
      out('graph', 'groups', 'json'),
    ],
    cost: (ctx) => size(ctx.g),
    compute(ctx, params) {
      const grouping = ctx.grouping()!;
      const r = eiIndex(ctx.g, grouping, params.weighted && ctx.weighted);
      const sizes = new Array<number>(grouping.labels.length).fill(0);
      for (const gr of grouping.group) if (gr >= 0) sizes[gr]!++;
      return {
        nodes: { group: groupColumn(ctx), eiIndex: r.actors.map((a) => a.ei) },
        graph: {
          eiIndex: r.network.ei,
          groups: grouping.labels.map((l, i) => ({
            label: l,
            size: sizes[i]!,
            external: r.groups[i]!.external,
            internal: r.groups[i]!.internal,
            eiIndex: r.groups[i]!.ei,
          })),
        },
      };
    },
  }),
  // Helix measures (helix.ts): from actor attributes, so independent of the run options.
  defineMeasure({
    id: 'sectorMixing',
    labelKey: label('sectorMixing'),
    descriptionKey: describe('sectorMixing'),
    uses: [],
    params: [],
    outputs: [out('graph', 'sectorMixing', 'json')],
    cost: (ctx) => size(ctx.g),
    compute(ctx) {
      const mixing = sectorMixing(ctx.g, ctx.attributesOf);
      return { graph: { sectorMixing: mixing } };
    },
  }),
  defineMeasure({
    id: 'tripleHelix',
    labelKey: label('tripleHelix'),
    descriptionKey: describe('tripleHelix'),
    uses: [],
    params: [],
    outputs: [out('graph', 'tripleHelix', 'json')],
    cost: (ctx) => ctx.g.n,
    compute(ctx) {
      const helix = tripleHelix(companyRecords(ctx.g.n, ctx.attributesOf));
      return { graph: { tripleHelix: helix } };
    },
  }),
];

function sharesExactSweep(ctx: AnalysisContext): boolean {
  return (
    ctx.hasExactPaths() ||
    (ctx.options.betweenness.mode === 'exact' && ctx.options.measures.includes('betweenness'))
  );
}

function groupColumn(ctx: AnalysisContext): (string | null)[] {
  const grouping = ctx.grouping()!;
  return Array.from(grouping.group, (gr) => (gr < 0 ? null : grouping.labels[gr]!));
}

function count(flags: Uint8Array): number {
  let c = 0;
  for (const f of flags) c += f;
  return c;
}

export const MEASURE_IDS = MEASURES.map((m) => m.id);

export function measureById(id: string): MeasureSpec | undefined {
  return MEASURES.find((m) => m.id === id);
}

/** Parameters of a measure with defaults filled in and values checked. */
export function measureParams(spec: MeasureSpec, given?: Readonly<Record<string, unknown>>) {
  return resolveParams(spec.params, given, spec.id);
}

/**
 * Link suggestion is a per-actor query rather than a whole-network measure; its parameters
 * are declared here for the UI (see `suggestLinks`).
 */
export const LINK_SUGGESTION_PARAMS = [
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
    default: 20,
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

/** Actor kinds a suggestion can be restricted to (multi-select in a UI). */
export const LINK_SUGGESTION_KINDS = ACTOR_KINDS;

export { BROKERAGE_ROLES };
