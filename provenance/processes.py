"""When a second process may share the work: the one rule `check` and `render` both follow.

A forked second process pays only when a CPU is free for it. On a busy machine it takes
time from the others (the work costs 5-20 % more CPU in two processes than in one,
measured on the 10,000-quote benchmark), and forking while another thread holds a lock (a
library's pool, the allocator's) would leave the child waiting for ever.
"""
from __future__ import annotations

import os
import sys
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
    a CPU free for the second one now (no more other processes running or ready to run
    than CPUs beyond these two), and one thread in this process."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    try:
        cpus = len(os.sched_getaffinity(0))
    except OSError:  # pragma: no cover - no affinity call
        cpus = os.cpu_count() or 1
    return cpus >= 2 and _others_running() <= cpus - 2 and _one_thread()


def _others_running() -> int:
    """Other processes running or ready to run right now (``/proc/loadavg``'s fourth
    field, less this one). Not the load average: a minute's average still counts the work
    the user's previous command did, so running `check` twice would refuse the second CPU
    the second time."""
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            running = int(f.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return 0
    return max(0, running - 1)


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
