"""Round 25's changes, each held to what it stands for."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import provenance.render
from provenance.check import PASSING, AppearanceResult, check_dossier, generate_json
from provenance.claimview import claim_records, work_labels
from provenance.generate import generate_records
from provenance.pipeline import Verdicts, page_inputs
from provenance.receipts import add_targets, targets
from provenance.render import page, scale, style
from provenance.speech.attribute import is_unnamed

from .test_r8_pagespeed import _inputs


def _scripts() -> str:
    folder = Path(provenance.render.__file__).parent / "js"
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.js")))


# ---------------------------------------------------------------------------
# each quote's ``score`` left out of the page's data


def test_no_script_reads_a_quotes_score() -> None:
    """Every ``score`` the page's script reads is a question's: ``q.score`` (a question of
    DATA.questions), ``qa.score`` (its analysis), and ``a.score``/``b.score`` in the one
    comparator that sorts DATA.questions; never by its name in quotes."""
    js = _scripts()
    assert not re.search(r"[\"']score[\"']", js)
    readers = Counter(m.group(1) for m in re.finditer(r"(\w+)\.score\b", js))
    assert set(readers) <= {"q", "qa", "a", "b"}, readers
    for line in js.splitlines():
        if re.search(r"\b[ab]\.score\b", line):
            assert "(b.score || 0) - (a.score || 0)" in line, line
    assert "DATA.questions.slice().sort(function (a, b) {" in js
    # what the script reads of a quote's record is still there
    assert "app.status" in js and "app.paragraph" in js and "app.spans" in js


def test_a_claims_record_has_each_quotes_verdict_but_its_score() -> None:
    d = generate_records(claims=120, seed=3)
    inputs = page_inputs(d)
    assert not isinstance(inputs.checks, Verdicts)  # (a small dossier is checked in-process)
    checks = list(inputs.checks)
    by_key = {(r.claim, r.index): r for r in checks}
    scored = 0
    for c, (_, record) in zip(d.claims, claim_records(d, checks, work_labels(d)),
                              strict=True):
        for i, app in enumerate(record["appearances"]):
            r = by_key[(c.id, i)]
            assert "score" not in app
            assert (app["status"], app["attribution"], app["said_by"]) == \
                (r.status, r.attribution, r.said_by)
            scored += r.anchor is not None
    assert scored > 50  # (the check still scores them: `check --json` gives each score)


# ---------------------------------------------------------------------------
# each claim's ``position`` left out of the page's data (its words stay)


def test_no_script_reads_a_claims_position() -> None:
    """The one ``.position`` the page's script reads is a question's position's (``p`` of
    ``q.positions``, the debate board's columns); a claim's panel reads the words,
    ``info.position_label``; the name in quotes is that panel's row title only."""
    js = _scripts()
    quoted = [line.strip() for line in js.splitlines() if re.search(r"[\"']position[\"']", line)]
    assert quoted == ['var meta = [["position", info.position_label]];  '
                      '// in words, from Python (text.position_label)'], quoted
    reads = [line.strip() for line in js.splitlines() if re.search(r"\.position\b", line)]
    assert reads == ['var col = el("section", {class: "debate-side", '
                     '"data-position": p.position});'], reads
    assert "q.positions.filter(function (p) { return !p.loose; })" in js
    assert "info.position_label" in js


def test_a_claims_record_has_its_positions_words_but_not_the_id() -> None:
    from provenance.text import position_label

    d = generate_records(claims=120, seed=3)
    verdicts = page_inputs(d).checks
    assert not isinstance(verdicts, Verdicts)  # (a small dossier is checked in-process)
    checks = list(verdicts)
    placed = 0
    for c, (_, record) in zip(d.claims, claim_records(d, checks, work_labels(d)),
                              strict=True):
        assert "position" not in record
        assert record["position_label"] == (position_label(c.position) if c.position else None)
        placed += bool(c.position)
    assert placed > 50


# ---------------------------------------------------------------------------
# check --json's serial end


def _report() -> tuple[Any, Any]:
    d = generate_records(claims=150, seed=7)
    return d, check_dossier(d)


def _generate_json_by_attributes(report: Any) -> dict[str, Any]:
    """generate_json as round 24 wrote it: each field read as an attribute."""
    out = []
    for r in report.results:
        a = r.anchor
        if a is None:
            score = start = end = line = column = closest = diff = None
            pieces: list[list[int]] = []
        else:
            score, start, end, line, column = a.score, a.start, a.end, a.line, a.column
            pieces = [list(p) for p in a.pieces]
            closest, diff = a.closest, a.diff
        out.append({"claim": r.claim, "appearance": r.index, "work": r.work, "by": r.person,
                    "quote": r.quote, "status": r.status, "score": score, "start": start,
                    "end": end, "line": line, "column": column, "pieces": pieces,
                    "closest": closest, "diff": diff, "attribution": r.attribution,
                    "said_by": r.said_by, "occurrences": r.occurrences, "source": r.source,
                    "dossier_line": r.dossier_line, "passed": r.passed})
    return {"dossier": report.dossier, "min_score": report.min_score, "appearances": out}


def test_check_json_is_each_records_fields_in_order() -> None:
    """``check --json``'s records, read from the records' dicts, are their attributes in
    the same order (the JSON's bytes follow the dicts' order); the summary's counts are
    the plain counts."""
    _, report = _report()
    got = generate_json(report)
    want = _generate_json_by_attributes(report)
    for g, w in zip(got["appearances"], want["appearances"], strict=True):
        assert list(g.items()) == list(w.items())
    results = report.results
    s = got["summary"]
    assert s["exact"] == sum(r.status == "exact" for r in results)
    assert s["attribution_ok"] == sum(r.attribution == "ok" for r in results
                                      if r.status != "no-source")
    assert s["speaker_unnamed"] == sum(1 for r in results if is_unnamed(r.said_by)
                                       and r.person is None and r.status in PASSING)
    assert s["problems"] == sum(not r.passed for r in results)
    assert any(a["pieces"] for a in got["appearances"])


def test_receipts_in_one_loop_are_the_targets(monkeypatch: pytest.MonkeyPatch) -> None:
    """add_targets on check's own records (its one loop, :func:`targets` not called)
    gives each appearance what :func:`targets` gives it; anything else (records of
    another type) goes through :func:`targets` itself."""
    import provenance.receipts as receipts

    d, report = _report()
    want = [t for _, t in targets(d, report, checked="2026-12-04T00:00:00Z")]

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the general way was taken")

    with monkeypatch.context() as m:
        m.setattr(receipts, "targets", refused)
        data = add_targets(generate_json(report), d, report, checked="2026-12-04T00:00:00Z")
    assert [a["target"] for a in data["appearances"]] == want
    assert sum(t is not None for t in want) > 50

    class Other:  # a record that is not check's own: the general way
        def __init__(self, r: AppearanceResult) -> None:
            self.__dict__.update(vars(r))

    others = [Other(r) for r in report.results]
    again = add_targets(generate_json(report), d, others, checked="2026-12-04T00:00:00Z")
    assert [a["target"] for a in again["appearances"]] == want


# ---------------------------------------------------------------------------
# the speech engine's names, classified once per name


def test_a_mentions_kind_is_clean_names_answer() -> None:
    from provenance.speech.speakers import (
        _STOP_FOLD,
        Mentions,
        _clean_name,
        _mention_kind,
        fold,
    )

    for raw in ("The", "However", "Ann Lee", "Dr. Ann Lee", "Melbourne", "WHO", "In Paris",
                "Frankly", "Several", "Aarhus University", "Lee’s", "It"):
        got = _clean_name(raw)
        kind = _mention_kind(raw)
        if got is not None and len(got[1]) == 1 and fold(got[1][0]) in _STOP_FOLD:
            assert kind is False
        else:
            assert kind == got
    text = ("The study: Ann Lee said it. In Paris, Dr. Ann Lee of Aarhus University spoke.\n"
            "Our rating: Mostly False\n“Yes,” said Lee. Lee’s advice was heard by Tom Ray.")
    m = Mentions(text)
    assert [it[2] for it in m.items] and all(it[2] != "The" for it in m.items)
    assert "Mostly False" not in [it[2] for it in m.items]


# ---------------------------------------------------------------------------
# the frame's edges, their kind's style written out


def test_the_frames_edges_carry_their_kinds_style_as_before() -> None:
    """Each edge of a frame is its fields then its kind's style (edge_visual's dict, the
    same values in the same order); a kind styled with other keys is merged as it is."""
    d, inputs, labels = _inputs(claims=60)
    frame = page._frame(d, inputs, labels)
    assert frame["edges"]
    for n, e in enumerate(frame["edges"]):
        look = style.edge_visual(e["kind"])
        assert list(e) == ["id", "from", "to", "kind", "work", "quote", *look]
        assert e["id"] == f"e{n}"
        assert all(e[k] is v for k, v in look.items())


def test_an_edge_kind_with_other_style_keys_is_merged(monkeypatch: pytest.MonkeyPatch) -> None:
    d, inputs, labels = _inputs(claims=30)
    odd = {"width": 2, "color": {"color": "#000"}}
    monkeypatch.setattr(style, "edge_visual", lambda kind: odd)
    frame = page._frame(d, inputs, labels)
    assert all(list(e)[6:] == ["width", "color"] and e["color"] is odd["color"]
               for e in frame["edges"])


# ---------------------------------------------------------------------------
# a big page's info stream, made by a forked process


def _packed(keep: list[Any] | None = None) -> dict[str, Any]:
    d, inputs, labels = _inputs(claims=2500)
    frame = page._frame(d, inputs, labels)
    plan = scale.plan(frame, inputs.graph, overview=True)
    edges = scale.pack_edges(frame, consume=True)
    ahead = scale.pack_ahead(frame, plan, consume=True)
    scale.settle(ahead, edges)
    return scale.pack_verdicts(ahead, edges, page._drawn_claims(d, inputs, labels),
                               compress=True, keep=keep)


def _fork(monkeypatch: pytest.MonkeyPatch, allowed: bool, records: int = 100) -> None:
    import provenance.processes as processes

    monkeypatch.setattr(processes, "can_fork", lambda: allowed)
    monkeypatch.setattr(scale._InfoStream, "HELP_RECORDS", records)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork only")
def test_the_info_stream_made_apart_is_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """The info stream a forked process makes is the one this process makes; the copy
    still goes to ``keep``; no child is left behind."""
    made: list[bool] = []
    real = scale._InfoStream.result

    def noted(self: Any) -> str | None:
        got = real(self)
        made.append(got is not None)
        return got

    monkeypatch.setattr(scale._InfoStream, "result", noted)
    pids: list[int] = []
    real_init = scale._InfoStream.__init__

    def started(self: Any, pid: int, fd: int) -> None:
        pids.append(pid)
        real_init(self, pid, fd)

    monkeypatch.setattr(scale._InfoStream, "__init__", started)
    _fork(monkeypatch, False)
    alone = _packed()
    assert made == [] and pids == []
    _fork(monkeypatch, True)
    kept: list[Any] = []
    apart = _packed(kept)
    assert made == [True] and len(pids) == 1
    assert apart == alone and len(kept) == 1
    with pytest.raises(ChildProcessError):  # (reaped: no child left behind)
        os.waitpid(pids[0], os.WNOHANG)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork only")
def test_a_failed_info_stream_is_made_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """A child that fails (here: any error while it writes) sends nothing usable: the
    stream is made in this process, the same."""
    _fork(monkeypatch, False)
    alone = _packed()
    me = os.getpid()
    real = scale._unpaired_escaped

    def failing_in_child(raw: bytes) -> bytes:
        if os.getpid() != me:
            raise RuntimeError("the child fails")
        return real(raw)

    monkeypatch.setattr(scale, "_unpaired_escaped", failing_in_child)
    _fork(monkeypatch, True)
    assert _packed() == alone


def test_a_small_info_forks_no_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under HELP_RECORDS records (or with no CPU free) nothing is forked."""
    import provenance.processes as processes

    calls: list[int] = []

    def asked() -> bool:
        calls.append(1)
        return True

    monkeypatch.setattr(processes, "can_fork", asked)
    assert scale._InfoStream.start({f"n{i}": {} for i in range(10)}) is None
    assert calls == []
    monkeypatch.setattr(processes, "can_fork", lambda: False)
    big: dict[str, Any] = {f"n{i}": {} for i in range(scale._InfoStream.HELP_RECORDS)}
    assert scale._InfoStream.start(big) is None
