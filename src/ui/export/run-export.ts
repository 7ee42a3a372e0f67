/**
 * One export from the explorer, start to file: the network the export covers (on screen or
 * the view's whole network), its measures through the analysis service (in the worker), the
 * provenance, then the file — graph and table files written in the export worker, images
 * composed from the canvas's picture and written as SVG or painted to PNG with the
 * provenance in a text chunk.
 */
import type { TFunction } from 'i18next';
import type { AnalysisProgress, AnalysisResult } from '../../analysis/types';
import { fetchLastImport } from '../../data/last-import';
import { composeImage, type ImageModel } from '../../export/image';
import { addPngText, asciiJson } from '../../export/png-text';
import type { ImportRunInfo, Provenance } from '../../export/provenance';
import { CANVAS_THEMES } from '../../model/themes';
import { currentView } from '../../render/current-view';
import { projectAreas } from '../../render/area-captions';
import { captureScreen, captureWhole } from '../../render/image-capture';
import { sceneToPng } from '../../render/paint-scene';
import type { Derived } from '../../state/derived';
import { explorerProvenance } from '../../state/export-provenance';
import { groupName as nameFromData } from '../../state/groups';
import {
  mergeResults,
  scopeNetwork,
  wholeStyles,
  wholeVisibility,
  type ExportScope,
} from '../../state/export-scope';
import { ALL_MEASURES, analyseScope } from '../../state/scope-analysis';
import { explorerStore } from '../../state/store';
import type { FileFormat } from '../../workers/export-protocol';
import { writeFilesOffThread } from '../../workers/export-client';
import { download } from '../download';
import { imageLegend } from './legend-model';

export const IMAGE_FORMATS = ['png', 'svg'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];
export type ExportFormat = ImageFormat | FileFormat;
export const isImage = (f: ExportFormat): f is ImageFormat => f === 'png' || f === 'svg';

export interface ImageOptions {
  width: number;
  height: number;
  /** PNG pixels per CSS pixel, 1–4. */
  scale: number;
  /** null: transparent. */
  background: string | null;
  title: string;
  subtitle: string;
  legend: boolean;
  syntheticNote: boolean;
  dataSource: boolean;
  caption: boolean;
}

export interface ExportControls {
  signal: AbortSignal;
  onProgress(phase: 'computing' | 'writing', progress?: AnalysisProgress): void;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

async function lastImportOf(kind: 'api' | 'snapshot'): Promise<ImportRunInfo | null> {
  // An export is not refused because the summary did not answer: the source says "database".
  return kind === 'api' ? fetchLastImport().catch(() => null) : null;
}

function provenanceFor(
  scope: ExportScope,
  result: AnalysisResult | null,
  lastImport: ImportRunInfo | null,
  exportedAt: Date,
): Provenance {
  const s = explorerStore.getState();
  return explorerProvenance({
    source: s.source!,
    lastImport,
    state: s.history.present,
    scope,
    overlay: s.overlay,
    focusedTie: s.focusedTie,
    focusedFinding: s.focusedFinding,
    result,
    exportedAt,
  });
}

/** Runs one export; returns the names of the files saved. */
export async function runExport(
  format: ExportFormat,
  scope: ExportScope,
  image: ImageOptions,
  derived: Derived,
  t: TFunction,
  controls: ExportControls,
): Promise<string[]> {
  const s = explorerStore.getState();
  if (!s.source) return [];
  const exportedAt = new Date();
  const base = `cluster-network-${s.history.present.view}${scope === 'whole' ? '-whole' : ''}-${day(exportedAt)}`;
  const lastImport = await lastImportOf(s.source.kind);

  if (!isImage(format)) {
    const scoped = scopeNetwork(derived, scope, s.history.present, s.lang);
    controls.onProgress('computing');
    const result = await analyseScope(derived, scope, () => scoped.network, ALL_MEASURES, {
      signal: controls.signal,
      onProgress: (p) => controls.onProgress('computing', p),
    });
    controls.signal.throwIfAborted();
    controls.onProgress('writing');
    const provenance = provenanceFor(scope, result, lastImport, exportedAt);
    const files = await writeFilesOffThread(
      { format, network: scoped.network, result, provenance, baseName: base },
      controls.signal,
    );
    for (const f of files) download(f.name, f.type, f.data);
    return files.map((f) => f.name);
  }

  controls.onProgress('writing');
  // An image records the results that drew it (colour, size), not new ones.
  const drawnWith = mergeResults(Object.values(derived.results));
  const provenance = provenanceFor(scope, drawnWith, lastImport, exportedAt);
  const model = imageModel(scope, image, derived, t, provenance);
  const title = image.title || t('app.title');
  if (format === 'svg') {
    const files = await writeFilesOffThread(
      { format, model, title, provenance, baseName: base },
      controls.signal,
    );
    for (const f of files) download(f.name, f.type, f.data);
    return files.map((f) => f.name);
  }
  const png = await sceneToPng(composeImage(model), image.scale);
  const withText = addPngText(png, [
    { keyword: 'Title', text: title },
    { keyword: 'Software', text: `${provenance.app.name} ${provenance.app.version}` },
    { keyword: 'Creation Time', text: provenance.exportedAt },
    { keyword: 'provenance', text: asciiJson(provenance) },
  ]);
  const name = `${base}.png`;
  download(name, 'image/png', withText);
  return [name];
}

function imageModel(
  scope: ExportScope,
  o: ImageOptions,
  derived: Derived,
  t: TFunction,
  p: Provenance,
): ImageModel {
  const s = explorerStore.getState();
  const state = s.history.present;
  // Text and labels readable on the chosen background: the light theme's on a light one, the
  // high-contrast theme's on a dark one, the screen's own when transparent.
  const screenTheme = CANVAS_THEMES[s.screen.theme];
  const theme = o.background
    ? luminance(o.background) > 0.5
      ? { ...CANVAS_THEMES.light, faded: screenTheme.faded }
      : { ...CANVAS_THEMES.contrast, faded: screenTheme.faded }
    : screenTheme;
  const labelSize = Math.round(state.labelSize * s.screen.uiScale);
  const view = currentView();
  if (!view) throw new Error('the canvas is not ready');
  const { width, height } = view.sigma.getDimensions();
  const styles = scope === 'whole' ? wholeStyles(derived, state, s.lang) : derived.styles;
  const capture =
    scope === 'shown'
      ? captureScreen(view, theme, labelSize)
      : captureWhole({
          graph: derived.graph,
          visibility: wholeVisibility(derived),
          styles,
          theme,
          labelSize,
          labelDensity: state.labelDensity,
          width,
          height,
          areas: projectAreas(
            derived.graph,
            wholeVisibility(derived),
            (project) => nameFromData(derived.graph, 'project', project, s.lang) ?? project,
          ),
        });
  const synthetic =
    s.network?.nodes.some((n) => n.attributes.synthetic) ||
    s.network?.edges.some((e) => e.attributes.synthetic);
  const notes: string[] = [];
  if (o.syntheticNote && synthetic) notes.push(t('exporting.notes.synthetic'));
  if (o.dataSource) notes.push(sourceNote(p, t, s.lang));
  if (o.caption) notes.push(captionNote(p, t, s.lang));
  return {
    ...capture,
    width: o.width,
    height: o.height,
    background: o.background,
    ink: theme.label,
    title: o.title.trim() || null,
    subtitle: o.subtitle.trim() || null,
    legend: o.legend ? imageLegend(styles.legend, t, s.lang) : null,
    notes,
  };
}

/** Relative luminance of '#rrggbb' (0 black … 1 white); other colours count as light. */
function luminance(colour: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(colour);
  if (!m) return 1;
  const n = Number.parseInt(m[1]!, 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const dateText = (iso: string | null, lang: string) =>
  iso && !Number.isNaN(Date.parse(iso))
    ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso))
    : '';

function sourceNote(p: Provenance, t: TFunction, lang: string): string {
  const src = p.source;
  if (src.kind === 'database')
    return src.lastImport
      ? t('exporting.notes.database', {
          id: src.lastImport.id,
          date: dateText(src.lastImport.finishedAt ?? src.lastImport.startedAt, lang),
        })
      : t('exporting.notes.databaseNoImport');
  return t('exporting.notes.snapshot', { name: 'name' in src ? src.name : '' });
}

function captionNote(p: Provenance, t: TFunction, lang: string): string {
  const a = p.analysis;
  const value = (v: string) => t(`analysis.values.${v}`, { defaultValue: v });
  const listed = filterText(p.filters, t);
  const filters = listed ? t('exporting.notes.filters', { filters: listed }) : '';
  return t('exporting.notes.caption', {
    date: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(p.exportedAt),
    ),
    app: p.app.name,
    version: p.app.version,
    view: t(`view.${p.view ?? 'all'}`),
    filters,
    weight: a ? value(a.weight ?? 'none') : '–',
    distance: a ? value(a.distance) : '–',
    betweenness: a
      ? a.betweenness.mode === 'sampled'
        ? `${value('sampled')} (k ${a.betweenness.k}, seed ${a.betweenness.seed ?? '–'})`
        : value('exact')
      : '–',
    communities: a
      ? t('exporting.notes.communities', {
          algorithm: a.communities.algorithm === 'leiden' ? 'Leiden' : 'Louvain',
          seed: a.communities.seed,
          resolution: a.communities.resolution ?? 1,
        })
      : '–',
  });
}

/** Active filters as a reader would write them: "years 2001–2005; kinds university, company". */
function filterText(filters: Provenance['filters'], t: TFunction): string {
  if (!filters || typeof filters !== 'object' || Array.isArray(filters)) return '';
  // The filter panel's names where it has one (tieKinds and bureaus are named differently).
  const NAMES: Record<string, string> = { tieKinds: 'ties', bureaus: 'regions' };
  const name = (key: string) => t(`filters.${NAMES[key] ?? key}`, { defaultValue: key });
  return Object.entries(filters)
    .map(([key, value]) => {
      if (key === 'years' && value && typeof value === 'object' && 'from' in value && 'to' in value)
        return `${name(key)} ${String(value.from)}–${String(value.to)}`;
      if (Array.isArray(value)) return `${name(key)} ${value.join(', ')}`;
      return value === true ? name(key) : `${name(key)} ${String(value)}`;
    })
    .join('; ');
}
