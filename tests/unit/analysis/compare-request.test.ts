/**
 * The Compare view's requests (run in the analysis worker) give what `npm run compare`
 * writes for the same input, and what the hand-made network says.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CompareIo } from '../../../cli/compare';
import { runCompare } from '../../../src/analysis/compare-request';
import { AnalysisInputError } from '../../../src/analysis/types';
import { periods } from './compare-fixture';

const dir = mkdtempSync(join(tmpdir(), 'compare-request-'));
const whole = join(dir, 'whole.json');
writeFileSync(whole, JSON.stringify(periods));

async function cli(argv: string[]): Promise<unknown> {
  const out: string[] = [];
  const io: CompareIo = {
    stdout: (t) => out.push(t),
    stderr: () => {},
    writeFile: async () => {},
    writeBinary: async () => {},
    progress: false,
  };
  expect(await main([...argv, '--threads', '1'], io)).toBe(0);
  return JSON.parse(out.join(''));
}

const years = (from: number, to: number) => ({ from, to });

/** The network with a tie projected from a shared project, as the explorer may hold it. */
const withProjected = {
  ...periods,
  edges: [
    ...periods.edges,
    {
      key: 'shared:b|late',
      source: 'b',
      target: 'late',
      undirected: true,
      attributes: { kind: 'shared_project', strength: 1, weight: 1, startYear: null },
    },
  ],
};

describe('compare requests', () => {
  it('two periods: the CLI’s comparison, and the ties in both', async () => {
    const outcome = await runCompare(periods, {
      kind: 'periods',
      a: years(2001, 2005),
      b: years(2006, 2010),
    });
    expect(outcome.kind).toBe('pair');
    if (outcome.kind !== 'pair') return;
    const json = (await cli([whole, '--years', '2001-2005', '--years', '2006-2010'])) as Record<
      string,
      unknown
    >;
    const { settings, ...rest } = JSON.parse(JSON.stringify(outcome.comparison));
    const { settings: cliSettings, ...cliRest } = json;
    expect(rest).toEqual(cliRest);
    expect(settings).toMatchObject({ a: '2001-2005', b: '2006-2010', kind: 'periods' });
    expect(cliSettings).toMatchObject({ a: '2001-2005', b: '2006-2010' });
    expect(outcome.kept).toEqual(['t1']);
    expect(outcome.comparison.ties).toEqual({ added: ['t3', 't5', 't6'], removed: ['t2', 't4'] });
  });

  it('leaves out ties projected from shared projects (participation is not a tie)', async () => {
    const request = { kind: 'periods', a: years(2001, 2005), b: years(2006, 2010) } as const;
    const plain = await runCompare(periods, request);
    const projected = await runCompare(withProjected, request);
    expect(projected).toEqual(plain);
  });

  it('two groups: each the network its members form', async () => {
    const outcome = await runCompare(periods, {
      kind: 'pair',
      by: 'prefecture',
      a: '群馬県',
      b: '長野県',
      years: null,
    });
    if (outcome.kind !== 'pair') throw new Error('expected a pair');
    const c = outcome.comparison;
    expect(c.settings).toMatchObject({
      a: '群馬県',
      b: '長野県',
      kind: 'pair',
      by: 'prefecture',
      groups: ['群馬県', '長野県'],
    });
    // 群馬県: u, c1, early, b and the ties among them; 長野県: c2, late and t5.
    expect(c.a.actors).toBe(4);
    expect(c.b.actors).toBe(2);
    expect(c.ties).toEqual({ added: ['t5'], removed: ['t1', 't3', 't4'] });
    expect(outcome.kept).toEqual([]);
    expect(c.actors.u!.status).toBe('left');
    expect(c.actors.late!.status).toBe('appeared');
  });

  it('two groups in a year window', async () => {
    const outcome = await runCompare(periods, {
      kind: 'pair',
      by: 'prefecture',
      a: '群馬県',
      b: '長野県',
      years: years(2006, 2010),
    });
    if (outcome.kind !== 'pair') throw new Error('expected a pair');
    // In 2006–2010 the early company has no tie and no participation: it is not in 群馬県.
    expect(outcome.comparison.actors.early).toBeUndefined();
    expect(outcome.comparison.ties.removed).toEqual(['t1', 't3']);
  });

  it('all groups: the CLI’s --by table', async () => {
    const outcome = await runCompare(periods, { kind: 'groups', by: 'prefecture', years: null });
    expect(outcome.kind).toBe('groups');
    if (outcome.kind !== 'groups') return;
    expect(JSON.parse(JSON.stringify(outcome.groups))).toEqual(
      await cli([whole, '--by', 'prefecture']),
    );
  });

  it('reports progress after each network measured', async () => {
    const steps: number[] = [];
    await runCompare(
      periods,
      { kind: 'groups', by: 'prefecture', years: null },
      { onStep: (f) => steps.push(f) },
    );
    expect(steps).toEqual([0.5, 1]);
  });

  it('a group the network does not have is an input error naming it', async () => {
    await expect(
      runCompare(periods, {
        kind: 'pair',
        by: 'prefecture',
        a: '群馬県',
        b: '沖縄県',
        years: null,
      }),
    ).rejects.toThrow(new AnalysisInputError('no prefecture "沖縄県" in this network'));
  });
});
