"""How each kind of node and edge is drawn: the "colour" stage, apart from the model.

Every distinction is made twice, so it survives colour blindness and
black-and-white printing: node kinds differ by shape *and* colour; supports
and contradicts differ by dash pattern and arrowhead as well as colour.
"""

from __future__ import annotations

from typing import Any

#: Every colour of the page, defined here once, by name. It becomes the page's CSS
#: variables (``--name``, :func:`css_variables`: page.css and the legend use only those),
#: and the script receives it as data (:func:`script_palette`) for what it draws on the
#: canvas; the nodes' and relations' vis-network options below read it too.
PALETTE: dict[str, str] = {
    # nodes (and the legend's swatches)
    "question": "#edc948", "question-border": "#8a6d00",
    "contested": "#e15759", "contested-border": "#7a1f21",
    "person": "#4e79a7", "person-border": "#2b4a6b",
    "study": "#59a14f", "study-border": "#2f6128",
    "article": "#76b7b2",  # articles, interviews, web pages
    "claim": "#f28e2b", "claim-border": "#9c5410",
    "unverified-border": "#b40000",
    "selected-border": "#000000",
    # relations
    "supports": "#2f8a3b", "contradicts": "#d62728", "based_on": "#7f7f7f",
    "cites": "#9c9c9c", "states": "#4e79a7", "appears_in": "#c7c7c7",
    "authored": "#a0cbe8", "addresses": "#d4a017",
    "vis-default": "#848484",  # what vis-network draws a relation in when given no colour
    # an overview's groups and the links between them
    "group-link": "rgba(107,91,149,0.16)", "group-link-strong": "#6b5b95",
    "group": "#e9e4f5", "group-open": "#d8cfee", "group-hot-border": "#b3261e",
    # the citation view's families
    "prior": "#1f6fb2", "derivative": "#c2571a",
    # a claim's chain, lit up
    "chain-glow": "rgba(225,87,89,0.85)", "chain-glow-edge": "rgba(225,87,89,0.7)",
    # the page
    "ink": "#1d1d1f", "muted": "#5f6368", "line": "#d9d9de", "bg": "#fafaf7",
    "paper": "#ffffff", "accent": "#e15759",
    "control-border": "#bbbbbb", "button": "#f6f6f6", "hover": "#f3f3f0",
    "active": "#eef3fb", "tooltip-border": "#999999", "link": "#1a57b8",
    "quote-bg": "#fff8f0", "context-bg": "#fbfbf9", "context-border": "#ecece6",
    "mark": "#ffe08a",
    "ok-bg": "#e3f3e1", "ok-ink": "#1f6d26", "warn-bg": "#fff1cc", "warn-ink": "#7a5a00",
    "bad-bg": "#fde2e2", "bad-ink": "#8c1010",
    "band-label": "#5f3b00",  # an opened question's position names, on the canvas
    "bar-bg": "#e6e6e1", "card-border": "#d8d8d2", "card-ink": "#555555",
    "note-ink": "#444444", "column-bg": "#f1f1ec",
    "banner-bg": "#fff4d6", "banner-border": "#e0c36a",
    "year-line": "rgba(0,0,0,0.07)",
    "shadow": "rgba(0,0,0,0.12)", "shadow-light": "rgba(0,0,0,0.08)",
    "shadow-strong": "rgba(0,0,0,0.18)", "shadow-dialog": "rgba(0,0,0,0.3)",
    "overlay": "rgba(20,20,20,0.45)",
}

#: Work types drawn as studies (the study colour, the studies' column of the debate
#: layout); the others are articles, interviews, web pages.
STUDY_TYPES = ("study", "review", "report", "dataset")

NODE_STYLE: dict[str, dict[str, Any]] = {
    "question": {"shape": "star", "color": PALETTE["question"],
                 "border": PALETTE["question-border"], "size": 26},
    "person": {"shape": "dot", "color": PALETTE["person"], "border": PALETTE["person-border"],
               "size": 14},
    "work": {"shape": "square", "color": PALETTE["study"], "border": PALETTE["study-border"],
             "size": 13},
    "claim": {"shape": "diamond", "color": PALETTE["claim"], "border": PALETTE["claim-border"],
              "size": 11},
}
CONTESTED_COLOR = PALETTE["contested"]
CONTESTED_BORDER = PALETTE["contested-border"]
UNVERIFIED_BORDER = PALETTE["unverified-border"]
NONSTUDY_WORK_COLOR = PALETTE["article"]

EDGE_STYLE: dict[str, dict[str, Any]] = {
    # kind: colour, dashes (False or a pattern), arrowhead type, width, label for the legend
    "supports": {"color": PALETTE["supports"], "dashes": False, "arrow": "arrow", "width": 2.5,
                 "legend": "supports (solid, arrow)"},
    "contradicts": {"color": PALETTE["contradicts"], "dashes": [10, 6], "arrow": "bar",
                    "width": 2.5, "legend": "contradicts (dashed, bar ⊣)"},
    "based_on": {"color": PALETTE["based_on"], "dashes": [2, 5], "arrow": "vee", "width": 1.5,
                 "legend": "based on (dotted, open arrow)"},
    "cites": {"color": PALETTE["cites"], "dashes": False, "arrow": "arrow", "width": 1,
              "legend": "cites"},
    "states": {"color": PALETTE["states"], "dashes": False, "arrow": "circle", "width": 1.2,
               "legend": "states (quote)"},
    "appears_in": {"color": PALETTE["appears_in"], "dashes": [1, 4], "arrow": "circle",
                   "width": 1, "legend": "appears in"},
    "authored": {"color": PALETTE["authored"], "dashes": [4, 4], "arrow": "arrow", "width": 1,
                 "legend": "authored"},
    "addresses": {"color": PALETTE["addresses"], "dashes": False, "arrow": "arrow", "width": 1,
                  "legend": "addresses (question)"},
}


def css_variables() -> str:
    """The palette as CSS custom properties on ``:root``, put before page.css in the page."""
    return ":root { " + " ".join(f"--{k}: {v};" for k, v in PALETTE.items()) + " }\n"


def script_palette() -> dict[str, str]:
    """What the page's script receives: the palette, by the same names (a JSON block)."""
    return dict(PALETTE)


def node_visual(kind: str, *, contested: bool = False, unverified: bool = False,
                study: bool = True, size: float | None = None) -> dict[str, Any]:
    """vis-network node options for one node.

    One dict per distinct style, shared by every node drawn alike (the page copies
    its keys into each node): a fresh tree of dicts per node was 77 MB of the
    20,000-claim page's data. Read it, never modify it.
    """
    key = (kind, contested, unverified, study, size)
    out = _NODE_VISUALS.get(key)
    if out is None:
        out = _NODE_VISUALS[key] = _node_visual(kind, contested=contested,
                                                unverified=unverified, study=study, size=size)
    return out


#: :func:`node_visual`'s styles, one per distinct set of arguments (kinds x flags x the
#: few hub sizes a dossier has).
_NODE_VISUALS: dict[tuple[str, bool, bool, bool, float | None], dict[str, Any]] = {}


def _node_visual(kind: str, *, contested: bool, unverified: bool, study: bool,
                 size: float | None) -> dict[str, Any]:
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
        "highlight": {"background": bg, "border": PALETTE["selected-border"]},
        "hover": {"background": bg, "border": PALETTE["selected-border"]},
    }
    return out


def hub_size(kind: str, degree: int) -> float:
    """Bigger nodes for people and works with many links, so the main voices stand out."""
    base = float(NODE_STYLE[kind]["size"])
    root: float = max(0, degree - 1) ** 0.5
    return round(base + 2.2 * root, 1)


def edge_visual(kind: str) -> dict[str, Any]:
    """vis-network edge options for one relation kind: one dict per kind, shared by
    every edge of that kind (see :func:`node_visual`). Read it, never modify it."""
    out = _EDGE_VISUALS.get(kind)
    if out is None:
        st = EDGE_STYLE[kind]
        out = _EDGE_VISUALS[kind] = {
            "color": {"color": st["color"], "highlight": PALETTE["selected-border"],
                      "hover": PALETTE["selected-border"],
                      "inherit": False},
            "dashes": st["dashes"],
            "width": st["width"],
            "arrows": {"to": {"enabled": True, "type": st["arrow"], "scaleFactor": 0.7}},
        }
    return out


_EDGE_VISUALS: dict[str, dict[str, Any]] = {}
