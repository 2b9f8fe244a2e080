"""Round 10 (wave 2), source finding that holds on text nobody tuned to: structural
fallbacks for figures the tool saw but gave no source. Short texts written for these tests
(their own topics, names and numbers)."""

from __future__ import annotations

from provenance.extract import extract_text


def _sources(text: str) -> dict[str, str | None]:
    return {fc.figure.text: (fc.source.name if fc.source else None)
            for fc in extract_text(text).figures}


# --- the owner of a possessive subject, whatever its head noun ---------------------------

_BIRDS = (
    "Wind farm bird deaths: who is counting?\n\n"
    "By Lena Ortiz\n\n"
    "Conservationists say the Harrow Sands wind farm kills thousands of birds a year.\n\n"
    "The Coastal Bird Trust, which has surveyed the site since 2019, estimates that 3,400 "
    "birds a year die at the turbines.\n\n"
    "The operator, Brightwater Energy, disputes the figure. Its own monitoring, carried out "
    "with radar and cameras on six of the 84 turbines, found that fewer than 500 birds a "
    "year collide with the blades.\n\n"
    "The trust's newsletter, which reaches 9,000 members, says 3,100 birds died last year.\n"
)


def test_its_owned_subject_is_the_body_the_sentence_before_opened_with():
    assert _sources(_BIRDS)["fewer than 500 birds"] == "Brightwater Energy"


def test_the_bodys_owned_subject_after_an_aside_is_that_body():
    assert _sources(_BIRDS)["3,100 birds"] == "Coastal Bird Trust"


_FLATS = (
    "How many homes will the new estate bring?\n\n"
    "Eastwick Borough Council's outline scheme for the 40-acre site, which is expected to "
    "cost £92m, states that 640 homes will be built by 2031.\n\n"
    "Residents of Fallow Lane say the true number is nearer 900 homes.\n"
)


def test_a_named_owners_document_with_an_aside_is_the_owners():
    assert _sources(_FLATS)["640 homes"] == "Eastwick Borough Council"

