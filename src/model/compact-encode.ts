/** Writes the compact network format (compact-format.ts) frame by frame. */
import type { View } from './domain';
import type { ProjectInfo, SerializedNetwork } from './graph-format';
import {
  ACTOR_COLUMNS,
  ACTORS_PER_FRAME,
  COMPACT_FORMAT,
  COMPACT_VERSION,
  TIE_COLUMNS,
  TIES_PER_FRAME,
  type ActorsFrame,
  type Codec,
  type Columns,
  type Dict,
  type Frame,
  type TiesFrame,
} from './compact-format';

type NetworkNode = SerializedNetwork['nodes'][number];
type NetworkEdge = SerializedNetwork['edges'][number];

/** A tie names an actor that was not sent (the database changed between the two reads). */
export class UnknownActorError extends Error {}

/** String tables that grow as values are seen; each frame carries what it added. */
class Tables {
  private readonly tables = new Map<string, Map<string, number>>();
  private added: Dict = {};

  index(table: string, value: string): number {
    let entries = this.tables.get(table);
    if (!entries) this.tables.set(table, (entries = new Map()));
    let i = entries.get(value);
    if (i === undefined) {
      i = entries.size;
      entries.set(value, i);
      (this.added[table] ??= []).push(value);
    }
    return i;
  }

  /** Entries added since the last call. */
  take(): Dict {
    const added = this.added;
    this.added = {};
    return added;
  }
}

const DECLARED_ACTOR = new Set(Object.keys(ACTOR_COLUMNS));
const DECLARED_TIE = new Set([...Object.keys(TIE_COLUMNS), 'weight']);

function checkDeclared(what: string, key: string, attrs: object, declared: Set<string>): void {
  for (const name of Object.keys(attrs)) {
    if (!declared.has(name)) {
      throw new Error(`${what} ${key}: attribute "${name}" has no column in the compact format`);
    }
  }
}

export class CompactEncoder {
  private readonly actorTables = new Tables();
  private readonly tieTables = new Tables();
  private readonly actorIndex = new Map<string, number>();
  private tieCount = 0;

  constructor(
    private readonly view: View,
    private readonly generatedAt: string,
  ) {}

  header(): Frame {
    return {
      t: 'network',
      format: COMPACT_FORMAT,
      version: COMPACT_VERSION,
      view: this.view,
      generatedAt: this.generatedAt,
    };
  }

  projects(rows: ProjectInfo[]): Frame {
    return { t: 'projects', rows };
  }

  actors(nodes: readonly NetworkNode[]): ActorsFrame {
    const columns: Columns = {};
    for (const name of Object.keys(ACTOR_COLUMNS)) columns[name] = [];
    const key: string[] = [];
    for (const node of nodes) {
      checkDeclared('actor', node.key, node.attributes, DECLARED_ACTOR);
      if (this.actorIndex.has(node.key)) throw new Error(`actor ${node.key} sent twice`);
      this.actorIndex.set(node.key, this.actorIndex.size);
      key.push(node.key);
      for (const [name, codec] of Object.entries(ACTOR_COLUMNS)) {
        columns[name]!.push(this.code(this.actorTables, name, codec, node.attributes[name]));
      }
    }
    return { t: 'actors', n: nodes.length, dict: this.actorTables.take(), key, columns };
  }

  ties(edges: readonly NetworkEdge[]): TiesFrame {
    const columns: Columns = {};
    for (const name of Object.keys(TIE_COLUMNS)) columns[name] = [];
    const frame: TiesFrame = {
      t: 'ties',
      n: edges.length,
      dict: {},
      key: [],
      source: [],
      target: [],
      undirected: [],
      columns,
    };
    for (const edge of edges) {
      const { attributes: attrs } = edge;
      checkDeclared('tie', edge.key, attrs, DECLARED_TIE);
      if (attrs.weight !== attrs.strength) {
        throw new Error(`tie ${edge.key}: weight ${attrs.weight} differs from its strength`);
      }
      frame.key.push(edge.key);
      frame.source.push(this.endpoint(edge.key, edge.source));
      frame.target.push(this.endpoint(edge.key, edge.target));
      frame.undirected.push(edge.undirected ? 1 : 0);
      for (const [name, codec] of Object.entries(TIE_COLUMNS)) {
        columns[name]!.push(this.code(this.tieTables, name, codec, attrs[name]));
      }
    }
    this.tieCount += edges.length;
    frame.dict = this.tieTables.take();
    return frame;
  }

  end(): Frame {
    return { t: 'end', actors: this.actorIndex.size, ties: this.tieCount };
  }

  private endpoint(tie: string, actor: string): number {
    const i = this.actorIndex.get(actor);
    if (i === undefined) throw new UnknownActorError(`tie ${tie} names actor ${actor}, not sent`);
    return i;
  }

  private code(tables: Tables, column: string, codec: Codec, value: unknown): unknown {
    switch (codec) {
      case 'text':
      case 'num':
        return value ?? null;
      case 'bool':
        return value === null || value === undefined ? null : value ? 1 : 0;
      case 'dict':
        return value === null || value === undefined ? null : tables.index(column, String(value));
      case 'dictList':
        return ((value as unknown[] | undefined) ?? []).map((v) => tables.index(column, String(v)));
      case 'parts':
        return ((value as { project: string; role: string }[] | undefined) ?? []).flatMap((p) => [
          tables.index('project', p.project),
          tables.index('role', p.role),
        ]);
    }
  }
}

/** A whole network as frames (tests, files); the server writes frames as rows arrive. */
export function encodeNetwork(
  network: SerializedNetwork,
  perFrame = { actors: ACTORS_PER_FRAME, ties: TIES_PER_FRAME },
): Frame[] {
  const encoder = new CompactEncoder(network.attributes.view, network.attributes.generatedAt);
  const frames: Frame[] = [encoder.header(), encoder.projects(network.attributes.projects)];
  for (let i = 0; i < network.nodes.length; i += perFrame.actors) {
    frames.push(encoder.actors(network.nodes.slice(i, i + perFrame.actors)));
  }
  for (let i = 0; i < network.edges.length; i += perFrame.ties) {
    frames.push(encoder.ties(network.edges.slice(i, i + perFrame.ties)));
  }
  frames.push(encoder.end());
  return frames;
}
