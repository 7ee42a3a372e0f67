/**
 * Smooth changes between two pictures (story steps, a presentation): actors glide from where
 * they were drawn to where they are now, change colour and size gradually, appear by growing
 * and leave by shrinking; ties fade in and out. The new picture is written into the graph
 * first; the tween then starts from the captured old look and writes in-between values each
 * frame, ending exactly on the new picture.
 */
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '../state/base-graph';

export interface NodeLook {
  x: number;
  y: number;
  size: number;
  color: string;
  hidden: boolean;
}

type Rgba = [number, number, number, number];

/** '#rgb', '#rrggbb', '#rrggbbaa' or 'rgb(a)(…)' as the explorer writes them. */
export function parseColour(colour: string | undefined): Rgba {
  if (!colour) return [0, 0, 0, 0];
  if (colour.startsWith('#')) {
    const hex =
      colour.length === 4 ? [...colour.slice(1)].map((c) => c + c).join('') : colour.slice(1);
    const n = (i: number) => Number.parseInt(hex.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), hex.length >= 8 ? n(6) / 255 : 1];
  }
  const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [];
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
}

const mix = (a: number, b: number, t: number) => a + (b - a) * t;
const formatRgba = ([r, g, b, a]: Rgba) =>
  `rgba(${Math.round(r)},${Math.round(g)},${Math.round(b)},${Math.round(a * 1000) / 1000})`;
export function mixColour(from: Rgba, to: Rgba, t: number): string {
  return formatRgba([0, 1, 2, 3].map((i) => mix(from[i]!, to[i]!, t)) as Rgba);
}

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** How the drawn graph looks now, to tween from after it changes. */
export function captureLook(graph: ExplorerGraph): Map<string, NodeLook> {
  const look = new Map<string, NodeLook>();
  graph.forEachNode((key, a) =>
    look.set(key, {
      x: a.x,
      y: a.y,
      size: a.size ?? 3,
      color: a.color ?? '#999999',
      hidden: a.hidden ?? false,
    }),
  );
  return look;
}

interface NodeLookTarget {
  x: number;
  y: number;
  size: number;
  color: Rgba;
}
interface NodeTween {
  key: string;
  from: NodeLookTarget;
  /** Where the animation goes (a leaving actor shrinks where it was). */
  path: NodeLookTarget;
  /** The new picture's attributes, written at the end. */
  final: { x: number; y: number; size: number; color: string; hidden: boolean };
}
interface EdgeTween {
  key: string;
  from: Rgba;
  to: Rgba;
  toText: string;
  hidden: boolean;
}

/** Above this many actors a change is drawn at once: per-frame rewrites would stutter. */
export const TWEEN_NODE_LIMIT = 5000;

export class Tween {
  private frame = 0;
  private finish: (() => void) | null = null;

  /**
   * Animates `graph` (already holding the new picture) from `before`. With `moveNodes` false,
   * positions jump (a layout is about to move them anyway) and only looks tween.
   */
  start(
    graph: ExplorerGraph,
    before: Map<string, NodeLook>,
    edgesBefore: Map<string, { color: string; hidden: boolean }>,
    options: { durationMs: number; moveNodes: boolean },
  ): void {
    this.stop();
    if (graph.order > TWEEN_NODE_LIMIT) return;
    const nodes: NodeTween[] = [];
    graph.forEachNode((key, a) => {
      const was = before.get(key);
      const to = {
        x: a.x,
        y: a.y,
        size: a.size ?? 3,
        color: parseColour(a.color),
        colorText: a.color ?? '#999999',
        hidden: a.hidden ?? false,
      };
      const wasShown = was !== undefined && !was.hidden;
      if (to.hidden && !wasShown) return;
      const from = wasShown
        ? {
            x: options.moveNodes ? was.x : to.x,
            y: options.moveNodes ? was.y : to.y,
            size: was.size,
            color: parseColour(was.color),
          }
        : { x: to.x, y: to.y, size: 0, color: to.color };
      // Leaving actors shrink away where they were.
      const path = to.hidden ? { x: from.x, y: from.y, size: 0, color: from.color } : to;
      if (
        from.x === path.x &&
        from.y === path.y &&
        from.size === path.size &&
        from.color.every((v, i) => v === path.color[i])
      )
        return;
      nodes.push({
        key,
        from,
        path,
        final: { x: to.x, y: to.y, size: to.size, color: to.colorText, hidden: to.hidden },
      });
    });
    const edges: EdgeTween[] = [];
    graph.forEachEdge((key, a) => {
      const was = edgesBefore.get(key);
      const shownBefore = was !== undefined && !was.hidden;
      const shownNow = !a.hidden;
      if (!shownBefore && !shownNow) return;
      const now = parseColour(a.color);
      const transparent: Rgba = [now[0], now[1], now[2], 0];
      const from = shownBefore ? parseColour(was.color) : transparent;
      const to = shownNow ? now : [from[0], from[1], from[2], 0];
      if (from.every((v, i) => v === to[i])) return;
      edges.push({ key, from, to: to as Rgba, toText: a.color ?? '', hidden: !shownNow });
    });
    if (nodes.length === 0 && edges.length === 0) return;

    const write = (t: number) => {
      const e = ease(t);
      for (const n of nodes) {
        graph.mergeNodeAttributes(n.key, {
          x: mix(n.from.x, n.path.x, e),
          y: mix(n.from.y, n.path.y, e),
          size: mix(n.from.size, n.path.size, e),
          color: mixColour(n.from.color, n.path.color, e),
          hidden: false,
        } satisfies Partial<NodeAttrs>);
      }
      for (const edge of edges) {
        graph.mergeEdgeAttributes(edge.key, {
          color: mixColour(edge.from, edge.to, e),
          hidden: false,
        } satisfies Partial<EdgeAttrs>);
      }
    };
    this.finish = () => {
      for (const n of nodes) if (graph.hasNode(n.key)) graph.mergeNodeAttributes(n.key, n.final);
      for (const edge of edges) {
        if (graph.hasEdge(edge.key))
          graph.mergeEdgeAttributes(edge.key, { color: edge.toText, hidden: edge.hidden });
      }
    };
    write(0);
    const started = performance.now();
    const tick = () => {
      const t = Math.min(1, (performance.now() - started) / options.durationMs);
      if (t >= 1) {
        this.stop();
        return;
      }
      write(t);
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  /** Ends a running tween on its final picture. */
  stop(): void {
    cancelAnimationFrame(this.frame);
    const finish = this.finish;
    this.finish = null;
    finish?.();
  }

  running(): boolean {
    return this.finish !== null;
  }
}

/** Ties' colours and visibility before a change. */
export function captureEdges(
  graph: ExplorerGraph,
): Map<string, { color: string; hidden: boolean }> {
  const look = new Map<string, { color: string; hidden: boolean }>();
  graph.forEachEdge((key, a) => look.set(key, { color: a.color ?? '', hidden: a.hidden ?? false }));
  return look;
}
