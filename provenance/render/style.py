"""How each kind of node and edge is drawn: the "colour" stage, apart from the model.

Every distinction is made twice, so it survives colour blindness and
black-and-white printing: node kinds differ by shape *and* colour; supports
and contradicts differ by dash pattern and arrowhead as well as colour.
"""

from __future__ import annotations

from typing import Any

NODE_STYLE: dict[str, dict[str, Any]] = {
    "question": {"shape": "star", "color": "#edc948", "border": "#8a6d00", "size": 26},
    "person": {"shape": "dot", "color": "#4e79a7", "border": "#2b4a6b", "size": 14},
    "work": {"shape": "square", "color": "#59a14f", "border": "#2f6128", "size": 13},
    "claim": {"shape": "diamond", "color": "#f28e2b", "border": "#9c5410", "size": 11},
}
CONTESTED_COLOR = "#e15759"
CONTESTED_BORDER = "#7a1f21"
UNVERIFIED_BORDER = "#b40000"
NONSTUDY_WORK_COLOR = "#76b7b2"  # articles, interviews, web pages

EDGE_STYLE: dict[str, dict[str, Any]] = {
    # kind: colour, dashes (False or a pattern), arrowhead type, width, label for the legend
    "supports": {"color": "#2f8a3b", "dashes": False, "arrow": "arrow", "width": 2.5,
                 "legend": "supports (solid, arrow)"},
    "contradicts": {"color": "#d62728", "dashes": [10, 6], "arrow": "bar", "width": 2.5,
                    "legend": "contradicts (dashed, bar ⊣)"},
    "based_on": {"color": "#7f7f7f", "dashes": [2, 5], "arrow": "vee", "width": 1.5,
                 "legend": "based on (dotted, open arrow)"},
    "cites": {"color": "#9c9c9c", "dashes": False, "arrow": "arrow", "width": 1,
              "legend": "cites"},
    "states": {"color": "#4e79a7", "dashes": False, "arrow": "circle", "width": 1.2,
               "legend": "states (quote)"},
    "appears_in": {"color": "#c7c7c7", "dashes": [1, 4], "arrow": "circle", "width": 1,
                   "legend": "appears in"},
    "authored": {"color": "#a0cbe8", "dashes": [4, 4], "arrow": "arrow", "width": 1,
                 "legend": "authored"},
    "addresses": {"color": "#d4a017", "dashes": False, "arrow": "arrow", "width": 1,
                  "legend": "addresses (question)"},
}


def node_visual(kind: str, *, contested: bool = False, unverified: bool = False,
                study: bool = True, size: float | None = None) -> dict[str, Any]:
    """vis-network node options for one node."""
    st = NODE_STYLE[kind]
    bg = st["color"]
    border = st["border"]
    width = 1.5
    out: dict[str, Any] = {"shape": st["shape"], "size": size or st["size"]}
    if kind == "work" and not study:
        bg = NONSTUDY_WORK_COLOR
    if kind == "question" and contested:
        bg, border, width = CONTESTED_COLOR, CONTESTED_BORDER, 4
        out["size"] = (size or st["size"]) * 1.45
    if unverified:
        border, width = UNVERIFIED_BORDER, 3
        out["shapeProperties"] = {"borderDashes": [4, 3]}
    out["borderWidth"] = width
    out["color"] = {
        "background": bg,
        "border": border,
        "highlight": {"background": bg, "border": "#000000"},
        "hover": {"background": bg, "border": "#000000"},
    }
    return out


def hub_size(kind: str, degree: int) -> float:
    """Bigger nodes for people and works with many links, so the main voices stand out."""
    base = float(NODE_STYLE[kind]["size"])
    root: float = max(0, degree - 1) ** 0.5
    return round(base + 2.2 * root, 1)


def edge_visual(kind: str) -> dict[str, Any]:
    """vis-network edge options for one relation kind."""
    st = EDGE_STYLE[kind]
    return {
        "color": {"color": st["color"], "highlight": "#000000", "hover": "#000000",
                  "inherit": False},
        "dashes": st["dashes"],
        "width": st["width"],
        "arrows": {"to": {"enabled": True, "type": st["arrow"], "scaleFactor": 0.7}},
    }
