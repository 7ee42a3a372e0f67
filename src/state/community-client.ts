/** Runs community detection in a Web Worker so a 100k-tie graph never blocks the page. */
import type { ExplorerGraph } from './base-graph';
import type { MeasureValues } from './measures';

let current: Worker | null = null;

export function computeCommunities(graph: ExplorerGraph): Promise<MeasureValues> {
  current?.terminate();
  const worker = new Worker(new URL('./community.worker.ts', import.meta.url), { type: 'module' });
  current = worker;
  const edges: [string, string, number][] = [];
  graph.forEachEdge((_key, attrs, source, target) => {
    edges.push([source, target, attrs.weight ?? 1]);
  });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Record<string, number>>) => {
      worker.terminate();
      if (current === worker) current = null;
      resolve(new Map(Object.entries(event.data)));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ nodes: graph.nodes(), edges });
  });
}
