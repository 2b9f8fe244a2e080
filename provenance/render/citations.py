"""The citation view: studies laid out by year, sized by citations within the dossier.

Like Litmaps or Local Citation Network: older works on the left, newer on
the right, one column per year; a work's size grows with how many works of
the dossier cite it; the arrows are ``cites``. Positions are computed here,
in Python, so the page opens with physics off, instantly, even with
thousands of works. Selecting a work on the page highlights its prior works
(everything it cites, directly or through others) and its derivative works
(everything that cites it), see the ``DATA.mode === "citations"`` block of
render/js/citations.js; its colours
(``prior``, ``derivative``) are the palette's, :mod:`.style`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier

#: The most room (canvas font size) planned for a label: past it, the page hides the labels
#: that do not fit (many works in few years) until you zoom in.
MAX_FONT = 60.0
#: The citation view plans room for the labels of this many works (the most cited).
LABELLED_WORKS = 60
#: Most horizontal distance between two consecutive years; vertical distance between works
#: of one year and level, and between citation levels.
X_PER_YEAR = 160
Y_STEP = 46
LEVEL = 70


def citation_counts(dossier: Dossier) -> dict[str, int]:
    """Work id -> how many works of the dossier cite it."""
    counts = {w.id: 0 for w in dossier.works}
    for w in dossier.works:
        for cited in set(w.cites):
            if cited in counts:
                counts[cited] += 1
    return counts


def layout(dossier: Dossier, labels: dict[str, str] | None = None,
           font: float = 20.0, per_year: float | None = None) -> dict[str, tuple[float, float]]:
    """Work id -> (x, y): x by year; y up with citations in the dossier (log scale), as Litmaps.

    Each work stands as near its citation level as it can without its label (``labels``,
    under the node at canvas font ``font``) or its square touching another's: the most
    cited are placed first, the others step up or down a row until they are clear, so
    works of one year, and of neighbouring years whose labels are wider than a year's
    step, spread over the canvas instead of piling up. Works without a year stand in a
    column of their own, left of the oldest. Deterministic: the same dossier gives the
    same picture.
    """
    from .layout import label_box

    counts = citation_counts(dossier)
    years = sorted({w.year for w in dossier.works if w.year is not None})
    first = years[0] if years else 0
    per_year = per_year or x_per_year(dossier)
    labels = labels or {}
    order = sorted(dossier.works, key=lambda w: (-counts[w.id], w.year or 0, w.id))
    # Room is planned for the labels of the most cited works only; the others are squares
    # whose labels the page shows where they fit, and as you zoom in.
    labelled = {w.id for w in order[:LABELLED_WORKS]}
    row = (font * 1.25 + 6 if labelled else 0) + 2 * work_size(1) + 8
    cell = 4 * row
    grid: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}

    def free(box: tuple[float, float, float, float]) -> bool:
        for gx in range(int(box[0] // cell), int(box[2] // cell) + 1):
            for gy in range(int(box[1] // cell), int(box[3] // cell) + 1):
                for b in grid.get((gx, gy), ()):
                    if box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]:
                        return False
        return True

    pos: dict[str, tuple[float, float]] = {}
    for w in order:
        x = -2 * per_year if w.year is None else (w.year - first) * per_year
        level = round(math.log2(1 + counts[w.id]) * 2)
        want = -level * LEVEL
        size = work_size(counts[w.id])
        lw, lh = label_box(labels.get(w.id, w.id), font) if w.id in labelled else (0.0, 0.0)
        half = max(size, lw / 2) + font * 0.3
        for k in range(2000):
            step = (k + 1) // 2 * (1 if k % 2 else -1)
            y = want + step * (row if w.id in labelled else 2 * size + 8)
            box = (x - half, y - size - 4, x + half, y + size + 4 + lh + 4)
            if free(box):
                break
        for gx in range(int(box[0] // cell), int(box[2] // cell) + 1):
            for gy in range(int(box[1] // cell), int(box[3] // cell) + 1):
                grid.setdefault((gx, gy), []).append(box)
        pos[w.id] = (float(x), float(y))
    return pos


def work_size(cited: int) -> float:
    """A work's square grows with how many works of the dossier cite it."""
    return 10 + 6 * math.sqrt(cited)


def x_per_year(dossier: Dossier) -> float:
    """Horizontal distance per year: the whole span ~1,200 px wide, 40 to 160 px a year."""
    years = [w.year for w in dossier.works if w.year is not None]
    span = max(years) - min(years) if years else 0
    return float(max(40, min(X_PER_YEAR, 1200 / max(span, 1))))


def citation_data(dossier: Dossier, data: dict[str, Any],
                  g: nx.MultiDiGraph | None = None) -> dict[str, Any]:
    """Turn the page's data (:func:`page.page_data`) into the citation view's."""
    from .layout import PLAN_CANVAS, PLAN_PX

    counts = citation_counts(dossier)
    works = {w.id: w for w in dossier.works}
    labels = {}
    for n in data["nodes"]:
        if n["kind"] == "work":
            year = str(works[n["id"]].year) if works[n["id"]].year is not None else "n.d."
            labels[n["id"]] = n["label"] if year in n["label"] else f"{n['label']} ({year})"
    # the room a label needs, at the zoom that shows every work on a projector (layout.py)
    # When many works share a few years the columns grow tall: the years are spread wider
    # (up to 8 times) until the picture is about as wide as a screen is.
    font, per_year = 20.0, x_per_year(dossier)
    pos = layout(dossier, labels, font, per_year)
    for _ in range(8):
        xs = [p[0] for p in pos.values()] or [0.0]
        ys = [p[1] for p in pos.values()] or [0.0]
        w_ = max(xs) - min(xs) + 12 * font
        h_ = max(ys) - min(ys) + 4 * font
        aspect = PLAN_CANVAS[0] / PLAN_CANVAS[1]
        need = PLAN_PX / min(PLAN_CANVAS[0] / (1.1 * w_), PLAN_CANVAS[1] / (1.1 * h_))
        wider = w_ < h_ * aspect * 0.8 and per_year < 8 * x_per_year(dossier)
        if not wider and (need <= font * 1.02 or font >= MAX_FONT):
            break
        if wider:
            per_year = min(8 * x_per_year(dossier), per_year * math.sqrt(h_ * aspect / w_))
        else:
            font = min(MAX_FONT, round(need * 1.02, 1))
        pos = layout(dossier, labels, font, per_year)
    nodes = []
    for n in data["nodes"]:
        if n["kind"] != "work":
            continue
        w = works[n["id"]]
        x, y = pos[w.id]
        nodes.append({**n, "x": x, "y": y, "size": work_size(counts[w.id]), "physics": False,
                      "label": labels[w.id], "cited_in_dossier": counts[w.id]})
    edges = [e for e in data["edges"] if e["kind"] == "cites"]
    years = sorted({w.year for w in dossier.works if w.year is not None})
    return {
        **data,
        "mode": "citations",
        "nodes": nodes,
        "edges": edges,
        "questions": [],
        "people": [],
        "edge_kinds": [k for k in data["edge_kinds"] if k["kind"] == "cites"],
        "physics": False,
        "arranged": {"engine": "citations", "font": font},
        "citations": {
            "years": [years[0], years[-1]] if years else [],
            "x_per_year": per_year,
        },
    }
