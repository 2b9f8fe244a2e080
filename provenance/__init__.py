"""provenance: trace claims to their sources.

A dossier (people, works, claims, questions and the texts they appear in)
becomes a claim and citation graph whose quotes are checked against their
sources and whose contested points are rendered as one offline HTML page.

The library in a notebook (docs/library.md)::

    import provenance as pv
    d = pv.load("my-dossier/")     # or pv.load() for the bundled example
    d.check().ok, d.contested()[0]["text"], d.trace("12%")
    d.render("page.html"); d.export("graphml", "graph.graphml")
    pv.extract("article.txt")

Importing this package stays light: networkx, rapidfuzz and the page's assets
load only when a method needs them, as in the CLI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .api import OpenDossier, load
from .version import __version__

if TYPE_CHECKING:
    from .extract import extraction as extract

__all__ = ["OpenDossier", "__version__", "extract", "load"]


def __getattr__(name: str) -> Any:
    # ``provenance.extract`` is the callable subpackage, imported on first use
    # so that ``import provenance`` stays light.
    if name == "extract":
        import importlib

        return importlib.import_module(".extract", __name__)
    raise AttributeError(f"module 'provenance' has no attribute {name!r}")
