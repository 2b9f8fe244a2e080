"""Shared set-up for the speech tests: run the speech engine on a short text, say who each
quotation is given to, and on a failure print the text and the whole attribution, so that a
failing case can be read without a debugger.

A case is a short text and who its quotations are by, as a user would see them:

- a list: the speaker of every statement, in order (nothing more, nothing less);
- a dict: the speaker of the one statement whose quotation opens with each key (a key that
  opens no statement, or more than one, fails the case).

A speaker is a name (equal), ``None`` (no one), or ``Containing("Harbour Hospital")`` where
the rule under test only fixes part of the name (a described voice's wording may vary).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from provenance.speech import analyse


@dataclass(frozen=True)
class Containing:
    """A speaker who is someone (not ``None``) whose name contains ``part``."""

    part: str

    def matches(self, got: str | None) -> bool:
        return got is not None and self.part in got

    def __repr__(self) -> str:
        return f"Containing({self.part!r})"


Speaker = str | None | Containing


def attribution(text: str) -> list[tuple[str, str | None]]:
    """Every statement the speech engine finds in ``text``: (quotation, speaker), in order."""
    return [(s.quote, s.speaker) for s in analyse(text).statements]


def _same(want: Speaker, got: str | None) -> bool:
    if isinstance(want, Containing):
        return want.matches(got)
    return want == got


def _report(text: str, pairs: list[tuple[str, str | None]], problems: list[str]) -> str:
    lines = ["", *problems, "", "text:"]
    lines += ["    " + line for line in text.splitlines()]
    lines += ["", f"attribution ({len(pairs)} statements):"]
    for quote, who in pairs:
        shown = quote if len(quote) <= 60 else quote[:57] + "..."
        lines.append(f"    {shown!r} -> {who!r}")
    return "\n".join(lines)


def assert_speakers(text: str, expected: Mapping[str, Speaker] | Sequence[Speaker]) -> None:
    """Fail, showing the text and every statement's speaker, unless ``expected`` holds."""
    pairs = attribution(text)
    problems: list[str] = []
    if isinstance(expected, Mapping):
        for opening, want in expected.items():
            got = [who for quote, who in pairs if quote.startswith(opening)]
            if len(got) != 1:
                problems.append(f"{len(got)} statements open with {opening!r} (want 1)")
            elif not _same(want, got[0]):
                problems.append(f"{opening!r}: speaker {got[0]!r}, want {want!r}")
    else:
        got_all = [who for _, who in pairs]
        if len(got_all) != len(expected) or not all(
                _same(w, g) for w, g in zip(expected, got_all, strict=False)):
            problems.append(f"speakers {got_all!r}, want {list(expected)!r}")
    if problems:
        raise AssertionError(_report(text, pairs, problems))


def case(words: str, text: str, expected: Mapping[str, Speaker] | Sequence[Speaker]) -> Any:
    """One parametrized case, its id the rule it checks in words."""
    return pytest.param(text, expected, id=words)


def people(text: str) -> list[str]:
    """The names of the people (and bodies) a draft made from ``text`` lists, in order."""
    from provenance.extract import extract_text

    return [p.name for p in extract_text(text).people]


def said(text: str) -> list[tuple[str | None, str]]:
    """Each statement, in order, as (speaker, quote): :func:`attribution` the other way
    round, for tests that read a transcript turn by turn."""
    return [(speaker, quote) for quote, speaker in attribution(text)]
