"""Node positions computed in Python: the debate layout of small graphs, and big graphs.

Small graphs (up to :data:`DEBATE_MAX` nodes) get :func:`debate_layout`: a picture of
the debate, the same on every render, with room planned for every landmark's label
(see its docstring). What follows is about big graphs, drawn in full with
``--no-overview``.

vis-network's physics is lively for a few hundred nodes, and useless for
thousands: pyvis' default page had drawn nothing after 120 s at 2,000 nodes.
Pure-Python layouts are no better (networkx's ``spring_layout`` took 307 s
for 10,000 nodes). So big graphs are laid out here by
:mod:`.forcelayout` (PivotMDS, then Fruchterman-Reingold with a neighbour
grid, on numpy and SciPy, in the default install): about a second for
10,000 nodes and 30,000 edges, and the page draws them with physics off.
Measured numbers and the alternatives tried are in docs/scale.md.

numpy and SciPy are imported only when a layout is needed, so small renders
and ``provenance --help`` never pay for them.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from itertools import repeat
from operator import add, itemgetter
from typing import TYPE_CHECKING, Any

from . import forcelayout
from .style import STUDY_TYPES

if TYPE_CHECKING:
    import networkx as nx

#: Above this many nodes the page gets positions from Python and physics is off.
#: Below it, vis-network's physics settles in about a second and stays lively.
LAYOUT_THRESHOLD = 400

#: Roughly the space one node gets, in vis-network pixels (nodes are 11-40 px wide, labels wider).
SPACING = 70.0

Position = tuple[float, float]


LayoutUnavailable = forcelayout.LayoutUnavailable


def needs_layout(n_nodes: int) -> bool:
    """True when the page should get precomputed positions instead of physics."""
    return n_nodes > LAYOUT_THRESHOLD


def layout_edges(nodes: Sequence[Hashable], edges: Iterable[tuple[Hashable, Hashable]],
                 *, seed: int = 0, weights: Sequence[float] | None = None,
                 ) -> dict[Hashable, Position]:
    """Positions for ``nodes`` joined by ``edges`` (direction and multiplicity ignored).

    Each connected component is laid out on its own with Fruchterman-Reingold
    (:mod:`.forcelayout`), scaled to :data:`SPACING`
    pixels per node, and the components are packed in rows, biggest first, so
    islands neither drift away nor pile on top of each other.
    Deterministic for a given ``seed``.
    """
    index = {n: i for i, n in enumerate(nodes)}
    pairs: dict[tuple[int, int], float] = {}
    for k, (u, v) in enumerate(edges):
        a, b = index[u], index[v]
        if a == b:
            continue
        key = (a, b) if a < b else (b, a)
        pairs[key] = pairs.get(key, 0.0) + (weights[k] if weights is not None else 1.0)
    # the engine (numpy and SciPy, in the default install): provenance/render/forcelayout.py
    edge_list = list(pairs)
    weight_list = list(pairs.values())
    comp_of = [0] * len(index)
    comps = forcelayout.components(len(index), edge_list)
    local: list[dict[int, int]] = []
    for c, comp in enumerate(comps):
        local.append({v: i for i, v in enumerate(comp)})
        for v in comp:
            comp_of[v] = c
    comp_edges: list[list[tuple[int, int]]] = [[] for _ in comps]
    comp_weights: list[list[float]] = [[] for _ in comps]
    for (a, b), wt in zip(edge_list, weight_list, strict=True):
        c = comp_of[a]
        comp_edges[c].append((local[c][a], local[c][b]))
        comp_weights[c].append(wt)
    parts = [(comp, _component_layout(len(comp), comp_edges[c], comp_weights[c], seed))
             for c, comp in enumerate(comps)]
    out: dict[Hashable, Position] = {}
    node_list = list(index)
    for comp, coords in _pack(parts):
        for i, (x, y) in zip(comp, coords, strict=True):
            out[node_list[i]] = (round(x, 1), round(y, 1))
    return out


def compute_layout(g: nx.MultiDiGraph, *, seed: int = 0) -> dict[str, Position]:
    """Positions for every node of the claim graph ``g``, in vis-network pixels."""
    return layout_edges(list(g.nodes), ((u, v) for u, v in g.edges()), seed=seed)  # type: ignore[return-value]


def _component_layout(n: int, edges: list[tuple[int, int]], weights: list[float],
                      seed: int) -> list[Position]:
    if n == 1:
        return [(0.0, 0.0)]
    if n == 2:
        return [(-SPACING / 2, 0.0), (SPACING / 2, 0.0)]
    if n <= 6:
        return [(SPACING * 0.8 * math.cos(2 * math.pi * i / n),
                 SPACING * 0.8 * math.sin(2 * math.pi * i / n)) for i in range(n)]
    weighted = len(set(weights)) > 1
    coords = forcelayout.layout(n, edges, weights if weighted else None, seed=seed)
    return _rescale(coords)


def _rescale(coords: list[Position]) -> list[Position]:
    """Centre on 0 and scale so each node has about SPACING² of area."""
    n = len(coords)
    cx = sum(x for x, _ in coords) / n
    cy = sum(y for _, y in coords) / n
    xs = sorted(x for x, _ in coords)
    ys = sorted(y for _, y in coords)
    # the spread of the middle 90% of nodes, so one far outlier does not shrink the rest
    lo, hi = int(n * 0.05), max(int(n * 0.95) - 1, 0)
    w = max(xs[hi] - xs[lo], 1e-9)
    h = max(ys[hi] - ys[lo], 1e-9)
    target = SPACING * math.sqrt(n) * 0.9
    k = target / math.sqrt(w * h)
    return [((x - cx) * k, (y - cy) * k) for x, y in coords]


def _pack(parts: list[tuple[list[int], list[Position]]]
          ) -> list[tuple[list[int], list[Position]]]:
    """Place components in rows (shelf packing), the biggest at the top left."""
    if not parts:
        return []
    boxes = []
    for _comp, coords in parts:
        xs = [x for x, _ in coords]
        ys = [y for _, y in coords]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + SPACING,
                      max(ys) - min(ys) + SPACING))
    total_area = sum(w * h for _, _, w, h in boxes)
    row_width = max(max(w for _, _, w, _ in boxes), math.sqrt(total_area) * 1.2)
    out = []
    x = y = row_h = 0.0
    for (comp, coords), (x0, y0, w, h) in zip(parts, boxes, strict=True):
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        out.append((comp, [(px - x0 + x, py - y0 + y) for px, py in coords]))
        x += w
        row_h = max(row_h, h)
    # centre the whole drawing on the origin
    all_x = [p[0] for _, cs in out for p in cs]
    all_y = [p[1] for _, cs in out for p in cs]
    mx = (min(all_x) + max(all_x)) / 2
    my = (min(all_y) + max(all_y)) / 2
    return [(comp, [(px - mx, py - my) for px, py in cs]) for comp, cs in out]


# -- the debate layout (small graphs) ---------------------------------------------

#: Up to this many nodes the page gets the debate layout below (deterministic, no physics).
DEBATE_MAX = LAYOUT_THRESHOLD
#: Canvas font size the debate layout leaves room for under a landmark (js/core.js FONT_SIZE).
LANDMARK_FONT = 20.0
#: Average advance of one character, as a share of the font size (DejaVu Sans / Arial).
CHAR_W = 0.6
#: Space along a question's arc for one claim, and between two rings of claims.
CLAIM_STEP = 30.0
RING_STEP = 34.0
#: The arc claims sit on: from lower left, over the top, to lower right (y grows downwards),
#: leaving the question's own label, under it, free.
ARC_FROM, ARC_TO = math.radians(150), math.radians(390)
COLUMN_GAP = 50.0


def label_box(label: str, font: float = LANDMARK_FONT) -> tuple[float, float]:
    """Width and height a label takes on the canvas, estimated (the page measures it exactly)."""
    lines = label.split("\n") if label else []
    if not lines:
        return 0.0, 0.0
    return max(len(s) for s in lines) * font * CHAR_W, len(lines) * font * 1.25 + 6


#: The graph area the debate layout plans for, and the on-screen size landmark labels get
#: there (js/core.js LABEL_MIN_PX): between a 1280x720 projector's (1010x658 with the left
#: panel) and an XGA projector's (1024x768: 754x706), so both label every landmark.
PLAN_CANVAS = (880.0, 640.0)
PLAN_PX = 12.0


def debate_layout(data: dict[str, Any]) -> tuple[dict[str, Position], float]:
    """Positions for :func:`_debate_layout` and the canvas font size they leave room for.

    Labels keep at least :data:`PLAN_PX` on screen, so the more there is to show the
    bigger they are in canvas units; the layout is made again with the room such a
    label takes until the room planned for is the room needed at the zoom that fits
    the picture in :data:`PLAN_CANVAS`.
    """
    best: tuple[float, tuple[dict[str, Position], float, float]] | None = None
    n_blocks = len({n["id"] for n in data["nodes"] if n["kind"] == "question"}) + 1
    debate = _Debate(data)  # read once, placed for each column count and font
    # more columns than blocks draw what as many columns as blocks draw: not tried again
    blocks = len(debate.hubs) + (debate.loose is not None)
    for cols in range(1, max(1, min(n_blocks, blocks)) + 1):
        font = LANDMARK_FONT
        raw: tuple[dict[str, Position], float, float] = ({}, 0.0, 0.0)
        for _ in range(8):
            raw = debate.place_raw(font, cols)
            need = PLAN_PX / _fit_scale_raw(*raw, font, debate.extremes)
            if need <= font * 1.02:
                break
            font = round(need * 1.02, 1)
        if best is None or font < best[0]:
            best = (font, raw)
    assert best is not None
    return _centred(*best[1]), best[0]


def _fit_scale(pos: dict[str, Position], font: float) -> float:
    """The zoom at which vis-network's fit() shows ``pos`` (and the labels under them)."""
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    w = max(xs) - min(xs) + font * 8
    h = max(ys) - min(ys) + font * 3
    return min(PLAN_CANVAS[0] / (1.1 * w), PLAN_CANVAS[1] / (1.1 * h))


def _fit_scale_raw(pos: dict[str, Position], mx: float, my: float, font: float,
                   extremes: tuple[float, float, float, float] | None = None) -> float:
    """:func:`_fit_scale` of ``_centred(pos, mx, my)``, from its extremes alone: rounding
    keeps order, so the rounded extremes are the extremes of the rounded positions (the
    same numbers, without rounding every position of every try). ``extremes``: the
    smallest and largest x and y of ``pos``, if known (``_Debate.extremes``)."""
    if not pos:
        return _fit_scale({}, font)
    if extremes is None:
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        extremes = min(xs), max(xs), min(ys), max(ys)
    x0, x1, y0, y1 = extremes
    corners = {"a": (round(x0 - mx, 1), round(y0 - my, 1)),
               "b": (round(x1 - mx, 1), round(y1 - my, 1))}
    return _fit_scale(corners, font)


def _centred(pos: dict[str, Position], mx: float, my: float) -> dict[str, Position]:
    """``pos`` moved by (-mx, -my), to a tenth of a unit (the page's positions)."""
    return {k: (round(px - mx, 1), round(py - my, 1)) for k, (px, py) in pos.items()}


def _debate_layout(data: dict[str, Any], font: float, cols: int) -> dict[str, Position]:
    """Positions that show the debate, from the page data (:func:`page.page_data`).

    Each question is a hub with its claims on an arc above it, grouped by
    position (the groups in order of weight, a gap between two groups), so
    ``contradicts`` relations run between the groups. The hubs stand in a grid,
    most contested first, top left. To their right, one column each, in the
    order a chain reads: the people who state the claims, the articles and
    interviews the claims appear in, the studies they rest on, and the authors
    of those studies. In each column a node stands level with the middle of
    what it links to, pushed apart just enough for its label. Claims that
    address no question are grouped under the grid by who states them.
    Pure and deterministic: the same data gives the same picture.
    """
    return _Debate(data).place(font, cols)


def _metrics(label: str) -> tuple[int, int]:
    """(longest line, lines) of a label: what :func:`label_box` reads of it."""
    if not label:
        return 0, 0
    lines = label.split("\n")
    return max(map(len, lines)), len(lines)


def _box(metrics: tuple[int, int], font: float) -> tuple[float, float]:
    """:func:`label_box` from a label's :func:`_metrics` (the same arithmetic)."""
    longest, lines = metrics
    if not lines:
        return 0.0, 0.0
    return longest * font * CHAR_W, lines * font * 1.25 + 6


class _Debate:
    """What the debate layout reads of the page data, read once.

    :func:`debate_layout` places the same data for several column counts and
    label sizes (the overview does it for each of a thousand groups); only the
    placing depends on those, so the reading is done once per data.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        nodes = data["nodes"]
        self.nodes = nodes
        kind = {n["id"]: n["kind"] for n in nodes}
        label = {n["id"]: n.get("label") or "" for n in nodes}
        size = {n["id"]: float(n.get("size") or 12) for n in nodes}
        self.kind, self.size = kind, size
        self.metrics = {nid: _metrics(text) for nid, text in label.items()}
        question_of: dict[str, str] = {}
        nbrs: dict[str, list[str]] = {}
        stated: dict[str, list[str]] = {}
        for u, v, k in map(_ENDS, data["edges"]):  # (each edge's ends read by C code)
            if u not in kind or v not in kind or u == v:
                continue
            if k == "addresses":
                question_of.setdefault(u, v)
            elif k == "states":
                stated.setdefault(v, []).append(u)
            nbrs.setdefault(u, []).append(v)
            nbrs.setdefault(v, []).append(u)
        self.nbrs = nbrs
        qinfo = {q["id"]: q for q in data.get("questions", [])}
        questions = sorted((n["id"] for n in nodes if n["kind"] == "question"),
                           key=lambda q: (-(qinfo.get(q, {}).get("score") or 0),
                                          not qinfo.get(q, {}).get("contested"), q))
        # 1. question blocks: hub, claims on an arc above it (the label below is placed
        # with the font, in ``place``)
        self.hubs: list[tuple[str, dict[str, Position], float, float, float]] = []
        for qid in questions:
            q = qinfo.get(qid)
            groups: list[list[str]] = []
            if q:
                for p in q["positions"]:
                    members = [c["id"] for c in p["claims"] if c["id"] in kind]
                    if members:
                        groups.append(members)
            else:
                groups = [[c for c in kind if question_of.get(c) == qid]]
            local = _arc(groups, hub_r=float(size[qid]) * 1.3)
            order = [c for grp in groups for c in grp]
            hub = size[qid] * 1.3  # the page grows contested hubs with their score
            r = max((math.hypot(x, y) for x, y in local.values()), default=0.0)
            y0 = -r - 20 if order else -hub - 10
            local[qid] = (0.0, 0.0)
            self.hubs.append((qid, local, hub, r, y0))
        self.loose: tuple[None, dict[str, Position], tuple[float, float, float, float]] | None
        self.loose = None
        loose = [n["id"] for n in nodes if n["kind"] == "claim" and n["id"] not in question_of]
        if loose:
            by_person: dict[str, list[str]] = {}
            for c in loose:
                by_person.setdefault(min(stated.get(c, ["~"])), []).append(c)
            local = {}
            per_row = max(6, int(math.sqrt(len(loose)) * 1.6))
            i = 0
            for key in sorted(by_person):
                for c in by_person[key]:
                    local[c] = ((i % per_row) * CLAIM_STEP * 1.2, (i // per_row) * CLAIM_STEP)
                    i += 1
                i += (-i) % per_row  # each person's claims start a new row
            xs = [x for x, _ in local.values()]
            ys = [y for _, y in local.values()]
            cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
            local = {c: (x - cx, y - cy) for c, (x, y) in local.items()}
            hw, hh = (max(xs) - min(xs)) / 2 + 25, (max(ys) - min(ys)) / 2 + 25
            self.loose = (None, local, (-hw, -hh, hw, hh))
        # 3. the columns (placed in ``place``, level with what each node links to)
        self.stating = [n["id"] for n in nodes if n["kind"] == "person"
                        and any(kind.get(m) == "claim" for m in nbrs.get(n["id"], ()))
                        and any(n["id"] in stated.get(m, ()) for m in nbrs.get(n["id"], ()))]
        works = [n["id"] for n in nodes if n["kind"] == "work"]
        info = data.get("info", {})
        study = {n["id"]: (info.get(n["id"]) or {}).get("type", "study") in STUDY_TYPES
                 for n in nodes if n["kind"] == "work"}
        self.articles = [w for w in works if not study[w]]
        self.studies = [w for w in works if study[w]]
        stating = set(self.stating)
        self.rest_people = [n["id"] for n in nodes if n["kind"] == "person"
                            and n["id"] not in stating]
        # What ``place_raw`` reads of the columns is the same for every font and column
        # count, so it is read here once: which neighbours of each node are placed before
        # it (the blocks' nodes, then the columns in order), the longest label line of
        # each column, and each node's lines and size (the overview places a thousand
        # groups up to eight times each).
        placed: set[str] = set()
        for _, local, _, _, _ in self.hubs:
            placed.update(local)
        if self.loose is not None:
            placed.update(self.loose[1])
        self.columns: list[tuple[list[str], list[list[str]], int, list[tuple[float, int]]]]
        self.columns = []
        for column in (self.stating, self.articles, self.studies):
            if not column:
                continue
            column = list(dict.fromkeys(column))  # (an id twice is placed once)
            near = [[m for m in nbrs.get(c, ()) if m in placed] for c in column]
            self.columns.append((column, near, max(self.metrics[c][0] for c in column),
                                 [(2 * size[c], self.metrics[c][1]) for c in column]))
            placed.update(column)
        self.rest_near = [[m for m in nbrs.get(c, ()) if m in placed] for c in self.rest_people]
        placed.update(self.rest_people)
        #: nodes no rule places (an unknown kind), each once, in order
        self.others = [nid for nid in dict.fromkeys(n["id"] for n in nodes) if nid not in placed]
        #: the extremes of the last placing (x0, x1, y0, y1), read by debate_layout
        self.extremes = (0.0, 0.0, 0.0, 0.0)

    def place(self, font: float, cols: int) -> dict[str, Position]:
        """The positions for labels of ``font`` and question blocks in ``cols`` columns."""
        return _centred(*self.place_raw(font, cols))

    def place_raw(self, font: float, cols: int) -> tuple[dict[str, Position], float, float]:
        """:meth:`place` before centring: the positions and the centre to move to the origin
        (``debate_layout`` tries up to eight fonts per column count and keeps one)."""
        size, metrics = self.size, self.metrics
        pos: dict[str, Position] = {}
        blocks: list[tuple[str | None, dict[str, Position],
                           tuple[float, float, float, float]]] = []
        for qid, local, hub, r, y0 in self.hubs:
            w, h = _box(metrics[qid], font)
            x0 = min(-w / 2 - font * 0.6, -r - 20)
            x1 = max(w / 2 + font * 0.6, r + 20)
            y1 = hub + 8 + h + 10
            blocks.append((qid, local, (x0, y0, x1, y1)))
        if self.loose is not None:
            blocks.append(self.loose)

        # 2. the blocks in a grid of ``cols`` columns (debate_layout tries each)
        placed, grid_w, grid_h = _grid(blocks, cols)
        for (_, local, _), (ox, oy) in zip(blocks, placed, strict=True):
            # (ox + x, oy + y) for each node, by C code (the overview places 34,000 nodes
            # about seven times each)
            moved_x = map(add, repeat(ox), map(_X, local.values()))
            moved_y = map(add, repeat(oy), map(_Y, local.values()))
            pos.update(zip(local, zip(moved_x, moved_y, strict=True), strict=True))

        # 3. the columns, each node level with what it links to (what each reads of the
        # data was read in __init__: the same arithmetic as _box)
        x = grid_w / 2 + COLUMN_GAP
        for column, near, longest, sized in self.columns:
            width = longest * font * CHAR_W
            x += width / 2
            want = _mean_ys(near, pos, grid_h)
            heights = [twice + ((lines * font * 1.25 + 6) if lines else 0.0) + 16
                       for twice, lines in sized]
            for c, y in _spread_pairs(column, want, heights):
                pos[c] = (x, y)
            x += width / 2 + COLUMN_GAP
        rest_people = self.rest_people
        if rest_people:
            # Authors who state nothing: small, unlabelled until zoomed in, in as many
            # narrow columns as keep them within the height of the rest, level with their
            # works.
            tall = max(grid_h, max(map(_Y, pos.values()), default=0.0)
                       - min(map(_Y, pos.values()), default=0.0))
            row = 2 * max(size[c] for c in rest_people) + 10
            per_col = max(1, int(tall / row))
            level = dict(zip(rest_people, _mean_ys(self.rest_near, pos, 0.0), strict=True))
            order = sorted(rest_people, key=lambda c: (level[c], c))
            ncols = math.ceil(len(order) / per_col)
            per_col = math.ceil(len(order) / ncols)
            for i, c in enumerate(order):
                col, r = divmod(i, per_col)
                pos[c] = (x + col * row * 1.6, (r - (per_col - 1) / 2) * row)
        for nid in self.others:  # anything else (an unknown kind): under everything
            pos[nid] = (0.0, grid_h / 2 + 100.0 + 30.0 * len(pos) % 300)
        if not pos:
            self.extremes = (0.0, 0.0, 0.0, 0.0)
            return {}, 0.0, 0.0
        # the centre, moved to the origin by _centred
        xs = list(map(_X, pos.values()))
        ys = list(map(_Y, pos.values()))
        self.extremes = x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        return pos, (x0 + x1) / 2, (y0 + y1) / 2


def _arc(groups: list[list[str]], hub_r: float = 30.0) -> dict[str, Position]:
    """Claims on arcs above their hub, one group after another with a gap between groups."""
    slots: list[str | None] = []
    for i, grp in enumerate(groups):
        if i:
            slots.append(None)
        slots.extend(grp)
    n = len(slots)
    if not n:
        return {}
    span = ARC_TO - ARC_FROM
    out: dict[str, Position] = {}
    r = max(hub_r + 50.0, min(n * CLAIM_STEP / span, 260.0))
    i = 0
    while i < n:
        cap = max(1, int(span * r / CLAIM_STEP) + 1)
        ring = slots[i:i + cap]
        k = len(ring)
        for j, c in enumerate(ring):
            if c is None:
                continue
            t = ARC_FROM + span * (j + 0.5) / k if k > 1 else ARC_FROM + span / 2
            out[c] = (r * math.cos(t), r * math.sin(t))
        i += cap
        r += RING_STEP
    return out


def _grid(blocks: list[Any], cols: int) -> tuple[list[Position], float, float]:
    """Block centres in rows of ``cols``; the grid's width and height; centred on 0."""
    widths = [0.0] * cols
    rows: list[float] = []
    for i, (_q, _l, (x0, y0, x1, y1)) in enumerate(blocks):
        c, r = i % cols, i // cols
        widths[c] = max(widths[c], x1 - x0)
        if r >= len(rows):
            rows.append(0.0)
        rows[r] = max(rows[r], y1 - y0)
    out = []
    gw, gh = sum(widths), sum(rows)
    for i, (_q, _l, (x0, y0, x1, y1)) in enumerate(blocks):
        c, r = i % cols, i // cols
        left = sum(widths[:c]) + (widths[c] - (x1 - x0)) / 2
        top = sum(rows[:r]) + (rows[r] - (y1 - y0)) / 2
        out.append((left - x0 - gw / 2, top - y0 - gh / 2))
    return out, gw, gh


#: A position's x and y, an edge's ends and kind (for ``map``).
_X, _Y = itemgetter(0), itemgetter(1)
_ENDS = itemgetter("from", "to", "kind")


def _mean_ys(nears: list[list[str]], pos: dict[str, Position], spread: float) -> list[float]:
    """Where each node stands level with what it links to: the mean y of its neighbours
    already placed (its list in ``nears``, in ``pos``), or half of ``spread`` when none is.
    Summed by C code in the order listed (the same sums as a loop: the overview asks this
    of 36,000 nodes about seven times each)."""
    at = pos.__getitem__
    half = spread / 2
    return [sum(map(_Y, map(at, near))) / len(near) if near else half for near in nears]


def _spread_pairs(ids: list[str], want: list[float], heights: list[float]
                  ) -> list[tuple[str, float]]:
    """(id, y) for ``ids``, each y as near its wanted one (``want``, by position in
    ``ids``) as possible, in the order of the wanted ys (then of the ids), no two closer
    than half their heights (``heights``, likewise) summed; in that order."""
    order = sorted(zip(want, ids, heights, strict=True))  # (by y, then id: ids are distinct)
    ys: list[float] = []
    prev_y = prev_h = 0.0
    for i, (y, _, h) in enumerate(order):
        if i:
            least = prev_y + (prev_h + h) / 2
            if least > y:  # (what max(y, least) keeps)
                y = least
        ys.append(y)
        prev_y, prev_h = y, h
    shift = sum([w - y for (w, _, _), y in zip(order, ys, strict=True)]) / len(order)
    return [(c, y + shift) for (_, c, _), y in zip(order, ys, strict=True)]
