import { describe, expect, it } from 'vitest';
import * as history from '../../../src/state/history';
import {
  hasViewParams,
  viewStateFromParams,
  viewStateToParams,
} from '../../../src/state/url-state';
import { DEFAULT_VIEW_STATE, toggleIn, type ViewState } from '../../../src/state/view-state';

const custom: ViewState = {
  view: 'knowledge',
  projection: true,
  colourBy: 'community',
  sizeBy: 'crossSector',
  colourMeasure: 'pagerank',
  labelDensity: 2.4,
  labelSize: 18,
  filters: {
    kinds: ['university', 'tlo'],
    bureaus: ['kanto', 'kinki'],
    prefectures: ['群馬県'],
    sizeClasses: ['micro', 'small'],
    projects: ['PRJ-KC-NAGANO-2'],
    programmes: ['knowledge_cluster'],
    tieKinds: ['joint_research', 'shared_project'],
    years: [2003, 2008],
    hideIsolated: true,
  },
  time: { mode: 'window', width: 4 },
  focus: { node: 'UNI-SHINSHU', depth: 2, layout: true },
  pathFrom: 'A~1',
  pathTo: 'B,2',
  selected: '群馬大学',
  groups: { by: 'prefecture', open: ['長野県', '群馬県'] },
  analysis: {
    settings: {
      weight: { weight: 'weight' },
      distance: { distance: 'inverse' },
      betweenness: { mode: 'sampled', k: 200, seed: 7 },
      communities: { seed: 3, resolution: 1.5 },
    },
    params: {
      brokerage: { groups: 'cluster' },
      eiIndex: { groups: 'community', weighted: true },
      pagerank: { alpha: 0.9 },
    },
  },
  gapRules: {
    rules: {
      'weak-bridge': { maxTies: 2, weakQuantile: 0.25 },
      'cluster-link': { weighted: true },
    },
    introductions: { perGap: 5 },
  },
  compare: {
    mode: 'pair',
    a: null,
    b: null,
    by: 'prefecture',
    groupA: '群馬県',
    groupB: '長野&県',
  },
};

describe('view state in the URL', () => {
  it('writes nothing for the default view', () => {
    expect(viewStateToParams(DEFAULT_VIEW_STATE).toString()).toBe('');
    expect(viewStateFromParams(new URLSearchParams())).toEqual(DEFAULT_VIEW_STATE);
  });

  it('round-trips every field, including ids with separators and Japanese', () => {
    const query = viewStateToParams(custom).toString();
    expect(viewStateFromParams(new URLSearchParams(query))).toEqual(custom);
  });

  it('keeps other parameters (lang, snapshot) and tells view parameters apart', () => {
    const params = new URLSearchParams('lang=en&snapshot=demo.json');
    expect(hasViewParams(params)).toBe(false);
    viewStateToParams(custom, params);
    expect(params.get('lang')).toBe('en');
    expect(hasViewParams(params)).toBe(true);
  });

  it('drops unknown or malformed values instead of failing', () => {
    const state = viewStateFromParams(
      new URLSearchParams(
        'view=galaxy&colour=rainbow&kinds=company,alien&ties=spin_off,x&years=20-30&labels=-1&focus=X~7',
      ),
    );
    expect(state.view).toBe('all');
    expect(state.colourBy).toBe('kind');
    expect(state.filters.kinds).toEqual(['company']);
    expect(state.filters.tieKinds).toEqual(['spin_off']);
    expect(state.filters.years).toBeNull();
    expect(state.labelDensity).toBe(1);
    expect(state.focus).toBeNull();
  });
});

describe('undo history', () => {
  it('undoes and redoes, and a new change clears the redo branch', () => {
    let h = history.startHistory(1);
    h = history.push(h, 2);
    h = history.push(h, 3);
    h = history.undo(h);
    expect(h.present).toBe(2);
    h = history.redo(h);
    expect(h.present).toBe(3);
    h = history.undo(history.undo(h));
    expect(h.present).toBe(1);
    expect(history.undo(h)).toBe(h);
    h = history.push(h, 9);
    expect(h.future).toEqual([]);
    expect(history.redo(h)).toBe(h);
  });

  it('replace changes the present without an undo step; the history is bounded', () => {
    let h = history.startHistory(0);
    h = history.replace(h, 5);
    expect(h.past).toEqual([]);
    for (let i = 1; i <= 150; i++) h = history.push(h, i);
    expect(h.past.length).toBe(100);
  });

  it('toggleIn adds and removes', () => {
    expect(toggleIn(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleIn(['a', 'b'], 'a')).toEqual(['b']);
  });
});
