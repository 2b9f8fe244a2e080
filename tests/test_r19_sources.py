"""Round 19: figures as articles nobody here tuned to write them.

Texts written for these tests; each test names the construction it guards.
"""

from __future__ import annotations

from provenance.extract import extract_text
from provenance.numbers import parse_amounts, scan


def test_a_duration_in_hours_and_minutes_is_one_figure() -> None:
    # an emergency department's waits: "3 hours 10 minutes" is 190 minutes, not 3 hours and
    # a stray 10 minutes; a wait of "3 hours" beside it compares as 180 minutes
    got = [(f.text, f.value, f.unit) for f in scan(
        "Patients waited an average of 3 hours 10 minutes, against four hours and 25 "
        "minutes a year earlier and two years and six months for a hip.")]
    assert got == [("3 hours 10 minutes", 190.0, "minutes"),
                   ("four hours and 25 minutes", 265.0, "minutes"),
                   ("two years and six months", 30.0, "months")]
    shown = [a.describe() for a in parse_amounts("3 hours 10 minutes or 3 hours or 90 seconds")]
    assert shown == ["190 minutes", "3 hours", "90 seconds"]


def test_a_second_number_that_is_no_part_of_the_first_duration_stays_apart() -> None:
    # 75 minutes is more than an hour: two figures; "ago" dates, never adds
    got = [(f.text, f.value) for f in scan("The flight lasted 2 hours 75 minutes. "
                                           "It began 3 years 2 months ago.")]
    assert ("2 hours", 2.0) in got and ("75 minutes", 75.0) in got


def test_two_sources_waits_in_hours_and_minutes_are_one_dispute() -> None:
    ex = extract_text(
        "The Holm Vale hospital trust said patients waited an average of 3 hours 10 minutes "
        "in its emergency department last winter. The Holm Vale Patients' Forum put the "
        "average wait at four hours and 25 minutes.")
    got = {f.figure.text: f for f in ex.figures}
    assert set(got) == {"3 hours 10 minutes", "four hours and 25 minutes"}
    assert len({f.group for f in got.values()}) == 1
    assert None not in {f.group for f in got.values()}
