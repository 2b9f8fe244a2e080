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
parquet        DuckDB, Polars, Spark, pandas (a folder of 3 tables)  parquet
neo4j          ``neo4j-admin database import full`` (a CSV folder)   neo4j
=============  ====================================================  ==========

``parquet`` and ``neo4j`` write a folder (:data:`FOLDERS`), not one file.
A format that would write nothing says why (:func:`why_empty`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Raised here, defined with every other exception in provenance.errors.
from ..errors import EmptyExport as EmptyExport
from ..errors import MissingDependency as MissingDependency

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier

FORMATS = ("graphml", "gexf", "json", "prov", "claimreview", "sqlite", "argdown", "parquet",
           "neo4j")
SUFFIX = {"graphml": ".graphml", "gexf": ".gexf", "json": ".json", "prov": ".prov.json",
          "claimreview": ".claimreview.jsonld", "sqlite": ".db", "argdown": ".argdown",
          "parquet": "-parquet", "neo4j": "-neo4j"}
#: Formats written as a folder of files (never to standard output).
FOLDERS = frozenset({"parquet", "neo4j"})
_MODULE = {"json": "nodelink"}


def why_empty(dossier: Dossier, fmt: str) -> EmptyExport | None:
    """Why ``fmt`` would hold nothing for ``dossier`` (with how to fix it), or None.

    One rule per format, here, so the command and the library agree on
    "empty": ClaimReview needs a claim with a ``review``; Argdown needs claims;
    the graph and table formats need at least one record.
    """
    if fmt == "claimreview":
        if not any(c.review is not None for c in dossier.claims):
            n = len(dossier.claims)
            return EmptyExport(
                fmt, f"none of the dossier's {n} claim{'s' if n != 1 else ''} has a `review:` "
                "(a ClaimReview is a fact-checker's verdict on a claim)",
                "Add one under a claim in dossier.yaml, e.g.\n"
                "    review: {rating: 2, best: 5, worst: 1, alternate_name: Mostly false,\n"
                "             author: Your Fact Desk, date: \"2026-12-01\"}\n"
                "then export again (docs/interop.md, ClaimReview).")
        return None
    if fmt == "argdown":
        if not dossier.claims:
            return EmptyExport(fmt, "the dossier has no claims (Argdown maps claims and "
                               "the arguments for and against them)",
                               "Add claims under `claims:` in dossier.yaml (docs/format.md), "
                               "or export the works with --format graphml or sqlite.")
        return None
    if not (dossier.claims or dossier.works or dossier.people or dossier.questions):
        return EmptyExport(fmt, "the dossier has no questions, people, works or claims",
                           "Add records to dossier.yaml (docs/format.md), or import references "
                           "with `provenance import bibtex FILE --into DOSSIER`.")
    return None


def _module(fmt: str) -> Any:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    import importlib

    return importlib.import_module(f".{_MODULE.get(fmt, fmt)}", __name__)


def export(dossier: Dossier, fmt: str, g: nx.MultiDiGraph | None = None) -> str | bytes:
    """The dossier as ``fmt``: text, or bytes for sqlite (dicts are serialised as JSON)."""
    if fmt in FOLDERS:
        raise ValueError(f"--format {fmt} writes a folder of files: use write_export")
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
    writer: Callable[..., Path] = getattr(mod, f"write_{_MODULE.get(fmt, fmt)}")
    return writer(dossier, path, force=force, g=g)


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
