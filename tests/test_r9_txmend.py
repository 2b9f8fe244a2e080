"""Ordinary articles that the transcript forms of speech/interview.py misread as turns.

A place heading in capitals ("KENT") alone on its line is no voice, and a paragraph that
gives its news to a third party with a cue ("..., the county council said") is the
article's reporting, not a turn. A candidate's name as a heading over a profile of them
("RITA OSEI" / "Rita Osei, 61, a retired nurse, ...") is a heading too. A paper's summary
of each candidate's stand ("Rita Osei, Independent: Wants free buses ...") opens with a
verb and no subject: the paper's words, no turn. Real transcripts (tests/test_r9_transcript.py)
still read.

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

from provenance.extract import extract_text
from tests.speechcases import said

REGIONS = (
    "Heatwave: the picture across the south\n\n"
    "KENT\n\n"
    "Two schools in Maidstone closed early on Tuesday, the county council said.\n\n"
    "SURREY\n\n"
    "About 1,200 homes in Surrey were left without water, the water company said. Kent was "
    "also affected.\n\n"
    "SUSSEX\n\n"
    "Sussex Police shut 4 roads after the tarmac melted.\n"
)


def test_place_headings_in_capitals_are_no_speakers():
    assert said(REGIONS) == []
    src = {f.figure.text: (f.source.name if f.source else None)
           for f in extract_text(REGIONS).figures}
    assert not any(name in ("Kent", "Surrey", "Sussex") for name in src.values()), src


def test_a_one_word_heading_named_elsewhere_is_no_voice_once():
    # each town is written as a name elsewhere, in small letters: still a heading, not
    # a voice (one word alone is one when it recurs or is the surname of another label)
    text = (
        "Snow: how the towns are coping\n\n"
        "Drifts closed the road into Stirling overnight.\n\n"
        "PERTH\n\n"
        "Bins will not be collected until Monday.\n\n"
        "DUNDEE\n\n"
        "Two primary schools stayed shut, and buses to Perth were cancelled.\n\n"
        "STIRLING\n\n"
        "The road reopened at noon after Dundee sent 2 ploughs.\n"
    )
    assert said(text) == []


def test_a_place_heading_twice_over_reporting_is_no_voice():
    text = (
        "Flooding: live updates\n\n"
        "YORK\n\n"
        "The Ouse peaked at 4.1 metres overnight, the Environment Agency said.\n\n"
        "LEEDS\n\n"
        "Three rest centres opened in the city, the council said.\n\n"
        "YORK\n\n"
        "About 40 properties were flooded in the Foss basin, North Yorkshire Fire and "
        "Rescue said.\n\n"
        "LEEDS\n\n"
        "Rail services to Harrogate were suspended, Northern said.\n"
    )
    assert said(text) == []


PROFILES = (
    "Who is standing in Eastfield\n\n"
    "Four candidates are contesting next week's council by-election.\n\n"
    "RITA OSEI\n\n"
    "Rita Osei, 61, a retired nurse, has chaired the tenants' group for nine years. She "
    "wants 800 more social homes.\n\n"
    "DAN HOLT\n\n"
    "Dan Holt, 29, runs a bike shop on Canal Street. He says footfall has fallen by a "
    "quarter.\n\n"
    "MEG LOWRY\n\n"
    "Meg Lowry, 47, is a solicitor and a parish councillor.\n"
)

PROFILES_BY_SURNAME = (
    "Who is standing in Eastfield\n\n"
    "Four candidates are contesting next week's council by-election. Rita Osei, Dan Holt "
    "and Meg Lowry tell us what they would do first.\n\n"
    "RITA OSEI\n\n"
    "A retired nurse who has chaired the tenants' group for nine years, Osei wants 800 more "
    "social homes.\n\n"
    "DAN HOLT\n\n"
    "The bike shop owner says footfall has fallen by a quarter and promises free parking on "
    "Saturdays.\n\n"
    "MEG LOWRY\n\n"
    "A solicitor and parish councillor, Lowry is standing for the first time.\n"
)


def test_a_candidate_s_name_over_a_profile_of_them_is_a_heading():
    assert said(PROFILES) == []
    assert said(PROFILES_BY_SURNAME) == []
    src = {f.figure.text: (f.source.name if f.source else None)
           for f in extract_text(PROFILES_BY_SURNAME).figures}
    assert "Rita Osei" not in src.values() or all(
        "800" not in t for t, n in src.items() if n == "Rita Osei"), src


def test_a_paper_s_summary_of_each_stand_is_no_turn():
    text = (
        "Where the candidates stand on buses\n\n"
        "Rita Osei, Dan Holt and Meg Lowry are standing in Eastfield next week. Here is "
        "what each has promised.\n\n"
        "Rita Osei, Independent: Wants free buses for under-18s and a later last bus.\n\n"
        "Dan Holt, Liberal Democrat: Backs a bus franchise and would add 12 routes.\n\n"
        "Meg Lowry, Reform: Opposes the franchise and would cut fares by 10p.\n"
    )
    assert said(text) == []


def test_a_transcript_s_turns_still_read():
    # a name alone over a turn in the first person, a surname recurring alone
    text = (
        "Nightline: the ferry strike\n\n"
        "ANCHOR\n\n"
        "The ferry crews walked out at midnight. With me is their union's Ola Brandt.\n\n"
        "OLA BRANDT\n\n"
        "We did not want this. Our crews have had no rise for 3 years.\n\n"
        "ANCHOR\n\n"
        "The operator says it offered 5 per cent.\n\n"
        "BRANDT\n\n"
        "It offered 5 per cent over three years. That is a cut.\n\n"
        "ANCHOR\n\n"
        "And the passengers?\n\n"
        "BRANDT\n\n"
        "They have our apology.\n"
    )
    got = said(text)
    assert [who for who, _q in got] == ["Ola Brandt"] * 3, got
    panel = (
        "Morning Panel\n\n"
        "HOST: Two guests on the rail fares rise. Ines, you first.\n\n"
        "INES ROTH, commuters' group: Thanks. Fares are up 6 per cent again, and I pay it.\n\n"
        "HOST: And the operator?\n\n"
        "PAVEL NOVAK, operator: Plans for a freeze were costed. Our costs went up 11 per "
        "cent.\n"
    )
    # a turn opening with a plural noun ('Plans for') or 'Thanks' is no summary
    assert [who for who, _q in said(panel)] == ["Ines Roth", "Pavel Novak"], said(panel)
