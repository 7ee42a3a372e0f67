/** Level of detail: draw actors as groups (projects, prefectures, communities) or one by one. */
import { useTranslation } from 'react-i18next';
import { groupActions } from '../state/group-actions';
import { GROUP_BY, type GroupBy } from '../state/groups';
import { useExplorer } from './use-explorer';

export function GroupControl() {
  const { t } = useTranslation();
  const groups = useExplorer((s) => s.history.present.groups);
  return (
    <>
      <label className="field">
        <span>{t('groups.heading')}</span>
        <select
          data-testid="group-by"
          value={groups?.by ?? ''}
          onChange={(e) => groupActions.setGrouping((e.target.value || null) as GroupBy | null)}
        >
          <option value="">{t('groups.off')}</option>
          {GROUP_BY.map((by) => (
            <option key={by} value={by}>
              {t(`groups.by.${by}`)}
            </option>
          ))}
        </select>
      </label>
      {groups && (
        <>
          <p className="note">{t('groups.hint')}</p>
          {groups.open.length > 0 && (
            <button type="button" data-testid="close-groups" onClick={groupActions.closeGroups}>
              {t('groups.closeAll', { count: groups.open.length })}
            </button>
          )}
        </>
      )}
    </>
  );
}
