#!/usr/bin/python3
"""Reference values for the analysis tests, computed with networkx.

Usage (from the repository root, with Debian's python3-networkx installed):

    /usr/bin/python3 scripts/reference/networkx_reference.py tests/fixtures/reference
    npx prettier --write tests/fixtures/reference

Writes one JSON file per graph (edge list + values) into the given directory. The graphs
are the published data sets shipped with networkx:

* Zachary's karate club: W. W. Zachary, "An information flow model for conflict and
  fission in small groups", Journal of Anthropological Research 33(4):452-473, 1977.
  networkx >= 2.8 attaches Zachary's interaction counts as edge `weight`; we keep them as
  tie strength and compute both the unweighted and the weighted references.
* Florentine families (marriage ties): J. F. Padgett and C. K. Ansell, "Robust action and
  the rise of the Medici, 1400-1434", American Journal of Sociology 98(6):1259-1319, 1993.
  networkx's version leaves out the isolated Pucci family (15 families, 20 ties).
* Southern women: A. Davis, B. B. Gardner and M. R. Gardner, "Deep South", University of
  Chicago Press, 1941. Projected onto the 18 women with
  `bipartite.weighted_projected_graph`: weight = number of events both attended.

Conventions used for the references (they are the ones the TypeScript code follows):

* "unweighted": every tie counts 1; path-based measures count hops.
* "weighted": tie strength = `weight`; strength-based measures (weighted degree,
  eigenvector, PageRank, constraint, effective size, modularity) use it as is;
  path-based measures (betweenness, closeness, harmonic) use distance = 1 / weight.
* Eigenvector centrality and PageRank are computed with a tight tolerance (1e-12) so the
  values are converged far beyond the 1e-6 the tests compare to; the eigenvector is
  cross-checked against `eigenvector_centrality_numpy`.
* Weighted betweenness is computed with exact rational distances (fractions.Fraction);
  see the comment in `weighted_values`. Both it and the float-distance values are stored.
* Spans: `localBridges` is networkx's `local_bridges(with_span=True)` (local bridges only);
  `spans` gives every edge's span, computed by removing the edge and measuring the distance
  between its ends (hops, or 1/weight for the weighted values).
* Efficiency (Burt) = effective size / degree, as networkx's documentation suggests.
* Graph level: `averagePathLength` is networkx's `average_shortest_path_length` (hops) when
  the graph is connected, else the mean over the ordered pairs joined by a path;
  `degreeCentralization` and `betweennessCentralization` are Freeman's, from networkx's
  degrees and normalised betweenness: sum(max - c_i) / ((n-1)(n-2)) and / (n-1). networkx
  has no centralization function, so only these two sums are ours.
"""

import json
import math
import os
import sys
from fractions import Fraction

import networkx as nx
from networkx.algorithms import bipartite


def node_key(n):
    return str(n)


def by_key(d):
    return {node_key(k): (None if isinstance(v, float) and math.isnan(v) else v) for k, v in d.items()}


def inverse_distance(G, weight="weight"):
    """A copy of G whose edges carry `dist` = 1 / weight (the `--distance inverse` rule) as a
    float, and `exact` = the same as a Fraction."""
    H = G.copy()
    for u, v, d in H.edges(data=True):
        d["dist"] = 1.0 / d.get(weight, 1)
        d["exact"] = Fraction(1, d.get(weight, 1))
    return H


def pair_key(u, v):
    a, b = sorted([node_key(u), node_key(v)])
    return a + "|" + b


def average_path_length(G):
    """Mean hop distance over ordered pairs of distinct nodes joined by a path."""
    if nx.is_connected(G):
        return nx.average_shortest_path_length(G)
    total = pairs = 0
    for _, lengths in nx.all_pairs_shortest_path_length(G):
        total += sum(lengths.values())
        pairs += len(lengths) - 1
    return total / pairs if pairs else None


def centralization(values, denominator):
    """Freeman's sum(max - c_i) / denominator (None below three nodes)."""
    if len(values) < 3:
        return None
    top = max(values)
    return sum(top - c for c in values) / denominator


def unweighted_values(G, partitions):
    n = G.number_of_nodes()
    degree = dict(G.degree())
    esize = nx.effective_size(G)
    lb = {pair_key(u, v): (None if math.isinf(s) else s) for u, v, s in nx.local_bridges(G, with_span=True)}
    non_edges = list(nx.non_edges(G))
    eig = nx.eigenvector_centrality(G, max_iter=10000, tol=1e-12)
    eig_np = nx.eigenvector_centrality_numpy(G)
    check = max(abs(eig[k] - eig_np[k]) for k in eig)
    assert check < 1e-9, check
    return {
        "degree": by_key(degree),
        "betweenness": by_key(nx.betweenness_centrality(G)),
        "betweennessRaw": by_key(nx.betweenness_centrality(G, normalized=False)),
        "closeness": by_key(nx.closeness_centrality(G)),
        "harmonic": by_key(nx.harmonic_centrality(G)),
        "eigenvector": by_key(eig),
        "pagerank": by_key(nx.pagerank(G, weight=None, tol=1e-12, max_iter=10000)),
        "constraint": by_key(nx.constraint(G)),
        "effectiveSize": by_key(esize),
        "efficiency": {
            node_key(k): (None if degree[k] == 0 or math.isnan(v) else v / degree[k])
            for k, v in esize.items()
        },
        "bridges": sorted(pair_key(u, v) for u, v in nx.bridges(G)),
        "articulationPoints": sorted(node_key(v) for v in nx.articulation_points(G)),
        "biconnectedComponents": sorted(
            sorted(node_key(v) for v in c) for c in nx.biconnected_components(G)
        ),
        "localBridges": lb,
        "spans": all_spans(G.copy()),
        "density": nx.density(G),
        "components": nx.number_connected_components(G),
        "averagePathLength": average_path_length(G),
        "degreeCentralization": centralization(
            [d for _, d in G.degree()], (n - 1) * (n - 2)
        ),
        "betweennessCentralization": centralization(
            list(nx.betweenness_centrality(G).values()), n - 1
        ),
        "modularity": {
            name: nx.community.modularity(G, parts, weight=None) for name, parts in partitions.items()
        },
        "linkPrediction": {
            "jaccard": {pair_key(u, v): p for u, v, p in nx.jaccard_coefficient(G, non_edges)},
            "adamicAdar": {pair_key(u, v): p for u, v, p in nx.adamic_adar_index(G, non_edges)},
            "resourceAllocation": {
                pair_key(u, v): p for u, v, p in nx.resource_allocation_index(G, non_edges)
            },
        },
    }


def weighted_values(G, partitions):
    H = inverse_distance(G)
    eig = nx.eigenvector_centrality(G, max_iter=10000, tol=1e-12, weight="weight")
    eig_np = nx.eigenvector_centrality_numpy(G, weight="weight")
    check = max(abs(eig[k] - eig_np[k]) for k in eig)
    assert check < 1e-9, check
    esize = nx.effective_size(G, weight="weight")
    degree = dict(G.degree())
    exact_betweenness = nx.betweenness_centrality(H, weight="exact")
    n = G.number_of_nodes()
    return {
        "weightedDegree": by_key(dict(G.degree(weight="weight"))),
        # networkx compares path lengths exactly, so with float distances rounding can make
        # two equally short paths (1/2 + 1/6 vs 1/3 + 1/3) unequal and split sigma. With
        # Fraction distances the comparison is exact: this is the true value, and what the
        # TypeScript code (which treats lengths equal to 1e-12 relative as equal) returns.
        "betweenness": {k: float(v) for k, v in by_key(exact_betweenness).items()},
        "betweennessCentralization": float(
            centralization(list(exact_betweenness.values()), n - 1)
        ),
        "betweennessFloatDistances": by_key(nx.betweenness_centrality(H, weight="dist")),
        "closeness": by_key(nx.closeness_centrality(H, distance="dist")),
        "harmonic": by_key(nx.harmonic_centrality(H, distance="dist")),
        "eigenvector": by_key(eig),
        "pagerank": by_key(nx.pagerank(G, weight="weight", tol=1e-12, max_iter=10000)),
        "constraint": by_key(nx.constraint(G, weight="weight")),
        "effectiveSize": by_key(esize),
        "efficiency": {
            node_key(k): (None if degree[k] == 0 or math.isnan(v) else v / degree[k])
            for k, v in esize.items()
        },
        "localBridges": {
            pair_key(u, v): (None if math.isinf(sp) else sp)
            for u, v, sp in nx.local_bridges(H, with_span=True, weight="dist")
        },
        "spans": all_spans(H.copy(), weight="dist"),
        "modularity": {
            name: nx.community.modularity(G, parts, weight="weight")
            for name, parts in partitions.items()
        },
    }


def all_spans(G, weight=None):
    """Span of every edge: the shortest-path length between its ends once it is removed
    (networkx's `local_bridges` gives it for local bridges only); None when infinite."""
    out = {}
    for u, v, d in list(G.edges(data=True)):
        G.remove_edge(u, v)
        try:
            out[pair_key(u, v)] = nx.shortest_path_length(G, u, v, weight=weight)
        except nx.NetworkXNoPath:
            out[pair_key(u, v)] = None
        G.add_edge(u, v, **d)
    return out


def partition_lists(parts):
    return [sorted(node_key(v) for v in p) for p in parts]


def describe(G, name, citation, weighted, partitions):
    parts = {k: [set(p) for p in v] for k, v in partitions.items()}
    out = {
        "name": name,
        "source": citation,
        "computedWith": "networkx " + nx.__version__,
        "nodes": [node_key(v) for v in G.nodes()],
        "edges": [
            [node_key(u), node_key(v)] + ([d["weight"]] if weighted else [])
            for u, v, d in G.edges(data=True)
        ],
        "partitions": {k: partition_lists(v) for k, v in parts.items()},
        "unweighted": unweighted_values(G, parts),
    }
    if weighted:
        out["weighted"] = weighted_values(G, parts)
    return out


def canonical(G):
    """The same graph with nodes and edges inserted in sorted order, so that results which
    depend on iteration order (and the fixture files) do not change with Python's string
    hash seed."""
    H = nx.Graph()
    H.graph.update(G.graph)
    H.add_nodes_from(sorted(G.nodes(data=True), key=lambda nd: (str(type(nd[0])), nd[0])))
    H.add_edges_from(sorted(G.edges(data=True), key=lambda e: pair_key(e[0], e[1])))
    return H


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "tests/fixtures/reference"
    os.makedirs(outdir, exist_ok=True)

    karate = canonical(nx.karate_club_graph())
    clubs = {}
    for v, d in karate.nodes(data=True):
        clubs.setdefault(d["club"], set()).add(v)
    greedy = nx.community.greedy_modularity_communities(karate)
    karate_doc = describe(
        karate,
        "karate",
        "W. W. Zachary, An information flow model for conflict and fission in small groups, "
        "Journal of Anthropological Research 33(4):452-473, 1977 (networkx karate_club_graph, "
        "edge weight = Zachary's interaction counts)",
        True,
        {"club": [clubs["Mr. Hi"], clubs["Officer"]], "greedy": list(greedy)},
    )

    flo = canonical(nx.florentine_families_graph())
    flo_doc = describe(
        flo,
        "florentine",
        "J. F. Padgett and C. K. Ansell, Robust action and the rise of the Medici, 1400-1434, "
        "American Journal of Sociology 98(6):1259-1319, 1993 (networkx "
        "florentine_families_graph: marriage ties, Pucci left out)",
        False,
        {"greedy": list(nx.community.greedy_modularity_communities(flo))},
    )

    B = nx.davis_southern_women_graph()
    women = B.graph["top"]
    davis = canonical(bipartite.weighted_projected_graph(B, women))
    davis_doc = describe(
        davis,
        "davis",
        "A. Davis, B. B. Gardner and M. R. Gardner, Deep South, University of Chicago Press, "
        "1941 (networkx davis_southern_women_graph projected onto the women with "
        "bipartite.weighted_projected_graph: weight = number of shared events)",
        True,
        {"greedy": list(nx.community.greedy_modularity_communities(davis, weight="weight"))},
    )

    for doc in (karate_doc, flo_doc, davis_doc):
        path = os.path.join(outdir, doc["name"] + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
        print("wrote", path, "networkx", nx.__version__)


if __name__ == "__main__":
    main()
