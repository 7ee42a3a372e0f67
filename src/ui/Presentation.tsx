import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { yearBounds } from '../state/activity';
import type { Derived } from '../state/derived';
import { inLang } from '../state/story';
import { storyActions } from '../state/story-actions';
import { useExplorer } from './use-explorer';

/** Keys a presentation clicker or a keyboard sends to step forward or back. */
const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p']);

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** Stepping keys, full screen and leaving the presentation. */
function usePresentationKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if ((e.target as HTMLElement).closest('input, textarea, select')) return;
      if (NEXT.has(e.key)) storyActions.next();
      else if (PREVIOUS.has(e.key)) storyActions.previous();
      else if (e.key === 'Home') storyActions.show(0);
      else if (e.key === 'End') storyActions.last();
      else if (e.key === 'f' || e.key === 'F') toggleFullscreen();
      else if (e.key === 'Escape') storyActions.stopPresenting();
      else return;
      e.preventDefault();
    };
    // Leaving full screen (the browser's own Esc) ends the presentation too.
    let wasFull = Boolean(document.fullscreenElement);
    const onFullscreen = () => {
      const full = Boolean(document.fullscreenElement);
      if (wasFull && !full) storyActions.stopPresenting();
      wasFull = full;
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);
}

/** What the audience sees over the canvas: the step's title and caption, where we are. */
export function Presentation({ derived }: { derived: Derived }) {
  const { t } = useTranslation();
  const story = useExplorer((s) => s.story);
  const active = useExplorer((s) => s.activeStep);
  const lang = useExplorer((s) => s.lang);
  const years = useExplorer((s) => s.history.present.filters.years);
  usePresentationKeys();
  const index = story.steps.findIndex((s) => s.id === active);
  // A window from the first year (the cumulative time control) reads as the year it reaches.
  const first = yearBounds(derived.graph)?.[0];
  const yearText =
    years && (years[0] === years[1] || (first !== undefined && years[0] <= first))
      ? String(years[1])
      : years
        ? `${years[0]}–${years[1]}`
        : null;
  const step = story.steps[index];
  if (!step) return null;
  const title = inLang(step.title, lang);
  const caption = inLang(step.caption, lang);
  return (
    <div className="present-overlay" data-testid="presentation">
      {title && (
        <h1 className="present-title" data-testid="present-title" data-label-obstacle>
          {title}
        </h1>
      )}
      {yearText && (
        <div className="present-year" data-testid="present-year" data-label-obstacle>
          {yearText}
        </div>
      )}
      {caption && (
        <p className="present-caption" data-testid="present-caption" data-label-obstacle>
          {caption}
        </p>
      )}
      <nav className="present-nav" aria-label={t('present.navigation')} data-label-obstacle>
        <button
          type="button"
          onClick={storyActions.previous}
          disabled={index <= 0}
          aria-label={t('present.previous')}
        >
          ‹
        </button>
        <span data-testid="present-position">
          {index + 1} / {story.steps.length}
        </span>
        <button
          type="button"
          onClick={storyActions.next}
          disabled={index >= story.steps.length - 1}
          aria-label={t('present.next')}
        >
          ›
        </button>
        <button type="button" onClick={toggleFullscreen}>
          {t('present.fullscreen')}
        </button>
        <button
          type="button"
          onClick={storyActions.stopPresenting}
          aria-label={t('present.exit')}
          data-testid="present-exit"
        >
          ✕
        </button>
      </nav>
    </div>
  );
}
