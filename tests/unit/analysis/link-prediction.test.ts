import { describe, expect, it } from 'vitest';
import { compactFromGraph } from '../../../src/analysis/compact-graph';
import { suggestLinks } from '../../../src/analysis/link-prediction';
import { simplify } from '../../../src/analysis/simplify';
import { network } from './helpers';

// An SME tied to a support agency and a bank; the agency also works with a university, a
// public institute and another firm; the bank with the university.
const data = network(
  [
    ['sme', { kind: 'company', fields: ['materials', 'sensors'] }],
    ['agency', { kind: 'support_organisation', fields: [] }],
    ['bank', { kind: 'financial_institution', fields: [] }],
    ['uni', { kind: 'university', fields: ['sensors', 'biotech'] }],
    ['lab', { kind: 'public_research_institute', fields: ['materials'] }],
    ['firm', { kind: 'company', fields: ['sensors'] }],
    ['far-uni', { kind: 'university', fields: ['materials'] }],
    ['far-firm', { kind: 'company', fields: ['sensors'] }],
  ],
  [
    ['sme', 'agency'],
    ['sme', 'bank'],
    ['agency', 'uni'],
    ['agency', 'lab'],
    ['agency', 'firm'],
    ['bank', 'uni'],
    ['far-uni', 'far-firm'],
  ],
);
const { graph } = simplify(data);
const g = compactFromGraph(graph);
const attrs = (i: number) => graph.getNodeAttributes(g.keys[i]!);

describe('link suggestions', () => {
  it('ranks non-neighbours by Adamic–Adar (uni shares two partners)', () => {
    const s = suggestLinks(g, attrs, 'sme');
    expect(s.map((x) => x.id)).toEqual(['uni', 'firm', 'lab']);
    // uni: common partners agency (degree 4) and bank (degree 2).
    expect(s[0]!.adamicAdar).toBeCloseTo(1 / Math.log(4) + 1 / Math.log(2), 12);
    expect(s[0]!.resourceAllocation).toBeCloseTo(1 / 4 + 1 / 2, 12);
    expect(s[0]!.jaccard).toBeCloseTo(2 / 2, 12);
    expect(s[0]!.sharedFields).toEqual(['sensors']);
  });

  it('restricts by kind: which university or public institute should this SME meet', () => {
    const s = suggestLinks(g, attrs, 'sme', { kinds: ['university', 'public_research_institute'] });
    expect(s.map((x) => x.id)).toEqual(['uni', 'lab']);
  });

  it('restricts by field overlap, and can reach beyond the network neighbourhood', () => {
    const s = suggestLinks(g, attrs, 'sme', {
      kinds: ['university', 'public_research_institute'],
      requireFieldOverlap: true,
      includeUnconnected: true,
      score: 'jaccard',
    });
    expect(s.map((x) => x.id)).toEqual(['uni', 'lab', 'far-uni']);
    expect(s[2]).toMatchObject({ commonNeighbors: 0, sharedFields: ['materials'] });
  });

  it('rejects an unknown actor', () => {
    expect(() => suggestLinks(g, attrs, 'nobody')).toThrow(/unknown actor/);
  });
});
