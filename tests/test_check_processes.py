"""`check` in two processes: the same records as in one, whatever happens to the second."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from provenance import check, processes
from provenance.check import check_dossier
from provenance.dossier import load_dossier
from provenance.generate import generate_dossier
from provenance.model import Dossier

from .conftest import assert_second_process_ends_with_first

pytestmark = pytest.mark.skipif(not (sys.platform.startswith("linux") and hasattr(os, "fork")),
                                reason="a second process is forked on Linux only")


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Dossier:
    folder = tmp_path_factory.mktemp("gen") / "d"
    generate_dossier(folder, claims=120, seed=3, force=True)
    return load_dossier(folder)


def test_two_processes_give_the_same_records_and_progress(
        dossier: Dossier, monkeypatch: pytest.MonkeyPatch) -> None:
    one = check_dossier(dossier, processes=1)
    assert len({r.work for r in one.results}) > 10
    assert {r.status for r in one.results} >= {"exact", "fuzzy"}
    monkeypatch.setattr(processes, "MIN_QUOTES", 0)
    monkeypatch.setattr(processes, "can_fork", lambda: True)  # however busy the machine is
    calls: list[tuple[int, int]] = []
    forks: list[int] = []
    real = check._Child.__init__

    def counted(self: check._Child, *a: object) -> None:
        forks.append(1)
        real(self, *a)  # type: ignore[arg-type]

    monkeypatch.setattr(check._Child, "__init__", counted)
    two = check_dossier(dossier, processes=2, progress=lambda d, t: calls.append((d, t)))
    assert forks == [1]
    assert two.results == one.results
    assert json.dumps(check.generate_json(two)) == json.dumps(check.generate_json(one))
    assert calls[-1] == (len(one.results), len(one.results))
    assert all(a[0] <= b[0] for a, b in zip(calls, calls[1:], strict=False))  # never backwards


def test_a_failed_second_process_is_made_up_for(dossier: Dossier,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    one = check_dossier(dossier, processes=1)
    monkeypatch.setattr(processes, "MIN_QUOTES", 0)
    monkeypatch.setattr(processes, "can_fork", lambda: True)  # however busy the machine is

    def fail(self: check._Child, w: int, queue: check._Queue, *a: object) -> int:
        next(iter(queue))  # takes a group, then breaks before sending anything
        raise RuntimeError("the child breaks")

    monkeypatch.setattr(check._Child, "_run", fail)
    assert check_dossier(dossier, processes=2).results == one.results


def test_progress_never_goes_back_when_the_second_process_breaks_late(
        dossier: Dossier, monkeypatch: pytest.MonkeyPatch) -> None:
    """A child that counted part of its groups and then broke: this process checks them
    again, and the count a user already saw on the bar stays where it was."""
    one = check_dossier(dossier, processes=1)
    monkeypatch.setattr(processes, "MIN_QUOTES", 0)
    monkeypatch.setattr(processes, "can_fork", lambda: True)

    def fail(self: check._Child, w: int, queue: check._Queue, *a: object) -> int:
        next(iter(queue))
        raise RuntimeError("the child breaks")

    monkeypatch.setattr(check._Child, "_run", fail)
    monkeypatch.setattr(check._Child, "done", lambda self: 30)  # as counted before it broke
    calls: list[tuple[int, int]] = []
    two = check_dossier(dossier, processes=2, progress=lambda d, t: calls.append((d, t)))
    assert two.results == one.results
    assert any(d >= 30 for d, _ in calls[:5])  # the child's count was shown
    assert calls[-1] == (len(one.results), len(one.results))
    assert all(a[0] <= b[0] for a, b in zip(calls, calls[1:], strict=False))


def test_small_work_stays_in_one_process(dossier: Dossier,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork(*a: object) -> None:
        raise AssertionError("forked for a small dossier")

    monkeypatch.setattr(check._Child, "__init__", no_fork)
    monkeypatch.setattr(processes, "can_fork", lambda: True)
    assert check_dossier(dossier, processes=2).results  # under MIN_QUOTES appearances


def test_the_queue_gives_each_group_once_and_runs_past_its_size(
        monkeypatch: pytest.MonkeyPatch) -> None:
    q = check._Queue([5, 3, 9])
    taken = iter(q)
    assert next(taken) == 5
    assert list(q) == [3, 9]  # a second reader of the same pipe gets the rest
    assert list(taken) == []
    q.close()
    monkeypatch.setattr(check._Queue, "MAX", 4)
    q = check._Queue(list(range(10)))
    assert len(q.runs) == 4 and list(q) == list(range(10))
    q.close()


def test_a_busy_machine_keeps_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.setattr(processes, "_one_thread", lambda: True)
    monkeypatch.setattr(processes, "_others_running", lambda: 1)  # a CPU taken by another job
    assert not processes.can_fork()
    monkeypatch.setattr(processes, "_others_running", lambda: 0)
    assert processes.can_fork()
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    assert not processes.can_fork()


def test_a_second_thread_keeps_one_process() -> None:
    import threading

    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert not processes._one_thread()
    finally:
        stop.set()
        t.join()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_killed_check_leaves_no_second_process_checking(tmp_path: Path) -> None:
    """Killed (a cancelled job, `timeout`, `kill`), `check` takes its second process with it."""
    root = Path(__file__).resolve().parents[1]
    code = f"""
import os, signal, sys, time
sys.path.insert(0, {str(root)!r})
from provenance import check, processes
from provenance.generate import generate_records
processes.can_fork = lambda: True
processes.MIN_QUOTES = 0
check._Child._run = lambda self, *a, **k: time.sleep(60) or 0  # would outlive its parent
init = check._Child.__init__
def announce(self, *a, **k):
    init(self, *a, **k)
    print(self.pid, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
check._Child.__init__ = announce
check.check_dossier(generate_records(claims=60, seed=1), processes=2)
"""
    assert_second_process_ends_with_first(code, tmp_path, "check")


def _forced_second_process(forks: str, hook: str, argv: list[str]) -> str:
    """A script running ``provenance ARGV`` with a second process taken however busy the
    machine is and every progress stage reported. The class ``forks`` (what starts the
    second process) touches ``forked`` in the working folder when it does: the command
    ends by ``os._exit``, so no ``finally`` in the script would run. ``hook``: more checks."""
    root = Path(__file__).resolve().parents[1]
    return (f"import sys\nsys.path.insert(0, {str(root)!r})\n"
            "from pathlib import Path\n"
            "from provenance import check, pipeline, processes, progress\n"
            "processes.can_fork = lambda: True\n"
            "processes.MIN_QUOTES = 0\n"
            "progress.DELAY = 0.0\n"
            f"_init = {forks}.__init__\n"
            "def _counted(self, *a, **k):\n"
            "    Path('forked').touch()\n"
            "    _init(self, *a, **k)\n"
            f"{forks}.__init__ = _counted\n"
            f"{hook}\n"
            f"sys.argv = {['provenance', *argv]!r}\n"
            "from provenance.cli import main\nmain()\n")


def test_check_with_stderr_closed_writes_all_its_output(tmp_path: Path) -> None:
    """`provenance check ... 2>&-`: progress has nowhere to go and the second process's
    pipes may take descriptor 2; the report on stdout is whole all the same."""
    import subprocess

    folder = tmp_path / "d"
    generate_dossier(folder, claims=120, seed=3, force=True)
    code = _forced_second_process("check._Child", hook='''
queue = check._Queue.__init__
def above_2(self, *a, **k):
    queue(self, *a, **k)
    assert self.read > 2, "the queue took descriptor 2"
check._Queue.__init__ = above_2
''', argv=["check", str(folder), "--json"])

    def run(**kw: object) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE,
                              cwd=tmp_path, timeout=300, check=False, **kw)  # type: ignore[call-overload]

    seen = run(stderr=subprocess.DEVNULL)
    assert (tmp_path / "forked").exists(), "no second process"
    (tmp_path / "forked").unlink()
    closed = run(stderr=None, preexec_fn=lambda: os.close(2))
    assert (tmp_path / "forked").exists(), "no second process"
    assert seen.returncode == closed.returncode == 1  # the generated dossier has misquotes
    one, two = json.loads(seen.stdout), json.loads(closed.stdout)

    def records(out: dict[str, Any]) -> list[dict[str, Any]]:  # the receipts say when
        return [{k: v for k, v in a.items() if k != "target"} for a in out["appearances"]]

    assert len(records(one)) > 100
    assert records(two) == records(one) and two["summary"] == one["summary"]


def test_one_rule_says_when_a_second_process_pays(monkeypatch: pytest.MonkeyPatch) -> None:
    """`check` and `render` ask the same question: enough quotes, and a CPU free."""
    monkeypatch.setattr(processes, "can_fork", lambda: True)
    assert not processes.second_process(processes.MIN_QUOTES - 1)
    assert processes.second_process(processes.MIN_QUOTES)
    monkeypatch.setattr(processes, "can_fork", lambda: False)
    assert not processes.second_process(10 * processes.MIN_QUOTES)


def test_render_with_stderr_closed_writes_its_page(tmp_path: Path) -> None:
    """`provenance render ... 2>&-` with the quotes checked in a second process: the page
    is written (a closed stderr is None, and the pipe must not take descriptor 2)."""
    import subprocess

    folder = tmp_path / "d"
    generate_dossier(folder, claims=120, seed=3, force=True)
    code = _forced_second_process("pipeline.Verdicts", hook='''
verdicts = pipeline.Verdicts.__init__
def above_2(self, *a, **k):
    verdicts(self, *a, **k)
    assert self._read is None or self._read > 2, "the pipe took descriptor 2"
pipeline.Verdicts.__init__ = above_2
''', argv=["render", str(folder), "-o", "page.html"])
    done = subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE, cwd=tmp_path,
                          timeout=300, check=False, preexec_fn=lambda: os.close(2))
    assert done.returncode == 0, done.stdout
    assert (tmp_path / "forked").exists(), "no second process"
    assert b"wrote page.html" in done.stdout
    assert (tmp_path / "page.html").stat().st_size > 10_000
