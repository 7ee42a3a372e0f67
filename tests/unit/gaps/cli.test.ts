/**
 * `npm run gaps`: every format, both languages, rules files, import folders, and hostile
 * names from the data escaped everywhere (HTML, Markdown, SVG, xlsx formulas).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/gaps';
import { parseGapsArgs } from '../../../cli/gaps-args';
import { UsageError } from '../../../cli/args';
import { GAP_RULE_IDS } from '../../../src/analysis/gaps/spec';
import { gapNetwork } from './helpers';
import { runCli } from '../run-cli';

const dir = mkdtempSync(join(tmpdir(), 'gaps-cli-'));
const HOSTILE = '<script>alert(1)</script>|*bold*';
const FORMULA = '=HYPERLINK("http://x","y")';
const net = gapNetwork(
  {
    firm: { sme: true, sizeClass: 'small', prefecture: '群馬県', name: HOSTILE, projects: ['P'] },
    sme2: { sme: true, sizeClass: 'micro', prefecture: FORMULA, projects: ['P'] },
    uni: { kind: 'university', prefecture: '群馬県' },
    hub: { kind: 'cluster_hub', prefecture: '群馬県', projects: ['P'] },
    lone: { projects: ['P'] },
  },
  [
    ['firm', 'hub', { kind: 'coordination' }],
    ['sme2', 'hub', { kind: 'coordination' }],
    ['uni', 'hub', { kind: 'coordination' }],
  ],
  [{ id: 'P', programme: 'industrial_cluster' }],
);
const networkPath = join(dir, 'network.json');
writeFileSync(networkPath, JSON.stringify(net));

const run = (argv: string[]) => runCli(main, argv);

describe('npm run gaps', () => {
  it('JSON: one finding per rule with count and items, sentences in the chosen language', async () => {
    const { code, stdout } = await run([networkPath, '--lang', 'en']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as {
      settings: { view: string; rules: Record<string, unknown> };
      findings: { rule: string; count: number; items: { actor?: string }[]; sentence: string }[];
      lang: string;
    };
    expect(doc.findings.map((f) => f.rule)).toEqual([...GAP_RULE_IDS]);
    expect(doc.settings.view).toBe('all');
    expect(doc.lang).toBe('en');
    const sme = doc.findings.find((f) => f.rule === 'sme-no-academic-tie')!;
    expect(sme.items.map((i) => i.actor)).toEqual(['firm', 'sme2']);
    expect(sme.sentence).toBe(
      '2 of 2 SMEs (100%) have no tie to a university, TLO or public research institute.',
    );
    const spof = doc.findings.find((f) => f.rule === 'single-point-of-failure')!;
    expect(spof.items).toEqual([
      expect.objectContaining({ actor: 'hub', cutOff: ['sme2', 'uni'] }),
    ]);
    expect(doc.findings.find((f) => f.rule === 'isolated-member')!.items).toEqual([
      expect.objectContaining({ actor: 'lone' }),
    ]);
    const ja = JSON.parse((await run([networkPath, '--lang', 'ja'])).stdout) as typeof doc;
    expect(ja.findings[0]!.sentence).toBe(
      '中小企業 2 社のうち 2 社（100%）は、大学・TLO・公設試験研究機関とのつながりがありません。',
    );
  });

  it('HTML: print CSS, the graph as SVG, a block per rule, data escaped', async () => {
    const { code, files } = await run([networkPath, '--format', 'html', '--out', 'r.html']);
    expect(code).toBe(0);
    const html = files.get('r.html') as string;
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('break-inside: avoid');
    expect(html).toContain('<svg');
    for (const rule of GAP_RULE_IDS) expect(html).toContain(`data-rule="${rule}"`);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('Markdown: the graph in an SVG file beside it, pipes and markup escaped', async () => {
    const { code, files } = await run([
      networkPath,
      '--out',
      join(dir, 'report.md'),
      '--lang',
      'en',
    ]);
    expect(code).toBe(0);
    const md = files.get(join(dir, 'report.md')) as string;
    expect(md).toContain('![The network](report.svg)');
    expect(files.get(join(dir, 'report.svg'))).toMatch(/^<svg /);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;\\|\\*bold\\*');
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
      // Unescaped pipes only at cell borders: every row of a table has the same cell count.
      expect(line.replace(/\\\|/g, '').split('|').length).toBeGreaterThan(2);
    }
    const tables = md.split('\n\n').filter((b) => b.startsWith('| '));
    for (const t of tables) {
      const widths = new Set(t.split('\n').map((l) => l.replace(/\\\|/g, '').split('|').length));
      expect(widths.size).toBe(1);
    }
  });

  it('xlsx: one sheet per rule plus summary and introductions; formula text neutralised', async () => {
    const { code, files } = await run([networkPath, '--out', 'r.xlsx', '--lang', 'en']);
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((files.get('r.xlsx') as Uint8Array).slice().buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['summary', ...GAP_RULE_IDS, 'introductions']);
    const values: unknown[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => values.push(c.value))));
    expect(values).toContain(`'${FORMULA}`);
    expect(values).not.toContain(FORMULA);
    expect(values.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
    const summary = wb.getWorksheet('summary')!;
    const rows: unknown[][] = [];
    summary.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows.find((r) => r[0] === 'isolated-member')?.[1]).toBe(1);
  });

  it('reads import folders (rejected rows reported, left out) and applies --view', async () => {
    const { code, stdout, stderr } = await run(['tests/fixtures/import/bad', '--quiet']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/rejected: \S+\.csv line \d+/);
    expect(JSON.parse(stdout).findings).toHaveLength(GAP_RULE_IDS.length);
    const knowledge = JSON.parse((await run([networkPath, '--view', 'knowledge'])).stdout) as {
      settings: { view: string };
      network: { actors: number };
    };
    expect(knowledge.settings.view).toBe('knowledge');
    expect(knowledge.network.actors).toBe(1);
  });

  it('a rules file sets thresholds; a bad one is an error naming the place', async () => {
    const good = join(dir, 'rules.json');
    writeFileSync(good, JSON.stringify({ rules: { 'isolated-member': { maxTies: 1 } } }));
    const { code, stdout } = await run([networkPath, '--rules', good]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { findings: { rule: string; count: number }[] };
    expect(doc.findings.find((f) => f.rule === 'isolated-member')!.count).toBe(3);

    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ rules: { 'isolated-member': { maxTies: -1, colour: 1 } } }),
    );
    const failed = await run([networkPath, '--rules', bad]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('rules.isolated-member.maxTies');
    expect(failed.stderr).toContain('colour');
  });

  it('options are checked', async () => {
    expect(() => parseGapsArgs([])).toThrow(UsageError);
    expect(() => parseGapsArgs(['x', '--format', 'pdf'])).toThrow(/--format must be one of/);
    expect(() => parseGapsArgs(['x', '--format', 'xlsx'])).toThrow(/needs --out/);
    expect(parseGapsArgs(['x', '--out', 'a.HTML']).format).toBe('html');
    expect(parseGapsArgs(['x']).lang).toBe('ja');
    expect((await run(['missing.json'])).code).toBe(2);
  });
});
