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
        from ..safejson import dumps

        # claimreview is pasted into a <script> element: escaped for it (as write_ does)
        return dumps(out, indent=2, script=fmt == "claimreview") + "\n"
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
