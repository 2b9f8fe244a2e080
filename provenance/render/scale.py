"""What a big page needs on top of :func:`page.page_data`: positions, an overview, less JSON.

* **positions**: every node gets ``x``/``y`` from :mod:`.layout` and the page draws
  with physics off: small graphs the debate layout (``DATA.arranged``), the full
  graph of a big one (``--no-overview``) a force layout (``DATA.layout``).
* **overview**: above :data:`OVERVIEW_THRESHOLD` nodes (or when asked), the
  page first draws one bubble per group of nodes (a question with its claims,
  people and works; or a cluster of what addresses no question) and a bubble
  opens into its members on click (``DATA.overview``).
* **packing**: the JSON is made smaller without changing what the page script
  sees once it is unpacked (``unpackData`` in js/biggraph.js): node and edge styles
  are shipped once per distinct style and referred to by index, long strings
  that repeat (the paragraph around several quotes, a quote carried by its
  claim and by two edges) are shipped once, and empty (null) fields are left
  out. A 10,000-node dossier's page goes from 22 MB to under 5 MB.
"""

from __future__ import annotations

import json
import re
import time
import warnings
from collections import Counter
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from ..progress import stage
from . import layout

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    import networkx as nx

    #: :func:`_copier`'s ``same``: (key, string, dict, titles) -> a reference, or None.
    Same = Callable[[str, str, dict[str, Any], bool], dict[str, str] | None]

#: Above this many nodes the page opens on the overview unless told otherwise: past a few
#: hundred nodes no first view can label every landmark legibly (issue 17), so the first
#: view is one bubble per question or cluster, and a click opens it.
OVERVIEW_THRESHOLD = layout.DEBATE_MAX

_NODE_STYLE_KEYS = ("shape", "borderWidth", "color", "shapeProperties")
_EDGE_STYLE_KEYS = ("color", "dashes", "width", "arrows")
#: Strings at least this long that occur twice or more are shipped once.
_INTERN_MIN = 24
_T = TypeVar("_T")
#: The field naming the node whose label a string field may repeat (else "id").
_OWNER = {"work_label": "work", "by_name": "by", "said_by": "by"}


def prepare(data: dict[str, Any], g: nx.MultiDiGraph | None, *, overview: bool | None = None,
            view: dict[str, Any] | None = None) -> dict[str, Any]:
    """Add positions (and an overview) to ``data`` for big graphs; returns a new dict."""
    return place(data, plan(data, g, overview=overview, view=view))


#: What :func:`plan` found: a position per node (None: none), and the fields to add.
Plan = tuple["dict[Any, tuple[float, float]] | None", dict[str, Any]]


def plan(data: dict[str, Any], g: nx.MultiDiGraph | None, *, overview: bool | None = None,
         view: dict[str, Any] | None = None) -> Plan:
    """:func:`prepare`'s positions and fields, without ``data`` (read only: nodes' ids,
    kinds, labels and sizes, edges, titles and types in ``info``, questions)."""
    n = len(data["nodes"])
    extra: dict[str, Any] = {}
    positions: dict[Any, tuple[float, float]] | None = None
    if view:
        extra["view"] = view
    want_overview = n > OVERVIEW_THRESHOLD if overview is None else overview
    try:
        if want_overview and n > 1:
            from .overview import build_overview

            # deterministic, no timing kept: the same dossier gives the same page
            with stage(f"grouping {n:,} nodes into an overview"):
                ov, positions = build_overview(data, g)
            extra["overview"] = ov
            extra["physics"] = False
            extra["layout"] = {"engine": "overview-rows+debate"}
        elif n <= layout.DEBATE_MAX and n > 1:
            # (no timing in the page: a small page is the same bytes on every render)
            positions, font = layout.debate_layout(data)
            extra["physics"] = False
            extra["arranged"] = {"engine": "debate", "font": font}
        elif layout.needs_layout(n):
            t = time.perf_counter()
            ids = [node["id"] for node in data["nodes"]]
            known = set(ids)
            pairs = [(e["from"], e["to"]) for e in data["edges"]
                     if e["from"] in known and e["to"] in known]
            with stage(f"laying out {n:,} nodes"):
                positions = layout.layout_edges(ids, pairs)
            extra["physics"] = False
            extra["layout"] = {"engine": "pivotmds-fruchterman-reingold",
                               "seconds": round(time.perf_counter() - t, 2)}
    except layout.LayoutUnavailable as e:
        # The page still works, with vis-network's own (slow) physics placing the nodes.
        warnings.warn(f"{e}; the page will lay out its {n:,} nodes itself, slowly",
                      stacklevel=2)
    return positions, extra


def place(data: dict[str, Any], planned: Plan) -> dict[str, Any]:
    """``data`` with :func:`plan`'s positions and fields (a new dict; fields in the order
    :func:`prepare` always added them)."""
    positions, extra = planned
    data = dict(data)
    if positions is not None:
        _place(data, positions)
    data.update(extra)
    return data


def _place(data: dict[str, Any], positions: dict[Any, tuple[float, float]]) -> None:
    data["nodes"] = _placed(data["nodes"], positions)


def _placed(nodes: list[dict[str, Any]], positions: dict[Any, tuple[float, float]]
            ) -> list[dict[str, Any]]:
    out = []
    for node in nodes:
        p = positions.get(node["id"])
        out.append({**node, "x": p[0], "y": p[1]} if p else node)
    return out


# -- packing ---------------------------------------------------------------------

#: A question's list of non-overlapping estimate pairs grows with the square of its
#: claims (thousands of pairs on a big question); the page ships this many and the total.
MAX_CONFLICT_PAIRS = 8
#: Data bigger than this (bytes of JSON) is shipped compressed, to keep a page under 5 MB.
COMPRESS_OVER = 3_500_000


@dataclass
class EdgeTable:
    """:func:`pack`'s table of the edges, made ahead (:func:`pack_edges`)."""

    source: list[Any]  # the list of edges it was made from (the same object, when used)
    ids: list[Any]  # the nodes' ids, in the order its rows refer to them by number
    rows: dict[str, Any]
    counts: dict[str, int]  # its long strings, counted in its order
    spots: list[tuple[Any, Any, str]]
    styles: dict[str, int]
    seq_ids: bool


@dataclass
class EdgeColumns:
    """A frame's edges a field at a time, as :func:`provenance.render.page._frame` makes
    them: every edge a dict of the same keys in the same order (``id`` ``e0``, ``e1``, ...
    in order, ``from``, ``to``, ``kind``, ``work``, ``quote``, then its kind's style keys,
    from one dict per kind). :func:`pack_edges` reads these columns instead of reading
    each of the edges' dicts again (a hundred thousand edges at 20,000 claims: their keys
    scanned for the columns, their ids compared, the identities of four style values per
    edge, a ``dict.get`` per field)."""

    edges: list[dict[str, Any]]  # the frame's list of edges (the same object)
    fields: dict[str, list[Any]]  # "from", "to", "kind", "work", "quote": a value per edge


def pack_edges(data: dict[str, Any], *, consume: bool = False,
               columns: EdgeColumns | None = None) -> EdgeTable:
    """The edge table :func:`pack` would make of ``data``, made now.

    A page's edges and the order of its nodes are final before the quotes' verdicts
    (see :func:`provenance.render.page.generate_html`): this is made while they may
    still be being found (:class:`provenance.pipeline.Verdicts`), and :func:`pack`
    (``edges=``) uses it for the same edges and nodes. ``consume`` as in :func:`pack`,
    for the edges only. ``columns``: the same edges a field at a time (:class:`EdgeColumns`,
    from the frame that made them): the same table, made from the columns.
    """
    ids = [n["id"] for n in data["nodes"]]
    nix = {nid: i for i, nid in enumerate(ids)}
    edges = data["edges"]
    if columns is not None and columns.edges is edges and edges and all(
            len(v) == len(edges) for v in columns.fields.values()):
        return _edge_table_of(columns, ids, nix, consume)
    return _edge_table(edges, ids, nix, consume)


def _edge_table(edges: list[dict[str, Any]], ids: list[Any], nix: dict[Any, int],
                consume: bool) -> EdgeTable:
    style_of, styles = _styler(_EDGE_STYLE_KEYS)
    marks = _styles_of(style_of, _EDGE_STYLE_KEYS, edges)  # (named before any is let go)
    seq_ids = all(e.get("id") == f"e{i}" for i, e in enumerate(edges))
    counts: dict[str, int] = {}
    spots: list[tuple[Any, Any, str]] = []
    rows = _table(edges, nix, ("from", "to", "work"), counts, spots,
                  skip=frozenset(_EDGE_STYLE_KEYS) | ({"id"} if seq_ids else set()),
                  styles=marks, consume=consume)
    return EdgeTable(edges, ids, rows, counts, spots, styles, seq_ids)


def _edge_table_of(columns: EdgeColumns, ids: list[Any], nix: dict[Any, int],
                   consume: bool) -> EdgeTable:
    """:func:`_edge_table` of ``columns.edges``, read from the columns: the ids are ``e<n>``
    in order (so left out), and an edge's style is its kind's (one dict per kind: the
    styles named once per kind, in the order the kinds are met, as :func:`_styles_of`
    names them once per distinct style in the order they are met)."""
    edges, fields = columns.edges, columns.fields
    kinds = fields["kind"]
    style_of, styles = _styler(_EDGE_STYLE_KEYS)
    number = {k: style_of(edges[kinds.index(k)]) for k in dict.fromkeys(kinds)}
    marks = list(map(number.__getitem__, kinds))
    counts: dict[str, int] = {}
    spots: list[tuple[Any, Any, str]] = []
    rows = _table(edges, nix, ("from", "to", "work"), counts, spots,
                  skip=frozenset(_EDGE_STYLE_KEYS) | {"id"}, styles=marks, consume=consume,
                  columns=fields)
    return EdgeTable(edges, ids, rows, counts, spots, styles, True)


def _styler(keys: tuple[str, ...]) -> tuple[Callable[[dict[str, Any]], int | None],
                                            dict[str, int]]:
    """``style_of(item)``: the number of the item's style (its ``keys``) in the table
    returned beside it (None: it has none); the table grows as styles are met.

    A style's key is its JSON with sorted keys. Items drawn alike share their style's
    values (style.node_visual and edge_visual hand out one dict per style), so the
    values' identities name a style: each is serialized once, not once per node and
    edge. (Every item must stay alive while its style is named: no identity is reused.)
    """
    table: dict[str, int] = {}
    known: dict[tuple[int, ...], int | None] = {}  # values' identities -> the style's number
    look = known.get
    unseen = _ABSENT[0]

    def style_of(item: dict[str, Any]) -> int | None:
        ident = tuple(map(id, map(item.get, keys, _ABSENT)))
        n = look(ident, unseen)
        if n is unseen:
            st = {k: item[k] for k in keys if k in item}
            key = json.dumps(st, sort_keys=True, separators=(",", ":")) if st else ""
            n = known[ident] = table.setdefault(key, len(table)) if key else None
        return n  # type: ignore[return-value]

    return style_of, table


def _styles_of(style_of: Callable[[dict[str, Any]], int | None], keys: tuple[str, ...],
               items: list[dict[str, Any]]) -> list[int | None]:
    """``[style_of(item) for item in items]`` (``style_of`` from :func:`_styler` of
    ``keys``), each item's values' identities read a key at a time by C code, and
    ``style_of`` asked once per distinct style, in the order they are met: the same
    numbers, the same table (a hundred thousand edges drawn in a few styles)."""
    if not items or set(map(type, items)) != {dict}:
        return [style_of(item) for item in items]
    unseen = _ABSENT[0]
    idents = list(zip(*(map(id, map(dict.get, items, repeat(k), repeat(unseen)))
                        for k in keys), strict=True))
    first = dict(zip(reversed(idents), range(len(idents) - 1, -1, -1), strict=True))
    number = {ident: style_of(items[first[ident]]) for ident in dict.fromkeys(idents)}
    return list(map(number.__getitem__, idents))


@dataclass
class Ahead:
    """:func:`pack`'s copy of the parts of a big page its quotes' verdicts do not touch,
    made ahead (:func:`pack_ahead`): all but the edges (:func:`pack_edges`) and the
    claims' ``info``; the nodes' table with every claim drawn as verified."""

    keys: list[str]  # the page data's keys, in its order (nodes and edges left out)
    ids: list[Any]  # its nodes' ids, in order
    body: dict[str, Any]  # the packed body so far; its "info" holds the records known ahead
    info_ids: list[Any]  # those records' ids, in order
    before: dict[str, int]  # long strings counted before the records still to come
    after: dict[str, int]  # ... and after them (questions, people, analysis, overview)
    spots: list[tuple[Any, Any, str]]
    nodes: NodeTable  # the nodes' table, every claim drawn as verified
    labels: dict[Any, Any]  # each node's label, by id
    titles: dict[Any, Any]  # the title of each record known ahead, by id
    settled: Settled | None = None  # (see :func:`settle`)


@dataclass
class Settled:
    """What :func:`settle` did ahead of the verdicts with the long strings of the parts
    they do not touch, for :func:`_finish`."""

    rest: dict[str, int]  # the strings' counts after the claims' records, in their order
    repeated: list[str]  # those counted twice or more there, in that order
    marks: dict[str, dict[str, int]]  # the reference in place of each string known to repeat
    pending: dict[str, tuple[Any, Any, str]]  # the one place of each string met once


@dataclass
class NodeTable:
    """:func:`pack`'s table of the nodes, made ahead of the claims' verdicts (see
    :func:`pack_ahead`): only a claim's style can change when they come
    (:func:`_restyled`)."""

    rows: dict[str, Any]
    marks: list[int | None]  # each node's style number
    style_of: Callable[[dict[str, Any]], int | None]
    styles: dict[str, int]
    counts: dict[str, int]  # its long strings, counted in its order


def pack_ahead(frame: dict[str, Any], planned: Plan, *, consume: bool = False) -> Ahead:
    """What :func:`pack` would make of ``place(data, planned)`` but for the edges and the
    claims' records in ``info``, where ``data`` is ``frame`` completed by the verdicts
    (:func:`provenance.render.page.generate_html`): made while the verdicts may still be
    being found (:class:`provenance.pipeline.Verdicts`). The nodes' table too: the
    verdicts change only how a claim is drawn (its style, set by :func:`pack`).

    Big pages only (over :data:`layout.LAYOUT_THRESHOLD` nodes: no title of a claim is
    referred to outside its own record). Strings are counted apart before and after
    the claims' records, so :func:`pack` (``ahead=``) counts them in the order it
    always has: the same packed data. ``consume`` lets go of each part copied (in
    ``frame`` and in ``planned``; the records in ``info`` are kept: :func:`pack` reads
    their titles).
    """
    nodes = frame["nodes"]
    if len(nodes) <= layout.LAYOUT_THRESHOLD:
        raise ValueError("pack_ahead is for big pages")
    ids = [n["id"] for n in nodes]
    labels = {n["id"]: n.get("label") for n in nodes}
    extra = planned[1]
    view = {**frame, **extra}  # the keys in the order place() leaves them
    info = view.get("info") or {}
    titles = {nid: rec.get("title") for nid, rec in info.items() if rec}
    before: dict[str, int] = {}
    after: dict[str, int] = {}
    spots: list[tuple[Any, Any, str]] = []
    body: dict[str, Any] = {}
    keys = [k for k in view if k not in ("nodes", "edges")]
    counts = before
    for key in keys:
        v = view[key]
        if key == "info":
            refs = _copier(counts, spots, labels, titles.get)
            body[key] = {k: refs(x) for k, x in info.items()}
            counts = after
            continue
        _pack_part(body, key, v, counts, spots, labels, titles.get, big=True, consume=consume)
        if consume and isinstance(v, dict | list):
            for holder in (frame, extra):
                if holder.get(key) is v:
                    holder[key] = None
    if "info" not in body:
        body["info"] = {}
    # the nodes where place() puts them, styled as they are drawn before the verdicts
    positions = planned[0]
    placed = _placed(nodes, positions) if positions is not None else nodes
    style_of, styles = _styler(_NODE_STYLE_KEYS)
    marks = _styles_of(style_of, _NODE_STYLE_KEYS, placed)
    node_counts: dict[str, int] = {}
    rows = _table(placed, {nid: i for i, nid in enumerate(ids)}, (), node_counts, spots,
                  skip=frozenset(_NODE_STYLE_KEYS), styles=marks)
    table = NodeTable(rows, marks, style_of, styles, node_counts)
    return Ahead(keys, ids, body, list(info), before, after, spots, table, labels, titles)


def settle(ahead: Ahead, edges: EdgeTable) -> None:
    """Do ahead of the quotes' verdicts what :func:`_finish` would do after them with the
    long strings of ``ahead`` and ``edges`` (the parts the verdicts do not touch), so
    that :func:`pack_verdicts`, the one step of `render` that waits for both processes,
    is left with the claims' strings alone.

    The strings' counts after the claims' records (``ahead.after``, the edges', the
    nodes') are merged into one table, in that order (the order :func:`pack` counts
    them in: the same table of strings). A string that occurs twice or more in these
    parts is shipped once whatever the claims hold: each of its places gets now the
    reference :func:`_finish` would give it (one dict per string, its number filled in
    there); a string met once keeps its one place for :func:`_finish`, which looks at it
    only if a claim's record holds the string too. At 20,000 claims this was 230,000
    places looked up, and 47,000 counts merged, after both processes (0.2 s).
    ``ahead`` and ``edges`` are changed in place (for :func:`pack_verdicts` only:
    :func:`pack` refuses a settled ``ahead``).
    """
    if ahead.settled is not None:
        raise ValueError("settle: settled already")
    rest: dict[str, int] = {}
    got = rest.get
    for part in (ahead.after, edges.counts, ahead.nodes.counts):
        for text, c in part.items():
            rest[text] = got(text, 0) + c
    ahead.after, edges.counts, ahead.nodes.counts = {}, {}, {}
    before = ahead.before.get
    marks = {text: {"$": -1} for text, c in rest.items() if c + before(text, 0) > 1}
    for text, c in ahead.before.items():
        if c > 1 and text not in marks:
            marks[text] = {"$": -1}
    ref = marks.get
    pending: dict[str, tuple[Any, Any, str]] = {}
    for places in (ahead.spots, edges.spots):
        for place in places:
            text = place[2]
            m = ref(text)
            if m is not None:
                place[0][place[1]] = m
            elif text in pending:  # (counted once, placed twice: never)
                raise ValueError("settle: a string's count and its places disagree")
            else:
                pending[text] = place
        places.clear()
    # (counted by C code as the claims' records come: Counter.update)
    ahead.before = Counter(ahead.before)
    ahead.settled = Settled(rest, [text for text, c in rest.items() if c > 1], marks, pending)


def _pack_part(body: dict[str, Any], key: str, v: Any, counts: dict[str, int],
               spots: list[tuple[Any, Any, str]], labels: dict[Any, Any],
               title: Callable[[Any], Any], *, big: bool, consume: bool) -> None:
    """``body[key]``: the packed form of the page data's part ``key`` (not ``info``);
    ``consume`` lets go of a list of questions item by item."""
    if v is None:
        return
    if key == "questions":
        refs = _copier(counts, spots, labels, title)
        body[key] = [refs(_cap_conflicts(q), False) if big else refs(q)
                     for _, q in _taking(v, consume)]
    elif key == "people":
        body[key] = _copier(counts, spots, labels, title)(v, not big)
    elif isinstance(v, dict | list):
        body[key] = _copier(counts, spots)(v)
    else:
        if isinstance(v, str) and len(v) >= _INTERN_MIN:
            counts[v] = counts.get(v, 0) + 1
            spots.append((body, key, v))
        body[key] = v


def pack(data: dict[str, Any], *, compress: bool | None = None,
         consume: bool = False, edges: EdgeTable | None = None,
         ahead: Ahead | None = None, keep: list[Any] | None = None) -> dict[str, Any]:
    """A smaller JSON-ready form of ``data``; js/biggraph.js's ``unpackData`` restores it.

    Lossless for what the page reads: styles by reference, nodes and edges as
    rows of a table with nodes named by their row number, repeated long
    strings once, labels and titles that merely repeat a node's own not at
    all, ``None`` fields dropped (the script treats a missing field as
    ``null``). Only on big pages (over :data:`layout.LAYOUT_THRESHOLD` nodes) is
    anything cut: the list of estimate pairs that do not overlap, to
    :data:`MAX_CONFLICT_PAIRS` per question plus their count.

    Big pages (``compress``; default: when the JSON exceeds :data:`COMPRESS_OVER`)
    ship the whole of it DEFLATE-compressed and base64-encoded, in two streams: what
    the first frame needs, which the page inflates synchronously before anything reads
    it, and ``info``, inflated when first read (right after the first frame): a
    10,000-node dossier's data goes from 7 MB of JSON to under 2 MB.

    ``consume``: ``data`` is the caller's to give away: each of its nodes, edges,
    ``info`` records, questions and other parts is let go (its place set to None) once
    it is copied, so the copy reuses the memory the data held instead of adding to it
    (the copy of a 20,000-claim page is 130 MB). ``edges``: :func:`pack_edges` of
    these same edges and nodes, made before. ``ahead``: :func:`pack_ahead` of the
    frame these data were completed from, made before. ``keep``: a list the caller keeps
    to its end; a compressed page's copy is put there instead of being taken apart once
    compressed (see :func:`_compressed`).
    """
    nodes = data["nodes"]
    ids = [n["id"] for n in nodes]
    nix = {nid: i for i, nid in enumerate(ids)}
    labels = {n["id"]: n.get("label") for n in nodes}
    info = data.get("info", {})
    if edges is not None and (edges.source is not data["edges"] or edges.ids != ids):
        raise ValueError("pack(edges=...) was made of other edges or nodes")
    if ahead is not None and ahead.settled is not None:
        raise ValueError("pack(ahead=...) was settled for pack_verdicts")
    if ahead is not None and (ahead.ids != ids or ahead.keys != [
            k for k in data if k not in ("nodes", "edges")]
            or list(info)[:len(ahead.info_ids)] != ahead.info_ids):
        raise ValueError("pack(ahead=...) was made of other data")

    # Strings are counted in the order the data is written (body, edges, nodes), so the
    # table of repeated strings is the same whichever part is built first.
    spots: list[tuple[Any, Any, str]] = ahead.spots if ahead is not None else []
    node_rows: dict[str, Any] | None = None
    if ahead is not None:  # made before the verdicts: the claims' styles set now
        made = _restyled(ahead.nodes, list(map(ahead.nodes.style_of, nodes)))
        if made is not None:
            node_rows, node_style_list = made
            node_counts = ahead.nodes.counts
            if consume:
                nodes[:] = [None] * len(nodes)
    if node_rows is None:
        node_counts = {}
        node_style, node_styles = _styler(_NODE_STYLE_KEYS)
        node_marks = _styles_of(node_style, _NODE_STYLE_KEYS, nodes)  # (before any let go)
        node_rows = _table(nodes, nix, (), node_counts, spots,
                           skip=frozenset(_NODE_STYLE_KEYS), styles=node_marks, consume=consume)
        node_style_list = list(node_styles)
        del node_marks
    table = edges if edges is not None else _edge_table(data["edges"], ids, nix, consume)
    del edges
    titles = {nid: rec.get("title") for nid, rec in info.items() if rec}
    title = titles.get

    # One walk copies the data (None fields dropped), replaces strings that repeat a
    # node's label or title by a reference to it, and notes where each long string
    # sits; then only the strings that repeat are replaced, where they sit.
    counts: dict[str, int] = {}
    refs = _copier(counts, spots, labels, title)

    big = len(nodes) > layout.LAYOUT_THRESHOLD
    # A big page may ship ``info`` apart (see below): what is unpacked before it then
    # refers to labels only, never to a title kept in ``info``.
    body: dict[str, Any]
    if ahead is not None:
        # the claims' records, between what was counted before and after them
        body, counts = ahead.body, ahead.before
        refs = _copier(counts, spots, labels, title)
        done = len(ahead.info_ids)
        keys = list(info)
        got = body["info"]
        for k in keys[done:]:
            got[k] = refs(info[k])
            if consume:
                info[k] = None
        for text, c in ahead.after.items():
            counts[text] = counts.get(text, 0) + c
        del ahead, keys
    else:
        body = {}
        for key, v in data.items():
            if key in ("nodes", "edges") or v is None:
                continue
            if key == "info":
                body[key] = {k: refs(x) for k, x in _taking(v, consume)}
                continue
            _pack_part(body, key, v, counts, spots, labels, title, big=big, consume=consume)
            if consume and key not in ("questions", "people") and isinstance(v, dict | list):
                data[key] = None  # (a value replaced: the dict keeps its size)
    if "info" not in body:
        body["info"] = {}
    parts = [body, counts, spots, table, node_rows, node_counts, node_style_list]
    del body, counts, spots, table, node_rows, node_counts, refs, info, data, nodes
    return _finish(parts, big=big, compress=compress, keep=keep)


def pack_verdicts(ahead: Ahead, edges: EdgeTable,
                  claims: Iterable[tuple[Any, dict[str, Any], dict[str, Any]]], *,
                  compress: bool | None = None, keep: list[Any] | None = None
                  ) -> dict[str, Any]:
    """:func:`pack` of the page data a frame completed by its claims' verdicts would be,
    from what was packed of that frame ahead (``ahead``: :func:`pack_ahead`, ``edges``:
    :func:`pack_edges`) and the claims alone, without making the page data.

    ``claims``: for each claim node, in the frame's order (they come last), its id, how
    it is drawn (a dict with its style's keys, :func:`provenance.render.style.node_visual`)
    and its record in ``info`` (or what :func:`record_packer` made of it). That is all
    the verdicts change
    (:func:`provenance.render.page.generate_html`): the whole page data with its 34,400
    nodes placed and restyled was made again after the verdicts only to be packed here
    (0.2 s at 20,000 claims, after both processes). The same packed data as
    :func:`pack` (``ahead=``, ``edges=``); each record is let go of as it is copied (the
    caller hands them over: a list is emptied).
    """
    if edges.ids != ahead.ids:
        raise ValueError("pack_verdicts: the edges were packed with other nodes")
    ids, nodes = ahead.ids, ahead.nodes
    style_of = nodes.style_of
    given: list[Any] = claims if isinstance(claims, list) else list(claims)  # (emptied as copied)
    start = len(ids) - len(given)
    if start < 0 or [c[0] for c in given] != ids[start:]:
        raise ValueError("pack_verdicts: these claims are not the frame's last nodes")
    # each claim styled as drawn, after the nodes before it (as pack styles them, in order);
    # the claims are drawn with a few dicts (node_visual's), each styled once
    drawn = {id(c[1]): c[1] for c in given}
    style = {k: style_of(v) for k, v in drawn.items()}
    made = _restyled(nodes, nodes.marks[:start] + [style[id(c[1])] for c in given])
    del drawn, style
    if made is None:  # a claim drawn with no style: never (node_visual always gives one)
        raise ValueError("pack_verdicts: a claim drawn without a style")
    node_rows, node_style_list = made
    # each record packed by record_packer (its copy, and its long strings' places), as
    # `render` has them, or some as they are (copied here, reading every record's title)
    copied_all = all(type(c[2]) is tuple for c in given)
    titles: dict[Any, Any] = {}
    if not copied_all:
        titles.update(ahead.titles)  # pack reads every record's title, the claims' too
        for cid, _, record in given:
            if type(record) is tuple:  # (packed by record_packer: its copy keeps the title)
                record = record[0]
            if record:
                titles[cid] = record.get("title")
    body: dict[str, Any] = ahead.body
    counts, spots = ahead.before, ahead.spots
    refs = _copier(counts, spots, ahead.labels, titles.get)
    got = body["info"]
    count = counts.get
    if copied_all and isinstance(counts, Counter) and not spots:
        # (settled: ``spots`` holds nothing before the claims' places) the claims' records
        # as they come, then their strings counted in one C loop, in the same order
        for i in range(len(given)):
            cid, _, (copied, places) = given[i]
            given[i] = None  # (let go once copied)
            got[cid] = copied
            spots.extend(places)
            del copied, places
        counts.update(map(itemgetter(2), spots))
    else:
        for i in range(len(given)):  # the claims' records, between what was counted around
            cid, _, record = given[i]
            given[i] = None  # (let go once copied)
            if type(record) is tuple:  # copied already (record_packer): its strings counted
                copied, places = record
                for place in places:
                    text = place[2]
                    counts[text] = count(text, 0) + 1
                spots.extend(places)
                got[cid] = copied
                del copied, places
            else:
                got[cid] = refs(record)
            del record
    for text, c in ahead.after.items():  # (none when settled: Settled.rest holds them)
        counts[text] = counts.get(text, 0) + c
    parts = [body, counts, spots, edges, node_rows, nodes.counts, node_style_list]
    settled = ahead.settled
    del ahead, nodes, given, claims, body, counts, spots, edges, node_rows, refs, got
    return _finish(parts, big=True, compress=compress, settled=settled, keep=keep)


class _Unknown:
    """A label not known where a record is packed (:func:`record_packer`): equal to
    nothing, and any comparison with it is noted, so the record is sent as it is and
    packed where every label is known."""

    __slots__ = ("met",)

    def __init__(self) -> None:
        self.met = False

    def __eq__(self, other: object) -> bool:
        self.met = True
        return False

    __hash__ = None  # type: ignore[assignment]


def record_packer(labels: dict[Any, Any], titles: dict[Any, Any], unknown: set[Any]
                  ) -> Callable[[dict[str, Any]], Any]:
    """``pack_one(record)``: ``record`` (a claim's record in ``info``) copied as
    :func:`pack` copies it, with the places of its long strings, ``(copy, places)``, for
    :func:`pack_verdicts`; or ``record`` itself where packing it needs a label it was not
    given. Made where the claims' records are made (the second process of `render`:
    :class:`provenance.pipeline.Verdicts`), so the first process, once both are done,
    does not copy 20,000 records (0.25 s after both processes) but counts their strings.

    ``labels`` and ``titles`` are what :func:`pack` reads of the page's nodes (each id's
    label and title); ``unknown``: ids of nodes whose label only the page knows (a
    question's depends on the analysis): a record whose copy compares a string with one
    is sent as it is.
    """
    marker = _Unknown()
    named = dict(labels)
    for nid in unknown:
        named[nid] = marker
    counts: dict[str, int] = {}
    spots: list[tuple[Any, Any, str]] = []
    copy = _copier(counts, spots, named, titles.get)

    def pack_one(record: dict[str, Any]) -> Any:
        marker.met = False
        out = copy(record)
        places = spots[:]
        spots.clear()
        counts.clear()
        if marker.met:
            return record
        return out, places

    return pack_one


def _finish(parts: list[Any], *, big: bool, compress: bool | None,
            settled: Settled | None = None, keep: list[Any] | None = None) -> dict[str, Any]:
    """:func:`pack`'s end: the tables in, the repeated strings once, compressed if big.

    ``parts`` (the packed body, the long strings' counts and places, the edge table, the
    node rows, their strings' counts, the node styles) is handed over, emptied here: the
    caller keeps no reference to the copy while it is written out. ``settled``: what
    :func:`settle` did ahead (then the counts and places given are those before and of
    the claims' records only)."""
    body: dict[str, Any]  # (the one part returned as it is, when small)
    body, counts, spots, table, node_rows, node_counts, node_style_list = parts
    parts.clear()
    for part in (table.counts, node_counts):  # (none when settled: Settled.rest holds them)
        for text, c in part.items():
            counts[text] = counts.get(text, 0) + c
    body["nodes"] = node_rows
    body["edges"] = edge_rows = table.rows
    if settled is None:
        strings = [s for s, c in counts.items() if c > 1]
    else:  # those counts, then Settled.rest's, as if merged in that order
        later = settled.rest.get
        strings = [s for s, c in counts.items() if c + later(s, 0) > 1]
        strings += [s for s in settled.repeated if s not in counts]
    index = {s: i for i, s in enumerate(strings)}
    # one reference per string, shared by its places (settle's in place already)
    marks = settled.marks if settled is not None else {}
    if marks:
        refs = []
        placed = marks.get
        numbered = 0
        for n, text in enumerate(strings):
            m = placed(text)
            if m is None:
                m = {"$": n}
            else:
                m["$"] = n
                numbered += 1
            refs.append(m)
        if numbered != len(marks):
            raise ValueError("_finish: a string settled as repeated is not")
    else:
        refs = [{"$": i} for i in range(len(strings))]
    pending = settled.pending if settled is not None else {}
    first = pending.pop
    for places in (spots, table.spots):
        for where, key, text in places:
            i = index.get(text)
            if i is not None:
                where[key] = refs[i]
                if pending:  # (the one place before the claims of a string they repeat)
                    p = first(text, None)
                    if p is not None:
                        p[0][p[1]] = refs[i]
        places.clear()  # the places noted hold every container of the copy
    pending.clear()
    del index, refs, marks, counts, spots, node_counts, pending
    packed: dict[str, Any] = {
        "node_styles": [json.loads(k) for k in node_style_list],
        "edge_styles": [json.loads(k) for k in table.styles],
        "strings": strings,
        "edge_ids": table.seq_ids,
    }
    del table
    body["packed"] = packed
    if compress is False or not big:
        return body
    # From here only the result is kept: nothing in this frame may hold the copy's parts
    # while they are written out one by one (``_compressed`` takes the one reference).
    del node_rows, edge_rows
    whole = [body]
    del body
    return _compressed(whole, compress, keep)


def _restyled(table: NodeTable, final: list[int | None]
              ) -> tuple[dict[str, Any], list[str]] | None:
    """The rows of ``table`` (:func:`pack_ahead`'s) with each node styled as ``final``
    says (its style numbers in ``table.style_of``'s table, the verdicts in), and the
    styles' table, numbered as :func:`pack` numbers it (by first use, none unused).
    None if a node gained or lost a style (then the table is made again)."""
    marks = table.marks
    rows = table.rows["rows"]
    cols = table.rows["cols"]
    at = cols.index("_s") if "_s" in cols else -1
    for i, (was, now) in enumerate(zip(marks, final, strict=True)):
        if was != now:
            if was is None or now is None:
                return None
            rows[i][at] = now
    first: dict[int, int] = {}
    for m in final:
        if m is not None and m not in first:
            first[m] = len(first)
    keys = list(table.styles)  # (numbered in order: the styler counts up)
    if len(first) != len(keys) or any(m != k for m, k in first.items()):
        for row, m in zip(rows, final, strict=True):
            if m is not None:
                row[at] = first[m]
        keys = [k for k, _ in sorted(((keys[m], n) for m, n in first.items()),
                                     key=lambda kv: kv[1])]
    return table.rows, keys


def _compressed(whole: list[dict[str, Any]], compress: bool | None,
                keep: list[Any] | None = None) -> dict[str, Any]:
    """The packed data (the one item of ``whole``) as two DEFLATE streams when asked or
    when its JSON exceeds :data:`COMPRESS_OVER`, else the packed data itself.

    ``info`` (what the tooltips, details and search show: half the data) goes in a
    stream of its own, which the page inflates after its first frame, or sooner if
    something asks for it. Each part is serialized once: the whole's size is the sum
    of the parts' (compact JSON: plus ``"info":`` and a comma). Once the first part
    decides it (10,000 nodes and up), its bytes are compressed on a second thread (zlib
    lets go of the interpreter while it works) while the second part is written, and the
    second part's on a third. When a CPU is free and ``info`` is big, the second part is
    written and compressed by a forked process instead, from the start (:class:`_InfoStream`:
    the same bytes), while this one writes and compresses the first.

    The copy is then put in ``keep``, when given (`render` gives a list it never takes
    apart: its process ends without freeing what it built, ``cli._leave``), or let go.
    Taking apart the 200,000 dicts and lists of a 20,000-claim page's copy was 0.08 s of
    `render`'s serial end, after the compression: the caller's references to the tables it
    handed over (:func:`pack_verdicts`' ``ahead`` and ``edges``, held until it returns)
    kept the copy alive past the ``None`` below, and where it was let go sooner, while the
    streams were compressed, it took the same time from the compression (on two cores,
    both busy compressing).
    """
    body = whole.pop()
    info = body["info"]
    rest: dict[str, Any] | None = {k: v for k, v in body.items() if k != "info"}
    extra = len(b'"info":,')
    # ``info``'s stream made by a forked process while this one writes the first part's
    # (see _InfoStream): when it pays, else None
    helper = _InfoStream.start(info) if compress is not False else None
    try:
        try:
            first = _json_utf8(rest)
        except ValueError:  # a NaN somewhere: safejson writes null, the size as before
            return _with_nan(body, compress)
        size = len(first)
        if compress or size + extra > COMPRESS_OVER:
            deflated = _in_thread(_deflate_bytes, _unpaired_escaped(first))
            del first
            made = helper.result() if helper is not None else None
            helper = None
            if made is not None:
                if keep is not None:
                    keep.append(body)  # (not taken apart: see above)
                rest = body = None  # type: ignore[assignment]
                del info
                return {"deflated": deflated(), "deflated_info": made}
            try:
                second = _json_utf8(info)
            except ValueError:
                return {"deflated": deflated(), "deflated_info": _deflate(info)}
            info_deflated = _in_thread(_deflate_bytes, _unpaired_escaped(second))
            del second
        else:
            return _uncompressed(body, first, info, compress)
    finally:
        if helper is not None:
            helper.cancel()
    if keep is not None:
        keep.append(body)  # (not taken apart: see above)
    rest = body = None  # type: ignore[assignment]
    del info
    return {"deflated": deflated(), "deflated_info": info_deflated()}


def _uncompressed(body: dict[str, Any], first: bytes, info: dict[str, Any],
                  compress: bool | None) -> dict[str, Any]:
    """:func:`_compressed`'s end when the first part did not decide on compression: the
    two streams if the whole exceeds :data:`COMPRESS_OVER`, else the data as it is."""
    extra = len(b'"info":,')
    try:
        second = _json_utf8(info)
    except ValueError:
        return _with_nan(body, compress)
    if len(first) + len(second) + extra > COMPRESS_OVER:
        return {"deflated": _deflate_bytes(_unpaired_escaped(first)),
                "deflated_info": _deflate_bytes(_unpaired_escaped(second))}
    return body


class _InfoStream:
    """The ``info`` stream of a big page (:func:`_deflate_bytes` of its JSON), made by a
    forked process while this one writes and compresses the first part.

    The two parts are written to JSON by orjson, which holds the interpreter's lock: in
    one process the second waited for the first (0.15 s at 20,000 claims, with a CPU
    free), and their compression, on threads, overlapped only partly. The child
    inherits the packed data (nothing is copied or sent to it), writes the stream down a
    pipe and ends. Whatever goes wrong in it (a NaN, which ``json`` words otherwise, a
    crash, a short read), :meth:`result` says None and the caller makes the stream
    itself, as before: the same bytes either way. Only when it pays: Linux, a CPU free,
    one thread (:func:`provenance.processes.can_fork`), and an ``info`` of at least
    :data:`HELP_RECORDS` records.
    """

    #: Least records in ``info`` for the fork to pay (forking the process, a few hundred
    #: MB at 20,000 claims, takes 10-20 ms).
    HELP_RECORDS = 4000

    def __init__(self, pid: int, fd: int) -> None:
        self.pid: int | None = pid
        self.fd: int | None = fd

    @classmethod
    def start(cls, info: dict[str, Any]) -> _InfoStream | None:
        import os

        from ..processes import can_fork, end_with, flush_std, pipe

        if len(info) < cls.HELP_RECORDS or not can_fork():
            return None
        read, write = pipe()
        flush_std()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the child: the stream, down the pipe, then end (nothing flushed)
            status = 1
            try:
                end_with(parent)
                os.close(read)
                made = _deflate_bytes(_unpaired_escaped(_json_utf8(info))).encode("ascii")
                with os.fdopen(write, "wb") as out:
                    out.write(b"k")  # (made whole: the reader checks the length too)
                    out.write(len(made).to_bytes(8, "little"))
                    out.write(made)
                status = 0
            finally:
                os._exit(status)
        os.close(write)
        return cls(pid, read)

    def result(self) -> str | None:
        """The stream (base64 text), or None if the child did not make it."""
        import os

        fd, self.fd = self.fd, None
        if fd is None:
            return None
        with os.fdopen(fd, "rb") as f:
            head = f.read(9)
            data = f.read()
        status = self._reap()
        if status != 0 or len(head) != 9 or head[:1] != b"k" or \
                int.from_bytes(head[1:], "little") != len(data):
            return None
        try:
            return data.decode("ascii")
        except UnicodeDecodeError:
            return None

    def cancel(self) -> None:
        """Stop the child and let it go (its stream is not needed)."""
        import os
        import signal

        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except OSError:
                pass
            self._reap()

    def _reap(self) -> int:
        import os

        pid, self.pid = self.pid, None
        if pid is None:
            return -1
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            return -1
        return os.waitstatus_to_exitcode(status)


def _text(v: Any) -> str:
    """Compact JSON text of ``v`` as :func:`safejson.dumps` writes it, before escaping."""
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


#: Where orjson's compact JSON may differ from :func:`_text`'s: a float under 1e-4 (orjson
#: writes 1e-05 as 0.00001 and 1e-07 as 1e-7), a number after ``:``, ``,`` or ``[``. Text
#: that only looks like one (a quote saying ",0.00001") costs the speed, not the bytes.
_ORJSON_DIFFERS = re.compile(rb"[:,\[]-?(?:0\.0000|[0-9]+(?:\.[0-9]+)?e-)")


def _json_utf8(v: Any) -> bytes:
    """:func:`_text` of ``v`` in UTF-8, written by orjson (C, ten times faster: 1 s of
    `render` at 20,000 claims) where it writes the same bytes, else by ``json``.

    orjson refuses what ``json`` would write otherwise or not at all (keys that are not
    text, integers past 64 bits, lone surrogates, types ``json`` does not know) and
    writes floats under 1e-4 otherwise: those go to ``json``. A NaN, which ``json``
    refuses here (ValueError, and then :func:`_with_nan`), orjson writes as null, as the
    page then gets it anyway (only the size that decides on compression counts the
    four letters of null instead of the three of NaN).
    """
    try:
        import orjson

        out: bytes | None = orjson.dumps(v)
    except (ImportError, TypeError):
        out = None
    if out is None or _orjson_differs(out):
        return _text(v).encode("utf-8", "surrogatepass")  # (see _unpaired_escaped)
    return out


#: What every match of :data:`_ORJSON_DIFFERS` on a number holds, as patterns that begin
#: with it: a literal start lets the regex engine skip ahead at C speed, where a start
#: like ``[:,\[]`` is tried at every comma and colon (0.5-0.7 s on the 38 MB of a
#: 20,000-claim page; these take 0.03 s each).
_DIFFER_CUES = (re.compile(rb"e-(?<=[0-9]e-)"), re.compile(rb"0\.0000(?<=[:,\[-]0\.0000)"))
#: Bytes from the start of such a number to its cue, at most (17 digits, a point, a sign,
#: the delimiter before it; a longer run of digits is not a float orjson wrote).
_NUMBER_SPAN = 40
#: Cues looked at one by one before the search gives up on them and scans the whole text.
_CUES_MAX = 1000


def _orjson_differs(out: bytes) -> bool:
    """Whether ``out`` holds a number :data:`_ORJSON_DIFFERS` finds: near each cue only.

    A float orjson writes otherwise than ``json`` has its cue within
    :data:`_NUMBER_SPAN` bytes of its start; past :data:`_CUES_MAX` cues that are
    no such number (text made of "1e-1e-..."), the whole text is scanned, as before.
    """
    looked = 0
    for cue in _DIFFER_CUES:
        for m in cue.finditer(out):
            if _ORJSON_DIFFERS.search(out, max(0, m.start() - _NUMBER_SPAN), m.end()):
                return True
            looked += 1
            if looked > _CUES_MAX:
                return _ORJSON_DIFFERS.search(out) is not None
    return False


#: A lone surrogate in UTF-8 as "surrogatepass" writes it (only ``json`` lets one through).
_SURROGATE_UTF8 = re.compile(rb"\xed[\xa0-\xbf][\x80-\xbf]")


def _unpaired_escaped(raw: bytes) -> bytes:
    """:func:`_json_utf8`'s bytes as a compressed stream carries them: a lone surrogate,
    which UTF-8 cannot hold (the page's decoder would read U+FFFD), becomes its ``\\u``
    escape, as :func:`safejson.escape` writes it. Nothing else is escaped: the escapes
    for HTML (``<``, ``&``, U+2028, ...) are for JSON written into the page, and a
    stream is base64 there, read only by ``JSON.parse`` once inflated (the same data;
    escaping the 38 MB of a 20,000-claim page cost 0.2 s)."""
    if _SURROGATE_UTF8.search(raw):
        raw = _SURROGATE_UTF8.sub(
            lambda m: b"\\u%04x" % ord(m.group(0).decode("utf-8", "surrogatepass")), raw)
    return raw


def _in_thread(fn: Callable[[bytes], _T], arg: bytes) -> Callable[[], _T]:
    """Start ``fn(arg)`` on a thread; the callable returned waits for it (and raises what
    it raised)."""
    import threading

    box: list[Any] = []

    def run() -> None:
        try:
            box.append(fn(arg))
        except BaseException as e:  # handed to the caller
            box.append(e)

    t = threading.Thread(target=run, name="provenance-deflate", daemon=True)
    t.start()

    def result() -> _T:
        t.join()
        if isinstance(box[0], BaseException):
            raise box[0]
        got: _T = box[0]
        return got

    return result


def _with_nan(body: dict[str, Any], compress: bool | None) -> dict[str, Any]:
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    if compress or len(text.encode("utf-8")) > COMPRESS_OVER:
        rest = {k: v for k, v in body.items() if k != "info"}
        return {"deflated": _deflate(rest), "deflated_info": _deflate(body["info"])}
    return body


def _deflate(v: Any) -> str:
    from ..safejson import dumps

    return _deflate_bytes(dumps(v, compact=True).encode("utf-8"))  # strict: no bare NaN


#: zlib's level for the page's data. Measured on the 20,000-claim page's 38 MB of JSON
#: (both streams): level 6 0.66 s of CPU for 6.0 MB, level 5 0.42 s for 6.2 MB, level 4
#: 0.33 s for 6.6 MB, level 1 0.21 s for 7.9 MB; the page's own decoder (js/inflate.js)
#: inflates level 4 no slower than level 6 (node, the first stream of the 10,000- and
#: 20,000-node pages). Level 4 halves the compression, the one step of `render` that
#: waits for all the rest, for a page a tenth bigger.
DEFLATE_LEVEL = 4


#: JSON over this many bytes is deflated in two halves at once (see :func:`_deflate_bytes`).
SPLIT_OVER = 4_000_000
#: DEFLATE's window: the most a back-reference reaches (the second half is primed with it).
_WINDOW = 32_768


def _deflate_bytes(raw: bytes) -> str:
    """DEFLATE (raw, :data:`DEFLATE_LEVEL`) and base64 of UTF-8 JSON.

    Over :data:`SPLIT_OVER` bytes, the two halves are compressed at once, the second on a
    thread of its own (zlib lets go of the interpreter): the first half ends with a sync
    flush (an empty stored block, on a byte boundary), and the second is primed with the
    window before it (``zdict``), so the two make one raw DEFLATE stream, inflated to the
    same bytes by any decoder (js/inflate.js reads stored blocks). At 20,000 claims the
    first stream (21 MB) took 0.24 s of the serial end of `render` on one core; in halves
    0.14 s, for 600 bytes more.
    """
    import base64
    import zlib

    if len(raw) <= SPLIT_OVER:
        z = zlib.compressobj(DEFLATE_LEVEL, zlib.DEFLATED, -15)
        return base64.b64encode(z.compress(raw) + z.flush()).decode("ascii")
    mid = len(raw) // 2
    view = memoryview(raw)

    def second(_: bytes) -> bytes:
        z = zlib.compressobj(DEFLATE_LEVEL, zlib.DEFLATED, -15,
                             zdict=view[mid - _WINDOW:mid])
        return z.compress(view[mid:]) + z.flush()

    later = _in_thread(second, b"")
    z = zlib.compressobj(DEFLATE_LEVEL, zlib.DEFLATED, -15)
    head = z.compress(view[:mid]) + z.flush(zlib.Z_SYNC_FLUSH)
    return base64.b64encode(head + later()).decode("ascii")


def _table(items: list[dict[str, Any]], nix: dict[str, int], ref_cols: tuple[str, ...],
           counts: dict[str, int], spots: list[tuple[Any, Any, str]], *,
           skip: frozenset[str] = frozenset(), styles: list[int | None] | None = None,
           consume: bool = False, columns: dict[str, list[Any]] | None = None
           ) -> dict[str, Any]:
    """Rows of values under one list of column names; node ids in ``ref_cols`` as row numbers.

    Fields in ``skip`` are left out; ``styles`` (one per item) fills the column
    ``_s``, after the item's own fields. Long strings are counted and their places
    kept as :func:`_copier`'s copy does (the rows are new lists: no second walk to
    copy them, and no copy of each item without its style first). ``consume``: each
    item's place in ``items`` is set to None once its row is made (see :func:`pack`).
    ``columns``: every item has the keys of the first, in its order, and these are the
    values of some of them, an item at a time (:class:`EdgeColumns`): read from there.
    """
    marks: list[int | None] = styles if styles is not None else [None] * len(items)
    if len(marks) != len(items):
        raise ValueError("_table: one style per item")
    cols: list[str] = []
    seen: set[str] = set()
    # the columns in the order the items name them, "_s" after the keys of the first item
    # with a style: read from each distinct order of keys (most items share one; a
    # hundred thousand edges were a million keys looked at)
    styled = next((n for n, st in enumerate(marks) if st is not None), len(items))
    for part in (items[:styled + 1], items[styled + 1:]):
        # (with ``columns``, every item's keys are the first's)
        shapes = dict.fromkeys(map(tuple, part)) if columns is None else (
            (tuple(items[0]),) if part else ())
        for keys in shapes:
            for k in keys:
                if k not in seen and k not in skip:
                    seen.add(k)
                    cols.append(k)
        if styled < len(items) and "_s" not in seen:
            seen.add("_s")
            cols.append("_s")
    style_at = cols.index("_s") if styles is not None and "_s" in seen else -1
    refs = [c in ref_cols for c in cols]
    ref_at = [i for i, r in enumerate(refs) if r]
    ref_names = [c for c, r in zip(cols, refs, strict=True) if r]
    copy = _copier(counts, spots)
    head = {"cols": copy(cols), "refs": copy(ref_names)}
    rows = _rows_by_column(items, marks, cols, style_at, ref_at, nix, counts, spots,
                           columns or {})
    if rows is not None:
        if consume:
            items[:] = [None] * len(items)  # type: ignore[list-item]
        return {**head, "rows": rows}
    count = counts.get
    spot = spots.append
    number = nix.get
    rows = []
    for n, (it, st) in enumerate(zip(items, marks, strict=True)):
        if consume:
            items[n] = None  # type: ignore[call-overload]  # (``it`` holds it until the next)
        row: list[Any] = list(map(it.get, cols))
        if style_at >= 0 and st is not None:
            row[style_at] = st
        for i in ref_at:
            v = row[i]
            if type(v) is str or isinstance(v, str):
                j = number(v)
                if j is not None:
                    row[i] = j
        while row and row[-1] is None:
            row.pop()
        for i, v in enumerate(row):
            t = type(v)
            if t in _PLAIN:
                continue
            if t is str or isinstance(v, str):
                if len(v) >= _INTERN_MIN:
                    counts[v] = count(v, 0) + 1
                    spot((row, i, v))
            elif isinstance(v, dict | list):
                row[i] = copy(v)
        rows.append(row)
    return {**head, "rows": rows}


#: The types :func:`_rows_by_column` takes in a column (a node's number, text, a figure).
_COLUMN_TYPES = frozenset({str, int, float, bool, type(None)})


def _rows_by_column(items: list[dict[str, Any]], marks: list[int | None], cols: list[str],
                    style_at: int, ref_at: list[int], nix: dict[Any, int],
                    counts: dict[str, int], spots: list[tuple[Any, Any, str]],
                    given: dict[str, list[Any]]) -> list[list[Any]] | None:
    """:func:`_table`'s rows, made a column at a time by C code (``map``, ``zip``), when
    every value is plain (text, a number, None) and an item's style fills ``_s``; else
    None (then :func:`_table` makes them row by row). The same rows, the same strings
    counted in the same order (row by row, left to right) and the same places noted.
    ``given``: columns already read (``_table``'s ``columns``)."""
    if not items or (set(map(type, items)) != {dict}):
        return None
    columns: list[list[Any]] = []
    for i, c in enumerate(cols):
        if i == style_at:
            if None in marks:  # (an item without a style keeps its own "_s", if any)
                return None
            columns.append(marks)
            continue
        vals = given.get(c)
        if vals is None:
            vals = list(map(dict.get, items, repeat(c)))
        kinds = set(map(type, vals))
        if not kinds <= _COLUMN_TYPES:
            return None
        if i in ref_at and str in kinds:
            if not kinds <= {str, type(None)} or None in nix:
                return None
            vals = list(map(nix.get, vals, vals))  # (a node's number, else the text)
        columns.append(vals)
    rows = list(map(list, zip(*columns, strict=True)))
    if None in columns[-1]:
        for row in rows:
            while row and row[-1] is None:
                row.pop()
    least = _INTERN_MIN
    texts = []
    for i, vals in enumerate(columns):
        kinds = set(map(type, vals))
        if str not in kinds:
            continue
        if not kinds <= {str, type(None)}:
            return None  # (text beside numbers in a column: row by row)
        if max(map(len, filter(None, vals)), default=0) >= least:
            texts.append(i)
    count = counts.get
    spot = spots.append
    if len(texts) == 1:
        i = texts[0]
        for row, v in zip(rows, columns[i], strict=True):
            if v is not None and len(v) >= least:
                counts[v] = count(v, 0) + 1
                spot((row, i, v))
    elif texts:
        for row in rows:
            for i in texts:
                v = row[i] if i < len(row) else None
                if v is not None and len(v) >= least:
                    counts[v] = count(v, 0) + 1
                    spot((row, i, v))
    return rows


def _taking(v: dict[Any, Any] | list[Any], consume: bool) -> Iterator[tuple[Any, Any]]:
    """(key or index, item) of ``v``; with ``consume``, each item's place is set to None
    as the next is read (the caller has copied it by then)."""
    keys = list(v) if isinstance(v, dict) else range(len(v))
    for k in keys:
        x = v[k]
        if consume:
            v[k] = None
        yield k, x
        del x


def _cap_conflicts(q: dict[str, Any]) -> dict[str, Any]:
    pairs = q.get("estimate_conflicts")
    if isinstance(pairs, list) and len(pairs) > MAX_CONFLICT_PAIRS:
        q = {**q, "estimate_conflicts": pairs[:MAX_CONFLICT_PAIRS],
             "estimate_conflicts_total": len(pairs)}
    return q


#: Types a copy keeps as they are, looked up before any ``isinstance``.
_PLAIN = frozenset({int, float, bool, type(None)})
#: ``dict.get``'s default for a key an item lacks, one per style key (for ``map``).
_ABSENT = (object(),) * 8

#: ``{"$L": field}`` and ``{"$T": field}``, one of each per field naming a node (see
#: :func:`_copier`): shared by every place they stand for (read, never changed; 40,000 of
#: them at 20,000 claims, pickled once each when the second process sends them).
_LABEL_REF = {f: {"$L": f} for f in ("id", *_OWNER.values())}
_TITLE_REF = {f: {"$T": f} for f in ("id", *_OWNER.values())}


def _copier(counts: dict[str, int], spots: list[tuple[Any, Any, str]],
            labels: dict[Any, Any] | None = None,
            title: Callable[[Any], Any] | None = None) -> Callable[..., Any]:
    """A copy function: ``copy(v)`` is ``v`` with None fields of dicts dropped, each string
    of at least :data:`_INTERN_MIN` characters in it counted in ``counts`` and its place
    (container, key) kept in ``spots``.

    With ``labels`` (node id -> label) and ``title`` (node id -> title), the packer's
    label-referencing walk: ``copy(v, titles=True)`` also writes, for a string in a
    dict that repeats the label of the node the dict names (by ``id``, or by the
    field :data:`_OWNER` gives), ``{"$L": field}``, and for one that repeats its title
    (when ``titles``), ``{"$T": field}``. One walk for the whole page data (a third of
    a million dicts and lists at 20,000 claims): types are looked up before any
    ``isinstance``, the lookups are local names, and a dict's own node is looked up
    once, not once per string.
    """
    count = counts.get
    spot = spots.append
    plain = _PLAIN
    least = _INTERN_MIN
    owners = _OWNER.get
    named = labels if labels is not None else {}

    def copy(v: Any, titles: bool = True) -> Any:
        t = type(v)
        if t is dict or (t is not list and isinstance(v, dict)):
            out: dict[str, Any] = {}
            own = v.get("id") if named else None
            if own is not None and not (isinstance(own, str) and own in named):
                own = None
            for k, x in v.items():
                if x is None:
                    continue
                tx = type(x)
                if tx in plain:
                    out[k] = x
                elif tx is str or isinstance(x, str):
                    if named:
                        owner = owners(k)
                        if owner is None:
                            owner, nid = "id", (own if k != "id" else None)
                        else:
                            nid = v.get(owner)
                            if not (isinstance(nid, str) and nid in named):
                                nid = None
                        if nid is not None:
                            if x == named[nid]:
                                out[k] = _LABEL_REF[owner]
                                continue
                            if titles and title is not None and x == title(nid):
                                out[k] = _TITLE_REF[owner]
                                continue
                    if len(x) >= least:
                        counts[x] = count(x, 0) + 1
                        spot((out, k, x))
                    out[k] = x
                elif tx is dict or tx is list or isinstance(x, dict | list):
                    out[k] = copy(x, titles)
                else:
                    out[k] = x
            return out
        if t is list or isinstance(v, list):
            lst: list[Any] = []
            add = lst.append
            for x in v:
                tx = type(x)
                if tx in plain:
                    add(x)
                elif tx is str or isinstance(x, str):
                    if len(x) >= least:
                        counts[x] = count(x, 0) + 1
                        spot((lst, len(lst), x))
                    add(x)
                elif tx is dict or tx is list or isinstance(x, dict | list):
                    add(copy(x, titles))
                else:
                    add(x)
            return lst
        return v

    return copy
