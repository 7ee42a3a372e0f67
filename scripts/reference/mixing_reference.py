#!/usr/bin/python3
"""Reference values for the sector mixing matrix (src/analysis/helix.ts), from networkx.

Usage (from the repository root, with Debian's python3-networkx installed):

    /usr/bin/python3 scripts/reference/mixing_reference.py tests/fixtures/reference/mixing.json
    npx prettier --write tests/fixtures/reference/mixing.json

Graphs: Zachary's karate club grouped by its `club` attribute (the split Zachary observed),
and Les Miserables (networkx's les_miserables_graph) with the four sectors assigned by a
fixed rule (the length of the character's name modulo 4), so that all four occur. For each:
the tie counts within and between groups (networkx's attribute_mixing_matrix counts an
undirected tie once in each direction, so its diagonal is halved here) and Newman's
assortativity coefficient (attribute_assortativity_coefficient).
"""

import json
import sys

import networkx as nx

SECTORS = ["industry", "academia", "government", "finance"]


def reference(G, attribute, labels):
    mapping = {label: i for i, label in enumerate(labels)}
    M = nx.attribute_mixing_matrix(G, attribute, mapping=mapping, normalized=False)
    ties = [
        [int(M[a][b] / 2) if a == b else int(M[a][b]) for b in range(len(labels))]
        for a in range(len(labels))
    ]
    return {
        "labels": labels,
        "groupOf": {str(v): d[attribute] for v, d in G.nodes(data=True)},
        "edges": [[str(u), str(v)] for u, v in G.edges()],
        "ties": ties,
        "assortativity": nx.attribute_assortativity_coefficient(G, attribute),
    }


def main(path):
    karate = nx.karate_club_graph()
    lesmis = nx.les_miserables_graph()
    for v in lesmis.nodes():
        lesmis.nodes[v]["sector"] = SECTORS[len(v) % 4]
    result = {
        "computedWith": "networkx %s (Debian package)" % nx.__version__,
        "graphs": {
            "karateClub": reference(karate, "club", ["Mr. Hi", "Officer"]),
            "lesMiserablesSectors": reference(lesmis, "sector", SECTORS),
        },
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: mixing_reference.py <output.json>")
    main(sys.argv[1])
