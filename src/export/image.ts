/**
 * A picture of the network for papers and slides, as a list of positioned shapes: the drawn
 * ties, actors and labels fitted into the image, with an optional title and subtitle above,
 * the legend in a column on the right and notes (synthetic data, data source, provenance)
 * below. Pure, so the SVG writer (svg.ts) and the explorer's PNG painter draw the very same
 * scene, and tests read it in Node.
 *
 * The input is in "drawing" coordinates (CSS pixels of the canvas the picture was taken
 * from); `frame` is the part to show (the camera's visible area, or the whole network's
 * bounds) and is scaled uniformly into the space left by title, legend and notes, so sizes
 * of actors, ties and labels keep their proportions to the picture on screen.
 */

export interface ImageNode {
  x: number;
  y: number;
  /** Radius. */
  r: number;
  color: string;
}
export interface ImageEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: string;
  /** A directed tie: an arrowhead at (x2, y2), outside the target's disc of radius `targetR`. */
  arrow: boolean;
  targetR: number;
}
export interface ImageLabel {
  text: string;
  /** Left end of the text, vertical centre. */
  x: number;
  y: number;
  size: number;
  /** A leader line from the label back to its actor, when it was moved away. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
  /** Its own weight (a region's name is bold); else the labels' look. */
  weight?: string;
}
export interface LabelLook {
  color: string;
  halo: string;
  weight: string;
}

export type LegendShape = 'dot' | 'ring' | 'line' | 'thick';
export interface ImageLegendEntry {
  shape: LegendShape;
  color: string;
  label: string;
  /** Already formatted (the explorer's number format). */
  count: string;
}
export interface ImageLegendSection {
  heading: string;
  entries: ImageLegendEntry[];
}
export interface ImageLegend {
  sections: ImageLegendSection[];
  /** A measure's sequential colour scale, drawn as a gradient bar with its ends. */
  scale: { label: string; min: string; max: string; stops: readonly string[] } | null;
  /** "Size: degree (1–34)". */
  note: string | null;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ImageModel {
  /** Output size in CSS pixels (a PNG multiplies it by its scale). */
  width: number;
  height: number;
  /** null: transparent. */
  background: string | null;
  /** Text colour of title, legend and notes (dark on light backgrounds). */
  ink: string;
  frame: Rect;
  nodes: ImageNode[];
  edges: ImageEdge[];
  labels: ImageLabel[];
  labelLook: LabelLook;
  title: string | null;
  subtitle: string | null;
  legend: ImageLegend | null;
  /** Lines under the picture: synthetic-data note, data source, provenance caption. */
  notes: string[];
}

/** Japanese first, so kanji and kana never fall back to a Chinese font. */
export const CJK_FONT_STACK =
  "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, sans-serif";

export type Shape =
  | { type: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | {
      type: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      width: number;
    }
  | { type: 'circle'; cx: number; cy: number; r: number; fill: string; stroke: string | null }
  | { type: 'polygon'; points: number[]; fill: string }
  | {
      type: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      weight: string;
      fill: string;
      halo: string | null;
      anchor: 'start' | 'end';
    }
  | { type: 'gradient'; x: number; y: number; w: number; h: number; stops: readonly string[] };

export interface Layer {
  /** Class of the SVG group: ties, actors, labels, title, legend, notes. */
  id: string;
  shapes: Shape[];
  /** Shapes are cut off outside this box (the graph area). */
  clip: Rect | null;
}

export interface Scene {
  width: number;
  height: number;
  background: string | null;
  layers: Layer[];
}

const MARGIN = 16;
const TITLE = 22;
const SUBTITLE = 14;
const LEGEND_TEXT = 12;
const LEGEND_ROW = 18;
const NOTE = 11;
const NOTE_ROW = 15;

/**
 * Width of a text without a font at hand: full-width characters (kana, kanji, full-width
 * forms) one em, others a little over half. Only used to size the legend column and to wrap
 * notes, where a few pixels either way do not matter.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    em += c >= 0x1100 && !(c >= 0xff61 && c <= 0xffdc) ? 1 : c === 0x20 ? 0.3 : 0.58;
  }
  return em * size;
}

/** Cuts a text to fit a width, ending in "…". */
function fit(text: string, size: number, width: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size) > width) chars.pop();
  return `${chars.join('')}…`;
}

/** Greedy line breaking at spaces (and anywhere in runs of full-width text). */
function wrap(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/\S+\s*|\s+/g) ?? []) {
    if (textWidth(line + token, size) <= width || line === '') {
      line += token;
      // A single token wider than the line (a long Japanese sentence): break inside it.
      while (textWidth(line.trimEnd(), size) > width && [...line].length > 1) {
        const chars = [...line];
        let cut = chars.length - 1;
        while (cut > 1 && textWidth(chars.slice(0, cut).join(''), size) > width) cut--;
        lines.push(chars.slice(0, cut).join('').trimEnd());
        line = chars.slice(cut).join('');
      }
    } else {
      lines.push(line.trimEnd());
      line = token;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function legendWidth(legend: ImageLegend, max: number): number {
  const texts: [string, number][] = [];
  for (const s of legend.sections) {
    texts.push([s.heading, LEGEND_TEXT]);
    for (const e of s.entries) texts.push([`${e.label}  ${e.count}`, LEGEND_TEXT]);
  }
  if (legend.scale) texts.push([legend.scale.label, LEGEND_TEXT]);
  const widest = Math.max(0, ...texts.map(([t, size]) => textWidth(t, size) + 24));
  return Math.min(max, Math.max(150, widest + 8));
}

function legendShapes(legend: ImageLegend, box: Rect, ink: string): Shape[] {
  const shapes: Shape[] = [];
  const right = box.x + box.width;
  let y = box.y;
  const bottom = box.y + box.height;
  const text = (
    x: number,
    yy: number,
    s: string,
    weight = '400',
    anchor: 'start' | 'end' = 'start',
  ) =>
    shapes.push({
      type: 'text',
      x,
      y: yy,
      text: s,
      size: LEGEND_TEXT,
      weight,
      fill: ink,
      halo: null,
      anchor,
    });
  const room = (rows: number) => y + rows * LEGEND_ROW <= bottom;

  if (legend.scale && room(3)) {
    text(box.x, y + LEGEND_ROW / 2, fit(legend.scale.label, LEGEND_TEXT, box.width), '600');
    y += LEGEND_ROW;
    shapes.push({
      type: 'gradient',
      x: box.x,
      y: y + 2,
      w: box.width,
      h: 10,
      stops: legend.scale.stops,
    });
    y += 14;
    text(box.x, y + LEGEND_ROW / 2, legend.scale.min);
    text(right, y + LEGEND_ROW / 2, legend.scale.max, '400', 'end');
    y += LEGEND_ROW + 6;
  }
  for (const section of legend.sections) {
    if (!room(2)) break;
    text(box.x, y + LEGEND_ROW / 2, fit(section.heading, LEGEND_TEXT, box.width), '600');
    y += LEGEND_ROW;
    const rows = Math.floor((bottom - y) / LEGEND_ROW);
    // When the entries do not all fit, the last row says how many are left out.
    const shown = section.entries.length <= rows ? section.entries.length : Math.max(0, rows - 1);
    for (const e of section.entries.slice(0, shown)) {
      const cy = y + LEGEND_ROW / 2;
      if (e.shape === 'dot' || e.shape === 'ring')
        shapes.push({
          type: 'circle',
          cx: box.x + 6,
          cy,
          r: 5,
          fill: e.shape === 'dot' ? e.color : 'none',
          stroke: e.shape === 'ring' ? e.color : null,
        });
      else
        shapes.push({
          type: 'line',
          x1: box.x,
          y1: cy,
          x2: box.x + 14,
          y2: cy,
          stroke: e.color,
          width: e.shape === 'thick' ? 4 : 2,
        });
      const countWidth = textWidth(e.count, LEGEND_TEXT);
      text(box.x + 20, cy, fit(e.label, LEGEND_TEXT, box.width - 28 - countWidth));
      text(right, cy, e.count, '400', 'end');
      y += LEGEND_ROW;
    }
    if (shown < section.entries.length && room(1)) {
      text(box.x + 20, y + LEGEND_ROW / 2, `… +${section.entries.length - shown}`);
      y += LEGEND_ROW;
    }
    y += 6;
  }
  if (legend.note && room(1)) {
    for (const line of wrap(legend.note, NOTE, box.width)) {
      if (y + NOTE_ROW > bottom) break;
      shapes.push({
        type: 'text',
        x: box.x,
        y: y + NOTE_ROW / 2,
        text: line,
        size: NOTE,
        weight: '400',
        fill: ink,
        halo: null,
        anchor: 'start',
      });
      y += NOTE_ROW;
    }
  }
  return shapes;
}

const round = (v: number) => Math.round(v * 100) / 100;

export function composeImage(m: ImageModel): Scene {
  const width = Math.max(1, m.width);
  const height = Math.max(1, m.height);
  const layers: Layer[] = [];
  const inner = width - 2 * MARGIN;

  // Title block.
  let top = MARGIN;
  const titleShapes: Shape[] = [];
  const titleText = (text: string, size: number, weight: string) => {
    for (const line of wrap(text, size, inner)) {
      titleShapes.push({
        type: 'text',
        x: MARGIN,
        y: top + size * 0.6,
        text: line,
        size,
        weight,
        fill: m.ink,
        halo: null,
        anchor: 'start',
      });
      top += size * 1.35;
    }
  };
  if (m.title) titleText(m.title, TITLE, '700');
  if (m.subtitle) titleText(m.subtitle, SUBTITLE, '400');
  if (titleShapes.length) top += 6;

  // Notes block, from the bottom up.
  const noteLines = m.notes.flatMap((n) => wrap(n, NOTE, inner));
  const notesHeight = noteLines.length ? noteLines.length * NOTE_ROW + 6 : 0;
  const bottom = height - MARGIN - notesHeight;

  // Legend column on the right.
  const legendW = m.legend ? legendWidth(m.legend, Math.max(120, width * 0.34)) : 0;
  const area: Rect = {
    x: MARGIN,
    y: top,
    width: Math.max(1, width - 2 * MARGIN - (legendW ? legendW + MARGIN : 0)),
    height: Math.max(1, bottom - top),
  };

  // Graph: the frame scaled uniformly into the area and centred.
  const frame = m.frame;
  const k = Math.min(area.width / (frame.width || 1), area.height / (frame.height || 1));
  const dx = area.x + (area.width - frame.width * k) / 2 - frame.x * k;
  const dy = area.y + (area.height - frame.height * k) / 2 - frame.y * k;
  const X = (x: number) => round(x * k + dx);
  const Y = (y: number) => round(y * k + dy);

  const ties: Shape[] = [];
  for (const e of m.edges) {
    const box = {
      x: Math.min(e.x1, e.x2),
      y: Math.min(e.y1, e.y2),
      width: Math.abs(e.x2 - e.x1) + 1e-9,
      height: Math.abs(e.y2 - e.y1) + 1e-9,
    };
    if (!intersects(box, frame)) continue;
    const w = round(Math.max(0.2, e.width * k));
    ties.push({
      type: 'line',
      x1: X(e.x1),
      y1: Y(e.y1),
      x2: X(e.x2),
      y2: Y(e.y2),
      stroke: e.color,
      width: w,
    });
    if (e.arrow) {
      const len = Math.hypot(e.x2 - e.x1, e.y2 - e.y1);
      if (len > 0) {
        const ux = (e.x2 - e.x1) / len;
        const uy = (e.y2 - e.y1) / len;
        const tipX = e.x2 - ux * e.targetR;
        const tipY = e.y2 - uy * e.targetR;
        const head = Math.max(4, e.width * 3);
        const baseX = tipX - ux * head;
        const baseY = tipY - uy * head;
        const half = head * 0.45;
        ties.push({
          type: 'polygon',
          points: [
            tipX,
            tipY,
            baseX - uy * half,
            baseY + ux * half,
            baseX + uy * half,
            baseY - ux * half,
          ].map((v, i) => (i % 2 === 0 ? X(v) : Y(v))),
          fill: e.color,
        });
      }
    }
  }
  const actors: Shape[] = [];
  for (const n of m.nodes) {
    if (!intersects({ x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r }, frame))
      continue;
    actors.push({
      type: 'circle',
      cx: X(n.x),
      cy: Y(n.y),
      r: round(Math.max(0.5, n.r * k)),
      fill: n.color,
      stroke: null,
    });
  }
  const labels: Shape[] = [];
  for (const l of m.labels) {
    if (l.leader)
      labels.push({
        type: 'line',
        x1: X(l.leader.x1),
        y1: Y(l.leader.y1),
        x2: X(l.leader.x2),
        y2: Y(l.leader.y2),
        stroke: m.labelLook.color,
        width: round(Math.max(0.5, k)),
      });
    labels.push({
      type: 'text',
      x: X(l.x),
      y: Y(l.y),
      text: l.text,
      size: round(l.size * k),
      weight: l.weight ?? m.labelLook.weight,
      fill: m.labelLook.color,
      halo: m.labelLook.halo,
      anchor: 'start',
    });
  }
  layers.push({ id: 'ties', shapes: ties, clip: area });
  layers.push({ id: 'actors', shapes: actors, clip: area });
  layers.push({ id: 'labels', shapes: labels, clip: area });
  if (titleShapes.length) layers.push({ id: 'title', shapes: titleShapes, clip: null });
  if (m.legend) {
    const box = { x: width - MARGIN - legendW, y: top, width: legendW, height: bottom - top };
    layers.push({ id: 'legend', shapes: legendShapes(m.legend, box, m.ink), clip: null });
  }
  if (noteLines.length) {
    layers.push({
      id: 'notes',
      clip: null,
      shapes: noteLines.map((text, i) => ({
        type: 'text',
        x: MARGIN,
        y: bottom + 6 + i * NOTE_ROW + NOTE_ROW / 2,
        text,
        size: NOTE,
        weight: '400',
        fill: m.ink,
        halo: null,
        anchor: 'start',
      })),
    });
  }
  return { width, height, background: m.background, layers };
}
