"""A bare number a second source says right after a first source said a figure with its
unit ("The union says 47 weeks. The agency says 24."; "Police say 50 people died.
Organisers say 80.") is a figure of the same quantity in the same unit, as
point-counterpoint writing leaves the unit out. Before, a small bare number was dropped
and the dispute lost one side. Of another order ("It says 2,000"), it is no such figure.
Short texts written for these tests.
"""

from __future__ import annotations

from provenance.extract import extract_text
from tests.figurecases import questions


def test_a_bare_count_said_after_a_count_is_the_same_quantity(tmp_path):
    body = "March\n\nThe march was big.\n\nPolice say 50 people died. Organisers say 80.\n"
    assert list(questions(body, tmp_path).values()) == [["50 people (police)",
                                                         "80 (organisers)"]]


def test_a_bare_number_said_after_a_length_of_time_is_that_length(tmp_path):
    body = ("Waiting times\n\nThe average wait for a first appointment has become a fight of "
            "its own.\n\nThe union says the average wait is 47 weeks. The agency says 24.\n")
    qs = questions(body, tmp_path)
    assert [sorted(v) for v in qs.values()] == [["24 (agency)", "47 weeks (union)"]]
    # and the 24 is weeks, as the draft records it
    assert {(fc.figure.value, fc.figure.unit) for fc in extract_text(body).figures} == {
        (47, "weeks"), (24, "weeks")}


def test_a_bare_number_of_another_order_is_not_said_again(tmp_path):
    body = ("Waiting times\n\nThe union says the average wait is 47 weeks. The agency says "
            "2,000.\n\nThe health service says the average wait is 31 weeks.\n")
    # the question the user sees has the two waits in weeks, no "2,000 weeks"
    assert [sorted(v) for v in questions(body, tmp_path).values()] == [
        ["31 weeks (health service)", "47 weeks (union)"]]


def test_a_bare_number_with_its_own_verb_is_no_second_side(tmp_path):
    # "30 were rescued" counts other people than the 50 who died: no question is contested
    # and no figure of 30 deaths appears
    body = ("Fire\n\nPolice say 50 people died in the fire. Firefighters say 30 were "
            "rescued.\n")
    assert questions(body, tmp_path) == {}
    assert [(fc.figure.value, fc.figure.unit) for fc in extract_text(body).figures
            if fc.figure.value == 30] in ([], [(30, None)])


def test_a_bare_number_injured_is_not_a_second_death_toll(tmp_path):
    body = "Flood\n\nThe Red Cross says 75 people died. The agency says 40 were injured.\n"
    assert questions(body, tmp_path) == {}
    # (the 40 injured are a count of their own, in their own state: never deaths)
    got = {fc.figure.text: fc.quantity for fc in extract_text(body).figures}
    assert got["75 people"] == "death"
    assert got.get("40", "injured") == "injured"


def test_a_bare_number_ending_its_sentence_after_a_hedge_is_said_again(tmp_path):
    body = ("March\n\nThe march was big.\n\nPolice say 5,000 people. Organisers say "
            "20,000 or so.\n")
    assert [sorted(v) for v in questions(body, tmp_path).values()] == [
        ["20,000 (organisers)", "5,000 people (police)"]]
