import { useTranslation } from 'react-i18next';
import type { ParamSpec, ParamValue } from '../../analysis/params';
import { resolveGapParams } from '../../analysis/gaps/rules-file';
import { GAP_RULES, INTRODUCTION_PARAMS, type GapRuleId } from '../../analysis/gaps/spec';
import { actions } from '../../state/store';
import { useExplorer } from '../use-explorer';
import { ParamField } from '../ParamField';

/** `introductions` or a rule id: where a threshold lives in the rules-file shape. */
type Owner = GapRuleId | 'introductions';

function setThreshold(owner: Owner, id: string, value: ParamValue) {
  actions.update((s) => {
    const g = s.gapRules;
    if (owner === 'introductions')
      return { ...s, gapRules: { ...g, introductions: { ...g.introductions, [id]: value } } };
    const rules = { ...g.rules, [owner]: { ...g.rules?.[owner], [id]: value } };
    return { ...s, gapRules: { ...g, rules } };
  });
}

/** Every threshold of every rule as a control generated from its typed spec (spec.ts). */
export function GapThresholds({ rule }: { rule?: GapRuleId }) {
  const { t } = useTranslation();
  const gapRules = useExplorer((s) => s.history.present.gapRules);
  const values = resolveGapParams(gapRules);
  const field = (owner: Owner, spec: ParamSpec, value: ParamValue) => (
    <ParamField
      key={`${owner}.${spec.id}`}
      spec={spec}
      testId={`gap-param-${owner}-${spec.id}`}
      value={value}
      onChange={(v) => setThreshold(owner, spec.id, v)}
    />
  );
  if (rule) {
    const own = values.rules[rule] as Record<string, ParamValue>;
    return (
      <div className="gap-thresholds" data-testid={`gap-thresholds-${rule}`}>
        {GAP_RULES[rule].map((spec) => field(rule, spec, own[spec.id]!))}
      </div>
    );
  }
  const intro = values.introductions as Record<string, ParamValue>;
  return (
    <div className="gap-thresholds" data-testid="gap-thresholds">
      {INTRODUCTION_PARAMS.map((spec) => field('introductions', spec, intro[spec.id]!))}
      <button
        type="button"
        className="link"
        data-testid="gap-thresholds-reset"
        onClick={() => actions.update((s) => ({ ...s, gapRules: {} }))}
      >
        {t('gaps.resetThresholds')}
      </button>
    </div>
  );
}
