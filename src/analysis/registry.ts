/**
 * The measures: one registry, the single source of what the analysis computes and of what
 * every consumer shows about it. `runAnalysis` (CLI, Web Worker) runs it; the explorer takes
 * from it the colour-by and size-by options, table and CSV columns, details rows and legend
 * titles (declared outputs), the labels and descriptions (i18n keys, which must exist in ja
 * and en: tested), and the parameter controls (typed `params`, and the run-wide options in
 * run-settings.ts).
 *
 * Run-wide options are not repeated as parameters: `weight` (tie strength) feeds the
 * strength-based measures, `distance` (hops | inverse) the path-based ones, `communities`
 * (seed, resolution) the one community detection that colour, brokerage and E-I share —
 * each spec says which in `uses`, so a consumer knows which results a changed option voids.
 */
import { samplingErrorBound } from './betweenness';
import { brokerageTask, type BrokerageCounts } from './brokerage';
import { closenessFromSweep } from './closeness';
import { connectedComponents, type CompactGraph } from './compact-graph';
import type { Grouping } from './groups';
import type { AnalysisContext } from './context';
import { eiIndex } from './ei-index';
import { eigenvectorCentrality } from './eigenvector';
import { averagePathLength, betweennessCentralization, degreeCentralization } from './graph-level';
import {
  companyRecords,
  sectorMixing,
  tripleHelix,
  type SectorMixing,
  type TripleHelix,
} from './helix';
import { pagerankCentrality } from './pagerank';
import { resolveParams, type ParamSpec } from './params';
import { structuralHolesTask } from './structural-holes';
import { weakTies } from './weak-ties';

import {
  defineMeasure,
  idOutput,
  jsonOutput,
  output as out,
  type MeasureOutput,
  type MeasureSpec,
  type MetricsOf,
} from './measure-spec';
import type { GroupSummary } from './types';

const label = (id: string) => `analysis.measures.${id}.label`;
const describe = (id: string) => `analysis.measures.${id}.description`;

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

/** The node attributes offered as groupings for brokerage and E-I (`community`: the detected one). */
export const GROUPINGS = [
  'sector',
  'cluster',
  'community',
  'prefecture',
  'bureau',
  'kind',
  'sizeClass',
] as const;

const groupsParam = {
  id: 'groups',
  labelKey: 'analysis.params.groups',
  type: 'attribute',
  options: GROUPINGS,
  default: null,
} as const;

export const MEASURES = [
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
    id: 'crossSector',
    labelKey: label('crossSector'),
    descriptionKey: describe('crossSector'),
    uses: [],
    params: [],
    outputs: [out('node', 'crossSector', 'integer')],
    cost: (ctx) => size(ctx.g),
    compute(ctx) {
      // Partners in another sector (産学官金): a first look at who spans the sectors.
      const { g } = ctx;
      const sector = Array.from({ length: g.n }, (_, v) => ctx.attributesOf(v).sector);
      const crossSector = new Int32Array(g.n);
      for (let v = 0; v < g.n; v++) {
        for (let j = g.offsets[v]!; j < g.offsets[v + 1]!; j++) {
          if (sector[g.neighbors[j]!] !== sector[v]) crossSector[v]!++;
        }
      }
      return { nodes: { crossSector } };
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
    uses: ['weight', 'communities'],
    params: [],
    outputs: [
      idOutput('node', 'community'),
      out('graph', 'modularity', 'number', true),
      out('graph', 'communities', 'integer'),
      jsonOutput<number[]>()('graph', 'communitySizes'),
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
      idOutput('node', 'component'),
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
    id: 'graphLevel',
    labelKey: label('graphLevel'),
    descriptionKey: describe('graphLevel'),
    uses: ['distance', 'betweenness'],
    params: [],
    outputs: [
      out('graph', 'averagePathLength', 'number', true),
      out('graph', 'degreeCentralization', 'number', true),
      out('graph', 'betweennessCentralization', 'number', true),
    ],
    // Both sweeps are shared with betweenness (and closeness) when those run too.
    cost: (ctx) =>
      ctx.options.measures.includes('betweenness')
        ? size(ctx.g)
        : ctx.g.n * (ctx.g.n + 4 * ctx.g.m),
    async compute(ctx): Promise<MeasureOutput> {
      const b = await ctx.configuredBetweenness();
      return {
        graph: {
          averagePathLength: averagePathLength(await ctx.hopDistances()),
          degreeCentralization: degreeCentralization(ctx.g),
          betweennessCentralization: betweennessCentralization(b.values),
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
      idOutput('edge', 'bicomponent'),
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
    uses: ['communities'],
    needsGroups: true,
    params: [groupsParam],
    outputs: [
      out('node', 'group', 'category', true),
      jsonOutput<BrokerageCounts>()('node', 'brokerage', true),
      jsonOutput<BrokerageCounts>()('graph', 'brokerage'),
    ],
    cost: (ctx) => sumSquaredDegrees(ctx.g) + size(ctx.g),
    *compute(ctx, params) {
      const grouping = ctx.grouping(params.groups!);
      const r = yield* brokerageTask(ctx.g, grouping);
      return {
        nodes: { group: groupColumn(grouping), brokerage: r.roles },
        graph: { brokerage: r.totals },
      };
    },
  }),
  defineMeasure({
    id: 'eiIndex',
    labelKey: label('eiIndex'),
    descriptionKey: describe('eiIndex'),
    uses: ['weight', 'communities'],
    needsGroups: true,
    params: [
      groupsParam,
      { id: 'weighted', labelKey: 'analysis.params.eiWeighted', type: 'boolean', default: false },
    ],
    outputs: [
      out('node', 'group', 'category', true),
      out('node', 'eiIndex', 'number', true),
      out('graph', 'eiIndex', 'number', true),
      jsonOutput<GroupSummary[]>()('graph', 'groups'),
    ],
    cost: (ctx) => size(ctx.g),
    compute(ctx, params) {
      const grouping = ctx.grouping(params.groups!);
      const r = eiIndex(ctx.g, grouping, params.weighted && ctx.weighted);
      const sizes = new Array<number>(grouping.labels.length).fill(0);
      for (const gr of grouping.group) if (gr >= 0) sizes[gr]!++;
      return {
        nodes: { group: groupColumn(grouping), eiIndex: r.actors.map((a) => a.ei) },
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
  // Helix measures (helix.ts): from actor attributes, so no run-wide option changes them.
  defineMeasure({
    id: 'sectorMixing',
    labelKey: label('sectorMixing'),
    descriptionKey: describe('sectorMixing'),
    uses: [],
    params: [],
    outputs: [jsonOutput<SectorMixing>()('graph', 'sectorMixing')],
    cost: (ctx) => size(ctx.g),
    compute(ctx) {
      return { graph: { sectorMixing: sectorMixing(ctx.g, ctx.attributesOf) } };
    },
  }),
  defineMeasure({
    id: 'tripleHelix',
    labelKey: label('tripleHelix'),
    descriptionKey: describe('tripleHelix'),
    uses: [],
    params: [],
    outputs: [jsonOutput<TripleHelix>()('graph', 'tripleHelix')],
    cost: (ctx) => ctx.g.n,
    compute(ctx) {
      return { graph: { tripleHelix: tripleHelix(companyRecords(ctx.g.n, ctx.attributesOf)) } };
    },
  }),
] as const;

function sharesExactSweep(ctx: AnalysisContext): boolean {
  return (
    ctx.hasExactPaths() ||
    (ctx.options.betweenness.mode === 'exact' && ctx.options.measures.includes('betweenness'))
  );
}

function groupColumn(grouping: Grouping): (string | null)[] {
  return Array.from(grouping.group, (gr) => (gr < 0 ? null : grouping.labels[gr]!));
}

function count(flags: Uint8Array): number {
  let c = 0;
  for (const f of flags) c += f;
  return c;
}

/** The registry as a list, for code that works on any measure. */
export const MEASURE_LIST: readonly MeasureSpec[] = MEASURES;
export type MeasureId = (typeof MEASURES)[number]['id'];

export function measureById(id: string): MeasureSpec | undefined {
  return MEASURE_LIST.find((m) => m.id === id);
}

/** Parameters of a measure with defaults filled in and values checked. */
export function measureParams(spec: MeasureSpec, given?: Readonly<Record<string, unknown>>) {
  return resolveParams(spec.params, given, spec.id);
}

/** Per-node values of every node output the registry declares (derived from the declarations). */
export type RegistryNodeMetrics = MetricsOf<typeof MEASURES, 'node'>;
export type RegistryEdgeMetrics = MetricsOf<typeof MEASURES, 'edge'>;
export type RegistryGraphMetrics = MetricsOf<typeof MEASURES, 'graph'>;

/** The measure's outputs of one scope. */
export const outputsOf = (spec: MeasureSpec, scope: 'node' | 'edge' | 'graph') =>
  spec.outputs.filter((o) => o.scope === scope);

export type { MeasureOutput, MeasureSpec, ParamSpec };
