import { useTranslation } from 'react-i18next';
import { actions } from '../state/store';
import { useExplorer } from './use-explorer';

/** Messages the user must see (a failed analysis with its reason), each dismissable. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useExplorer((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" data-testid="notices">
      {notices.map((n) => (
        <p key={n.id} className="notice error" role="alert" data-testid="notice">
          <span>{t('analysis.error', { message: n.message })}</span>
          <button
            type="button"
            className="close"
            aria-label={t('app.close')}
            onClick={() => actions.dismissNotice(n.id)}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
