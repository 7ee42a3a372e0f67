/**
 * Reads the compact network format (compact-format.ts) back into the SerializedNetwork the
 * explorer takes: frame by frame as lines arrive, checking each frame's shape so that a
 * truncated or garbled stream is refused with a reason instead of drawn half.
 */
import { sortNetwork } from './build-network';
import {
  ACTOR_COLUMNS,
  COMPACT_FORMAT,
  COMPACT_VERSION,
  TIE_COLUMNS,
  type Codec,
  type Dict,
  type ErrorFrame,
  type NetworkFrame,
} from './compact-format';
import { VIEWS } from './domain';
import type {
  ActorAttributes,
  ProjectInfo,
  SerializedNetwork,
  TieAttributes,
} from './graph-format';

/** The stream is not a valid compact network. */
export class CompactFormatError extends Error {}

/** The server reported a failure half-way through (see ErrorFrame). */
export class CompactStreamError extends Error {
  constructor(readonly frame: ErrorFrame) {
    super(frame.message);
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface DecodeProgress {
  actors: number;
  ties: number;
}

export class CompactDecoder {
  private header: NetworkFrame | null = null;
  private projects: ProjectInfo[] = [];
  private readonly nodes: SerializedNetwork['nodes'] = [];
  private readonly edges: SerializedNetwork['edges'] = [];
  private readonly actorTables = new Map<string, string[]>();
  private readonly tieTables = new Map<string, string[]>();
  private ended = false;
  private frames = 0;

  get progress(): DecodeProgress {
    return { actors: this.nodes.length, ties: this.edges.length };
  }

  /** One line of the stream (blank lines are ignored). */
  pushLine(line: string): void {
    if (line.trim() === '') return;
    let frame: unknown;
    try {
      frame = JSON.parse(line);
    } catch (error) {
      this.fail(`not JSON (${(error as Error).message})`);
    }
    this.push(frame);
  }

  push(frame: unknown): void {
    this.frames++;
    if (!isObj(frame)) this.fail('not an object');
    if (frame.t === 'error') {
      const reason = frame.reason === 'unavailable' ? 'unavailable' : 'internal';
      throw new CompactStreamError({ t: 'error', reason, message: String(frame.message ?? '') });
    }
    if (this.ended) this.fail('data after the end frame');
    if (!this.header && frame.t !== 'network')
      this.fail('the stream does not start with "network"');
    switch (frame.t) {
      case 'network':
        return this.onHeader(frame);
      case 'projects':
        if (!Array.isArray(frame.rows)) this.fail('"rows" is not a list');
        this.projects = frame.rows as ProjectInfo[];
        return;
      case 'actors':
        return this.onActors(frame);
      case 'ties':
        return this.onTies(frame);
      case 'end':
        if (frame.actors !== this.nodes.length || frame.ties !== this.edges.length) {
          this.fail(
            `the end frame counts ${String(frame.actors)} actors and ${String(frame.ties)} ties, ` +
              `${this.nodes.length} and ${this.edges.length} arrived`,
          );
        }
        this.ended = true;
        return;
      default:
        this.fail(`unknown frame type ${JSON.stringify(frame.t)}`);
    }
  }

  /** The network, once the end frame has arrived. */
  result(): SerializedNetwork {
    if (!this.header || !this.ended) {
      throw new CompactFormatError(
        `the network stream ended early (after ${this.nodes.length} actors and ` +
          `${this.edges.length} ties, without its end frame)`,
      );
    }
    return sortNetwork({
      attributes: {
        view: this.header.view,
        generatedAt: this.header.generatedAt,
        projects: this.projects,
      },
      options: { type: 'mixed', multi: true, allowSelfLoops: true },
      nodes: this.nodes,
      edges: this.edges,
    });
  }

  private fail(why: string): never {
    throw new CompactFormatError(`network stream, frame ${this.frames}: ${why}`);
  }

  private onHeader(frame: Obj): void {
    if (this.header) this.fail('a second "network" frame');
    if (frame.format !== COMPACT_FORMAT) this.fail(`format is not ${COMPACT_FORMAT}`);
    if (frame.version !== COMPACT_VERSION) {
      this.fail(
        `version ${String(frame.version)} is not supported (this reads ${COMPACT_VERSION})`,
      );
    }
    if (!VIEWS.includes(frame.view as never)) this.fail(`unknown view ${String(frame.view)}`);
    this.header = frame as unknown as NetworkFrame;
  }

  /** Checks a frame's count, dictionary additions and column lengths; returns n. */
  private columnsOf(frame: Obj, tables: Map<string, string[]>, spec: Record<string, Codec>) {
    const n = frame.n;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) this.fail('"n" is not a count');
    const dict = frame.dict;
    if (!isObj(dict)) this.fail('"dict" is not an object');
    for (const [table, added] of Object.entries(dict as Dict)) {
      if (!Array.isArray(added) || added.some((v) => typeof v !== 'string')) {
        this.fail(`dictionary "${table}" is not a list of strings`);
      }
      const list = tables.get(table) ?? [];
      list.push(...added);
      tables.set(table, list);
    }
    const columns = frame.columns;
    if (!isObj(columns)) this.fail('"columns" is not an object');
    const lists: Record<string, unknown[]> = {};
    for (const name of ['key', ...Object.keys(spec)]) {
      const list = name === 'key' ? frame.key : columns[name];
      if (!Array.isArray(list) || list.length !== n) {
        this.fail(`column "${name}" does not hold ${n} values`);
      }
      lists[name] = list;
    }
    return { n, lists };
  }

  /** Decodes one column of a frame, in one pass over its values. */
  private decodeColumn(
    tables: Map<string, string[]>,
    column: string,
    codec: Codec,
    values: unknown[],
  ): unknown[] {
    const tableOf = (name: string) => tables.get(name) ?? [];
    const missing = (table: string): never =>
      this.fail(`"${column}" refers to a missing ${table} entry`);
    const entry = (table: string[], name: string, i: unknown): string => {
      const value = typeof i === 'number' ? table[i] : undefined;
      return value === undefined ? missing(name) : value;
    };
    switch (codec) {
      case 'text':
      case 'num': {
        const type = codec === 'text' ? 'string' : 'number';
        for (const v of values) {
          if (v !== null && typeof v !== type) this.fail(`"${column}" holds a non-${type}`);
        }
        return values;
      }
      case 'bool':
        return values.map((v) => (v === null ? null : v === 1));
      case 'dict': {
        const table = tableOf(column);
        return values.map((v) => (v === null ? null : entry(table, column, v)));
      }
      case 'dictList': {
        const table = tableOf(column);
        return values.map((v) => {
          if (!Array.isArray(v)) this.fail(`"${column}" holds a non-list`);
          return v.map((i) => entry(table, column, i));
        });
      }
      case 'parts': {
        const projects = tableOf('project');
        const roles = tableOf('role');
        return values.map((v) => {
          if (!Array.isArray(v) || v.length % 2) this.fail(`"${column}" is not a list of pairs`);
          const parts: { project: string; role: string }[] = [];
          for (let i = 0; i < v.length; i += 2) {
            parts.push({
              project: entry(projects, 'project', v[i]),
              role: entry(roles, 'role', v[i + 1]),
            });
          }
          return parts;
        });
      }
    }
  }

  /** Attribute objects for n rows from the frame's decoded columns. */
  private attributesOf(
    n: number,
    tables: Map<string, string[]>,
    spec: Record<string, Codec>,
    lists: Record<string, unknown[]>,
  ): Obj[] {
    const columns = Object.entries(spec).map(
      ([name, codec]) => [name, this.decodeColumn(tables, name, codec, lists[name]!)] as const,
    );
    const out: Obj[] = new Array<Obj>(n);
    for (let i = 0; i < n; i++) {
      const attributes: Obj = {};
      for (const [name, values] of columns) attributes[name] = values[i];
      out[i] = attributes;
    }
    return out;
  }

  private onActors(frame: Obj): void {
    const { n, lists } = this.columnsOf(frame, this.actorTables, ACTOR_COLUMNS);
    const attributes = this.attributesOf(n, this.actorTables, ACTOR_COLUMNS, lists);
    const keys = lists.key!;
    for (let i = 0; i < n; i++) {
      const key = keys[i];
      if (typeof key !== 'string') this.fail('an actor key is not a string');
      this.nodes.push({ key, attributes: attributes[i] as ActorAttributes });
    }
  }

  private onTies(frame: Obj): void {
    const { n, lists } = this.columnsOf(frame, this.tieTables, TIE_COLUMNS);
    for (const name of ['source', 'target', 'undirected']) {
      if (!Array.isArray(frame[name]) || (frame[name] as unknown[]).length !== n) {
        this.fail(`column "${name}" does not hold ${n} values`);
      }
    }
    const [source, target, undirected] = [frame.source, frame.target, frame.undirected] as [
      unknown[],
      unknown[],
      unknown[],
    ];
    const actor = (i: unknown): string => {
      const node = typeof i === 'number' ? this.nodes[i] : undefined;
      if (!node) this.fail(`a tie refers to actor ${String(i)}, which was not sent`);
      return node.key;
    };
    const attributes = this.attributesOf(n, this.tieTables, TIE_COLUMNS, lists);
    const keys = lists.key!;
    for (let i = 0; i < n; i++) {
      const key = keys[i];
      if (typeof key !== 'string') this.fail('a tie key is not a string');
      const attrs = attributes[i]!;
      attrs.weight = attrs.strength;
      const edge: SerializedNetwork['edges'][number] = {
        key,
        source: actor(source[i]),
        target: actor(target[i]),
        attributes: attrs as TieAttributes,
      };
      if (undirected[i] === 1) edge.undirected = true;
      this.edges.push(edge);
    }
  }
}

/** Splits text arriving in arbitrary chunks into lines. */
export class LineSplitter {
  private rest = '';

  push(chunk: string): string[] {
    const text = this.rest + chunk;
    const lines = text.split('\n');
    this.rest = lines.pop() ?? '';
    return lines;
  }

  end(): string[] {
    const last = this.rest;
    this.rest = '';
    return last ? [last] : [];
  }
}

/** Decodes a whole stream of text chunks (an HTTP body, a file). */
export async function decodeCompactText(
  chunks: AsyncIterable<string> | Iterable<string>,
  onProgress?: (progress: DecodeProgress) => void,
): Promise<SerializedNetwork> {
  const decoder = new CompactDecoder();
  const lines = new LineSplitter();
  for await (const chunk of chunks) {
    for (const line of lines.push(chunk)) decoder.pushLine(line);
    onProgress?.(decoder.progress);
  }
  for (const line of lines.end()) decoder.pushLine(line);
  return decoder.result();
}
