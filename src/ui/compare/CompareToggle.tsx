import { useTranslation } from 'react-i18next';
import { compareActions } from '../../state/compare-store';
import { useExplorer } from '../use-explorer';
import './compare.css';

/** The button on the canvas that opens and closes the Compare view. */
export function CompareToggle() {
  const { t } = useTranslation();
  const open = useExplorer((s) => s.history.present.compare !== undefined);
  return (
    <button
      type="button"
      className={open ? 'compare-toggle primary' : 'compare-toggle'}
      data-testid="compare-toggle"
      data-label-obstacle
      aria-pressed={open}
      onClick={compareActions.toggle}
    >
      {t('compare.open')}
    </button>
  );
}
