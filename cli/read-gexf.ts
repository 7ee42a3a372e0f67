/**
 * A GEXF file the explorer or `npm run analyze --out x.gexf` wrote, read back as a network
 * (src/export/gexf.ts writes it): actors with their attributes, ties with kind, strength,
 * years and `directed`, and the view recorded in the provenance. Measures stored in the file
 * are not read: the analysis computes them again, and gives the same numbers.
 */
import Graph, { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import type { SerializedGraph } from 'graphology-types';
import { VIEWS } from '../src/model/domain';
import { UsageError } from './args';

const str = (v: unknown): string | null =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null;
const bool = (v: unknown): boolean | null =>
  v === true || v === 'true' ? true : v === false || v === 'false' ? false : null;
const num = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};
const list = (v: unknown): string[] => (str(v) ?? '').split(';').filter((x) => x !== '');

/** The view the provenance in `<meta><description>` records, else "all". */
function viewOf(graph: Graph): string {
  const description = graph.getAttribute('description');
  try {
    const parsed = JSON.parse(String(description)) as { provenance?: { view?: unknown } };
    const view = parsed.provenance?.view;
    if (typeof view === 'string' && (VIEWS as readonly string[]).includes(view)) return view;
  } catch {
    // Not ours, or no provenance: the whole network.
  }
  return 'all';
}

export function networkFromGexf(text: string, origin: string): SerializedGraph {
  let graph: Graph;
  try {
    graph = parse(MultiGraph, text, { allowUndeclaredAttributes: true });
  } catch (error) {
    throw new UsageError(`${origin} is not a readable GEXF file: ${(error as Error).message}`);
  }
  const nodes = graph.mapNodes((key, a) => ({
    key,
    attributes: {
      kind: str(a.kind),
      sector: str(a.sector),
      name: str(a.label) ?? key,
      nameEn: str(a.nameEn),
      prefecture: str(a.prefecture),
      bureau: str(a.bureau),
      fields: list(a.fields),
      subtype: str(a.subtype),
      sizeClass: str(a.sizeClass),
      sme: bool(a.sme),
      spinOff: bool(a.spinOff),
      corporateNumber: str(a.corporateNumber),
      programmes: list(a.programmes),
      cluster: str(a.cluster) ?? 'none',
      participations: [],
      synthetic: bool(a.synthetic) ?? false,
      ...(num(a.x) !== null && num(a.y) !== null && { x: num(a.x), y: num(a.y) }),
    },
  }));
  const edges = graph.mapEdges((key, a, source, target) => {
    const strength = num(a.strength) ?? num(a.weight) ?? 1;
    return {
      key,
      source,
      target,
      ...(bool(a.directed) !== true && { undirected: true }),
      attributes: {
        kind: str(a.kind),
        strength,
        weight: strength,
        startYear: num(a.startYear),
        endYear: num(a.endYear),
        synthetic: bool(a.synthetic) ?? false,
      },
    };
  });
  return {
    attributes: { view: viewOf(graph), projects: [] },
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    nodes,
    edges,
  } as unknown as SerializedGraph;
}
