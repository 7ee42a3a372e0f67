/**
 * The compact network format of `/api/graph` (default; `?format=graphology` gives
 * `graph.export()` JSON instead): the same network as graph-format.ts, as newline-delimited
 * JSON frames of columns, so that it can be written while Neo4j still streams rows, compressed
 * well (gzip / brotli), and decoded off the main thread.
 *
 *     {"t":"network","format":"cluster-explorer-network","version":1,"view":"all","generatedAt":"…"}
 *     {"t":"projects","rows":[{ProjectInfo}, …]}
 *     {"t":"actors","n":2000,"dict":{"kind":["company",…]},"key":[…],"columns":{"kind":[0,0,1,…],…}}
 *     {"t":"ties","n":10000,"dict":{…},"key":[…],"source":[3,17,…],"target":[…],"undirected":[1,0,…],"columns":{…}}
 *     {"t":"end","actors":12500,"ties":100000}
 *
 * - Any number of `actors` frames, then any number of `ties` frames. `source` / `target` are
 *   indices of actors in the order they were sent.
 * - Columns are coded per attribute (COLUMNS below): `text` and `num` as values (or null);
 *   `bool` as 1 / 0 / null; `dict` as an index into the column's string table, which grows
 *   by the entries each frame's `dict` adds; `dictList` as a list of such indices;
 *   `parts` (participations) as a flat list [project, role, project, role, …] of indices into
 *   the `project` and `role` tables.
 * - A tie's `weight` is its `strength` (as everywhere in this project).
 * - Order is not significant: the decoder returns nodes, edges and projects sorted by key,
 *   exactly as the JSON format is.
 * - The last frame is `end` with the counts (a truncated stream is detected), or `error`
 *   with a reason when the server failed half-way (headers had already said 200).
 */
import type { ActorAttributes, ProjectInfo, TieAttributes } from './graph-format';
import type { View } from './domain';

export const COMPACT_FORMAT = 'cluster-explorer-network';
export const COMPACT_VERSION = 1;
export const COMPACT_MEDIA_TYPE = 'application/x-ndjson';

export type Codec = 'text' | 'num' | 'bool' | 'dict' | 'dictList' | 'parts';

/** The declared keys of an attribute interface, without its `[extra: string]` signature. */
type DeclaredKeys<T> = keyof { [K in keyof T as string extends K ? never : K]: T[K] };

/** One codec per actor attribute: adding an attribute to graph-format.ts must add it here. */
export const ACTOR_COLUMNS = {
  kind: 'dict',
  sector: 'dict',
  name: 'text',
  nameEn: 'text',
  prefecture: 'dict',
  bureau: 'dict',
  fields: 'dictList',
  subtype: 'dict',
  sizeClass: 'dict',
  sme: 'bool',
  spinOff: 'bool',
  corporateNumber: 'text',
  programmes: 'dictList',
  cluster: 'dict',
  participations: 'parts',
  synthetic: 'bool',
} as const satisfies Record<DeclaredKeys<ActorAttributes>, Codec>;

/** Tie attributes except `weight`, which equals `strength`. */
export const TIE_COLUMNS = {
  kind: 'dict',
  strength: 'num',
  startYear: 'num',
  endYear: 'num',
  synthetic: 'bool',
} as const satisfies Record<Exclude<DeclaredKeys<TieAttributes>, 'weight'>, Codec>;

/** Extra string tables used by the `parts` codec. */
export const PART_TABLES = ['project', 'role'] as const;

/** Frame sizes the server uses: small enough to decode progressively, large enough to compress. */
export const ACTORS_PER_FRAME = 2_000;
export const TIES_PER_FRAME = 10_000;

export type Dict = Record<string, string[]>;
export type Columns = Record<string, unknown[]>;

export interface NetworkFrame {
  t: 'network';
  format: typeof COMPACT_FORMAT;
  version: typeof COMPACT_VERSION;
  view: View;
  generatedAt: string;
}
export interface ProjectsFrame {
  t: 'projects';
  rows: ProjectInfo[];
}
export interface ActorsFrame {
  t: 'actors';
  n: number;
  dict: Dict;
  key: string[];
  columns: Columns;
}
export interface TiesFrame {
  t: 'ties';
  n: number;
  dict: Dict;
  key: string[];
  source: number[];
  target: number[];
  undirected: (0 | 1)[];
  columns: Columns;
}
export interface EndFrame {
  t: 'end';
  actors: number;
  ties: number;
}
export interface ErrorFrame {
  t: 'error';
  /** `unavailable`: the database failed (retrying may help); `internal`: anything else. */
  reason: 'unavailable' | 'internal';
  message: string;
}
export type Frame = NetworkFrame | ProjectsFrame | ActorsFrame | TiesFrame | EndFrame | ErrorFrame;

/** One frame as one line of the stream. */
export const frameLine = (frame: Frame): string => `${JSON.stringify(frame)}\n`;
