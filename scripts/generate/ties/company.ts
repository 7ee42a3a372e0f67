/**
 * Ties among firms. Inside a community both ends are drawn by activity (a Chung–Lu-like
 * model), so the active firms form a dense core and the rest a sparse periphery, and degrees
 * are as heavy-tailed as the activities (Pareto). Supply ties fill the dataset up to its tie
 * count: mostly inside a community, few across projects and very few across regions.
 */
import { SIZE_CLASSES, type Bureau } from '../../../src/model/domain';
import { Pool } from '../pool';
import { SUPPLY_REACH, TIES_PER_ACTOR } from '../proportions';
import type { World } from './world';

export function addCompanyTies(w: World): void {
  const inside = communityPools(w);
  for (const { community, pool } of inside) {
    const size = community.members.length;
    pairs(w, pool, Math.round(size * 0.3), (a, b) => w.ties.add(a, b, 'resource_sharing'));
    pairs(w, pool, Math.round(size * 0.12), (a, b) => w.ties.add(a, b, 'joint_research'));
  }
  supply(w, inside);
}

interface CommunityPool {
  community: World['communities'][number];
  pool: Pool;
}

function communityPools(w: World): CommunityPool[] {
  return w.communities.map((community) => ({
    community,
    pool: new Pool(community.members, (i) => w.actors[i]!.activity),
  }));
}

/** Draws `n` pairs of distinct members by activity (bounded attempts: small pools run dry). */
function pairs(w: World, pool: Pool, n: number, add: (a: number, b: number) => boolean): void {
  let made = 0;
  for (let attempt = 0; made < n && attempt < n * 20; attempt++) {
    const a = pool.pick(w.dice);
    const b = pool.pick(w.dice);
    if (a !== undefined && b !== undefined && a !== b && add(a, b)) made++;
  }
}

const sizeRank = (w: World, i: number) => SIZE_CLASSES.indexOf(w.actors[i]!.sizeClass ?? 'micro');

/** The supplier is the smaller firm (ties broken at random): SMEs supply larger customers. */
function addSupply(w: World, a: number, b: number): boolean {
  const ra = sizeRank(w, a);
  const rb = sizeRank(w, b);
  const aSupplies = ra < rb || (ra === rb && w.dice.chance(0.5));
  return aSupplies ? w.ties.add(a, b, 'supply') : w.ties.add(b, a, 'supply');
}

function supply(w: World, inside: CommunityPool[]): void {
  const target = Math.round(TIES_PER_ACTOR * w.actors.length);
  const { dice } = w;
  const active = inside.filter((c) => c.pool.total > 0);
  if (!active.length) return;
  // A community gets supply ties in proportion to its members' total activity.
  const pickCommunity = new Pool(
    active.map((_, i) => i),
    (i) => active[i]!.pool.total,
  );
  // Pools are cached by the world, so asking again costs a lookup.
  const all = w.pool({ kind: 'company', active: true });
  const projectPool = (project: number) => w.pool({ kind: 'company', project, active: true });
  const bureauPool = (bureau: Bureau) => w.pool({ kind: 'company', bureau, active: true });
  // Each reach has its own quota: when small communities run out of new pairs, the shortfall
  // is not made up across regions (the dataset then has fewer ties than the target).
  const quotas = Object.entries(SUPPLY_REACH) as [keyof typeof SUPPLY_REACH, number][];
  const wanted = Math.max(0, target - w.ties.size);
  for (const [reach, share] of quotas) {
    const quota = Math.round(wanted * share);
    let made = 0;
    for (let attempt = 0; made < quota && attempt < quota * 30; attempt++) {
      const { community, pool } = active[pickCommunity.pick(dice)!]!;
      const a = pool.pick(dice)!;
      const me = w.actors[a]!;
      let b: number | undefined;
      switch (reach) {
        case 'community':
          b = pool.pick(dice);
          break;
        case 'project':
          b = projectPool(community.project).pick(dice);
          if (b !== undefined && w.actors[b]!.community === community.index) b = undefined;
          break;
        case 'bureau':
          b = bureauPool(me.bureau).pick(dice);
          if (b !== undefined && w.actors[b]!.project === me.project) b = undefined;
          break;
        case 'national':
          b = all.pick(dice);
          if (b !== undefined && w.actors[b]!.bureau === me.bureau) b = undefined;
          break;
      }
      if (b !== undefined && b !== a && addSupply(w, a, b)) made++;
    }
  }
}
