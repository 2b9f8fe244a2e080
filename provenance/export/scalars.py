"""Graph attributes as GraphML and GEXF need them: scalars, one type per column, XML-escaped.

Both formats declare each attribute once with one type, and carry only
scalars, so lists are joined with '; ' and the estimate is spread into
``estimate_value``, ``estimate_unit``... All XML escaping of the exports
happens here. Columns are looked at whole, once (:func:`columns`): at
100,000 works almost no value needs escaping, and knowing that a column is
plain lets the writers format rows without touching each value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier

Node = tuple[str, dict[str, Any]]
Edge = tuple[str, str, int, dict[str, Any]]

#: Attributes that must keep one type across all nodes for GraphML/GEXF readers.
_FLOATS = {"sample_n", "estimate_value", "estimate_low", "estimate_high"}


def flat_rows(dossier: Dossier, g: nx.MultiDiGraph | None = None,
              ) -> tuple[dict[str, Any], list[Node], list[Edge]]:
    """Graph attributes, nodes and keyed edges, flattened to scalars (:func:`flatten_attrs`).

    Read from ``g`` when the caller has built it, else straight from the
    records (:mod:`provenance.graph` defines both): at 100,000 works,
    building the networkx graph only to walk it again would take longer
    than writing the file.
    """
    if g is None:
        from ..graph import graph_attrs, graph_edges, graph_nodes, keyed_edges

        # Edge attributes are text and whole numbers already: only a None needs dropping.
        return (flatten_attrs(graph_attrs(dossier)),
                [(n, flatten_attrs(d)) for n, d in graph_nodes(dossier)],
                [(u, v, k, d if None not in d.values() else flatten_attrs(d))
                 for u, v, k, d in keyed_edges(graph_edges(dossier))])
    return (flatten_attrs(dict(g.graph)),
            [(n, flatten_attrs(d)) for n, d in g.nodes(data=True)],
            [(u, v, k, flatten_attrs(d)) for u, v, k, d in g.edges(keys=True, data=True)])


def _flat_value(key: str, value: Any, out: dict[str, Any]) -> None:
    if value is None:
        return
    if hasattr(value, "value") and not isinstance(value, int | float | str):
        value = value.value  # an Enum
    if isinstance(value, dict):
        for k, v in value.items():
            _flat_value(f"{key}_{k}", v, out)
    elif isinstance(value, list | tuple | set):
        if value:
            out[key] = "; ".join(str(v) for v in value)
    elif isinstance(value, bool):
        out[key] = value
    elif isinstance(value, int | float):
        out[key] = float(value) if key in _FLOATS else value
    else:
        out[key] = str(value)


def flatten_attrs(attrs: dict[str, Any]) -> dict[str, Any]:
    """Scalar-only attributes: lists joined with '; ', dicts spread as key_sub, None dropped.

    A reader (Gephi, Cytoscape, networkx) must see one type per attribute,
    so numbers that may be whole or fractional are always floats.
    """
    out: dict[str, Any] = {}
    for k, v in attrs.items():
        t = type(v)
        if t is str or (t is int and k not in _FLOATS):
            out[k] = v  # the common case, without the recursive walk
        elif v is not None:
            _flat_value(k, v, out)
    return out


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_XML_SPECIAL = re.compile('[&<>"\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]')


def xml_text(value: Any) -> str:
    """``value`` as XML-safe text: escaped, and without characters XML 1.0 forbids."""
    s = value if isinstance(value, str) else str(value)
    if not _XML_SPECIAL.search(s):
        return s  # most ids, kinds and titles: nothing to do
    s = _XML_BAD.sub("\ufffd", s)
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def plain_text(values: list[str]) -> bool:
    """Whether XML takes every one of these strings as it is (one regex pass over them all)."""
    return not _XML_SPECIAL.search("\n".join(values))


def scalar_type(values: set[type]) -> str:
    """One type per attribute, as GraphML/GEXF need: boolean, long, double or string."""
    if values <= {bool}:
        return "boolean"
    if values <= {int}:
        return "long"
    if values <= {int, float}:
        return "double"
    return "string"


@dataclass(frozen=True)
class Column:
    """One attribute over all nodes (or all edges)."""

    type: str  # boolean, long, double or string
    plain: bool  # every value is written as '%s' gives it: no escaping, no conversion

    def write(self, value: Any) -> str:
        if self.type == "boolean":
            return "true" if value else "false"
        if self.type == "double":
            return repr(float(value))
        return xml_text(value)


def columns(items: Any) -> dict[str, Column]:
    """attribute name -> :class:`Column`, over all the flattened attribute dicts in ``items``.

    Rows with the same attribute names are gathered first and turned into
    columns with ``zip``, so each value is looked at in C, not in a loop.
    """
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for d in items:
        names = tuple(d)
        rows = groups.get(names)
        if rows is None:
            groups[names] = [d]
        else:
            rows.append(d)
    values: dict[str, list[Any]] = {}
    for names, rows in groups.items():
        for name in names:
            values.setdefault(name, []).extend(map(itemgetter(name), rows))
    out = {}
    for k, vs in values.items():
        types = set(map(type, vs))
        kind = scalar_type(types)
        plain = (types == {str} and plain_text(vs) if kind == "string" else
                 kind == "long" or (kind == "double" and types == {float}))
        out[k] = Column(kind, plain)
    return out


class Templates:
    """Rows written through one prepared ``%`` template per set of attribute names.

    A work, a cites edge, a statement... each set of names gets its template
    once (``start`` + one ``cell`` per attribute + ``end``); a row whose
    columns are all plain is then one ``%`` format, with no per-value work.
    """

    def __init__(self, start: str, cell: dict[str, str], end: str, cols: dict[str, Column]):
        self.start, self.cell, self.end, self.cols = start, cell, end, cols
        self.made: dict[tuple[str, ...], tuple[str, list[Column] | None]] = {}

    def row(self, head: tuple[Any, ...], d: dict[str, Any]) -> str:
        """The row: ``head`` fills the start's slots, ``d`` the cells."""
        names = tuple(d)
        fmt, cols = self.made.get(names) or self._make(names)
        if cols is None:
            return fmt % (*head, *d.values())
        return fmt % (*head, *[x if c.plain else c.write(x)
                               for c, x in zip(cols, d.values(), strict=True)])

    def _make(self, names: tuple[str, ...]) -> tuple[str, list[Column] | None]:
        cols = [self.cols[n] for n in names]
        made = self.made[names] = (
            self.start + "".join(self.cell[n] for n in names) + self.end,
            None if all(c.plain for c in cols) else cols)
        return made


class _Escaped(dict[str, str]):
    def __missing__(self, key: str) -> str:  # an edge to a node the rows do not list
        return xml_text(key)


def escaped_ids(nodes: list[Node]) -> dict[str, str] | None:
    """node id -> the id as XML text, or None when no id needs escaping (nearly always)."""
    names = [n for n, _ in nodes]
    return None if plain_text(names) else _Escaped((n, xml_text(n)) for n in names)
