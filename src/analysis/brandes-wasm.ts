/**
 * The breadth-first Brandes step on WebAssembly: lays a graph out in the linear memory of
 * the module built from wasm/brandes.ts (`npm run build:wasm`), runs one source at a time
 * and hands back the sums in the graph's node order.
 *
 * Why: V8's optimising compiler re-checks a typed array's map, data pointer and length at
 * every access inside a loop (about ten instructions each); the same loops in WebAssembly
 * take one or two. Counted with valgrind (callgrind) on the 12,000-node / 100,000-edge
 * benchmark graphs, one source costs 2.8–3.6 million instructions instead of 6.8–7.8 million,
 * with the same values to the last bit (the same operations in the same order).
 *
 * The module performs the same floating-point operations in the same order as the JavaScript
 * BFS, so the two give identical results. (Renumbering the nodes in breadth-first order for
 * locality was tried and measured: no gain at this size, where the per-node arrays fit in the
 * second-level cache.)
 *
 * `createWasmBfs` returns null where WebAssembly cannot run (no `WebAssembly` global, or a
 * page whose Content-Security-Policy forbids compiling it); the caller then uses the
 * JavaScript implementation, which gives the same results.
 */
import { BRANDES_WASM_BASE64 } from './brandes-wasm-binary';
import { connectedComponents } from './compact-graph';

/** The part of a graph the kernel reads. */
export interface WasmBfsGraph {
  n: number;
  offsets: Int32Array;
  neighbors: Int32Array;
}

/** Per-node sums of a sweep, in the graph's node order. */
export interface WasmBfsSums {
  dependency: Float64Array | null;
  squares: Float64Array | null;
  reached: Int32Array;
  distanceSum: Float64Array;
  harmonicSum: Float64Array;
}

export interface WasmBfs {
  /** One BFS from s (a node of the graph), adding to the sums. */
  run(s: number): void;
  /** Add the sums collected so far to `out`. */
  addTo(out: WasmBfsSums): void;
}

// The few WebAssembly declarations we use: the analysis core compiles without DOM or Node
// types, which are where TypeScript declares them.
interface WasmExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  heapBase(): number;
  init(...addresses: number[]): void;
  bfsFrom(s: number, accumulate: number, trackSquares: number): void;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: WasmExports };
}

let compiled: object | null | undefined;

function compiledModule(): object | null {
  if (compiled !== undefined) return compiled;
  const scope = globalThis as unknown as {
    WebAssembly?: WasmApi;
    atob?: (data: string) => string;
  };
  compiled = null;
  if (!scope.WebAssembly || !scope.atob) return compiled;
  try {
    const text = scope.atob(BRANDES_WASM_BASE64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    compiled = new scope.WebAssembly.Module(bytes);
  } catch {
    // Compilation refused (CSP without 'wasm-unsafe-eval'): stay with JavaScript.
  }
  return compiled;
}

/** Whether the WebAssembly kernel can run here. */
export function wasmAvailable(): boolean {
  return compiledModule() !== null;
}

/** Lay the graph out for the kernel; null where WebAssembly is not available. */
export function createWasmBfs(
  g: WasmBfsGraph,
  accumulate: boolean,
  trackSquares: boolean,
): WasmBfs | null {
  const module = compiledModule();
  if (module === null) return null;
  const scope = globalThis as unknown as { WebAssembly: WasmApi };
  const ex = new scope.WebAssembly.Instance(module, {}).exports;
  const { n, offsets, neighbors } = g;
  const adjacency = neighbors.length;

  const { component: componentOf, count: components } = connectedComponents(g);

  // Addresses, 8-byte aligned, after the module's own data.
  let top = (ex.heapBase() + 7) & ~7;
  const reserve = (count: number, bytes: number) => {
    const at = top;
    top = (top + count * bytes + 7) & ~7;
    return at;
  };
  const at = {
    offsets: reserve(n + 1, 4),
    neighbors: reserve(adjacency, 4),
    degree: reserve(n, 4),
    component: reserve(n, 4),
    componentSize: reserve(components, 4),
    componentDegree: reserve(components, 8),
    componentStart: reserve(components + 1, 4),
    componentNodes: reserve(n, 4),
    dist: reserve(n, 4),
    acc: reserve(n, 8),
    unreached: reserve(n, 4),
    levelStart: reserve(n + 2, 4),
    bottomUp: reserve(n + 2, 4),
    // One spare slot each: the branch-free scans store a tie's end at the next free slot
    // whether or not it is kept.
    links: reserve(adjacency / 2 + 1, 4),
    succStart: reserve(n + 1, 4),
    predStart: reserve(n + 1, 4),
    inverse: reserve(n + 1, 8),
    order: reserve(n + 1, 4),
    sigma: reserve(n, 8),
    coef: reserve(n, 8),
    dependency: reserve(n, 8),
    squares: reserve(n, 8),
    reached: reserve(n, 4),
    distanceSum: reserve(n, 8),
    harmonicSum: reserve(n, 8),
  };
  const missing = top - ex.memory.buffer.byteLength;
  try {
    if (missing > 0) ex.memory.grow(Math.ceil(missing / 65536));
  } catch {
    return null; // beyond what the engine gives one module: JavaScript then
  }
  const buffer = ex.memory.buffer;
  const ints = (address: number, length: number) => new Int32Array(buffer, address, length);
  const floats = (address: number, length: number) => new Float64Array(buffer, address, length);

  ints(at.offsets, n + 1).set(offsets);
  ints(at.neighbors, adjacency).set(neighbors);
  const degree = ints(at.degree, n);
  for (let v = 0; v < n; v++) degree[v] = offsets[v + 1]! - offsets[v]!;
  // Each component's size, total degree and nodes (grouped by component).
  ints(at.component, n).set(componentOf);
  const size = ints(at.componentSize, components);
  const degreeSum = floats(at.componentDegree, components);
  for (let v = 0; v < n; v++) {
    size[componentOf[v]!]!++;
    degreeSum[componentOf[v]!]! += degree[v]!;
  }
  const start = ints(at.componentStart, components + 1);
  for (let c = 0; c < components; c++) start[c + 1] = start[c]! + size[c]!;
  const cursor = start.slice(0, components);
  const nodes = ints(at.componentNodes, n);
  for (let v = 0; v < n; v++) nodes[cursor[componentOf[v]!]!++] = v;
  ints(at.dist, n).fill(-1);
  const inverse = floats(at.inverse, n + 1);
  for (let d = 1; d <= n; d++) inverse[d] = 1 / d;

  ex.init(
    at.offsets,
    at.neighbors,
    at.degree,
    at.component,
    at.componentSize,
    at.componentDegree,
    at.componentStart,
    at.componentNodes,
    at.dist,
    at.acc,
    at.unreached,
    at.levelStart,
    at.bottomUp,
    at.links,
    at.succStart,
    at.predStart,
    at.inverse,
    at.order,
    at.sigma,
    at.coef,
    at.dependency,
    at.squares,
    at.reached,
    at.distanceSum,
    at.harmonicSum,
  );
  const bfsFrom = ex.bfsFrom;
  const acc = accumulate ? 1 : 0;
  const sq = accumulate && trackSquares ? 1 : 0;

  return {
    run: (s) => bfsFrom(s, acc, sq),
    addTo: (out) => {
      const add = (into: Float64Array | null, address: number) => {
        if (into === null) return;
        const from = floats(address, n);
        for (let v = 0; v < n; v++) into[v]! += from[v]!;
      };
      add(out.dependency, at.dependency);
      add(out.squares, at.squares);
      add(out.distanceSum, at.distanceSum);
      add(out.harmonicSum, at.harmonicSum);
      const reached = ints(at.reached, n);
      for (let v = 0; v < n; v++) out.reached[v]! += reached[v]!;
    },
  };
}
