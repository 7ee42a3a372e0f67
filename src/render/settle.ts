/**
 * Runs the deterministic layout (layout-run.ts) of a graph in the layout worker and writes the
 * positions into the graph as frames arrive. Used by the canvas (a network without positions)
 * and by snapshot export (a story's whole network laid out before it is saved).
 */
import { nothingPlaced, type ExplorerGraph } from '../state/base-graph';
import { rememberPositions } from '../state/positions';
import { layoutJob, layOutNow, type LayoutFrame } from './layout-run';

export interface Settling {
  /** Resolves when the final positions are in the graph (or the run was cancelled). */
  done: Promise<void>;
  /** Stops the run where it got to. */
  cancel(): void;
}

export function settle(graph: ExplorerGraph, onPositions: () => void = () => undefined): Settling {
  const job = layoutJob(graph, nothingPlaced(graph));
  const index = new Map(job.keys.map((k, i) => [k, i]));
  const apply = (positions: Float32Array) => {
    graph.updateEachNodeAttributes(
      (key, attrs) => {
        const i = index.get(key)!;
        return { ...attrs, x: positions[2 * i]!, y: positions[2 * i + 1]! };
      },
      { attributes: ['x', 'y'] },
    );
    onPositions();
  };
  let worker: Worker;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // No worker (a blocked script): the same run on the page, slower but the same picture.
    const positions = layOutNow(job);
    apply(Float32Array.from(job.keys.flatMap((k) => [positions.get(k)!.x, positions.get(k)!.y])));
    rememberPositions(graph);
    return { done: Promise.resolve(), cancel: () => undefined };
  }
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = () => {
      worker.terminate();
      rememberPositions(graph);
      resolve();
    };
  });
  worker.onmessage = (event: MessageEvent<LayoutFrame>) => {
    apply(event.data.positions);
    if (event.data.done) finish();
  };
  worker.onerror = () => finish();
  worker.postMessage(job, [
    job.positions.buffer,
    job.sizes.buffer,
    job.edges.buffer,
    ...(job.groups ? [job.groups.buffer] : []),
  ]);
  return { done, cancel: () => finish() };
}
