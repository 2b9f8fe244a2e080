"""The overview of a big dossier: one bubble per group of nodes, opened on click.

Groups are what a reader of a debate thinks in: a **question** with the claims
that address it, and the people and works around those claims (each person or
work joins the question most of its neighbours belong to). What touches no
question is grouped into **clusters** of densely linked nodes (Louvain
modularity). Each group gets a place from a layout of the
group graph, and its members a place around it from a layout of their own
links, so opening a bubble puts its members where the bubble was.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from . import forcelayout, layout

if TYPE_CHECKING:
    import networkx as nx

#: Clusters with fewer nodes than this are pooled into one group.
SMALL_CLUSTER = 5

GROUP_COLOR = {"background": "#e9e4f5", "border": "#6b5b95",
               "highlight": {"background": "#d8cfee", "border": "#000000"},
               "hover": {"background": "#d8cfee", "border": "#000000"}}


def group_nodes(data: dict[str, Any]) -> dict[str, str]:
    """node id -> group key ("q:<question id>" or "c:<cluster number>")."""
    kind = {n["id"]: n["kind"] for n in data["nodes"]}
    nbrs: dict[str, list[str]] = defaultdict(list)
    for e in data["edges"]:
        u, v = e["from"], e["to"]
        if u in kind and v in kind and u != v:
            nbrs[u].append(v)
            nbrs[v].append(u)
    group: dict[str, str] = {}
    for nid, k in kind.items():
        if k == "question":
            group[nid] = f"q:{nid}"
    for e in data["edges"]:
        if e["kind"] == "addresses" and e["from"] in kind and e["to"] in kind:
            group.setdefault(e["from"], f"q:{e['to']}")
    for _ in range(3):  # people and works join the question most of their neighbours are in
        votes: dict[str, Counter[str]] = {}
        for nid in kind:
            if nid in group:
                continue
            c = Counter(group[m] for m in nbrs.get(nid, ()) if m in group)
            if c:
                votes[nid] = c
        if not votes:
            break
        for nid, c in votes.items():
            group[nid] = max(c.items(), key=lambda kv: (kv[1], kv[0]))[0]
    rest = [nid for nid in kind if nid not in group]
    if rest:
        idx = {n: i for i, n in enumerate(rest)}
        pairs = {(min(idx[u], idx[v]), max(idx[u], idx[v]))
                 for u in rest for v in nbrs.get(u, ()) if v in idx and u != v}
        membership = forcelayout.communities(len(rest), sorted(pairs))
        sizes = Counter(membership)
        for n, m in zip(rest, membership, strict=True):
            # islands of a few nodes share one group rather than litter the picture
            group[n] = f"c:{m + 1}" if sizes[m] >= SMALL_CLUSTER else "c:small"
    return group


def build_overview(data: dict[str, Any], g: nx.MultiDiGraph | None = None
                   ) -> tuple[dict[str, Any], dict[str, tuple[float, float]]]:
    """The overview's groups and group links, and a position for every node and group."""
    group = group_nodes(data)
    info = data.get("info", {})
    index = {n["id"]: i for i, n in enumerate(data["nodes"])}
    members: dict[str, list[str]] = defaultdict(list)
    for n in data["nodes"]:
        members[group[n["id"]]].append(n["id"])
    contested = {q["id"] for q in data.get("questions", []) if q.get("contested")}
    keys = sorted(members, key=lambda k: (-len(members[k]), k))
    gid = {k: f"group:{k}" for k in keys}

    degree: Counter[str] = Counter()
    links: Counter[tuple[str, str]] = Counter()
    inner: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for e in data["edges"]:
        u, v = e["from"], e["to"]
        if u not in group or v not in group:
            continue
        degree[u] += 1
        degree[v] += 1
        a, b = group[u], group[v]
        if a == b:
            inner[a].append((u, v))
        else:
            links[(a, b) if a < b else (b, a)] += 1

    # where each group goes, then its members around it
    radius = {k: layout.SPACING * math.sqrt(len(members[k])) * 0.55 for k in keys}
    gpos: dict[Any, tuple[float, float]] = layout.layout_edges(
        keys, list(links), weights=[math.log1p(c) for c in links.values()])
    centres = _separate({k: gpos[k] for k in keys}, radius, links)
    positions: dict[str, tuple[float, float]] = {}
    for k in keys:
        cx, cy = centres[k]
        positions[gid[k]] = (round(cx, 1), round(cy, 1))
        local: dict[Any, tuple[float, float]] = layout.layout_edges(members[k],
                                                                  inner.get(k, []))
        # squeeze the members into the group's circle
        far = max((math.hypot(x, y) for x, y in local.values()), default=1.0) or 1.0
        k_fit = min(1.0, radius[k] / far)
        for nid, (x, y) in local.items():
            positions[nid] = (round(cx + x * k_fit, 1), round(cy + y * k_fit, 1))

    groups = []
    for k in keys:
        ms = members[k]
        kinds = Counter(data["nodes"][index[m]]["kind"] for m in ms)
        if k == "c:small":
            title = "Small unconnected clusters"
            hot = False
        elif k.startswith("q:"):
            qid = k[2:]
            title = (info.get(qid) or {}).get("title") or qid
            hot = qid in contested
        else:
            hub = max(ms, key=lambda m: (degree[m], m))
            title = f"Cluster {k[2:]}: around {data['nodes'][index[hub]].get('label')}"
            hot = False
        plural = {"claim": "claims", "person": "people", "work": "works",
                  "question": "questions"}
        parts = ", ".join(f"{kinds[x]} {x if kinds[x] == 1 else plural[x]}"
                          for x in plural if kinds[x])
        groups.append({
            "id": gid[k], "key": k, "title": title, "contested": hot, "summary": parts,
            "count": len(ms), "members": [index[m] for m in ms],
            "x": positions[gid[k]][0], "y": positions[gid[k]][1],
            "size": round(min(90.0, 14 + 4 * math.sqrt(len(ms))), 1),
            "color": {**GROUP_COLOR, "border": "#b3261e"} if hot else GROUP_COLOR,
        })
    group_edges = [{"from": gid[a], "to": gid[b], "count": c} for (a, b), c in links.items()]
    return {"groups": groups, "edges": group_edges}, positions


def _separate(pos: dict[str, tuple[float, float]], radius: dict[str, float],
              links: Counter[tuple[str, str]], rounds: int = 40) -> dict[str, tuple[float, float]]:
    """Spread group centres so their circles do not overlap, keeping the layout's shape.

    First a uniform stretch so linked groups sit about their two radii apart,
    then a few rounds of pushing overlapping pairs apart (pairs found through a
    grid, so this stays near linear in the number of groups).
    """
    if len(pos) < 2:
        return dict(pos)
    ratios = []
    for a, b in links:
        d = math.dist(pos[a], pos[b])
        if d > 0:
            ratios.append((radius[a] + radius[b]) * 1.15 / d)
    k = sorted(ratios)[len(ratios) // 2] if ratios else 1.0
    p = {g: [x * k, y * k] for g, (x, y) in pos.items()}
    cell = 2 * max(radius.values())
    for _ in range(rounds):
        grid: dict[tuple[int, int], list[str]] = defaultdict(list)
        for g, (x, y) in p.items():
            grid[(int(x // cell), int(y // cell))].append(g)
        moved = False
        for (cx, cy), here in grid.items():
            near = [o for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                    for o in grid.get((cx + dx, cy + dy), ())]
            for a in here:
                for b in near:
                    if a >= b:
                        continue
                    ax, ay = p[a]
                    bx, by = p[b]
                    d = math.hypot(bx - ax, by - ay) or 1e-3
                    need = (radius[a] + radius[b]) * 1.05
                    if d < need:
                        push = (need - d) / 2 / d
                        p[a] = [ax - (bx - ax) * push, ay - (by - ay) * push]
                        p[b] = [bx + (bx - ax) * push, by + (by - ay) * push]
                        moved = True
        if not moved:
            break
    return {g: (x, y) for g, (x, y) in p.items()}
