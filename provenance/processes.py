"""When a second process may share the work: the one rule `check` and `render` both follow.

A forked second process pays only when a CPU is free for it. On a busy machine it takes
time from the others (the work costs 5-20 % more CPU in two processes than in one,
measured on the 10,000-quote benchmark), and forking while another thread holds a lock (a
library's pool, the allocator's) would leave the child waiting for ever.
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Container, Iterable
from typing import Any

__all__ = ["MIN_QUOTES", "can_fork", "end_with", "flush_std", "pipe", "quotes_to_check",
           "second_process"]


#: Least quotes to check (appearances with a source text) worth a second process.
#: Measured on the 20,000-claim generated dossier: forking the 200 MB process takes
#: 13 ms, and each record sent back costs the first process 9 us to read and rebuild,
#: against about 190 us of CPU to check a quote; a second process pays from about 150
#: quotes, whether it takes half the quotes (`check`) or all of them while the first
#: process works on something else (`render`). 400 leaves a margin.
MIN_QUOTES = 400


def second_process(quotes: int) -> bool:
    """Whether checking ``quotes`` quotes should fork a second process: enough work for
    it (:data:`MIN_QUOTES`) and a CPU free for it (:func:`can_fork`). The one rule
    `check` and `render` follow."""
    return quotes >= MIN_QUOTES and can_fork()


def quotes_to_check(appearances: Iterable[Any], texts: Container[str]) -> int:
    """How many of ``appearances`` (records with ``in_``, the work they appear in) have a
    source text in ``texts`` to check them against: the work :func:`second_process` weighs.
    An appearance without one costs nothing to check (its verdict is "no-source"). The one
    count `check` (its groups of quotes, text by text) and `render` (the whole dossier)
    both give :func:`second_process`."""
    return sum(1 for a in appearances if a.in_ in texts)


def can_fork() -> bool:
    """Linux (fork is the platform's cheap way there), two or more CPUs for this process,
    a CPU free for the second one now (other processes kept no more than half a CPU busy
    beyond the CPUs left for these two, :func:`_others_running`), and one thread in this
    process."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    try:
        cpus = len(os.sched_getaffinity(0))
    except OSError:  # pragma: no cover - no affinity call
        cpus = os.cpu_count() or 1
    return cpus >= 2 and _others_running() <= cpus - 2 + FREE_ENOUGH and _one_thread()


#: How much of a CPU other processes may keep busy, on average, beyond the CPUs left for
#: this one's two, for the second process still to pay: half a CPU left for it is more
#: than the 5-20 % of CPU that two processes cost beyond one (see the module's doc).
FREE_ENOUGH = 0.5

#: The shortest and longest stretch of time :func:`_others_running` averages over: under
#: a quarter of a second the kernel's counters (ticks of 10 ms on each CPU) say too little;
#: over half a minute they say what the machine did, not what it does now.
AVERAGE_OVER = (0.25, 30.0)


def _others_running() -> float:
    """How many CPUs other processes keep busy: on average since this module was imported
    or last asked (:data:`AVERAGE_OVER`; the commands import it before they load the
    dossier, so at the fork that is the time the loading took), else right now.

    The average is the CPUs' busy time (``/proc/stat``, those this process may run on)
    less this process's own. A count at one instant (``/proc/loadavg``'s fourth field,
    the processes running or ready to run) is what it is only for that instant: a
    process that runs for a few milliseconds at that moment (a shell's ``ps``, a
    benchmark's memory sampler, a browser's timer) refused the second process to a
    command with a CPU free the whole time. Not the load average either: a minute's
    average still counts the work the user's previous command did, so running `check`
    twice would refuse the second CPU the second time."""
    global _looked
    now = _look()
    before, _looked = _looked, now
    if now is not None and before is not None:
        seconds = now[0] - before[0]
        if AVERAGE_OVER[0] <= seconds <= AVERAGE_OVER[1]:
            return max(0.0, (now[1] - before[1]) - (now[2] - before[2])) / seconds
    return float(_running_now())


def _look() -> tuple[float, float, float] | None:
    """(the time, the busy CPU-seconds of the CPUs this process may run on, this process's
    CPU-seconds and its ended children's), or None where ``/proc/stat`` cannot say."""
    try:
        cpus = {f"cpu{n}" for n in os.sched_getaffinity(0)}
        tick = os.sysconf("SC_CLK_TCK")
        busy = 0
        with open("/proc/stat", encoding="ascii") as f:
            for line in f:
                if not line.startswith("cpu"):
                    break
                fields = line.split()
                if fields[0] in cpus:
                    # user nice system idle iowait irq softirq steal: all but idle, iowait
                    ticks = [int(x) for x in fields[1:9]]
                    busy += sum(ticks) - ticks[3] - ticks[4]
        mine = os.times()
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    # (its children's too, once ended: the second process of the look before)
    return (time.monotonic(), busy / tick,
            mine.user + mine.system + mine.children_user + mine.children_system)


def _running_now() -> int:
    """Other processes running or ready to run right now (``/proc/loadavg``'s fourth
    field, less this one)."""
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            running = int(f.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return 0
    return max(0, running - 1)


_looked = _look()


def _one_thread() -> bool:
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def end_with(parent: int) -> None:
    """Have the kernel end this (forked) process when ``parent`` ends: a command stopped
    by a signal (kill, a cancelled job, or Ctrl-C in a shell that leaves SIGINT to the
    parent) leaves no second process working on. Linux's ``prctl(PR_SET_PDEATHSIG)``;
    without it, the child still ends when it writes to the closed pipe."""
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # it ended before the request was made
        os._exit(1)


def flush_std() -> None:
    """Flush stdout and stderr before a fork, so nothing buffered is written twice.

    A stream may be missing (the command started with it closed, ``2>&-``: Python
    makes it None) or closed; either is skipped, as the command says so when it writes.
    """
    import sys

    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        try:
            stream.flush()
        except (OSError, ValueError):
            pass


def pipe() -> tuple[int, int]:
    """``os.pipe()``, with both ends above the standard descriptors.

    A command started with stderr closed (``2>&-``) has descriptor 2 free, and a plain
    pipe would take it: whatever then writes to "stderr" at the C level (a library's
    warning, the interpreter's last words in a dying child) would go into the pipe and
    garble the records sent through it."""
    import fcntl

    ends = os.pipe()
    out = []
    for fd in ends:
        if fd <= 2:
            moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 3)
            os.close(fd)
            fd = moved
        out.append(fd)
    return out[0], out[1]
