"""The draft's frame on pages pasted whole: a headline of two short sentences above the
byline, a cookie banner above it, a publication's name under the headline."""

from __future__ import annotations

from provenance.extract import extract_text

_BODY = ("\n\nBy Odile Franck\nPublished 3 March 2026\n\n"
         "The river authority said on Monday that 41 barges had been held at the lock, "
         "while the bargemen's union put the number at 90.\n")


def test_two_short_sentences_above_the_byline_are_the_headline() -> None:
    ex = extract_text("The Valley Courier\n\nLock closure strands barges, union says. "
                      "The authority says fewer" + _BODY)
    assert ex.title == "Lock closure strands barges, union says. The authority says fewer"


def test_a_cookie_banner_above_the_headline_is_not_the_title() -> None:
    ex = extract_text("We and our partners use cookies to measure traffic. Accept all / Reject"
                      "\n\nLock closure strands dozens of barges" + _BODY)
    assert ex.title == "Lock closure strands dozens of barges"


def test_a_publications_name_under_the_headline_is_the_outlet() -> None:
    ex = extract_text("Lock closure strands barges. How many depends on who counts\n\n"
                      "THE CANAL GAZETTE" + _BODY)
    assert ex.title == "Lock closure strands barges. How many depends on who counts"
    assert ex.venue == "THE CANAL GAZETTE"
