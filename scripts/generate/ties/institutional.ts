/**
 * Coordination and finance: hub organisations and support bodies introduce firms (the
 * one-stop service of seeds 001/002), government ties the hubs and support bodies together,
 * and financial institutions lend to firms of their area and stay at the edge of the network
 * (seeds 000, 004): besides their loans, only a few banks have a tie to a hub.
 */
import type { Pool } from '../pool';
import type { World } from './world';

export function addInstitutionalTies(w: World): void {
  hubs(w);
  supportOrganisations(w);
  government(w);
  finance(w);
}

/** A coordinator's reach: half among the active firms, half evenly (it also finds newcomers). */
function reach(w: World, active: Pool, even: Pool, n: number, link: (firm: number) => void) {
  w.linkMany(active, Math.ceil(n / 2), link);
  w.linkMany(even, Math.floor(n / 2), link);
}

function hubs(w: World): void {
  const { dice, ties } = w;
  for (const hub of w.find({ kind: 'cluster_hub' })) {
    const a = w.actors[hub]!;
    const group = a.network
      ? { kind: 'company' as const, project: a.project, network: a.network, active: true }
      : { kind: 'company' as const, project: a.project, active: true };
    const active = w.pool(group);
    const even = w.pool(group, 'even');
    const share = a.network ? 0.35 : 0.2;
    reach(w, active, even, Math.round(active.size * share), (firm) =>
      ties.add(hub, firm, 'coordination', { strength: dice.int(1, 2) }),
    );
    if (a.network) continue;
    // The project hub ties its networks, universities, institutes, support bodies and banks.
    for (const other of w.find({ kind: 'cluster_hub', project: a.project })) {
      ties.add(hub, other, 'coordination', { strength: 2 });
    }
    const near = { prefecture: a.prefecture, local: 3 };
    const link = (where: Parameters<World['pool']>[0], n: number) =>
      w.linkMany(w.pool(where, 'activity', near), n, (x) => ties.add(hub, x, 'coordination'));
    link({ kind: 'university', bureau: a.bureau }, dice.int(3, 8));
    link(
      { kind: 'public_research_institute', subtype: 'kosetsushi', bureau: a.bureau },
      dice.int(2, 4),
    );
    link(
      { kind: 'support_organisation', subtype: 'support_agency', bureau: a.bureau },
      dice.int(2, 5),
    );
    link({ kind: 'tlo', bureau: a.bureau }, dice.int(1, 2));
    link({ kind: 'financial_institution', bureau: a.bureau }, dice.int(2, 6));
  }
}

function supportOrganisations(w: World): void {
  const { dice, ties } = w;
  for (const org of w.find({ kind: 'support_organisation' })) {
    const a = w.actors[org]!;
    const local = { kind: 'company' as const, prefecture: a.prefecture, active: true };
    const link = (firm: number) => ties.add(org, firm, 'coordination');
    if (a.subtype === 'support_agency') {
      reach(w, w.pool(local), w.pool(local, 'even'), Math.round(6 + 6 * a.activity), link);
      const near = { prefecture: a.prefecture, local: 4 };
      w.linkMany(
        w.pool({ kind: 'university', bureau: a.bureau }, 'activity', near),
        dice.int(1, 3),
        (uni) => ties.add(org, uni, 'coordination'),
      );
      w.linkMany(
        w.pool({ kind: 'public_research_institute', bureau: a.bureau }, 'activity', near),
        dice.int(0, 2),
        (pri) => ties.add(org, pri, 'coordination'),
      );
    } else if (a.subtype === 'chamber_of_commerce') {
      w.linkMany(w.pool({ ...local, smeOnly: true }, 'even'), dice.int(5, 30), link);
    } else {
      // Incubators: a handful of young, small tenants (spin-offs are linked with their parents).
      const tenants = w
        .find({ ...local, smeOnly: true })
        .filter((i) => w.actors[i]!.sizeClass === 'micro');
      for (const firm of dice.sample(tenants, dice.int(3, 10))) link(firm);
    }
  }
}

function government(w: World): void {
  const { dice, ties } = w;
  const meti = w.find({ kind: 'government', subtype: 'ministry' });
  for (const office of w.find({ kind: 'government', subtype: 'regional_bureau' })) {
    const { bureau } = w.actors[office]!;
    for (const m of meti) ties.add(m, office, 'coordination', { strength: 3 });
    for (const hub of w.find({ kind: 'cluster_hub', bureau })) {
      ties.add(office, hub, 'coordination', { strength: 3 });
    }
    for (const pref of w.find({ kind: 'government', subtype: 'prefecture', bureau })) {
      ties.add(office, pref, 'coordination');
    }
    for (const agency of w.find({
      kind: 'support_organisation',
      subtype: 'support_agency',
      bureau,
    })) {
      if (dice.chance(0.2)) ties.add(office, agency, 'coordination');
    }
  }
  for (const pref of w.find({ kind: 'government', subtype: 'prefecture' })) {
    const { prefecture } = w.actors[pref]!;
    for (const hub of w.find({ kind: 'cluster_hub' })) {
      if (w.actors[hub]!.prefecture === prefecture)
        ties.add(pref, hub, 'coordination', { strength: 2 });
    }
    for (const pri of w.find({
      kind: 'public_research_institute',
      subtype: 'kosetsushi',
      prefecture,
    })) {
      ties.add(pref, pri, 'coordination', { strength: 2 });
    }
    for (const agency of w.find({
      kind: 'support_organisation',
      subtype: 'support_agency',
      prefecture,
    })) {
      if (dice.chance(0.5)) ties.add(pref, agency, 'coordination');
    }
    for (const uni of w.find({ kind: 'university', prefecture })) {
      if (w.actors[uni]!.realName) ties.add(pref, uni, 'coordination');
    }
  }
}

/** Banks lend in their prefecture (sometimes the bureau); government lenders across the bureau. */
function finance(w: World): void {
  const { dice, ties } = w;
  for (const fi of w.find({ kind: 'financial_institution' })) {
    const a = w.actors[fi]!;
    const lend = (firm: number) => ties.add(fi, firm, 'finance', { strength: dice.int(1, 4) });
    const inPrefecture = { kind: 'company' as const, prefecture: a.prefecture, active: true };
    const inBureau = { kind: 'company' as const, bureau: a.bureau, active: true };
    switch (a.subtype) {
      case 'regional_bank': {
        const n = Math.round(8 + 10 * a.activity);
        w.linkMany(w.pool(inPrefecture), Math.round(n * 0.8), lend);
        w.linkMany(w.pool(inBureau), Math.round(n * 0.2), lend);
        break;
      }
      case 'shinkin':
        w.linkMany(w.pool({ ...inPrefecture, smeOnly: true }, 'even'), dice.int(4, 16), lend);
        break;
      case 'credit_coop':
        w.linkMany(w.pool({ ...inPrefecture, smeOnly: true }, 'even'), dice.int(3, 10), lend);
        break;
      case 'government':
        w.linkMany(w.pool(inBureau), dice.int(15, 40), lend);
        break;
      default: {
        // Venture capital beyond the spin-offs: young small firms, a third from other regions.
        const young = (where: typeof inBureau | { kind: 'company'; active: true }) =>
          w.find({ ...where, smeOnly: true }).filter((i) => w.actors[i]!.sizeClass !== 'medium');
        const n = dice.int(3, 8);
        for (let k = 0; k < n; k++) {
          const pool = dice.chance(0.67)
            ? young(inBureau)
            : young({ kind: 'company', active: true });
          if (pool.length) lend(dice.pick(pool));
        }
      }
    }
  }
}
