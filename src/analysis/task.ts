/**
 * Long computations are written as generators that yield a {@link Tick} now and then
 * (between BFS sources, between blocks of nodes). The same generator can be driven to the
 * end synchronously ({@link runTask}, tests and benchmarks) or cooperatively
 * ({@link runTaskAsync}: progress, cancellation and yielding to the event loop, so a Web
 * Worker stays responsive to a cancel message).
 */

export interface Tick {
  /** Units of work done so far in the current task. */
  done: number;
  /** Total units of work of the current task. */
  total: number;
}

export type Task<T> = Generator<Tick, T, void>;

/**
 * The part of `AbortSignal` we rely on. The analysis core is compiled without DOM or Node
 * types, so it declares what it needs; a real `AbortSignal` satisfies it.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
}

export class AnalysisAbortedError extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'AbortError';
  }
}

/** Drive a task to completion without ever pausing. */
export function runTask<T>(task: Task<T>): T {
  for (;;) {
    const step = task.next();
    if (step.done) return step.value;
  }
}

export interface CooperativeOptions {
  onTick?: (tick: Tick) => void;
  signal?: AbortSignalLike;
  /** Called about every `sliceMs` of work; resolve it to let other events run. */
  yieldControl?: () => Promise<void>;
  sliceMs?: number;
}

/** Drive a task, reporting ticks, checking `signal` at each tick and yielding regularly. */
export async function runTaskAsync<T>(task: Task<T>, options: CooperativeOptions): Promise<T> {
  const { onTick, signal, yieldControl } = options;
  const sliceMs = options.sliceMs ?? 40;
  let sliceStart = Date.now();
  if (signal?.aborted) throw new AnalysisAbortedError();
  for (;;) {
    const step = task.next();
    if (step.done) return step.value;
    onTick?.(step.value);
    if (yieldControl && Date.now() - sliceStart >= sliceMs) {
      await yieldControl();
      sliceStart = Date.now();
    }
    if (signal?.aborted) throw new AnalysisAbortedError();
  }
}
