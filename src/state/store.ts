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
}

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
}));

const get = () => explorerStore.getState();
const set = (patch: Partial<ExplorerState>) => explorerStore.setState(patch);
let loadToken = 0;

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
    set({ source, network: null, external: null, history: history.startHistory(initial) });
    return load();
  },
  reload: load,
  /** Back to the start screen. */
  close(): void {
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
  setLayoutRunning: (layoutRunning: boolean) => set({ layoutRunning }),
  toggleTable: () => set({ tableOpen: !get().tableOpen }),
};
