"""A body whose name holds a plural possessive ("Brandenburg Hunters' Association", "the
Farmers’ Union", "Citizens' Advice") is one body wherever speakers are named: the
statement's speaker and the people (and bodies) a draft lists, as a figure's source already
was. A singular possessive inside a name ("the People's Party", "Lloyd's Register") already
was one name.

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from .speechcases import Speaker, assert_speakers, case, people

CITIZENS = ("Milk prices\n\n"
            "\"Farmers are selling at a loss,\" said Mary Doyle.\n\n"
            "Citizens' Advice said it had seen more calls about debt.\n\n"
            "\"People are struggling to pay their bills,\" Citizens' Advice said.\n")
STALKERS = ("Deer cull\n\n"
            "The Highland Stalkers’ Federation (HSF) said in a statement that the cull was "
            "\"far too small to matter\" this winter.\n\n"
            "\"The herds will be back within a year,\" said Euan Grant, a keeper at "
            "Glen Affric.\n")
OUTLETS = ("Debate moderators\n\n"
           "The last debate goes to Channel Nine's Amy Ross. "
           "\"I will not be a fact-checker on stage,\" said Channel Nine's Amy Ross.\n\n"
           "\"We will keep the clock strict,\" said Sky News' Dan Hale.\n")

CASES = [
    case("a plural possessive in a body's name keeps the body whole",
         CITIZENS, ["Mary Doyle", "Citizens' Advice"]),
    case("a body with a plural possessive and its acronym is one speaker",
         STALKERS, {"far too small": "Highland Stalkers’ Federation"}),
    case("a person named after an outlet's possessive is the person",
         OUTLETS, ["Amy Ross", "Dan Hale"]),
    case("it said after a body named without a body's word is the body",
         "Water bills\n\n"
         "Southern Water said bills would rise by 9% in April. \"The rise pays for new "
         "sewers,\" it said.\n\n"
         "Mr Dan Cole, a customer in Hove, said he could not pay. \"It is too much,\" he "
         "said.\n",
         ["Southern Water", "Dan Cole"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_body_with_a_possessive_in_its_name_speaks_whole(
        text: str, expected: dict[str, Speaker] | list[Speaker]) -> None:
    assert_speakers(text, expected)


@pytest.mark.parametrize(("text", "listed", "not_listed"), [
    pytest.param(CITIZENS, ["Citizens' Advice"], ["Advice"],
                 id="a plural possessive in a body's name is one listed body"),
    pytest.param(STALKERS, [], ["Federation", "Highland Stalkers"],
                 id="a body with a plural possessive and its acronym is not listed in halves"),
])
def test_a_draft_lists_a_body_with_a_possessive_whole(
        text: str, listed: list[str], not_listed: list[str]) -> None:
    names = people(text)
    for name in listed:
        assert name in names, names
    for name in not_listed:
        assert name not in names, names


def test_a_draft_lists_the_people_named_after_an_outlet_s_possessive() -> None:
    names = people(OUTLETS)
    assert names == ["Amy Ross", "Dan Hale"], names
