"""``provenance check``: every quote anchored in its source text, said by the right person.

The editor's gate before publishing, and the one verification record every
other command reads. For each appearance in the dossier it anchors the quote
in its work's source text (:mod:`provenance.anchor`), finds every occurrence
of it, and asks the speech engine (:mod:`provenance.speech`, the code
``extract`` writes ``by:`` with) whom the text gives each occurrence to.
``report``, the SQLite export, ``trace`` and the page read these records
(:class:`AppearanceResult`); none of them anchors a quote again.

An appearance **passes** when its quote is ``exact`` or ``normalized`` and
its attribution is not ``mismatch``. A ``fuzzy`` quote is a misquote (a changed
digit, a dropped word): the report says where it came from and what differs,
and it fails the check, because the dossier's words are not the source's.
``missing`` fails too. ``unknown`` attribution (the text names nobody) does not
fail, nor does ``unattributed`` (an empty ``by:`` for words the text gives to
someone: the record says to whom, for the editor to fill in). A quote that
occurs more than once is ``ok`` when any occurrence is the claimed speaker's;
``occurrences`` says how many there are. A work with no ``source_text`` cannot
be checked: its appearances get the status ``no-source``, are counted apart in
the summary and never fail the check.

The report is plain data; :func:`generate_json` and :func:`generate_text`
turn it into the ``--json`` object and the linter-style lines. Nothing here
writes to the dossier.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import compress, groupby
from operator import attrgetter, itemgetter
from typing import Any, TextIO

from provenance.anchor import Anchor, TextIndex, _new_anchor, anchor_occurrences, anchor_quote
from provenance.model import Dossier
from provenance.processes import end_with, flush_std, pipe, quotes_to_check, second_process
from provenance.text import shorten

__all__ = [
    "AppearanceResult",
    "CheckReport",
    "CheckWork",
    "check_dossier",
    "generate_json",
    "generate_text",
    "ProgressBar",
    "verification",
]

PASSING = ("exact", "normalized", "no-source")


@dataclass(frozen=True)
class AppearanceResult:
    """The verdict on one appearance (claim ``claim``'s ``index``-th)."""

    claim: str
    index: int
    work: str
    person: str | None
    quote: str
    status: str  # exact | normalized | fuzzy | missing | no-source
    anchor: Anchor | None
    attribution: str  # ok | mismatch | unknown | unattributed
    said_by: str | None  # whom the text gives the words to (a name, or a description)
    source: str | None  # the work's source_text path, as the dossier gives it
    dossier_line: int | None = None  # where the quote is in dossier.yaml
    dossier_column: int | None = None
    #: How many times the quote occurs in the source text (exact or normalized; 1 for a
    #: fuzzy match, 0 when missing or without source). ``anchor`` is the occurrence judged.
    occurrences: int = 0

    @property
    def passed(self) -> bool:
        return self.status in PASSING and self.attribution != "mismatch"

    @property
    def verified(self) -> bool:
        """Checked and passed: found word for word, given to the claimed speaker or no one."""
        return self.passed and self.status != "no-source"


@dataclass
class CheckReport:
    """All appearances' results, in dossier order."""

    dossier: str  # path of dossier.yaml, for the linter lines
    min_score: float
    results: list[AppearanceResult] = field(default_factory=list)

    @property
    def problems(self) -> list[AppearanceResult]:
        return [r for r in self.results if not r.passed]

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> dict[str, Any]:
        """Counts per anchor status and per attribution verdict."""
        from collections import Counter

        results = self.results
        # one pass per count kind, not one per count (22,000 records at 20,000 claims),
        # each field read and counted by C code
        status_of = list(map(_status, results))
        statuses = Counter(status_of)
        verdicts = Counter(compress(map(_attribution, results),
                                    map("no-source".__ne__, status_of)))
        out: dict[str, Any] = {"appearances": len(results)}
        for s in ("exact", "normalized", "fuzzy", "missing", "no-source"):
            out[s] = statuses[s]
        out["checked"] = out["appearances"] - out["no-source"]
        for a in ("ok", "mismatch", "unknown", "unattributed"):
            out[f"attribution_{a}"] = verdicts[a]
        # quotations with no `by:` that the text gives to no one: they pass, but no one is
        # their speaker (a figure's sentence of a body's, "X said ...", is that body's)
        from provenance.speech.attribute import is_unnamed

        out["speaker_unnamed"] = sum(1 for r in results if r.person is None
                                     and r.status in PASSING and is_unnamed(r.said_by))
        problems = len(self.problems)  # the one rule of what a problem is
        out["problems"] = problems
        out["ok"] = not problems
        return out


def check_dossier(
    dossier: Dossier,
    *,
    min_score: float = 90.0,
    progress: Callable[[int, int], None] | None = None,
    locate: bool = True,
    claims: Collection[str] | None = None,
    processes: int = 1,
) -> CheckReport:
    """Anchor and attribute every appearance of ``dossier`` (of ``claims`` only, if given).

    Each source text is indexed and read by the speech engine once, and reused
    for all its quotes; the work goes text by text. ``progress(done, total)``
    is called after each appearance. ``locate=False`` skips finding each
    quote's line in dossier.yaml (the page and trace do not need it).

    ``processes=2`` lets a forked second process check part of the texts when
    there is enough work to gain from it (:func:`_in_two`): the same records, in
    the same order, in less time on two free cores.
    """
    work = CheckWork(dossier, min_score=min_score, locate=locate, claims=claims)
    if not work.apps:  # nothing to anchor (an imported, works-only dossier): no work at all
        return CheckReport(str(dossier.path), min_score)
    results: list[AppearanceResult | None] = [None] * len(work.apps)
    if processes > 1 and not second_process(work.quotes()):
        processes = 1  # (the one rule, render's too)
    if processes > 1:
        work.prepare()
    for k, r in _in_two(work.groups, work.group, work.cost, progress, len(work.apps),
                        processes=processes, pack=_pack, unpack=work.unpack):
        results[k] = r
    return CheckReport(str(dossier.path), min_score, [r for r in results if r is not None])


class CheckWork:
    """One check's work, cut where it divides: a group of appearances per source text
    (each text is indexed and read by the speech engine once, for all its quotes), each
    group checked on its own by :meth:`group`, in whichever process takes it. What
    :func:`check_dossier` and `render`'s second process (:class:`provenance.pipeline.
    Verdicts`) share: the same groups, the same records, whoever checks them.

    ``apps``: (claim id, index, appearance) of the appearances checked, in dossier order;
    a record's key ``k`` is its place there.
    """

    def __init__(self, dossier: Dossier, *, min_score: float = 90.0, locate: bool = True,
                 claims: Collection[str] | None = None) -> None:
        wanted = set(claims) if claims is not None else None
        self.apps = apps = [(c.id, i, a) for c in dossier.claims
                            if wanted is None or c.id in wanted
                            for i, a in enumerate(c.appearances)]
        self.texts = dossier.texts
        self.checker = _Checker(dossier, apps, min_score,
                                _locations(dossier) if locate and apps else {})
        # text by text: each text's index and speech reading serve all its quotes (each
        # appearance's work read once into a list, whose __getitem__ is the sort's key and
        # the groups': a lambda per appearance, twice, was a third of this step before
        # render's fork)
        works = [a.in_ for _c, _i, a in apps]
        order = sorted(range(len(apps)), key=works.__getitem__)
        self.groups = [list(g) for _, g in groupby(order, key=works.__getitem__)]

    def group(self, keys: list[int]) -> Iterator[tuple[int, AppearanceResult]]:
        """The records of one group's appearances (``keys``, one of :attr:`groups`)."""
        return self.checker.check_group(keys)

    def unpack(self, item: tuple[Any, ...]) -> tuple[int, AppearanceResult]:
        """A record :meth:`pack` made (in another process), made whole from the dossier."""
        return self.checker.unpack(item)

    def prepare(self) -> None:
        """Import what checking needs before a fork, so that the two processes do not
        both import it (0.13 s of the speech engine's module bodies)."""
        import provenance.speech  # noqa: F401

    def cost_left(self, queue: _Queue) -> float:
        """The :meth:`cost` of the groups still in ``queue`` (made by :meth:`queue`)."""
        groups, cost = self.groups, self.cost
        return sum(cost(groups[i]) for i in queue.left())

    def queue(self) -> _Queue:
        """The groups' numbers in a queue two processes take them from, one at a time,
        costliest first (:class:`_Queue`; made before the fork, closed by its owner)."""
        return _Queue(self.costliest_first())

    @staticmethod
    def pack(item: tuple[int, AppearanceResult]) -> tuple[Any, ...]:
        """A record as plain tuples, to send to another process (:meth:`unpack` there)."""
        return _pack(item)

    def quotes(self) -> int:
        """The quotes to check (:func:`provenance.processes.quotes_to_check`)."""
        return quotes_to_check((a for *_, a in self.apps), self.texts)

    def cost(self, keys: list[int]) -> float:
        """A rough cost of checking one group: reading its text, then each quote."""
        text = self.texts.get(self.apps[keys[0]][2].in_)
        return 0.0 if text is None else len(text) + 300.0 * len(keys)

    def costliest_first(self) -> list[int]:
        """The groups' numbers, costliest first: the order two processes take them in,
        so that the last ones taken are small and neither process waits long."""
        groups, cost = self.groups, self.cost
        return sorted(range(len(groups)), key=lambda i: -cost(groups[i]))


class _Checker:
    """What checking one text's appearances needs from the dossier, gathered once."""

    def __init__(self, dossier: Dossier, apps: list[tuple[str, int, Any]], min_score: float,
                 locations: dict[tuple[str, int], tuple[int, int]]) -> None:
        self.apps = apps
        self.min_score = min_score
        self.locations = locations
        self.texts = dossier.texts
        self.works = {w.id: w for w in dossier.works}
        people = {p.id: p for p in dossier.people}
        self.people = people
        # the dossier's own list: the speech engine's people index is kept per list, so
        # repeated calls (trace asks for one claim at a time) build it once
        self.people_list = dossier.people
        # one list per work, built once: the speech engine caches its people index per list
        self.authors_of = {w.id: [people[x] for x in w.authors if x in people]
                           for w in dossier.works}

    def _record(self, k: int, a: Anchor | None, status: str, verdict: str,
                said_by: str | None, count: int) -> AppearanceResult:
        cid, i, app = self.apps[k]
        work = self.works.get(app.in_)
        line, col = self.locations.get((cid, i), (None, None))
        # ``AppearanceResult(cid, i, ...)``, the same object made in one step: a frozen
        # dataclass's ``__init__`` sets its 13 fields one ``object.__setattr__`` at a
        # time, for every appearance (22,000 at 20,000 claims)
        r = _object_new(AppearanceResult)
        _object_setattr(r, "__dict__", {
            "claim": cid, "index": i, "work": app.in_, "person": app.by, "quote": app.quote,
            "status": status, "anchor": a, "attribution": verdict, "said_by": said_by,
            "source": work.source_text if work else None, "dossier_line": line,
            "dossier_column": col, "occurrences": count})
        return r

    def check_group(self, keys: list[int]) -> Iterator[tuple[int, AppearanceResult]]:
        """The records of one work's appearances (``keys`` index ``apps``), in that order."""
        apps = self.apps
        text = self.texts.get(apps[keys[0]][2].in_)
        if text is None:
            for k in keys:
                yield k, self._record(k, None, "no-source", "unknown", None, 0)
            return
        from provenance.speech import VERDICTS, analyse, attribute

        index = TextIndex(text)
        speech: Any = None
        min_score = self.min_score
        people, people_list, record = self.people, self.people_list, self._record
        authors = self.authors_of.get(apps[keys[0]][2].in_, _NO_AUTHORS)  # (one work)
        rank_of = VERDICTS.index
        for k in keys:
            app = apps[k][2]
            quote = app.quote
            a = anchor_quote(quote, text, min_score=min_score, index=index)
            verdict, said_by, count = "unknown", None, 0
            if a.start is not None and a.end is not None:
                if speech is None:
                    speech = analyse(text, pronouns=False)  # (the verdicts read none)
                person = people.get(app.by) if app.by else None
                found = anchor_occurrences(quote, text, a, index=index)
                count = len(found)
                best: tuple[int, Anchor, Any] | None = None
                for occ in found:
                    assert occ.start is not None and occ.end is not None
                    att = attribute(speech, occ.start, occ.end, person, people_list,
                                    authors=authors)
                    rank = rank_of(att.verdict)
                    if best is None or rank < best[0]:
                        best = (rank, occ, att)
                    if rank == 0:
                        break
                assert best is not None
                a, verdict, said_by = best[1], best[2].verdict, best[2].said_by
            yield k, record(k, a, a.status, verdict, said_by, count)

    def unpack(self, item: tuple[Any, ...]) -> tuple[int, AppearanceResult]:
        """A record sent back by :func:`_pack`, made whole again from the dossier."""
        k, a, status, verdict, said_by, count = item
        return k, self._record(k, _new_anchor(*a) if a is not None else None, status, verdict,
                               said_by, count)


_NO_AUTHORS: list[Any] = []
_object_new = object.__new__
_object_setattr = object.__setattr__


def _pack(item: tuple[int, AppearanceResult]) -> tuple[Any, ...]:
    """What a record holds beyond the dossier, as plain tuples (cheap to pickle)."""
    k, r = item
    a = r.anchor
    fields = None if a is None else (a.status, a.score, a.start, a.end, a.line, a.column,
                                     a.closest, a.diff, a.pieces)
    return k, fields, r.status, r.attribution, r.said_by, r.occurrences


# ---------------------------------------------------------------------------
# two processes

def _in_two(
    groups: list[list[int]],
    work: Callable[[list[int]], Iterator[tuple[int, AppearanceResult]]],
    cost: Callable[[list[int]], float],
    progress: Callable[[int, int], None] | None,
    total: int,
    *,
    processes: int,
    pack: Callable[[tuple[int, AppearanceResult]], tuple[Any, ...]],
    unpack: Callable[[tuple[Any, ...]], tuple[int, AppearanceResult]],
) -> Iterator[tuple[int, AppearanceResult]]:
    """Every group's records, from this process and, when it pays, a forked second one.

    Texts are independent: each is indexed and read on its own. The two
    processes take the groups one at a time from one queue (a pipe of group
    numbers, costliest first), so neither waits long for the other, whatever
    the texts cost and however the machine shares its CPUs out. The child sends
    its records back packed as plain tuples through a second pipe and tells its
    progress through a shared counter. If the child fails in any way, this
    process checks what the child took: the records are the same whoever
    computes them. Only where ``os.fork`` is the platform's way (Linux), with a
    CPU free and enough quotes (:func:`provenance.processes.second_process`).
    """
    done = 0
    child: _Child | None = None
    shown = 0

    def show(n: int) -> None:
        # Never backwards: a child that breaks after checking part of its groups loses
        # that part (this process checks it again); the count already shown waits there
        # until the work catches up with it.
        nonlocal shown
        shown = min(total, max(shown, n))
        if progress is not None:
            progress(shown, total)

    def checked_here(gs: Iterable[list[int]]) -> Iterator[tuple[int, AppearanceResult]]:
        nonlocal done
        for g in gs:
            for item in work(g):
                yield item
                done += 1
                if progress is not None:
                    show(done + (child.done() if child is not None else 0))

    if processes < 2:  # (the caller asked :func:`second_process`)
        yield from checked_here(groups)
        return
    queue = _Queue(sorted(range(len(groups)), key=lambda i: -cost(groups[i])))
    mine: set[int] = set()

    def taken_here() -> Iterator[list[int]]:
        for i in queue:
            mine.add(i)
            yield groups[i]

    child = _Child(queue, groups, work, pack)
    try:
        yield from checked_here(taken_here())
        got = child.results(None if progress is None else (lambda n: show(done + n)))
        if got is None:  # the child failed: what it took is checked here
            child.close()
            child = None
            yield from checked_here(g for i, g in enumerate(groups) if i not in mine)
            return
        for packed in got:
            yield unpack(packed)
            done += 1
        if progress is not None:
            show(done)
    finally:
        if child is not None:
            child.close()
        queue.close()


class _Queue:
    """Group numbers in a pipe, taken one at a time by whichever process is free.

    Written whole before the fork (at most 8,192 entries of four bytes: under a
    pipe's 64 KB, so the write never waits; more groups than that are taken in
    runs). A read of four bytes from a pipe is never split between readers.
    """

    MAX = 8192

    def __init__(self, order: list[int]) -> None:
        import os
        import struct

        step = max(1, -(-len(order) // self.MAX))  # groups per entry (none: an empty queue)
        self.runs = [order[i:i + step] for i in range(0, len(order), step)]
        self.read, w = pipe()
        os.write(w, struct.pack(f"{len(self.runs)}I", *range(len(self.runs))))
        os.close(w)  # drained, the pipe reads as ended

    def __iter__(self) -> Iterator[int]:
        import os
        import struct

        while True:
            got = os.read(self.read, 4)
            if len(got) < 4:
                return
            yield from self.runs[struct.unpack("I", got)[0]]

    def left(self) -> list[int]:
        """The group numbers still in the queue, taken by nobody yet (a look, not a take:
        the bytes waiting in the pipe, four per run, are the last runs)."""
        import fcntl
        import termios

        if self.read == -1:
            return []
        waiting = bytearray(4)
        fcntl.ioctl(self.read, termios.FIONREAD, waiting)
        runs = int.from_bytes(waiting, sys.byteorder) // 4
        return [i for run in self.runs[len(self.runs) - runs:] for i in run] if runs else []

    def close(self) -> None:
        import os

        if self.read != -1:
            os.close(self.read)
            self.read = -1


class _Child:
    """A forked process checking the groups it takes from ``queue``; its records come back
    through a pipe."""

    def __init__(self, queue: _Queue, groups: list[list[int]],
                 work: Callable[[list[int]], Iterator[tuple[int, AppearanceResult]]],
                 pack: Callable[[tuple[int, AppearanceResult]], tuple[Any, ...]]) -> None:
        import mmap
        import os

        self.counter = mmap.mmap(-1, 8)  # shared with the child: how many it has done
        self.pid: int | None = None
        flush_std()
        r, w = pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the child: check, send, and leave without running anything else
            status = 1
            try:
                end_with(parent)  # a killed `check` leaves no child checking on
                os.close(r)
                status = self._run(w, queue, groups, work, pack)
            finally:
                os._exit(status)
        os.close(w)
        self.pid, self.read = pid, r

    def _run(self, w: int, queue: _Queue, groups: list[list[int]],
             work: Callable[[list[int]], Iterator[tuple[int, AppearanceResult]]],
             pack: Callable[[tuple[int, AppearanceResult]], tuple[Any, ...]]) -> int:
        import os
        import pickle
        import struct

        out = []
        n = 0
        for i in queue:
            for item in work(groups[i]):
                out.append(pack(item))
                n += 1
                struct.pack_into("q", self.counter, 0, n)
        data = pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(w, "wb") as f:
            f.write(struct.pack("q", len(data)))
            f.write(data)
        return 0

    def done(self) -> int:
        import struct

        return int(struct.unpack_from("q", self.counter, 0)[0])

    def results(self, tick: Callable[[int], None] | None = None
                ) -> list[tuple[Any, ...]] | None:
        """The child's packed records, or None if it did not send them whole.

        While the child is still checking, ``tick(done by the child)`` keeps the
        progress moving.
        """
        import os
        import pickle
        import select
        import struct

        while tick is not None and not select.select([self.read], [], [], 0.1)[0]:
            tick(self.done())
        with os.fdopen(self.read, "rb") as f:
            self.read = -1
            head = f.read(8)
            data = f.read()
        pid, self.pid = self.pid, None
        assert pid is not None
        _, status = os.waitpid(pid, 0)
        if status != 0 or len(head) != 8 or struct.unpack("q", head)[0] != len(data):
            return None
        got: list[tuple[Any, ...]] = pickle.loads(data)
        return got

    def close(self) -> None:
        """Stop and reap the child if it is still there (this process is leaving early)."""
        import os
        import signal

        if self.read != -1:
            os.close(self.read)
            self.read = -1
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:  # pragma: no cover - already gone
                pass
            self.pid = None
        self.counter.close()


def verification(dossier: Dossier, **kwargs: Any) -> dict[tuple[str, int], AppearanceResult]:
    """(claim id, appearance index) -> its record, for the commands that read them."""
    kwargs.setdefault("locate", False)
    return {(r.claim, r.index): r for r in check_dossier(dossier, **kwargs).results}


def _locations(dossier: Dossier) -> dict[tuple[str, int], tuple[int, int]]:
    """Where each appearance's quote is in dossier.yaml: the marks kept by the one load.

    Empty for a dossier built in memory: the lines then come from the source texts.
    """
    from provenance.dossier import locate_appearances

    return locate_appearances(dossier)


# ---------------------------------------------------------------------------
# output


def generate_json(report: CheckReport) -> dict[str, Any]:
    """The ``--json`` object: ``appearances`` (one dict each) and ``summary``."""
    out: list[dict[str, Any]] = []
    add = out.append
    passing = PASSING
    for r in report.results:
        # (the record's and its anchor's fields read from their dicts at once, the pieces
        # copied by C code: 22,000 records at 20,000 claims, after both processes of
        # `check`)
        (claim, index, work, person, quote, status, a, attribution, said_by, occurrences,
         source, dossier_line) = _result_fields(vars(r))
        if a is None:
            score = start = end = line = column = closest = diff = None
            pieces: list[list[int]] = []
        else:
            score, start, end, line, column, closest, diff, spans = _anchor_fields(vars(a))
            pieces = list(map(list, spans))
        add({
            "claim": claim,
            "appearance": index,
            "work": work,
            "by": person,
            "quote": quote,
            "status": status,
            "score": score,
            "start": start,
            "end": end,
            "line": line,
            "column": column,
            "pieces": pieces,
            "closest": closest,
            "diff": diff,
            "attribution": attribution,
            "said_by": said_by,
            "occurrences": occurrences,
            "source": source,
            "dossier_line": dossier_line,
            # (AppearanceResult.passed, without the property's call)
            "passed": status in passing and attribution != "mismatch",
        })
    return {
        "dossier": report.dossier,
        "min_score": report.min_score,
        "appearances": out,
        "summary": report.summary(),
    }


#: An :class:`AppearanceResult`'s and an :class:`Anchor`'s fields as ``generate_json``
#: writes them, from their ``__dict__``.
_status, _attribution = attrgetter("status"), attrgetter("attribution")
_result_fields = itemgetter("claim", "index", "work", "person", "quote", "status", "anchor",
                            "attribution", "said_by", "occurrences", "source", "dossier_line")
_anchor_fields = itemgetter("score", "start", "end", "line", "column", "closest", "diff",
                            "pieces")


def _diff_text(diff: list[dict[str, str]] | None) -> str:
    parts = []
    for d in diff or []:
        if d["op"] == "changed":
            parts.append(f"{d['quote']!r} \u2192 {d['source']!r}")
        elif d["op"] == "extra":
            parts.append(f"+{d['quote']!r} (not in source)")
        else:
            parts.append(f"-{d['source']!r} (left out)")
    return "; ".join(parts[:4]) + (" \u2026" if len(parts) > 4 else "")


def _where(report: CheckReport, r: AppearanceResult) -> str:
    if r.dossier_line is not None:
        return f"{report.dossier}:{r.dossier_line}"
    a = r.anchor
    if r.source and a is not None and a.line is not None:
        return f"{r.source}:{a.line}"
    return f"{r.source or report.dossier}:1"


def generate_text(report: CheckReport) -> list[str]:
    """Linter-style lines, one per problem, then a summary line.

    ``file:line: claim-id: status — quote … — closest: …``; ``file:line`` is the
    quote's line in dossier.yaml when known, else its line in the source text.
    """
    lines: list[str] = []
    for r in report.results:
        if r.passed:
            continue
        a = r.anchor
        head = f"{_where(report, r)}: {r.claim}: "
        quote = f"\u201c{shorten(r.quote, 70)}\u201d"
        if r.status == "fuzzy" and a is not None:
            src = f"{r.source}:{a.line}:{a.column}"
            lines.append(
                f"{head}fuzzy {a.score:g} (misquote) \u2014 {quote} \u2014 closest: "
                f"\u201c{shorten(a.closest or '', 70)}\u201d at {src} \u2014 {_diff_text(a.diff)}"
            )
        elif r.status == "missing" and a is not None:
            closest = (
                f"closest: \u201c{shorten(a.closest, 70)}\u201d ({a.score:g})"
                if a.closest
                else "closest: nothing similar"
            )
            lines.append(f"{head}missing \u2014 {quote} \u2014 {closest}")
        if r.attribution == "mismatch":
            said = r.said_by or "someone else"
            by = r.person or "the work's own narration"
            loc = f" at {r.source}:{a.line}:{a.column}" if a and a.line else ""
            lines.append(
                f"{head}attribution mismatch \u2014 {quote} \u2014 the text gives it to "
                f"{said}{loc}, the dossier to {by}"
            )
    from provenance.speech.attribute import is_unnamed

    for r in report.results:
        unnamed = r.person is None and is_unnamed(r.said_by) and r.passed
        if (r.attribution == "unattributed" and r.passed) or unnamed:
            a = r.anchor
            loc = f" at {r.source}:{a.line}:{a.column}" if a and a.line else ""
            what = "unattributed" if r.attribution == "unattributed" else "no speaker"
            lines.append(
                f"{_where(report, r)}: {r.claim}: note: {what} \u2014 "
                f"\u201c{shorten(r.quote, 70)}\u201d \u2014 no `by:`; the text gives it to "
                f"{r.said_by or 'someone it does not name'}{loc}"
            )
    s = report.summary()
    counts = ", ".join(
        f"{s[k]} {k}" for k in ("exact", "normalized", "fuzzy", "missing") if s[k] or k == "exact"
    )
    nosrc = f"; {s['no-source']} without source text (not checked)" if s["no-source"] else ""
    attr = (
        f"attribution: {s['attribution_ok']} ok, {s['attribution_mismatch']} mismatch, "
        f"{s['attribution_unknown']} unknown"
        + (f", {s['attribution_unattributed']} unattributed"
           if s["attribution_unattributed"] else "")
    )
    n_un = s["attribution_unattributed"]
    n_unknown = s["attribution_unknown"]
    pending = [f"{n_un} with no `by:` for a speaker the text names"] if n_un else []
    if n_unknown:
        # (the text does not say who: check cannot confirm the `by:`, nor fault it)
        pending.append(f"{n_unknown} whose speaker the text does not say, so not confirmed")
    if s["speaker_unnamed"]:
        # (nothing contradicts the empty `by:`, but these quotations have no speaker an
        # editor can stand behind)
        pending.append(f"{s['speaker_unnamed']} with no `by:` and no speaker the text names")
    verdict = (
        (f"all quotes anchored; {'; '.join(pending)}" if pending else
         "all quotes anchored and attributed")
        if report.ok
        else f"{s['problems']} appearance{'s' if s['problems'] != 1 else ''} failed"
    )
    lines.append(f"{s['checked']} quotes checked: {counts}{nosrc}; {attr} \u2014 {verdict}")
    return lines


class ProgressBar:
    """A progress callback that draws on a terminal only once work passes a second."""

    def __init__(self, stream: TextIO | None = None, label: str = "checking quotes") -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.label = label
        self.t0 = time.perf_counter()
        self.shown = False
        self.last = 0.0
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        now = time.perf_counter()
        if not self.tty or now - self.t0 < 1.0 or (now - self.last < 0.1 and done < total):
            return
        self.last = now
        self.shown = True
        width = 30
        filled = int(width * done / max(total, 1))
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{total}")
        self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
