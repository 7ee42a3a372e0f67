import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { connectionStatus } from '../data/connection-status';

/**
 * Says when the database (or the server) does not answer, counts down to the next automatic
 * attempt and offers to retry now. The retrying itself is the live source's
 * (src/data/retrying-source.ts); the page recovers by itself when the data comes.
 */
export function DatabaseStatus() {
  const { t } = useTranslation();
  const status = useSyncExternalStore(connectionStatus.subscribe, connectionStatus.get);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (status.retryAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [status.retryAt]);
  if (!status.unavailable) return null;
  const seconds = status.retryAt === null ? 0 : Math.ceil((status.retryAt - now) / 1000);
  return (
    <div className="connection-status" role="alert" data-testid="database-status">
      <strong>
        {status.unavailable === 'database' ? t('database.unavailable') : t('database.noServer')}
      </strong>{' '}
      <span>
        {seconds > 0
          ? t('database.retryIn', { seconds, attempt: status.attempt })
          : t('database.retrying')}
      </span>{' '}
      <button type="button" onClick={() => connectionStatus.retryNow()}>
        {t('database.retryNow')}
      </button>
    </div>
  );
}
