/**
 * The picture on the canvas as an image model (src/export/image.ts): what sigma draws right
 * now — the camera's visible area, the actors and ties shown with their colours and sizes
 * (faded by a focus or path as on screen), and the labels the label layer placed — or, on
 * request, the view's whole network as "fit" would frame it, with labels placed the same way.
 * Coordinates are CSS pixels of the canvas.
 */
import type { ImageEdge, ImageLabel, ImageModel, ImageNode } from '../export/image';
import type { CanvasTheme } from '../model/themes';
import type { ExplorerGraph } from '../state/base-graph';
import type { Styles } from '../state/styles';
import type { Visibility } from '../state/visibility';
import {
  AREA_INSET,
  areaFontSize,
  BUDGET_WITH_AREAS,
  centreOf,
  placeAreaNames,
  type Area,
} from './area-captions';
import { placeLabels, type PlacedLabel } from './label-placement';
import { HUB_LABELS, LABEL_FONT, type SigmaView } from './sigma-view';

export type Capture = Pick<ImageModel, 'frame' | 'nodes' | 'edges' | 'labels' | 'labelLook'>;

/** sigma's stage padding (sigma-view.ts), so "whole" frames the network as "fit" does. */
const PADDING = 40;
/**
 * sigma draws a tie of size s about s/2 pixels wide (measured on its WebGL output: sizes 2–4
 * give 1–2 px lines at camera ratio 1), so a picture of the canvas does the same.
 */
const EDGE_WIDTH = 0.5;
/** Label cell at density 1 (label-layer.ts). */
const CELL = 150;

function labelLook(theme: CanvasTheme) {
  return { color: theme.label, halo: theme.halo, weight: theme.labelWeight };
}

function toImageLabels(
  placed: readonly PlacedLabel[],
  size: number,
  centre: (key: string) => { x: number; y: number; r: number } | null,
): ImageLabel[] {
  return placed.map((l) => {
    let leader: ImageLabel['leader'] = null;
    const at = l.leader ? centre(l.key) : null;
    if (l.leader && at) {
      const d = Math.hypot(l.leader.x - at.x, l.leader.y - at.y) || 1;
      leader = {
        x1: at.x + ((l.leader.x - at.x) * at.r) / d,
        y1: at.y + ((l.leader.y - at.y) * at.r) / d,
        x2: l.leader.x,
        y2: l.leader.y,
      };
    }
    return { text: l.text, x: l.x, y: l.y + l.height / 2, size, leader };
  });
}

/** What sigma draws now, in the canvas's pixels. */
export function captureScreen(view: SigmaView, theme: CanvasTheme, labelSize: number): Capture {
  const sigma = view.sigma;
  const { width, height } = sigma.getDimensions();
  const drawn = sigma.getGraph();
  const centres = new Map<string, { x: number; y: number; r: number }>();
  const nodes: ImageNode[] = [];
  // Lower zIndex first, as sigma draws them (a focus's actors over the faded rest).
  const order: [string, number][] = [];
  drawn.forEachNode((key) => {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const at = sigma.framedGraphToViewport(d);
    const r = sigma.scaleSize(d.size);
    centres.set(key, { x: at.x, y: at.y, r });
    order.push([key, d.zIndex ?? 0]);
  });
  order.sort((a, b) => a[1] - b[1]);
  for (const [key] of order) {
    const c = centres.get(key)!;
    nodes.push({ x: c.x, y: c.y, r: c.r, color: sigma.getNodeDisplayData(key)!.color });
  }
  const edges: ImageEdge[] = [];
  drawn.forEachEdge((key, _a, source, target) => {
    const d = sigma.getEdgeDisplayData(key);
    const s = centres.get(source);
    const t = centres.get(target);
    if (!d || d.hidden || !s || !t) return;
    edges.push({
      x1: s.x,
      y1: s.y,
      x2: t.x,
      y2: t.y,
      width: Math.max(0.5, sigma.scaleSize(d.size) * EDGE_WIDTH),
      color: d.color,
      arrow: d.type === 'arrow',
      targetR: t.r,
    });
  });
  return {
    frame: { x: 0, y: 0, width, height },
    nodes,
    edges,
    labels: [
      ...toImageLabels(view.labels.labels(), labelSize, (k) => centres.get(k) ?? null),
      ...areaImageLabels(view.labels.areaLabels(), labelSize),
    ],
    labelLook: labelLook(theme),
  };
}

/** Region names as image labels: bold and larger, as the canvas draws them. */
function areaImageLabels(placed: readonly PlacedLabel[], labelSize: number): ImageLabel[] {
  const size = areaFontSize(labelSize);
  return placed.map((l) => ({
    text: l.text,
    x: l.x + AREA_INSET,
    y: l.y + l.height / 2,
    size,
    leader: null,
    weight: 'bold',
  }));
}

export interface WholeInput {
  graph: ExplorerGraph;
  visibility: Visibility;
  styles: Styles;
  theme: CanvasTheme;
  labelSize: number;
  labelDensity: number;
  /** The canvas's size: the whole network is framed in a canvas of this size. */
  width: number;
  height: number;
  /** Regions to name (a map laid out by project, area-captions.ts); none by default. */
  areas?: readonly Area[];
}

/** The view's whole network framed as "fit" frames it, labels placed as on screen. */
export function captureWhole(input: WholeInput): Capture {
  const { graph, visibility, styles, width, height } = input;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const key of visibility.nodes) {
    const { x, y } = graph.getNodeAttributes(key);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (!Number.isFinite(minX)) minX = maxX = minY = maxY = 0;
  const k = Math.min(
    (width - 2 * PADDING) / (maxX - minX || 1),
    (height - 2 * PADDING) / (maxY - minY || 1),
  );
  const ox = (width - (maxX - minX) * k) / 2;
  const oy = (height - (maxY - minY) * k) / 2;
  // Screen y grows downwards; the layout's upwards (as sigma draws it).
  const X = (x: number) => ox + (x - minX) * k;
  const Y = (y: number) => oy + (maxY - y) * k;

  const centres = new Map<string, { x: number; y: number; r: number }>();
  const nodes: ImageNode[] = [];
  for (const key of visibility.nodes) {
    const a = graph.getNodeAttributes(key);
    const style = styles.nodes.get(key);
    if (!style) continue;
    const c = { x: X(a.x), y: Y(a.y), r: style.size };
    centres.set(key, c);
    nodes.push({ ...c, color: style.color });
  }
  const edges: ImageEdge[] = [];
  graph.forEachEdge((key, _a, source, target) => {
    const style = styles.edges.get(key);
    const s = centres.get(source);
    const t = centres.get(target);
    if (!style || !s || !t || !visibility.edges.has(key)) return;
    edges.push({
      x1: s.x,
      y1: s.y,
      x2: t.x,
      y2: t.y,
      width: Math.max(0.5, style.size * EDGE_WIDTH),
      color: style.color,
      arrow: style.type === 'arrow',
      targetR: t.r,
    });
  });

  const ctx = document.createElement('canvas').getContext('2d')!;
  const { labelSize: size, theme } = input;
  ctx.font = `${theme.labelWeight} ${size}px ${LABEL_FONT}`;
  const order = [...styles.nodes.keys()].sort(
    (a, b) => styles.nodes.get(b)!.size - styles.nodes.get(a)!.size || (a < b ? -1 : 1),
  );
  const hubs = new Set(order.slice(0, HUB_LABELS));
  const candidates = order.flatMap((key) => {
    const c = centres.get(key);
    const label = styles.nodes.get(key)!.label;
    return c && label
      ? [{ key, text: label, x: c.x, y: c.y, radius: c.r, forced: hubs.has(key) }]
      : [];
  });
  // Region names first (at their actors' centre, as on screen); actor labels keep clear.
  const areaSize = areaFontSize(size);
  const areaCtx = document.createElement('canvas').getContext('2d')!;
  areaCtx.font = `bold ${areaSize}px ${LABEL_FONT}`;
  const areas = placeAreaNames(
    (input.areas ?? []).flatMap((area) => {
      const at = centreOf(area.members, (key) => centres.get(key));
      return at ? [{ text: area.text, ...at }] : [];
    }),
    { fontSize: areaSize, width, height, measure: (text) => areaCtx.measureText(text).width },
  );
  const cell = (CELL * Math.max(size, 12)) / 12;
  const share = areas.length ? BUDGET_WITH_AREAS : 1;
  const placed = placeLabels(candidates, {
    fontSize: size,
    width,
    height,
    budget: Math.min(400, Math.ceil((share * input.labelDensity * width * height) / (cell * cell))),
    measure: (text) => ctx.measureText(text).width,
    obstacles: areas,
  });
  return {
    frame: { x: 0, y: 0, width, height },
    nodes,
    edges,
    labels: [
      ...toImageLabels(placed, size, (key) => centres.get(key) ?? null),
      ...areaImageLabels(areas, size),
    ],
    labelLook: labelLook(theme),
  };
}
