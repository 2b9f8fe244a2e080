"""What a user reads of the studies a draft holds, for the studies tests: which study a
fragment of the text is a mention of. One helper, so the tests agree on "the study
mentioned here"."""

from __future__ import annotations

from provenance.extract import extract_text
from provenance.extract.records import StudyMention


def studies(text: str) -> list[StudyMention]:
    """The studies and reports the draft of ``text`` would hold."""
    return extract_text(text).studies


def study_at(found: list[StudyMention], text: str, fragment: str) -> StudyMention | None:
    """The study one of whose mentions overlaps ``fragment`` of ``text`` (None: no study)."""
    at = text.index(fragment)
    end = at + len(fragment)
    return next((s for s in found if any(a < end and at < b for a, b in s.mentions)), None)
