/**
 * Turn a generated edge list into the inputs of the two implementations: a graphology
 * graph (what graphology-metrics runs on) and the explorer's serialised network (what
 * `runAnalysis` takes), with seeded actor kinds, sectors and tie kinds for the full run.
 */
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { ACTOR_KINDS, SECTOR_OF_KIND, TIE_KINDS } from '../src/model/domain';
import { createRng } from '../src/analysis/seeded-random';
import type { EdgeListGraph } from './generate';

export function toGraphology(el: EdgeListGraph): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (let v = 0; v < el.n; v++) graph.addNode(String(v));
  for (let e = 0; e < el.source.length; e++) {
    graph.addEdge(String(el.source[e]), String(el.target[e]), { weight: el.strength[e] });
  }
  return graph;
}

export function toSerializedNetwork(el: EdgeListGraph, seed: number): SerializedGraph {
  const rng = createRng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
  // Mostly companies, as in real cluster data.
  const kindOf = () => (rng() < 0.6 ? 'company' : pick(ACTOR_KINDS));
  return {
    attributes: { view: 'all', generatedAt: '', projects: [] },
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    nodes: Array.from({ length: el.n }, (_, v) => {
      const kind = kindOf();
      return {
        key: `a${v}`,
        attributes: { kind, sector: SECTOR_OF_KIND[kind], name: `actor ${v}`, fields: [] },
      };
    }),
    edges: Array.from(el.source, (s, e) => ({
      key: `t${e}`,
      source: `a${s}`,
      target: `a${el.target[e]}`,
      attributes: { kind: pick(TIE_KINDS), strength: el.strength[e]!, weight: el.strength[e]! },
    })),
  };
}
