#!/usr/bin/python3
"""Read an exported graph file with networkx or igraph and print what they saw as JSON.

Usage: read_exports.py networkx-gexf|networkx-graphml|igraph-graphml FILE

networkx 2.8 (Debian's python3-networkx) knows the GEXF namespaces up to 1.2draft only; GEXF
1.3 has the same elements under http://gexf.net/1.3, so the namespace is registered here
before reading. igraph is optional (python3-igraph).
"""

import json
import math
import sys


def plain(value):
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def with_networkx(kind, path):
    import networkx as nx

    if kind == "gexf":
        from networkx.readwrite.gexf import GEXF

        GEXF.versions.setdefault(
            "1.3",
            dict(
                GEXF.versions["1.2draft"],
                NS_GEXF="http://gexf.net/1.3",
                NS_VIZ="http://gexf.net/1.3/viz",
                VERSION="1.3",
            ),
        )
        G = nx.read_gexf(path, version="1.3")
    else:
        G = nx.read_graphml(path)
    edges = G.edges(keys=True, data=True) if G.is_multigraph() else G.edges(data=True)
    return {
        "graphClass": type(G).__name__,
        "graph": plain(dict(G.graph)),
        "nodes": {str(n): plain(d) for n, d in G.nodes(data=True)},
        "edges": [
            {"source": str(e[0]), "target": str(e[1]), "attributes": plain(e[-1])} for e in edges
        ],
    }


def with_igraph(path):
    import igraph

    g = igraph.Graph.Read_GraphML(path)
    return {
        "graphClass": "igraph.Graph" + (" directed" if g.is_directed() else ""),
        "graph": {a: plain(g[a]) for a in g.attributes()},
        "nodes": {v["id"]: plain(v.attributes()) for v in g.vs},
        "edges": [
            {
                "source": g.vs[e.source]["id"],
                "target": g.vs[e.target]["id"],
                "attributes": plain(e.attributes()),
            }
            for e in g.es
        ],
    }


def main():
    reader, path = sys.argv[1], sys.argv[2]
    if reader == "networkx-gexf":
        out = with_networkx("gexf", path)
    elif reader == "networkx-graphml":
        out = with_networkx("graphml", path)
    elif reader == "igraph-graphml":
        out = with_igraph(path)
    else:
        raise SystemExit("unknown reader " + reader)
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
