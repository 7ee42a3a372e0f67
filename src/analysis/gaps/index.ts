/** The gap finder (rules, introductions, report): see run-gaps.ts and spec.ts. */
export { findGaps, type GapOptions, type GapAnalysisOptions } from './run-gaps';
export {
  GAP_RULE_IDS,
  GAP_RULES,
  INTRODUCTION_PARAMS,
  SURVEY_ACADEMIC_SHARE,
  type GapRuleId,
  type RuleParams,
  type IntroductionParams,
} from './spec';
export {
  parseGapRules,
  resolveGapParams,
  GapRulesSchema,
  type GapRulesInput,
  type GapParams,
} from './rules-file';
export { tiesOnly } from './gap-network';
export { articulationCutOffs, type CutOff } from './cut-off';
export type * from './types';
