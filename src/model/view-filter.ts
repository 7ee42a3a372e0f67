/**
 * The network views of the explorer (industrial / knowledge / all) as a pure filter on the
 * serialised network, shared by the CLI (`--view`) and the explorer.
 *
 * A view keeps the ties whose kind is in `VIEW_TIE_KINDS[view]`, every actor with at least
 * one such tie, and — so that isolated members of the view still count (they matter for
 * density and normalisations) — the actors without such a tie whose kind is in
 * `VIEW_ACTOR_KINDS[view]`. `all` keeps everything.
 */
import type { SerializedGraph } from 'graphology-types';
import { VIEW_ACTOR_KINDS, VIEW_TIE_KINDS, type View } from './domain';

export function tieInView(kind: unknown, view: View): boolean {
  return view === 'all' || (VIEW_TIE_KINDS[view] as readonly unknown[]).includes(kind);
}

export function filterByView<T extends SerializedGraph>(network: T, view: View): T {
  if (view === 'all') return { ...network, attributes: { ...network.attributes, view } };
  const edges = network.edges.filter((edge) => tieInView(edge.attributes?.kind, view));
  const tied = new Set<string>();
  for (const edge of edges) {
    tied.add(edge.source);
    tied.add(edge.target);
  }
  const kinds = VIEW_ACTOR_KINDS[view] as readonly unknown[];
  const nodes = network.nodes.filter(
    (node) => tied.has(String(node.key)) || kinds.includes(node.attributes?.kind),
  );
  return { ...network, attributes: { ...network.attributes, view }, nodes, edges };
}
