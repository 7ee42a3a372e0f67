/**
 * Layout off the main thread, two ways. `settle()` is the deterministic layout a network gets
 * when it has no positions (layout-run.ts in layout.worker.ts: fixed iterations, the same
 * picture every time). `start()` / `stop()` run ForceAtlas2 in graphology's worker supervisor
 * for as long as the user wants, then a no-overlap pass (also in a worker).
 *
 * The workers move a light copy of the graph (positions, sizes, weights), and positions are
 * copied to the drawn graph at a rate that suits its size. A full sigma redraw of 100k ties
 * takes hundreds of milliseconds without a GPU; redrawing after every iteration is how a
 * page freezes at national scale. React is never involved per iteration.
 */
import Graph from 'graphology';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import NoverlapLayoutSupervisor from 'graphology-layout-noverlap/worker';
import type { ExplorerGraph } from '../state/base-graph';
import { rememberPositions } from '../state/positions';
import { fa2Settings } from '../model/layout-settings';
import { noverlapParams, removeOverlaps } from './layout-run';
import { settle, type Settling } from './settle';

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
  private settling: Settling | null = null;
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

  /** The deterministic layout of the attached graph, drawn as it progresses. */
  settle(): void {
    const graph = this.graph;
    if (!graph || graph.order === 0 || this.isRunning()) return;
    this.running = true;
    this.onRunningChange(true);
    const run = settle(graph, this.onPositions);
    this.settling = run;
    void run.done.then(() => {
      if (this.settling !== run) return;
      this.settling = null;
      this.running = false;
      this.onRunningChange(false);
    });
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
    if (this.settling) {
      // The user stopped the deterministic run: it keeps where it got to.
      this.settling.cancel();
      return;
    }
    if (!this.fa2) return;
    clearTimeout(this.stopTimer);
    this.fa2.kill();
    this.fa2 = null;
    this.stopSync();
    this.separate();
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

  /** A bounded no-overlap pass: inline when small, in a worker with a time cap when large. */
  private separate(): void {
    const copy = this.copy;
    if (!copy) return;
    if (copy.order <= NOVERLAP_INLINE_LIMIT) {
      removeOverlaps(copy);
      this.finishNoverlap();
      return;
    }
    this.noverlap = new NoverlapLayoutSupervisor(copy, {
      ...noverlapParams(copy),
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
    const settling = this.settling;
    this.settling = null;
    settling?.cancel();
    this.fa2 = null;
    this.noverlap = null;
    this.copy = null;
    if (wasRunning) this.onRunningChange(false);
  }
}
