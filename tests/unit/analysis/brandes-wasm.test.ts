import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { clusterLike, erdosRenyi } from '../../../bench/generate';
import {
  compileBrandesWasm,
  renderWasmModule,
  WASM_MODULE_FILE,
} from '../../../scripts/wasm/compile';
import { wasmAvailable } from '../../../src/analysis/brandes-wasm';
import { compactFromEdges, type CompactGraph } from '../../../src/analysis/compact-graph';
import { createRng } from '../../../src/analysis/seeded-random';
import { shortestPathSweep, type SweepResult } from '../../../src/analysis/shortest-paths';
import { runTask } from '../../../src/analysis/task';

function graphOf(n: number, edges: [number, number][]): CompactGraph {
  return compactFromEdges(
    Array.from({ length: n }, (_, i) => String(i)),
    Int32Array.from(edges, (e) => e[0]),
    Int32Array.from(edges, (e) => e[1]),
  );
}

function sweep(
  g: CompactGraph,
  kernel: 'auto' | 'javascript',
  sources: Int32Array | null = null,
  accumulate = true,
): SweepResult {
  return runTask(
    shortestPathSweep(g, {
      distance: 'hops',
      sources,
      accumulate,
      trackSquares: accumulate && sources !== null,
      kernel,
    }),
  );
}

/** The same sums, bit for bit: the module does the same operations in the same order. */
function expectIdentical(a: SweepResult, b: SweepResult) {
  expect(a.sourceCount).toBe(b.sourceCount);
  expect(Array.from(a.reached)).toEqual(Array.from(b.reached));
  expect(Array.from(a.distanceSum)).toEqual(Array.from(b.distanceSum));
  expect(Array.from(a.harmonicSum)).toEqual(Array.from(b.harmonicSum));
  expect(a.dependency && Array.from(a.dependency)).toEqual(
    b.dependency && Array.from(b.dependency),
  );
  expect(a.dependencySquares && Array.from(a.dependencySquares)).toEqual(
    b.dependencySquares && Array.from(b.dependencySquares),
  );
}

/** A dense core, paths and stars hanging off it, and separate pieces (both BFS directions). */
function mixedShape(seed: number): CompactGraph {
  const rng = createRng(seed);
  const n = 60 + Math.floor(rng() * 120);
  const seen = new Set<string>();
  const edges: [number, number][] = [];
  const add = (a: number, b: number) => {
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    if (a !== b && !seen.has(key)) {
      seen.add(key);
      edges.push([a, b]);
    }
  };
  const core = 10 + Math.floor(rng() * 20);
  for (let i = 0; i < core * core * 0.4; i++)
    add(Math.floor(rng() * core), Math.floor(rng() * core));
  for (let v = core; v < n - 6; v++) add(v, rng() < 0.6 ? v - 1 : Math.floor(rng() * v));
  add(n - 1, n - 2); // a separate pair; n - 3 … n - 6 stay isolated
  return graphOf(n, edges);
}

describe('breadth-first Brandes step on WebAssembly', () => {
  it('is available in Node', () => {
    expect(wasmAvailable()).toBe(true);
  });

  it.each([
    ['Erdős–Rényi', erdosRenyi(500, 3000, 2)],
    ['cluster-like', clusterLike(500, 2500, 2)],
  ])('gives exactly the JavaScript sums on a %s graph', (_name, el) => {
    const g = compactFromEdges(
      Array.from({ length: el.n }, (_, i) => String(i)),
      el.source,
      el.target,
    );
    expectIdentical(sweep(g, 'auto'), sweep(g, 'javascript'));
    // Sampled sources (with squared dependencies) and closeness-only sweeps.
    const pivots = Int32Array.from([3, 17, 250, 499, 0]);
    expectIdentical(sweep(g, 'auto', pivots), sweep(g, 'javascript', pivots));
    expectIdentical(sweep(g, 'auto', null, false), sweep(g, 'javascript', null, false));
  });

  it('gives exactly the JavaScript sums on varied shapes', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const g = mixedShape(seed);
      expectIdentical(sweep(g, 'auto'), sweep(g, 'javascript'));
    }
  });

  it('handles stars, paths, isolated nodes and empty graphs', () => {
    const star = graphOf(
      8,
      Array.from({ length: 7 }, (_, i) => [0, i + 1] as [number, number]),
    );
    const path = graphOf(
      6,
      Array.from({ length: 5 }, (_, i) => [i, i + 1] as [number, number]),
    );
    for (const g of [star, path, graphOf(3, []), graphOf(1, []), graphOf(0, [])]) {
      expectIdentical(sweep(g, 'auto'), sweep(g, 'javascript'));
    }
    // Star centre: (n-1)(n-2) ordered pairs of leaves pass through it.
    expect(sweep(star, 'auto').dependency![0]).toBe(42);
    // Path 0–…–5: node 2 lies between {0,1} and {3,4,5}, 2·3 pairs each way.
    expect(sweep(path, 'auto').dependency![2]).toBe(12);
  });

  it('falls back to JavaScript where WebAssembly is missing', async () => {
    vi.resetModules();
    vi.stubGlobal('WebAssembly', undefined);
    try {
      const fresh = await import('../../../src/analysis/brandes-wasm');
      expect(fresh.wasmAvailable()).toBe(false);
      const paths = await import('../../../src/analysis/shortest-paths');
      const g = mixedShape(5);
      const result = runTask(
        paths.shortestPathSweep(g, {
          distance: 'hops',
          sources: null,
          accumulate: true,
          trackSquares: false,
        }),
      );
      expectIdentical(result, sweep(g, 'javascript'));
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });

  it('is built from wasm/brandes.ts (npm run build:wasm leaves the committed module unchanged)', async () => {
    const binary = await compileBrandesWasm();
    expect(readFileSync(WASM_MODULE_FILE, 'utf8')).toBe(renderWasmModule(binary));
  }, 120_000);
});
