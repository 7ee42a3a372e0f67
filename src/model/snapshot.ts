/**
 * An offline snapshot: the network with positions and styling plus the view state that
 * produced it, so the explorer can reopen it as static files with no server.
 *
 * A snapshot is a file someone sent: it is validated here before anything uses it. Sizes are
 * bounded (a national network with positions is ~35 MB), every attribute the explorer reads
 * has a type, attributes it does not know are dropped (including renderer settings such as
 * sigma's `type`, and `__proto__`), and edges must join actors that exist. Names may hold any
 * text, markup included: the UI renders them as text.
 */
import { z } from 'zod';
import {
  ACTOR_KINDS,
  CLUSTER_MEMBERSHIPS,
  PARTICIPATION_ROLES,
  PROGRAMMES,
  SECTOR_OF_KIND,
  SECTORS,
  TIE_KINDS,
  VIEWS,
} from './domain';
import type { SerializedNetwork } from './graph-format';

export const SNAPSHOT_FORMAT = 'cluster-explorer-snapshot';
export const SNAPSHOT_VERSION = 1;

/** Larger files are refused before they are read. */
export const MAX_SNAPSHOT_BYTES = 100 * 1024 * 1024;
export const MAX_SNAPSHOT_NODES = 200_000;
export const MAX_SNAPSHOT_EDGES = 2_000_000;
const MAX_TEXT = 10_000;
const MAX_KEY = 1_000;
const MAX_LIST = 10_000;

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  createdAt: string;
  /** Nodes carry `x`, `y` and, where styling was applied, `color` and `size`. */
  graph: SerializedNetwork;
  /** The explorer's serialisable view state (filters, styling, focus); opaque to other tools. */
  viewState?: unknown;
  /** A story told over this network (src/state/story.ts); opaque to other tools. */
  story?: unknown;
}

export function isSnapshot(value: unknown): value is Snapshot {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === SNAPSHOT_FORMAT
  );
}

const text = z.string().max(MAX_TEXT);
const key = z.string().min(1).max(MAX_KEY);
const optionalText = text.nullable().default(null);
const year = z.number().int().min(0).max(9999).nullable().default(null);
const finite = z.number().refine(Number.isFinite, 'not a finite number');
/** Hex or rgb()/rgba() colours, as the explorer writes them; nothing a renderer could misread. */
const colour = z
  .string()
  .max(40)
  .regex(/^(#[0-9a-fA-F]{3,8}|rgba?\(\s*[\d.]+\s*(,\s*[\d.]+\s*){2,3}\))$/, 'not a colour');
const styling = {
  x: finite.optional(),
  y: finite.optional(),
  color: colour.optional(),
  size: finite.min(0).max(10_000).optional(),
};

const actorAttributes = z
  .object({
    kind: z.enum(ACTOR_KINDS),
    sector: z.enum(SECTORS).optional(),
    name: text,
    nameEn: optionalText,
    prefecture: optionalText,
    bureau: optionalText,
    fields: z.array(text).max(MAX_LIST).default([]),
    subtype: optionalText,
    sizeClass: optionalText,
    sme: z.boolean().nullable().default(null),
    spinOff: z.boolean().nullable().default(null),
    corporateNumber: optionalText,
    programmes: z.array(z.enum(PROGRAMMES)).max(PROGRAMMES.length).default([]),
    cluster: z.enum(CLUSTER_MEMBERSHIPS).default('none'),
    participations: z
      .array(z.object({ project: key, role: z.enum(PARTICIPATION_ROLES) }))
      .max(MAX_LIST)
      .default([]),
    synthetic: z.boolean().default(false),
    ...styling,
  })
  .transform((a) => ({ ...a, sector: a.sector ?? SECTOR_OF_KIND[a.kind] }));

const tieAttributes = z
  .object({
    kind: z.enum(TIE_KINDS),
    strength: finite.positive(),
    weight: finite.optional(),
    startYear: year,
    endYear: year,
    synthetic: z.boolean().default(false),
    color: colour.optional(),
    size: finite.min(0).max(10_000).optional(),
  })
  .transform((t) => ({ ...t, weight: t.weight ?? t.strength }));

const project = z.object({
  id: key,
  name: text,
  nameEn: optionalText,
  programme: z.enum(PROGRAMMES),
  region: optionalText,
  startYear: year,
  endYear: year,
  synthetic: z.boolean().default(false),
});

export const networkSchema = z.object({
  attributes: z
    .object({
      view: z.enum(VIEWS).default('all'),
      generatedAt: z.string().max(100).default(''),
      projects: z.array(project).max(MAX_LIST).default([]),
    })
    .default({ view: 'all', generatedAt: '', projects: [] }),
  nodes: z
    .array(z.object({ key, attributes: actorAttributes }))
    .max(MAX_SNAPSHOT_NODES, `more than ${MAX_SNAPSHOT_NODES} actors`),
  edges: z
    .array(
      z.object({
        key,
        source: key,
        target: key,
        undirected: z.boolean().optional(),
        attributes: tieAttributes,
      }),
    )
    .max(MAX_SNAPSHOT_EDGES, `more than ${MAX_SNAPSHOT_EDGES} ties`),
});

export const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  createdAt: z.string().max(100).default(''),
  graph: networkSchema,
  viewState: z.unknown().optional(),
  story: z.unknown().optional(),
});

/** The file is not a snapshot this explorer can open; the message says why. */
export class SnapshotError extends Error {}

function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p).slice(0, 40)}`))
      .join('')
      .replace(/^\./, '');
    return `${path || 'the file'}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return shown.join('; ') + more;
}

/** Every edge joins two actors of the file; keys are unique. */
function checkReferences(graph: SerializedNetwork): void {
  const nodes = new Set<string>();
  for (const node of graph.nodes) {
    if (nodes.has(node.key)) throw new SnapshotError(`actor "${node.key}" appears twice`);
    nodes.add(node.key);
  }
  const edges = new Set<string>();
  for (const edge of graph.edges) {
    if (edges.has(edge.key)) throw new SnapshotError(`tie "${edge.key}" appears twice`);
    edges.add(edge.key);
    for (const end of [edge.source, edge.target]) {
      if (!nodes.has(end)) {
        throw new SnapshotError(`tie "${edge.key}" refers to the unknown actor "${end}"`);
      }
    }
  }
}

/**
 * Validates parsed JSON as a snapshot, or as plain graphology JSON (the API's
 * `?format=graphology`), which is wrapped as a snapshot without view state.
 */
export function validateSnapshot(value: unknown): Snapshot {
  let snapshot: Snapshot;
  if (isSnapshot(value)) {
    const version = (value as { version?: unknown }).version;
    if (version !== SNAPSHOT_VERSION) {
      throw new SnapshotError(
        typeof version === 'number' && version > SNAPSHOT_VERSION
          ? `written by a newer explorer (snapshot version ${version}); this one reads version ${SNAPSHOT_VERSION}`
          : `unknown snapshot version ${JSON.stringify(version)?.slice(0, 20)}`,
      );
    }
    const parsed = snapshotSchema.safeParse(value);
    if (!parsed.success) throw new SnapshotError(describeIssues(parsed.error));
    snapshot = { ...parsed.data, graph: withOptions(parsed.data.graph) };
  } else if (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as SerializedNetwork).nodes) &&
    Array.isArray((value as SerializedNetwork).edges)
  ) {
    const parsed = networkSchema.safeParse(value);
    if (!parsed.success) throw new SnapshotError(describeIssues(parsed.error));
    const graph = withOptions(parsed.data);
    snapshot = {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      createdAt: graph.attributes.generatedAt,
      graph,
    };
  } else {
    throw new SnapshotError('neither an explorer snapshot nor a graphology network');
  }
  checkReferences(snapshot.graph);
  return snapshot;
}

function withOptions(graph: z.infer<typeof networkSchema>): SerializedNetwork {
  return { ...graph, options: { type: 'mixed', multi: true, allowSelfLoops: true } };
}
