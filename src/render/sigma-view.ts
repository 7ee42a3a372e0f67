/**
 * The sigma renderer around the view's graph. Styles are written into the graph once per state
 * change; the reducers only handle hover / focus / path fading and return early when nothing
 * is highlighted, so a redraw of 100k ties stays cheap.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { TIE_COLOURS } from '../model/palette';
import { CANVAS_THEMES, type CanvasTheme } from '../model/themes';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '../state/base-graph';
import type { Highlight } from '../state/focus';
import type { Positions } from '../state/focus-layout';
import type { Styles } from '../state/styles';
import type { Visibility } from '../state/visibility';
import { needsLayout } from '../state/base-graph';
import { projectAreas } from './area-captions';
import { LabelLayer } from './label-layer';
import { EdgeTheme } from './edge-theme';
import { focusGraph } from './focus-graph';
import { captureEdges, captureLook, Tween } from './transition';
import { LayoutController } from './layout';
import { writeStyles, type StyleChanges } from './write-styles';
import { GroupDrawing } from './group-drawing';
import type { GroupMembership } from '../state/groups';
import { drawsHairlines, EDGE_PROGRAMS, LAYOUT_EDGE_LIMIT, sizeSettings } from './large-graph';

/** Canvas labels need the Japanese fonts spelled out; the CSS stack does not apply to WebGL. */
export const LABEL_FONT =
  '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Yu Gothic UI", "Yu Gothic", Meiryo, system-ui, sans-serif';

/** The largest actors shown are always labelled. */
export const HUB_LABELS = 8;

/** Everything the canvas draws for one state of the explorer. */
export interface Picture {
  graph: ExplorerGraph;
  visibility: Visibility;
  styles: Styles;
  highlight: Highlight | null;
  selected: string | null;
  focusPositions: Positions | null;
  /** Actors grouped (level of detail), and the groups' names in the UI's language (with no
   * grouping: a project's, for the regions of a map laid out by project). */
  groups: GroupMembership | null;
  groupName: (group: string) => string;
}

/** How long a story step's change takes to draw. */
export const TRANSITION_MS = 750;
/** Ties of a grouped graph above which it is handed to sigma in a task of its own. */
const DEFER_DRAW_TIES = 5000;

export interface SigmaViewEvents {
  onClickNode(node: string): void;
  onClickStage(): void;
  onLayoutRunning(running: boolean): void;
}

export class SigmaView {
  readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  readonly layout: LayoutController;
  private graph: ExplorerGraph;
  private hovered: { node: string; nodes: Set<string>; edges: Set<string> } | null = null;
  private highlight: Highlight | null = null;
  private selected: string | null = null;
  /** A focus laid out on its own is drawn as its own small graph (focus-graph.ts). */
  private focusPositions: Positions | null = null;
  private focusGraph: ExplorerGraph | null = null;
  /** Actors drawn as groups (level of detail, group-graph.ts). */
  private readonly groups = new GroupDrawing();
  /** Tie styles not yet written into the view's graph while groups are drawn (applyStyles). */
  private staleTies: { visibility: Visibility; styles: Styles } | null = null;
  /**
   * Large graphs are drawn as nodes only while the layout moves them: sigma re-processes every
   * tie on each redraw, and doing that for 100k ties several times a second is how graph tools
   * freeze at national scale. The ties come back when the layout stops.
   */
  private preview: ExplorerGraph | null = null;
  /** A grouped graph waiting to be handed to sigma in the next task (see rebuildGroups). */
  private deferredDraw: ReturnType<typeof setTimeout> | undefined;
  private framed = false;
  private visibleEdgeCount = 0;
  private readonly resizeObserver: ResizeObserver;
  readonly labels: LabelLayer;
  private readonly tween = new Tween();
  private theme: CanvasTheme = CANVAS_THEMES.light;
  private readonly edgeTheme = new EdgeTheme();
  private labelSize = 12;
  private labelDensity = 1;

  /**
   * Sigma starts on an empty graph: the first `show` hands it the view's graph once its styles
   * are written (and, when it is about to be laid out, without its ties), so a national
   * network is indexed once instead of three times before its first frame.
   */
  constructor(container: HTMLElement, events: SigmaViewEvents) {
    const graph: ExplorerGraph = new Graph();
    this.graph = graph;
    this.layout = new LayoutController(
      (running) => {
        if (running && this.previewWanted() && !this.preview) this.enterPreview();
        else if (!running) this.exitPreview();
        if (!running && this.groups.active) this.groups.move(this.graph);
        events.onLayoutRunning(running);
      },
      () => (this.groups.active ? this.groups.move(this.graph) : this.copyPositionsToPreview()),
    );
    this.layout.attach(graph);
    this.sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
      labelFont: LABEL_FONT,
      labelSize: 12,
      labelWeight: '500',
      labelColor: { color: '#1F2933' },
      // Labels are ours (label-layer.ts): placed without overlap, hubs and forced ones first.
      renderLabels: false,
      edgeProgramClasses: EDGE_PROGRAMS,
      ...sizeSettings(graph.size),
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      stagePadding: 40,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.labels = new LabelLayer(this.sigma, this.labelStyle());
    this.sigma.on('afterRender', () => {
      this.labels.draw();
      // The benchmark's first frame (npm run bench -- browser): the first network drawn.
      if (this.framed || this.sigma.getGraph().order === 0) return;
      performance.mark('cne:first-frame');
      this.framed = true;
    });
    // The canvas shrinks when the table or the details panel opens; sigma only watches the window.
    this.resizeObserver = new ResizeObserver(() => {
      this.sigma.resize();
      this.sigma.scheduleRefresh();
    });
    this.resizeObserver.observe(container);
    this.sigma.on('clickNode', ({ node }) => events.onClickNode(node));
    this.sigma.on('clickStage', () => events.onClickStage());
    this.sigma.on('enterNode', ({ node }) => this.setHovered(node));
    this.sigma.on('leaveNode', () => this.setHovered(null));
  }

  /** Whether the layout is to be drawn as actors only (see `preview`). */
  private previewWanted(): boolean {
    return this.visibleEdgeCount > LAYOUT_EDGE_LIMIT && !this.groups.active;
  }

  private enterPreview(): void {
    const preview: ExplorerGraph = new Graph();
    this.graph.forEachNode((key, attrs) => preview.addNode(key, { ...attrs }));
    this.preview = preview;
    this.draw(preview);
  }

  private exitPreview(): void {
    if (!this.preview) return;
    this.preview = null;
    this.draw(this.base());
  }

  private buildFocusGraph(): void {
    this.writeStaleTies();
    const positions = this.focusPositions;
    const edges = this.highlight?.edges;
    this.focusGraph = positions && edges ? focusGraph(this.graph, positions, edges) : null;
  }

  private copyPositionsToPreview(): void {
    const { preview, graph } = this;
    if (!preview) return;
    preview.updateEachNodeAttributes(
      (key, attrs) => ({
        ...attrs,
        x: graph.getNodeAttribute(key, 'x'),
        y: graph.getNodeAttribute(key, 'y'),
      }),
      { attributes: ['x', 'y'] },
    );
  }

  /** Takes a new view graph; sigma draws it once its styles are written (`drawNewGraph`). */
  private takeGraph(graph: ExplorerGraph): void {
    this.staleTies = null;
    this.preview = null;
    this.focusGraph = null;
    this.focusPositions = null;
    this.groups.reset();
    this.graph = graph;
    this.hovered = null;
    this.layout.attach(graph);
    // Before sigma gets the graph, so it indexes the ties with the program they keep (and
    // only when they change: sigma re-indexes everything on any setting).
    const settings = sizeSettings(graph.size);
    const changed = (Object.keys(settings) as (keyof typeof settings)[]).some(
      (key) => this.sigma.getSetting(key) !== settings[key],
    );
    if (changed) this.sigma.setSettings(settings);
  }

  /**
   * Hands sigma a new view graph. One that is about to be laid out with many ties shows as
   * actors only from the start: its ties at the seeded positions would be drawn (the most
   * costly frame there is) only to be hidden when the layout starts a moment later.
   */
  private drawNewGraph(): void {
    if (needsLayout(this.graph) && this.previewWanted()) this.enterPreview();
    else this.draw(this.base());
  }

  /**
   * Draws a new state of the explorer; `animate` tweens from what is on screen (story steps,
   * presentations). A graph that is about to be laid out keeps its positions (no glide).
   */
  show(p: Picture, animate: boolean): void {
    const drawn = this.drawn();
    const before = animate ? captureLook(drawn) : null;
    const edgesBefore = animate ? captureEdges(drawn) : null;
    this.tween.stop();
    const newGraph = p.graph !== this.graph;
    if (newGraph) this.takeGraph(p.graph);
    const groups = p.groups
      ? { m: p.groups, styles: p.styles, shown: p.visibility, nameOf: p.groupName }
      : null;
    const regroup = this.groups.take(groups);
    // Every actor drawn on a map laid out by project: its regions are named (a focus has its
    // own layout, so none there).
    this.labels.setAreas(
      p.groups || p.focusPositions ? [] : projectAreas(p.graph, p.visibility, p.groupName),
    );
    this.applyStyles(p.graph, p.visibility, p.styles);
    if (regroup === 'rebuild') this.rebuildGroups();
    else if (regroup === 'patch') this.patchGroups();
    else if (newGraph) this.drawNewGraph();
    this.setHighlight(p.highlight, p.selected, p.focusPositions);
    if (before && edgesBefore && !this.preview) {
      this.tween.start(this.drawn(), before, edgesBefore, {
        durationMs: TRANSITION_MS,
        moveNodes: !(newGraph && needsLayout(p.graph)),
      });
    }
  }

  /** The graph sigma draws: the preview while a large layout runs, a focus's own, or the view's. */
  private drawn(): ExplorerGraph {
    return this.preview ?? this.base();
  }

  /** What is drawn when no layout preview runs: a focus's own graph, the groups, or the view. */
  private base(): ExplorerGraph {
    if (this.focusGraph) return this.focusGraph;
    if (this.groups.graph) return this.groups.graph;
    this.writeStaleTies();
    return this.graph;
  }

  /** Writes the tie styles left unwritten while groups were drawn (see applyStyles). */
  private writeStaleTies(): void {
    if (!this.staleTies) return;
    writeStyles(this.graph, this.staleTies.visibility, this.staleTies.styles);
    this.staleTies = null;
  }

  /** Hands sigma a graph to draw (sigma indexes and draws it at once). */
  private draw(graph: ExplorerGraph): void {
    clearTimeout(this.deferredDraw);
    this.deferredDraw = undefined;
    this.sigma.setGraph(graph);
  }

  /**
   * Builds the grouped graph from the view's current positions and draws it. A large one
   * (a group of thousands opened) goes to sigma in the next task: building the largest
   * national project's 18k ties and sigma indexing them took one task of 250–450 ms.
   */
  private rebuildGroups(): void {
    this.groups.rebuild(this.graph, this.labels);
    if (this.preview || this.focusGraph) return;
    this.hovered = null;
    if ((this.groups.graph?.size ?? 0) < DEFER_DRAW_TIES) return this.draw(this.base());
    clearTimeout(this.deferredDraw);
    this.deferredDraw = setTimeout(() => {
      this.deferredDraw = undefined;
      if (!this.preview && this.sigma.getGraph() !== this.base()) this.draw(this.base());
    }, 0);
  }

  /**
   * Updates the drawn grouped graph in place (same grouping, other actors shown or other
   * styles). A grouped graph not handed to sigma yet (a deferred draw) is drawn as patched.
   */
  private patchGroups(): void {
    const changes = this.groups.patch(this.graph, this.labels);
    if (this.sigma.getGraph() === this.groups.graph) this.redraw(changes);
  }

  /** Moves the camera to a saved state (a story step's). */
  moveCamera(
    camera: { x: number; y: number; ratio: number; angle: number },
    animate: boolean,
  ): void {
    const c = this.sigma.getCamera();
    if (animate) void c.animate(camera, { duration: TRANSITION_MS });
    else c.setState(camera);
  }

  cameraState(): { x: number; y: number; ratio: number; angle: number } {
    const { x, y, ratio, angle } = this.sigma.getCamera().getState();
    return { x, y, ratio, angle };
  }

  /** Writes colours, sizes, labels and visibility into the graph: one pass per state change. */
  applyStyles(graph: ExplorerGraph, visibility: Visibility, styles: Styles): void {
    this.visibleEdgeCount = visibility.edges.size;
    // While groups are drawn the view's own ties are not: writing 100k tie styles into it cost
    // 60–100 ms of every filter or style change (national network, profiled). They are
    // written when the view's graph is drawn again or a focus copies them (writeStaleTies).
    const drawnLater = this.groups.active && graph !== this.sigma.getGraph();
    this.staleTies = drawnLater ? { visibility, styles } : null;
    const changes = writeStyles(graph, visibility, styles, !drawnLater);
    if (graph === this.sigma.getGraph()) this.redraw(changes);
    if (!this.groups.active) {
      // Label candidates, largest first (ties by key, so the same picture gets the same labels).
      const order = [...styles.nodes.keys()].sort(
        (a, b) => styles.nodes.get(b)!.size - styles.nodes.get(a)!.size || (a < b ? -1 : 1),
      );
      this.labels.setCandidates(order, new Set(order.slice(0, HUB_LABELS)));
    }
    if (this.preview) this.enterPreview();
    else if (this.focusGraph) {
      this.buildFocusGraph();
      this.draw(this.base());
    }
  }

  /** Re-processes only what changed (see write-styles.ts), or everything when it must. */
  private redraw({ nodes, edges, reindex }: StyleChanges): void {
    if (reindex) {
      this.sigma.refresh();
      return;
    }
    if (nodes.length === 0 && edges.length === 0) return;
    try {
      this.sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true, schedule: true });
    } catch {
      // An item sigma has not indexed yet (a graph set a moment ago): index everything.
      this.sigma.refresh();
    }
  }

  setHighlight(
    highlight: Highlight | null,
    selected: string | null,
    focusPositions: Positions | null = null,
  ): void {
    if (
      highlight === this.highlight &&
      selected === this.selected &&
      focusPositions === this.focusPositions
    )
      return;
    const moved = focusPositions !== this.focusPositions;
    this.highlight = highlight;
    this.selected = selected;
    this.focusPositions = focusPositions;
    if (moved && !this.preview) {
      this.buildFocusGraph();
      this.hovered = null;
      this.draw(this.base());
    } else this.sigma.refresh({ skipIndexation: true });
  }

  private labelStyle() {
    return {
      font: LABEL_FONT,
      weight: this.theme.labelWeight,
      size: this.labelSize,
      color: this.theme.label,
      halo: this.theme.halo,
      density: this.labelDensity,
    };
  }

  /** Label size (CSS pixels) and density; hover boxes follow the size. */
  setLabels(size: number, density: number): void {
    this.labelSize = size;
    this.labelDensity = density;
    this.labels.setStyle(this.labelStyle());
    this.sigma.setSetting('labelSize', size);
    this.sigma.scheduleRefresh();
  }

  setTheme(theme: CanvasTheme): void {
    this.theme = theme;
    this.edgeTheme.set(theme);
    this.labels.setStyle(this.labelStyle());
    this.sigma.setSetting('labelColor', { color: theme.label });
    this.sigma.setSetting('labelWeight', theme.labelWeight);
    this.sigma.refresh({ skipIndexation: true });
  }

  private setHovered(node: string | null): void {
    if (node === null) this.hovered = null;
    else {
      const nodes = new Set([node]);
      const edges = new Set<string>();
      this.drawn().forEachEdge(node, (edge, attrs, source, target) => {
        if (attrs.hidden) return;
        edges.add(edge);
        nodes.add(source === node ? target : source);
      });
      this.hovered = { node, nodes, edges };
    }
    this.sigma.refresh({ skipIndexation: true });
  }

  private reduceNode(node: string, data: NodeAttrs): Partial<NodeDisplayData> {
    const own = this.focusGraph !== null;
    const active = this.hovered?.nodes ?? this.highlight?.nodes;
    if (!active && node !== this.selected) return data;
    const result: Partial<NodeDisplayData> = { ...data };
    if (active && !active.has(node)) {
      result.color = this.theme.faded;
      result.label = '';
      result.zIndex = 0;
    } else if (active) {
      result.zIndex = 1;
      // Labels of a small neighbourhood are all shown; a larger one is left to sigma's label
      // grid (no overlap), except the centre of a focus laid out on its own.
      result.forceLabel =
        active.size <= (own ? 40 : 60) ||
        node === this.hovered?.node ||
        node === this.highlight?.order[0];
    }
    if (node === this.selected) {
      result.highlighted = true;
      result.forceLabel = true;
      result.zIndex = 2;
    }
    return result;
  }

  private reduceEdge(edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> {
    // `data` is sigma's own copy of the tie's attributes: setting the program here costs no
    // allocation (styles give every tie a type, so sigma's default type would never apply).
    if (drawsHairlines(this.sigma.getGraph().size)) data.type = 'hairline';
    const active = this.hovered?.edges ?? this.highlight?.edges;
    if (!active)
      return this.edgeTheme.plain ? data : { ...data, color: this.edgeTheme.colour(data.color) };
    if (!active.has(edge)) return { ...data, hidden: true };
    // Highlighted ties keep full strength on every theme.
    // Highlighted ties at full strength: a pale tie kind must still read as part of the answer.
    return {
      ...data,
      zIndex: 1,
      color: TIE_COLOURS[data.kind] ?? data.color,
      size: Math.max(data.size ?? 1, 2),
    };
  }

  /** Centres the camera on an actor (search result, table row). */
  focusNode(node: string): void {
    const display = this.sigma.getNodeDisplayData(node);
    if (!display) return;
    void this.sigma
      .getCamera()
      .animate({ x: display.x, y: display.y, ratio: 0.35 }, { duration: 500 });
  }

  /** Frames a group of actors (a path, an ego network) so the whole answer is on screen. */
  fitNodes(nodes: Iterable<string>): void {
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const node of nodes) {
      const d = this.sigma.getNodeDisplayData(node);
      if (!d) continue;
      minX = Math.min(minX, d.x);
      maxX = Math.max(maxX, d.x);
      minY = Math.min(minY, d.y);
      maxY = Math.max(maxY, d.y);
    }
    if (!Number.isFinite(minX)) return;
    const ratio = Math.min(1.1, Math.max(0.12, Math.max(maxX - minX, maxY - minY) * 1.4));
    void this.sigma
      .getCamera()
      .animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
  }

  fit(): void {
    void this.sigma.getCamera().animatedReset({ duration: 400 });
  }

  kill(): void {
    clearTimeout(this.deferredDraw);
    this.tween.stop();
    this.resizeObserver.disconnect();
    this.layout.kill();
    this.sigma.kill();
  }
}
