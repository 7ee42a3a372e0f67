/**
 * Knowledge ties: spin-offs and their parents, firms' university collaboration at the survey
 * rates of seed 001 (most SMEs have none), public research institutes serving SMEs, TLOs that
 * only license, and joint research among universities and institutes.
 */
import { NATIONAL_RESEARCH_HUBS } from '../geography';
import type { GenActor } from '../model';
import { INACTIVE_COMPANY_SHARE, UNIVERSITY_COLLABORATION } from '../proportions';
import type { World } from './world';

export function addKnowledgeTies(w: World): void {
  spinOffs(w);
  universityCollaboration(w);
  publicInstitutes(w);
  technologyLicensing(w);
  academicTies(w);
}

/** Universities of a bureau by research activity, those of `prefecture` three times as likely. */
const universities = (w: World, near: GenActor) =>
  w.pool({ kind: 'university', bureau: near.bureau }, 'activity', {
    prefecture: near.prefecture,
    local: 3,
  });

function researchHubs(w: World): number[] {
  return w
    .find({ kind: 'university' })
    .filter((i) => NATIONAL_RESEARCH_HUBS.has(w.actors[i]!.name));
}

function spinOffs(w: World): void {
  const { dice, ties } = w;
  for (const firm of w.find({ kind: 'company' })) {
    const a = w.actors[firm]!;
    if (!a.spinOff) continue;
    const parent = universities(w, a).pick(dice);
    if (parent !== undefined) {
      ties.add(parent, firm, 'spin_off', { strength: 3, to: 2008 });
      if (dice.chance(0.7)) ties.add(parent, firm, 'joint_research');
    }
    if (dice.chance(0.6)) {
      // Venture capital mostly from the region; some from anywhere (Tokyo VCs invest nationally).
      const local = w.pool({
        kind: 'financial_institution',
        subtype: 'venture_capital',
        bureau: a.bureau,
      });
      const pool =
        local.size && dice.chance(0.7)
          ? local
          : w.pool({ kind: 'financial_institution', subtype: 'venture_capital' });
      const vc = pool.pick(dice);
      if (vc !== undefined) ties.add(vc, firm, 'finance', { from: 2003 });
    }
    if (dice.chance(0.5)) {
      const incubator = w
        .pool(
          { kind: 'support_organisation', subtype: 'incubator', bureau: a.bureau },
          'activity',
          {
            prefecture: a.prefecture,
            local: 5,
          },
        )
        .pick(dice);
      if (incubator !== undefined) ties.add(incubator, firm, 'coordination');
    }
  }
}

/**
 * A firm collaborates with universities with the probability of its size band (seed 001),
 * raised so that the rate holds over all firms although inactive members have no ties.
 * Large firms have several partners and sometimes reach a research university elsewhere.
 */
function universityCollaboration(w: World): void {
  const { dice, ties } = w;
  const hubs = researchHubs(w);
  for (const firm of w.find({ kind: 'company', active: true })) {
    const a = w.actors[firm]!;
    if (a.spinOff || !a.sizeClass) continue;
    if (!dice.chance(UNIVERSITY_COLLABORATION[a.sizeClass] / (1 - INACTIVE_COMPANY_SHARE)))
      continue;
    const large = a.sizeClass === 'large';
    const partners = large ? dice.int(1, 4) : dice.chance(0.8) ? 1 : 2;
    for (let k = 0; k < partners; k++) {
      const uni =
        large && hubs.length && dice.chance(0.25) ? dice.pick(hubs) : universities(w, a).pick(dice);
      if (uni === undefined) continue;
      if (dice.chance(0.7)) ties.add(uni, firm, 'joint_research', { strength: dice.int(1, 3) });
      else ties.add(firm, uni, 'contract_research');
    }
  }
}

/**
 * 公設試 test and develop for the SMEs of their prefecture (contract research, shared
 * equipment); AIST and national labs do joint research with the bureau's more active firms.
 */
function publicInstitutes(w: World): void {
  const { dice, ties } = w;
  for (const pri of w.find({ kind: 'public_research_institute' })) {
    const a = w.actors[pri]!;
    if (a.subtype === 'kosetsushi') {
      const peers = w.find({
        kind: 'public_research_institute',
        subtype: 'kosetsushi',
        prefecture: a.prefecture,
      }).length;
      const smes = w.pool(
        { kind: 'company', prefecture: a.prefecture, active: true, smeOnly: true },
        'even',
      );
      const n = Math.max(3, Math.round(((smes.size * 0.3) / peers) * (0.6 + 0.8 * dice.float())));
      w.linkMany(smes, n, (firm) =>
        dice.chance(0.5)
          ? ties.add(firm, pri, 'contract_research')
          : ties.add(firm, pri, 'resource_sharing'),
      );
    } else {
      const firms = w.pool({ kind: 'company', bureau: a.bureau, active: true });
      w.linkMany(firms, dice.int(8, 25), (firm) => ties.add(pri, firm, 'joint_research'));
    }
    const unis = universities(w, a);
    w.linkMany(unis, a.subtype === 'kosetsushi' ? dice.int(1, 2) : dice.int(2, 5), (uni) =>
      ties.add(uni, pri, 'joint_research'),
    );
  }
}

/**
 * TLOs receive inventions from a few universities and license them to firms, mostly in their
 * region; they do nothing else (seed 002: confined to "rights and licensing").
 */
function technologyLicensing(w: World): void {
  const { dice, ties } = w;
  for (const tlo of w.find({ kind: 'tlo' })) {
    const a = w.actors[tlo]!;
    w.linkMany(universities(w, a), dice.int(1, 4), (uni) =>
      ties.add(uni, tlo, 'licensing', { strength: dice.int(2, 3), to: 2006 }),
    );
    const local = w.pool({ kind: 'company', bureau: a.bureau, active: true });
    const anywhere = w.pool({ kind: 'company', active: true });
    const licensees = dice.int(10, 50);
    for (let k = 0; k < licensees; k++) {
      const firm = (dice.chance(0.9) ? local : anywhere).pick(dice);
      if (firm !== undefined) ties.add(tlo, firm, 'licensing', { strength: 1, from: 2002 });
    }
  }
}

/** Universities work with others of their bureau; the research hubs also across regions. */
function academicTies(w: World): void {
  const { dice, ties } = w;
  for (const uni of w.find({ kind: 'university' })) {
    const a = w.actors[uni]!;
    const n = a.realName ? dice.int(3, 6) : dice.int(1, 3);
    w.linkMany(universities(w, a), n, (other) =>
      ties.add(uni, other, 'joint_research', { strength: dice.int(1, 3) }),
    );
  }
  const hubs = researchHubs(w);
  const flagships = w.find({ kind: 'university' }).filter((i) => w.actors[i]!.realName);
  for (const hub of hubs) {
    for (let k = dice.int(3, 6); k > 0; k--) ties.add(hub, dice.pick(flagships), 'joint_research');
  }
}
