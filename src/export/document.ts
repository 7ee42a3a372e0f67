/**
 * The one table every writer reads: actors and ties with typed columns, their visual
 * attributes, the graph-level results and the provenance.
 *
 * Measure columns come from the registry's declared outputs (scope, key, type), in registry
 * order, for the measures the run computed — a new measure appears in every format without
 * touching a writer. JSON outputs holding objects (brokerage roles) are flattened into
 * `<key>_<field>` columns. Ties are exported as they are in the input (kind, strength, years,
 * direction); the edge measures, which the analysis defines on the simplified graph, are
 * those of the tie's pair of actors (empty for self-loops and dropped ties).
 */
import type { SerializedGraph } from 'graphology-types';
import type { OutputSpec, OutputType } from '../analysis/measure-spec';
import { MEASURE_LIST } from '../analysis/registry';
import type { AnalysisResult, JsonValue } from '../analysis/types';
import { edgeKeyOf, isDirected } from './network';
import type { Provenance } from './provenance';
import { exportVisuals, type EdgeVisual, type LayoutOptions, type NodeVisual } from './visual';

export type CellType = 'string' | 'integer' | 'double' | 'boolean';
export type Cell = string | number | boolean | null;

export interface Column {
  key: string;
  type: CellType;
  /** i18n key of the column's label, for measures (see the registry). */
  labelKey: string | null;
}

export interface ExportNode {
  id: string;
  label: string;
  /** One cell per entry of `nodeColumns`. */
  cells: Cell[];
  visual: NodeVisual;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  directed: boolean;
  /** Tie strength. */
  weight: number;
  /** One cell per entry of `edgeColumns`. */
  cells: Cell[];
  visual: EdgeVisual;
}

export interface GraphValue {
  key: string;
  type: CellType | 'json';
  value: JsonValue;
  labelKey: string | null;
}

export interface ExportDocument {
  nodeColumns: Column[];
  edgeColumns: Column[];
  nodes: ExportNode[];
  edges: ExportEdge[];
  graph: GraphValue[];
  provenance: Provenance;
}

type Read = (attrs: Record<string, unknown>) => Cell;
interface AttributeColumn extends Column {
  read: Read;
}

const text =
  (key: string): Read =>
  (a) => {
    const v = a[key];
    return v === null || v === undefined || v === '' ? null : String(v);
  };
const flag =
  (key: string): Read =>
  (a) =>
    typeof a[key] === 'boolean' ? (a[key] as boolean) : null;
const whole =
  (key: string): Read =>
  (a) =>
    typeof a[key] === 'number' && Number.isInteger(a[key]) ? (a[key] as number) : null;
const list =
  (key: string): Read =>
  (a) =>
    Array.isArray(a[key]) && a[key].length > 0 ? a[key].map(String).join(';') : null;
const attr = (key: string, type: CellType, read: Read): AttributeColumn => ({
  key,
  type,
  labelKey: null,
  read,
});

/** Actor attributes (src/model/graph-format.ts), the descriptive ones first. */
const ACTOR_COLUMNS: AttributeColumn[] = [
  attr('kind', 'string', text('kind')),
  attr('sector', 'string', text('sector')),
  attr('prefecture', 'string', text('prefecture')),
  attr('bureau', 'string', text('bureau')),
  attr('cluster', 'string', text('cluster')),
  attr('sizeClass', 'string', text('sizeClass')),
  attr('sme', 'boolean', flag('sme')),
  attr('nameEn', 'string', text('nameEn')),
  attr('subtype', 'string', text('subtype')),
  attr('spinOff', 'boolean', flag('spinOff')),
  attr('fields', 'string', list('fields')),
  attr('programmes', 'string', list('programmes')),
  attr('corporateNumber', 'string', text('corporateNumber')),
  attr('synthetic', 'boolean', flag('synthetic')),
];

/** Tie attributes; `strength` is read as the analysis reads it (`weight` when absent). */
const TIE_COLUMNS: AttributeColumn[] = [
  attr('kind', 'string', text('kind')),
  attr('strength', 'double', (a) => strengthOf(a)),
  attr('startYear', 'integer', whole('startYear')),
  attr('endYear', 'integer', whole('endYear')),
  attr('synthetic', 'boolean', flag('synthetic')),
];

function strengthOf(a: Record<string, unknown>): number {
  const s = Number(a.strength ?? a.weight ?? 1);
  return Number.isFinite(s) ? s : 1;
}

const CELL_TYPE: Record<Exclude<OutputType, 'json'>, CellType> = {
  number: 'double',
  integer: 'integer',
  boolean: 'boolean',
  category: 'string',
};

/** A measure column: how to read its cell from a node's or edge's result row. */
interface MeasureColumn extends Column {
  read: (row: Record<string, unknown> | undefined) => Cell;
}

function toCell(value: unknown, type: CellType): Cell {
  if (value === null || value === undefined) return null;
  if (type === 'double' || type === 'integer') {
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
  if (type === 'boolean') return typeof value === 'boolean' ? value : null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The declared outputs of `scope` for the computed measures, one column per key (flattened). */
function measureColumns(
  scope: 'node' | 'edge',
  rows: readonly Record<string, unknown>[],
  computed: readonly string[],
  taken: ReadonlySet<string>,
): MeasureColumn[] {
  const columns: MeasureColumn[] = [];
  const seen = new Set(taken);
  const add = (column: MeasureColumn) => {
    if (seen.has(column.key)) return;
    seen.add(column.key);
    columns.push(column);
  };
  const outputs: OutputSpec[] = MEASURE_LIST.filter((m) => computed.includes(m.id)).flatMap((m) =>
    m.outputs.filter((o) => o.scope === scope),
  );
  for (const o of outputs) {
    // Outputs that only some runs produce (the sampling error) appear when present.
    if (!rows.some((r) => o.key in r)) continue;
    if (o.type !== 'json') {
      const type = CELL_TYPE[o.type];
      add({ key: o.key, type, labelKey: o.labelKey, read: (r) => toCell(r?.[o.key], type) });
      continue;
    }
    const fields = new Set<string>();
    let plain = false;
    for (const r of rows) {
      const v = r[o.key];
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
        for (const f of Object.keys(v)) fields.add(f);
      } else if (v !== null && v !== undefined) plain = true;
    }
    if (plain || fields.size === 0) {
      add({
        key: o.key,
        type: 'string',
        labelKey: o.labelKey,
        read: (r) => toCell(r?.[o.key], 'string'),
      });
      continue;
    }
    for (const f of fields) {
      add({
        key: `${o.key}_${f}`,
        type: 'double',
        labelKey: o.labelKey,
        read: (r) => {
          const v = r?.[o.key] as Record<string, unknown> | null | undefined;
          return toCell(v?.[f], 'double');
        },
      });
    }
  }
  return columns;
}

function graphValues(result: AnalysisResult): GraphValue[] {
  const values: GraphValue[] = [
    { key: 'nodes', type: 'integer', value: result.graph.nodes, labelKey: null },
    { key: 'edges', type: 'integer', value: result.graph.edges, labelKey: null },
  ];
  const seen = new Set(['nodes', 'edges']);
  const computed = result.graph.settings.measures;
  for (const m of MEASURE_LIST) {
    if (!computed.includes(m.id)) continue;
    for (const o of m.outputs) {
      if (o.scope !== 'graph' || seen.has(o.key) || !(o.key in result.graph)) continue;
      seen.add(o.key);
      values.push({
        key: o.key,
        type: o.type === 'json' ? 'json' : CELL_TYPE[o.type],
        value: (result.graph[o.key] ?? null) as JsonValue,
        labelKey: o.labelKey,
      });
    }
  }
  return values;
}

const pairKey = (a: string, b: string) => JSON.stringify(a < b ? [a, b] : [b, a]);

export interface DocumentOptions {
  layout?: LayoutOptions;
}

export function buildExportDocument(
  network: SerializedGraph,
  result: AnalysisResult | null,
  provenance: Provenance,
  options: DocumentOptions = {},
): ExportDocument {
  const visuals = exportVisuals(network, options.layout);
  const computed = result?.graph.settings.measures ?? [];

  const nodeRows = result ? Object.values(result.nodes) : [];
  const nodeMeasures = measureColumns(
    'node',
    nodeRows,
    computed,
    new Set(ACTOR_COLUMNS.map((c) => c.key)),
  );
  const nodes: ExportNode[] = network.nodes.map((n) => {
    const id = String(n.key);
    const a = (n.attributes ?? {}) as Record<string, unknown>;
    const row = result?.nodes[id];
    const name = a.name ?? a.label;
    return {
      id,
      label: name === null || name === undefined || name === '' ? id : String(name),
      cells: [...ACTOR_COLUMNS.map((c) => c.read(a)), ...nodeMeasures.map((c) => c.read(row))],
      visual: visuals.nodes.get(id)!,
    };
  });

  const byPair = new Map<string, Record<string, unknown>>();
  for (const e of result?.edges ?? []) byPair.set(pairKey(e.source, e.target), e);
  const edgeMeasures = measureColumns(
    'edge',
    result?.edges ?? [],
    computed,
    new Set([...TIE_COLUMNS.map((c) => c.key), 'directed']),
  );
  const edges: ExportEdge[] = network.edges.map((e, i) => {
    const id = edgeKeyOf(e, i);
    const source = String(e.source);
    const target = String(e.target);
    const a = (e.attributes ?? {}) as Record<string, unknown>;
    const directed = isDirected(network, e);
    const row = source === target ? undefined : byPair.get(pairKey(source, target));
    return {
      id,
      source,
      target,
      directed,
      weight: strengthOf(a),
      cells: [
        ...TIE_COLUMNS.map((c) => c.read(a)),
        directed,
        ...edgeMeasures.map((c) => c.read(row)),
      ],
      visual: visuals.edges.get(id)!,
    };
  });

  const plain = ({ key, type, labelKey }: Column): Column => ({ key, type, labelKey });
  return {
    nodeColumns: [...ACTOR_COLUMNS, ...nodeMeasures].map(plain),
    edgeColumns: [
      ...TIE_COLUMNS.map(plain),
      { key: 'directed', type: 'boolean', labelKey: null },
      ...edgeMeasures.map(plain),
    ],
    nodes,
    edges,
    graph: result ? graphValues(result) : [],
    provenance,
  };
}
