"""Plain records that the extractors hand to each other and to the draft writer.

Every offset is a Python string index into the article text exactly as
extracted (UTF-8 decoded, a byte-order mark dropped, newlines untouched), so a
reviewer or a test can check ``text[start:end]`` against what was reported.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# A figure as the text writes it lives with the number parser that reads it.
from provenance.numbers import NumberMention as NumberMention
from provenance.speech.records import PersonDraft as PersonDraft
from provenance.speech.records import Statement as Statement


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
    #: The organisation that ran or released it ("National Center for Health Statistics").
    organisation: str | None = None
    #: Where it was published, as the text says ("Nature Neuroscience").
    venue: str | None = None
    #: The study noun as written ("survey", "paper").
    noun: str | None = None
    #: The article's words for it ("a 2014 survey of parents of 13,000 children").
    phrase: str | None = None
    #: True when ``title`` is a title the text gives ("a report titled ..."); otherwise
    #: ``title`` is a description made of the article's words.
    title_given: bool = False
    #: Every place the text mentions this study (start, end).
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Extraction:
    """Everything found in one article."""

    text: str
    people: list[PersonDraft] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    studies: list[StudyMention] = field(default_factory=list)
    #: Figures with a source (``provenance.extract.figures.FigureClaim``), grouped by quantity.
    figures: list[Any] = field(default_factory=list)
    title: str | None = None
    venue: str | None = None
    #: The article's date (ISO ``YYYY-MM-DD`` or ``YYYY-MM`` or ``YYYY``), where the text has it.
    date: str | None = None
    #: Interview questions (start, end): context for the answers, never claims.
    questions: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the shape ``provenance extract --json`` prints)."""
        return {
            "title": self.title,
            "venue": self.venue,
            "date": self.date,
            "people": [asdict(p) for p in self.people],
            "statements": [
                {**asdict(s), "spans": [list(sp) for sp in s.spans]} for s in self.statements
            ],
            "numbers": [asdict(n) for n in self.numbers],
            "studies": [
                {**asdict(s), "period": list(s.period) if s.period else None,
                 "mentions": [list(m) for m in s.mentions]}
                for s in self.studies
            ],
            "figures": [_figure_dict(f) for f in self.figures],
            "questions": [list(q) for q in self.questions],
        }


def _figure_dict(fc: Any) -> dict[str, Any]:
    f = fc.figure
    s = fc.source
    return {
        "text": f.text, "start": f.start, "end": f.end, "kind": f.kind, "value": f.value,
        "low": f.low, "high": f.high, "unit": f.unit, "quantity": fc.quantity, "noun": fc.noun,
        "place": fc.place, "source": None if s is None else {
            "name": s.name, "kind": s.kind, "person_id": s.person_id, "how": s.how,
            "study": s.study},
        "study": fc.study_id, "group": fc.group, "revised": fc.revised,
        "claim_id": fc.claim_id,
    }
