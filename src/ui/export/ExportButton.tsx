import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDerived } from '../use-explorer';
import { ExportDialog } from './ExportDialog';

/** "Export" at the top of the left panel: opens the export menu for the current view. */
export function ExportButton() {
  const { t } = useTranslation();
  const derived = useDerived();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        data-testid="export-open"
        className="primary"
        disabled={!derived}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('exporting.button')}
      </button>
      {open && derived && <ExportDialog derived={derived} onClose={() => setOpen(false)} />}
    </>
  );
}
