"""The validator settles a reference to a record already read at once, and keeps the others
for the end: the problems, their words and their order are what they were when every
reference waited for the end.
"""

from __future__ import annotations

from typing import Any

from provenance.dossier import validate


def _problems(data: dict[str, Any]) -> list[tuple[tuple[str | int, ...], str, str]]:
    return [(f.path, f.message, f.hint) for f in validate(data).problems]


def test_references_up_and_down_the_file_resolve() -> None:
    data = {
        "title": "T",
        "questions": [{"id": "q1", "text": "Q?"}],
        "people": [{"id": "p1", "name": "Ann"}],
        "works": [{"id": "w1", "type": "study", "title": "W", "authors": ["p1"],
                   "cites": ["w2"], "supports": ["c2"], "design": "trial"},
                  {"id": "w2", "type": "review", "title": "W2", "cites": ["w1", "w1"]}],
        "claims": [{"id": "c1", "text": "C", "question": "q1", "supports": ["c2"],
                    "based_on": ["w1", "w2"], "appearances": [{"in": "w2", "quote": "x",
                                                                "by": "p1"}]},
                   {"id": "c2", "text": "D", "contradicts": ["c1"]}],
    }
    assert _problems(data) == []


def test_unknown_and_wrong_kind_references_come_out_in_file_order() -> None:
    data = {
        "title": "T",
        "people": [{"id": "ann", "name": "Ann"}],
        "works": [{"id": "work-1", "type": "study", "title": "W",
                   "authors": ["ann", "work-1", "bob", "ann"],
                   "supports": ["claim-9", "claim-2"]}],
        "claims": [{"id": "claim-2", "text": "C", "based_on": ["work-1", "work-2", "ann"],
                    "question": "q1", "appearances": [{"in": "claim-2", "quote": "x"}]},
                   {"id": "claim-1", "text": "D", "contradicts": ["claim-3", "claim-1"]},
                   {"id": "claim-3", "text": "E"}],
    }
    assert _problems(data) == [
        (("works", 0, "authors", 1),
         "'authors' names 'work-1', which is a work, not a person", "give the id of a person"),
        (("works", 0, "authors", 2), "unknown person 'bob' in 'authors'",
         "add a person with id 'bob', or fix the reference"),
        (("works", 0, "supports", 0), "unknown claim 'claim-9' in 'supports'",
         "did you mean 'claim-2'?"),  # the first of the closest, in the order read
        (("claims", 0, "based_on", 1), "unknown work 'work-2' in 'based_on'",
         "did you mean 'work-1'?"),
        (("claims", 0, "based_on", 2), "'based_on' names 'ann', which is a person, not a work",
         "give the id of a work"),
        (("claims", 0, "question"), "unknown question 'q1' in 'question'",
         "add a question with id 'q1', or fix the reference"),
        (("claims", 0, "appearances", 0, "in"),
         "'in' names 'claim-2', which is a claim, not a work", "give the id of a work"),
    ]


def test_a_duplicate_id_keeps_the_kind_it_was_first_given() -> None:
    data = {"title": "T", "people": [{"id": "x", "name": "Ann"}],
            "works": [{"id": "x", "type": "study", "title": "W", "authors": ["x"]}],
            "claims": [{"id": "c", "text": "C", "based_on": ["x"]}]}
    assert [m for _, m, _ in _problems(data)] == [
        "duplicate id 'x' (already used by a person)",
        "'based_on' names 'x', which is a person, not a work",
    ]


def test_lists_of_references_holding_other_things_are_explained() -> None:
    data = {"title": "T", "people": [{"id": "ann", "name": "Ann"}],
            "works": [{"id": "w1", "type": "study", "title": "W", "authors": ["ann", 3]},
                      {"id": "w2", "type": "study", "title": "W", "authors": [["ann"]]},
                      {"id": "w3", "type": "study", "title": "W", "authors": "ann"}]}
    assert _problems(data) == [
        (("works", 0, "authors", 1), "items of 'authors' must be text, found a number",
         "put the item in quotes"),
        (("works", 1, "authors", 0), "items of 'authors' must be text, found a list",
         "put the item in quotes"),
        (("works", 2, "authors"), "'authors' must be a list, found text",
         "write it as authors: [a, b] (a single item still needs brackets)"),
    ]


def test_work_types_and_designs_are_checked_against_their_words() -> None:
    data = {"title": "T",
            "works": [{"id": "w1", "type": "study", "title": "W", "design": "trial"},
                      {"id": "w2", "type": "studdy", "title": "W", "design": "trail"},
                      {"id": "w3", "type": ["study"], "title": "W", "design": 3}]}
    messages = [(p, m) for p, m, _ in _problems(data)]
    assert messages == [
        (("works", 1, "type"), "'studdy' is not a known type"),
        (("works", 1, "design"), "'trail' is not a known design"),
        (("works", 2, "type"), "'['study']' is not a known type"),
        (("works", 2, "design"), "'3' is not a known design"),
    ]
    assert "did you mean 'study'?" in _problems(data)[0][2]
