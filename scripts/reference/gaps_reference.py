#!/usr/bin/python3
"""Reference values for the gap finder's structural rules on the demo, computed with networkx.

Usage (from the repository root, with Debian's python3-networkx installed):

    /usr/bin/python3 scripts/reference/gaps_reference.py data/demo tests/fixtures/reference/gaps-demo.json
    npx prettier --write tests/fixtures/reference/gaps-demo.json

Reads the demo's CSV files with Python's csv module (not through the importer) and
computes, by the definitions in README "Finding gaps", with plain networkx calls and brute
force instead of the TypeScript algorithms:

* single-point-of-failure: networkx's articulation points; for each, the actor is removed
  and the components of what remains of its component are taken: the largest (of equal
  ones, the one holding the alphabetically first actor id) stays, every actor of the others
  is cut off.
* brokers: the 10 actors of highest networkx betweenness (normalised, hops), each removed
  in turn: mean shortest-path length (hops) between the other actors of its component over
  the ordered pairs still joined, before and after (all pairs: the demo's component is
  smaller than the default 500 sources).
* weak-bridge, prefecture and cluster scopes: groups of at least 3 actors; a tie (parallel
  ties merged, strengths summed) is weak when its strength is at most the median (nearest
  rank, lower end) of all merged strengths; a group is listed when it has no tie to the
  rest, exactly one, or only weak ones.
* cluster-link: ties between industrial-only and knowledge-only actors (membership from the
  programmes of the projects an actor takes part in), and the E-I index between the two
  over merged ties.
"""

import csv
import json
import math
import sys

import networkx as nx


def read(folder, name):
    with open(f"{folder}/{name}", encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def main(folder, out):
    actors = read(folder, "actors.csv")
    ties = read(folder, "ties.csv")
    projects = {p["id"]: p["programme"] for p in read(folder, "projects.csv")}
    parts = read(folder, "participations.csv")

    g = nx.Graph()
    for a in actors:
        g.add_node(a["id"])
    for t in ties:
        s, u, w = t["source"], t["target"], float(t["strength"] or 1)
        if g.has_edge(s, u):
            g[s][u]["strength"] += w
        else:
            g.add_edge(s, u, strength=w)

    # Articulation points and who each cuts off.
    cut_offs = {}
    for v in sorted(nx.articulation_points(g)):
        component = nx.node_connected_component(g, v) - {v}
        pieces = [set(c) for c in nx.connected_components(g.subgraph(component))]
        pieces.sort(key=lambda p: (-len(p), min(p)))
        cut_offs[v] = sorted(set().union(*pieces[1:]))

    # Brokers: mean distances with and without each of the top-10 betweenness actors.
    betweenness = nx.betweenness_centrality(g)
    top = sorted((v for v in g if betweenness[v] > 0), key=lambda v: (-betweenness[v], v))[:10]
    brokers = {}
    for v in top:
        members = nx.node_connected_component(g, v) - {v}
        before = dict(nx.all_pairs_shortest_path_length(g.subgraph(members | {v})))
        after = dict(nx.all_pairs_shortest_path_length(g.subgraph(members)))
        total_before = total_after = pairs = 0
        for s in members:
            for t, d in after[s].items():
                if t == s:
                    continue
                total_before += before[s][t]
                total_after += d
                pairs += 1
        brokers[v] = {
            "betweenness": betweenness[v],
            "before": total_before / pairs,
            "after": total_after / pairs,
            "pairs": pairs,
        }

    # Weak ties: median (nearest rank, lower end) of the merged strengths.
    strengths = sorted(d["strength"] for _, _, d in g.edges(data=True))
    threshold = strengths[max(0, math.ceil(0.5 * len(strengths)) - 1)]

    programmes = {}
    for p in parts:
        programmes.setdefault(p["actor_id"], set()).add(projects[p["project_id"]])

    def cluster(a):
        ps = programmes.get(a, set())
        i, k = "industrial_cluster" in ps, "knowledge_cluster" in ps
        return "both" if i and k else "industrial" if i else "knowledge" if k else "none"

    groups = {"prefecture": {}, "cluster": {}}
    for a in actors:
        if a["prefecture"]:
            groups["prefecture"].setdefault(a["prefecture"], set()).add(a["id"])
        c = cluster(a["id"])
        if c in ("industrial", "knowledge"):
            groups["cluster"].setdefault(c, set()).add(a["id"])
    weak_bridges = []
    for scope, by_group in groups.items():
        for label, members in sorted(by_group.items()):
            if len(members) < 3 or len(members) == g.number_of_nodes():
                continue
            links = [
                (u, w) for u in members for w in g[u] if w not in members
            ]
            weak = all(g[u][w]["strength"] <= threshold for u, w in links)
            if len(links) == 0:
                reason = "unconnected"
            elif len(links) == 1:
                reason = "single-tie"
            elif weak:
                reason = "weak-only"
            else:
                continue
            weak_bridges.append(
                {"scope": scope, "group": label, "reason": reason, "links": len(links)}
            )

    membership = {a["id"]: cluster(a["id"]) for a in actors}
    crossing = sorted(
        t["id"]
        for t in ties
        if {membership[t["source"]], membership[t["target"]]} == {"industrial", "knowledge"}
    )
    external = internal = 0
    for u, w in g.edges():
        cu, cw = membership[u], membership[w]
        if cu not in ("industrial", "knowledge") or cw not in ("industrial", "knowledge"):
            continue
        if cu == cw:
            internal += 1
        else:
            external += 1

    result = {
        "source": "scripts/reference/gaps_reference.py on data/demo (networkx %s)" % nx.__version__,
        "articulationPoints": cut_offs,
        "brokers": brokers,
        "weakTieThreshold": threshold,
        "weakBridges": weak_bridges,
        "clusterLink": {
            "ties": crossing,
            "external": external,
            "internal": internal,
            "eiIndex": (external - internal) / (external + internal),
        },
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
