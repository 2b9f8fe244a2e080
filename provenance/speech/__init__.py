"""The speech engine: who says what in a text, for ``extract`` and ``check`` alike.

One reading of news and interview prose, used by every command that must say
who spoke:

* :mod:`.quotes`: paragraphs (one a line, as a web page pastes them) and
  quotation marks as the web writes them;
* :mod:`.furniture`: the page around the article (headline, byline,
  dateline, ``Advertisement``, captions, ``URL:`` lines), which nobody says;
* :mod:`.speakers`: cue verbs, names (titles, initials, folding), pronouns,
  sentences;
* :mod:`.interview`: question-and-answer labels, counted only where they
  recur as turns;
* :mod:`.statements`: quotations and answers with their speakers;
* :mod:`.attribute`: :func:`analyse` a text once, then :func:`attribute` any
  span of it to a speaker with a verdict.

``extract`` writes a draft's ``by:`` from :func:`analyse`; ``check`` judges a
dossier's ``by:`` with :func:`attribute` over the same analysis.
"""

from __future__ import annotations

from .attribute import (
    VERDICTS,
    Attribution,
    Speaker,
    Speech,
    analyse,
    attribute,
    match_person,
    same_person,
    speaker_at,
)
from .records import PersonDraft, Statement

__all__ = [
    "VERDICTS",
    "Attribution",
    "PersonDraft",
    "Speaker",
    "Speech",
    "Statement",
    "analyse",
    "attribute",
    "match_person",
    "same_person",
    "speaker_at",
]
