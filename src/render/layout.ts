/**
 * Layout off the main thread: ForceAtlas2 in graphology's worker supervisor, then a no-overlap
 * pass (also in a worker) when it stops. Positions are written into the graph, which sigma
 * redraws; React is never involved per iteration.
 */
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import NoverlapLayoutSupervisor from 'graphology-layout-noverlap/worker';
import type { ExplorerGraph } from '../state/base-graph';
import { rememberPositions } from '../state/positions';
import { fa2Settings } from './layout-settings';

/** Long enough to settle the demo, bounded for national graphs (the user can run it longer). */
export const autoStopMs = (nodes: number) => Math.min(2500 + nodes * 0.8, 15_000);

export class LayoutController {
  private graph: ExplorerGraph | null = null;
  private fa2: FA2LayoutSupervisor | null = null;
  private noverlap: NoverlapLayoutSupervisor | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly onRunningChange: (running: boolean) => void) {}

  attach(graph: ExplorerGraph): void {
    this.kill();
    this.graph = graph;
  }

  isRunning(): boolean {
    return Boolean(this.fa2?.isRunning());
  }

  start(stopAfterMs?: number): void {
    const graph = this.graph;
    if (!graph || graph.order === 0 || this.isRunning()) return;
    this.noverlap?.kill();
    this.noverlap = null;
    if (!this.fa2) {
      this.fa2 = new FA2LayoutSupervisor(graph, {
        settings: fa2Settings(graph),
        getEdgeWeight: 'weight',
      });
    }
    this.fa2.start();
    this.onRunningChange(true);
    clearTimeout(this.timer);
    if (stopAfterMs) this.timer = setTimeout(() => this.stop(), stopAfterMs);
  }

  stop(): void {
    clearTimeout(this.timer);
    if (!this.fa2?.isRunning()) return;
    this.fa2.stop();
    this.onRunningChange(false);
    this.removeOverlaps();
  }

  /** Node sizes are screen pixels; convert to graph units so noverlap separates what we see. */
  private removeOverlaps(): void {
    const graph = this.graph;
    if (!graph) return;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    graph.forEachNode((_k, a) => {
      minX = Math.min(minX, a.x);
      maxX = Math.max(maxX, a.x);
      minY = Math.min(minY, a.y);
      maxY = Math.max(maxY, a.y);
    });
    const unitsPerPixel = Math.max(maxX - minX, maxY - minY, 1) / 900;
    this.noverlap = new NoverlapLayoutSupervisor(graph, {
      inputReducer: (_key, attr) => ({
        x: attr.x,
        y: attr.y,
        size: (attr.size ?? 3) * unitsPerPixel,
      }),
      settings: { margin: 2 * unitsPerPixel, ratio: 1.1, speed: 3 },
      onConverged: () => this.finishNoverlap(),
    });
    this.noverlap.start();
    this.timer = setTimeout(() => this.finishNoverlap(), 3000);
  }

  private finishNoverlap(): void {
    clearTimeout(this.timer);
    this.noverlap?.kill();
    this.noverlap = null;
    if (this.graph) rememberPositions(this.graph);
  }

  kill(): void {
    clearTimeout(this.timer);
    const wasRunning = this.isRunning();
    this.fa2?.kill();
    this.noverlap?.kill();
    this.fa2 = null;
    this.noverlap = null;
    if (wasRunning) this.onRunningChange(false);
  }
}
