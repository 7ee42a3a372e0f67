import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/analyze';
import { parseCliArgs, UsageError } from '../../../cli/args';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../../../src/model/snapshot';
import { network } from './helpers';
import { runCli } from '../run-cli';

const dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'));
const net = network(
  [
    ['firm', { kind: 'company', sector: 'industry', name: '株式会社A', fields: ['sensors'] }],
    ['uni', { kind: 'university', sector: 'academia', name: '大学B', fields: ['sensors'] }],
    ['bank', { kind: 'financial_institution', sector: 'finance', name: '銀行C', fields: [] }],
    ['lab', { kind: 'public_research_institute', sector: 'academia', name: '公設試D', fields: [] }],
  ],
  [
    ['firm', 'uni', 2, { kind: 'joint_research' }],
    ['bank', 'firm', 1, { kind: 'finance' }],
    ['uni', 'lab', 1, { kind: 'joint_research' }],
  ],
);
const networkPath = join(dir, 'network.json');
writeFileSync(networkPath, JSON.stringify(net));
const snapshotPath = join(dir, 'snapshot.json');
writeFileSync(
  snapshotPath,
  JSON.stringify({ format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, createdAt: '', graph: net }),
);

const run = (argv: string[]) => runCli(main, argv);

describe('analyze CLI', () => {
  it('writes JSON to stdout by default', async () => {
    const r = await run([networkPath, '--groups', 'sector']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json.nodes).sort()).toEqual(['bank', 'firm', 'lab', 'uni']);
    expect(json.nodes.firm.brokerage.total).toBe(1);
    expect(json.graph.settings.view).toBe('all');
  });

  it('reads snapshots and applies --view', async () => {
    const r = await run([snapshotPath, '--view', 'knowledge']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    // The bank has no knowledge tie and is not a knowledge actor kind.
    expect(Object.keys(json.nodes).sort()).toEqual(['firm', 'lab', 'uni']);
    expect(json.edges).toHaveLength(2);
    expect(json.graph.settings.view).toBe('knowledge');
  });

  it('writes CSV with --out file.csv', async () => {
    const out = join(dir, 'metrics.csv');
    const r = await run([networkPath, '--out', out, '--weight', 'none']);
    expect(r.code).toBe(0);
    const csv = r.files.get(out) as string;
    // UTF-8 with a byte-order mark since issue 13, so Excel reads the Japanese names.
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\n')[0]).toMatch(/^Id,Label,kind,sector,/);
    expect(csv).toContain('firm,株式会社A,company,industry');
  });

  it('passes --distance, --betweenness sampled, --k, --seed', async () => {
    const r = await run([
      networkPath,
      '--distance',
      'inverse',
      '--betweenness',
      'sampled',
      '--k',
      '2',
      '--seed',
      '9',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).graph.settings).toMatchObject({
      distance: 'inverse',
      seed: 9,
      betweenness: { mode: 'sampled', k: 2, seed: 9 },
    });
  });

  it('suggests partners', async () => {
    const r = await run([networkPath, '--suggest', 'firm', '--kinds', 'public_research_institute']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).suggestions.map((s: { id: string }) => s.id)).toEqual(['lab']);
  });

  it.each([
    [['missing-file.json'], /input not found/],
    [[], /missing <input>/],
    [['--view', 'regional', 'x.json'], /--view must be one of/],
    [[networkPath, '--out', 'x.txt'], /--out must end in .json, .csv, .gexf, .graphml, .xlsx/],
    [[networkPath, '--edges-out', 'x.json'], /--edges-out must end in .csv/],
    [[networkPath, '--layout-iterations', '0'], /--layout-iterations must be an integer >= 1/],
    [[networkPath, '--suggest', 'firm', '--out', 'x.gexf'], /--suggest writes JSON/],
    [[networkPath, '--k', '0', '--betweenness', 'sampled'], /--k must be an integer >= 1/],
    [[networkPath, '--groups', 'nope'], /no actor has a value/],
    [[networkPath, '--weight', 'none', '--distance', 'inverse'], /--distance inverse/],
    [[networkPath, '--bogus'], /Unknown option/],
    [[networkPath, '--suggest', 'nobody'], /unknown actor/],
  ])('exits 2 with a clear message on bad input %#', async (argv, message) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 on a file that is not a network', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'b' }] }),
    );
    const r = await run([bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown node "b"/);
    writeFileSync(bad, '{ not json');
    expect((await run([bad])).stderr).toMatch(/not valid JSON/);
  });

  it('parses help and rejects misplaced options', () => {
    expect(parseCliArgs(['--help']).help).toBe(true);
    expect(() => parseCliArgs(['x.json', '--k', '5'])).toThrow(UsageError);
    expect(() => parseCliArgs(['x.json', '--limit', '5'])).toThrow(/only apply with --suggest/);
  });
});
