"""Mends from a review of round 10's speech rules on texts of the reviewer's own: a "he"
right after a "she" is someone else; "His answer:" after "Asked ..., Olsen hesitated." is
Olsen's; "the company" is not an analyst speaking of another company; a job opening the
sentence is no part of a name. Texts written for these tests."""

from __future__ import annotations

from tests.speechcases import said


def test_a_he_right_after_a_shes_quotation_is_someone_else() -> None:
    got = said('Ines Roca objected. "No," she said. Mark Tully shrugged. "Perhaps," he said.')
    assert got == [("Ines Roca", "No"), ("Mark Tully", "Perhaps")]


def test_his_answer_after_an_asked_clause_is_the_one_asked() -> None:
    got = said('Ines Roca objected. She said: "No." Asked whether fares would rise, Tully '
               'paused. His answer: "Perhaps next spring."')
    assert got[-1] == ("Tully", "Perhaps next spring.")


def test_his_answer_is_not_a_woman_asked_before() -> None:
    got = said('Asked whether fares would rise, Ines Roca paused. His answer: "Not yet."')
    assert got == [(None, "Not yet.")]


def test_the_company_is_not_the_analyst_speaking_of_another() -> None:
    got = said("Kepler says Brightline is overvalued. In a statement, the company said "
               "\u201cour order book has never been fuller.\u201d")
    assert got[0][0] != "Kepler"


def test_a_job_opening_the_sentence_is_no_part_of_the_name() -> None:
    got = said('Historian Dalia Korn said: "The old register was never complete, and '
               'everyone knew it."')
    assert got[0][0] == "Dalia Korn"
