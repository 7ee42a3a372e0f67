/**
 * The import direction is enforced by `npm run lint`: a module that imports from a layer
 * above its own fails. Checked on code that climbs, through ESLint's own API with the
 * project's config (not a copy of the rule).
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
async function errorsOf(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('layers', () => {
  it('refuses an import that climbs a layer', { timeout: 60_000 }, async () => {
    expect(
      await errorsOf(
        "import { actions } from '../state/store';\nvoid actions;\n",
        'src/model/x.ts',
      ),
    ).toContain('no-restricted-imports');
    expect(
      await errorsOf(
        "import { currentView } from '../render/current-view';\nvoid currentView;\n",
        'src/state/x.ts',
      ),
    ).toContain('no-restricted-imports');
    expect(
      await errorsOf("import { LANGS } from '../i18n';\nvoid LANGS;\n", 'src/analysis/x.ts'),
    ).toContain('no-restricted-imports');
  });

  it('accepts imports that point down', { timeout: 60_000 }, async () => {
    expect(
      await errorsOf(
        "import { MEASURE_LIST } from '../analysis/registry';\nvoid MEASURE_LIST;\n",
        'src/state/x.ts',
      ),
    ).toEqual([]);
    expect(
      await errorsOf("import { actions } from '../state/store';\nvoid actions;\n", 'src/ui/x.ts'),
    ).toEqual([]);
  });
});
