/**
 * A GEXF written by `analyze --out x.gexf` opened again by `analyze`: the same actors, ties,
 * attributes and view, and the same numbers as the network it was written from.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/analyze';
import { runCli } from '../run-cli';

const dir = mkdtempSync(join(tmpdir(), 'cne-gexf-in-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (argv: string[]) => runCli(main, argv);

const MEASURES = 'degree,betweenness,closeness,pagerank,structuralHoles,summary';

describe('analyze reads the GEXF it writes', () => {
  it('gives the same actors, attributes and numbers as the snapshot it came from', async () => {
    const snapshot = 'public/snapshots/demo.json';
    const written = await run([
      snapshot,
      '--view',
      'knowledge',
      '--measures',
      MEASURES,
      '--out',
      'x.gexf',
    ]);
    expect(written.code).toBe(0);
    const gexf = join(dir, 'knowledge.gexf');
    writeFileSync(gexf, written.files.get('x.gexf')!);

    const original = JSON.parse(
      (await run([snapshot, '--view', 'knowledge', '--measures', MEASURES])).stdout,
    );
    const reread = await run([gexf, '--measures', MEASURES]);
    expect(reread.code).toBe(0);
    const again = JSON.parse(reread.stdout);
    expect(again.graph.nodes).toBe(original.graph.nodes);
    expect(again.graph.edges).toBe(original.graph.edges);
    expect(Object.keys(again.nodes).sort()).toEqual(Object.keys(original.nodes).sort());
    for (const [key, values] of Object.entries(
      original.nodes as Record<string, Record<string, number>>,
    )) {
      for (const m of [
        'degree',
        'weightedDegree',
        'betweenness',
        'closeness',
        'pagerank',
        'constraint',
      ]) {
        const a = values[m];
        const b = again.nodes[key][m];
        if (a === null || a === undefined) expect(b ?? null).toBeNull();
        else expect(b).toBeCloseTo(a, 12);
      }
    }
    expect(again.graph.density).toBeCloseTo(original.graph.density, 12);
  });

  it('refuses a file that is not GEXF with a clear message', async () => {
    const bad = join(dir, 'bad.gexf');
    writeFileSync(bad, 'not xml at all');
    const r = await run([bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.gexf is not a readable GEXF file/);
  });
});
