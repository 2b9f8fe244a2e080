"""Regular expressions compiled when first used, not when their module is imported.

Here, not in the speech engine, so that a module outside it (:mod:`provenance.numbers`,
whose one-pattern-for-every-figure took 0.12 s of every `render` to compile, though only
`extract` matches it) can use it without importing the engine.

The speech engine's modules hold some 150 patterns; compiling them all cost ~50 ms of
every process that imports the engine, though one text uses only part of them (the
bundled interview ~40 of the 91 that ``import provenance.speech`` compiled). A pattern
made by :func:`lazy_compile` is compiled by :func:`re.compile` on its first use; from
then on its methods are the compiled pattern's own (bound once, so a call costs what
the compiled pattern's does). Its ``pattern`` string is there before, for building
other patterns from it. Results are those of the same pattern compiled at import.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["lazy_compile"]

#: What a compiled pattern offers, copied onto the stand-in at its first use.
_ATTRS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split",
          "scanner", "flags", "groups", "groupindex")


class _Pattern:
    """Stands for ``re.compile(pattern, flags)`` until first used."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # (called only for what the instance does not have yet: the first use)
        if name.startswith("__") or name in ("pattern", "_flags"):
            raise AttributeError(name)  # (copy and pickle look for dunders)
        compiled = re.compile(self.pattern, self._flags)
        for attr in _ATTRS:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done when the pattern is first used."""
    return cast("re.Pattern[str]", _Pattern(pattern, int(flags)))
