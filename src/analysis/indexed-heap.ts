/**
 * The one priority queue of the Dijkstra searches: a binary min-heap of node indices in typed
 * arrays, ordered by `key[node]`, with `pos[node]` the node's slot (-1 outside the heap, -2 once
 * settled) so that a shorter distance moves the node up in place (decrease-key). The sift
 * functions are free functions on the arrays so the betweenness sweep keeps its hot loop
 * allocation-free; `IndexedMinHeap` wraps them for searches that reset between uses.
 */

/** Moves `v` up from slot `at` to where its key belongs. */
export function heapSiftUp(
  heap: Int32Array,
  pos: Int32Array,
  dist: Float64Array,
  v: number,
  at: number,
) {
  const dv = dist[v]!;
  let i = at;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent]!;
    if (dist[p]! <= dv) break;
    heap[i] = p;
    pos[p] = i;
    i = parent;
  }
  heap[i] = v;
  pos[v] = i;
}

/** Places `v` from slot `at` downwards (after a pop, `v` is the former last entry). */
export function heapSiftDown(
  heap: Int32Array,
  pos: Int32Array,
  dist: Float64Array,
  size: number,
  v: number,
  at: number,
) {
  const dv = dist[v]!;
  let i = at;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) break;
    const right = left + 1;
    let child = left;
    if (right < size && dist[heap[right]!]! < dist[heap[left]!]!) child = right;
    const c = heap[child]!;
    if (dist[c]! >= dv) break;
    heap[i] = c;
    pos[c] = i;
    i = child;
  }
  heap[i] = v;
  pos[v] = i;
}

/** A reusable indexed heap over `key`, for many short searches on one graph. */
export class IndexedMinHeap {
  private readonly heap: Int32Array;
  private readonly pos: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  size = 0;

  constructor(
    n: number,
    private readonly key: Float64Array,
  ) {
    this.heap = new Int32Array(n);
    this.pos = new Int32Array(n).fill(-1);
    this.touched = new Int32Array(n);
  }

  /** Empties the heap and forgets which nodes were settled. */
  reset(): void {
    for (let i = 0; i < this.touchedCount; i++) this.pos[this.touched[i]!] = -1;
    this.touchedCount = 0;
    this.size = 0;
  }

  isSettled(v: number): boolean {
    return this.pos[v] === -2;
  }

  /** Inserts `v`, or moves it up after its key decreased. */
  push(v: number): void {
    const at = this.pos[v]!;
    if (at === -2) return;
    if (at === -1) {
      this.touched[this.touchedCount++] = v;
      heapSiftUp(this.heap, this.pos, this.key, v, this.size++);
    } else heapSiftUp(this.heap, this.pos, this.key, v, at);
  }

  /** The smallest key (heap not empty). */
  topKey(): number {
    return this.key[this.heap[0]!]!;
  }

  /** Removes and returns the node with the smallest key, marking it settled. */
  pop(): number {
    const v = this.heap[0]!;
    this.pos[v] = -2;
    this.size--;
    if (this.size > 0)
      heapSiftDown(this.heap, this.pos, this.key, this.size, this.heap[this.size]!, 0);
    return v;
  }
}
