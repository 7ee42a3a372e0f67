/**
 * The explorer's store: the source, the loaded network, the view state with its undo history,
 * and a few UI flags. Everything else is derived (derived.ts). Framework-free, so the unit
 * tests drive it directly; React reads it through `useExplorer`.
 */
import { createStore } from 'zustand/vanilla';
import type { NetworkSource } from '../data/source';
import type { SerializedNetwork } from '../model/graph-format';
import type { Lang } from '../render/styles';
import type { ExplorerGraph } from './base-graph';
import * as history from './history';
import type { AnalysisProgress } from '../analysis/types';
import { cachedAnalysis, runExplorerAnalysis } from './analysis-run';
import { analysisMeasureValues, type ExplorerAnalysis } from './analysis-view';
import type { MeasureValues } from './measures';
import { DEFAULT_VIEW_STATE, type Filters, type ViewState } from './view-state';

export type Status = 'start' | 'loading' | 'ready' | 'error';

export interface ExplorerState {
  status: Status;
  error: string | null;
  source: NetworkSource | null;
  network: SerializedNetwork | null;
  history: history.History<ViewState>;
  lang: Lang;
  /** Measures computed in workers (communities, analysis measures) for one graph. */
  external: { graph: ExplorerGraph; values: Record<string, MeasureValues> } | null;
  layoutRunning: boolean;
  tableOpen: boolean;
  /** The analysis worker's run for one graph (the current view's). */
  analysis: AnalysisState;
  /** What the analysis highlights on the canvas. */
  overlay: Overlay;
  /** A tie picked in the weak-links list. */
  focusedTie: { source: string; target: string } | null;
}

export interface AnalysisState {
  graph: ExplorerGraph | null;
  status: 'idle' | 'running' | 'done' | 'error' | 'cancelled';
  progress: AnalysisProgress | null;
  data: ExplorerAnalysis | null;
  error: string | null;
  /** The user ran it once: later graphs (another view) are analysed automatically. */
  wanted: boolean;
}

export interface Overlay {
  bridges: boolean;
  articulation: boolean;
  /** Draw only the weak links (bridges and local bridges). */
  weakOnly: boolean;
}

export const IDLE_ANALYSIS: AnalysisState = {
  graph: null,
  status: 'idle',
  progress: null,
  data: null,
  error: null,
  wanted: false,
};
export const NO_OVERLAY: Overlay = { bridges: false, articulation: false, weakOnly: false };

export const explorerStore = createStore<ExplorerState>(() => ({
  status: 'start',
  error: null,
  source: null,
  network: null,
  history: history.startHistory(DEFAULT_VIEW_STATE),
  lang: 'ja',
  external: null,
  layoutRunning: false,
  tableOpen: false,
  analysis: IDLE_ANALYSIS,
  overlay: NO_OVERLAY,
  focusedTie: null,
}));

const get = () => explorerStore.getState();
const set = (patch: Partial<ExplorerState>) => explorerStore.setState(patch);
let loadToken = 0;
let analysisController: AbortController | null = null;

export const viewState = (): ViewState => get().history.present;

async function load(): Promise<void> {
  const { source } = get();
  if (!source) return;
  const token = ++loadToken;
  const view = viewState().view;
  set({ status: 'loading', error: null });
  try {
    const network = await source.load(view);
    // A newer request (the user switched views again) wins.
    if (token !== loadToken) return;
    set({ network, status: 'ready' });
  } catch (error) {
    if (token !== loadToken) return;
    set({ status: 'error', error: (error as Error).message });
  }
}

function setHistory(next: history.History<ViewState>): void {
  const previous = get().history.present;
  if (next === get().history) return;
  set({ history: next });
  if (next.present.view !== previous.view) void load();
}

export const actions = {
  /** Opens a source; `initial` is the view state to start from (URL or snapshot). */
  open(source: NetworkSource, initial: ViewState = DEFAULT_VIEW_STATE): Promise<void> {
    get().source?.cancel?.();
    set({ source, network: null, external: null, history: history.startHistory(initial) });
    return load();
  },
  reload: load,
  /** Back to the start screen. */
  close(): void {
    get().source?.cancel?.();
    loadToken++;
    set({ source: null, network: null, external: null, status: 'start', error: null });
  },
  /** A view change: recorded for undo unless `record` is false. */
  update(recipe: (state: ViewState) => ViewState, record = true): void {
    const h = get().history;
    const next = recipe(h.present);
    setHistory(record ? history.push(h, next) : history.replace(h, next));
  },
  setFilters(patch: Partial<Filters>): void {
    actions.update((s) => ({ ...s, filters: { ...s.filters, ...patch } }));
  },
  /** Selecting an actor is not an undo step: clicking around must not flood the history. */
  select(node: string | null): void {
    actions.update((s) => (s.selected === node ? s : { ...s, selected: node }), false);
  },
  undo: () => setHistory(history.undo(get().history)),
  redo: () => setHistory(history.redo(get().history)),
  setLang: (lang: Lang) => set({ lang }),
  /** Adds worker-computed values; values for an older graph are dropped. */
  setExternal(graph: ExplorerGraph, id: string, values: MeasureValues): void {
    const current = get().external;
    const kept = current?.graph === graph ? current.values : {};
    set({ external: { graph, values: { ...kept, [id]: values } } });
  },
  /** Adds several worker-computed measures at once (values for an older graph are dropped). */
  setExternalMany(graph: ExplorerGraph, values: Record<string, MeasureValues>): void {
    const current = get().external;
    const kept = current?.graph === graph ? current.values : {};
    set({ external: { graph, values: { ...kept, ...values } } });
  },
  /** Runs (or takes from the cache) the analysis of `graph` in the worker. */
  async runAnalysis(graph: ExplorerGraph): Promise<void> {
    const { analysis } = get();
    if (analysis.graph === graph && (analysis.status === 'running' || analysis.status === 'done'))
      return;
    analysisController?.abort();
    const controller = new AbortController();
    analysisController = controller;
    const cached = cachedAnalysis(graph);
    set({
      analysis: {
        graph,
        status: cached ? 'done' : 'running',
        progress: null,
        data: cached,
        error: null,
        wanted: true,
      },
      focusedTie: null,
    });
    try {
      const data =
        cached ??
        (await runExplorerAnalysis(graph, controller.signal, (progress) => {
          if (analysisController === controller) set({ analysis: { ...get().analysis, progress } });
        }));
      if (analysisController !== controller) return;
      analysisController = null;
      set({ analysis: { ...get().analysis, status: 'done', data, progress: null } });
      actions.setExternalMany(graph, analysisMeasureValues(data.result));
    } catch (error) {
      if (analysisController !== controller) return;
      analysisController = null;
      const cancelled = (error as Error).name === 'AbortError';
      set({
        analysis: {
          ...get().analysis,
          status: cancelled ? 'cancelled' : 'error',
          error: cancelled ? null : (error as Error).message,
          progress: null,
          wanted: !cancelled,
        },
      });
    }
  },
  cancelAnalysis(): void {
    analysisController?.abort();
  },
  setOverlay(patch: Partial<Overlay>): void {
    set({ overlay: { ...get().overlay, ...patch } });
  },
  focusTie(tie: { source: string; target: string } | null): void {
    set({ focusedTie: tie });
  },
  setLayoutRunning: (layoutRunning: boolean) => set({ layoutRunning }),
  toggleTable: () => set({ tableOpen: !get().tableOpen }),
};
