"""The library in one object: load a dossier, then ask it what the CLI asks.

A notebook user should not need to know which of a dozen modules holds which
stage. :func:`load` returns an :class:`OpenDossier` that keeps the loaded
records and builds the graph once, on first use; every method is a thin call of
the same library function the CLI command of that name calls, so the library
and the command line cannot disagree.

    >>> import provenance as pv
    >>> d = pv.load()                      # the bundled cluneal-nerve dossier
    >>> d.check().ok                       # every quote found and said by its speaker
    True
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast, overload

if TYPE_CHECKING:
    import networkx as nx

    from .check import CheckReport
    from .model import Dossier
    from .results import ContestedQuestion, TraceResult


@dataclass
class OpenDossier:
    """A loaded dossier and the graph built from it (built lazily, once).

    ``records`` is the typed :class:`provenance.model.Dossier`; ``graph`` the
    networkx ``MultiDiGraph`` every analysis reads. Methods never mutate either.
    """

    records: Dossier
    _graph: nx.MultiDiGraph | None = field(default=None, repr=False)

    @property
    def path(self) -> Path:
        """Where the dossier was loaded from."""
        return self.records.path

    @property
    def title(self) -> str:
        return self.records.title

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The claim and citation graph (networkx), built on first use."""
        if self._graph is None:
            from .graph import build_graph

            self._graph = build_graph(self.records)
        return self._graph

    def check(self, *, min_score: float = 90.0) -> CheckReport:
        """Anchor and attribute every quote, as ``provenance check`` does."""
        from .check import check_dossier

        return check_dossier(self.records, min_score=min_score)

    def contested(self) -> list[ContestedQuestion]:
        """Every question with its positions and contestedness, as ``provenance contested --json``.

        Plain dicts (the ones the command prints), typed key by key in
        :mod:`provenance.results`.
        """
        from .analysis import contested
        from .chains import Index

        # what `provenance contested` reads: the index from the records, no graph built
        index = Index.of_dossier(self.records, words=False)
        return cast("list[ContestedQuestion]", contested(None, index=index))

    def trace(self, query: str, *, limit: int = 5, depth: int = 3) -> TraceResult:
        """Where a claim, number or name comes from, as ``provenance trace --json``.

        A plain dict, typed key by key in :mod:`provenance.results`.
        """
        from .trace import trace

        return cast("TraceResult", trace(self.records, query, self.graph, limit=limit,
                                         depth=depth))

    def page(self, **options: Any) -> str:
        """The interactive page as one HTML string (nothing written)."""
        from .pipeline import page_inputs
        from .render.page import generate_html

        inputs = page_inputs(self.records, self.graph, questions=options.pop("questions", None))
        return generate_html(self.records, inputs, **options)

    def render(self, path: str | Path, *, force: bool = False, **options: Any) -> Path:
        """Write the interactive page to ``path``, as ``provenance render -o``."""
        from .pipeline import page_inputs
        from .render.page import write_html

        inputs = page_inputs(self.records, self.graph, questions=options.pop("questions", None))
        return write_html(self.records, path, force=force, inputs=inputs, **options)

    @overload
    def export(self, fmt: str) -> str | bytes: ...

    @overload
    def export(self, fmt: str, path: str | Path, *, force: bool = False) -> Path: ...

    def export(self, fmt: str, path: str | Path | None = None, *,
               force: bool = False) -> str | bytes | Path:
        """The dossier in ``fmt`` (graphml, gexf, json, prov, claimreview, sqlite, argdown...).

        Without ``path`` the document is returned (bytes for sqlite); with it,
        written atomically and the path returned, as ``provenance export``. A
        format that would hold nothing raises
        :class:`provenance.export.EmptyExport` saying what to add, as the command
        says it (exit 1) instead of writing an empty document.
        """
        from .export import export, why_empty, write_export

        empty = why_empty(self.records, fmt)
        if empty is not None:
            raise empty
        if path is None:
            return export(self.records, fmt, self.graph)
        return write_export(self.records, fmt, path, force=force, g=self.graph)

    def _repr_html_(self) -> str:
        """The page inline in Jupyter, in a sandboxed iframe.

        ``srcdoc`` keeps it offline (the page carries its own script and
        styles); ``sandbox="allow-scripts"`` without ``allow-same-origin`` gives
        the page an opaque origin, so nothing in a stranger's dossier can reach
        the notebook, its cookies or its kernel.
        """
        doc = html.escape(self.page(), quote=True)
        title = html.escape(self.title, quote=True)
        return (f'<iframe title="{title}" sandbox="allow-scripts allow-downloads" '
                f'srcdoc="{doc}" style="width:100%;height:640px;border:1px solid #ccc">'
                "</iframe>")


def load(path: str | Path | None = None) -> OpenDossier:
    """Load and validate a dossier folder (or its dossier.yaml); the bundled one without a path.

    Raises :class:`provenance.dossier.DossierError` listing every problem at once.
    """
    from .dossier import load_dossier

    return OpenDossier(load_dossier(path))
