"""Plain records that the extractors hand to each other and to the draft writer.

Every offset is a Python string index into the article text exactly as
extracted (UTF-8 decoded, a byte-order mark dropped, newlines untouched), so a
reviewer or a test can check ``text[start:end]`` against what was reported.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from provenance.speech.records import PersonDraft, Statement


@dataclass(slots=True)
class NumberMention:
    """A figure as the text writes it, with its value, unit and what it counts."""

    text: str
    value: float | None
    unit: str | None
    start: int
    end: int
    kind: str  # percent | count | ratio | range | year | period | duration | money
    low: float | None = None
    high: float | None = None
    #: What is counted or measured, in the text's words ("patients with leg pain").
    of: str | None = None
    #: Who gives the figure in indirect speech ("Smith said 40 percent ..."), if anyone.
    speaker_id: str | None = None


@dataclass(slots=True)
class StudyMention:
    """A study the article refers to, with what the article says of it."""

    id: str
    title: str
    sentence: str
    start: int
    end: int
    design: str | None = None
    design_note: str | None = None
    year: int | None = None
    period: tuple[int, int] | None = None
    sample_n: float | None = None
    sample_unit: str | None = None
    author: str | None = None


@dataclass(slots=True)
class Extraction:
    """Everything found in one article."""

    text: str
    people: list[PersonDraft] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    studies: list[StudyMention] = field(default_factory=list)
    title: str | None = None
    venue: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the shape ``provenance extract --json`` prints)."""
        return {
            "title": self.title,
            "venue": self.venue,
            "people": [asdict(p) for p in self.people],
            "statements": [
                {**asdict(s), "spans": [list(sp) for sp in s.spans]} for s in self.statements
            ],
            "numbers": [asdict(n) for n in self.numbers],
            "studies": [
                {**asdict(s), "period": list(s.period) if s.period else None}
                for s in self.studies
            ],
        }
