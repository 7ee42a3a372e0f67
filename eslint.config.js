import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Lower layers first; each entry lists the folders of src/ it may not import. */
const LAYERS = [
  ['model', ['analysis', 'export', 'data', 'workers', 'state', 'render', 'ui', 'i18n']],
  ['analysis', ['export', 'data', 'workers', 'state', 'render', 'ui', 'i18n']],
  ['export', ['data', 'workers', 'state', 'render', 'ui', 'i18n']],
  ['data', ['workers', 'state', 'render', 'ui', 'i18n']],
  ['workers', ['data', 'state', 'render', 'ui', 'i18n']],
  ['state', ['render', 'ui', 'i18n']],
  ['render', ['ui', 'i18n']],
];

function layerRules() {
  return LAYERS.map(([layer, above]) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: above.map((folder) => ({
            group: [`../${folder}`, `../${folder}/*`, `../../src/${folder}/*`],
            message: `src/${layer} is below src/${folder}: imports point from ui to render, state, data/workers, analysis/export, model.`,
          })),
        },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ['dist', 'var', 'node_modules', 'neo4j/launcher', 'coverage', 'tests/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // Imports point one way: model, then analysis and export, then data and workers, then
  // state, render, ui. A module may import its own layer and the ones below, never above.
  ...layerRules(),
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/render/**/*.{ts,tsx}', 'src/state/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
