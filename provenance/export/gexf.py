"""GEXF 1.2 for Gephi (and ``nx.read_gexf``): scalar attributes, labels on nodes and edges.

Streamed straight from the records like :mod:`.graphml`, for speed at
100,000 works. Each node's ``label`` is its name or title, each edge's its
relation, which is what Gephi shows.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import Edge, Node, attribute_types, flat_rows, write_atomic, xml_text, xml_value

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier


def iter_gexf(gattrs: dict[str, Any], nodes: list[Node], edges: list[Edge]) -> Iterator[str]:
    """The document in pieces, from flattened rows (:func:`provenance.export.flat_rows`)."""
    nlabel = {n: str(d.pop("label", n)) for n, d in nodes}
    ntypes = attribute_types(d for _, d in nodes)
    etypes = attribute_types(e[3] for e in edges)
    nid = {name: str(i) for i, name in enumerate(ntypes)}
    eid = {name: str(i) for i, name in enumerate(etypes)}
    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<gexf xmlns="http://www.gexf.net/1.2draft" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://www.gexf.net/1.2draft '
           'http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n')
    yield (f'  <meta lastmodifieddate="{_dt.date.today().isoformat()}">'
           f"<creator>provenance</creator>"
           f"<description>{xml_text(gattrs.get('title', ''))}</description></meta>\n")
    yield '  <graph defaultedgetype="directed" mode="static">\n'
    for cls, types, ids in (("node", ntypes, nid), ("edge", etypes, eid)):
        yield f'    <attributes class="{cls}" mode="static">\n'
        for name, kind in types.items():
            yield (f'      <attribute id="{ids[name]}" title="{xml_text(name)}" '
                   f'type="{kind}" />\n')
        yield "    </attributes>\n"

    memo: dict[Any, str] = {}  # ids, kinds, work ids repeat on every edge: escape each once

    def text(value: Any) -> str:
        hit = memo.get(value)
        if hit is None:
            hit = xml_text(value)
            if len(hit) < 80:
                memo[value] = hit
        return hit

    # Per attribute: the start of its attvalue element and its type.
    ntag = {k: (f'<attvalue for="{nid[k]}" value="', t) for k, t in ntypes.items()}
    etag = {k: (f'<attvalue for="{eid[k]}" value="', t) for k, t in etypes.items()}

    def values(d: dict[str, Any], tags: dict[str, tuple[str, str]]) -> str:
        parts = []
        for k, v in d.items():
            start, kind = tags[k]
            parts.append(start)
            parts.append(text(v) if kind == "string" else xml_value(v, kind))
            parts.append('" />')
        return "".join(parts)

    yield "    <nodes>\n"
    for n, d in nodes:
        yield (f'      <node id="{text(n)}" label="{xml_text(nlabel[n])}">'
               f"<attvalues>{values(d, ntag)}</attvalues></node>\n")
    yield "    </nodes>\n    <edges>\n"
    for i, (u, v, _k, d) in enumerate(edges):
        yield (f'      <edge id="{i}" source="{text(u)}" target="{text(v)}" '
               f'label="{text(d.get("kind", ""))}"><attvalues>{values(d, etag)}</attvalues>'
               "</edge>\n")
    yield "    </edges>\n  </graph>\n</gexf>\n"


def generate_gexf(dossier: Dossier, g: nx.MultiDiGraph | None = None) -> str:
    return "".join(iter_gexf(*flat_rows(dossier, g)))


def write_gexf(dossier: Dossier, path: str | Path, *, force: bool = False,
               g: nx.MultiDiGraph | None = None) -> Path:
    return write_atomic(path, generate_gexf(dossier, g), force=force)
