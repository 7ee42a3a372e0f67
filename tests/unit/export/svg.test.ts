/**
 * The SVG picture, parsed as XML: labels, legend and notes are real `<text>`, hostile names
 * are escaped (never markup), Japanese text survives, provenance sits in `<metadata>`, and
 * the file is well-formed for a strict XML parser (xmllint).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeImage, writeSvg, PROVENANCE_NS, CJK_FONT_STACK } from '../../../src/export';
import { HOSTILE } from './fixtures';
import { imageModel, JAPANESE } from './image-fixture';

const PROVENANCE = { app: { name: 'Cluster Network Explorer' }, source: { name: '群馬.json' } };

/** The SVG read by Python's XML parser (expat): each group's texts and element counts. */
interface Parsed {
  groups: Record<string, { texts: string[]; tags: Record<string, number> }>;
  metadata: string;
  scripts: number;
}
const PARSE = `
import sys, json, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
SVG = '{http://www.w3.org/2000/svg}'
groups = {}
for g in root.iter(SVG + 'g'):
    texts = [t.text for t in g.findall(SVG + 'text')]
    tags = {}
    for child in g:
        tag = child.tag.replace(SVG, '')
        tags[tag] = tags.get(tag, 0) + 1
    groups[g.get('class')] = {'texts': texts, 'tags': tags}
meta = root.find(SVG + 'metadata/{${PROVENANCE_NS}}provenance')
print(json.dumps({'groups': groups, 'metadata': meta.text if meta is not None else '',
                  'scripts': sum(1 for e in root.iter() if e.tag.endswith('script'))}))
`;

function parse(svg: string): Parsed {
  const file = join(mkdtempSync(join(tmpdir(), 'cne-svg-')), 'picture.svg');
  writeFileSync(file, svg);
  const py = spawnSync('/usr/bin/python3', ['-c', PARSE, file], { encoding: 'utf8' });
  if (py.status !== 0) throw new Error(py.stderr);
  return JSON.parse(py.stdout) as Parsed;
}
const texts = (svg: string, group: string) => parse(svg).groups[group]?.texts ?? [];
const count = (svg: string, group: string, tag: string) => parse(svg).groups[group]?.tags[tag] ?? 0;

describe('SVG picture', () => {
  const svg = writeSvg(imageModel(), { title: 'クラスター網', provenance: PROVENANCE });

  it('is well-formed XML (xmllint)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cne-svg-'));
    writeFileSync(join(dir, 'p.svg'), svg);
    expect(() => execFileSync('xmllint', ['--noout', join(dir, 'p.svg')])).not.toThrow();
  });

  it('draws labels as <text> with the CJK font stack, Japanese kept as written', () => {
    const labels = texts(svg, 'labels');
    expect(labels).toHaveLength(4);
    expect(labels[0]).toBe(JAPANESE);
    expect(svg).toContain(`font-family="${CJK_FONT_STACK}"`);
    expect(CJK_FONT_STACK).toMatch(
      /^'Noto Sans CJK JP'.*'Hiragino Sans'.*'Yu Gothic'.*sans-serif$/,
    );
  });

  it("draws a label in its own weight (a region's name, bold), the others in the labels' look", () => {
    const model = imageModel({
      labels: [
        { text: 'Tokai Bio', x: 120, y: 120, size: 19, leader: null, weight: 'bold' },
        { text: JAPANESE, x: 110, y: 100, size: 12, leader: null },
      ],
    });
    const out = writeSvg(model, { title: 't', provenance: PROVENANCE });
    expect(out).toMatch(/font-weight="bold"[^>]*>Tokai Bio</);
    expect(out).toMatch(new RegExp(`font-weight="500"[^>]*>${JAPANESE}<`));
  });

  it('escapes hostile names: no markup, controls replaced', () => {
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert("x")&lt;/script&gt;');
    expect(svg).toContain('A &amp; B "double"');
    // C0 controls cannot appear in XML 1.0 at all.
    for (const c of ['\u0001', '\u0008', '\u001f']) expect(svg).not.toContain(c);
    expect(svg).toContain('ctrl\uFFFD\uFFFD\uFFFDname');
    const labels = texts(svg, 'labels');
    // xmllint prints the parsed text: the hostile name read back exactly.
    expect(labels).toContain(HOSTILE.script);
    expect(labels.some((l) => l.startsWith('A & B "double" \'single\''))).toBe(true);
    expect(parse(svg).scripts).toBe(0);
  });

  it('holds the legend: headings, entries with counts, the scale and the size note', () => {
    const legend = texts(svg, 'legend');
    expect(legend).toEqual(
      expect.arrayContaining([
        '主体 · 種類',
        '企業',
        '120',
        'Ties',
        'Joint research',
        '40',
        'Betweenness',
        '0',
        '0.31',
      ]),
    );
    expect(legend.join(' ')).toContain('Size: degree');
    expect(svg).toMatch(/<linearGradient id="scale0"><stop offset="0" stop-color="#c9d3df"\/>/);
    // One marker per entry: two dots and one line.
    expect(count(svg, 'legend', 'circle')).toBe(2);
    expect(count(svg, 'legend', 'line')).toBe(1);
  });

  it('has title, subtitle and notes as text, and the provenance as JSON in <metadata>', () => {
    expect(texts(svg, 'title')).toEqual([
      `クラスター網 ${HOSTILE.script}`,
      'Industrial & knowledge, 2001–2005',
    ]);
    expect(texts(svg, 'notes')).toEqual([
      '合成データ（架空のサンプル）です。',
      'Data: snapshot demo.json',
    ]);
    expect(JSON.parse(parse(svg).metadata)).toEqual(PROVENANCE);
  });

  it('draws ties (with an arrowhead for a directed one) and leaves out what lies outside the frame', () => {
    expect(count(svg, 'ties', 'line')).toBe(2);
    expect(count(svg, 'ties', 'polygon')).toBe(1);
    expect(count(svg, 'actors', 'circle')).toBe(3);
  });

  it('is transparent without a background, and leaves out what is not asked for', () => {
    const bare = writeSvg(
      imageModel({ background: null, title: null, subtitle: null, legend: null, notes: [] }),
      {
        title: 'x',
        provenance: {},
      },
    );
    expect(bare).not.toContain('class="background"');
    expect(bare).not.toContain('class="legend"');
    expect(bare).not.toContain('class="title"');
    expect(bare).not.toContain('class="notes"');
    expect(writeSvg(imageModel(), { title: 'x', provenance: {} })).toContain(
      'class="background" width="100%" height="100%" fill="#ffffff"',
    );
  });

  it('fits the frame into the space left by title, legend and notes, keeping proportions', () => {
    const scene = composeImage(imageModel());
    const legend = scene.layers.find((l) => l.id === 'legend')!;
    const actors = scene.layers.find((l) => l.id === 'actors')!;
    const clip = actors.clip!;
    const legendLeft = Math.min(
      ...legend.shapes.map((s) => ('x' in s ? s.x : 'cx' in s ? s.cx - s.r : 'x1' in s ? s.x1 : 0)),
    );
    expect(clip.x + clip.width).toBeLessThanOrEqual(legendLeft);
    const [a, b] = actors.shapes as { cx: number; cy: number; r: number }[];
    // Frame 400×300 → uniform scale: the two actors keep their distance ratio.
    const k = (b!.cx - a!.cx) / 200;
    expect((b!.cy - a!.cy) / 100).toBeCloseTo(k, 6);
    expect(a!.r).toBeCloseTo(8 * k, 1);
  });
});
