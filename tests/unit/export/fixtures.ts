/**
 * A small network with hostile names and every kind of tie the exports must carry: directed
 * and undirected, parallel ties, a self-loop, a missing strength, an isolated actor, names
 * with markup, quotes, ampersands, XML-forbidden control characters, spreadsheet formulas and
 * Japanese text; and tools to run the exports on it and the external readers on the files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SerializedGraph } from 'graphology-types';
import { runAnalysis } from '../../../src/analysis/run-analysis';
import type { AnalysisResult } from '../../../src/analysis/types';
import {
  buildExportDocument,
  buildProvenance,
  type ExportDocument,
  type Provenance,
} from '../../../src/export';

export const HOSTILE = {
  script: '<script>alert("x")</script>',
  amp: 'A & B "double" \'single\' 株式会社',
  control: 'ctrl\u0001\u0008\u001Fname',
  formula: '=HYPERLINK("http://example.invalid","x")',
  plus: '+81 90',
  minus: '-1',
  at: '@SUM(A1)',
  tab: '\tTabbed',
  cr: '\rCarriage',
  multiline: 'first line\nsecond line',
};

const actor = (name: string, extra: Record<string, unknown> = {}) => ({
  kind: 'company',
  sector: 'industry',
  name,
  nameEn: null,
  prefecture: '群馬県',
  bureau: 'kanto',
  fields: ['sensors', 'materials'],
  subtype: null,
  sizeClass: 'small',
  sme: true,
  spinOff: false,
  corporateNumber: null,
  programmes: ['industrial_cluster'],
  cluster: 'industrial',
  participations: [],
  synthetic: true,
  ...extra,
});

const tie = (kind: string, strength: number | undefined, extra: Record<string, unknown> = {}) => ({
  kind,
  ...(strength === undefined ? {} : { strength, weight: strength }),
  startYear: 2004,
  endYear: null,
  synthetic: true,
  ...extra,
});

/** Without positions: the exports lay it out. */
export function hostileNetwork(): SerializedGraph {
  return {
    attributes: { view: 'all', generatedAt: '2026-01-01T00:00:00.000Z', projects: [] },
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    nodes: [
      { key: 'uni', attributes: actor('群馬大学', { kind: 'university', sector: 'academia' }) },
      { key: 'id&<1>', attributes: actor(HOSTILE.script) },
      { key: '"q"', attributes: actor(HOSTILE.amp, { sizeClass: 'medium', sme: null }) },
      { key: 'ctrl', attributes: actor(HOSTILE.control) },
      { key: '=cmd', attributes: actor(HOSTILE.formula, { kind: 'financial_institution' }) },
      { key: 'plus', attributes: actor(HOSTILE.plus) },
      { key: 'minus', attributes: actor(HOSTILE.minus) },
      { key: 'at', attributes: actor(HOSTILE.at) },
      { key: 'tab', attributes: actor(HOSTILE.tab) },
      { key: 'cr', attributes: actor(HOSTILE.cr) },
      { key: 'lines', attributes: actor(HOSTILE.multiline) },
      { key: 'iso', attributes: actor('孤立', { kind: 'tlo', sector: 'academia' }) },
    ],
    edges: [
      {
        key: 't1',
        source: 'uni',
        target: 'id&<1>',
        undirected: true,
        attributes: tie('joint_research', 2),
      },
      // A parallel tie: merged with t1 for the measures, exported on its own.
      { key: 't2', source: 'id&<1>', target: 'uni', attributes: tie('licensing', 0.5) },
      { key: 't3', source: 'uni', target: '"q"', attributes: tie('contract_research', 1) },
      {
        key: 't4',
        source: '"q"',
        target: 'ctrl',
        undirected: true,
        attributes: tie('coordination', 3, { endYear: 2009 }),
      },
      { key: 't5', source: '=cmd', target: 'ctrl', attributes: tie('finance', undefined) },
      {
        key: 't6',
        source: 'plus',
        target: 'minus',
        undirected: true,
        attributes: tie('resource_sharing', 1),
      },
      { key: 't7', source: 'minus', target: 'at', attributes: tie('supply', 1.25) },
      { key: 't8', source: 'at', target: 'tab', attributes: tie('supply', 1) },
      {
        key: 't9',
        source: 'tab',
        target: 'cr',
        undirected: true,
        attributes: tie('coordination', 1),
      },
      {
        key: 't10',
        source: 'cr',
        target: 'lines',
        undirected: true,
        attributes: tie('coordination', 1),
      },
      { key: 't11', source: 'lines', target: 'uni', attributes: tie('spin_off', 1) },
      {
        key: 't12',
        source: 'uni',
        target: 'uni',
        undirected: true,
        attributes: tie('coordination', 1),
      },
      {
        key: 't<&>',
        source: 'uni',
        target: 'plus',
        undirected: true,
        attributes: tie('joint_research', 1),
      },
    ],
  };
}

/** As a snapshot stores it: every node with x, y, colour and size, ties with colour and size. */
export function positionedNetwork(): SerializedGraph {
  const net = hostileNetwork();
  net.nodes.forEach((n, i) => {
    n.attributes = {
      ...n.attributes,
      x: 10 * i - 3.25,
      y: i * i * 0.5,
      color: i % 2 ? '#0072B2' : '#D55E00',
      size: 3 + i / 3,
    };
  });
  net.edges.forEach((e, i) => {
    e.attributes = { ...e.attributes, color: 'rgba(136,204,238,0.6)', size: 1 + i / 10 };
  });
  return net;
}

export interface Exported {
  network: SerializedGraph;
  result: AnalysisResult;
  provenance: Provenance;
  doc: ExportDocument;
}

export async function exportOf(
  network: SerializedGraph,
  options: Parameters<typeof runAnalysis>[1] = { groups: 'sector' },
): Promise<Exported> {
  const result = await runAnalysis(network, options);
  const provenance = buildProvenance({
    appVersion: '9.9.9-test',
    source: { kind: 'snapshot', name: 'hostile <&> snapshot.json', createdAt: null },
    exportedAt: new Date('2026-03-04T05:06:07.000Z'),
    view: 'all',
    filters: { kinds: ['company'], years: [2001, 2010] },
    focus: { actor: 'uni', steps: 1 },
    result,
  });
  return { network, result, provenance, doc: buildExportDocument(network, result, provenance) };
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'cne-export-'));

export function writeTemp(dir: string, name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** A Python with networkx (Debian's /usr/bin/python3 here), or null with the reason. */
export function findPython(): { python: string | null; reason: string } {
  const tried: string[] = [];
  for (const python of ['/usr/bin/python3', 'python3']) {
    const r = spawnSync(python, ['-c', 'import networkx'], { encoding: 'utf8' });
    if (r.status === 0) return { python, reason: '' };
    tried.push(`${python}: ${r.error?.message ?? r.stderr.trim().split('\n').at(-1)}`);
  }
  return { python: null, reason: `no python3 with networkx (${tried.join('; ')})` };
}

const READER = fileURLToPath(new URL('./read_exports.py', import.meta.url));

/** What networkx (or igraph) reads from a file: `read_exports.py` prints it as JSON. */
export function readWithPython(
  python: string,
  reader: 'networkx-gexf' | 'networkx-graphml' | 'igraph-graphml',
  path: string,
): ReadBack {
  const r = spawnSync(python, [READER, reader, path], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${reader} failed on ${path}:\n${r.stderr}`);
  return JSON.parse(r.stdout) as ReadBack;
}

export interface ReadBack {
  graphClass: string;
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown>>;
  edges: { source: string; target: string; attributes: Record<string, unknown> }[];
}
