#!/usr/bin/python3
"""Reference modularity values of the Leiden algorithm, from leidenalg (Traag's reference
implementation), for tests/unit/analysis/leiden.test.ts.

Usage (from the repository root, with Debian's python3-leidenalg, python3-igraph and
python3-networkx installed):

    /usr/bin/python3 scripts/reference/leiden_reference.py tests/fixtures/reference/leiden.json
    npx prettier --write tests/fixtures/reference/leiden.json

Graphs:

* Zachary's karate club (networkx's karate_club_graph, with Zachary's interaction counts as
  `weight`): W. W. Zachary, J. Anthropological Research 33(4):452-473, 1977.
* Les Miserables co-appearances (networkx's les_miserables_graph, weight = number of
  chapters in which two characters appear together): D. E. Knuth, The Stanford GraphBase,
  Addison-Wesley, 1993.
* The benchmark's national-scale cluster-like graph, `clusterLike(12500, 100000, 7)` of
  bench/generate.ts (tie strengths 1-5), exported by scripts/reference/export-cluster-like.ts.
  The fixture keeps its parameters and a checksum of the edge list, not the graph: the test
  regenerates it and checks the checksum.

For each graph and setting (weighted or not, resolution), leidenalg optimises modularity
with resolution (`RBConfigurationVertexPartition`, the same quality as ours) from 100 seeds
(30 for the large graph),
both with its default of 2 iterations and iterated until an iteration no longer improves
(`n_iterations=-1`, what ours does). Modularity is recomputed with networkx's `modularity`
(the definition the TypeScript code is checked against); the fixture records min / mean /
max over the seeds and the community counts, and whether every community was connected.
"""

import json
import os
import statistics
import subprocess
import sys

import igraph as ig
import leidenalg as la
import networkx as nx

SEEDS = list(range(100))
BIG_SEEDS = list(range(30))
BIG = {"generator": "clusterLike", "n": 12500, "m": 100000, "seed": 7}


def fnv1a(text):
    h = 0x811C9DC5
    for ch in text:
        h ^= ord(ch)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return format(h, "08x")


def big_graph():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    text = subprocess.run(
        [
            "npx",
            "tsx",
            "scripts/reference/export-cluster-like.ts",
            str(BIG["n"]),
            str(BIG["m"]),
            str(BIG["seed"]),
        ],
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    G = nx.Graph()
    G.add_nodes_from(range(BIG["n"]))
    for line in text.splitlines():
        s, t, w = line.split()
        G.add_edge(int(s), int(t), weight=float(w))
    return G, fnv1a(text)


def to_igraph(G):
    nodes = list(G.nodes())
    index = {v: i for i, v in enumerate(nodes)}
    H = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in G.edges()])
    H.es["weight"] = [float(d.get("weight", 1)) for _, _, d in G.edges(data=True)]
    return H, nodes


def connected(G, parts):
    return all(nx.is_connected(G.subgraph(p)) for p in parts)


def summary(values):
    return {
        "min": min(values),
        "mean": statistics.fmean(values),
        "max": max(values),
        "sd": statistics.stdev(values),
    }


def runs(G, weighted, resolution, seeds=SEEDS):
    H, nodes = to_igraph(G)
    out = {"weighted": weighted, "resolution": resolution, "seeds": len(seeds)}
    for name, iterations in (("default", 2), ("untilStable", -1)):
        qs, counts, all_connected = [], [], True
        for seed in seeds:
            p = la.find_partition(
                H,
                la.RBConfigurationVertexPartition,
                weights="weight" if weighted else None,
                resolution_parameter=resolution,
                n_iterations=iterations,
                seed=seed,
            )
            parts = [set(nodes[i] for i in c) for c in p]
            qs.append(
                nx.community.modularity(
                    G, parts, weight="weight" if weighted else None, resolution=resolution
                )
            )
            counts.append(len(parts))
            all_connected = all_connected and connected(G, parts)
        out[name] = {
            "nIterations": iterations,
            "modularity": summary(qs),
            "communities": summary(counts),
            "allConnected": all_connected,
        }
    return out


def edge_list(G):
    return [[str(u), str(v), d.get("weight", 1)] for u, v, d in G.edges(data=True)]


def main(path):
    karate = nx.karate_club_graph()
    lesmis = nx.les_miserables_graph()
    big, checksum = big_graph()
    settings = [(False, 1.0), (True, 1.0), (True, 0.5), (True, 2.0)]
    result = {
        "computedWith": "leidenalg 0.9.1, python-igraph %s, networkx %s (Debian packages)"
        % (ig.__version__, nx.__version__),
        "method": "leidenalg.find_partition(RBConfigurationVertexPartition, resolution_parameter, "
        "seed 0..99, 0..29 for clusterLike) with n_iterations 2 (default) and -1 (until stable); modularity by "
        "networkx.community.modularity",
        "graphs": {
            "karate": {
                "source": "Zachary 1977 (networkx karate_club_graph, weight = interaction count)",
                "nodes": [str(v) for v in karate.nodes()],
                "edges": edge_list(karate),
                "runs": [runs(karate, w, r) for w, r in settings],
            },
            "lesMiserables": {
                "source": "Knuth 1993 (networkx les_miserables_graph, weight = co-appearances)",
                "nodes": [str(v) for v in lesmis.nodes()],
                "edges": edge_list(lesmis),
                "runs": [runs(lesmis, w, r) for w, r in settings],
            },
            "clusterLike": {
                "source": "bench/generate.ts clusterLike(n, m, seed); edge list regenerated by the test",
                "parameters": BIG,
                "edgeListChecksum": checksum,
                "runs": [runs(big, w, 1.0, BIG_SEEDS) for w in (False, True)],
            },
        },
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: leiden_reference.py <output.json>")
    main(sys.argv[1])
