/** Rules files: validated against the typed specs, defaults filled in. */
import { describe, expect, it } from 'vitest';
import { parseGapRules, resolveGapParams } from '../../../src/analysis/gaps/rules-file';
import { AnalysisInputError } from '../../../src/analysis/types';

describe('rules files', () => {
  it('fill in the defaults around the values given', () => {
    const p = resolveGapParams(
      parseGapRules({ rules: { 'weak-bridge': { maxTies: 2 } }, introductions: { perGap: 5 } }),
    );
    expect(p.rules['weak-bridge']).toEqual({ maxTies: 2, weakQuantile: 0.5, minGroupSize: 3 });
    expect(p.rules['isolated-member']).toEqual({ maxTies: 0 });
    expect(p.introductions).toEqual({ perGap: 5, limit: 100, fieldWeight: 0.5 });
  });

  it.each([
    [{ rules: { 'no-such-rule': {} } }, 'rules'],
    [{ rules: { 'weak-bridge': { maxTie: 2 } } }, 'maxTie'],
    [{ rules: { 'weak-bridge': { maxTies: 1.5 } } }, 'rules.weak-bridge.maxTies'],
    [{ rules: { 'weak-bridge': { weakQuantile: 2 } } }, 'rules.weak-bridge.weakQuantile'],
    [{ rules: { 'cluster-link': { weighted: 'yes' } } }, 'rules.cluster-link.weighted'],
    [{ thresholds: {} }, 'thresholds'],
    [[], '(top level)'],
  ])('reject %j naming %s', (data, where) => {
    expect(() => parseGapRules(data, 'my-rules.json')).toThrow(AnalysisInputError);
    expect(() => parseGapRules(data, 'my-rules.json')).toThrow(where);
    expect(() => parseGapRules(data, 'my-rules.json')).toThrow('my-rules.json');
  });
});
