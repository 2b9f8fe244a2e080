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
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from . import forcelayout, layout
from .style import PALETTE

if TYPE_CHECKING:
    import networkx as nx

#: The overview leaves room for the labels of at most this many groups (the most contested
#: and biggest first; fewer if their labels would not fit a projector's screen at 12 px);
#: the others are bubbles whose labels appear as you zoom in.
LABELLED_GROUPS = 36
#: Clusters with fewer nodes than this are pooled into one group.
SMALL_CLUSTER = 5

#: An edge's ends and kind (for ``map``).
_ENDS = itemgetter("from", "to", "kind")
_FROM, _TO = itemgetter("from"), itemgetter("to")
_KIND = itemgetter("kind")

GROUP_COLOR = {"background": PALETTE["group"], "border": PALETTE["group-link-strong"],
               "highlight": {"background": PALETTE["group-open"],
                             "border": PALETTE["selected-border"]},
               "hover": {"background": PALETTE["group-open"], "border": PALETTE["selected-border"]}}


def group_nodes(data: dict[str, Any]) -> dict[str, str]:
    """node id -> group key ("q:<question id>" or "c:<cluster number>")."""
    kind = {n["id"]: n["kind"] for n in data["nodes"]}
    group: dict[str, str] = {}
    for nid, k in kind.items():
        if k == "question":
            group[nid] = f"q:{nid}"
    # each edge's ends and kind read once, by C code (a hundred thousand edges, read twice)
    ends = list(map(_ENDS, data["edges"]))
    for u, v, k in ends:
        if k == "addresses" and u in kind and v in kind:
            group.setdefault(u, f"q:{v}")
    # the neighbours of the nodes still to place (what the votes and the clusters read;
    # a question and the claims that address it have their group already)
    nbrs: dict[str, list[str]] = {nid: [] for nid in kind if nid not in group}
    near = nbrs.get
    for u, v, _ in ends:
        a = near(u)
        b = near(v)
        if (a is not None or b is not None) and u != v and u in kind and v in kind:
            if a is not None:
                a.append(v)
            if b is not None:
                b.append(u)
    del ends
    for _ in range(3):  # people and works join the question most of their neighbours are in
        # each node's vote, from the groups of the round before (applied after the round)
        votes: dict[str, str] = {}
        at = group.get
        for nid, ns in nbrs.items():  # (the nodes without a group at first, in order)
            if nid in group:
                continue
            # the groups of its neighbours that have one (a group's key is never empty),
            # read by C code; most neighbours of a node share one group
            got = [*filter(None, map(at, ns))]
            if not got:
                continue
            first = got[0]
            if got.count(first) == len(got):
                votes[nid] = first
                continue
            c: dict[str, int] = {}
            for gm in got:
                c[gm] = c.get(gm, 0) + 1
            votes[nid] = max(c.items(), key=lambda kv: (kv[1], kv[0]))[0]
        if not votes:
            break
        group.update(votes)
    rest = [nid for nid in kind if nid not in group]
    if rest:
        idx = {n: i for i, n in enumerate(rest)}
        pairs = {(min(idx[u], idx[v]), max(idx[u], idx[v]))
                 for u in rest for v in nbrs[u] if v in idx and u != v}
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

    links: dict[tuple[str, str], int] = {}
    inner: dict[str, list[dict[str, Any]]] = defaultdict(list)
    group_of = group.get
    edges = data["edges"]
    for e, u, v in zip(edges, map(_FROM, edges), map(_TO, edges), strict=True):
        a, b = group_of(u), group_of(v)
        if a is None or b is None:
            continue
        if a == b:
            inner[a].append(e)
        else:
            pair = (a, b) if a < b else (b, a)
            links[pair] = links.get(pair, 0) + 1

    # where each group goes: in rows, most contested first
    score = {q["id"]: q.get("score") or 0.0 for q in data.get("questions", [])}

    def rank(k: str) -> tuple[Any, ...]:
        qid = k[2:] if k.startswith("q:") else None
        return (k == "c:small", qid is None, qid not in contested,
                -score.get(qid or "", 0.0), -len(members[k]), k)

    keys.sort(key=rank)
    degree = _degrees(edges, group) if any(_clustered(k) for k in keys) else {}
    titles = {k: _title(k, members[k], info, data, index, degree) for k in keys}
    labels = {k: group_label(titles[k], len(members[k]),
                             k.startswith("q:") and k[2:] in contested) for k in keys}
    rank_of = {k: i for i, k in enumerate(keys)}
    bubble = {k: round(min(90.0, 14 + 4 * math.sqrt(len(members[k]))), 1) for k in keys}
    centres, font, _room, n_labelled = _rows(keys, bubble, labels)
    # Opened, a group shows on its own (js/overview.js hides the other bubbles), laid out like a
    # small dossier: the debate layout of its members, centred where its bubble was.
    positions: dict[str, tuple[float, float]] = {}
    fonts: dict[str, float] = {}
    questions = {q["id"]: q for q in data.get("questions", [])}
    node_at = data["nodes"].__getitem__
    row_of = index.__getitem__
    rows = {k: list(map(row_of, members[k])) for k in keys}  # (each member's node, by number)
    for k in keys:
        cx, cy = centres[k]
        positions[gid[k]] = (round(cx, 1), round(cy, 1))
        sub = {"nodes": list(map(node_at, rows[k])),
               "edges": inner.get(k, []), "info": info,
               "questions": [questions[m] for m in members[k] if m in questions]}
        local, fonts[k] = layout.debate_layout(sub)
        for nid, (x, y) in local.items():
            positions[nid] = (round(cx + x, 1), round(cy + y, 1))

    groups = []
    for k in keys:
        ms = members[k]
        kinds = Counter(map(_KIND, map(node_at, rows[k])))
        title = titles[k]
        hot = k.startswith("q:") and k[2:] in contested
        plural = {"claim": "claims", "person": "people", "work": "works",
                  "question": "questions"}
        parts = ", ".join(f"{kinds[x]} {x if kinds[x] == 1 else plural[x]}"
                          for x in plural if kinds[x])
        groups.append({
            "id": gid[k], "key": k, "title": title, "label": labels[k], "contested": hot,
            "labelled": rank_of[k] < n_labelled,
            "score": score.get(k[2:]) if k.startswith("q:") else None, "summary": parts,
            "count": len(ms), "members": rows[k],
            "x": positions[gid[k]][0], "y": positions[gid[k]][1],
            "size": bubble[k], "font": fonts[k],
            "color": {**GROUP_COLOR, "border": PALETTE["group-hot-border"]} if hot else GROUP_COLOR,
        })
    group_edges = [{"from": gid[a], "to": gid[b], "count": c} for (a, b), c in links.items()]
    return {"groups": groups, "edges": group_edges, "font": font}, positions


def _clustered(k: str) -> bool:
    """Whether group ``k`` is a cluster named after its hub (:func:`_title`)."""
    return k != "c:small" and not k.startswith("q:")


def _degrees(edges: list[dict[str, Any]], group: dict[str, str]) -> dict[str, int]:
    """Each node's links to nodes with a group (both ends grouped), for :func:`_title`,
    which reads them only to name a cluster after its hub: counted only when there is one
    (a pass over a hundred thousand edges that a dossier of questions never reads)."""
    degree: dict[str, int] = {}
    count = degree.get
    for u, v in zip(map(_FROM, edges), map(_TO, edges), strict=True):
        if u in group and v in group:
            degree[u] = count(u, 0) + 1
            degree[v] = count(v, 0) + 1
    return degree


def _title(k: str, ms: list[str], info: dict[str, Any], data: dict[str, Any],
           index: dict[str, int], degree: dict[str, int]) -> str:
    if k == "c:small":
        return "Small unconnected clusters"
    if k.startswith("q:"):
        qid = k[2:]
        return str((info.get(qid) or {}).get("title") or qid)
    hub = max(ms, key=lambda m: (degree.get(m, 0), m))
    label = str(data["nodes"][index[hub]].get("label") or hub).replace("\n", " ")
    return f"Cluster {k[2:]}: around {label}"


def group_label(title: str, count: int, contested: bool) -> str:
    """A bubble's label: its title in two short lines, a flag if contested, and its size."""
    from .page import short_label

    return short_label(("⚑ " if contested else "") + title, 20, 2) + f"\n({count:,})"


def _rows(keys: list[str], radius: dict[str, float], labels: dict[str, str]
          ) -> tuple[dict[str, tuple[float, float]], float, dict[str, float], int]:
    """Group centres in rows, in the order of ``keys``, each with room for its label.

    Like the debate layout (layout.debate_layout), the room a label needs grows until a
    label of the planned on-screen size fits at the zoom that shows the whole picture.
    """
    for labelled in (LABELLED_GROUPS, 27, 20, 15, 11, 8):
        out, font, room, done = _rows_with(keys, radius, labels, labelled)
        if done:
            break
    return out, font, room, labelled


def _rows_with(keys: list[str], radius: dict[str, float], labels: dict[str, str],
               labelled: int) -> tuple[dict[str, tuple[float, float]], float,
                                       dict[str, float], bool]:
    font = layout.LANDMARK_FONT
    out: dict[str, tuple[float, float]] = {}
    done = False
    for _ in range(8):
        boxes = {}
        for i, k in enumerate(keys):
            r = radius[k]
            if i < labelled:
                lw, lh = layout.label_box(labels[k], font)
                boxes[k] = (max(2 * r, lw) + font, 2 * r + lh + font)
            else:  # past the first few dozen, a bubble labelled only as you zoom in
                boxes[k] = (2.6 * r, 2.6 * r)
        area = sum(w * h for w, h in list(boxes.values())[:labelled])
        aspect = layout.PLAN_CANVAS[0] / layout.PLAN_CANVAS[1]
        row_width = max(max(w for w, _ in boxes.values()), math.sqrt(area * aspect) * 1.1)
        if len(keys) > labelled:  # the labelled ones take about two thirds of the height
            row_width *= 1.25
        out = {}
        x = y = row_h = 0.0
        for k in keys:
            w, h = boxes[k]
            if x > 0 and x + w > row_width:
                x, y, row_h = 0.0, y + row_h, 0.0
            pad = font / 2 if w > 2.6 * radius[k] else 0.3 * radius[k]
            out[k] = (x + w / 2, y + radius[k] + pad)
            x += w
            row_h = max(row_h, h)
        xs = [p[0] for p in out.values()]
        width = max(xs) - min(xs) + max(w for w, _ in boxes.values())
        height = y + row_h
        scale = min(layout.PLAN_CANVAS[0] / (1.1 * width),
                    layout.PLAN_CANVAS[1] / (1.1 * height))
        need = layout.PLAN_PX / scale
        if need <= font * 1.02:
            done = True
            break
        font = round(need * 1.02, 1)
    mx = (min(p[0] for p in out.values()) + max(p[0] for p in out.values())) / 2
    my = (min(p[1] for p in out.values()) + max(p[1] for p in out.values())) / 2
    room = {k: max(min(boxes[k]) / 2, radius[k]) for k in keys}
    return {k: (x - mx, y - my) for k, (x, y) in out.items()}, font, room, done
