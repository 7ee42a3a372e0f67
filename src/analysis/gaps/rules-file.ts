/**
 * Rule thresholds from a rules file (`npm run gaps -- --rules rules.json`) or the explorer's
 * view state, checked against the typed specs in spec.ts: the zod schema is generated from
 * them, so a misspelt rule or parameter, a wrong type or a value out of bounds is an error
 * naming the place, never a silent default.
 *
 * ```json
 * { "rules": { "sme-no-academic-tie": { "minAcademicTies": 2 } }, "introductions": { "perGap": 5 } }
 * ```
 */
import { z } from 'zod';
import { resolveParams, type ParamSpec } from '../params';
import { AnalysisInputError } from '../types';
import {
  GAP_RULE_IDS,
  GAP_RULES,
  INTRODUCTION_PARAMS,
  type GapRuleId,
  type IntroductionParams,
  type RuleParams,
} from './spec';

export interface GapRulesInput {
  rules?: { [R in GapRuleId]?: Readonly<Record<string, unknown>> };
  introductions?: Readonly<Record<string, unknown>>;
}

export interface GapParams {
  rules: RuleParams;
  introductions: IntroductionParams;
}

function paramSchema(spec: ParamSpec): z.ZodType {
  switch (spec.type) {
    case 'number': {
      let n = z.number();
      if (spec.integer) n = n.int();
      if (spec.min !== undefined) n = n.min(spec.min);
      if (spec.max !== undefined) n = n.max(spec.max);
      return n;
    }
    case 'boolean':
      return z.boolean();
    case 'enum':
      return z.enum(spec.options as [string, ...string[]]);
    case 'attribute':
      return z.string().min(1).nullable();
  }
}

const paramsSchema = (specs: readonly ParamSpec[]) =>
  z.strictObject(Object.fromEntries(specs.map((s) => [s.id, paramSchema(s).optional()])));

export const GapRulesSchema = z.strictObject({
  rules: z
    .strictObject(
      Object.fromEntries(GAP_RULE_IDS.map((id) => [id, paramsSchema(GAP_RULES[id]).optional()])),
    )
    .optional(),
  introductions: paramsSchema(INTRODUCTION_PARAMS).optional(),
});

/** A rules file's content, validated; throws AnalysisInputError naming every problem. */
export function parseGapRules(data: unknown, origin = 'rules'): GapRulesInput {
  const parsed = GapRulesSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`,
    );
    throw new AnalysisInputError(`${origin}: ${problems.join('; ')}`);
  }
  return parsed.data as GapRulesInput;
}

/** Every rule's parameters and the introduction settings, defaults filled in. */
export function resolveGapParams(input: GapRulesInput = {}): GapParams {
  const rules = Object.fromEntries(
    GAP_RULE_IDS.map((id) => [id, resolveParams(GAP_RULES[id], input.rules?.[id], id)]),
  ) as RuleParams;
  return {
    rules,
    introductions: resolveParams(INTRODUCTION_PARAMS, input.introductions, 'introductions'),
  };
}
