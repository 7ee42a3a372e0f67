import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisProgress } from '../../analysis/types';
import { CANVAS_THEMES } from '../../model/themes';
import { currentView } from '../../render/current-view';
import type { Derived } from '../../state/derived';
import type { ExportScope } from '../../state/export-scope';
import { ALL_MEASURES } from '../../state/scope-analysis';
import { FILE_FORMATS } from '../../workers/export-protocol';
import { formatNumber } from '../labels';
import { useExplorer } from '../use-explorer';
import {
  IMAGE_FORMATS,
  isImage,
  runExport,
  type ExportFormat,
  type ImageOptions,
} from './run-export';

const FORMATS: readonly ExportFormat[] = [...IMAGE_FORMATS, ...FILE_FORMATS];
const MAX_CANVAS_SIDE = 16_384;

type Status =
  | { phase: 'idle' }
  | { phase: 'computing'; progress: AnalysisProgress | null }
  | { phase: 'writing' }
  | { phase: 'done'; files: string[] }
  | { phase: 'failed'; message: string }
  | { phase: 'cancelled' };

/** Kept for the session, so a second export starts from the first one's choices. */
let remembered: { format: ExportFormat; scope: ExportScope; image: ImageOptions | null } = {
  format: 'png',
  scope: 'shown',
  image: null,
};

function defaultImage(): ImageOptions {
  const dims = currentView()?.sigma.getDimensions();
  // Room for the legend column and the notes, so the graph keeps its size on screen.
  return {
    width: Math.round((dims?.width ?? 1000) + 280),
    height: Math.round((dims?.height ?? 700) + 60),
    scale: 2,
    background: '#ffffff',
    title: '',
    subtitle: '',
    legend: true,
    syntheticNote: true,
    dataSource: true,
    caption: false,
  };
}

/** The export menu: format, what to export, image options; runs and reports one export. */
export function ExportDialog({ derived, onClose }: { derived: Derived; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useExplorer((s) => s.lang);
  const theme = useExplorer((s) => s.screen.theme);
  const [format, setFormat] = useState<ExportFormat>(remembered.format);
  const [scope, setScope] = useState<ExportScope>(remembered.scope);
  const [image, setImage] = useState<ImageOptions>(() => remembered.image ?? defaultImage());
  const [status, setStatus] = useState<Status>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const busy = status.phase === 'computing' || status.phase === 'writing';
  useEffect(() => {
    remembered = { format, scope, image };
  }, [format, scope, image]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !busy) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [busy, onClose]);
  useEffect(() => () => controller.current?.abort(), []);

  const set = (patch: Partial<ImageOptions>) => setImage((i) => ({ ...i, ...patch }));
  const n = (v: number) => formatNumber(v, lang);
  const start = () => {
    const c = new AbortController();
    controller.current = c;
    setStatus({ phase: 'computing', progress: null });
    runExport(format, scope, image, derived, t, {
      signal: c.signal,
      onProgress: (phase, progress) =>
        setStatus(
          phase === 'computing' ? { phase, progress: progress ?? null } : { phase: 'writing' },
        ),
    }).then(
      (files) => setStatus({ phase: 'done', files }),
      (error: Error) =>
        setStatus(
          c.signal.aborted
            ? { phase: 'cancelled' }
            : { phase: 'failed', message: error.message || String(error) },
        ),
    );
  };
  const image_ = isImage(format);
  // Chromium's canvas limit: 16,384 pixels a side.
  const tooLarge =
    format === 'png' && Math.max(image.width, image.height) * image.scale > MAX_CANVAS_SIDE;

  return (
    <div className="modal-backdrop" onClick={() => !busy && onClose()}>
      <div
        className="modal export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="export-heading"
        data-testid="export-dialog"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="export-heading">{t('exporting.heading')}</h2>
        <fieldset disabled={busy}>
          <legend>{t('exporting.format')}</legend>
          <div className="format-grid">
            {FORMATS.map((f) => (
              <label key={f} className="check">
                <input
                  type="radio"
                  name="export-format"
                  value={f}
                  data-testid={`export-format-${f}`}
                  checked={format === f}
                  onChange={() => setFormat(f)}
                />
                {t(`exporting.formats.${f}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset disabled={busy}>
          <legend>{t('exporting.scope')}</legend>
          <label className="check">
            <input
              type="radio"
              name="export-scope"
              data-testid="export-scope-shown"
              checked={scope === 'shown'}
              onChange={() => setScope('shown')}
            />
            {t('exporting.scopeShown', {
              nodes: n(derived.shown.nodes.size),
              edges: n(derived.shown.edges.size),
            })}
          </label>
          <label className="check">
            <input
              type="radio"
              name="export-scope"
              data-testid="export-scope-whole"
              checked={scope === 'whole'}
              onChange={() => setScope('whole')}
            />
            {t('exporting.scopeWhole', {
              nodes: n(derived.graph.order),
              edges: n(derived.graph.size),
            })}
          </label>
          <p className="note">{t('exporting.scopeHelp')}</p>
          {!image_ && (
            <p className="note">{t('exporting.measuresNote', { count: ALL_MEASURES.length })}</p>
          )}
        </fieldset>
        {image_ && (
          <fieldset disabled={busy} className="image-options">
            <legend>{t('exporting.image')}</legend>
            <div className="row">
              <label className="field">
                <span>{t('exporting.width')}</span>
                <input
                  type="number"
                  min={200}
                  max={8000}
                  value={image.width}
                  data-testid="export-width"
                  onChange={(e) => set({ width: clampSize(e.target.value) })}
                />
              </label>
              <label className="field">
                <span>{t('exporting.height')}</span>
                <input
                  type="number"
                  min={200}
                  max={8000}
                  value={image.height}
                  data-testid="export-height"
                  onChange={(e) => set({ height: clampSize(e.target.value) })}
                />
              </label>
              {format === 'png' && (
                <label className="field">
                  <span>{t('exporting.scale')}</span>
                  <select
                    value={image.scale}
                    data-testid="export-scale"
                    onChange={(e) => set({ scale: Number(e.target.value) })}
                  >
                    {[1, 2, 3, 4].map((s) => (
                      <option key={s} value={s}>
                        {t('exporting.scaleOption', { n: s })}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </div>
            {format === 'png' && (
              <p className={tooLarge ? 'error' : 'note'} data-testid="export-pixels">
                {t('exporting.pixels', {
                  width: n(image.width * image.scale),
                  height: n(image.height * image.scale),
                })}
                {tooLarge && ` — ${t('exporting.tooLarge', { max: n(MAX_CANVAS_SIDE) })}`}
              </p>
            )}
            <div className="row">
              <label className="field">
                <span>{t('exporting.background')}</span>
                <input
                  type="color"
                  value={image.background ?? CANVAS_THEMES[theme].background}
                  disabled={image.background === null}
                  data-testid="export-background"
                  onChange={(e) => set({ background: e.target.value })}
                />
              </label>
              <label className="check">
                <input
                  type="checkbox"
                  checked={image.background === null}
                  data-testid="export-transparent"
                  onChange={(e) =>
                    set({ background: e.target.checked ? null : CANVAS_THEMES[theme].background })
                  }
                />
                {t('exporting.transparent')}
              </label>
            </div>
            <label className="field">
              <span>{t('exporting.title')}</span>
              <input
                type="text"
                value={image.title}
                data-testid="export-title"
                onChange={(e) => set({ title: e.target.value })}
              />
            </label>
            <label className="field">
              <span>{t('exporting.subtitle')}</span>
              <input
                type="text"
                value={image.subtitle}
                data-testid="export-subtitle"
                onChange={(e) => set({ subtitle: e.target.value })}
              />
            </label>
            {(
              [
                ['legend', 'export-legend', 'exporting.legend'],
                ['syntheticNote', 'export-synthetic', 'exporting.syntheticNote'],
                ['dataSource', 'export-source', 'exporting.dataSource'],
                ['caption', 'export-caption', 'exporting.caption'],
              ] as const
            ).map(([key, testId, label]) => (
              <label className="check" key={key}>
                <input
                  type="checkbox"
                  checked={image[key]}
                  data-testid={testId}
                  onChange={(e) => set({ [key]: e.target.checked })}
                />
                {t(label)}
              </label>
            ))}
          </fieldset>
        )}
        <div className="status" role="status" data-testid="export-status">
          {status.phase === 'computing' &&
            t('exporting.computing', {
              percent: Math.round((status.progress?.fraction ?? 0) * 100),
            })}
          {status.phase === 'writing' && t('exporting.writing')}
          {status.phase === 'done' && t('exporting.done', { files: status.files.join(', ') })}
          {status.phase === 'cancelled' && t('exporting.cancelled')}
          {status.phase === 'failed' && (
            <span className="error">{t('exporting.failed', { message: status.message })}</span>
          )}
        </div>
        <div className="button-row">
          {busy ? (
            <button
              type="button"
              data-testid="export-cancel"
              onClick={() => controller.current?.abort()}
            >
              {t('exporting.cancel')}
            </button>
          ) : (
            <button
              type="button"
              className="primary"
              data-testid="export-run"
              disabled={tooLarge}
              onClick={start}
            >
              {t('exporting.run')}
            </button>
          )}
          <button type="button" data-testid="export-close" disabled={busy} onClick={onClose}>
            {t('exporting.close')}
          </button>
        </div>
      </div>
    </div>
  );
}

function clampSize(value: string): number {
  const v = Math.round(Number(value));
  return Number.isFinite(v) ? Math.min(8000, Math.max(200, v)) : 1200;
}
