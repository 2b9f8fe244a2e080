"""The benchmarks' runner (benchmarks/_compare.py) leaves nothing running behind it."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import _compare  # noqa: E402


def _running(pid: int) -> bool:
    """Whether ``pid`` is alive (a zombie waiting for its reaper is not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/usr/bin/time").exists() or not hasattr(os, "fork"),
                    reason="GNU time on Linux")
def test_a_timed_out_command_is_ended_with_all_it_started(tmp_path: Path) -> None:
    pids = tmp_path / "pids"
    code = ("import os, sys, time\n"
            "child = os.fork()\n"  # as `render` forks its quote check
            "if child:\n"
            f"    open({str(pids)!r}, 'w').write(f'{{os.getpid()}} {{child}}')\n"
            "time.sleep(120)\n")
    t = time.perf_counter()
    r = _compare.run(_compare.REPO, None, ["-c", code], timeout=3)
    assert not r.ok and r.stderr == "timed out"
    assert time.perf_counter() - t < 60
    started = [int(x) for x in pids.read_text().split()]
    assert len(started) == 2
    deadline = time.monotonic() + 10
    while any(map(_running, started)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_running, started)), "the python under GNU time still runs"


@pytest.mark.skipif(not Path("/usr/bin/time").exists() or not hasattr(os, "fork"),
                    reason="GNU time on Linux")
def test_a_benchmark_stopped_with_ctrl_c_leaves_nothing_running(tmp_path: Path) -> None:
    """Ctrl-C reaches the terminal's process group only; the command leads its own."""
    import signal

    pids = tmp_path / "pids"
    code = ("import os, sys, time\n"
            "child = os.fork()\n"
            "if child:\n"
            f"    open({str(pids)!r}, 'w').write(f'{{os.getpid()}} {{child}}')\n"
            "time.sleep(120)\n")

    def interrupt(*_: object) -> None:
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGALRM, interrupt)
    signal.alarm(3)
    try:
        with pytest.raises(KeyboardInterrupt):
            _compare.run(_compare.REPO, None, ["-c", code], timeout=100)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    started = [int(x) for x in pids.read_text().split()]
    deadline = time.monotonic() + 10
    while any(map(_running, started)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_running, started)), "the benchmarked command still runs"
