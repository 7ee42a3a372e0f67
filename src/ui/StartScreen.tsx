import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEMO_SNAPSHOT_URL, openSnapshotFile, openSnapshotUrl } from './snapshot-io';
import { SnapshotFileInput } from './SnapshotFileInput';
import { connectToApi } from '../state/bootstrap';
import { useExplorer } from './use-explorer';

/** No server and no snapshot yet: the presenter's way in. */
export function StartScreen({ checking }: { checking: boolean }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  // A failed ?snapshot= load leaves its message in the store.
  const startError = useExplorer((s) => s.error);
  const run = (p: Promise<unknown>) =>
    p.then(
      () => setError(null),
      (e: Error) => setError(t('snapshot.invalid', { message: e.message })),
    );
  if (checking) return <div className="start muted">{t('start.checking')}</div>;
  return (
    <div className="start" data-testid="start-screen">
      <div className="start-card">
        <h2>{t('start.heading')}</h2>
        <p>{t('start.lead')}</p>
        <button
          type="button"
          className="primary big"
          data-testid="open-demo"
          onClick={() => void run(openSnapshotUrl(DEMO_SNAPSHOT_URL, 'demo.json'))}
        >
          {t('start.demo')}
        </button>
        <button type="button" className="big" onClick={() => input.current?.click()}>
          {t('start.file')}
        </button>
        <SnapshotFileInput
          ref={input}
          testId="start-file-input"
          onFile={(file) => void run(openSnapshotFile(file))}
        />
        <p className="muted">{t('start.drop')}</p>
        <button type="button" className="link" onClick={() => void run(connectToApi())}>
          {t('start.live')}
        </button>
        {(error ?? startError) && (
          <p role="alert" className="error">
            {error ?? t('snapshot.invalid', { message: startError })}
          </p>
        )}
      </div>
    </div>
  );
}
