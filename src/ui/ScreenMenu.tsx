import { useTranslation } from 'react-i18next';
import { THEMES, type Theme } from '../model/themes';
import { actions } from '../state/store';
import { useExplorer } from './use-explorer';

export const UI_SCALES = [0.85, 1, 1.25, 1.5, 1.75] as const;

/** Screen settings: theme, the size of text and controls (for a 1920×1080 projector), panels. */
export function ScreenMenu() {
  const { t } = useTranslation();
  const screen = useExplorer((s) => s.screen);
  return (
    <details className="screen-menu" data-testid="screen-menu">
      <summary>{t('screen.heading')}</summary>
      <div className="screen-menu-body">
        <label className="field">
          <span>{t('screen.theme')}</span>
          <select
            value={screen.theme}
            data-testid="screen-theme"
            onChange={(e) => actions.setScreen({ theme: e.target.value as Theme })}
          >
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(`screen.themes.${theme}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('screen.uiScale')}</span>
          <select
            value={screen.uiScale}
            data-testid="screen-scale"
            onChange={(e) => actions.setScreen({ uiScale: Number(e.target.value) })}
          >
            {UI_SCALES.map((scale) => (
              <option key={scale} value={scale}>
                {Math.round(scale * 100)}%
              </option>
            ))}
          </select>
        </label>
      </div>
    </details>
  );
}
