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
The check is cut by source text (:class:`provenance.check.CheckWork`); the
child takes the texts one at a time from a queue, and this process, once its
own work is done, takes what is left beside it when that pays (:data:`HELP_OVER`),
so neither waits long for the other. The child makes what the page shows of the
verdicts (each claim's record, as soon as its verdicts are in, packed as the page packs
it when `render` says how) and sends that back in batches (:class:`Verdicts`), so the
first process has only to read it. A third of `render` at 20,000 claims was the check.
"""

from __future__ import annotations

import io
import os
import pickle
import struct
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .processes import end_with, flush_std, pipe, quotes_to_check, second_process

if TYPE_CHECKING:
    import networkx as nx

    from .check import AppearanceResult, CheckWork
    from .claimview import ClaimRecords
    from .model import Dossier

__all__ = ["HELP_OVER", "SEND_EVERY", "PageInputs", "Verdicts", "page_inputs"]

@dataclass(frozen=True)
class PageInputs:
    """What the page shows that the page does not compute.

    ``checks`` are :func:`provenance.check.check_dossier`'s verdicts, one per
    appearance, in dossier order, or a :class:`Verdicts` when a second process is
    finding them and making the claims' page records from them (the page asks for
    those; asking waits for them); ``questions`` is
    :func:`provenance.analysis.contested` (for a focus view, of the whole
    dossier's graph); ``analysis`` is :func:`provenance.analysis.page_analysis`
    (weights, chains, scores, flags); ``graph`` is the dossier's graph if the caller
    gave one (None: the page reads the records' edges in the graph's order).
    """

    graph: nx.MultiDiGraph | None
    checks: Sequence[AppearanceResult] | Verdicts
    questions: list[dict[str, Any]]
    analysis: dict[str, Any]


def page_inputs(dossier: Dossier, g: nx.MultiDiGraph | None = None, *,
                questions: list[dict[str, Any]] | None = None,
                background: bool = False,
                pack: Callable[[Dossier], Callable[[dict[str, Any]], Any] | None] | None = None,
                ) -> PageInputs:
    """Check and analyse ``dossier`` once, for its page.

    ``g`` is the dossier's graph, if the caller has it (the page reads the records'
    edges in the graph's order otherwise, :func:`provenance.graph.edges_in_order`);
    ``questions`` may come from a bigger graph than the dossier's, as in a focus view
    (``render --focus``).
    ``background``: check the quotes in a second process while the analysis
    (and, in :func:`provenance.render.page.generate_html`, the layout) goes on
    here, when that pays (:func:`provenance.processes.second_process`, asked as the
    analysis starts; refused a CPU then, :func:`provenance.processes.can_fork` is asked
    again as the analysis ends); the page is the same. ``checks``
    is then a :class:`Verdicts` (the page's records of the verdicts, not the
    verdicts): a caller who reads the verdicts themselves leaves ``background`` off,
    and gets them whatever the machine's load. ``pack``: what the page will make of
    each claim's record, made in the second process beside the check
    (:func:`provenance.render.page.claim_packer`; `render` passes it).
    """
    checks: Sequence[AppearanceResult] | Verdicts | None = None
    quotes = _quotes(dossier) if background else 0
    if background and second_process(quotes):
        checks = Verdicts(dossier, pack=pack)
    # imported after the fork: the analysis is this process's work alone, and importing its
    # modules (the numbers' patterns compiled as `analysis` imports them) was 0.06 s that
    # `render` of 20,000 claims did before the second process started (load to fork
    # 0.13 -> 0.07 s, the modules compiled as each run compiles them here)
    from .analysis import contested, numeric_conflicts, page_analysis
    from .chains import Index

    # once, for the contested questions and the page's analysis block: from the graph if
    # given, else straight from the records (the same index, without a graph built only
    # to be read back: 0.2 s and 65 MB at 20,000 claims)
    index = Index(g) if g is not None else Index.of_dossier(dossier)
    conflicts = numeric_conflicts(g, index)  # once, for the same two (1.7 s at 20,000 claims)
    if questions is None:
        questions = contested(g, index=index, conflicts=conflicts)
    analysis = page_analysis(g, index=index, questions=questions, conflicts=conflicts)
    if checks is None and background and second_process(quotes):
        # refused a CPU at the start (another process kept them busy through the loading),
        # one free now, through the analysis: the check (the same count of quotes, weighed
        # once) goes to a second process still, beside the page's frame, layout and packing
        # here (2-3 s of this process's work at 20,000 claims, and its share of the check
        # after), rather than all of it in this one after them
        checks = Verdicts(dossier, pack=pack)
    if checks is None:
        checks = _check(dossier)
    return PageInputs(graph=g, checks=checks, questions=questions, analysis=analysis)


def _check(dossier: Dossier) -> tuple[AppearanceResult, ...]:
    from .check import check_dossier

    return tuple(check_dossier(dossier, locate=False).results)


def _quotes(dossier: Dossier) -> int:
    """The quotes a second process would check (:func:`provenance.processes.quotes_to_check`),
    which :func:`provenance.processes.second_process` weighs: the rule `check` follows too."""
    return quotes_to_check((a for c in dossier.claims for a in c.appearances), dossier.texts)


#: Least work left in the check's queue (:meth:`provenance.check.CheckWork.cost`: a
#: character of text or 1/300 of a quote) for the first process to take its share of it
#: once its own work is done. With R seconds of checking left, the check ends after R
#: if the child does it alone, and after (I + R) / 2 if this process first imports the
#: speech engine (I, 0.08-0.11 s) and then shares the rest: sharing pays from R > I. A
#: unit of cost is 0.4-0.55 us of checking (measured: the 20,000-claim dossier, 11.5 M
#: units in 5.0 s; the 10,000-node one, 3.4 M in 1.9 s), so 400,000 units is about
#: 0.2 s of work left, twice the import (it was a million, 0.5 s: the first process
#: waited for up to half a second of work it could have shared).
HELP_OVER = 400_000


class Verdicts:
    """The quotes' verdicts as the page shows them (:func:`provenance.claimview.claim_records`:
    each claim's record and whether it is drawn unverified), made mostly by a forked child.

    The child inherits the loaded dossier (nothing is loaded twice) and checks it as
    :func:`page_inputs` does (``locate=False``), group by group (one source text each,
    :class:`provenance.check.CheckWork`), taking the groups one at a time, costliest
    first, from a queue it shares with this process. This process, once its analysis
    and layout are done (:meth:`claim_records`), takes what is left in the queue too, so
    neither waits long for the other whichever finishes its own part first; it sends
    its records to the child, which makes the claims' page records from all of them,
    pickles them down a pipe and ends (those it made before this process's records came
    go first, sized, and this process unpickles them while the child makes the rest).
    Should the child fail in any way (killed, out of memory, an exception), what it took
    is checked here, so an error shows as it would have and the page is the same.
    """

    def __init__(self, dossier: Dossier, *,
                 pack: Callable[[Dossier], Callable[[dict[str, Any]], Any] | None] | None = None
                 ) -> None:
        import gc

        from .check import CheckWork

        self._dossier: Dossier | None = dossier
        self._records: list[tuple[bool, dict[str, Any]]] | None = None
        self._work = work = CheckWork(dossier, locate=False)
        # before the fork: both processes take from it (the speech engine is not imported
        # here: this process needs it only if it finds texts left once its layout is done)
        self._queue = queue = work.queue()
        read, write = pipe()  # above fd 2, which `2>&-` leaves free
        back_read, back_write = pipe()  # this process's records, to the child
        flush_std()  # the child ends without flushing: nothing buffered is written twice
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the child: check, send, end (no exit handlers, no buffers flushed)
            status = 1
            try:
                end_with(parent)
                os.close(read)
                os.close(back_write)
                gc.freeze()  # the collector would touch every inherited object: copies
                made = _recorder(dossier)
                packer = pack(dossier) if pack is not None else None
                # Each claim's record, once all its verdicts are in, is packed as the page
                # packs it (if it said how) and pickled in batches as the check goes on,
                # not after it: the first process shares what is left of the check when
                # its own work is done, never this end (0.3 s at 20,000 claims).
                sent: list[bytes] = []
                fresh = made.fresh
                for _, r in _check_taken(work, queue):
                    made.add(r)
                    if len(fresh) >= SEND_EVERY:
                        sent.append(_dumps(_batch(made, packer)))
                queue.close()
                sent.append(_dumps(_batch(made, packer)))
                theirs = _read_sized(back_read)
                if theirs is not None:
                    with os.fdopen(write, "wb") as out:
                        # what is made so far, after its size: the first process reads
                        # it whole, and unpickles it while the rest is made here
                        out.write(struct.pack("q", sum(map(len, sent))))
                        out.writelines(sent)
                        out.flush()
                        sent.clear()
                        for item in _plain_loads(theirs):
                            made.add(work.unpack(item)[1])  # (the claims that waited for them)
                        out.write(_dumps(_batch(made, packer)))
                    status = 0
            finally:
                os._exit(status)
        os.close(write)
        os.close(back_read)
        self._pid: int | None = pid
        self._read: int | None = read
        self._back: int | None = back_write
        #: (group numbers, records) checked in this process
        self.here: tuple[set[int], dict[int, Any]] = (set(), {})

    def claim_records(self) -> list[tuple[bool, dict[str, Any]]]:
        """:func:`provenance.claimview.claim_records` of the dossier: checks what the child
        has not taken yet, then waits for it."""
        if self._records is None:
            if self._dossier is None:
                raise RuntimeError("the claims' records were handed over (Verdicts.hand_over)")
            records = self._receive()
            if records is None:  # the child failed: check what it took here
                mine, found = self.here
                work = self._work
                for i, keys in enumerate(work.groups):
                    if i not in mine:
                        found.update(work.group(keys))
                records = _records_of(self._dossier, work, found)
            self._records = records
            self._dossier = None
            del self._work, self._queue
        return self._records

    def hand_over(self) -> list[tuple[bool, dict[str, Any]]]:
        """:meth:`claim_records`, given away: this object keeps no reference to them, so
        the page, which packs each record and lets it go, frees them as it goes (58 MB at
        20,000 claims, kept to the end of `render` before). Asked for again, they are gone
        (RuntimeError)."""
        records = self.claim_records()
        self._records = None
        return records

    def _receive(self) -> list[tuple[bool, dict[str, Any]]] | None:
        from .progress import stage

        assert self._read is not None and self._back is not None
        assert self._dossier is not None
        work, (mine, found) = self._work, self.here
        records: list[Any] = [None] * len(self._dossier.claims)
        # one stage: what is left of the check, here and in the child, then its records
        with stage("finishing the quote check (with a second process)"):
            try:
                if work.cost_left(self._queue) >= HELP_OVER:
                    for i in self._queue:
                        mine.add(i)
                        found.update(work.group(work.groups[i]))
            finally:
                self._queue.close()
            back, self._back = self._back, None
            try:
                _write_sized(back, pickle.dumps([work.pack(item) for item in found.items()],
                                                protocol=pickle.HIGHEST_PROTOCOL))
            except OSError:  # the child is gone (a broken pipe): it sends nothing either
                pass
            finally:
                os.close(back)
            with os.fdopen(self._read, "rb") as f:
                self._read = None
                # the records made before this process's verdicts came, sized: read whole
                # (the child waits on the pipe until they are) and unpickled while the
                # child makes the claims those verdicts complete (0.1 s at 20,000 claims,
                # after both processes before)
                head = f.read(8)
                size = struct.unpack("q", head)[0] if len(head) == 8 else -1
                try:
                    early = f.read(size) if size >= 0 else b""
                except (MemoryError, OverflowError):  # (no size the child wrote)
                    early, size = b"", -1
                whole = size >= 0 and len(early) == size and _fill(records, early)
                del early
                late = f.read()
            status = self._reap()
        if status != 0 or not whole or not _fill(records, late):
            return None
        return records if None not in records else None

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
        for name in ("_read", "_back"):
            if getattr(self, name, None) is not None:
                os.close(getattr(self, name))
        queue = getattr(self, "_queue", None)
        if queue is not None:
            queue.close()


#: Claims' records the second process packs and pickles at a time (a batch per pickle:
#: strings shared by the records of one batch, such as a paragraph quoted twice, are
#: pickled once).
SEND_EVERY = 500


def _batch(made: ClaimRecords, packer: Callable[[dict[str, Any]], Any] | None
           ) -> list[tuple[int, Any]]:
    """The claims' records made since the last batch, as (claim number, (unverified,
    record)), each record as ``packer`` makes it (the page's packed form,
    :func:`provenance.render.page.claim_packer`), or as it is; each let go here."""
    out = []
    for n in made.fresh:
        unverified, record = made.take(n)
        out.append((n, (unverified, record if packer is None else packer(record))))
    made.fresh.clear()
    return out


def _check_taken(work: CheckWork, queue: Iterable[int]) -> Iterator[tuple[int, Any]]:
    """The records of the groups taken from ``queue`` (the child's share)."""
    for i in queue:
        yield from work.group(work.groups[i])


def _recorder(dossier: Dossier) -> ClaimRecords:
    from .claimview import ClaimRecords, work_labels

    return ClaimRecords(dossier, work_labels(dossier))


def _records_of(dossier: Dossier, work: CheckWork, found: dict[int, AppearanceResult]
                ) -> list[tuple[bool, dict[str, Any]]]:
    """The claims' page records from every appearance's verdict (``found``, by key)."""
    from .claimview import claim_records, work_labels

    return claim_records(dossier, (found[k] for k in range(len(work.apps))),
                         work_labels(dossier))


def _fill(records: list[Any], payload: bytes) -> bool:
    """Put each (claim number, record) of ``payload`` (pickles back to back, plain data
    only) in its place in ``records``; False if it holds anything else."""
    try:
        stream = io.BytesIO(payload)
        while stream.tell() < len(payload):
            for n, record in _plain_loads(stream):
                if n < 0:
                    return False
                records[n] = record
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, IndexError):
        return False
    return True


def _write_sized(fd: int, data: bytes) -> None:
    """``data`` down ``fd``, after its length (8 bytes): the reader knows it has it whole."""
    view = memoryview(struct.pack("q", len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


def _read_sized(fd: int) -> bytes | None:
    """What :func:`_write_sized` sent down ``fd`` (closed after), or None if it came short."""
    with os.fdopen(fd, "rb") as f:
        head = f.read(8)
        data = f.read()
    if len(head) != 8 or struct.unpack("q", head)[0] != len(data):
        return None
    return data


def _plain_loads(payload: bytes | io.BytesIO) -> Any:
    """Unpickle plain data only (one pickle, from ``payload``'s start or where the file
    stands): a class named in it is refused, not imported."""

    class PlainData(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            raise pickle.UnpicklingError(f"unexpected {module}.{name}")

    return PlainData(payload if isinstance(payload, io.BytesIO) else io.BytesIO(payload)).load()


def _dumps(records: list[Any]) -> bytes:
    return pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL)
