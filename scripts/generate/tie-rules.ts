/**
 * Which kinds of actor each tie kind joins in the generated data (source → target for the
 * directed kinds of src/model/domain.ts): licensing comes from TLOs and universities, finance
 * from financial institutions, spin-offs from universities, contract research goes from the
 * client firm to a university or institute, coordination from hubs, support bodies and
 * government. The generator refuses any other pair, and the tests check its output.
 */
import type { ActorKind, TieKind } from '../../src/model/domain';

const RESEARCH: readonly ActorKind[] = ['company', 'university', 'public_research_institute'];
const ANY: readonly ActorKind[] = [
  'company',
  'university',
  'tlo',
  'financial_institution',
  'public_research_institute',
  'support_organisation',
  'government',
  'cluster_hub',
];

export const TIE_ENDS: Record<
  TieKind,
  { source: readonly ActorKind[]; target: readonly ActorKind[] }
> = {
  joint_research: { source: RESEARCH, target: RESEARCH },
  contract_research: {
    source: ['company'],
    target: ['university', 'public_research_institute'],
  },
  licensing: { source: ['tlo', 'university'], target: ['company', 'tlo'] },
  spin_off: { source: ['university'], target: ['company'] },
  finance: { source: ['financial_institution'], target: ['company'] },
  supply: { source: ['company'], target: ['company'] },
  coordination: {
    source: ['cluster_hub', 'support_organisation', 'government'],
    target: ANY,
  },
  resource_sharing: { source: RESEARCH, target: RESEARCH },
};

export function tieAllowed(kind: TieKind, source: ActorKind, target: ActorKind): boolean {
  const ends = TIE_ENDS[kind];
  return ends.source.includes(source) && ends.target.includes(target);
}
