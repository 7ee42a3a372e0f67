/**
 * Display themes: the everyday light theme, a high-contrast dark theme for dim halls and a
 * light projector theme (pure white, black bold labels) for washed-out projectors. The page
 * takes its colours from CSS (`data-theme`); the canvas, which CSS does not reach, from here.
 */
export const THEMES = ['light', 'contrast', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

export interface CanvasTheme {
  background: string;
  label: string;
  /** Outline drawn under label text so it reads over ties. */
  halo: string;
  labelWeight: string;
  /** Actors outside a highlight (hover, focus, path). */
  faded: string;
  /** Ties' brightness is multiplied by this: light ties glare on a dark canvas. */
  edgeAlpha: number;
}

export const CANVAS_THEMES: Record<Theme, CanvasTheme> = {
  light: {
    background: '#fbfbfc',
    label: '#1F2933',
    halo: 'rgba(255, 255, 255, 0.9)',
    labelWeight: '500',
    faded: '#ECEEF1',
    edgeAlpha: 1,
  },
  contrast: {
    background: '#0b0f14',
    label: '#ffffff',
    halo: 'rgba(0, 0, 0, 0.95)',
    labelWeight: '600',
    faded: '#262c34',
    edgeAlpha: 0.45,
  },
  projector: {
    background: '#ffffff',
    label: '#000000',
    halo: '#ffffff',
    labelWeight: '700',
    faded: '#dadde2',
    edgeAlpha: 1,
  },
};
