"""GraphML for Gephi, Cytoscape, yEd, igraph and networkx (``nx.read_graphml``).

Attributes are flattened to scalars (lists joined with '; ', the estimate
spread into ``estimate_value``, ``estimate_unit``...) because GraphML keys
hold one scalar type each. The XML is streamed out directly: networkx's
writer builds an element tree first and takes ~10x longer at 100,000 works.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import attribute_types, flatten_attrs, graph_of, write_atomic, xml_text, xml_value

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier

HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
          'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')


def iter_graphml(g: nx.MultiDiGraph) -> Iterator[str]:
    nodes = [(n, flatten_attrs(d)) for n, d in g.nodes(data=True)]
    edges = [(u, v, k, flatten_attrs(d)) for u, v, k, d in g.edges(keys=True, data=True)]
    gattrs = flatten_attrs(dict(g.graph))
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
    # Per attribute: its opening tag and how to write a value (strings need escaping only).
    tag = {sk: (f'<data key="{kid}">', kind) for sk, (kid, kind) in keys.items()}
    esc = {n: xml_text(n) for n, _ in nodes}  # ids repeat in every edge: escape them once
    short: dict[Any, str] = {}  # kinds, work ids ... repeat too

    def text_of(value: Any, kind: str) -> str:
        if kind != "string":
            return xml_value(value, kind)
        hit = short.get(value)
        if hit is None:
            hit = xml_text(value)
            if len(value) < 40:
                short[value] = hit
        return hit

    for scope, rows, tail in (
        ("node", ((f'    <node id="{esc[n]}">', d) for n, d in nodes), "</node>\n"),
        ("edge", ((f'    <edge source="{esc[u]}" target="{esc[v]}" id="{k}">', d)
                  for u, v, k, d in edges), "</edge>\n"),
    ):
        for start, d in rows:
            parts = [start]
            for name, value in d.items():
                open_, kind = tag[(scope, name)]
                parts.append(f"{open_}{text_of(value, kind)}</data>")
            parts.append(tail)
            yield "".join(parts)
    yield "  </graph>\n</graphml>\n"


def generate_graphml(dossier: Dossier, g: nx.MultiDiGraph | None = None) -> str:
    return "".join(iter_graphml(graph_of(dossier, g)))


def write_graphml(dossier: Dossier, path: str | Path, *, force: bool = False,
                  g: nx.MultiDiGraph | None = None) -> Path:
    return write_atomic(path, generate_graphml(dossier, g), force=force)
