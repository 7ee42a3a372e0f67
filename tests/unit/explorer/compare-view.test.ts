/**
 * The Compare view's pure parts: settings in the URL, the request they stand for, the tie
 * styles drawn, the actor table (filter, sort, CSV) and the sentences in ja and en, on the
 * hand-made network of the compare tests.
 */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../../src/analysis/compare';
import { runCompare, type PairOutcome } from '../../../src/analysis/compare-request';
import { compareSentences } from '../../../src/export/compare-summary';
import { en } from '../../../src/i18n/en';
import { ja } from '../../../src/i18n/ja';
import type { SerializedNetwork } from '../../../src/model/graph-format';
import { buildBaseGraph } from '../../../src/state/base-graph';
import {
  applyCompareStyles,
  COMPARE_COLOURS,
  compareDrawing,
} from '../../../src/state/compare-drawing';
import {
  compareFromParams,
  compareRequest,
  compareToParams,
  defaultWindows,
} from '../../../src/state/compare-settings';
import {
  actorChangeRows,
  actorChangesCsv,
  filterRows,
  sortRows,
} from '../../../src/state/compare-table';
import { computeStyles } from '../../../src/state/styles';
import { viewStateFromParams, viewStateToParams } from '../../../src/state/url-state';
import { DEFAULT_VIEW_STATE, parseViewState } from '../../../src/state/view-state';
import { periods } from '../analysis/compare-fixture';

let outcome: PairOutcome;
let c: Comparison;
beforeAll(async () => {
  const o = await runCompare(periods, {
    kind: 'periods',
    a: { from: 2001, to: 2005 },
    b: { from: 2006, to: 2010 },
  });
  if (o.kind !== 'pair') throw new Error('expected a pair');
  outcome = o;
  c = o.comparison;
});

describe('compare settings', () => {
  it('split the years in two halves', () => {
    expect(defaultWindows([2001, 2010])).toEqual([
      [2001, 2005],
      [2006, 2010],
    ]);
    expect(defaultWindows([2001, 2009])).toEqual([
      [2001, 2005],
      [2006, 2009],
    ]);
    expect(defaultWindows([2004, 2004])).toEqual([
      [2004, 2004],
      [2004, 2004],
    ]);
  });

  it('round-trip through the URL with the rest of the view', () => {
    for (const compare of [
      {
        mode: 'periods',
        a: [2001, 2004],
        b: [2007, 2010],
        by: 'project',
        groupA: null,
        groupB: null,
      },
      { mode: 'pair', a: null, b: null, by: 'prefecture', groupA: '群馬県', groupB: 'a&b=c' },
      { mode: 'groups', a: null, b: null, by: 'community', groupA: null, groupB: null },
    ] as const) {
      const state = parseViewState({ ...DEFAULT_VIEW_STATE, compare });
      const params = viewStateToParams(state);
      expect(viewStateFromParams(new URLSearchParams(params.toString()))).toEqual(state);
    }
    expect(viewStateToParams(DEFAULT_VIEW_STATE).has('cmp')).toBe(false);
  });

  it('a malformed value falls back, an unknown mode closes the view', () => {
    const read = (q: string) => viewStateFromParams(new URLSearchParams(q)).compare;
    expect(read('cmp=periods&ca=2005-2001&cb=soon')).toMatchObject({ a: [2001, 2005], b: null });
    expect(read('cmp=pair&cby=planet')).toMatchObject({ by: 'project' });
    expect(read('cmp=everything')).toBeUndefined();
    expect(compareFromParams(new URLSearchParams('x=1'))).toBeUndefined();
    const params = new URLSearchParams('cmp=pair&cga=x&keep=1');
    compareToParams(undefined, params);
    expect(params.toString()).toBe('keep=1');
  });

  it('stand for a request: periods by default halves, groups in the year filter', () => {
    const open = (compare: object, years: [number, number] | null = null) =>
      parseViewState({
        ...DEFAULT_VIEW_STATE,
        filters: { ...DEFAULT_VIEW_STATE.filters, years },
        compare,
      });
    expect(compareRequest(open({ mode: 'periods' }), [2001, 2010])).toEqual({
      kind: 'periods',
      a: { from: 2001, to: 2005 },
      b: { from: 2006, to: 2010 },
    });
    expect(compareRequest(open({ mode: 'pair', by: 'bureau', groupA: 'kanto' }), null)).toBeNull();
    expect(
      compareRequest(open({ mode: 'groups', by: 'prefecture' }, [2003, 2004]), [2001, 2010]),
    ).toEqual({ kind: 'groups', by: 'prefecture', years: { from: 2003, to: 2004 } });
    expect(compareRequest(DEFAULT_VIEW_STATE, [2001, 2010])).toBeNull();
  });
});

describe('the comparison on the canvas', () => {
  it('draws both sides, new ties crimson, lost ties faint, leavers faded; the legend counts them', () => {
    const graph = buildBaseGraph(periods as unknown as SerializedNetwork, false);
    const drawing = compareDrawing(graph, outcome);
    expect([...drawing.visibility.nodes].sort()).toEqual(['b', 'c1', 'c2', 'early', 'late', 'u']);
    expect([...drawing.visibility.edges].sort()).toEqual(['t1', 't2', 't3', 't4', 't5', 't6']);
    const base = computeStyles(graph, drawing.visibility, 'kind', 'degree', {}, 'ja');
    const styles = applyCompareStyles(base, drawing);
    expect(styles.edges.get('t3')!.color).toBe(COMPARE_COLOURS.added);
    expect(styles.edges.get('t3')!.size).toBeGreaterThan(base.edges.get('t3')!.size);
    expect(styles.edges.get('t2')!.color).toBe(COMPARE_COLOURS.removed);
    expect(styles.edges.get('t1')!.color).toBe(COMPARE_COLOURS.kept);
    expect(styles.nodes.get('early')!.color).toBe(COMPARE_COLOURS.left);
    expect(styles.nodes.get('u')!.color).toBe(base.nodes.get('u')!.color);
    expect(styles.legend.compare).toMatchObject({
      kind: 'periods',
      a: '2001-2005',
      b: '2006-2010',
      added: { count: 3 },
      removed: { count: 2 },
      kept: { count: 1 },
      left: { count: 1 },
      appeared: 2,
    });
  });
});

describe('the actor table', () => {
  const rows = () =>
    actorChangeRows(
      c,
      (id) => id.toUpperCase(),
      (id) => (id === 'u' ? 'university' : 'company'),
    );

  it('filters who rose, fell, appeared and left', () => {
    expect(filterRows(rows(), 'appeared', 'degree').map((r) => r.id)).toEqual(['b', 'late']);
    expect(filterRows(rows(), 'left', 'degree').map((r) => r.id)).toEqual(['early']);
    // Degree: c2 1 → 2; c1 and u keep 2; b and late appeared, early left (no change).
    expect(filterRows(rows(), 'rose', 'degree').map((r) => r.id)).toEqual(['c2']);
    expect(filterRows(rows(), 'fell', 'degree')).toEqual([]);
  });

  it('sorts by any column, actors on one side only last', () => {
    const sorted = sortRows(rows(), { key: 'degree.delta', descending: true });
    expect(sorted.map((r) => r.id)).toEqual(['c2', 'c1', 'u', 'b', 'early', 'late']);
    const byName = sortRows(rows(), { key: 'name', descending: false });
    expect(byName.map((r) => r.name)).toEqual(['B', 'C1', 'C2', 'EARLY', 'LATE', 'U']);
  });

  it('exports the rows as CSV with the settings first', () => {
    const csv = actorChangesCsv(
      sortRows(rows(), { key: 'degree.delta', descending: true }),
      { a: '2001–2005', b: '2006–2010' },
      [['source', 'demo']],
    );
    const lines = csv.split(/\r?\n/);
    expect(lines[0]).toBe('\uFEFF# source: demo');
    expect(lines[1]).toBe(
      'id,name,kind,status,degree 2001–2005,degree 2006–2010,degree change,betweenness 2001–2005,betweenness 2006–2010,betweenness change,constraint 2001–2005,constraint 2006–2010,constraint change',
    );
    expect(lines[2]!.startsWith('c2,C2,company,both,1,2,1,')).toBe(true);
    expect(lines.filter((l) => l.includes(',left,'))).toHaveLength(1);
  });
});

describe('the summary in words', () => {
  const sentences = async (lang: 'ja' | 'en') => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { ja: { translation: ja }, en: { translation: en } },
      lng: lang,
      interpolation: { escapeValue: false },
    });
    return compareSentences(c, {
      t: (key, values) => i18n.t(key, values ?? {}),
      actor: (id) => `«${id}»`,
      a: '2001–2005',
      b: '2006–2010',
    });
  };

  it('says in English what rose and fell, with the report’s numbers', async () => {
    const s = Object.fromEntries((await sentences('en')).map((x) => [x.id, x.text]));
    expect(s.size).toBe(
      'From 2001–2005 to 2006–2010 the network went from 4 to 5 actors and from 3 to 4 tied pairs: 3 ties began and 2 ended; 2 actors appeared and 1 left.',
    );
    // industry–academia: u–c1 and early–u in 2001–2005, u–c1 and c2–u in 2006–2010: no change.
    expect(s['mixing:industry:academia']).toBeUndefined();
    expect(s['mixing:industry:finance']).toBe(
      `Ties between industry and finance rose from 0 to 1 between 2001–2005 and 2006–2010 (random mixing would give 0 → ${s['mixing:industry:finance']!.match(/0 → ([\d.]+)\)/)![1]}).`,
    );
    // A: the path c2–c1–u–early (mean distance 10/6); B: late–c2–u–c1–b (20/10); one part each.
    expect(s.components).toBe('Components stayed at 1.');
    expect(s.averagePathLength).toBe(
      'Average path length (hops) rose from 1.667 to 2 (actors further apart).',
    );
    expect(s.topDegree).toBe('Most new partners: «c2» (degree 1 → 2).');
  });

  it('says the same in Japanese', async () => {
    const s = Object.fromEntries((await sentences('ja')).map((x) => [x.id, x.text]));
    expect(s.size).toBe(
      '2001–2005 から 2006–2010 にかけて、主体は 4 から 5 に、つながりのある主体の組は 3 から 4 になりました。つながりは 3 件が新たに生まれ、2 件が失われました。主体は 2 が新たに現れ、1 がいなくなりました。',
    );
    expect(s['mixing:industry:finance']).toMatch(
      /^産業（企業）と金融機関のつながりは、2001–2005 から 2006–2010 にかけて 0 件から 1 件に増えました/,
    );
    expect(s.topDegree).toBe('つながりが最も増えたのは «c2»（次数 1 → 2）です。');
  });

  it('only mentions sector pairs whose ties changed, industry–academia first', async () => {
    const ids = (await sentences('en')).map((x) => x.id).filter((id) => id.startsWith('mixing'));
    for (const id of ids) {
      const [, s, t] = id.split(':');
      const count = (side: Comparison['a']) =>
        side.sectorMixing.ties[side.sectorMixing.sectors.indexOf(s!)]![
          side.sectorMixing.sectors.indexOf(t!)
        ];
      expect(count(c.a)).not.toBe(count(c.b));
    }
  });
});
