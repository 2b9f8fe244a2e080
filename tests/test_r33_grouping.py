"""Two questions of people counted in two words are one dispute (round 33).

A strike's turnout is "70,000 people" to a union and "between 30,000 and 35,000 strikers"
to an observatory: the draft had two questions, each a dispute of its own, and the
journalist had to see that they are one. Texts are written for the tests.
"""

from __future__ import annotations

from provenance.extract import extract_text

STRIKE = ("Rail strike: union and ministry far apart on turnout\n\n"
          "The Federation of Rail Workers said 70,000 people joined the strike on Monday. "
          "The Ministry of Transport said only 14,000 people joined the strike on Monday.\n\n"
          "The Halden Labour Observatory, a research group, said between 30,000 and 35,000 "
          "strikers joined the strike on Monday, and the Rail Passengers Council said about "
          "25,000 strikers joined the strike on Monday.\n")


def _groups(text: str) -> dict[str, int | None]:
    return {fc.figure.text: fc.group for fc in extract_text(text).figures}


def test_people_and_strikers_five_times_apart_are_one_question() -> None:
    g = _groups(STRIKE)
    assert g["70,000 people"] == g["only 14,000 people"] == g["between 30,000 and 35,000"] \
        == g["about 25,000 strikers"] is not None


def test_a_question_of_things_beside_them_stays_its_own() -> None:
    g = _groups(STRIKE + "\nThe ministry said 300 schools closed on Monday; the federation "
                "said 1,100 schools closed on Monday.\n")
    assert g["70,000 people"] == g["about 25,000 strikers"] is not None
    assert g["300 schools"] == g["1,100 schools"] is not None
    assert g["300 schools"] != g["70,000 people"]


def test_the_dead_and_the_injured_stay_two_questions() -> None:
    g = _groups("Quake toll disputed\n\nThe interior ministry said 40 people died in the "
                "quake. The Red Crescent said 75 people died in the quake.\n\nThe health "
                "ministry said 300 people were injured in the quake, and the Red Cross said "
                "250 people were injured in the quake.\n")
    assert g["40 people"] == g["75 people"] is not None
    assert g["300 people"] == g["250 people"] is not None
    assert g["40 people"] != g["300 people"]
