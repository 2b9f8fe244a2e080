"""A person named after an outlet's or a company's possessive is that person for both
engines: "CNN's Jake Tapper said 80 million watched" is Jake Tapper's figure, the same
Jake Tapper the speech engine drafts, weighed as a person like the others (review r7 F14).
A body's whole name with a possessive ("People's Party") stays the body.

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from provenance.extract import extract_text
from provenance.speech.speakers import person_after_possessive


@pytest.mark.parametrize("owner, person", [
    ("CNN's", "Jake Tapper"),
    ("Fox News'", "Chris Wallace"),
    ("Reuters’", "Mei Lin"),
    ("Tesco's", "Ken Murphy"),
    ("the BBC's", "Laura Kuenssberg"),
])
def test_figure_of_a_person_after_a_possessive_is_the_person(owner: str, person: str) -> None:
    text = ("Debate audience\n\n"
            f"{owner[0].upper()}{owner[1:]} {person} said 80 million people watched. "
            f"\"Nobody expected it,\" {person.split()[-1]} said.\n")
    ex = extract_text(text)
    assert [p.name for p in ex.people] == [person]
    (fig,) = [f for f in ex.figures if f.figure.text.startswith("80 million")]
    assert fig.source is not None
    assert (fig.source.name, fig.source.kind) == (person, "person")
    assert fig.source.person_id == ex.people[0].id


def test_two_journalists_of_one_dispute_are_both_people() -> None:
    text = ("Debate\n\n"
            "Fox News' Chris Wallace said 70 million people watched. Reuters' John Smith said "
            "60 million watched. CNN's Jake Tapper said 80 million watched.\n")
    ex = extract_text(text)
    assert sorted(p.name for p in ex.people) == ["Chris Wallace", "Jake Tapper", "John Smith"]
    got = {f.figure.text: f.source and (f.source.name, f.source.kind) for f in ex.figures}
    assert got["80 million"] == ("Jake Tapper", "person")
    assert got["60 million"] == ("John Smith", "person")


@pytest.mark.parametrize("name", [
    "People's Party", "Women's Health Council", "Children's Hospital Oakland",
    "Hunters' Association", "Jake Tapper",
])
def test_a_body_named_with_a_possessive_keeps_its_whole_name(name: str) -> None:
    assert person_after_possessive(name) == name


def test_a_body_with_a_possessive_stays_the_source() -> None:
    text = ("Turnout\n\n"
            "The Women's Health Council said 4,000 people had signed the petition.\n")
    ex = extract_text(text)
    (fig,) = ex.figures
    assert fig.source is not None and fig.source.name == "Women's Health Council"
    assert fig.source.kind == "organisation"
