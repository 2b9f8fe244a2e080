"""The interactive page: one self-contained, offline, script-safe HTML file.

Pipeline: dossier → :func:`provenance.pipeline.page_inputs` (graph, every quote's
verdict, the analysis) → :func:`page_data` (plain JSON-ready data: what to draw and
what to show) → :func:`generate_html` (text) → :func:`write_html` (the only function
that touches the disk). This module checks and analyses nothing itself: it draws
what it is handed.

The page's script is kept in modules by concern (``js/``, :data:`SCRIPT_MODULES`),
joined in a fixed order into the one inline script; its colours come from
:mod:`.style` (CSS variables, and a JSON block the script reads).

pyvis is kept for what it does well, shipping a tested build of vis-network;
its page template is not used: it links CDNs, writes headings and ids raw into
the page, and routes titles through ``innerHTML``. Our template inlines
vis-network, carries all dossier text as escaped JSON and puts it on screen
with ``textContent`` only, under a Content-Security-Policy that forbids any
network access.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..claimview import anchor_appearances, claim_records, estimate_text, work_labels
from ..model import Dossier
from ..text import NO_POSITION, counted, plain_numbers, position_label, short_label, shorten
from ..version import __version__
from . import escape, style
from .style import STUDY_TYPES

if TYPE_CHECKING:
    from ..pipeline import PageInputs

__all__ = ["SCRIPT_MODULES", "STUDY_TYPES", "VIS_VERSION", "anchor_appearances", "claim_records",
           "estimate_text",
           "generate_html", "page_data", "script", "short_label", "stylesheet", "work_labels",
           "write_html"]

VIS_VERSION = "9.1.2"

#: The page's script, by concern, in the order it is joined into the one inline script
#: (``js/`` beside this module). core.js comes first: it holds "use strict" and declares
#: the state the others share; the rest run in the order the page is built.
SCRIPT_MODULES = (
    "core.js",       # shared state, the data (unpacked), DOM helpers, drawing constants
    "network.js",    # the vis-network graph
    "panels.js",     # tooltip, details panel, an opened question's bands
    "filters.js",    # the question list, filters and search
    "analysis.js",   # evidence weight, chains, scores, the debate view
    "citations.js",  # the citation view (render --citations)
    "biggraph.js",   # big graphs: unpacking, the edge layer, labels on demand
    "inflate.js",    # a DEFLATE decoder for big pages' data
    "overview.js",   # a focus view's banner; the overview of big dossiers
    "labels.js",     # labels placed like a map's
    "export.js",     # the view as PNG/SVG; printing
)


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as pyvis ships them (read, not imported: pyvis imports slowly)."""
    import importlib.util

    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed: pip install pyvis")
    base = Path(list(spec.submodule_search_locations)[0]) / "lib" / f"vis-{VIS_VERSION}"
    js = (base / "vis-network.min.js").read_text(encoding="utf-8")
    css = (base / "vis-network.css").read_text(encoding="utf-8")
    # Drop the source-map comment: it would make devtools fetch a file.
    js = js.replace("//# sourceMappingURL=vis-network.min.js.map", "")
    return js, css


def _resource(name: str) -> str:
    return (files("provenance.render") / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def script() -> str:
    """The page's one inline script: the modules of :data:`SCRIPT_MODULES`, in that order."""
    base = files("provenance.render") / "js"
    return "\n".join(f"/* ---- {name} ---- */\n" + (base / name).read_text(encoding="utf-8")
                     for name in SCRIPT_MODULES)


@lru_cache(maxsize=1)
def stylesheet() -> str:
    """The page's own styles: the palette's CSS variables (:mod:`.style`), then page.css."""
    return style.css_variables() + _resource("page.css")


def page_data(dossier: Dossier, inputs: PageInputs) -> dict[str, Any]:
    """Everything the page shows, as plain data (no HTML), from what the stages before found.

    ``inputs`` is :func:`provenance.pipeline.page_inputs`'s hand-off (the graph, every
    quote's verdict and the analysis): drawn, never recomputed, so the page cannot
    disagree with ``check`` or ``contested``.
    """
    labels = work_labels(dossier)
    return _with_verdicts(_frame(dossier, inputs, labels), dossier, inputs, labels)


def _frame(dossier: Dossier, inputs: PageInputs, labels: dict[str, str], *,
           columns: list[Any] | None = None) -> dict[str, Any]:
    """:func:`page_data` but for what the quotes' verdicts decide: every claim drawn as
    verified, no claim in ``info`` (claims come last in both; :func:`_with_verdicts`
    completes them). The layout reads only this part, so it can run while the verdicts
    are still being found (see :class:`provenance.pipeline.Verdicts`). ``labels`` is
    :func:`work_labels` of ``dossier`` (made once for both halves). ``columns``: a list
    the edges' fields are added to, a column each (:class:`.scale.EdgeColumns`, which
    :func:`.scale.pack_edges` reads instead of the edges' dicts)."""
    g = inputs.graph
    questions = [_plain_question(q) for q in inputs.questions]
    contested_ids = {q["id"] for q in questions if q["contested"]}
    people = {p.id: p for p in dossier.people}

    nodes: list[dict[str, Any]] = []
    info: dict[str, dict[str, Any]] = {}
    for q in dossier.questions:
        hot = q.id in contested_ids
        nodes.append({"id": q.id, "kind": "question",
                      "label": short_label(("⚑ " if hot else "") + q.text, 19),
                      **style.node_visual("question", contested=hot)})
        info[q.id] = {"kind": "question", "title": q.text, "contested": hot, "note": q.note}
    # The edges, in the graph's order (what ``g.edges(data=True)`` gives, read from its
    # adjacency as build_graph fills it: networkx's edge view was 0.1 s of 111,790 edges),
    # and each node's degree (in and out, every parallel edge) in the same pass
    # (g.degree(n) walks each node's neighbours: 0.4 s at 20,000 claims).
    if g is not None:
        ids: Any = g.nodes
        graph_edges: Any = _edges_of(g)
    else:  # (no graph built: the same edges, in its order, from the records)
        from ..graph import edges_in_order

        ids, graph_edges = edges_in_order(dossier)
    degree = dict.fromkeys(ids, 0)
    edges: list[dict[str, Any]] = []
    edge_visual = style.edge_visual
    froms: list[Any] = []
    tos: list[Any] = []
    kinds: list[Any] = []
    works: list[Any] = []
    quotes: list[Any] = []
    looks: dict[Any, tuple[Any, ...] | None] = {}  # each kind's style values, in their order
    for n, (u, v, d) in enumerate(graph_edges):
        kind = d["kind"]
        work = d.get("work")
        quote = d.get("quote")
        look = looks.get(kind, _NO_LOOK)
        if look is _NO_LOOK:
            look = looks[kind] = _edge_look(edge_visual(kind))
        if look is not None:
            # (edge_visual's dict written out: the same keys, in order, the same values;
            # merging it was a fifth of this loop, over a hundred thousand edges)
            color, dashes, width, arrows = look
            edges.append({"id": f"e{n}", "from": u, "to": v, "kind": kind,
                          "work": work, "quote": quote, "color": color, "dashes": dashes,
                          "width": width, "arrows": arrows})
        else:
            edges.append({"id": f"e{n}", "from": u, "to": v, "kind": kind,
                          "work": work, "quote": quote, **edge_visual(kind)})
        froms.append(u)
        tos.append(v)
        kinds.append(kind)
        works.append(work)
        quotes.append(quote)
        degree[u] += 1
        degree[v] += 1
    if columns is not None:
        from .scale import EdgeColumns

        columns.append(EdgeColumns(edges, {"from": froms, "to": tos, "kind": kinds,
                                           "work": works, "quote": quotes}))
    del froms, tos, kinds, works, quotes
    for p in dossier.people:
        # Labels are drawn: shortened (a 1 MB name kept the browser busy for minutes);
        # the full text stays in ``info``, shown in the details panel on demand.
        nodes.append({"id": p.id, "kind": "person", "label": _person_label(p),
                      **style.node_visual("person", size=style.hub_size("person", degree[p.id]))})
        info[p.id] = {"kind": "person", "title": p.name, "aliases": p.aliases,
                      "affiliation": p.affiliation, "role": p.role, "note": p.note,
                      "url": escape.safe_url(p.url)}
    for w in dossier.works:
        nodes.append({"id": w.id, "kind": "work", "label": labels[w.id],
                      **style.node_visual("work", study=w.type in STUDY_TYPES,
                                          size=style.hub_size("work", degree[w.id]))})
        info[w.id] = {
            "kind": "work", "title": w.title, "type": w.type, "year": w.year,
            "venue": w.venue, "authors": [people[a].name for a in w.authors if a in people],
            "design": w.design, "design_note": w.design_note,
            "sample": None if w.sample is None else
            f"{w.sample.n:g} {w.sample.unit or ''}".strip(),
            "doi": w.doi, "pmid": w.pmid,
            "doi_url": escape.safe_url(f"https://doi.org/{w.doi}") if w.doi else None,
            "url": escape.safe_url(w.url), "unverified": w.unverified, "note": w.note,
        }  # (whether the dossier holds the work's text: the script never asked)
    verified = style.node_visual("claim")
    for c in dossier.claims:
        nodes.append({"id": c.id, "kind": "claim", "label": short_label(c.text, 24), **verified})
    return {
        "title": dossier.title,
        "description": dossier.description,
        "nodes": nodes,
        "edges": edges,
        "info": info,
        "questions": questions,
        "people": [{"id": p.id, "name": p.name} for p in dossier.people],
        "edge_kinds": [{"kind": k, "legend": s["legend"]} for k, s in style.EDGE_STYLE.items()],
        "physics": len(nodes) <= 1500,
        # Evidence weights, chains, scores and flags for the page's analysis block (issue 4).
        "analysis": inputs.analysis,
    }


#: The keys of :func:`.style.edge_visual`'s dicts, in their order (what :func:`_frame`
#: writes out); a kind styled with other keys is merged as it is.
_EDGE_LOOK_KEYS = ("color", "dashes", "width", "arrows")
_NO_LOOK: Any = object()


def _edge_look(visual: dict[str, Any]) -> tuple[Any, ...] | None:
    """``visual``'s values in the order of :data:`_EDGE_LOOK_KEYS`, or None if it has other
    keys (or another order)."""
    return tuple(visual.values()) if tuple(visual) == _EDGE_LOOK_KEYS else None


def _edges_of(g: Any) -> Iterator[tuple[Any, Any, dict[str, Any]]]:
    """``g.edges(data=True)``, in its order; for a directed multigraph read straight from
    its adjacency (networkx's view costs a generator step and a tuple per edge)."""
    if g.is_directed() and g.is_multigraph():
        for u, nbrs in g._succ.items():
            for v, keyed in nbrs.items():
                for d in keyed.values():
                    yield u, v, d
    else:
        yield from g.edges(data=True)


def _with_verdicts(frame: dict[str, Any], dossier: Dossier, inputs: PageInputs,
                   labels: dict[str, str]) -> dict[str, Any]:
    """:func:`_frame`'s data completed: each claim drawn as its quotes' verdicts say and
    its ``info`` (:func:`claim_records`). Reads ``inputs.checks`` (waits for them if they
    are still being found: a :class:`provenance.pipeline.Verdicts` makes the records in
    the second process that checks the quotes)."""
    checks: Any = inputs.checks
    made = getattr(checks, "claim_records", None)  # (a pipeline.Verdicts: made already)
    records = made() if made is not None else claim_records(dossier, checks, labels)
    claims = dossier.claims
    start = len(frame["nodes"]) - len(claims)
    nodes = frame["nodes"][:start]
    info = dict(frame["info"])
    drawn = {False: style.node_visual("claim"), True: style.node_visual("claim", unverified=True)}
    for c, node, (unverified, record) in zip(claims, frame["nodes"][start:], records,
                                             strict=True):
        if type(record) is tuple:  # packed for a big page (claim_packer) given to another
            raise TypeError("claims' records packed ahead for a page that packs its own")
        nodes.append({"id": c.id, "kind": "claim", "label": node["label"], **drawn[unverified]})
        info[c.id] = record
    return {**frame, "nodes": nodes, "info": info}


def _person_label(p: Any) -> str:
    """A person's label on the page: the name, shortened (a 1 MB name kept the browser
    busy for minutes); the full name stays in ``info``, shown in the details panel."""
    return shorten(p.name, 40)


def claim_packer(dossier: Dossier, *, mode: str = "graph"
                 ) -> Callable[[dict[str, Any]], Any] | None:
    """What :func:`generate_html` makes of each claim's record, made where the records
    are made (the second process, :class:`provenance.pipeline.Verdicts`): packed as
    :func:`.scale.pack` packs it, its long strings' places beside it
    (:func:`.scale.record_packer`). None when the page is not packed ahead of its
    verdicts (a small page, the citation view, ids named like Object's members): then
    the records go to the page as they are. ``render`` hands it to
    :func:`provenance.pipeline.page_inputs`.

    The labels and titles are the page's (:func:`_frame`'s): a person's, a work's;
    a question's label depends on the analysis and a claim's is never compared, so a
    record that would compare a string with either is sent as it is.
    """
    from . import layout, scale

    size = (len(dossier.questions) + len(dossier.people) + len(dossier.works)
            + len(dossier.claims))
    if mode != "graph" or not layout.needs_layout(size) or _prototype_names(dossier):
        return None
    unknown = {q.id for q in dossier.questions} | {c.id for c in dossier.claims}
    labels: dict[str, Any] = {p.id: _person_label(p) for p in dossier.people}
    labels.update(work_labels(dossier))
    if len(unknown | set(labels)) != size:  # an id given twice: the page's nodes decide
        return None
    titles: dict[str, Any] = {p.id: p.name for p in dossier.people}
    titles.update({w.id: w.title for w in dossier.works})
    titles.update({c.id: c.text for c in dossier.claims})
    titles.update({q.id: q.text for q in dossier.questions})
    return scale.record_packer(labels, titles, unknown)


def _drawn_claims(dossier: Dossier, inputs: PageInputs, labels: dict[str, str]
                  ) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """Each claim's id, how it is drawn and its record in ``info``, in order, as
    :func:`_with_verdicts` completes them (for :func:`.scale.pack_verdicts`, which takes
    the list over)."""
    checks: Any = inputs.checks
    made = getattr(checks, "hand_over", None)  # (a pipeline.Verdicts: made already)
    # (from a Verdicts given claim_packer: each record packed already, or as it is)
    records = made() if made is not None else claim_records(dossier, checks, labels)
    drawn = {False: style.node_visual("claim"), True: style.node_visual("claim", unverified=True)}
    out = [(c.id, drawn[unverified], record)
           for c, (unverified, record) in zip(dossier.claims, records, strict=True)]
    records.clear()  # (handed over: the list is the one reference left to them)
    return out


def _counts(nodes: list[dict[str, Any]]) -> dict[str, int]:
    """Nodes of each kind, for the page's summary line."""
    return {k: sum(1 for n in nodes if n["kind"] == k)
            for k in ("question", "claim", "person", "work")}


def _plain_question(q: dict[str, Any]) -> dict[str, Any]:
    """A question as the page writes it: each position's name in words (its ``label``;
    ``loose`` marks the claims that take none), figures as a reader writes them
    (900,000–1.4 million)."""
    out = {**q, "positions": [{**p, "label": position_label(p["position"]),
                               "loose": p["position"] == NO_POSITION}
                              for p in q.get("positions", [])]}
    nums = q.get("estimate_conflicts") or []
    if nums:
        out["estimate_conflicts"] = [{**n, "detail": plain_numbers(str(n.get("detail", "")))}
                                     for n in nums]
    return out


#: Names every JavaScript object inherits. vis-network keeps its nodes' forces in plain
#: objects keyed by id: a node whose id is "constructor" got NaN positions and an endless
#: recursion, and the page's own filters read Object's members as nodes.
_PROTO_NAMES = frozenset({
    "constructor", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable",
    "toLocaleString", "toString", "valueOf", "__proto__", "__defineGetter__",
    "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
})
#: Appended to such an id (and position) in the page only: WORD JOINER, invisible, so the
#: page shows the same text while no lookup can meet Object.prototype.
_PROTO_MARK = "\u2060"


def _prototype_names(dossier: Dossier) -> bool:
    """Whether an id or a position of ``dossier`` is named like an Object.prototype member."""
    names = {q.id for q in dossier.questions} | {p.id for p in dossier.people} \
        | {w.id for w in dossier.works} | {c.id for c in dossier.claims} \
        | {c.position for c in dossier.claims if c.position}
    return bool(names & _PROTO_NAMES)


def _prototype_safe(data: Any, dossier: Dossier) -> Any:
    """``data`` with ids and positions named like Object.prototype members made harmless."""
    if not _prototype_names(dossier):
        return data  # the usual case: nothing to walk

    def walk(v: Any) -> Any:
        if isinstance(v, str):
            return v + _PROTO_MARK if v in _PROTO_NAMES else v
        if isinstance(v, dict):
            return {walk(k): walk(x) for k, x in v.items()}
        if isinstance(v, list | tuple):
            return [walk(x) for x in v]
        return v

    return walk(data)


def generate_html(dossier: Dossier, inputs: PageInputs, *,
                  generated: str | None = None,
                  overview: bool | None = None, view: dict[str, Any] | None = None,
                  mode: str = "graph", keep: list[Any] | None = None) -> str:
    """The whole page as a string. Pure: no file is read but the package's own assets.

    ``inputs`` is :func:`provenance.pipeline.page_inputs`'s hand-off (see
    :func:`page_data`; a focus view's questions, from the whole dossier's graph, go to
    that stage). ``overview`` forces the grouped overview on or off (default: on for big
    graphs); ``view`` describes a focus view for the page's banner. ``mode="citations"``
    draws the citation view instead of the claim graph (works by year, see
    :mod:`.citations`). ``keep``: a list the caller keeps to its end, where the packed copy
    of a big page's data goes instead of being taken apart (:func:`.scale.pack`; `render`
    ends its process without freeing what it built).
    """
    from . import layout, scale

    g = inputs.graph
    ahead: list[scale.EdgeTable] = []  # (handed to pack as its one reference)
    parts: list[scale.Ahead] = []  # (the same)
    packed: list[dict[str, Any]] = []  # (the same)
    data: dict[str, Any] | None = None
    if mode == "citations":
        from .citations import citation_data

        data = citation_data(dossier, page_data(dossier, inputs), g)
    else:
        # The layout reads none of the verdicts: it is planned before they are read, while
        # they may still be being found (pipeline.Verdicts).
        labels = work_labels(dossier)
        columns: list[scale.EdgeColumns] = []  # (the frame's edges, a field at a time)
        frame = _frame(dossier, inputs, labels, columns=columns)
        plan = scale.plan(frame, g, overview=overview, view=view)
        if not _prototype_names(dossier):  # (else every id is rewritten below)
            # the edges and the nodes' order are final too: their table is packed now,
            # and on a big page all the verdicts do not touch
            ahead.append(scale.pack_edges(frame, consume=True, columns=columns.pop()))
            if layout.needs_layout(len(frame["nodes"])):
                parts.append(scale.pack_ahead(frame, plan, consume=True))
                # what of the strings' table the verdicts cannot change, done before them
                scale.settle(parts[-1], ahead[-1])
        columns.clear()
        if parts:
            # a big page: packed ahead but for its claims, which the verdicts complete
            counts = _counts(frame["nodes"])
            del frame, plan
            packed.append(scale.pack_verdicts(parts.pop(), ahead.pop(),
                                              _drawn_claims(dossier, inputs, labels),
                                              keep=keep))
        else:
            data = scale.place(_with_verdicts(frame, dossier, inputs, labels), plan)
            del frame
    vis_js, vis_css = vis_assets()
    app_js = script()
    app_css = stylesheet()
    if data is not None:
        data = _prototype_safe(data, dossier)
        counts = _counts(data["nodes"])
        # ``data`` is this function's own: packing lets its parts go as it copies them
        packed.append(scale.pack(data, consume=True, edges=ahead.pop() if ahead else None,
                                 keep=keep))
        del data
    data_json = escape.script_json(packed.pop())
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {escape.csp_hash(vis_js)} {escape.csp_hash(app_js)}",
        f"style-src {escape.csp_hash(vis_css)} {escape.csp_hash(app_css)}",
        "img-src data:",
        "font-src 'none'",
        "connect-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    stamp = generated or _dt.date.today().isoformat()
    if mode == "citations":
        summary = f"citation view · {counted(counts['work'], 'work')} by year"
    else:
        summary = (f"{counted(counts['question'], 'question')} · "
                   f"{counted(counts['claim'], 'claim')} · "
                   f"{counted(counts['person'], 'person', 'people')} · "
                   f"{counted(counts['work'], 'work')}")
    values = {
        "CSP": escape.html_text(csp),
        "VERSION": escape.html_text(__version__),
        "TITLE": escape.html_text(dossier.title),
        "SUMMARY": escape.html_text(summary),
        "GENERATED": escape.html_text(stamp),
        "VIS_CSS": vis_css,
        "APP_CSS": app_css,
        "DATA": data_json,
        "STYLE": escape.script_json(style.script_palette()),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
    }
    # One pass over the template: replaced text is never scanned again, so a quote that
    # contains "@@DATA@@" stays a quote.
    page = re.sub(r"@@([A-Z_]+)@@", lambda m: values[m.group(1)], _resource("template.html"))
    return page


def write_html(dossier: Dossier, path: str | Path, *, inputs: PageInputs,
               force: bool = False, **options: Any) -> Path:
    """Render ``dossier`` to ``path`` atomically (see files.write_text_atomic).

    ``inputs`` as :func:`generate_html` takes them; ``options`` go to
    :func:`generate_html` (``overview``, ``view``, ``mode``, ``generated``).
    """
    from ..files import write_text_atomic

    html = generate_html(dossier, inputs, **options)
    return write_text_atomic(path, html, force=force)
