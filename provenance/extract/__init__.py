"""Turn a raw article into a first-draft dossier: quotes, speakers, numbers, studies.

``extract_text(text)`` returns an :class:`Extraction` (plain records, offsets
into ``text``); ``generate_draft`` renders it as dossier YAML with review
comments; ``write_draft`` writes the folder atomically. Everything here is a
heuristic first draft for a journalist to review, never a verdict.
"""

from __future__ import annotations

from .records import Extraction, NumberMention, PersonDraft, Statement, StudyMention


def extract_text(text: str) -> Extraction:
    """Find who says what in ``text``, and the numbers and studies it mentions."""
    from .quotes import Paragraphs
    from .speakers import Mentions, People
    from .statements import find_statements

    paras = Paragraphs(text)
    people = People()
    mentions = Mentions(text)
    statements = find_statements(text, paras, people, mentions)
    ex = Extraction(text=text, people=people.persons, statements=statements)
    return ex


__all__ = [
    "Extraction",
    "NumberMention",
    "PersonDraft",
    "Statement",
    "StudyMention",
    "extract_text",
]
