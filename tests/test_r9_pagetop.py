"""The top of a page pasted whole: masthead, tagline, sections, headline, byline. The
draft's title is the headline and its venue the masthead, not the outlet's name as the
title (found trying pasted pages as a user: 'Draft: Coral Science Weekly')."""
from pathlib import Path

import pytest

from provenance.extract import extract_text

BODY = (
    "The harbour board said on Monday that 1,200 boats were moored in the bay. “We counted "
    "every one,” said Ana Ruiz, the board's chair. Fishers put the number at 900.\n"
)


def test_masthead_tagline_and_section_are_not_the_title() -> None:
    text = ("The Lowland Courier\nIndependent news for the river towns\n\nHARBOUR\n\n"
            "Boat count splits harbour board and fishers\n\n"
            "By Tom Vance | 4 May 2025\n\n" + BODY)
    ex = extract_text(text)
    assert ex.title == "Boat count splits harbour board and fishers"
    assert ex.venue == "The Lowland Courier"


def test_kicker_headline_with_a_standfirst_keeps_the_headline() -> None:
    text = ("Q&A: how many boats are in the bay?\n"
            "The harbour board and the fishers disagree by a third\n"
            "By Tom Vance\n\n" + BODY)
    assert extract_text(text).title == "How many boats are in the bay?"


def test_press_release_labels_and_dateline_are_not_the_title() -> None:
    text = ("MEDIA STATEMENT\n\nFOR IMMEDIATE RELEASE\n\nPortvale, 12 March 2025\n\n"
            "HARBOUR BOARD CONFIRMS BOAT COUNT\n\n" + BODY)
    ex = extract_text(text)
    assert ex.title == "HARBOUR BOARD CONFIRMS BOAT COUNT"
    assert ex.date == "2025-03-12"


def test_role_byline_without_by_is_not_the_title() -> None:
    text = ("The Lowland Courier\nHome | Towns | Portvale\n\n"
            "Boat count: 1,200 in the bay, or 900?\n\nStaff Correspondent, Portvale\n"
            "Published: 09 July 2024, 10:42 PM\n\n" + BODY)
    assert extract_text(text).title == "Boat count: 1,200 in the bay, or 900?"


def test_counts_read_as_english(tmp_path: Path) -> None:
    """'1 questions', '1 statements' in the header and the summary read as a machine's."""
    from typer.testing import CliRunner

    from provenance.cli import app
    from provenance.text import counted

    assert counted(1, "question") == "1 question"
    assert counted(1200, "person", "people") == "1,200 people"
    art = tmp_path / "boats.txt"
    art.write_text("Boat count splits harbour board and fishers\n\nBy Tom Vance\n\n" + BODY,
                   encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(art), "-o", str(tmp_path / "d")])
    assert res.exit_code == 0, res.output
    assert "1 statement (" in res.output
    page = tmp_path / "p.html"
    res = CliRunner().invoke(app, ["render", str(tmp_path / "d"), "-o", str(page), "-q"])
    assert res.exit_code == 0, res.output
    assert "1 question ·" in page.read_text(encoding="utf-8")


# a review's cases: a headline and its standfirst are not a masthead and its headline
@pytest.mark.parametrize("top, title", [
    ("Council Approves New Budget\nSpending plan adds 40 police officers and raises parking "
     "fees\nBy Maria Lopez\n\n", "Council Approves New Budget"),
    ("NURSES VOTE TO STRIKE\nWalkout at 14 hospitals could begin next week\nBy Jo Hale\n\n",
     "NURSES VOTE TO STRIKE"),
    ("Heatwave Grips Southern Spain\n5 min read\nBy Ana Ruiz\n\n", "Heatwave Grips Southern Spain"),
    ("Council cuts 200 staff\nUnions warn of deep cuts to care for the elderly\nBy Jane Roe\n\n",
     "Council cuts 200 staff"),
    ("Update: iPhone sales slump in China\nBy Jo Hale\n\n", "iPhone sales slump in China"),
    ("The Riverside Gazette\nMayor Vows Action on Potholes\nBy Tom Hale\n\n",
     "Mayor Vows Action on Potholes"),
    ("HARBOUR WEEKLY\nTrade › Ports\n\nBoat count: how many are in the bay?\n\n"
     "Portvale, 14 June 2025 — by Lukas Amsler\n\n", "Boat count: how many are in the bay?"),
    ("The Lowland Ledger\nHome / Towns\n\nBoat count splits harbour board and fishers\n\n"
     "Staff Correspondent | Portvale | Updated: March 11, 2025\n\n",
     "Boat count splits harbour board and fishers"),
])
def test_headline_not_lost_to_standfirst_or_masthead(top: str, title: str) -> None:
    assert extract_text(top + BODY).title == title


def test_a_place_or_a_date_after_a_dash_signs_nothing() -> None:
    for tail in ("Khan Younis, Tuesday", "Penguin Books, 2024 (320 pages)",
                 "Deir al-Balah, 14 January"):
        ex = extract_text(f"“We have no water and no bread.” — {tail}\n\nMore text here.\n")
        assert not [s for s in ex.statements if s.speaker and s.speaker in tail]


def test_a_hyphenated_fact_check_kicker_is_not_part_of_the_title() -> None:
    text = "Fact-check: do 1,200 boats moor in the bay?\n\nBy Tom Vance\n\n" + BODY
    assert extract_text(text).title == "Do 1,200 boats moor in the bay?"
