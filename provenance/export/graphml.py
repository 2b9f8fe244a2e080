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
from .scalars import Column, Edge, Node, Templates, columns, escaped_ids, flat_rows, xml_text

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

    def templates(scope: str, start: str) -> Templates:
        mine = {name: (kid, col) for (sc, name), (kid, col) in keys.items() if sc == scope}
        return Templates(start, {n: f'<data key="{kid}">%s</data>' for n, (kid, _) in mine.items()},
                         f"</{scope}>\n", {n: col for n, (_, col) in mine.items()})

    node = templates("node", '    <node id="%s">')
    edge = templates("edge", '    <edge source="%s" target="%s" id="%s">')
    ids = escaped_ids(nodes)
    for n, d in nodes:
        yield node.row((n if ids is None else ids[n],), d)
    for u, v, k, d in edges:
        yield edge.row((u, v, k) if ids is None else (ids[u], ids[v], k), d)
    yield "  </graph>\n</graphml>\n"


def generate_graphml(dossier: Dossier, g: nx.MultiDiGraph | None = None) -> str:
    return "".join(iter_graphml(*flat_rows(dossier, g)))


def write_graphml(dossier: Dossier, path: str | Path, *, force: bool = False,
                  g: nx.MultiDiGraph | None = None) -> Path:
    return write_atomic(path, generate_graphml(dossier, g), force=force)
