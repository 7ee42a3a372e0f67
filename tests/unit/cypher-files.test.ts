import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { clearCypherCache, loadCypher, parseCypher, statement } from '../../neo4j/cypher-files';

const dir = mkdtempSync(join(tmpdir(), 'cne-cypher-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => clearCypherCache());

function file(base: string, text: string): string {
  writeFileSync(join(dir, `${base}.cypher`), text);
  return base;
}

describe('parseCypher', () => {
  it('reads named statements, dropping name/description comments and the semicolon', () => {
    const text = [
      '// Schema for the tests.',
      '',
      '// name: actorId',
      '// Actors are identified by id.',
      '// Second description line.',
      'CREATE CONSTRAINT actor_id IF NOT EXISTS',
      'FOR (a:Actor) REQUIRE a.id IS UNIQUE;',
      '',
      '// name: countActors',
      'MATCH (a:Actor) RETURN count(a) AS n ;  ',
    ].join('\n');
    expect(parseCypher(text, 'mem')).toEqual({
      actorId: 'CREATE CONSTRAINT actor_id IF NOT EXISTS\nFOR (a:Actor) REQUIRE a.id IS UNIQUE',
      countActors: 'MATCH (a:Actor) RETURN count(a) AS n',
    });
  });

  it('keeps comments inside a statement and does not end at a commented semicolon', () => {
    const text = ['// name: q', 'MATCH (a)', '// not the end;', 'RETURN a;'].join('\n');
    expect(parseCypher(text, 'mem').q).toBe('MATCH (a)\n// not the end;\nRETURN a');
  });

  it('accepts CRLF line endings', () => {
    expect(parseCypher('// name: q\r\nRETURN 1;\r\n', 'mem')).toEqual({ q: 'RETURN 1' });
  });

  it('rejects malformed files with the file and line', () => {
    expect(() => parseCypher('RETURN 1;', 'f.cypher')).toThrow(
      'f.cypher:1: text outside a named statement',
    );
    expect(() => parseCypher('// name: q\nRETURN 1', 'f.cypher')).toThrow(
      'f.cypher:1: statement "q" does not end with ";"',
    );
    expect(() => parseCypher('// name: a\nRETURN 1\n// name: b\nRETURN 2;', 'f.cypher')).toThrow(
      'f.cypher:3: statement "a" (line 1) does not end with ";"',
    );
    expect(() => parseCypher('// name: a\nRETURN 1;\n// name: a\nRETURN 2;', 'f.cypher')).toThrow(
      'duplicate statement name "a"',
    );
    expect(() => parseCypher('// name: Not-Camel\nRETURN 1;', 'f.cypher')).toThrow(
      'is not camelCase',
    );
    expect(() => parseCypher('// name: empty\n;', 'f.cypher')).toThrow('"empty" is empty');
    expect(() => parseCypher('// name: a\nRETURN 1;\nRETURN 2;', 'f.cypher')).toThrow(
      'f.cypher:3: text outside a named statement',
    );
  });
});

describe('loadCypher and statement', () => {
  it('loads a file by its base name and caches it', () => {
    const base = file('cached', '// name: one\nRETURN 1;\n');
    const first = loadCypher(base, dir);
    expect(first).toEqual({ one: 'RETURN 1' });
    file('cached', '// name: two\nRETURN 2;\n');
    expect(loadCypher(base, dir)).toBe(first);
    clearCypherCache();
    expect(loadCypher(base, dir)).toEqual({ two: 'RETURN 2' });
  });

  it('returns one statement or names what the file has', () => {
    const base = file('queries', '// name: one\nRETURN 1;\n// name: two\nRETURN 2;\n');
    expect(statement(base, 'two', dir)).toBe('RETURN 2');
    expect(() => statement(base, 'three', dir)).toThrow(
      `No Cypher statement "three" in ${join(dir, 'queries.cypher')} (it has: one, two)`,
    );
    // Inherited object keys are not statements.
    expect(() => statement(base, 'toString', dir)).toThrow('No Cypher statement "toString"');
  });

  it('reports a missing file clearly', () => {
    expect(() => loadCypher('absent', dir)).toThrow(
      `Cannot read Cypher file ${join(dir, 'absent.cypher')}`,
    );
  });
});
