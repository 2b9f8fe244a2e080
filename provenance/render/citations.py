"""The citation view: studies laid out by year, sized by citations within the dossier.

Like Litmaps or Local Citation Network: older works on the left, newer on
the right, one column per year; a work's size grows with how many works of
the dossier cite it; the arrows are ``cites``. Positions are computed here,
in Python, so the page opens with physics off, instantly, even with
thousands of works. Selecting a work on the page highlights its prior works
(everything it cites, directly or through others) and its derivative works
(everything that cites it), see the ``DATA.mode === "citations"`` block of
page.js.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier

#: Most horizontal distance between two consecutive years; vertical distance between works
#: of one year and level, and between citation levels.
X_PER_YEAR = 160
Y_STEP = 46
LEVEL = 70
PRIOR_COLOUR = "#1f6fb2"
DERIVATIVE_COLOUR = "#c2571a"


def citation_counts(dossier: Dossier) -> dict[str, int]:
    """Work id -> how many works of the dossier cite it."""
    counts = {w.id: 0 for w in dossier.works}
    for w in dossier.works:
        for cited in set(w.cites):
            if cited in counts:
                counts[cited] += 1
    return counts


def layout(dossier: Dossier) -> dict[str, tuple[float, float]]:
    """Work id -> (x, y): x by year; y up with citations in the dossier (log scale), as Litmaps.

    Works of one year and one citation level are spread apart; a small fixed
    jitter (from the id, so the page is the same on every run) keeps works of
    neighbouring years off one straight line. Works without a year stand in a
    column of their own, left of the oldest.
    """
    import zlib

    counts = citation_counts(dossier)
    years = sorted({w.year for w in dossier.works if w.year is not None})
    first = years[0] if years else 0
    per_year = x_per_year(dossier)
    groups: dict[tuple[int | None, int], list[str]] = {}
    for w in dossier.works:
        level = round(math.log2(1 + counts[w.id]) * 2)
        groups.setdefault((w.year, level), []).append(w.id)
    pos: dict[str, tuple[float, float]] = {}
    for (year, level), ids in groups.items():
        x = -2 * per_year if year is None else (year - first) * per_year
        ids.sort()
        for rank, wid in enumerate(ids):
            # 0, +1, -1, +2, -2 ... steps around the level's line.
            step = (rank + 1) // 2 * (1 if rank % 2 else -1)
            jitter = (zlib.crc32(wid.encode()) % 1000) / 1000 - 0.5
            pos[wid] = (float(x), float(-level * LEVEL + step * Y_STEP + jitter * LEVEL))
    return pos


def x_per_year(dossier: Dossier) -> float:
    """Horizontal distance per year: the whole span ~1,200 px wide, 40 to 160 px a year."""
    years = [w.year for w in dossier.works if w.year is not None]
    span = max(years) - min(years) if years else 0
    return float(max(40, min(X_PER_YEAR, 1200 / max(span, 1))))


def citation_data(dossier: Dossier, data: dict[str, Any],
                  g: nx.MultiDiGraph | None = None) -> dict[str, Any]:
    """Turn the page's data (:func:`page.page_data`) into the citation view's."""
    counts = citation_counts(dossier)
    pos = layout(dossier)
    works = {w.id: w for w in dossier.works}
    nodes = []
    for n in data["nodes"]:
        if n["kind"] != "work":
            continue
        w = works[n["id"]]
        x, y = pos[w.id]
        size = 10 + 6 * math.sqrt(counts[w.id])
        year = str(w.year) if w.year is not None else "n.d."
        nodes.append({**n, "x": x, "y": y, "size": size, "physics": False,
                      "label": f"{n['label']}" if year in n["label"] else f"{n['label']} ({year})",
                      "cited_in_dossier": counts[w.id]})
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
        "citations": {
            "years": [years[0], years[-1]] if years else [],
            "x_per_year": x_per_year(dossier),
            "prior_colour": PRIOR_COLOUR,
            "derivative_colour": DERIVATIVE_COLOUR,
        },
    }
