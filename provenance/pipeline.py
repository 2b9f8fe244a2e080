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
dossier loaded, while this one goes on: the same function on the same records.
The child also makes what the page shows of the verdicts (each claim's record)
and sends that back whole (:class:`Verdicts`), so the first process has only to
read it. A third of `render` at 20,000 claims was the check.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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
    appearance, in dossier order, or a :class:`Verdicts` when a second process is
    finding them and making the claims' page records from them (the page asks for
    those; asking waits for them); ``questions`` is
    :func:`provenance.analysis.contested` (for a focus view, of the whole
    dossier's graph); ``analysis`` is :func:`provenance.analysis.page_analysis`
    (weights, chains, scores, flags).
    """

    graph: nx.MultiDiGraph
    checks: Sequence[AppearanceResult] | Verdicts
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
    here, when that pays (see :func:`_can_fork`); the page is the same. ``checks``
    is then a :class:`Verdicts` (the page's records of the verdicts, not the
    verdicts): a caller who reads the verdicts themselves leaves ``background`` off,
    and gets them whatever the machine's load.
    """
    from .analysis import contested, numeric_conflicts, page_analysis
    from .chains import Index
    from .graph import build_graph

    checks: Sequence[AppearanceResult] | Verdicts | None = None
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


class Verdicts:
    """The quotes' verdicts as the page shows them (:func:`provenance.claimview.claim_records`:
    each claim's record and whether it is drawn unverified), made by a forked child.

    The child inherits the loaded dossier (nothing is loaded twice), checks it with
    ``locate=False`` as :func:`page_inputs` does, makes the claims' page records from
    the verdicts, pickles them down a pipe and ends: the first process, once the
    analysis and the layout are done, has only to read them. :meth:`claim_records`
    waits for them. Should the child fail in any way (killed, out of memory, an
    exception), the check runs again here, so an error shows as it would have.
    """

    def __init__(self, dossier: Dossier) -> None:
        import gc

        self._dossier: Dossier | None = dossier
        self._records: list[tuple[bool, dict[str, Any]]] | None = None
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
                payload = _dumps(_claim_records(dossier))
                with os.fdopen(write, "wb") as out:
                    out.write(payload)
                status = 0
            finally:
                os._exit(status)
        os.close(write)
        self._pid: int | None = pid
        self._read: int | None = read

    def claim_records(self) -> list[tuple[bool, dict[str, Any]]]:
        """:func:`provenance.claimview.claim_records` of the dossier (waits for the child)."""
        if self._records is None:
            records = self._receive()
            if records is None:  # the child failed: check here, raising what it raises
                assert self._dossier is not None
                records = _claim_records(self._dossier)
            self._records = records
            self._dossier = None
        return self._records

    def _receive(self) -> list[tuple[bool, dict[str, Any]]] | None:
        import io
        import pickle

        from .progress import stage

        class PlainData(pickle.Unpickler):
            def find_class(self, module: str, name: str) -> Any:
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
            records = PlainData(io.BytesIO(payload)).load()
        except (pickle.UnpicklingError, EOFError, ValueError):
            return None
        return records if isinstance(records, list) else None

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


def _claim_records(dossier: Dossier) -> list[tuple[bool, dict[str, Any]]]:
    """What the page shows of the quotes' verdicts, checked here."""
    from .claimview import claim_records, work_labels

    return claim_records(dossier, _check(dossier), work_labels(dossier))


def _dumps(records: list[tuple[bool, dict[str, Any]]]) -> bytes:
    import pickle

    return pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL)
