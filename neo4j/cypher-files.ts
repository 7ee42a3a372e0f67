/**
 * Named Cypher statements kept in `cypher/*.cypher`, so queries are reviewed as Cypher (and can
 * be pasted into Neo4j Browser) rather than buried in TypeScript strings.
 *
 * File format:
 *
 *     // Anything before the first statement is a free comment.
 *
 *     // name: upsertActor
 *     // Optional comment lines right after the name describe the statement.
 *     MERGE (a:Actor {id: $id})
 *     SET a += $props;
 *
 * A statement starts at a `// name: <camelCaseName>` line and ends at the first line whose text
 * ends with `;`, comment lines excepted (so a `;` must not end a line inside a string literal).
 * The `;` is dropped; comment lines inside a statement are kept, Cypher accepts them.
 * Between statements only blank and `//` comment lines are allowed.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { CYPHER_DIR, PROJECT_ROOT } from './paths';

export type CypherStatements = Readonly<Record<string, string>>;

const NAME_LINE = /^\/\/\s*name:\s*(.*?)\s*$/;
const CAMEL_CASE = /^[a-z][A-Za-z0-9]*$/;

/** Parses the text of a .cypher file; `source` names it in error messages. */
export function parseCypher(text: string, source: string): CypherStatements {
  const statements: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  let current: { name: string; line: number; body: string[] } | undefined;
  let inHeader = false; // comment lines directly after `// name:`

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const trimmed = raw.trim();
    const nameMatch = NAME_LINE.exec(trimmed);

    if (!current) {
      if (nameMatch) {
        const name = nameMatch[1] ?? '';
        if (!CAMEL_CASE.test(name)) {
          throw new Error(`${source}:${lineNo}: statement name "${name}" is not camelCase`);
        }
        if (Object.hasOwn(statements, name)) {
          throw new Error(`${source}:${lineNo}: duplicate statement name "${name}"`);
        }
        current = { name, line: lineNo, body: [] };
        inHeader = true;
      } else if (trimmed !== '' && !trimmed.startsWith('//')) {
        throw new Error(`${source}:${lineNo}: text outside a named statement: "${trimmed}"`);
      }
      return;
    }

    if (nameMatch) {
      throw new Error(
        `${source}:${lineNo}: statement "${current.name}" (line ${current.line}) ` +
          'does not end with ";" before the next "// name:"',
      );
    }
    if (inHeader && (trimmed === '' || trimmed.startsWith('//'))) return;
    inHeader = false;

    // Comment lines inside a statement are kept (Cypher allows them) but never end it.
    if (trimmed.endsWith(';') && !trimmed.startsWith('//')) {
      current.body.push(raw.replace(/;\s*$/, ''));
      const body = current.body.join('\n').trim();
      if (body === '') {
        throw new Error(`${source}:${current.line}: statement "${current.name}" is empty`);
      }
      statements[current.name] = body;
      current = undefined;
    } else {
      current.body.push(raw);
    }
  });

  if (current) {
    throw new Error(`${source}:${current.line}: statement "${current.name}" does not end with ";"`);
  }
  return Object.freeze(statements);
}

/** Project files by their familiar relative path, anything else in full. */
function display(path: string): string {
  const rel = relative(PROJECT_ROOT, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

const cache = new Map<string, CypherStatements>();

/**
 * The statements of `<dir>/<fileBase>.cypher` (default dir: the project's `cypher/`), read once
 * and cached for the life of the process.
 */
export function loadCypher(fileBase: string, dir: string = CYPHER_DIR): CypherStatements {
  const path = join(dir, `${fileBase}.cypher`);
  const cached = cache.get(path);
  if (cached) return cached;
  const source = display(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read Cypher file ${source}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const statements = parseCypher(text, source);
  cache.set(path, statements);
  return statements;
}

/** One named statement; throws, naming the file and what it does contain, if it is missing. */
export function statement(fileBase: string, name: string, dir: string = CYPHER_DIR): string {
  const statements = loadCypher(fileBase, dir);
  const text = Object.hasOwn(statements, name) ? statements[name] : undefined;
  if (text === undefined) {
    const known = Object.keys(statements).join(', ') || 'none';
    throw new Error(
      `No Cypher statement "${name}" in ${display(join(dir, `${fileBase}.cypher`))} (it has: ${known})`,
    );
  }
  return text;
}

/** Forgets cached files, e.g. after editing them in a long-running dev process or in tests. */
export function clearCypherCache(): void {
  cache.clear();
}
