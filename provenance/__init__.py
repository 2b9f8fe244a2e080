"""provenance: trace claims to their sources.

A dossier (people, works, claims, questions and the texts they appear in)
becomes a claim and citation graph whose quotes are checked against their
sources and whose contested points are rendered as one offline HTML page.

The library in a notebook (docs/library.md)::

    import provenance as pv
    d = pv.load("my-dossier/")     # or pv.load() for the bundled example
    d.check().ok, d.contested()[0]["text"], d.trace("12%")["chains"]
    # results are typed: pv.CheckReport, pv.ContestedQuestion, pv.TraceResult
    d.render("page.html"); d.export("graphml", "graph.graphml")
    pv.extract("article.txt")

Importing this package stays light: networkx, rapidfuzz and the page's assets
load only when a method needs them, as in the CLI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .api import OpenDossier, load
from .results import (
    Chain,
    ContestedQuestion,
    Contradiction,
    EstimateConflict,
    Match,
    Position,
    TraceResult,
    WorkTree,
)
from .version import __version__

if TYPE_CHECKING:
    from .check import AppearanceResult, CheckReport
    from .extract import extraction as extract

__all__ = [
    "AppearanceResult", "Chain", "CheckReport", "ContestedQuestion", "Contradiction",
    "EstimateConflict", "Match", "OpenDossier", "Position", "TraceResult", "WorkTree",
    "__version__", "extract", "load",
]


def __getattr__(name: str) -> Any:
    # ``provenance.extract`` (the callable subpackage) and check's result types are
    # imported on first use, so that ``import provenance`` stays light.
    import importlib

    if name == "extract":
        return importlib.import_module(".extract", __name__)
    if name in ("CheckReport", "AppearanceResult"):
        return getattr(importlib.import_module(".check", __name__), name)
    raise AttributeError(f"module 'provenance' has no attribute {name!r}")
