"""Placeholder exact anchoring (replaced by the full anchor module)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Anchor:
    status: str
    score: float
    start: int | None = None
    end: int | None = None
    line: int | None = None
    column: int | None = None
    closest: str | None = None
    diff: list | None = None
    pieces: list = field(default_factory=list)


class TextIndex:
    def __init__(self, text: str):
        self.text = text


def anchor_quote(quote: str, text: str, *, min_score: float = 90.0, index=None) -> Anchor:
    i = text.find(quote)
    if i < 0:
        return Anchor("missing", 0.0)
    line = text.count("\n", 0, i) + 1
    col = i - (text.rfind("\n", 0, i) + 1) + 1
    return Anchor("exact", 100.0, i, i + len(quote), line, col, pieces=[(i, i + len(quote))])


def paragraph_span(text: str, start: int, end: int) -> tuple[int, int]:
    s = text.rfind("\n\n", 0, start)
    s = 0 if s < 0 else s + 2
    e = text.find("\n\n", end)
    e = len(text) if e < 0 else e
    return s, e
