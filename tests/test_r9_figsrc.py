"""Who gives a figure (round 9): a body named before "whose" with a dated document of its
own ("X, whose 2023 basin survey update puts the loss at"), the owner of a claim that
states a figure ("the charity X's claim that the lake is losing more than 9 million"), and
a group of people of a body named just before ("The charity X ... Volunteers for the charity
visited 150 bakeries and found that 37% ..."). Short texts written for these tests.
"""

from __future__ import annotations

import pytest

from provenance.extract import extract_text
from tests.figurecases import sources

RIVER = ("How much water is the Ondara losing?\n\nPosted on 3 May 2025 by Hugo Brandt\n\n"
         "Three numbers are in play for the daily loss of the Ondara.\n\n")


@pytest.mark.parametrize("sentence", [
    "The first comes from Spain's Confederacion Hidrografica del Ebro (CHE), whose 2023 "
    "basin survey update puts the loss at 4.2 million cubic metres a day.",
    "The first comes from the Ebro Basin Authority, whose latest annual water balance "
    "puts the loss at 4.2 million cubic metres a day.",
])
def test_a_body_before_whose_and_its_document_gives_the_figure(sentence):
    got = sources(RIVER + sentence + "\n")
    assert got["4.2 million cubic metres"] in ("CHE", "Confederacion Hidrografica del Ebro",
                                               "Ebro Basin Authority")


@pytest.mark.parametrize(("sentence", "source"), [
    ("The third, shared widely online, is the river charity Agua Limpia's claim that the "
     "basin is losing more than 9 million cubic metres a day.", "Agua Limpia"),
    ("Farmers repeat the Irrigators Union's assertion that the river loses 9 million "
     "cubic metres a day.", "Irrigators Union"),
])
def test_the_owner_of_a_claim_that_gives_its_figure(sentence, source):
    got = sources(RIVER + sentence + "\n")
    assert next(v for k, v in got.items() if "9 million" in k) == source


def test_a_group_for_a_body_named_by_its_kind_is_that_body():
    body = ("Bakeries short of rye flour\n\nAround a quarter of bakeries in Bavaria could "
            "not buy rye flour in May, according to a survey by the Millers' Guild.\n\n"
            "The charity Bread for All tells a similar story. Volunteers for the charity "
            "visited 150 bakeries in Franconia last week and found that 37% had no rye "
            "flour at all.\n")
    assert sources(body)["37%"] == "Bread for All"



KESTREL = ("STATEMENT\n\nKestrel Water Company responds to leak reports\n\nKestrel Water "
           "Company (\"the Company\") notes recent reports on leakage in its network.\n\n")


def test_a_reported_body_with_a_verb_of_its_own_gives_the_figure():
    # the inner, closer reporting source, not the one that notes what it says
    body = KESTREL + ("The Company also notes that the Drinking Water Inspectorate (DWI), in "
                      "its annual network statistics, attributes 88 million litres a day of "
                      "leakage to Kestrel.\n")
    assert sources(body)["88 million litres"] == "Drinking Water Inspectorate"


@pytest.mark.parametrize(("sentence", "figure", "source"), [
    ("Police said that organisers estimated 5,000 people attended.", "5,000 people",
     "organisers"),
    ("The council noted on Monday that residents counted 5,000 cars a day.", "5,000 cars",
     "residents"),
])
def test_a_group_in_the_reported_clause_gives_its_figure(sentence, figure, source):
    assert sources("Traffic\n\n" + sentence + "\n")[figure] == source


def test_a_pronoun_in_the_reported_clause_is_still_the_outer_subject():
    body = ("Ferry numbers\n\nThe Lake Transport Board said that it counted 96 passengers "
            "on the ferry.\n")
    assert sources(body)["96 passengers"] == "Lake Transport Board"


def test_a_document_that_discloses_a_figure_is_its_owners():
    body = KESTREL + ("Leakage from Kestrel pipes in 2024 came to 61 million litres a day, as "
                      "disclosed in the Company's audited annual report.\n")
    # (by the full name the statement gave its short one: 'Kestrel Water Company ("the
    # Company")')
    assert sources(body)["61 million litres"] == "Kestrel Water Company"


@pytest.mark.parametrize("paper", ["the manifest filed at the pier", "the ship's logbook",
                                   "the passenger list"])
def test_a_paper_no_one_is_named_for_does_not_replace_the_speaker(paper):
    body = ("Ferry sinking\n\nThe Lake Transport Board, which licenses the ferries, said the "
            f"MV Kigoma had left port with 96 passengers, according to {paper}. Police "
            "said about 150 people were aboard.\n")
    got = sources(body)
    assert got["96 passengers"] == "Lake Transport Board"
    assert got["about 150 people"] == "police"


def test_a_paper_alone_is_still_the_source_when_no_one_else_is():
    body = "Ferry sinking\n\nSome 96 people were aboard, according to the passenger manifest.\n"
    assert sources(body)["Some 96 people"] == "passenger manifest"


FLOODS = ("FACT CHECK\n\nFloods and rice: a claim checked\n\n"
          "By Ritu Sharma | Guwahati | June 5, 2025 | 5 min read\n\n"
          "Claim: June floods destroyed 900,000 tonnes of rice across Assam.\n"
          "Verdict: MISLEADING\n\n"
          "Heavy rain lashed the Brahmaputra valley for a week in late May.\n\n")


def test_a_fact_checks_claim_is_its_makers_not_the_checkers():
    body = FLOODS + (
        "In a video posted on Facebook on May 30, opposition MLA Bhupen Deka said: \"Farmers "
        "in Assam have lost nine lakh tonnes of rice, and this government has done "
        "nothing.\"\n\nThe state agriculture department's preliminary survey estimated "
        "crop losses at 310,000 tonnes.\n\nOur verdict\n\nThe 900,000 tonnes figure is well "
        "above the official estimate, so we rate the claim misleading.\n")
    got = [(fc.figure.text, fc.source.name if fc.source else None)
           for fc in extract_text(body).figures]
    assert ("900,000 tonnes", "MLA Bhupen Deka") in got  # the claim line
    assert all(name != "Ritu Sharma" and name != "the article" for _t, name in got)
    assert [name for t, name in got if t == "900,000 tonnes"] == ["MLA Bhupen Deka"] * 2


def test_a_claim_no_one_below_gives_is_not_the_articles():
    body = FLOODS + ("The state agriculture department estimated crop losses at 310,000 "
                     "tonnes, far below the claim.\n")
    got = {fc.figure.text: fc.source for fc in extract_text(body).figures}
    assert got["900,000 tonnes"] is None or got["900,000 tonnes"].kind != "article"


GLACIER_QA = (
    "Alpine Science Weekly\n\nQ&A: How fast is the Aletsch glacier thinning?\n\n"
    "By Hanna Keller | 18 April 2025\n\n"
    "The federal glacier office said last week that the glacier thinned by 2.1 metres last "
    "year. The group Ice Watch says its volunteers found a loss of more than 4 metres.\n\n"
    "We asked Dr Luca Brunner, a glaciologist at ETH Zurich who led a survey of 30 stakes in "
    "autumn, to explain the gap. This conversation has been edited for length.\n\n"
    "The office says 2.1 metres, a campaign group says more than 4. What is your number?\n\n"
    "Our stakes put it at about 3.2 metres of thinning. Because of the spread between "
    "sites, the honest way to say it is somewhere in the range of 2.6 to 3.8 metres.\n\n"
    "Why are the estimates so far apart?\n\n"
    "Mostly timing and altitude. The office measured in August, before the late heat. I "
    "don't think anyone is lying. We are measuring different parts of a very big glacier.\n\n"
    "What happens next?\n\nWe go back in June to measure again. That is the number that "
    "really matters.\n")


def test_a_figure_in_an_interviews_answer_is_the_interviewees():
    # "We asked X ... to explain": an introduction of a Q&A, as "We spoke to X" is
    got = sources(GLACIER_QA)
    assert got["about 3.2 metres"] == "Luca Brunner"
    assert got["2.6 to 3.8"] == "Luca Brunner"
    assert got["2.1 metres"] == "federal glacier office"


def test_a_body_named_after_its_description_with_the_is_that_name():
    body = ("Nurses' strike\n\nThe health ministry counted 18% of nurses on strike on "
            "Tuesday.\n\nThe largest nurses' union, the RCN-Wales, said more than 55 per cent "
            "of ward nurses had stopped work.\n")
    assert sources(body)["more than 55 per cent"] == "RCN-Wales"


@pytest.mark.parametrize("where", ["as shown in Table 3", "as set out in Figure 2 of its report"])
def test_a_part_of_a_document_is_no_source(where):
    body = f"Floods\n\nThe agency said 5,000 people were displaced, {where}.\n"
    assert sources(body)["5,000 people"] == "agency"
