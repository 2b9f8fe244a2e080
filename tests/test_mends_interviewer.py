"""A transcript's interviewer asks and relays; she does not claim (review r7 F5).

Her labelled turns ("RACHEL MOSS: ...") are context, like a "Q:" turn: no statement of
hers, no drafted claim in her name, and a figure she gives to someone else ("The
opposition says it is 25,000") is that someone's, not her position. She is the one the
introduction names as holding the interview ("Rachel Moss spoke to the mayor"), or, with
no such sentence, the one whose turns are mostly questions beside someone whose turns are
not.

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from provenance.extract import extract_text
from provenance.speech import analyse


def transcript(host: str, label: str, intro: bool = True) -> str:
    return ("Interview: the mayor on housing\n\n"
            + (f"{host} spoke to the mayor of Bristol, Tom Hughes, about the housing crisis."
               "\n\n" if intro else "")
            + f"{label}: How many people are on the waiting list?\n\n"
            "TOM HUGHES: About 18,000 households. It has doubled in five years.\n\n"
            f"{label}: The opposition says it is 25,000.\n\n"
            "TOM HUGHES: They are counting people who have already been housed. Our figure "
            "is 18,000.\n\n"
            f"{label}: And how many homes will you build?\n\n"
            "TOM HUGHES: We will build 3,000 council homes by 2030.\n")


CASES = [
    ("Rachel Moss", "RACHEL MOSS", True),
    ("Rachel Moss", "MOSS", True),
    ("Our reporter Dev Shah", "DEV SHAH", True),
    ("Rachel Moss", "RACHEL MOSS", False),  # no introduction: the one who asks
    ("Rachel Moss", "INTERVIEWER", True),  # (a "Q:"-like label, as before)
]


@pytest.mark.parametrize("host, label, intro", CASES)
def test_the_interviewer_s_turns_are_no_statements_of_hers(host: str, label: str,
                                                           intro: bool) -> None:
    text = transcript(host, label, intro)
    speech = analyse(text)
    assert {s.speaker for s in speech.statements} == {"Tom Hughes"}
    asked = [text[a:b] for a, b in speech.questions]
    assert any("How many people are on the waiting list?" in q for q in asked)
    assert any("The opposition says it is 25,000." in q for q in asked)


@pytest.mark.parametrize("host, label, intro", CASES)
def test_a_figure_she_relays_is_not_her_position(host: str, label: str, intro: bool) -> None:
    ex = extract_text(transcript(host, label, intro))
    assert [p.name for p in ex.people] == ["Tom Hughes"]
    (relayed,) = [f for f in ex.figures if f.figure.text == "25,000"]
    assert relayed.source is None or relayed.source.name == "opposition"
    hughes = [f.figure.text for f in ex.figures
              if f.source is not None and f.source.person_id == "hughes"]
    assert "About 18,000 households" in hughes and "3,000 council homes" in hughes


def test_a_figure_she_puts_with_no_cue_is_nobody_s_claim() -> None:
    text = ("The mayor on the budget\n\n"
            "Nadia Rahman spoke to the mayor, Tom Kerr.\n\n"
            "NADIA RAHMAN: Mr Kerr, £12 million. Last year it was £9 million. Why should "
            "anyone believe it?\n\n"
            "TOM KERR: Because we have finished the review. It is £12 million.\n\n"
            "NADIA RAHMAN: Campaigners say 2,000 households are in arrears.\n\n"
            "TOM KERR: It is closer to 900.\n")
    ex = extract_text(text)
    assert all(f.source is None or f.source.name != "Nadia Rahman" for f in ex.figures)
    (nine,) = [f for f in ex.figures if f.figure.text == "£9 million"]
    assert nine.source is None
    (arrears,) = [f for f in ex.figures if f.figure.text == "2,000 households"]
    assert arrears.source is not None and arrears.source.name == "campaigners"
    assert [s.speaker for s in ex.statements] == ["Tom Kerr", "Tom Kerr"]


def test_two_guests_who_answer_are_both_speakers() -> None:
    # the host of a panel is the one asking; each guest's turns stay their statements,
    # one question of a guest's ("Why would we?") does not make them the interviewer
    text = ("Harbour dredging\n\n"
            "Owen Blake spoke to the engineer, Dr Dev Malhotra, and the fishermen's leader, "
            "Grace Okafor.\n\n"
            "OWEN BLAKE: Dr Malhotra, why so much?\n\n"
            "DEV MALHOTRA: Because the silt is deeper than the old survey showed.\n\n"
            "OWEN BLAKE: Grace Okafor, do you accept that?\n\n"
            "GRACE OKAFOR: No. Why would we?\n\n"
            "OWEN BLAKE: A last word?\n\n"
            "GRACE OKAFOR: We will be at the harbour gates.\n\n"
            "DEV MALHOTRA: The work starts in May.\n")
    got = {s.speaker for s in analyse(text).statements}
    assert got == {"Dev Malhotra", "Grace Okafor"}
