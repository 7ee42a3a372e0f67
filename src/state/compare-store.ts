/**
 * The Compare view's result, kept up to date while the view is open: after every change of
 * the explorer's state the settings (view state) are turned into a worker request, and a
 * request whose key differs from the last one is sent to the one analysis service. Results
 * land here only for the graph and key they were asked for. The view state stays the only
 * place the settings live; this store only holds what the worker answered.
 */
import { createStore } from 'zustand/vanilla';
import type { CompareOutcome } from '../analysis/compare-request';
import { AnalysisAbortedError } from '../analysis/task';
import { yearBounds } from './activity';
import type { ExplorerGraph } from './base-graph';
import {
  compareKey,
  compareOptions,
  compareRequest,
  defaultWindows,
  OPEN_COMPARE,
  type CompareSettings,
} from './compare-settings';
import { actions, analysisService, currentGraph, explorerStore, viewState } from './store';

export interface CompareState {
  graph: ExplorerGraph | null;
  /** Key of the request asked for (null: none, or the settings are incomplete). */
  key: string | null;
  /** The last outcome; while `running` it may be for an earlier key. */
  outcome: CompareOutcome | null;
  outcomeKey: string | null;
  running: boolean;
  progress: number | null;
  error: string | null;
}

const NONE: CompareState = {
  graph: null,
  key: null,
  outcome: null,
  outcomeKey: null,
  running: false,
  progress: null,
  error: null,
};

export const compareStore = createStore<CompareState>(() => NONE);
const get = () => compareStore.getState();
const set = (patch: Partial<CompareState>) => compareStore.setState(patch);

let request: AbortController | null = null;

function ensureCompare(): void {
  const graph = currentGraph();
  const state = viewState();
  if (!state.compare && get().running) {
    // Closed while computing: nobody waits for the answer any more.
    request?.abort();
    set({ key: null, running: false, progress: null });
  }
  if (!graph || explorerStore.getState().status !== 'ready' || !state.compare) return;
  const wanted = compareRequest(state, yearBounds(graph));
  const options = wanted && compareOptions(wanted, state);
  const key = options && compareKey(options);
  const current = get();
  if (current.graph === graph && current.key === key) return;
  request?.abort();
  const kept = current.graph === graph ? current : NONE;
  if (!options || !key) {
    set({ ...kept, graph, key: null, running: false, progress: null, error: null });
    return;
  }
  const controller = new AbortController();
  request = controller;
  set({ ...kept, graph, key, running: true, progress: 0, error: null });
  const stillWanted = () => get().graph === graph && get().key === key;
  analysisService()
    .compare(graph, options, {
      signal: controller.signal,
      onProgress: (p) => stillWanted() && set({ progress: p.fraction }),
    })
    .then(
      (outcome) => {
        if (stillWanted())
          set({ outcome, outcomeKey: key, running: false, progress: null, error: null });
      },
      (error: Error) => {
        if (!stillWanted()) return;
        // Not asked for again until something changes or the user asks (compareActions.refresh).
        const cancelled = error instanceof AnalysisAbortedError;
        set({ running: false, progress: null, error: cancelled ? null : error.message });
        if (!cancelled) actions.notify(error.message);
      },
    );
}
explorerStore.subscribe(ensureCompare);
compareStore.subscribe(ensureCompare);

/** Changes to the comparison's settings: undo steps of the view like any other. */
function updateCompare(recipe: (c: CompareSettings) => CompareSettings): void {
  actions.update((s) => (s.compare ? { ...s, compare: recipe(s.compare) } : s));
}

export const compareActions = {
  /** Opens the view on two periods: the halves of the network's years. */
  open(): void {
    const graph = currentGraph();
    const [a, b] = defaultWindows(graph ? yearBounds(graph) : null);
    actions.update((s) => (s.compare ? s : { ...s, compare: { ...OPEN_COMPARE, a, b } }));
  },
  close(): void {
    actions.update((s) => {
      if (!s.compare) return s;
      const { compare: _closed, ...rest } = s;
      return rest;
    });
  },
  toggle(): void {
    if (viewState().compare) compareActions.close();
    else compareActions.open();
  },
  set(patch: Partial<CompareSettings>): void {
    updateCompare((c) => ({ ...c, ...patch }));
  },
  /** Computes again (after a failure or a cancel). */
  refresh(): void {
    set({ key: null });
  },
  cancel(): void {
    request?.abort();
  },
};
