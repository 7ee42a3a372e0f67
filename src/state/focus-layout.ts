/**
 * A focus laid out on its own, so a 2-step neighbourhood of a hub reads instead of piling up
 * on the global positions: the centre in the middle, actors one step away on the first ring,
 * two steps away on the second, each ring ordered by the first-ring actor it hangs from and
 * then by kind and name, so branches stay together. Deterministic (no randomness, no
 * timing), placed around the centre's global position at the scale of the whole picture.
 */
import type { ExplorerGraph } from './base-graph';
import type { Highlight } from './focus';

export type Positions = Map<string, { x: number; y: number }>;

export function focusLayout(graph: ExplorerGraph, highlight: Highlight): Positions | null {
  const centre = highlight.order[0];
  if (highlight.type !== 'focus' || centre === undefined || !graph.hasNode(centre)) return null;
  const members = highlight.nodes;
  // Rings by hop distance inside the focus (breadth-first over its ties).
  const ring = new Map<string, number>([[centre, 0]]);
  const parent = new Map<string, string>();
  let frontier = [centre];
  while (frontier.length) {
    const next: string[] = [];
    for (const node of [...frontier].sort()) {
      for (const other of graph.neighbors(node).sort()) {
        if (!members.has(other) || ring.has(other)) continue;
        ring.set(other, ring.get(node)! + 1);
        parent.set(other, node);
        next.push(other);
      }
    }
    frontier = next;
  }

  let minX = Infinity;
  let maxX = -Infinity;
  graph.forEachNode((_k, a) => {
    if (a.x < minX) minX = a.x;
    if (a.x > maxX) maxX = a.x;
  });
  const spacing = Math.max(1, (maxX - minX) / 8);
  const origin = graph.getNodeAttributes(centre);
  const positions: Positions = new Map([[centre, { x: origin.x, y: origin.y }]]);

  const byRing = new Map<number, string[]>();
  for (const [node, r] of ring) if (r > 0) byRing.set(r, [...(byRing.get(r) ?? []), node]);
  const angleOf = new Map<string, number>();
  const rootOf = (node: string): string => {
    let at = node;
    while (ring.get(at)! > 1) at = parent.get(at)!;
    return at;
  };
  const describe = (node: string) => {
    const a = graph.getNodeAttributes(node);
    return `${a.kind}\u0000${a.name}\u0000${node}`;
  };
  for (const r of [...byRing.keys()].sort((a, b) => a - b)) {
    const nodes = byRing.get(r)!;
    nodes.sort((a, b) => {
      const ra = angleOf.get(rootOf(a)) ?? 0;
      const rb = angleOf.get(rootOf(b)) ?? 0;
      return ra - rb || describe(a).localeCompare(describe(b));
    });
    // Outer rings are wider so their (more numerous) actors keep their distance.
    const radius = spacing * r * (r > 1 ? 1.25 : 1);
    nodes.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
      angleOf.set(node, angle);
      positions.set(node, {
        x: origin.x + radius * Math.cos(angle),
        y: origin.y + radius * Math.sin(angle),
      });
    });
  }
  // Members the focus reaches only through hidden ties stay at their global position.
  for (const node of members)
    if (!positions.has(node)) positions.set(node, graph.getNodeAttributes(node));
  return positions;
}
