"""Run a command with the code before a change and after it, in one run, as the README installs.

* ``before``: the tree of a git ref (default: where this branch left main),
  unpacked into a temporary folder with ``git archive``; ``after``: this checkout.
  Each runs as ``python -m provenance ...`` with its folder first on
  ``PYTHONPATH``, so both use the same interpreter and the same installed libraries.
* **The README's install**: ``pip install .`` brings no optional extra, so
  igraph (which the code before this change used when it was there) is hidden
  from both, by a folder on ``PYTHONPATH`` whose ``igraph`` package fails to import.
* Runs alternate (before, after, after, before, ...) so a slow spell of a
  shared machine falls on both; each figure is the median of the runs, with
  the range beside it.
* Wall time and peak memory come from GNU ``time`` around the one process; its
  peak is that of the largest process, so a command that forks (``render``
  checks its quotes in a second process) also gets ``tree_mb``: the peak of the
  summed proportional set sizes (PSS: a page the two share counts half in each)
  of every process it started, sampled every 50 ms (Linux).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_HIDE = ('raise ImportError("igraph is hidden by the benchmark: '
         'the README\'s install has no extras")\n')


def default_before() -> str:
    """Where this branch left main (the commit before the change), or HEAD~1."""
    for ref in ("main", "origin/main"):
        p = subprocess.run(["git", "-C", str(REPO), "merge-base", "HEAD", ref],
                           capture_output=True, text=True)
        if p.returncode == 0 and p.stdout.strip():
            head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"],
                                  capture_output=True, text=True).stdout.strip()
            if p.stdout.strip() != head:
                return p.stdout.strip()
    return "HEAD~1"


@dataclass
class Trees:
    """Folders holding the code before and after, and the folder that hides extras."""

    before: Path
    after: Path
    hide: Path
    ref: str
    tmp: Path = field(repr=False)

    def close(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


def trees(ref: str | None = None) -> Trees:
    ref = ref or default_before()
    tmp = Path(tempfile.mkdtemp(prefix="provenance-before-"))
    before = tmp / "before"
    before.mkdir()
    archive = subprocess.run(["git", "-C", str(REPO), "archive", ref], capture_output=True,
                             check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(before)], input=archive, check=True)
    hide = tmp / "hide"
    (hide / "igraph").mkdir(parents=True)
    (hide / "igraph" / "__init__.py").write_text(_HIDE)
    short = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", ref],
                           capture_output=True, text=True).stdout.strip()
    return Trees(before, REPO, hide, short or ref, tmp)


@dataclass
class Run:
    seconds: float
    peak_mb: float
    ok: bool
    stderr: str
    cpu: float = 0.0  # user + system seconds: what a loaded, shared machine distorts least
    tree_mb: float = 0.0  # peak of the summed PSS of the command's processes (0: not measured)


class _TreeMemory:
    """The peak of the summed PSS of ``pid``'s descendants, sampled on a thread."""

    def __init__(self, pid: int, every: float = 0.05) -> None:
        import threading

        self.pid, self.every, self.peak_kb = pid, every, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _descendants(self) -> list[int]:
        out, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            try:
                for task in os.listdir(f"/proc/{pid}/task"):
                    with open(f"/proc/{pid}/task/{task}/children") as f:
                        kids = [int(x) for x in f.read().split()]
                    out += kids
                    todo += kids
            except OSError:
                continue
        return out

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            for pid in self._descendants():
                try:
                    with open(f"/proc/{pid}/smaps_rollup") as f:
                        total += next((int(x.split()[1]) for x in f if x.startswith("Pss:")), 0)
                except OSError:
                    pass
            self.peak_kb = max(self.peak_kb, total)
            self._stop.wait(self.every)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_kb / 1024


def run(code: Path, hide: Path | None, args: list[str], *, cwd: Path | None = None,
        stdout: Path | None = None, timeout: float = 900) -> Run:
    """``python -m provenance ARGS`` (or ``python -c CODE ...`` when ARGS starts with -c)
    with ``code`` first on the path; wall time and peak RSS."""
    import sys

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(p) for p in (hide, code) if p is not None])}
    env.pop("PYTHONSTARTUP", None)
    program = args if args[:1] == ["-c"] else ["-m", "provenance", *args]
    cmd = ["/usr/bin/time", "-f", "BENCH %e %M %U %S", sys.executable, *program]
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL  # noqa: SIM115
    try:
        # never the checkout: `python -m` puts the working folder first on the path
        # a session of its own: on a time-out the whole group goes (GNU time, the python
        # under it, a second process that one forked), not only GNU time
        p = subprocess.Popen(cmd, env=env, cwd=cwd or tempfile.gettempdir(), stdout=out,
                             stderr=subprocess.PIPE, text=True, start_new_session=True)
        tree = _TreeMemory(p.pid) if os.path.isdir("/proc/self/task") else None
        try:
            _, err = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(p)
            return Run(timeout, 0.0, False, "timed out")
        except BaseException:
            # Ctrl-C reaches only the terminal's group, and the command leads a session of
            # its own: end it here, or it goes on using the cores the next run measures on
            _kill_group(p)
            raise
        finally:
            tree_mb = tree.stop() if tree else 0.0
    finally:
        if stdout:
            out.close()  # type: ignore[union-attr]
    line = [x for x in err.splitlines() if x.startswith("BENCH ")]
    if not line:
        return Run(0.0, 0.0, False, err[-500:])
    _, secs, kb, user, system = line[-1].split()
    return Run(float(secs), int(kb) / 1024, p.returncode in (0, 1), err,
               float(user) + float(system), tree_mb)


def _kill_group(p: subprocess.Popen[str]) -> None:
    """End ``p``'s process group (it leads its own session) and reap ``p``."""
    import signal

    try:
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:  # (all gone already)
        pass
    p.communicate()


def alternate(t: Trees, args: list[str], repeats: int, **kw: object
              ) -> tuple[list[Run], list[Run]]:
    """Before and after, ``repeats`` times each, alternating which goes first."""
    before: list[Run] = []
    after: list[Run] = []
    for i in range(repeats):
        order = [("b", t.before), ("a", t.after)]
        if i % 2:
            order.reverse()
        for which, code in order:
            r = run(code, t.hide, args, **kw)  # type: ignore[arg-type]
            (before if which == "b" else after).append(r)
    return before, after


def summary(runs: list[Run], what: str = "seconds") -> str:
    """'median (min–max)' of the runs, or why there is none."""
    vals = [getattr(r, what) for r in runs if r.ok]
    if not vals:
        why = runs[0].stderr.strip().splitlines()[-1:] if runs else []
        return "failed" + (f" ({why[0][:60]})" if why else "")
    unit = " MB" if what.endswith("_mb") else " s"
    fmt = "{:.0f}" if what.endswith("_mb") else "{:.1f}"
    med = fmt.format(statistics.median(vals)) + unit
    if len(vals) > 1:
        med += f" ({fmt.format(min(vals))}–{fmt.format(max(vals))})"
    if what == "seconds":
        med += f"; CPU {statistics.median(r.cpu for r in runs if r.ok):.1f} s"
    return med
