/**
 * Projects actor–project participation onto actor–actor ties. Each project adds 1/(n−1) to
 * every pair of its n members (Newman's collaboration weighting), so every member gets a total
 * weight of 1 from a project however large it is.
 *
 * The weighting alone does not stop a 2,000-member project from producing two million pairs,
 * so projects larger than `maxCliqueSize` never create pairs: they only add their weight to
 * pairs that smaller projects already tie.
 */
export interface ProjectedTie {
  source: string;
  target: string;
  weight: number;
  /** Number of shared projects. */
  shared: number;
}

export interface Projection {
  ties: ProjectedTie[];
  /** Projects too large to expand into pairs (they only reinforce existing pairs). */
  largeProjects: { project: string; members: number }[];
}

interface Participant {
  key: string;
  attributes: { participations?: { project: string }[] };
}

/**
 * Above this size a project stops creating pairs. 60 keeps R&D consortia and small cluster
 * projects as cliques (a few thousand pairs at most) while a cluster plan's member list of
 * hundreds, where membership says little about working together, only strengthens ties.
 */
export const DEFAULT_MAX_CLIQUE = 60;

export function projectParticipations(
  nodes: readonly Participant[],
  maxCliqueSize = DEFAULT_MAX_CLIQUE,
): Projection {
  const members = new Map<string, string[]>();
  for (const node of nodes) {
    const seen = new Set<string>();
    for (const { project } of node.attributes.participations ?? []) {
      if (seen.has(project)) continue;
      seen.add(project);
      const list = members.get(project) ?? [];
      list.push(node.key);
      members.set(project, list);
    }
  }
  const pairs = new Map<string, ProjectedTie>();
  const large: { project: string; members: string[] }[] = [];
  for (const [project, list] of [...members].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const n = list.length;
    if (n < 2) continue;
    if (n > maxCliqueSize) {
      large.push({ project, members: list });
      continue;
    }
    const w = 1 / (n - 1);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const [a, b] = list[i]! < list[j]! ? [list[i]!, list[j]!] : [list[j]!, list[i]!];
        const key = `${a}\u0000${b}`;
        const tie = pairs.get(key);
        if (tie) {
          tie.weight += w;
          tie.shared += 1;
        } else pairs.set(key, { source: a, target: b, weight: w, shared: 1 });
      }
    }
  }
  for (const { members: list } of large) {
    const inProject = new Set(list);
    const w = 1 / (list.length - 1);
    for (const tie of pairs.values()) {
      if (inProject.has(tie.source) && inProject.has(tie.target)) {
        tie.weight += w;
        tie.shared += 1;
      }
    }
  }
  const ties = [...pairs.values()].sort((x, y) =>
    x.source === y.source ? (x.target < y.target ? -1 : 1) : x.source < y.source ? -1 : 1,
  );
  return {
    ties,
    largeProjects: large.map((p) => ({ project: p.project, members: p.members.length })),
  };
}
