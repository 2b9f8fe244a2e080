"""Mends of r9-txmend's guards, which dropped real transcripts.

A name alone on its line that recurs is a voice that speaks twice or more: its turns may
speak of someone else in the third person ("He would say that") or cite a third party
("the regulator has said so") and stay its turns; only a paragraph opening with the
label's own name is a profile under a heading. A place heading that recurs ("YORK") keeps
the third-person tests (tests/test_r9_txmend.py). A turn opening "Says who?" is an
answer, not a paper's summary of a stand.

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

from tests.speechcases import said


def speakers(text: str) -> list[str | None]:
    return [s for s, _q in said(text)]


TURNS = (
    "Transcript: Drive Time, Thursday\n\n"
    "MAYA FENWICK\n"
    "Minister, the rail watchdog says the timetable change cost 14,000 seats a day.\n\n"
    "OWEN PRIDDY\n"
    "{first}\n\n"
    "MAYA FENWICK\n"
    "The union puts it at 20,000. {second_q}\n\n"
    "OWEN PRIDDY\n"
    "{second}\n"
)


def test_a_recurring_name_alone_keeps_a_turn_that_cites_a_third_party():
    text = TURNS.format(
        first="The watchdog is mistaken. The loss is 3,000 seats, and the operator has said so.",
        second_q="Are they wrong?", second="They are. The old franchise cut 6,000 seats.")
    assert speakers(text) == ["Maya Fenwick", "Owen Priddy", "Maya Fenwick", "Owen Priddy"]


def test_a_recurring_name_alone_keeps_a_turn_about_someone_else():
    text = TURNS.format(
        first="The watchdog is mistaken. The change added 3,000 seats.",
        second_q="Its general secretary says your plan has failed.",
        second="He would say that. His members turned down a rise of 6 per cent.")
    assert speakers(text) == ["Maya Fenwick", "Owen Priddy", "Maya Fenwick", "Owen Priddy"]


def test_both_together():
    text = TURNS.format(
        first="The watchdog is mistaken. The loss is 3,000 seats, and the operator has said so.",
        second_q="He says your numbers are wrong.",
        second="He would say that. His members turned down a rise of 6 per cent.")
    assert speakers(text) == ["Maya Fenwick", "Owen Priddy", "Maya Fenwick", "Owen Priddy"]


def test_a_recurring_name_over_a_profile_of_them_is_still_a_heading():
    text = (
        "Who is standing in Millbrook\n\n"
        "TOM REDDING\n\n"
        "Tom Redding, 52, farms sheep above the village.\n\n"
        "JUNE ASKEW\n\n"
        "June Askew, 38, teaches at the primary school.\n\n"
        "TOM REDDING\n\n"
        "Redding says the bypass would cost 40 jobs.\n\n"
        "JUNE ASKEW\n\n"
        "Askew backs the bypass.\n"
    )
    assert said(text) == []


def test_says_who_is_an_answer_not_a_summary():
    text = (
        "Transcript: the housing minister on rough sleeping\n\n"
        "PRESENTER: Minister, councils counted 4,100 people sleeping rough last autumn.\n\n"
        "LENA CORBY: That count is a single night. Over the year it was lower.\n\n"
        "PRESENTER: Shelter says the true number is nearer 9,000.\n\n"
        "LENA CORBY: Says who? Shelter counts anyone who calls its helpline. We have cut "
        "it by 600 since March.\n"
    )
    got = said(text)
    assert any(s == "Lena Corby" and "helpline" in q for s, q in got), got


def test_says_so_and_says_it_all_are_answers():
    for opening in ("Says so in the report. We found 300 more beds.",
                    "Says it all, really. We found 300 more beds."):
        text = (
            "Transcript: the health board on winter beds\n\n"
            "HOST: The board promised 500 extra beds.\n\n"
            "RAJ BELLAMY: We have opened 420 of them.\n\n"
            "HOST: The auditors say that is not enough.\n\n"
            f"RAJ BELLAMY: {opening}\n"
        )
        got = said(text)
        assert any(s == "Raj Bellamy" and "300" in q for s, q in got), (opening, got)


def test_a_recurring_heading_of_two_words_over_reporting_is_no_voice():
    # every paragraph under it gives its news to a third party: a heading, even recurring
    text = (
        "Storm Ivo: live updates\n\n"
        "NORTH WALES\n\n"
        "Power was cut to 2,000 homes near Bangor, Scottish Power said.\n\n"
        "SOUTH WALES\n\n"
        "Two roads flooded in Newport, the council said.\n\n"
        "NORTH WALES\n\n"
        "The coast road reopened at noon, North Wales Police said.\n\n"
        "SOUTH WALES\n\n"
        "Trains to Cardiff were cancelled, Network Rail said.\n"
    )
    assert said(text) == []
