"""The stages before the page, run once, handed on as one typed record.

load (:func:`provenance.dossier.load_dossier`) → graph → check (every quote's
verdict) → analyse (contested questions, evidence weights, chains, flags) →
page data (:mod:`provenance.render.page`). The page renderer draws what it is
handed in a :class:`PageInputs` and computes none of it, so the page, ``check``
and ``contested`` cannot disagree about a verdict or a score.

The check needs only the dossier and nothing else needs the check until the
page fills in its verdicts, after the graph, the analysis and the layout. On a
machine with two cores or more, ``page_inputs(..., background=True)`` (what
``provenance render`` asks for) runs it in a second process, forked with the
dossier loaded, while this one goes on: the same function on the same records,
its verdicts sent back whole (:class:`Verdicts`). A third of `render` at 20,000
claims was the check.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, overload

from .processes import end_with, flush_std, pipe, quotes_to_check, second_process

if TYPE_CHECKING:
    import networkx as nx

    from .check import AppearanceResult
    from .model import Dossier

__all__ = ["PageInputs", "Verdicts", "page_inputs"]

@dataclass(frozen=True)
class PageInputs:
    """What the page shows that the page does not compute.

    ``checks`` are :func:`provenance.check.check_dossier`'s verdicts, one per
    appearance, in dossier order (a :class:`Verdicts` when they are still being
    found: reading it waits for them); ``questions`` is
    :func:`provenance.analysis.contested` (for a focus view, of the whole
    dossier's graph); ``analysis`` is :func:`provenance.analysis.page_analysis`
    (weights, chains, scores, flags).
    """

    graph: nx.MultiDiGraph
    checks: Sequence[AppearanceResult]
    questions: list[dict[str, Any]]
    analysis: dict[str, Any]


def page_inputs(dossier: Dossier, g: nx.MultiDiGraph | None = None, *,
                questions: list[dict[str, Any]] | None = None,
                background: bool = False) -> PageInputs:
    """Check and analyse ``dossier`` once, for its page.

    ``g`` is the dossier's graph (built if not given); ``questions`` may come
    from a bigger graph than ``g``, as in a focus view (``render --focus``).
    ``background``: check the quotes in a second process while the analysis
    (and, in :func:`provenance.render.page.generate_html`, the layout) goes on
    here, when that pays (see :func:`_can_fork`); the verdicts are the same.
    """
    from .analysis import contested, numeric_conflicts, page_analysis
    from .chains import Index
    from .graph import build_graph

    checks: Sequence[AppearanceResult] | None = None
    if background and _can_fork(dossier):
        checks = Verdicts(dossier)
    if g is None:
        g = build_graph(dossier)
    index = Index(g)  # once, for the contested questions and the page's analysis block
    conflicts = numeric_conflicts(g, index)  # once, for the same two (1.7 s at 20,000 claims)
    if questions is None:
        questions = contested(g, index=index, conflicts=conflicts)
    analysis = page_analysis(g, index=index, questions=questions, conflicts=conflicts)
    if checks is None:
        checks = _check(dossier)
    return PageInputs(graph=g, checks=checks, questions=questions, analysis=analysis)


def _check(dossier: Dossier) -> tuple[AppearanceResult, ...]:
    from .check import check_dossier

    return tuple(check_dossier(dossier, locate=False).results)


def _can_fork(dossier: Dossier) -> bool:
    """A second process pays: enough quotes to check and a CPU free for it
    (:func:`provenance.processes.second_process`, the rule `check` follows too)."""
    return second_process(quotes_to_check((a for c in dossier.claims for a in c.appearances),
                                          dossier.texts))


class Verdicts(Sequence["AppearanceResult"]):
    """:func:`provenance.check.check_dossier`'s results for the page, found by a forked child.

    The child inherits the loaded dossier (nothing is loaded twice), checks it
    with ``locate=False`` as :func:`page_inputs` does, pickles the results down
    a pipe and ends. Reading this sequence (its length, an item, iterating)
    waits for them. Should the child fail in any way (killed, out of memory, an
    exception), the check runs again here, so an error shows as it would have.
    """

    def __init__(self, dossier: Dossier) -> None:
        import gc

        from . import anchor, check  # the classes the child sends back, known before it runs

        self._classes = {("provenance.check", "AppearanceResult"): check.AppearanceResult,
                         ("provenance.anchor", "Anchor"): anchor.Anchor}
        self._dossier: Dossier | None = dossier
        self._results: tuple[AppearanceResult, ...] | None = None
        read, write = pipe()  # above fd 2, which `2>&-` leaves free
        flush_std()  # the child ends without flushing: nothing buffered is written twice
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the child: check, send, end (no exit handlers, no buffers flushed)
            status = 1
            try:
                end_with(parent)
                os.close(read)
                gc.freeze()  # the collector would touch every inherited object: copies
                payload = _dumps(_check(dossier))
                with os.fdopen(write, "wb") as out:
                    out.write(payload)
                status = 0
            finally:
                os._exit(status)
        os.close(write)
        self._pid: int | None = pid
        self._read: int | None = read

    def _wait(self) -> tuple[AppearanceResult, ...]:
        if self._results is None:
            results = self._receive()
            if results is None:  # the child failed: check here, raising what it raises
                assert self._dossier is not None
                results = _check(self._dossier)
            self._results = results
            self._dossier = None
        return self._results

    def _receive(self) -> tuple[AppearanceResult, ...] | None:
        import io
        import pickle

        from .progress import stage

        classes = self._classes

        class Known(pickle.Unpickler):
            def find_class(self, module: str, name: str) -> Any:
                if (module, name) in classes:
                    return classes[(module, name)]
                raise pickle.UnpicklingError(f"unexpected {module}.{name}")

        assert self._read is not None
        with stage("waiting for the quote check (a second process)"):
            with os.fdopen(self._read, "rb") as f:
                self._read = None
                payload = f.read()
            status = self._reap()
        if status != 0 or not payload:
            return None
        try:
            results = Known(io.BytesIO(payload)).load()
        except (pickle.UnpicklingError, EOFError, ValueError):
            return None
        return results if isinstance(results, tuple) else None

    def _reap(self) -> int:
        pid, self._pid = self._pid, None
        if pid is None:
            return -1
        _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status)

    def __del__(self) -> None:  # never read: stop the child, let it go
        if getattr(self, "_pid", None) is not None:
            import signal

            try:
                os.kill(self._pid, signal.SIGKILL)  # type: ignore[arg-type]
                self._reap()
            except OSError:
                pass
        if getattr(self, "_read", None) is not None:
            os.close(self._read)  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self._wait())

    @overload
    def __getitem__(self, i: int) -> AppearanceResult: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[AppearanceResult]: ...

    def __getitem__(self, i: int | slice) -> AppearanceResult | Sequence[AppearanceResult]:
        return self._wait()[i]

    def __iter__(self) -> Iterator[AppearanceResult]:
        return iter(self._wait())


def _dumps(results: tuple[AppearanceResult, ...]) -> bytes:
    import pickle

    return pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)
