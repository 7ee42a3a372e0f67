/**
 * Layout off the main thread: ForceAtlas2 in graphology's worker supervisor, then a no-overlap
 * pass (also in a worker) when it stops.
 *
 * The workers move a light copy of the graph (positions, sizes, weights), and positions are
 * copied to the drawn graph at a rate that suits its size. A full sigma redraw of 100k ties
 * takes hundreds of milliseconds without a GPU; redrawing after every iteration is how a
 * page freezes at national scale. React is never involved per iteration.
 */
import Graph from 'graphology';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import NoverlapLayoutSupervisor from 'graphology-layout-noverlap/worker';
import type { ExplorerGraph } from '../state/base-graph';
import { rememberPositions } from '../state/positions';
import { fa2Settings } from '../model/layout-settings';

/** Long enough to settle the demo, bounded for national graphs (the user can run it longer). */
export const autoStopMs = (nodes: number) => Math.min(5000 + nodes * 0.8, 15_000);

/** How often positions reach the drawn graph: every frame when small, rarely when huge. */
export const syncIntervalMs = (edges: number) => (edges > 30_000 ? 500 : edges > 5000 ? 150 : 0);

const NOVERLAP_INLINE_LIMIT = 3000;

interface LayoutNode {
  x: number;
  y: number;
  size: number;
}

export class LayoutController {
  private graph: ExplorerGraph | null = null;
  private copy: Graph<LayoutNode> | null = null;
  private fa2: FA2LayoutSupervisor | null = null;
  private noverlap: NoverlapLayoutSupervisor | null = null;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;
  private noverlapTimer: ReturnType<typeof setTimeout> | undefined;
  private syncTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private running = false;

  /**
   * `onRunningChange` fires when a run starts and when it has fully finished (after the
   * no-overlap pass); `onPositions` after each copy of positions into the drawn graph.
   */
  constructor(
    private readonly onRunningChange: (running: boolean) => void,
    private readonly onPositions: () => void = () => undefined,
  ) {}

  attach(graph: ExplorerGraph): void {
    this.kill();
    this.graph = graph;
  }

  isRunning(): boolean {
    return this.running;
  }

  start(stopAfterMs?: number): void {
    const graph = this.graph;
    if (!graph || graph.order === 0 || this.isRunning()) return;
    this.finishNoverlap();
    this.copy = this.makeCopy(graph);
    this.fa2 = new FA2LayoutSupervisor(this.copy, {
      settings: fa2Settings(graph),
      getEdgeWeight: 'weight',
    });
    this.fa2.start();
    this.startSync();
    this.running = true;
    this.onRunningChange(true);
    clearTimeout(this.stopTimer);
    if (stopAfterMs) this.stopTimer = setTimeout(() => this.stop(), stopAfterMs);
  }

  /** Stops ForceAtlas2; the no-overlap pass then finishes the run by itself. */
  stop(): void {
    if (!this.fa2) return;
    clearTimeout(this.stopTimer);
    this.fa2.kill();
    this.fa2 = null;
    this.stopSync();
    this.removeOverlaps();
  }

  /** Positions, sizes and merged weights only: cheap to copy, cheap for the worker to update. */
  private makeCopy(graph: ExplorerGraph): Graph<LayoutNode> {
    const copy = new Graph<LayoutNode>({ type: 'undirected' });
    graph.forEachNode((key, a) => copy.addNode(key, { x: a.x, y: a.y, size: a.size ?? 3 }));
    graph.forEachEdge((_key, a, source, target) => {
      if (source === target) return;
      copy.updateEdge(source, target, (e: { weight?: number }) => ({
        weight: (e.weight ?? 0) + (a.weight ?? 1),
      }));
    });
    return copy;
  }

  /** The next copy is scheduled after the redraw of the previous one, so the page always gets
   * idle time between redraws however slow they are. */
  private startSync(): void {
    this.stopSync();
    const interval = syncIntervalMs(this.graph?.size ?? 0);
    const tick = () => {
      this.syncPositions();
      this.frame = requestAnimationFrame(() => {
        this.syncTimer = setTimeout(tick, interval);
      });
    };
    this.syncTimer = setTimeout(tick, interval);
  }

  private stopSync(): void {
    clearTimeout(this.syncTimer);
    cancelAnimationFrame(this.frame);
  }

  private syncPositions(): void {
    const { graph, copy } = this;
    if (!graph || !copy) return;
    graph.updateEachNodeAttributes(
      (key, attrs) => {
        const p = copy.getNodeAttributes(key);
        return { ...attrs, x: p.x, y: p.y };
      },
      { attributes: ['x', 'y'] },
    );
    this.onPositions();
  }

  /** Node sizes are screen pixels; convert to graph units so noverlap separates what we see. */
  private removeOverlaps(): void {
    const copy = this.copy;
    if (!copy) return;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    copy.forEachNode((_k, a) => {
      minX = Math.min(minX, a.x);
      maxX = Math.max(maxX, a.x);
      minY = Math.min(minY, a.y);
      maxY = Math.max(maxY, a.y);
    });
    const unitsPerPixel = Math.max(maxX - minX, maxY - minY, 1) / 900;
    const params = {
      inputReducer: (_key: string, attr: { x: number; y: number; size?: number }) => ({
        x: attr.x,
        y: attr.y,
        size: (attr.size ?? 3) * unitsPerPixel,
      }),
      settings: { margin: 2 * unitsPerPixel, ratio: 1.1, speed: 3 },
    };
    // A bounded number of passes: run to convergence, no-overlap spreads a dense cluster into
    // an even disc and erases the structure FA2 found. Small graphs take a few milliseconds
    // here; large ones go to the worker with a time cap.
    if (copy.order <= NOVERLAP_INLINE_LIMIT) {
      noverlap.assign(copy, { ...params, maxIterations: 60 });
      this.finishNoverlap();
      return;
    }
    this.noverlap = new NoverlapLayoutSupervisor(copy, {
      ...params,
      onConverged: () => this.finishNoverlap(),
    });
    this.noverlap.start();
    this.noverlapTimer = setTimeout(() => this.finishNoverlap(), 1500);
  }

  private finishNoverlap(): void {
    clearTimeout(this.noverlapTimer);
    this.noverlap?.kill();
    this.noverlap = null;
    this.stopSync();
    if (this.copy) this.syncPositions();
    this.copy = null;
    if (this.graph) rememberPositions(this.graph);
    if (this.running) {
      this.running = false;
      this.onRunningChange(false);
    }
  }

  kill(): void {
    clearTimeout(this.stopTimer);
    clearTimeout(this.noverlapTimer);
    this.stopSync();
    const wasRunning = this.running;
    this.running = false;
    this.fa2?.kill();
    this.noverlap?.kill();
    this.fa2 = null;
    this.noverlap = null;
    this.copy = null;
    if (wasRunning) this.onRunningChange(false);
  }
}
