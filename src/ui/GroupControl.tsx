/** Level of detail: draw actors as groups (projects, prefectures, communities) or one by one. */
import { useTranslation } from 'react-i18next';
import { groupActions, networkSize } from '../state/group-actions';
import { AUTO_GROUP_ACTORS, effectiveGrouping, GROUP_BY, type GroupBy } from '../state/groups';
import { useExplorer } from './use-explorer';

const AUTO = 'auto';
const NONE = 'none';

export function GroupControl() {
  const { t, i18n } = useTranslation();
  const choice = useExplorer((s) => s.history.present.groups);
  const network = useExplorer((s) => s.network);
  const size = networkSize(network);
  const drawn = effectiveGrouping(choice, size);
  const value = choice === null ? AUTO : choice === NONE ? NONE : choice.by;
  const number = (n: number) => n.toLocaleString(i18n.language);
  return (
    <>
      <label className="field">
        <span>{t('groups.heading')}</span>
        <select
          data-testid="group-by"
          value={value}
          onChange={(e) => {
            const picked = e.target.value;
            groupActions.setGrouping(picked === AUTO ? null : (picked as GroupBy | typeof NONE));
          }}
        >
          <option value={AUTO}>{t('groups.auto', { limit: number(AUTO_GROUP_ACTORS) })}</option>
          <option value={NONE}>{t('groups.off')}</option>
          {GROUP_BY.map((by) => (
            <option key={by} value={by}>
              {t(`groups.by.${by}`)}
            </option>
          ))}
        </select>
      </label>
      {choice === null && drawn && (
        <p className="note" data-testid="auto-grouped">
          {t('groups.autoOn', { count: number(size.actors) })}
        </p>
      )}
      {drawn && (
        <>
          <p className="note">{t('groups.hint')}</p>
          {drawn.open.length > 0 && (
            <button type="button" data-testid="close-groups" onClick={groupActions.closeGroups}>
              {t('groups.closeAll', { count: drawn.open.length })}
            </button>
          )}
        </>
      )}
    </>
  );
}
