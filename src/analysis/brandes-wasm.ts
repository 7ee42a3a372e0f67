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
 * Nodes are renumbered in breadth-first order inside the module, so that the neighbours of
 * a node, and the nodes of one BFS level, lie close together in memory (fewer cache misses).
 *
 * `createWasmBfs` returns null where WebAssembly cannot run (no `WebAssembly` global, or a
 * page whose Content-Security-Policy forbids compiling it); the caller then uses the
 * JavaScript implementation, which gives the same results.
 */
import { BRANDES_WASM_BASE64 } from './brandes-wasm-binary';

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

/**
 * Breadth-first numbering: each component from its lowest-degree node, so that a
 * component's nodes are contiguous and neighbours get nearby numbers. Returns newOf[old]
 * and where each component starts in the new numbering (plus n at the end).
 */
export function breadthFirstNumbering(g: WasmBfsGraph): { newOf: Int32Array; starts: number[] } {
  const { n, offsets, neighbors } = g;
  const newOf = new Int32Array(n).fill(-1);
  const oldOf = new Int32Array(n);
  // Roots by increasing degree (counting sort).
  let maxDegree = 0;
  for (let v = 0; v < n; v++) maxDegree = Math.max(maxDegree, offsets[v + 1]! - offsets[v]!);
  const bucket = new Int32Array(maxDegree + 2);
  for (let v = 0; v < n; v++) bucket[offsets[v + 1]! - offsets[v]! + 1]!++;
  for (let d = 1; d <= maxDegree + 1; d++) bucket[d]! += bucket[d - 1]!;
  const roots = new Int32Array(n);
  for (let v = 0; v < n; v++) roots[bucket[offsets[v + 1]! - offsets[v]!]!++] = v;
  const starts: number[] = [];
  let next = 0;
  for (let r = 0; r < n; r++) {
    const root = roots[r]!;
    if (newOf[root]! >= 0) continue;
    starts.push(next);
    let head = next;
    newOf[root] = next;
    oldOf[next++] = root;
    while (head < next) {
      const v = oldOf[head++]!;
      for (let j = offsets[v]!, end = offsets[v + 1]!; j < end; j++) {
        const w = neighbors[j]!;
        if (newOf[w]! < 0) {
          newOf[w] = next;
          oldOf[next++] = w;
        }
      }
    }
  }
  starts.push(n);
  return { newOf, starts };
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

  const { newOf, starts } = breadthFirstNumbering(g);
  const oldOf = new Int32Array(n);
  for (let v = 0; v < n; v++) oldOf[newOf[v]!] = v;
  const components = starts.length - 1;

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
    links: reserve(adjacency / 2, 4),
    succStart: reserve(n + 1, 4),
    predStart: reserve(n + 1, 4),
    inverse: reserve(n + 1, 8),
    order: reserve(n, 4),
    sigma: reserve(n, 8),
    coef: reserve(n, 8),
    dependency: reserve(n, 8),
    squares: reserve(n, 8),
    reached: reserve(n, 4),
    distanceSum: reserve(n, 8),
    harmonicSum: reserve(n, 8),
  };
  const missing = top - ex.memory.buffer.byteLength;
  if (missing > 0) ex.memory.grow(Math.ceil(missing / 65536));
  const buffer = ex.memory.buffer;
  const ints = (address: number, length: number) => new Int32Array(buffer, address, length);
  const floats = (address: number, length: number) => new Float64Array(buffer, address, length);

  const wOffsets = ints(at.offsets, n + 1);
  const wNeighbors = ints(at.neighbors, adjacency);
  const wDegree = ints(at.degree, n);
  for (let i = 0, j = 0; i < n; i++) {
    const v = oldOf[i]!;
    wOffsets[i] = j;
    for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++)
      wNeighbors[j++] = newOf[neighbors[k]!]!;
    wOffsets[i + 1] = j;
    wDegree[i] = j - wOffsets[i]!;
  }
  // Components are the runs starts[c] … starts[c + 1] - 1 of the new numbering.
  const component = ints(at.component, n);
  const size = ints(at.componentSize, components);
  const degreeSum = floats(at.componentDegree, components);
  ints(at.componentStart, components + 1).set(starts);
  for (let c = 0; c < components; c++) {
    size[c] = starts[c + 1]! - starts[c]!;
    for (let i = starts[c]!; i < starts[c + 1]!; i++) {
      component[i] = c;
      degreeSum[c]! += wDegree[i]!;
    }
  }
  const nodes = ints(at.componentNodes, n);
  for (let i = 0; i < n; i++) nodes[i] = i;
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
    run: (s) => bfsFrom(newOf[s]!, acc, sq),
    addTo: (out) => {
      const add = (into: Float64Array | null, address: number) => {
        if (into === null) return;
        const from = floats(address, n);
        for (let v = 0; v < n; v++) into[v]! += from[newOf[v]!]!;
      };
      add(out.dependency, at.dependency);
      add(out.squares, at.squares);
      add(out.distanceSum, at.distanceSum);
      add(out.harmonicSum, at.harmonicSum);
      const reached = ints(at.reached, n);
      for (let v = 0; v < n; v++) out.reached[v]! += reached[newOf[v]!]!;
    },
  };
}
