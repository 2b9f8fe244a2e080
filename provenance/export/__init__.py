"""The dossier out, in the formats other tools read.

One module per format, networkx-readwrite style: ``generate_<fmt>(dossier)``
returns the document (text, a dict or bytes) and touches nothing;
``write_<fmt>(dossier, path)`` writes it atomically. :func:`export` and
:func:`write_export` dispatch on the format name the CLI uses.

=============  ====================================================  ==========
format         for                                                   module
=============  ====================================================  ==========
graphml        Gephi, Cytoscape, yEd, networkx, igraph               graphml
gexf           Gephi                                                 gexf
json           D3, networkx (node-link JSON)                         nodelink
prov           W3C PROV-JSON (prov, ProvToolbox)                     prov
claimreview    schema.org ClaimReview JSON-LD (fact-check markup)    claimreview
sqlite         Datasette, sqlite-utils, any SQL tool                 sqlite
argdown        Argdown (argument maps)                               argdown
=============  ====================================================  ==========
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier

FORMATS = ("graphml", "gexf", "json", "prov", "claimreview", "sqlite", "argdown")
SUFFIX = {"graphml": ".graphml", "gexf": ".gexf", "json": ".json", "prov": ".prov.json",
          "claimreview": ".claimreview.jsonld", "sqlite": ".db", "argdown": ".argdown"}
_MODULE = {"json": "nodelink"}


def _module(fmt: str) -> Any:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    import importlib

    return importlib.import_module(f".{_MODULE.get(fmt, fmt)}", __name__)


def export(dossier: Dossier, fmt: str, g: nx.MultiDiGraph | None = None) -> str | bytes:
    """The dossier as ``fmt``: text, or bytes for sqlite (dicts are serialised as JSON)."""
    mod = _module(fmt)
    out = getattr(mod, f"generate_{_MODULE.get(fmt, fmt)}")(dossier, g)
    if isinstance(out, dict | list):
        return json.dumps(out, ensure_ascii=False, indent=2) + "\n"
    return out  # type: ignore[no-any-return]


def write_export(dossier: Dossier, fmt: str, path: str | Path, *, force: bool = False,
                 g: nx.MultiDiGraph | None = None) -> Path:
    """Write ``fmt`` to ``path`` atomically; an existing file is replaced only with ``force``."""
    mod = _module(fmt)
    return getattr(mod, f"write_{_MODULE.get(fmt, fmt)}")(dossier, path, force=force, g=g)


def write_atomic(path: str | Path, data: str | bytes, *, force: bool = False) -> Path:
    """Write atomically; a file provenance did not write is replaced only with ``force``."""
    from ..files import write_text_atomic

    return write_text_atomic(path, data, force=force)


Node = tuple[str, dict[str, Any]]
Edge = tuple[str, str, int, dict[str, Any]]


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

        return (flatten_attrs(graph_attrs(dossier)),
                [(n, flatten_attrs(d)) for n, d in graph_nodes(dossier)],
                [(u, v, k, flatten_attrs(d)) for u, v, k, d in keyed_edges(graph_edges(dossier))])
    return (flatten_attrs(dict(g.graph)),
            [(n, flatten_attrs(d)) for n, d in g.nodes(data=True)],
            [(u, v, k, flatten_attrs(d)) for u, v, k, d in g.edges(keys=True, data=True)])


_APPEARANCE_EDGES = frozenset({"appears_in", "states"})


def relations(dossier: Dossier) -> Iterator[tuple[str, str, str, str | None]]:
    """(kind, source, target, work) of every graph edge that is not an appearance.

    Read from :func:`provenance.graph.graph_edges`, without building a graph:
    exports that need only these rows skip networkx.
    """
    from ..graph import graph_edges

    for u, v, d in graph_edges(dossier):
        if d["kind"] not in _APPEARANCE_EDGES:
            yield d["kind"], u, v, d.get("work")


#: Attributes that must keep one type across all nodes for GraphML/GEXF readers.
_FLOATS = {"sample_n", "estimate_value", "estimate_low", "estimate_high"}


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

    GraphML and GEXF only carry scalars, and a reader (Gephi, Cytoscape,
    networkx) must see one type per attribute, so numbers that may be whole
    or fractional are always floats.
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


def scalar_type(values: set[type]) -> str:
    """One type per attribute, as GraphML/GEXF need: boolean, long, double or string."""
    if values <= {bool}:
        return "boolean"
    if values <= {int}:
        return "long"
    if values <= {int, float}:
        return "double"
    return "string"


def attribute_types(items: Any) -> dict[str, str]:
    """attribute name -> scalar type over all the (flattened) attribute dicts in ``items``."""
    seen: dict[str, set[type]] = {}
    for d in items:
        for k, v in d.items():
            types = seen.get(k)
            if types is None:
                seen[k] = {type(v)}
            else:
                types.add(type(v))
    return {k: scalar_type(t) for k, t in seen.items()}


def xml_value(value: Any, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))
    return xml_text(value)
