/**
 * The explorer's store: the source, the loaded network, the view state with its undo history,
 * the analysis results, and a few UI flags. Everything else is derived (derived.ts).
 * Framework-free, so the unit tests drive it directly; React reads it through `useExplorer`.
 *
 * The store owns the analysis service: after every change it works out which measures the
 * view needs (a colour, a size, a highlight, "run everything") and asks the service for the
 * ones missing under the current settings. Nothing else starts an analysis.
 */
import { createStore } from 'zustand/vanilla';
import type { NetworkSource } from '../data/source';
import type { Lang } from '../model/display-name';
import type { SerializedNetwork } from '../model/graph-format';
import type { AnalysisProgress, AnalysisResult } from '../analysis/types';
import type { Suggestion, SuggestOptions } from '../analysis/link-prediction';
import type { GapReport } from '../analysis/gaps/types';
import { AnalysisAbortedError } from '../analysis/task';
import { createAnalysisClient, type AnalysisClient } from '../workers/analysis-client';
import { InProcessWorker } from '../workers/in-process-worker';
import { neededMeasures } from './analysis-requests';
import { AnalysisService } from './analysis-service';
import type { ExplorerGraph } from './base-graph';
import { getGraph } from './derived';
import { gapOptions, gapsKey } from './gap-requests';
import type { Theme } from '../model/themes';
import * as history from './history';
import { forgetPositions } from './positions';
import { EMPTY_STORY, type Camera, type Story } from './story';
import { DEFAULT_VIEW_STATE, type Filters, type ViewState } from './view-state';

export type Status = 'start' | 'loading' | 'ready' | 'error';

export interface ExplorerState {
  status: Status;
  error: string | null;
  source: NetworkSource | null;
  network: SerializedNetwork | null;
  history: history.History<ViewState>;
  lang: Lang;
  layoutRunning: boolean;
  tableOpen: boolean;
  /** The analysis service's results for the current graph. */
  analysis: AnalysisState;
  /** What the analysis highlights on the canvas. */
  overlay: Overlay;
  /** A tie picked in the weak-links list. */
  focusedTie: { source: string; target: string } | null;
  /** Messages for the user (a failed analysis, …), newest last. */
  notices: Notice[];
  /** The Gaps view is open (its report is then kept up to date). */
  gapsOpen: boolean;
  gaps: GapsState;
  /** Actors of a finding picked in the Gaps view, shown together on the canvas. */
  focusedFinding: { nodes: string[]; actor: string } | null;
  /** The story being built or told (story-actions.ts), and the step last shown. */
  story: Story;
  activeStep: string | null;
  storyOpen: boolean;
  /** Telling the story: full screen, panels hidden, large labels. */
  presenting: boolean;
  /** A camera a step asked for: the canvas applies it once the step's picture is drawn. */
  cameraRequest: { camera: Camera; view: ViewState } | null;
  /** Bumped when a step is shown: the canvas animates to the new picture. */
  transition: number;
  /** Screen settings (not view state): page theme, the scale of panels and controls, and
   * whether the left panel is shown. */
  screen: { theme: Theme; uiScale: number; leftPanel: boolean };
}

/** The gap finder's report for the current graph and settings (`key`: see gap-requests.ts). */
export interface GapsState {
  graph: ExplorerGraph | null;
  key: string | null;
  /** The last report; while `running` it may be for an earlier key. */
  report: GapReport | null;
  reportKey: string | null;
  running: boolean;
  progress: number | null;
  error: string | null;
}
const NO_GAPS: GapsState = {
  graph: null,
  key: null,
  report: null,
  reportKey: null,
  running: false,
  progress: null,
  error: null,
};

export interface AnalysisState {
  graph: ExplorerGraph | null;
  /** Results by request key (measure, the settings it uses, its parameters). */
  results: Record<string, AnalysisResult>;
  /** Keys whose request failed, with the reason (not requested again until asked). */
  failed: Record<string, string>;
  /** Keys whose request the user cancelled (not requested again until asked). */
  cancelled: Record<string, true>;
  /** Progress of the request in flight; null when none is. */
  progress: AnalysisProgress | null;
  running: boolean;
  /** The user asked for every measure: later networks and settings get them all too. */
  all: boolean;
}

export interface Overlay {
  bridges: boolean;
  articulation: boolean;
  /** Draw only the weak links (bridges and local bridges). */
  weakOnly: boolean;
  /** The weak-links list is open. */
  weakList: boolean;
}

export interface Notice {
  id: number;
  message: string;
}

export const NO_OVERLAY: Overlay = {
  bridges: false,
  articulation: false,
  weakOnly: false,
  weakList: false,
};
const emptyAnalysis = (graph: ExplorerGraph | null, all: boolean): AnalysisState => ({
  graph,
  results: {},
  failed: {},
  cancelled: {},
  progress: null,
  running: false,
  all,
});

export const explorerStore = createStore<ExplorerState>(() => ({
  status: 'start',
  error: null,
  source: null,
  network: null,
  history: history.startHistory(DEFAULT_VIEW_STATE),
  lang: 'ja',
  layoutRunning: false,
  tableOpen: false,
  analysis: emptyAnalysis(null, false),
  overlay: NO_OVERLAY,
  focusedTie: null,
  notices: [],
  gapsOpen: false,
  gaps: NO_GAPS,
  focusedFinding: null,
  story: EMPTY_STORY,
  activeStep: null,
  storyOpen: false,
  presenting: false,
  cameraRequest: null,
  transition: 0,
  screen: { theme: 'light', uiScale: 1, leftPanel: true },
}));

const get = () => explorerStore.getState();
const set = (patch: Partial<ExplorerState>) => explorerStore.setState(patch);
let loadToken = 0;
let nextNotice = 1;
let nextGesture = 1;

export interface Gesture {
  gesture: number;
}

export const viewState = (): ViewState => get().history.present;

/** The current view's graph (network + projection), or null before a network is loaded. */
export function currentGraph(): ExplorerGraph | null {
  const { network, history: h } = get();
  return network ? getGraph(network, h.present.projection) : null;
}

function defaultClient(): AnalysisClient {
  return typeof Worker === 'undefined'
    ? createAnalysisClient(() => new InProcessWorker())
    : createAnalysisClient();
}

/** Results from the service land in the store only for the graph they were computed on. */
function patchAnalysis(graph: ExplorerGraph, patch: (a: AnalysisState) => Partial<AnalysisState>) {
  const a = get().analysis;
  if (a.graph !== graph) return;
  set({ analysis: { ...a, ...patch(a) } });
}

const service = new AnalysisService(
  {
    onResults: (graph, results) =>
      patchAnalysis(graph, (a) => ({ results: { ...a.results, ...results } })),
    onProgress: (graph, progress) =>
      patchAnalysis(graph, () => ({
        progress,
        running: progress !== null || service.pendingKeys().size > 0,
      })),
    onFailure(graph, keys, message) {
      patchAnalysis(graph, (a) => ({
        failed: { ...a.failed, ...Object.fromEntries(keys.map((k) => [k, message])) },
        all: false,
      }));
      actions.notify(message);
    },
    onCancelled: (graph, keys) =>
      patchAnalysis(graph, (a) => ({
        cancelled: { ...a.cancelled, ...Object.fromEntries(keys.map((k) => [k, true as const])) },
        all: false,
      })),
  },
  defaultClient,
);

/** The one analysis service, for requests beyond what the view needs (exports, comparisons). */
export const analysisService = (): AnalysisService => service;

/** Runs `task` once the next frame is on screen (at once where nothing is drawn). */
function afterNextFrame(task: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return void setTimeout(task, 0);
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * A new graph is sent to the analysis worker only after its first frame: copying a national
 * network into the worker takes the page a few hundred milliseconds, and the first picture
 * needs no measure (sizes by degree follow when they arrive either way).
 */
let waitingForFrame: ExplorerGraph | null = null;

/** Asks the service for what the view needs; runs after every store change. */
function ensureAnalysis(): void {
  const graph = currentGraph();
  if (!graph || get().status !== 'ready') return;
  const state = get();
  if (state.analysis.graph !== graph) {
    waitingForFrame = graph;
    afterNextFrame(() => {
      if (waitingForFrame !== graph) return;
      waitingForFrame = null;
      ensureAnalysis();
    });
    set({
      analysis: emptyAnalysis(graph, state.analysis.all),
      focusedTie: null,
      focusedFinding: null,
    });
    return;
  }
  if (waitingForFrame === graph) return;
  const { analysis, overlay } = state;
  const measures = neededMeasures(viewState(), {
    all: analysis.all,
    bridges: overlay.bridges,
    articulation: overlay.articulation,
    weakLinks: overlay.weakOnly || overlay.weakList,
  });
  service.ensure(
    graph,
    measures,
    viewState().analysis,
    (key) => key in analysis.results || key in analysis.failed || key in analysis.cancelled,
  );
  const running = service.pendingKeys().size > 0;
  if (running !== get().analysis.running) patchAnalysis(graph, () => ({ running }));
  ensureGaps(graph);
}
explorerStore.subscribe(ensureAnalysis);

let gapsRequest: AbortController | null = null;
/** While the Gaps view is open, asks the service for the report of the current settings. */
function ensureGaps(graph: ExplorerGraph): void {
  const { gapsOpen, gaps } = get();
  if (!gapsOpen) return;
  const state = viewState();
  const key = gapsKey(state);
  if (gaps.graph === graph && gaps.key === key) return;
  gapsRequest?.abort();
  const request = new AbortController();
  gapsRequest = request;
  const kept = gaps.graph === graph ? gaps : NO_GAPS;
  set({ gaps: { ...kept, graph, key, running: true, progress: 0, error: null } });
  const current = () => get().gaps.graph === graph && get().gaps.key === key;
  service
    .gaps(graph, gapOptions(state), {
      signal: request.signal,
      onProgress: (p) => current() && set({ gaps: { ...get().gaps, progress: p.fraction } }),
    })
    .then(
      (report) => {
        if (current())
          set({ gaps: { ...get().gaps, report, reportKey: key, running: false, progress: null } });
      },
      (error: Error) => {
        if (!current()) return;
        // Neither a failed nor a cancelled report is asked for again until something changes
        // or the user asks (refreshGaps).
        const cancelled = error instanceof AnalysisAbortedError;
        set({
          gaps: {
            ...get().gaps,
            running: false,
            progress: null,
            error: cancelled ? null : error.message,
          },
        });
        if (!cancelled) actions.notify(error.message);
      },
    );
}

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
    // The benchmark measures the first frame from here (npm run bench -- browser).
    performance.mark('cne:network-ready');
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
  /**
   * Opens a source; `initial` is the view state to start from (URL or snapshot), `story` the
   * story that comes with it (a snapshot's, a link's); without one the story is emptied.
   */
  open(
    source: NetworkSource,
    initial: ViewState = DEFAULT_VIEW_STATE,
    story: Story = EMPTY_STORY,
  ): Promise<void> {
    get().source?.cancel?.();
    forgetPositions();
    set({
      source,
      network: null,
      history: history.startHistory(initial),
      story,
      activeStep: null,
      presenting: false,
      focusedFinding: null,
      cameraRequest: null,
      storyOpen: story.steps.length > 0 || get().storyOpen,
    });
    return load();
  },
  reload: load,
  /** Back to the start screen. */
  close(): void {
    get().source?.cancel?.();
    loadToken++;
    service.cancelAll();
    set({ source: null, network: null, status: 'start', error: null });
  },
  /**
   * A view change: recorded for undo unless `record` is false; changes with the same
   * `{ gesture }` (from `newGesture()`) make one undo step together.
   */
  update(recipe: (state: ViewState) => ViewState, record: boolean | Gesture = true): void {
    const h = get().history;
    const next = recipe(h.present);
    setHistory(
      record === false
        ? history.replace(h, next)
        : history.push(h, next, record === true ? undefined : record.gesture),
    );
  },
  /** A new gesture id: a drag or a play-through that should undo as one step. */
  newGesture: (): Gesture => ({ gesture: nextGesture++ }),
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
  /** Every measure of the registry, now and for later networks and settings. */
  runAll(): void {
    const a = get().analysis;
    set({ analysis: { ...a, all: true, failed: {}, cancelled: {} } });
  },
  cancelAnalysis(): void {
    service.cancelAll();
  },
  setOverlay(patch: Partial<Overlay>): void {
    set({ overlay: { ...get().overlay, ...patch } });
  },
  focusTie(tie: { source: string; target: string } | null): void {
    set({ focusedTie: tie });
  },
  /** Introductions for one actor on the current network (in the analysis worker). */
  suggest(
    actor: string,
    options: SuggestOptions,
    signal: AbortSignal,
  ): Promise<Suggestion[]> | null {
    const graph = currentGraph();
    if (!graph) return null;
    const weight = viewState().analysis.settings.weight.weight;
    return service.suggest(
      graph,
      actor,
      { ...options, weight: weight === 'none' ? null : weight },
      signal,
    );
  },
  notify(message: string): void {
    set({ notices: [...get().notices, { id: nextNotice++, message }] });
  },
  dismissNotice(id: number): void {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
  setLayoutRunning: (layoutRunning: boolean) => set({ layoutRunning }),
  toggleGaps: () => set({ gapsOpen: !get().gapsOpen, focusedFinding: null }),
  /** Shows a finding's actors together and selects the one clicked (not an undo step). */
  showFinding(nodes: string[], actor: string): void {
    set({ focusedFinding: { nodes, actor }, focusedTie: null });
    actions.select(actor);
  },
  clearFinding: () => set({ focusedFinding: null }),
  /** Computes the report again (after a failure or a cancel). */
  refreshGaps: () => set({ gaps: { ...get().gaps, key: null } }),
  cancelGaps: () => gapsRequest?.abort(),
  setScreen(patch: Partial<ExplorerState['screen']>): void {
    set({ screen: { ...get().screen, ...patch } });
  },
  toggleTable: () => set({ tableOpen: !get().tableOpen }),
};
