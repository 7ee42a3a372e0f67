/**
 * The gap finder on the demo: per rule, exactly the actors, groups and ties the generator
 * plants (scripts/demo/planted.ts, read from the generator's own records) and, for the
 * structural rules nobody plants one by one, exactly what networkx finds by brute force
 * (tests/fixtures/reference/gaps-demo.json from scripts/reference/gaps_reference.py).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadImportInput } from '../../../cli/load-import-input';
import { findGaps } from '../../../src/analysis/gaps/run-gaps';
import type { FindingOf, GapReport } from '../../../src/analysis/gaps/types';
import type { GapRuleId } from '../../../src/analysis/gaps/spec';
import { generateDemo } from '../../../scripts/demo/generate';
import { plantedGaps, type PlantedGaps } from '../../../scripts/demo/planted';

interface Reference {
  articulationPoints: Record<string, string[]>;
  brokers: Record<string, { betweenness: number; before: number; after: number; pairs: number }>;
  weakTieThreshold: number;
  weakBridges: { scope: string; group: string; reason: string; links: number }[];
  clusterLink: { ties: string[]; external: number; internal: number; eiIndex: number };
}
const reference = JSON.parse(
  readFileSync(new URL('../../fixtures/reference/gaps-demo.json', import.meta.url), 'utf8'),
) as Reference;

let report: GapReport;
let planted: PlantedGaps;
const finding = <R extends GapRuleId>(rule: R) =>
  report.findings.find((f) => f.rule === rule) as FindingOf<R>;
const sorted = (xs: Iterable<string>) => [...xs].sort();

beforeAll(async () => {
  const network = await loadImportInput('data/demo', () => {});
  report = await findGaps(network, { view: 'all' });
  planted = plantedGaps(generateDemo(20080701));
}, 60_000);

describe('the gap finder on the demo, default thresholds', () => {
  it('reports one finding per rule, in the order of the rule ids', () => {
    expect(report.findings.map((f) => f.rule)).toEqual([
      'sme-no-academic-tie',
      'academia-no-industry-tie',
      'no-finance-tie',
      'single-point-of-failure',
      'weak-bridge',
      'cluster-link',
      'isolated-member',
    ]);
    for (const f of report.findings) expect(f.count).toBe(f.items.length);
  });

  it('sme-no-academic-tie: exactly the SMEs the generator left without academia', () => {
    const f = finding('sme-no-academic-tie');
    expect(f.items.map((i) => i.actor)).toEqual(planted.smeNoAcademicTie);
    expect(f.count).toBe(154);
    expect(f.smes).toBe(264);
    // Shares by size class: SMEs with a tie per class, large firms beside them for the 31.5 %.
    expect(f.bySizeClass.map((r) => [r.group, r.companies, r.withAcademicTie])).toEqual([
      ['micro', 86, 39],
      ['small', 113, 45],
      ['medium', 65, 26],
      ['large', 11, 7],
    ]);
    expect(f.bySizeClass.find((r) => r.group === 'large')!.survey).toEqual([
      { band: '301+', share: 0.315 },
    ]);
    expect(f.byPrefecture.map((r) => [r.group, r.companies, r.withAcademicTie])).toEqual([
      ['群馬県', 182, 71],
      ['長野県', 82, 39],
    ]);
  });

  it('academia-no-industry-tie: the TLOs that only license and the university without firms', () => {
    const f = finding('academia-no-industry-tie');
    const by = (reason: string) => f.items.filter((i) => i.reason === reason).map((i) => i.actor);
    expect(by('licensing-only')).toEqual(planted.licensingOnly);
    expect(by('no-company-tie')).toEqual(planted.noCompanyTie);
    expect(by('licensing-only')).toEqual(['TLO-JOMO', 'TLO-KANTO-NET']);
    expect(by('no-company-tie')).toEqual(['UNI-TITECH']);
    expect(f.items.find((i) => i.actor === 'TLO-JOMO')!.licensingTies).toBe(11);
  });

  it('no-finance-tie: the prefectures, project and bank the generator leaves apart', () => {
    const f = finding('no-finance-tie');
    const groups = (scope: string) =>
      sorted(f.items.filter((i) => i.scope === scope).map((i) => ('group' in i ? i.group : '')));
    expect(groups('prefecture')).toEqual(planted.prefecturesWithoutFinance);
    expect(groups('project')).toEqual(planted.projectsWithoutFinance);
    expect(groups('community')).toEqual([]);
    expect(
      f.items
        .filter((i) => i.scope === 'financial-institution')
        .map((i) => ('actor' in i ? i.actor : '')),
    ).toEqual(planted.financeAtTheEdge);
    expect(planted.prefecturesWithoutFinance).toEqual(['東京都', '栃木県']);
    expect(planted.projectsWithoutFinance).toEqual(['PRJ-RD-RESIN']);
    expect(planted.financeAtTheEdge).toEqual(['FIN-TONE-SK']);
    expect(f.financialInstitutions).toHaveLength(12);
  });

  it('single-point-of-failure: the articulation points and who each cuts off, as networkx', () => {
    const f = finding('single-point-of-failure');
    const ours = Object.fromEntries(f.items.map((i) => [i.actor, i.cutOff]));
    expect(ours).toEqual(reference.articulationPoints);
    // Ranked by how many are cut off.
    expect(f.items[0]).toMatchObject({
      actor: 'HUB-NAGANO-TECHNO',
      cutOff: ['GOV-MEXT', 'GOV-NAGANO', 'SUP-JST'],
      cutOffKinds: { government: 2, support_organisation: 1 },
    });
    const counts = f.items.map((i) => i.cutOff.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('single-point-of-failure: brokers and their path lengthening, as networkx (all pairs)', () => {
    const f = finding('single-point-of-failure');
    expect(f.brokersTested).toBe(10);
    expect(f.sampledSources).toBeNull();
    const expected = Object.entries(reference.brokers)
      .map(([actor, r]) => ({ actor, increase: (r.after - r.before) / r.before, ...r }))
      .filter((r) => r.increase >= 0.05)
      .sort((a, b) => b.increase - a.increase);
    expect(f.brokers.map((b) => b.actor)).toEqual(expected.map((e) => e.actor));
    expect(f.brokers.map((b) => b.actor)).toEqual(['HUB-GUNMA-INNOV', 'HUB-NAGANO-TECHNO']);
    f.brokers.forEach((b, i) => {
      const e = expected[i]!;
      expect(b.meanDistanceBefore).toBeCloseTo(e.before, 12);
      expect(b.meanDistanceAfter).toBeCloseTo(e.after, 12);
      expect(b.pairs).toBe(e.pairs);
      expect(b.betweenness).toBeCloseTo(e.betweenness, 12);
    });
  });

  it('weak-bridge: prefectures and clusters as networkx, the Takasaki IT community by hand', () => {
    const f = finding('weak-bridge');
    expect(f.weakTieThreshold).toBe(reference.weakTieThreshold);
    const nonCommunity = f.items
      .filter((i) => i.scope !== 'community')
      .map((i) => ({ scope: i.scope, group: i.group, reason: i.reason, links: i.links.length }));
    const byKey = (a: { scope: string; group: string }, b: { scope: string; group: string }) =>
      `${a.scope}${a.group}` < `${b.scope}${b.group}` ? -1 : 1;
    expect(nonCommunity.sort(byKey)).toEqual([...reference.weakBridges].sort(byKey));
    const communities = f.items.filter((i) => i.scope === 'community');
    expect(communities).toHaveLength(1);
    const takasaki = communities[0]!;
    expect(takasaki.reason).toBe('weak-only');
    expect(takasaki.members).toBe(42);
    expect(takasaki.links.every((l) => l.weak && l.strength <= 2)).toBe(true);
    expect(takasaki.carriers).toContain('CO-TAKASAKI-IT-001');
    const firms = takasaki.carriers.filter((a) => a.startsWith('CO-TAKASAKI-IT-'));
    expect(firms.length).toBeGreaterThanOrEqual(20);
  });

  it('cluster-link: the two ties of the thin link, E-I as networkx, thicker in 2010', () => {
    const f = finding('cluster-link');
    expect(sorted(f.items.map((i) => i.tie))).toEqual(planted.clusterLinkTies);
    expect(sorted(f.items.map((i) => i.tie))).toEqual(reference.clusterLink.ties);
    expect(f.items.map((i) => [i.source, i.target, i.startYear])).toEqual([
      ['HUB-GUNMA-INNOV', 'HUB-NAGANO-TECHNO', 2010],
      ['UNI-SHINSHU', 'CO-OTA-AUTO-003', 2010],
    ]);
    expect(f.eiIndex.external).toBe(reference.clusterLink.external);
    expect(f.eiIndex.internal).toBe(reference.clusterLink.internal);
    expect(f.eiIndex.eiIndex).toBeCloseTo(reference.clusterLink.eiIndex, 12);
    expect(f.byYear.filter((y) => y.external > 0).map((y) => [y.year, y.external])).toEqual([
      [2010, 2],
    ]);
    expect(f.bothClusters).toEqual([]);
  });

  it('isolated-member: exactly the isolated SMEs no later step tied', () => {
    const f = finding('isolated-member');
    expect(f.items.map((i) => i.actor)).toEqual(planted.isolatedMembers);
    expect(f.count).toBe(17);
    const chosen = new Set(generateDemo(20080701).isolated);
    expect(f.items.every((i) => chosen.has(i.actor))).toBe(true);
  });

  it('introductions close gaps, score above zero, with reasons, best first', () => {
    expect(report.introductions.length).toBe(report.settings.introductions.limit);
    for (const i of report.introductions) {
      expect(i.score).toBeGreaterThan(0);
      expect(i.rules.length).toBeGreaterThan(0);
      expect(
        i.sharedPartners.length + i.sharedProjects.length + i.sharedFields.length,
      ).toBeGreaterThan(0);
      if (i.sharedPartners.length > 0) expect(i.distance).toBe(2);
    }
    const scores = report.introductions.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // An SME's introductions go to academia only.
    const sme = finding('sme-no-academic-tie');
    for (const item of sme.items)
      for (const i of item.introductions) expect(i.target).toMatch(/^(UNI|TLO|PRI)-/);
  });
});
