"""GraphML for Gephi, Cytoscape, yEd, igraph and networkx (``nx.read_graphml``).

Attributes are flattened to scalars (lists joined with '; ', the estimate
spread into ``estimate_value``, ``estimate_unit``...) because GraphML keys
hold one scalar type each. The XML is streamed straight from the records
(:func:`provenance.export.flat_rows`), one prepared template per set of
attributes: networkx's writer builds an element tree first and takes ~10x
longer at 100,000 works.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import Edge, Node, attribute_types, flat_rows, write_atomic, xml_text, xml_value

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier

HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
          'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')


def iter_graphml(gattrs: dict[str, Any], nodes: list[Node], edges: list[Edge]) -> Iterator[str]:
    """The document in pieces, from flattened rows (:func:`provenance.export.flat_rows`)."""
    keys: dict[tuple[str, str], tuple[str, str]] = {}  # (scope, name) -> (id, type)
    for scope, items in (("graph", [gattrs]), ("node", [d for _, d in nodes]),
                         ("edge", [e[3] for e in edges])):
        for name, kind in attribute_types(items).items():
            keys[(scope, name)] = (f"d{len(keys)}", kind)
    yield HEADER
    for (scope, name), (kid, kind) in keys.items():
        yield (f'  <key id="{kid}" for="{scope}" attr.name="{xml_text(name)}" '
               f'attr.type="{kind}" />\n')
    yield '  <graph edgedefault="directed">\n'
    for name, value in gattrs.items():
        kid, kind = keys[("graph", name)]
        yield f'    <data key="{kid}">{xml_value(value, kind)}</data>\n'

    memo: dict[Any, str] = {}  # ids, kinds, work ids repeat on every edge: escape each once

    def text(value: Any) -> str:
        hit = memo.get(value)
        if hit is None:
            hit = xml_text(value)
            if len(hit) < 80:
                memo[value] = hit
        return hit

    def converter(kind: str) -> Callable[[Any], str]:
        if kind == "string":
            return text
        if kind == "long":
            return str
        return lambda value: xml_value(value, kind)

    # One template per set of attribute names (a work, a cites edge, a statement...).
    templates: dict[tuple[str, tuple[str, ...]], tuple[str, list[Callable[[Any], str]]]] = {}

    def template(scope: str, names: tuple[str, ...]) -> tuple[str, list[Callable[[Any], str]]]:
        found = templates.get((scope, names))
        if found is None:
            data = "".join(f'<data key="{keys[(scope, n)][0]}">%s</data>' for n in names)
            start = ('    <node id="%s">' if scope == "node"
                     else '    <edge source="%s" target="%s" id="%s">')
            found = templates[(scope, names)] = (
                f"{start}{data}</{scope}>\n",
                [converter(keys[(scope, n)][1]) for n in names])
        return found

    for n, d in nodes:
        fmt, convert = template("node", tuple(d))
        yield fmt % (text(n), *[c(v) for c, v in zip(convert, d.values(), strict=True)])
    for u, v, k, d in edges:
        fmt, convert = template("edge", tuple(d))
        yield fmt % (text(u), text(v), k,
                     *[c(x) for c, x in zip(convert, d.values(), strict=True)])
    yield "  </graph>\n</graphml>\n"


def generate_graphml(dossier: Dossier, g: nx.MultiDiGraph | None = None) -> str:
    return "".join(iter_graphml(*flat_rows(dossier, g)))


def write_graphml(dossier: Dossier, path: str | Path, *, force: bool = False,
                  g: nx.MultiDiGraph | None = None) -> Path:
    return write_atomic(path, generate_graphml(dossier, g), force=force)
