"""Node positions computed in Python, for graphs too big for in-browser physics.

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
from typing import TYPE_CHECKING

from . import forcelayout

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
