/**
 * The whole generated dataset for a scale and a seed: the same seed gives the same dataset
 * (one seeded random source, consumed in a fixed order; no clock, no Math.random).
 */
import { Dice, seededRandom } from '../demo/random';
import { buildActors } from './actors';
import type { GenDataset } from './model';
import { NameBook } from './names';
import { buildParticipations } from './participations';
import { planDataset, type Scale } from './plan';
import { addCompanyTies } from './ties/company';
import { addInstitutionalTies } from './ties/institutional';
import { addKnowledgeTies } from './ties/knowledge';
import { World } from './ties/world';

/** The default seed: the date of the brief's project figures (July 2007). */
export const DEFAULT_SEED = 20070701;

export function generateDataset(scale: Scale, seed: number): GenDataset {
  const plan = planDataset(scale);
  const dice = new Dice(seededRandom(seed));
  const { actors, communities } = buildActors(plan, dice, new NameBook(dice));
  const world = new World(plan, actors, communities, dice);
  addKnowledgeTies(world);
  addInstitutionalTies(world);
  // Last: supply ties fill the dataset up to its tie count.
  addCompanyTies(world);
  const participations = buildParticipations(plan, actors, dice);
  return { seed, plan, actors, communities, participations, ties: world.ties.ties };
}
