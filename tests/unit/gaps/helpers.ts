/** Small hand-made networks for the gap rules: actors with the attributes the rules read. */
import type { SerializedGraph } from 'graphology-types';
import { findGaps } from '../../../src/analysis/gaps/run-gaps';
import type { GapRulesInput } from '../../../src/analysis/gaps/rules-file';
import type { GapRuleId } from '../../../src/analysis/gaps/spec';
import type { FindingOf } from '../../../src/analysis/gaps/types';

export interface ActorSpec {
  kind?: string;
  sme?: boolean;
  sizeClass?: string;
  prefecture?: string;
  fields?: string[];
  projects?: string[];
  cluster?: string;
  name?: string;
}

export type TieSpec = [
  string,
  string,
  { kind?: string; strength?: number; startYear?: number; endYear?: number }?,
];

export function gapNetwork(
  actors: Record<string, ActorSpec>,
  ties: TieSpec[],
  projects: { id: string; programme: string; name?: string }[] = [],
): SerializedGraph {
  return {
    attributes: { projects: projects.map((p) => ({ name: p.id, ...p })) },
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    nodes: Object.entries(actors).map(([key, a]) => ({
      key,
      attributes: {
        kind: a.kind ?? 'company',
        name: a.name ?? key,
        nameEn: null,
        sme: a.sme ?? null,
        sizeClass: a.sizeClass ?? null,
        prefecture: a.prefecture ?? null,
        fields: a.fields ?? [],
        cluster: a.cluster ?? 'none',
        participations: (a.projects ?? []).map((project) => ({ project, role: 'member' })),
      },
    })),
    edges: ties.map(([source, target, t = {}], i) => ({
      key: `t${i + 1}`,
      source,
      target,
      undirected: true,
      attributes: {
        kind: t.kind ?? 'joint_research',
        strength: t.strength ?? 1,
        weight: t.strength ?? 1,
        startYear: t.startYear ?? null,
        endYear: t.endYear ?? null,
      },
    })),
  };
}

/** One rule's finding for a network. */
export async function ruleFinding<R extends GapRuleId>(
  rule: R,
  network: SerializedGraph,
  rules: GapRulesInput = {},
): Promise<FindingOf<R>> {
  const report = await findGaps(network, { thresholds: rules });
  return report.findings.find((f) => f.rule === rule) as FindingOf<R>;
}
