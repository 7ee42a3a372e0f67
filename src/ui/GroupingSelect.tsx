import { useTranslation } from 'react-i18next';
import type { GroupingId } from '../state/analysis-view';

/** The grouping for brokerage and E-I: sector (産学官金), cluster programme or community. */
export function GroupingSelect(props: {
  value: GroupingId;
  onChange: (value: GroupingId) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span>{t('analysis.grouping')}</span>
      <select
        data-testid={props.testId}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as GroupingId)}
      >
        <option value="sector">{t('analysis.groupingSector')}</option>
        <option value="cluster">{t('analysis.groupingCluster')}</option>
        <option value="community">{t('analysis.groupingCommunity')}</option>
      </select>
    </label>
  );
}
