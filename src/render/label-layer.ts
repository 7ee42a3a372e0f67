/**
 * Node labels drawn by us instead of sigma's label pass (which lets labels from neighbouring
 * grid cells, and every forced label, overlap). After each sigma frame the candidates, forced
 * ones first and then larger actors first, are placed without overlap (label-placement.ts)
 * and drawn on sigma's label canvas with a halo, so they read over ties on any theme.
 */
import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs } from '../state/base-graph';
import {
  AREA_INSET,
  areaFontSize,
  BUDGET_WITH_AREAS,
  centreOf,
  placeAreaNames,
  type Area,
  type AreaName,
} from './area-captions';
import { placeLabels, type Box, type LabelCandidate, type PlacedLabel } from './label-placement';

export interface LabelStyle {
  font: string;
  weight: string;
  /** Font size in CSS pixels. */
  size: number;
  color: string;
  halo: string;
  /** sigma's label density: more allows more unforced labels. */
  density: number;
}

/** At density 1 and 12 px labels, one unforced label per square of this side (pixels);
 * larger labels get proportionally larger squares, so a projector shows fewer, larger names. */
const CELL = 150;
/** Actors drawn smaller than this get a label only when forced. */
const MIN_RENDERED_SIZE = 6;
const MAX_LABELS = 400;

export class LabelLayer {
  private placed: PlacedLabel[] = [];
  /** Candidate keys, hubs and forced first, then by drawn size; rebuilt when styles change. */
  private order: string[] = [];
  private hubs = new Set<string>();
  private widths = new Map<string, number>();
  private areas: Area[] = [];
  private placedAreas: PlacedLabel[] = [];

  constructor(
    private readonly sigma: Sigma<NodeAttrs, EdgeAttrs>,
    private style: LabelStyle,
  ) {}

  setStyle(style: LabelStyle): void {
    if (style.size !== this.style.size || style.font !== this.style.font) this.widths.clear();
    this.style = style;
  }

  /** `order`: every candidate, most important first; `hubs`: always labelled. */
  setCandidates(order: string[], hubs: Set<string>): void {
    this.order = order;
    this.hubs = hubs;
  }

  /** Regions named at their actors' centre, largest first (area-captions.ts). */
  setAreas(areas: Area[]): void {
    this.areas = areas;
  }

  /** What the last frame drew (for tests and the browser hook). */
  labels(): PlacedLabel[] {
    return this.placed;
  }

  /** The region names the last frame drew. */
  areaLabels(): PlacedLabel[] {
    return this.placedAreas;
  }

  /**
   * Places the region names (larger, bold) at their members' centre on screen, without overlap;
   * the actor labels then keep clear of them.
   */
  private placeAreas(
    ctx: CanvasRenderingContext2D,
    width: number,
    height: number,
    obstacles: Box[],
  ) {
    const s = this.style;
    const size = areaFontSize(s.size);
    ctx.font = `bold ${size}px ${s.font}`;
    const drawn = (key: string) => {
      const data = this.sigma.getNodeDisplayData(key);
      return data && !data.hidden ? data : null;
    };
    const names: AreaName[] = [];
    for (const area of this.areas) {
      const centre = centreOf(area.members, drawn);
      if (!centre) continue;
      const at = this.sigma.framedGraphToViewport(centre);
      if (at.x < 0 || at.y < 0 || at.x > width || at.y > height) continue;
      names.push({ text: area.text, x: at.x, y: at.y });
    }
    this.placedAreas = placeAreaNames(names, {
      fontSize: size,
      width,
      height,
      measure: (text) => ctx.measureText(text).width,
      obstacles,
    });
    return size;
  }

  private measure(ctx: CanvasRenderingContext2D, text: string): number {
    let w = this.widths.get(text);
    if (w === undefined) {
      w = ctx.measureText(text).width;
      if (this.widths.size > 20_000) this.widths.clear();
      this.widths.set(text, w);
    }
    return w;
  }

  /** Controls drawn over the canvas (marked `data-label-obstacle`), in canvas pixels. */
  private obstacles(): Box[] {
    const container = this.sigma.getContainer();
    const origin = container.getBoundingClientRect();
    return [...document.querySelectorAll('[data-label-obstacle]')].map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
    });
  }

  draw(): void {
    const canvas = this.sigma.getCanvases().labels;
    const ctx = canvas?.getContext('2d');
    if (!ctx) return;
    const { width, height } = this.sigma.getDimensions();
    const ratio = this.sigma.getCamera().getState().ratio;
    const s = this.style;
    const obstacles = this.obstacles();
    const areaSize = this.placeAreas(ctx, width, height, obstacles);
    ctx.font = `${s.weight} ${s.size}px ${s.font}`;
    const forced: LabelCandidate[] = [];
    const others: LabelCandidate[] = [];
    for (const key of this.order) {
      const data = this.sigma.getNodeDisplayData(key);
      if (!data || data.hidden || !data.label) continue;
      const radius = this.sigma.scaleSize(data.size);
      const isForced = data.forceLabel || this.hubs.has(key);
      if (!isForced && radius < MIN_RENDERED_SIZE / 2) continue;
      const at = this.sigma.framedGraphToViewport(data);
      // Off screen: nothing to place (a forced label follows its actor off screen too).
      if (at.x < -radius || at.y < -radius || at.x > width + radius || at.y > height + radius)
        continue;
      (isForced ? forced : others).push({
        key,
        text: data.label,
        x: at.x,
        y: at.y,
        radius,
        forced: isForced,
      });
    }
    // Zooming in spreads actors apart: allow more labels, as sigma's grid does.
    const cell = (CELL * Math.max(s.size, 12)) / 12;
    const budget = Math.min(
      MAX_LABELS,
      Math.ceil(
        ((this.placedAreas.length ? BUDGET_WITH_AREAS : 1) * s.density * (width * height)) /
          (cell * cell) /
          Math.min(1, ratio),
      ),
    );
    this.placed = placeLabels([...forced, ...others], {
      fontSize: s.size,
      width,
      height,
      budget,
      measure: (text) => this.measure(ctx, text),
      obstacles: [...obstacles, ...this.placedAreas],
    });
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = Math.max(3, s.size / 4);
    ctx.strokeStyle = s.halo;
    ctx.fillStyle = s.color;
    for (const label of this.placed) {
      const pad = (label.width - this.measure(ctx, label.text)) / 2;
      const x = label.x + pad;
      const y = label.y + label.height / 2;
      if (label.leader) {
        const data = this.sigma.getNodeDisplayData(label.key);
        if (data) {
          const at = this.sigma.framedGraphToViewport(data);
          ctx.save();
          ctx.lineWidth = 1;
          ctx.strokeStyle = s.color;
          ctx.globalAlpha = 0.6;
          ctx.beginPath();
          const radius = this.sigma.scaleSize(data.size);
          const d = Math.hypot(label.leader.x - at.x, label.leader.y - at.y) || 1;
          // From the disc's edge, not its centre.
          ctx.moveTo(
            at.x + ((label.leader.x - at.x) * radius) / d,
            at.y + ((label.leader.y - at.y) * radius) / d,
          );
          ctx.lineTo(label.leader.x, label.leader.y);
          ctx.stroke();
          ctx.restore();
        }
      }
      ctx.strokeText(label.text, x, y);
      ctx.fillText(label.text, x, y);
    }
    this.drawAreas(ctx, areaSize);
  }

  /** Region names over the map, in the label colour at a lower opacity, with the halo. */
  private drawAreas(ctx: CanvasRenderingContext2D, size: number): void {
    if (!this.placedAreas.length) return;
    const s = this.style;
    ctx.save();
    ctx.font = `bold ${size}px ${s.font}`;
    ctx.lineWidth = Math.max(4, size / 3);
    ctx.globalAlpha = 0.85;
    for (const label of this.placedAreas) {
      const y = label.y + label.height / 2;
      ctx.strokeText(label.text, label.x + AREA_INSET, y);
      ctx.fillText(label.text, label.x + AREA_INSET, y);
    }
    ctx.restore();
  }
}
