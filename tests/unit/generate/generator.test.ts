import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../../graph-import/import-dataset';
import type { ImportReport } from '../../../graph-import/report';
import { ACTOR_KINDS, type ActorKind, type TieKind } from '../../../src/model/domain';
import { generateDataset } from '../../../scripts/generate/dataset';
import { BUREAU_PREFECTURES } from '../../../scripts/generate/geography';
import type { GenDataset } from '../../../scripts/generate/model';
import { parseScale, planDataset, plannedActors } from '../../../scripts/generate/plan';
import { TIES_PER_ACTOR } from '../../../scripts/generate/proportions';
import { datasetStats, type DatasetStats } from '../../../scripts/generate/stats';
import { tieAllowed } from '../../../scripts/generate/tie-rules';
import { writeDataset } from '../../../scripts/generate/write';

const FILES = ['actors.csv', 'projects.csv', 'participations.csv', 'ties.csv'];
const root = mkdtempSync(join(tmpdir(), 'cne-generate-'));
const dir = (name: string) => join(root, name);
const SCALE = parseScale('2000');

let data: GenDataset;
let stats: DatasetStats;
let report: ImportReport;

beforeAll(async () => {
  data = generateDataset(SCALE, 11);
  stats = datasetStats(data);
  writeDataset(data, dir('a'));
  report = await importDataset(dir('a'), { dryRun: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run generate', () => {
  it('writes byte-identical files for the same seed and different ones for another', () => {
    writeDataset(generateDataset(SCALE, 11), dir('b'));
    writeDataset(generateDataset(SCALE, 12), dir('c'));
    for (const file of FILES) {
      expect(
        readFileSync(join(dir('b'), file)).equals(readFileSync(join(dir('a'), file))),
        file,
      ).toBe(true);
    }
    expect(
      readFileSync(join(dir('c'), 'ties.csv')).equals(readFileSync(join(dir('a'), 'ties.csv'))),
    ).toBe(false);
  });

  it("passes the importer's validation: every row valid", () => {
    expect(report.rejected).toEqual([]);
    expect(report.valid).toEqual({
      actors: data.actors.length,
      projects: 17,
      participations: data.participations.length,
      ties: data.ties.length,
    });
    expect(report.rowsRead).toEqual(report.valid);
  });

  it('labels every row synthetic, with a note', () => {
    for (const file of FILES) {
      const rows = parse(readFileSync(join(dir('a'), file)), {
        bom: true,
        columns: true,
      }) as Record<string, string>[];
      expect(rows.length, file).toBeGreaterThan(0);
      expect(
        rows.every((r) => r.synthetic === 'true' && r.note!.length > 0),
        file,
      ).toBe(true);
    }
  });

  it('has about the asked number of actors, every kind, mostly companies', () => {
    expect(data.actors.length).toBeGreaterThan(1800);
    expect(data.actors.length).toBeLessThan(2200);
    expect(Object.keys(stats.actorsByKind).sort()).toEqual([...ACTOR_KINDS].sort());
    const companies = stats.actorsByKind.company! / stats.actors;
    expect(companies).toBeGreaterThan(0.8);
    expect(companies).toBeLessThan(0.9);
  });

  it('gives SMEs few university ties, at the survey rates of seed 001, and large firms more', () => {
    expect(stats.universityTieShare.sme).toBeGreaterThan(0.08);
    expect(stats.universityTieShare.sme).toBeLessThan(0.2);
    expect(stats.universityTieShare.large).toBeGreaterThan(1.5 * stats.universityTieShare.sme);
  });

  it('keeps ties mostly inside regions and degrees heavy-tailed', () => {
    expect(stats.crossRegionShare).toBeGreaterThan(0);
    expect(stats.crossRegionShare).toBeLessThan(0.05);
    expect(stats.degree.max).toBeGreaterThanOrEqual(8 * stats.degree.median);
    expect(stats.degree.p99).toBeGreaterThanOrEqual(4 * stats.degree.median);
  });

  it('dates ties and participations within 2001–2010', () => {
    const outside = [...data.ties, ...data.participations].filter(
      (t) => t.startYear < 2001 || t.endYear > 2010 || t.endYear < t.startYear,
    );
    expect(outside).toEqual([]);
    expect(stats.years).toEqual({ firstStart: 2001, lastStart: 2010, lastEnd: 2010 });
  });

  it('joins kinds of actor that make sense for each tie kind', () => {
    const pairs = new Set(
      data.ties.map(
        (t) => `${t.kind}:${data.actors[t.source]!.kind}>${data.actors[t.target]!.kind}`,
      ),
    );
    const refused = [...pairs].filter((p) => {
      const [kind, ends] = p.split(':') as [TieKind, string];
      const [s, d] = ends.split('>') as [ActorKind, ActorKind];
      return !tieAllowed(kind, s, d);
    });
    expect(refused).toEqual([]);
    expect(pairs).toContain('licensing:tlo>company');
    expect(pairs).toContain('finance:financial_institution>company');
    expect(pairs).toContain('spin_off:university>company');
  });

  it("places every actor in a prefecture of its bureau, and firms in their project's bureau", () => {
    const misplaced = data.actors.filter(
      (a) =>
        !BUREAU_PREFECTURES[a.bureau].some((p) => p.ja === a.prefecture) ||
        (a.kind === 'company' && data.plan.projects[a.project]!.spec.bureau !== a.bureau),
    );
    expect(misplaced).toEqual([]);
    const elsewhere = data.participations.filter(
      (p) =>
        data.actors[p.actor]!.subtype !== 'ministry' &&
        data.plan.projects[p.project]!.spec.bureau !== data.actors[p.actor]!.bureau,
    );
    expect(elsewhere).toEqual([]);
    expect(new Set(data.participations.map((p) => p.actor)).size).toBe(data.actors.length);
  });
});

describe('the national plan', () => {
  const plan = planDataset({ kind: 'national' });
  it("has the brief's 17 projects and their company and university counts", () => {
    expect(plan.projects).toHaveLength(17);
    expect(plan.projects.reduce((s, p) => s + p.companies, 0)).toBe(10750);
    expect(plan.projects.reduce((s, p) => s + p.universities, 0)).toBe(419);
    const universities = plan.bureaus.reduce((s, b) => s + b.universities, 0);
    expect(universities).toBeGreaterThan(270);
    expect(universities).toBeLessThan(320);
  });

  it('has ~12,500 actors, enough for at least 100,000 ties', () => {
    const actors = plannedActors(plan);
    expect(actors).toBeGreaterThan(12000);
    expect(actors).toBeLessThan(12600);
    expect(TIES_PER_ACTOR * actors).toBeGreaterThanOrEqual(100_000);
  });

  it('refuses scales it cannot honour', () => {
    expect(() => parseScale('50')).toThrow(/>= 300/);
    expect(() => parseScale('region', 'atlantis')).toThrow(/--bureau/);
    expect(parseScale('region', 'tohoku')).toEqual({ kind: 'region', bureau: 'tohoku' });
  });
});
