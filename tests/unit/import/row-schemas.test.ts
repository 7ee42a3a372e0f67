import { describe, expect, it } from 'vitest';
import {
  deriveTieId,
  parseActor,
  parseParticipation,
  parseProject,
  parseTie,
} from '../../../graph-import/validate/row-schemas';

const actor = (cells: Record<string, string>) =>
  parseActor({ id: 'A-1', kind: 'company', name: '株式会社テスト', ...cells });

describe('actor rows', () => {
  it('normalises ids and codes with NFKC but keeps names as written', () => {
    const r = parseActor({
      id: 'ＡＢＣ－０１',
      kind: ' University ',
      name: '　群馬大学（工学部）',
      prefecture: '群馬県',
      bureau: '関東',
      subtype: 'National',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.id).toBe('ABC-01');
    expect(r.value.kind).toBe('university');
    expect(r.value.name).toBe('群馬大学（工学部）');
    expect(r.value.bureau).toBe('kanto');
    expect(r.value.subtype).toBe('national');
  });

  it('derives the SME flag from the size class and rejects a contradiction', () => {
    const small = actor({ size_class: 'small' });
    expect(small.ok && small.value.sme).toBe(true);
    const large = actor({ size_class: 'large' });
    expect(large.ok && large.value.sme).toBe(false);
    const bad = actor({ size_class: 'large', sme: 'yes' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]).toMatchObject({ column: 'sme' });
  });

  it('rejects company-only fields on other kinds and subtypes of another kind', () => {
    const r = parseActor({
      id: 'U',
      kind: 'university',
      name: 'U',
      sme: 'true',
      subtype: 'shinkin',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.column).sort()).toEqual(['sme', 'subtype']);
  });

  it('reports every bad cell of a row', () => {
    const r = parseActor({ id: 'bad id', kind: 'bank', name: '' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.column)).toEqual(['id', 'kind', 'name']);
  });

  it('verifies the corporate number check digit, accepting full-width digits and hyphens', () => {
    expect(actor({ corporate_number: '７０００－０１２０－５０００２' }).ok).toBe(true);
    const r = actor({ corporate_number: '8000012050002' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.reason).toMatch(/check digit/);
  });

  it('splits field lists and parses booleans', () => {
    const r = actor({ fields: 'medical；robotics; medical', synthetic: 'はい', spin_off: '0' });
    expect(r.ok && r.value.fields).toEqual(['medical', 'robotics']);
    expect(r.ok && r.value.synthetic).toBe(true);
    expect(r.ok && r.value.spinOff).toBe(false);
    expect(actor({ synthetic: 'maybe' }).ok).toBe(false);
  });
});

describe('project, participation and tie rows', () => {
  it('accepts full-width years and rejects an end before the start', () => {
    const ok = parseProject({
      id: 'P',
      name: 'P',
      programme: 'knowledge_cluster',
      start_year: '２００７',
      end_year: '2011',
    });
    expect(ok.ok && ok.value.startYear).toBe(2007);
    const bad = parseProject({
      id: 'P',
      name: 'P',
      programme: 'knowledge_cluster',
      start_year: '2007',
      end_year: '2006',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]).toMatchObject({ column: 'end_year' });
    expect(parseProject({ id: 'P', name: 'P', programme: 'x', start_year: '1850' }).ok).toBe(false);
  });

  it('defaults the participation role to member', () => {
    const r = parseParticipation({ actor_id: 'A', project_id: 'P' });
    expect(r.ok && r.value.role).toBe('member');
  });

  it('defaults strength to 1, refuses non-positive strength and self-loops', () => {
    const r = parseTie({ source: 'A', target: 'B', kind: 'Joint Research' });
    expect(r.ok && r.value.strength).toBe(1);
    expect(r.ok && r.value.kind).toBe('joint_research');
    expect(parseTie({ source: 'A', target: 'B', kind: 'finance', strength: '0' }).ok).toBe(false);
    expect(parseTie({ source: 'A', target: 'B', kind: 'finance', strength: '1,500' }).ok).toBe(
      true,
    );
    const loop = parseTie({ source: 'A', target: 'A', kind: 'supply' });
    expect(loop.ok).toBe(false);
  });

  it('derives the same id for a symmetric tie written either way, but not for a directed one', () => {
    expect(deriveTieId('joint_research', 'A', 'B', 2005)).toBe(
      deriveTieId('joint_research', 'B', 'A', 2005),
    );
    expect(deriveTieId('licensing', 'A', 'B', 2005)).not.toBe(
      deriveTieId('licensing', 'B', 'A', 2005),
    );
    const r = parseTie({ source: 'B', target: 'A', kind: 'coordination', start_year: '2005' });
    expect(r.ok && r.value).toMatchObject({ id: 'coordination:A:B:2005' });
  });
});
