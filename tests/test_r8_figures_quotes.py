"""Quotation marks typed as two characters, as the AP wire and plain-text archives write
them (``Like this,″ she said; ``or this,'' he said), are quotations with speakers like
curly or straight ones. Before, a text quoted that way had no statements at all. An inch
mark (5′10″) or a pair of apostrophes with no `` before them opens or closes nothing.
Short texts written for these tests.
"""

from __future__ import annotations

import pytest

from provenance.speech import analyse
from tests.speechcases import assert_speakers, case

WIRE = ("Storm floods river towns\n\n"
        "RIVERTON (AP) _ Floodwater covered the main road on Monday, officials said.\n\n"
        "``We have never seen the river this high,\u2033 Mayor Joan Pell said. ``The bridge "
        "is closed until further notice.\u2033\n\n"
        "The fire chief, Omar Reyes, said crews had rescued 40 people. He added: ``Some "
        "of them had been on their roofs all night.\u2033\n")

ARCHIVE = ("Council approves budget\n\n"
           "The council approved the budget on Tuesday.\n\n"
           "``It is a fair settlement for everyone,'' said Councillor Mary Dunn.\n\n"
           "Her colleague Tom Hale disagreed. ``We will pay for this next year,'' he said.\n")


@pytest.mark.parametrize(("text", "expected"), [
    case("AP double backtick and double prime, split around the cue", WIRE,
         {"We have never": "Joan Pell", "Some of them": "Omar Reyes"}),
    case("archive double backtick closed by two apostrophes", ARCHIVE,
         {"It is a fair": "Mary Dunn", "We will pay": "Tom Hale"}),
])
def test_typed_double_marks_quote(text, expected):
    assert_speakers(text, expected)


def test_the_quoted_words_keep_their_place_in_the_text():
    st = analyse(WIRE).statements
    first = next(s for s in st if s.quote.startswith("We have never"))
    a, b = first.spans[0]
    assert WIRE[a:b].startswith("We have never seen the river this high")


def test_an_inch_mark_is_no_quotation():
    text = ("Tall order\n\nThe new centre is 6\u20322\u2033 tall, the club said.\n\n"
            "``He will change how we play,\u2033 coach Ana Ruiz said.\n")
    pairs = [(s.quote, s.speaker) for s in analyse(text).statements]
    assert pairs == [("He will change how we play", "Ana Ruiz")]


#: Paragraphs a stranger's text can hold: many opening marks and no close, and many closing
#: marks with one opening mark at the end. Reading them once took time with the square of
#: the paragraph (both marks were searched for again from each mark).
TYPED_SHAPES = {
    "openings and no close": lambda n: "``a " * n,
    "closings and one opening at the end": lambda n: "a'' " * n + "``b",
}


@pytest.mark.parametrize("shape", sorted(TYPED_SHAPES))
def test_typed_marks_are_read_in_time_linear_in_the_paragraph(shape: str) -> None:
    from provenance.speech.quotes import Paragraphs, typed_quoted
    from tests.test_numbers_linear import _cpu

    make = TYPED_SHAPES[shape]
    small_text, big_text = make(2000), make(8000)
    small_paras, big_paras = Paragraphs(small_text), Paragraphs(big_text)
    small = _cpu(lambda t: typed_quoted(t, small_paras), small_text)
    big = _cpu(lambda t: typed_quoted(t, big_paras), big_text)
    assert big / small < 8, (shape, small, big)
    # and the marks are still read: every `` becomes an opening double mark
    assert typed_quoted(small_text, small_paras).count("\u201c") == small_text.count("``")
