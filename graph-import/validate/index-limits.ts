/**
 * Neo4j refuses to write a property value longer than its index's key limit, and the whole
 * transaction fails with it ("Property value is too large to index"). The importer checks every
 * indexed property row by row instead, so only the row holding such a value is rejected.
 *
 * Which properties are indexed is read from cypher/schema.cypher, the one place indexes are
 * declared. The limit: Neo4j 5's RANGE indexes (and the uniqueness constraints, which are backed
 * by them) keep a key in one 8 KiB page entry; measured against Neo4j 5.26, the largest string
 * they accept is 8,164 bytes of UTF-8 (8,164 × "a", 2,721 × "あ" = 8,163 bytes, 2,041 × "😀"),
 * the same for node and relationship indexes; one byte more fails. The integration test
 * `import-index-limits` pins this figure against the real server. FULLTEXT indexes (Lucene)
 * split text into tokens and took 40 kB values without complaint, so they set no limit here.
 */
import { loadCypher } from '../../neo4j/cypher-files';
import type { Neo4jTarget, TableSpec } from '../format/columns';
import type { CellIssue } from '../read/raw-table';

export const RANGE_INDEX_MAX_BYTES = 8164;

export interface IndexedProperty {
  /** Node label or relationship type. */
  target: string;
  properties: string[];
  /** Index or constraint name, for messages. */
  index: string;
}

const FOR =
  /\bFOR\s+(?:\(\s*\w*\s*:\s*(\w+)\s*\)|\(\s*\)\s*-\s*\[\s*\w*\s*:\s*(\w+)\s*\]\s*-\s*\(\s*\))/i;
const ON = /\bON\s*\(([^)]*)\)/i;
const REQUIRE = /\bREQUIRE\s+(\(?[^)]*?\)?)\s+IS\s+(?:UNIQUE|NODE\s+KEY|RELATIONSHIP\s+KEY)/i;
const NAME = /^CREATE\s+(?:(\w+)\s+)?(INDEX|CONSTRAINT)\s+(\w+)/i;

const propertyList = (text: string) =>
  text
    .replace(/[()]/g, '')
    .split(',')
    .map((p) => p.trim().replace(/^\w+\./, ''))
    .filter(Boolean);

/**
 * The range-indexed properties declared by the statements of a schema file. Throws on an index
 * type whose limit this module does not know (TEXT, POINT, VECTOR), so adding one to the schema
 * forces a decision here.
 */
export function indexedProperties(statements: Readonly<Record<string, string>>): IndexedProperty[] {
  const out: IndexedProperty[] = [];
  for (const [key, text] of Object.entries(statements)) {
    const body = text.replace(/^\s*\/\/.*$/gm, '').trim();
    const head = NAME.exec(body);
    if (!head) continue;
    const kind = (head[1] ?? 'RANGE').toUpperCase();
    const isConstraint = head[2]!.toUpperCase() === 'CONSTRAINT';
    if (!isConstraint && kind === 'FULLTEXT') continue;
    if (!isConstraint && kind !== 'RANGE') {
      throw new Error(
        `schema statement ${key}: ${kind} index; its key size limit is not known to index-limits.ts`,
      );
    }
    const target = FOR.exec(body);
    const props = isConstraint ? REQUIRE.exec(body) : ON.exec(body);
    if (!target || !props) continue;
    out.push({
      target: target[1] ?? target[2]!,
      properties: propertyList(props[1]!),
      index: head[3]!,
    });
  }
  return out;
}

let cached: IndexedProperty[] | undefined;
const schemaIndexes = () => (cached ??= indexedProperties(loadCypher('schema')));

const targetName = (t: Neo4jTarget) => ('node' in t ? t.node : t.relationship);

/** Size of a value as the index stores it: UTF-8 bytes for strings; other types are small. */
const keyBytes = (value: unknown) =>
  typeof value === 'string' ? Buffer.byteLength(value, 'utf8') : 0;

/**
 * Issues for values of a validated record that the table's indexes cannot hold. Record fields
 * are the Neo4j properties (format/columns.ts), so the check runs on what will be written.
 */
export function indexLimitIssues(table: TableSpec, record: object): CellIssue[] {
  const target = targetName(table.neo4j);
  const values = new Map(Object.entries(record));
  const issues: CellIssue[] = [];
  for (const index of schemaIndexes()) {
    if (index.target !== target) continue;
    const bytes = index.properties.reduce((sum, p) => sum + keyBytes(values.get(p)), 0);
    if (bytes <= RANGE_INDEX_MAX_BYTES) continue;
    const property = index.properties[0]!;
    const column = table.columns.find((c) => c.property === property)?.name ?? property;
    issues.push({
      column,
      reason: `${bytes.toLocaleString('en')} bytes (UTF-8) is longer than the ${RANGE_INDEX_MAX_BYTES.toLocaleString('en')} bytes Neo4j can index (index ${index.index}); a value this long is probably pasted text in the wrong column`,
    });
  }
  return issues;
}
