/** Year windows (src/model/year-window.ts): the rules of issue 12, case by case. */
import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from 'graphology-types';
import {
  datedCounts,
  datedInWindow,
  filterByYears,
  parseYearWindow,
} from '../../../src/model/year-window';

const w = (from: number, to: number) => ({ from, to });

describe('a tie in a window', () => {
  it('overlaps: start ≤ to and end ≥ from, both ends included', () => {
    const tie = { startYear: 2003, endYear: 2007 };
    expect(datedInWindow(tie, w(2001, 2005))).toBe(true);
    expect(datedInWindow(tie, w(2007, 2010))).toBe(true);
    expect(datedInWindow(tie, w(2001, 2003))).toBe(true);
    expect(datedInWindow(tie, w(2008, 2010))).toBe(false);
    expect(datedInWindow(tie, w(1998, 2002))).toBe(false);
  });

  it('without an end year it lasts its start year only', () => {
    expect(datedInWindow({ startYear: 2004, endYear: null }, w(2004, 2004))).toBe(true);
    expect(datedInWindow({ startYear: 2004, endYear: null }, w(2005, 2010))).toBe(false);
    // Only an end year: that year stands for the start too.
    expect(datedInWindow({ startYear: null, endYear: 2006 }, w(2001, 2005))).toBe(false);
    expect(datedInWindow({ startYear: null, endYear: 2006 }, w(2006, 2010))).toBe(true);
  });

  it('without years it is in every window', () => {
    expect(datedInWindow({ startYear: null, endYear: null }, w(1900, 1900))).toBe(true);
    expect(datedInWindow({}, w(2001, 2005))).toBe(true);
  });
});

describe('filterByYears', () => {
  const net: SerializedGraph = {
    attributes: {
      projects: [
        { id: 'P-EARLY', startYear: 2001, endYear: 2005 },
        { id: 'P-LATE', startYear: 2006, endYear: 2010 },
        { id: 'P-UNDATED', startYear: null, endYear: null },
      ],
    },
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    nodes: [
      { key: 'early-tie', attributes: { participations: [] } },
      { key: 'early-partner', attributes: { participations: [] } },
      { key: 'late-tie', attributes: { participations: [] } },
      { key: 'late-partner', attributes: { participations: [] } },
      // No ties: in by a participation's own years, else by its project's years.
      {
        key: 'own-years',
        attributes: { participations: [{ project: 'P-LATE', startYear: 2003, endYear: 2004 }] },
      },
      { key: 'project-years', attributes: { participations: [{ project: 'P-EARLY' }] } },
      {
        key: 'late-project',
        attributes: { participations: [{ project: 'P-LATE', startYear: null, endYear: null }] },
      },
      { key: 'undated-project', attributes: { participations: [{ project: 'P-UNDATED' }] } },
      { key: 'no-years', attributes: { participations: [] } },
      { key: 'undated-tie-a', attributes: {} },
      { key: 'undated-tie-b', attributes: {} },
    ],
    edges: [
      {
        key: 't-early',
        source: 'early-tie',
        target: 'early-partner',
        attributes: { startYear: 2002, endYear: 2004 },
      },
      {
        key: 't-late',
        source: 'late-tie',
        target: 'late-partner',
        attributes: { startYear: 2007, endYear: null },
      },
      {
        key: 't-undated',
        source: 'undated-tie-a',
        target: 'undated-tie-b',
        attributes: { startYear: null, endYear: null },
      },
    ],
  };

  it('keeps the ties and actors of 2001–2005', () => {
    const r = filterByYears(net, w(2001, 2005));
    expect(r.edges.map((e) => e.key)).toEqual(['t-early', 't-undated']);
    expect(r.nodes.map((n) => n.key)).toEqual([
      'early-tie',
      'early-partner',
      'own-years',
      'project-years',
      'undated-project',
      'no-years',
      'undated-tie-a',
      'undated-tie-b',
    ]);
    expect(r.attributes.years).toEqual({ from: 2001, to: 2005 });
  });

  it('keeps the ties and actors of 2006–2010', () => {
    const r = filterByYears(net, w(2006, 2010));
    expect(r.edges.map((e) => e.key)).toEqual(['t-late', 't-undated']);
    expect(r.nodes.map((n) => n.key)).toEqual([
      'late-tie',
      'late-partner',
      'late-project',
      'undated-project',
      'no-years',
      'undated-tie-a',
      'undated-tie-b',
    ]);
  });

  it('leaves the input unchanged', () => {
    const before = JSON.stringify(net);
    filterByYears(net, w(2001, 2001));
    expect(JSON.stringify(net)).toBe(before);
  });

  it('counts what carries years', () => {
    // Ties t-early and t-late; participations own-years, project-years and late-project
    // (P-UNDATED has none).
    expect(datedCounts(net)).toEqual({ ties: 2, participations: 3 });
  });
});

describe('parseYearWindow', () => {
  it('reads ranges and single years, also full-width', () => {
    expect(parseYearWindow('2001-2005')).toEqual(w(2001, 2005));
    expect(parseYearWindow('2003')).toEqual(w(2003, 2003));
    expect(parseYearWindow('２００１－２００５')).toEqual(w(2001, 2005));
    expect(parseYearWindow('2001〜2005')).toEqual(w(2001, 2005));
  });

  it('refuses what is not a window', () => {
    expect(() => parseYearWindow('2005-2001')).toThrow(/end before it starts/);
    expect(() => parseYearWindow('2001-')).toThrow(/YYYY-YYYY/);
    expect(() => parseYearWindow('recent')).toThrow(/YYYY-YYYY/);
  });
});
