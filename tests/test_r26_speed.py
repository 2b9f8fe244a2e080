"""Round 26 (issue 18): when `render` and `check` fork their second process, and the
page's claims without the field no script reads."""

from __future__ import annotations

import os
import sys

import pytest

from provenance import processes

linux = pytest.mark.skipif(not sys.platform.startswith("linux") or not hasattr(os, "fork"),
                           reason="the rule reads Linux's /proc")


def _machine(monkeypatch: pytest.MonkeyPatch, looks: list[tuple[float, float, float] | None],
             now: int) -> None:
    """Two CPUs, one thread; ``looks`` what /proc/stat says at each look, ``now`` what
    /proc/loadavg says of the other processes at the instant."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.setattr(processes, "_one_thread", lambda: True)
    seen = iter(looks)
    monkeypatch.setattr(processes, "_look", lambda: next(seen))
    monkeypatch.setattr(processes, "_running_now", lambda: now)


@linux
def test_a_process_running_at_the_instant_does_not_refuse_a_free_cpu(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the load's 0.6 s: this process kept one CPU busy, the others 0.1 s of the other;
    # at the instant of the question two other processes happen to run
    _machine(monkeypatch, [(10.6, 100.7, 5.6)], now=2)
    monkeypatch.setattr(processes, "_looked", (10.0, 100.0, 5.0))
    assert processes._others_running() == pytest.approx(0.1 / 0.6)
    monkeypatch.setattr(processes, "_looked", (10.0, 100.0, 5.0))
    _machine(monkeypatch, [(10.6, 100.7, 5.6)], now=2)
    assert processes.can_fork()


@linux
def test_another_job_busy_through_the_load_keeps_one_process(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the other CPU busy 0.5 of the 0.6 s with another job, idle at the instant
    _machine(monkeypatch, [(10.6, 101.1, 5.6)], now=0)
    monkeypatch.setattr(processes, "_looked", (10.0, 100.0, 5.0))
    assert not processes.can_fork()


@linux
def test_the_ended_second_process_is_not_another_job(monkeypatch: pytest.MonkeyPatch) -> None:
    # 6 s since the last look: both CPUs busy, one with this process and one with its
    # second process, ended and waited for (its CPU time is this process's children's)
    _machine(monkeypatch, [(16.0, 112.0, 17.0)], now=0)
    monkeypatch.setattr(processes, "_looked", (10.0, 100.0, 5.0))
    assert processes._others_running() == 0.0


@linux
@pytest.mark.parametrize("seconds", [0.1, 120.0])
def test_too_short_or_too_long_a_stretch_asks_the_instant(
        monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    # the counters say the other CPU was idle, but over too short (or too stale) a time
    # to say it is now: the instant's count decides
    _machine(monkeypatch, [(10.0 + seconds, 100.0 + seconds, 5.0 + seconds)] * 2, now=1)
    monkeypatch.setattr(processes, "_looked", (10.0, 100.0, 5.0))
    assert processes._others_running() == 1.0
    monkeypatch.setattr(processes, "_looked", (10.0, 100.0, 5.0))
    assert not processes.can_fork()


@linux
def test_no_counters_ask_the_instant(monkeypatch: pytest.MonkeyPatch) -> None:
    _machine(monkeypatch, [None, None], now=0)
    monkeypatch.setattr(processes, "_looked", None)
    assert processes.can_fork()
    _machine(monkeypatch, [None], now=1)
    assert not processes.can_fork()


@linux
def test_the_counters_are_read_from_this_machine() -> None:
    first = processes._look()
    assert first is not None
    sum(i * i for i in range(200_000))  # some CPU time of this process's own
    second = processes._look()
    assert second is not None
    assert second[0] >= first[0] and second[1] >= first[1] and second[2] >= first[2]


def test_no_script_reads_a_claims_unverified() -> None:
    """The one ``.unverified`` the page's scripts read is a work's (the details panel's
    list of its unverified fields); a claim is drawn unverified from its node's style."""
    import re

    from provenance.render.page import script

    js = script()
    reads = [line.strip() for line in js.splitlines() if re.search(r"\bunverified\b(?!:)", line)
             and not re.search(r"[\"'][^\"']*\bunverified\b", line)]
    assert reads == ["var unv = info.unverified || [];"], reads
    at = js.index("var unv = info.unverified")
    assert js.rfind("function ", 0, at) == js.index("function workDetails(")


def test_the_page_leaves_out_a_claims_unverified_and_draws_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from provenance.dossier import load_dossier
    from provenance.pipeline import page_inputs
    from provenance.render import style
    from provenance.render.page import page_data

    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "w.txt").write_text("Some words said here.", encoding="utf-8")
    (tmp_path / "dossier.yaml").write_text(
        "title: T\n"
        "works: [{id: w, type: article, title: W, source_text: sources/w.txt}]\n"
        "claims:\n"
        "  - {id: a, text: A., appearances: [{in: w, quote: words said}]}\n"
        "  - {id: b, text: B., appearances: [{in: w, quote: not in the text at all}]}\n",
        encoding="utf-8")
    d = load_dossier(tmp_path)
    data = page_data(d, page_inputs(d))
    drawn = {n["id"]: n for n in data["nodes"]}
    assert "unverified" not in data["info"]["a"] and "unverified" not in data["info"]["b"]
    assert drawn["b"]["color"]["border"] == style.UNVERIFIED_BORDER
    assert drawn["a"]["color"]["border"] != style.UNVERIFIED_BORDER
    assert data["info"]["w"]["unverified"] == []  # a work's list stays: the panel reads it


@linux
def test_refused_as_the_analysis_starts_a_second_process_may_start_as_it_ends(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`render` asks for its second process as the analysis starts and, refused then, again
    as it ends: the page is the one a single process makes, and the check is asked for no
    more than twice."""
    from provenance import pipeline
    from provenance.generate import generate_records
    from provenance.graph import build_graph
    from provenance.render import page

    d = generate_records(claims=300, seed=5)
    g = build_graph(d)
    monkeypatch.setattr(processes, "MIN_QUOTES", 0)
    asked: list[int] = []

    def second(answers: list[bool]) -> None:
        def can_fork() -> bool:
            asked.append(1)
            return answers.pop(0)
        monkeypatch.setattr(processes, "can_fork", can_fork)

    second([False, False])
    here = pipeline.page_inputs(d, g, background=True)
    assert isinstance(here.checks, tuple) and len(asked) == 2
    single = page.generate_html(d, here, generated="x", overview=True)
    # (each second process's page made before the next starts: a second process inherits
    # the pipes of one started before it, as `render`, which starts one, never does)
    for answers, asks in (([False, True], 2), ([True], 1)):
        asked.clear()
        second(answers)
        there = pipeline.page_inputs(d, g, background=True)
        assert isinstance(there.checks, pipeline.Verdicts) and len(asked) == asks
        assert page.generate_html(d, there, generated="x", overview=True) == single
    asked.clear()
    second([])
    assert isinstance(pipeline.page_inputs(d, g).checks, tuple) and not asked  # not asked
