"""Who speaks when the text gives a description, an unnamed voice of a body, or a body.

Short articles written for these tests, pasted the way a web page gives them
(one newline between paragraphs); no sentence comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from provenance.speech import analyse

from .speechcases import Speaker, assert_speakers, case

CASES = [
    case("a long description before the name after a quotation",
         "Schools reopened on Monday.\n"
         "\u201cWe counted every school,\u201d the region\u2019s director of planning, "
         "Oluwaseun Bako Adeyemi, told Reuters.\n"
         "\u201cNobody was left out,\u201d he said.\n",
         ["Oluwaseun Bako Adeyemi", "Oluwaseun Bako Adeyemi"]),
    case("one name with an apposition is the person a he means",
         "The Household Budget Survey put the share at 4%.\n"
         "Tomas, a 37-year-old bus driver from Cork who asked that his surname not be "
         "printed, said he had lost his savings.\n"
         "\u2018I lied on every form,\u2019 he said.\n",
         ["Tomas"]),  # not the survey named before him
    case("a body named with an office word is not folded into a person",
         "The leaflet, written by its maker, Meridan Pharma Canada, lists it.\n"
         "Health Canada said it would \u201clook at any new safety information\u201d soon.\n"
         "Health Minister Ann Lee said: \u201cWe will look at it.\u201d\n",
         ["Health Canada", "Ann Lee"]),
    case("a company or agency voice takes the body the text named",
         "The label, written by its maker, Meridan Foods Ltd, lists 3 per cent.\n"
         "\u201cWe stand behind our figure,\u201d a company spokeswoman said in an email.\n"
         "This year\u2019s count, released by Harbour Homes Together, the county\u2019s "
         "lead housing agency, found 600 people.\n"
         "According to a spokesperson for the agency, the count follows federal rules and "
         "\u201cis the only number we can compare.\u201d\n"
         "Leith City Council said 2,000 people came. A council spokesman said the system "
         "was \u201cnot built for protests\u201d.\n"
         "\u201cNo comment on that,\u201d a union spokesman said.\n",
         ["a spokeswoman for Meridan Foods Ltd",
          "a spokesperson for Harbour Homes Together",
          "A spokesman for Leith City Council",
          "a union spokesman"]),  # no union named: as written
    case("an industry that called something a name is its speaker",
         "About 1 in 30 adults gamble too much, a new estimate says - a figure the "
         "ride-hailing industry has called \u201cstatistically meaningless\u201d.\n",
         ["the ride-hailing industry"]),
    case("a spokeswoman for the ministry is for the ministry the text named",
         "The Interior Ministry said 400 homes were lost.\n"
         "\u201cWe are still counting,\u201d a spokeswoman for the ministry said.\n",
         ["a spokeswoman for the Interior Ministry"]),
    case("a description named later in its paragraph or by age",
         "Water returns to the valley\n"
         "\u201cWe lost everything,\u201d the baker said. Rahel Tesfaye Bekele, who "
         "has run a bakery here since 1998, now sells from a tent.\n"
         "\u201cI will not leave,\u201d said the 83-year-old.\n"
         "Ines Carvalho Mota, 83, has lived in the valley all her life.\n",
         ["Rahel Tesfaye Bekele", "Ines Carvalho Mota"]),
    case("an age given when first described links the trade to the name",
         "Evictions rise\n"
         "At a market in Yaba, a 45-year-old trader packed her stall into a van.\n"
         "\u201cThey gave me one week,\u201d the trader said.\n"
         "Bisi Alade, 45, has rented the same two rooms for twelve years.\n"
         "A spokeswoman for the Harbour Property Corporation, which owns many of the blocks, "
         "said it \u201cfollows the law in every case\u201d.\n",
         ["Bisi Alade", "A spokeswoman for the Harbour Property Corporation"]),
    case("a figure put in quotation marks is the clause subjects",
         "Flood losses\n"
         "Agriculture Minister Tomas Reyes-Lind said the state would contest the count.\n"
         "Leader of Opposition Ruth Amadi, a former farm minister, accused the government of "
         "hiding the damage. Speaking outside the assembly, she put the crop loss at \u201cat "
         "least 9,000 crore, and they know it\u201d.\n"
         "\u201cEither the first number was wrong or the second one is,\u201d she said.\n",
         ["Ruth Amadi", "Ruth Amadi"]),  # "of Opposition" is her office, not a place
    case("the body a voice speaks for heads its name or is set beside it",
         "The Department of Coastal Transport says 1.2 million trips were made.\n"
         "\u201cEvery ticket is counted at the gate,\u201d a spokeswoman for the department "
         "said.\n"
         "The ferry workers' union, Sjomannsforbundet Nord, says crews logged more. A union "
         "spokesman said the figure was \u201ca floor, not a ceiling\u201d.\n",
         ["a spokeswoman for the Department of Coastal Transport",
          "A spokesman for Sjomannsforbundet Nord"]),
    case("a body by its common noun is the body the text named",
         "Meridan Foods Ltd makes the drug. The company said the side effect was "
         "\u201crare and temporary\u201d in most cases.\n"
         "\u201cWe will look again,\u201d the union said.\n",
         ["Meridan Foods Ltd", "the union"]),  # no union named: as written
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_who_speaks_for_a_body_or_a_description(text: str, expected: list[Speaker]) -> None:
    assert_speakers(text, expected)


def test_age_then_the_name_beside_it_is_the_speaker() -> None:
    text = ("Among the walkers was a retired nurse from Leith.\n"
            "\u201cIt was cold, but we came anyway,\u201d said the 64-year-old, Agnes "
            "Moreau-Lindt. \u201cWe always do.\u201d\n")
    [st] = analyse(text).statements
    assert st.speaker == "Agnes Moreau-Lindt"
    assert st.speaker_id == "moreau-lindt"


def test_a_spokeswoman_for_a_body_is_credited_to_the_body_as_written() -> None:
    text = ("Speaking from the stage, a spokeswoman for the organisers, the Clean Air Leith "
            "coalition, told the crowd that \u201cup to 9,000\u201d people had come.\n"
            "A spokeswoman for the Department for Roads, Rail and Ports said the government "
            "would \u201clook carefully at the evidence\u201d first.\n"
            "\u201cThe plan stands,\u201d said a spokesman for the Harbour Board.\n")
    got = [st.speaker for st in analyse(text).statements]
    assert got == ["a spokeswoman for the Clean Air Leith coalition",
                   "A spokeswoman for the Department for Roads, Rail and Ports",
                   "a spokesman for the Harbour Board"]
    assert all(st.speaker_id is None for st in analyse(text).statements)


def test_a_description_named_in_the_next_paragraph_is_that_person() -> None:
    text = ("Floods reach the delta\n"
            "On the edge of the camp, a 61-year-old fisherman stood beside his boat.\n"
            "\u201cI had two nets and a house. Today I have this,\u201d the fisherman said.\n"
            "Otieno Wafula Mbeki, who has fished the lake for 40 years, said no official "
            "had come.\n"
            "\u201cNobody has written my name,\u201d Mbeki said.\n")
    got = [(st.speaker, st.speaker_id) for st in analyse(text).statements]
    assert got == [("Otieno Wafula Mbeki", "mbeki")] * 2


def test_a_description_the_next_paragraph_does_not_name_stays_as_written() -> None:
    text = ("Floods reach the delta\n"
            "\u201cI had two nets and a house,\u201d the fisherman said.\n"
            "Otieno Wafula Mbeki, who runs the county's relief office, said help was coming.\n")
    [st] = analyse(text).statements
    assert (st.speaker, st.speaker_id) == ("the fisherman", None)


INTERVIEW = (
    "How many rough sleepers are there? It depends who you ask\n"
    "By Ria Okon\n"
    "Volunteers counted 1,200 people. \u201cIt is too low,\u201d said Tomas Brandt-Ruiz, "
    "who runs the Harbour Shelter. \u201cAsk anyone,\u201d Brandt-Ruiz said.\n"
    "To make sense of the gap, the Courier spoke with Ilse Vandermeer, a statistician at "
    "Dunmore University. The interview has been edited.\n"
    "Q: Why is the count so low?\n"
    "A: Because it is taken on one night.\n"
    "Q: What is your estimate?\n"
    "A: Our modelling puts it at 2,000.\n"
    "Harbour Homes Together defended its count. According to a spokesperson for the group, "
    "the count \u201cis the only number we can compare.\u201d\n"
    "Brandt-Ruiz was not impressed. \u201cYou can compare a wrong number forever,\u201d he "
    "said.\n")


def test_unlabelled_answers_are_the_person_the_interview_is_introduced_with() -> None:
    answers = [st.speaker for st in analyse(INTERVIEW).statements if st.kind == "answer"]
    assert answers == ["Ilse Vandermeer", "Ilse Vandermeer"]  # not the most named


def test_the_article_reporting_again_after_an_interview_is_not_an_answer() -> None:
    sts = analyse(INTERVIEW).statements
    last = [(st.kind, st.speaker) for st in sts][-2:]
    assert last == [("direct", "a spokesperson for the group"),
                    ("direct", "Tomas Brandt-Ruiz")]


def test_people_in_numbers_are_no_one_named() -> None:
    text = ("Ministers said the report was \u201cdeeply flawed and politically motivated\u201d.\n")
    [st] = analyse(text).statements
    assert (st.speaker, st.speaker_id) == ("Ministers", None)


def test_a_voices_statement_names_the_body_it_speaks_for() -> None:
    text = ("The label, written by its maker, Meridan Foods Ltd, lists 3 per cent.\n"
            "\u201cWe stand behind our figure,\u201d a company spokeswoman said.\n"
            "\u201cNo comment on that,\u201d a union spokesman said.\n")
    got = [(st.speaker, st.body) for st in analyse(text).statements]
    assert got == [("a spokeswoman for Meridan Foods Ltd", "Meridan Foods Ltd"),
                   ("a union spokesman", None)]


def test_a_voice_of_a_body_keeps_the_preposition_the_text_gives() -> None:
    text = ("The Interior Ministry said 400 homes were lost.\n"
            "\u201cWe are still counting,\u201d an official at the ministry said.\n")
    [st] = analyse(text).statements
    assert (st.speaker, st.body) == ("an official at the Interior Ministry", "Interior Ministry")


def test_a_role_the_next_name_is_set_against_is_not_that_name() -> None:
    text = ("Council vote\n"
            "\u201cThe budget is balanced,\u201d the mayor said.\n"
            "Jonas Whitfield-Arne, who ran against the mayor in 2020, said it was not.\n")
    [st] = analyse(text).statements
    assert (st.speaker, st.speaker_id) == ("the mayor", None)


def test_the_company_is_one_firm_for_its_quote_and_its_figure() -> None:
    """One lexicon of firms' words: a quote and a figure of "the company said" go to the
    same firm (a therapeutics firm was one for figures and none for quotations)."""
    from provenance.extract import extract_text

    ex = extract_text("Norvantis Therapeutics makes the pill. The regulator asked questions.\n\n"
                      "\u201cWe stand by the data and the results,\u201d the company said.\n\n"
                      "The company said sales rose 40 percent in 2023.\n")
    assert [s.speaker for s in ex.statements] == ["Norvantis Therapeutics"]
    assert [f.source.name for f in ex.figures if f.source] == ["Norvantis Therapeutics"]
