import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ValidDataset } from '../../../graph-import/validate/records';
import { readDataset } from '../../../graph-import/read-dataset';
import { ACTOR_KINDS } from '../../../src/model/domain';
import { generateDemo, writeDemo } from '../../../scripts/demo/generate';

const TABLE_FILES = ['actors.csv', 'projects.csv', 'participations.csv', 'ties.csv'];
let data: ValidDataset;
let rejectedCount: number;
const dir = mkdtempSync(join(tmpdir(), 'cne-demo-'));

beforeAll(async () => {
  const result = await readDataset('data/demo');
  data = result.data;
  rejectedCount = result.rejected.length;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the committed demo dataset', () => {
  it('is exactly what the seeded generator writes (npm run demo:generate)', () => {
    writeDemo(generateDemo(20080701), dir);
    for (const file of TABLE_FILES) {
      expect(readFileSync(join(dir, file), 'utf8'), file).toBe(
        readFileSync(join('data/demo', file), 'utf8'),
      );
    }
  });

  it('is valid, large enough and covers every actor kind and 2001–2010', () => {
    expect(rejectedCount).toBe(0);
    expect(data.actors.length).toBeGreaterThanOrEqual(300);
    expect(data.ties.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(data.actors.map((a) => a.kind))).toEqual(new Set(ACTOR_KINDS));
    for (const t of data.ties) {
      expect(t.startYear).toBeGreaterThanOrEqual(2001);
      expect(t.endYear).toBeLessThanOrEqual(2010);
    }
  });

  it('labels every company and every tie synthetic', () => {
    expect(data.actors.filter((a) => a.kind === 'company').every((a) => a.synthetic)).toBe(true);
    expect(data.ties.every((t) => t.synthetic)).toBe(true);
  });

  describe('shows the problems the seed documents describe', () => {
    const kindOf = () => new Map(data.actors.map((a) => [a.id, a]));
    const neighbours = (id: string) =>
      data.ties
        .filter((t) => t.source === id || t.target === id)
        .map((t) => (t.source === id ? t.target : t.source));

    it('most SMEs have no tie to a university', () => {
      const actors = kindOf();
      const smes = data.actors.filter((a) => a.kind === 'company' && a.sme);
      const withUni = smes.filter((s) =>
        neighbours(s.id).some((n) => actors.get(n)?.kind === 'university'),
      );
      const share = withUni.length / smes.length;
      expect(share).toBeGreaterThan(0.05);
      expect(share).toBeLessThan(0.3);
    });

    it('a few hubs and coordinators have by far the most ties', () => {
      const degree = new Map<string, number>();
      for (const t of data.ties)
        for (const id of [t.source, t.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
      const top = [...degree]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([id]) => id);
      expect(top).toEqual(
        expect.arrayContaining(['HUB-GUNMA-INNOV', 'SUP-GUNMA-IPSO', 'HUB-NAGANO-TECHNO']),
      );
    });

    it('one TLO only licenses', () => {
      const kinds = new Set(
        data.ties
          .filter((t) => t.source === 'TLO-JOMO' || t.target === 'TLO-JOMO')
          .map((t) => t.kind),
      );
      expect([...kinds]).toEqual(['licensing']);
    });

    it('financial institutions sit at the edge: few ties, none to universities', () => {
      const actors = kindOf();
      for (const fin of data.actors.filter((a) => a.kind === 'financial_institution')) {
        const ns = neighbours(fin.id);
        expect(ns.length, fin.id).toBeLessThanOrEqual(12);
        expect(
          ns.some((n) => actors.get(n)?.kind === 'university'),
          fin.id,
        ).toBe(false);
      }
    });

    it('the industrial (Gunma) and knowledge (Nagano) clusters meet through few ties', () => {
      const actors = kindOf();
      const side = (id: string) => actors.get(id)!.prefecture;
      const cross = data.ties.filter(
        (t) =>
          new Set([side(t.source), side(t.target)]).size === 2 &&
          [side(t.source), side(t.target)].every((p) => p === '群馬県' || p === '長野県'),
      );
      expect(cross.length).toBeGreaterThan(0);
      expect(cross.length).toBeLessThanOrEqual(8);
    });

    it('some member companies are isolated', () => {
      const tied = new Set(data.ties.flatMap((t) => [t.source, t.target]));
      const isolated = data.actors.filter((a) => a.kind === 'company' && !tied.has(a.id));
      expect(isolated.length).toBeGreaterThanOrEqual(5);
      const members = new Set(data.participations.map((p) => p.actorId));
      expect(isolated.every((a) => members.has(a.id))).toBe(true);
    });
  });
});
