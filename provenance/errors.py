"""Every exception provenance raises on purpose, in one place.

A newcomer (or a notebook user writing ``except``) finds here each way the
library says "no": what the user gave cannot be used, an output is in the
way, an optional library is missing. The modules that raise them import
them from here and keep their old names (``provenance.dossier.DossierError``
is this module's class), so existing imports go on working.

The command line turns each of them into one line saying what to do next,
exit code 2 (exit 1 for :class:`EmptyExport`, a finding), in one place:
``provenance.cli._translate``. Nothing here imports anything but the
standard library: the CLI imports this module on every error.

Private exceptions used for control flow inside one module (the loader's
duplicate-key signal, the BibTeX reader's length guard, the CLI's own
``_Failure``) stay in their module: they never reach a caller.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "DossierError",
    "DossierNotFound",
    "EmptyExport",
    "ExtractError",
    "FocusError",
    "GenerateError",
    "ImportFailed",
    "LayoutUnavailable",
    "MissingDependency",
    "NotAFile",
    "OutputExists",
    "Problem",
    "ReceiptError",
    "UnsafeFile",
]


# -- the dossier ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a dossier, where it is, and how to fix it."""

    file: str
    line: int
    column: int
    message: str
    hint: str = ""

    def __str__(self) -> str:
        tail = f" — {self.hint}" if self.hint else ""
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        return f"{where}: {self.message}{tail}"


class DossierError(Exception):
    """The dossier cannot be used; ``problems`` lists every reason found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class DossierNotFound(DossierError):
    """The path given is neither a dossier folder nor a dossier.yaml."""


class UnsafeFile(Exception):
    """A file a dossier names that the tool refuses to read; ``message`` says why."""

    def __init__(self, rel: str, message: str, hint: str):
        self.rel, self.message, self.hint = rel, message, hint
        super().__init__(f"{rel}: {message}")


# -- other input -----------------------------------------------------------------


class ExtractError(Exception):
    """An article that cannot be read (missing, too large, not UTF-8)."""


class ImportFailed(Exception):
    """A bibliography that cannot be read at all (not a single entry could be taken from it)."""

    def __init__(self, file: str, line: int, message: str, hint: str = ""):
        self.file, self.line, self.message, self.hint = file, line, message, hint
        tail = f" — {hint}" if hint else ""
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {message}{tail}")


class ReceiptError(Exception):
    """A receipts file that cannot be used: names the file, the receipt and the fix."""

    def __init__(self, file: str, message: str, hint: str = "") -> None:
        self.file, self.message, self.hint = file, message, hint
        super().__init__(f"{file}: {message}" + (f" — {hint}" if hint else ""))


class FocusError(Exception):
    """The id to focus on is not in the dossier, or is of the wrong kind."""


class GenerateError(ValueError):
    """Sizes that make no dossier (a folder that is in the way is :class:`OutputExists`)."""


# -- outputs ---------------------------------------------------------------------


class OutputExists(Exception):
    """The output path holds something provenance will not replace; nothing was written.

    The one "already exists" error, for files and folders alike. ``reason``
    completes "<path> ...". ``not_a_folder``: a file stands where a folder
    should be written, which ``--force`` does not replace either.
    """

    def __init__(self, path: str | Path,
                 reason: str = "exists and is not a page or report provenance wrote", *,
                 not_a_folder: bool = False) -> None:
        self.path, self.reason, self.not_a_folder = Path(path), reason, not_a_folder
        super().__init__(f"{path} {reason}")

    def __str__(self) -> str:
        return f"{self.path} {self.reason}"


class NotAFile(OSError):
    """An output path that is not a regular file (a FIFO, a device, a folder, a pipe)."""

    def __init__(self, path: Path, what: str):
        self.path, self.what = path, what
        super().__init__(errno.EINVAL, f"{path} is {what}, not a regular file", str(path))


class MissingDependency(Exception):
    """A format needs an optional library that is not installed."""

    def __init__(self, fmt: str, package: str, install: str) -> None:
        self.fmt, self.package, self.install = fmt, package, install
        super().__init__(f"--format {fmt} needs {package}, which is not installed: {install}")


class EmptyExport(Exception):
    """The format would write nothing for this dossier: ``str(e)`` says why and what to add."""

    def __init__(self, fmt: str, why: str, fix: str) -> None:
        self.fmt, self.why, self.fix = fmt, why, fix
        super().__init__(f"--format {fmt} would write nothing: {why}. {fix}")


class LayoutUnavailable(RuntimeError):
    """numpy or SciPy, which big layouts need, cannot be imported (the page lays out itself)."""
