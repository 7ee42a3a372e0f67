/** Every string the gap finder shows exists in Japanese and English. */
import { describe, expect, it } from 'vitest';
import { GAP_RULE_IDS, GAP_RULES, INTRODUCTION_PARAMS } from '../../../src/analysis/gaps/spec';
import { en } from '../../../src/i18n/en';
import { ja } from '../../../src/i18n/ja';

function lookup(resource: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((at, part) => (at as Record<string, unknown>)?.[part], resource);
}

const keys = [
  ...Object.values(GAP_RULES).flatMap((specs) => specs.map((s) => s.labelKey)),
  ...INTRODUCTION_PARAMS.map((s) => s.labelKey),
  ...GAP_RULE_IDS.flatMap((r) => ['title', 'sentence', 'why'].map((k) => `gaps.rules.${r}.${k}`)),
  ...[
    'no-company-tie',
    'licensing-only',
    'below-threshold',
    'single-tie',
    'few-ties',
    'weak-only',
    'unconnected',
  ].map((r) => `gaps.reasons.${r}`),
  ...['prefecture', 'project', 'community', 'cluster', 'financial-institution'].map(
    (s) => `gaps.scope.${s}`,
  ),
];

describe('gap finder texts', () => {
  it.each([
    ['ja', ja],
    ['en', en],
  ])('exist in %s', (_lang, resource) => {
    expect(keys.filter((k) => typeof lookup(resource, k) !== 'string')).toEqual([]);
  });
});
