"""How much reading a paragraph's quotation marks takes: linear in the marks, however many
quotations one line holds.

Each mark asked whether only white space came before it in its paragraph by copying the
paragraph from its start (``text[ps:i].strip()``): reading a pasted article of one line
with 16,000 quotations took 1.0 s of CPU, with 32,000 5.1 s (now 0.17 and 0.29 s). These
tests count the characters the reading copies out of the text, not seconds, so they hold
on a loaded machine.
"""

from __future__ import annotations

from typing import Any

import pytest

from provenance.speech import analyse
from provenance.speech.quotes import Paragraphs, find_pieces, group_pieces
from provenance.speech.speakers import cue_gap


class _CountedText(str):
    """A text that counts the characters its slices copy."""

    copied = 0

    def __getitem__(self, key: Any) -> Any:
        got = str.__getitem__(self, key)
        if isinstance(key, slice):
            _CountedText.copied += len(got)
        return got


def _line(n: int, cue: bool) -> str:
    said = ", said Dr Ann Lee" if cue else ""
    return "Report.\n" + " ".join(
        f"“We counted {i} cases in ward {i}{',' if cue else '.'}”{said}." for i in range(n)
    ) + "\n"


def _copied_reading_marks(n: int, cue: bool) -> int:
    text = _line(n, cue)
    paras = Paragraphs(text)
    counted = _CountedText(text)
    _CountedText.copied = 0
    pieces = find_pieces(counted, paras)
    groups = group_pieces(counted, pieces, paras, cue_gap)
    assert len(pieces) == n and groups
    return _CountedText.copied


@pytest.mark.parametrize("cue", [True, False])
def test_reading_the_marks_of_one_line_copies_a_bounded_amount_per_quotation(cue: bool) -> None:
    small, large = _copied_reading_marks(500, cue), _copied_reading_marks(2000, cue)
    # what is copied is the quotations' own gaps (tens of characters each), never the
    # line from its start again for each mark (the old reading copied 40 million
    # characters for 2,000 quotations)
    assert large <= 60 * 2000
    assert large <= 4.5 * max(small, 1)


def test_a_line_of_many_quotations_reads_as_before() -> None:
    """The quick test gives the same pieces: each quotation its own statement, its mark
    at a paragraph's start or after a space opening it."""
    text = "“We counted 3 cases,” said Dr Ann Lee.\n  “And 4 more,” she said. “Then 5,” Lee said.\n"
    speech = analyse(text)
    assert [text[s:e] for st in speech.statements for s, e in st.spans] == [
        "We counted 3 cases", "And 4 more", "Then 5"]
    assert {st.speaker for st in speech.statements} == {"Ann Lee"}
