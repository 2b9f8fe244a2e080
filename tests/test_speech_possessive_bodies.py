"""A body whose name holds a plural possessive ("Brandenburg Hunters' Association", "the
Farmers’ Union", "Citizens' Advice") is one body wherever speakers are named: the
statement's speaker and the people (and bodies) a draft lists, as a figure's source already
was. A singular possessive inside a name ("the People's Party", "Lloyd's Register") already
was one name.

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

from provenance.extract import extract_text
from provenance.speech import analyse


def speakers(text: str) -> list[str | None]:
    return [s.speaker for s in analyse(text).statements]


def test_a_plural_possessive_in_a_body_s_name_keeps_the_body_whole():
    text = ("Milk prices\n\n"
            "\"Farmers are selling at a loss,\" said Mary Doyle.\n\n"
            "Citizens' Advice said it had seen more calls about debt.\n\n"
            "\"People are struggling to pay their bills,\" Citizens' Advice said.\n")
    assert speakers(text) == ["Mary Doyle", "Citizens' Advice"]
    names = [p.name for p in extract_text(text).people]
    assert "Advice" not in names and "Citizens' Advice" in names


def test_a_body_with_a_plural_possessive_and_its_acronym_is_one_speaker():
    text = ("Deer cull\n\n"
            "The Highland Stalkers’ Federation (HSF) said in a statement that the cull was "
            "\"far too small to matter\" this winter.\n\n"
            "\"The herds will be back within a year,\" said Euan Grant, a keeper at "
            "Glen Affric.\n")
    got = speakers(text)
    assert got[0] == "Highland Stalkers’ Federation"
    ex = extract_text(text)
    names = [p.name for p in ex.people]
    assert "Federation" not in names and "Highland Stalkers" not in names


def test_a_person_named_after_an_outlet_s_possessive_is_the_person():
    text = ("Debate moderators\n\n"
            "The last debate goes to Channel Nine's Amy Ross. "
            "\"I will not be a fact-checker on stage,\" said Channel Nine's Amy Ross.\n\n"
            "\"We will keep the clock strict,\" said Sky News' Dan Hale.\n")
    assert speakers(text) == ["Amy Ross", "Dan Hale"]
    names = [p.name for p in extract_text(text).people]
    assert names == ["Amy Ross", "Dan Hale"], names


def test_it_said_after_a_body_named_without_a_body_s_word_is_the_body():
    text = ("Water bills\n\n"
            "Southern Water said bills would rise by 9% in April. \"The rise pays for new "
            "sewers,\" it said.\n\n"
            "Mr Dan Cole, a customer in Hove, said he could not pay. \"It is too much,\" he "
            "said.\n")
    assert speakers(text) == ["Southern Water", "Dan Cole"]
