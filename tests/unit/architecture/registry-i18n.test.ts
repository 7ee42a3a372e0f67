/**
 * The registry's labels, descriptions, parameter and option names are what the explorer
 * shows: every key it declares must exist in Japanese and in English.
 */
import { describe, expect, it } from 'vitest';
import { LINK_SUGGESTION_PARAMS } from '../../../src/analysis/link-prediction';
import { RUN_OPTIONS } from '../../../src/analysis/measure-spec';
import type { ParamSpec } from '../../../src/analysis/params';
import { MEASURE_LIST } from '../../../src/analysis/registry';
import { RUN_SETTINGS } from '../../../src/analysis/run-settings';
import { en } from '../../../src/i18n/en';
import { ja } from '../../../src/i18n/ja';

function lookup(resource: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((at, part) => (at as Record<string, unknown>)?.[part], resource);
}

function keysOf(params: readonly ParamSpec[]): string[] {
  return params.flatMap((p) => [
    p.labelKey,
    ...('options' in p ? p.options.map((o) => `analysis.values.${o}`) : []),
  ]);
}

const keys = [
  ...MEASURE_LIST.flatMap((m) => [
    m.labelKey,
    m.descriptionKey,
    ...m.outputs.map((o) => o.labelKey),
    ...keysOf(m.params),
  ]),
  ...Object.values(RUN_SETTINGS).flatMap((specs) => keysOf(specs)),
  ...RUN_OPTIONS.map((o) => `analysis.options.${o}`),
  ...keysOf(LINK_SUGGESTION_PARAMS),
];

describe('registry texts', () => {
  it.each([
    ['ja', ja],
    ['en', en],
  ])('exist in %s', (_lang, resource) => {
    const missing = keys.filter((k) => typeof lookup(resource, k) !== 'string');
    expect(missing).toEqual([]);
  });
});
