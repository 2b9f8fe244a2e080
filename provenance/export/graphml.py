"""GraphML for Gephi, Cytoscape, yEd, igraph and networkx (``nx.read_graphml``).

Attributes are flattened to scalars (:mod:`.scalars`) because GraphML keys
hold one scalar type each. The XML is streamed straight from the records,
one prepared template per set of attributes: networkx's writer builds an
element tree first and takes ~10x longer at 100,000 works.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import write_atomic
from .scalars import Column, Edge, Node, columns, escaped_ids, flat_rows, written, xml_text

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier

HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
          'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')


def iter_graphml(gattrs: dict[str, Any], nodes: list[Node], edges: list[Edge]) -> Iterator[str]:
    """The document in pieces, from flattened rows (:func:`.scalars.flat_rows`)."""
    keys: dict[tuple[str, str], tuple[str, Column]] = {}  # (scope, name) -> (key id, column)
    for scope, items in (("graph", [gattrs]), ("node", [d for _, d in nodes]),
                         ("edge", [e[3] for e in edges])):
        for name, col in columns(items).items():
            keys[(scope, name)] = (f"d{len(keys)}", col)
    yield HEADER
    for (scope, name), (kid, col) in keys.items():
        yield (f'  <key id="{kid}" for="{scope}" attr.name="{xml_text(name)}" '
               f'attr.type="{col.type}" />\n')
    yield '  <graph edgedefault="directed">\n'
    for name, value in gattrs.items():
        kid, col = keys[("graph", name)]
        yield f'    <data key="{kid}">{col.write(value)}</data>\n'

    # One template per set of attribute names (a work, a cites edge, a statement...),
    # with its columns, or None when every value can be written as it is.
    templates: dict[tuple[str, tuple[str, ...]], tuple[str, list[Column] | None]] = {}

    def template(scope: str, names: tuple[str, ...]) -> tuple[str, list[Column] | None]:
        data = "".join(f'<data key="{keys[(scope, n)][0]}">%s</data>' for n in names)
        start = ('    <node id="%s">' if scope == "node"
                 else '    <edge source="%s" target="%s" id="%s">')
        cols = [keys[(scope, n)][1] for n in names]
        found = templates[(scope, names)] = (
            f"{start}{data}</{scope}>\n",
            None if all(c.plain for c in cols) else cols)
        return found

    lookup = templates.get
    ids = escaped_ids(nodes)
    for n, d in nodes:
        names = tuple(d)
        fmt, cols = lookup(("node", names)) or template("node", names)
        yield fmt % (n if ids is None else ids[n],
                     *(d.values() if cols is None else written(cols, d)))
    for u, v, k, d in edges:
        names = tuple(d)
        fmt, cols = lookup(("edge", names)) or template("edge", names)
        if ids is not None:
            u, v = ids[u], ids[v]
        yield fmt % (u, v, k, *(d.values() if cols is None else written(cols, d)))
    yield "  </graph>\n</graphml>\n"


def generate_graphml(dossier: Dossier, g: nx.MultiDiGraph | None = None) -> str:
    return "".join(iter_graphml(*flat_rows(dossier, g)))


def write_graphml(dossier: Dossier, path: str | Path, *, force: bool = False,
                  g: nx.MultiDiGraph | None = None) -> Path:
    return write_atomic(path, generate_graphml(dossier, g), force=force)
