"""Who gives a figure when the sentence opens with a connective or a sentence adverb
("Meanwhile the Fire Centre lists ...", "So when the minister told journalists that ...",
"By contrast, the union said ..."): the subject after it, as without it. Before, such a
sentence's figure had no source, so it was no claim and no side of the dispute.
Short texts written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figurecases import sources

FIRE = "Fire season\n\nThe Wildfire Service says 1.31 million hectares have burned.\n\n"


@pytest.mark.parametrize(("sentence", "figure", "source"), [
    ("Meanwhile the National Fire Centre, which compiles national totals, lists 1,402,000 "
     "hectares for the province.", "1,402,000 hectares", "National Fire Centre"),
    ("Separately, the Forest Council said 1.5 million hectares had burned.",
     "1.5 million hectares", "Forest Council"),
    ("By contrast, the Forest Council estimates 1.5 million hectares burned.",
     "1.5 million hectares", "Forest Council"),
    ("So when the Forest Council told reporters that 1.5 million hectares had burned, "
     "officials were surprised.", "1.5 million hectares", "Forest Council"),
])
def test_the_subject_after_an_opening_adverb_gives_the_figure(sentence, figure, source):
    got = sources(FIRE + sentence + "\n")
    assert got[figure] == source and got["1.31 million hectares"] == "Wildfire Service"


VACCINE = ("Vaccine claim checked\n\nHealth Minister Ada Obi said 91 per cent of infants were "
           "vaccinated.\n\nThe ministry's press office pointed us to the Primary Care Agency "
           "(PCA). ")


@pytest.mark.parametrize("sentence", [
    "Its Health Records System (HRS) data, which count doses reported by clinics, show "
    "coverage of 88% for the first dose.",
    "Its Health Records System data show coverage of 88% for the first dose.",
    "Its registry data show coverage of 88% for the first dose.",
])
def test_its_named_data_are_the_body_its_stands_for(sentence):
    assert sources(VACCINE + sentence + "\n")["88%"] == "Primary Care Agency"


@pytest.mark.parametrize(("sentence", "source"), [
    # the bodies whose estimates are the subject; "estimates of" is a noun, not the verb
    ("The WHO and UNICEF estimates of national coverage for 2024 put the country's "
     "coverage at 70 per cent.", "WHO and UNICEF"),
    # a participle clause set off by commas is not the verb that gives the figure
    ("The WHO and UNICEF estimates of national coverage for 2024, released on 15 July, "
     "put the country's coverage at 70 per cent.", "WHO and UNICEF"),
    # "put Ruritania's coverage at": a possessive name is the measured thing, not a source
    ("The WHO and UNICEF estimates of national coverage, released on 15 July, put "
     "Ruritania's coverage at 70 per cent.", "WHO and UNICEF"),
])
def test_bodies_estimates_as_subject(sentence, source):
    body = ("Vaccine claim checked\n\nHealth Minister Ada Obi said 91 per cent of infants "
            "were vaccinated.\n\n" + sentence + "\n")
    assert sources(body)["70 per cent"] == source


def test_a_participle_between_commas_after_a_verb_keeps_the_verb():
    body = ("Vaccine claim checked\n\nHealth Minister Ada Obi said 91 per cent of infants "
            "were vaccinated.\n\nThe Primary Care Agency, however, estimated that 70 per "
            "cent of infants were vaccinated.\n")
    assert sources(body)["70 per cent"] == "Primary Care Agency"


RATES = "Murder rates\n\nThe governor said the state had a rate of around 40 per 100,000.\n\n"


@pytest.mark.parametrize(("sentence", "figure", "source"), [
    # a body named in apposition after its description, one acronym long; "statistics" in
    # "statistics agency" is no possessive's figure ("Ruritania's statistics")
    ("Ruritania's national statistics agency, RSTAT, said on Tuesday that death "
     "certificates recorded a rate of 55.6 per 100,000 inhabitants.", "55.6 per 100,000",
     "RSTAT"),
    # a study a relative clause names is not the subject's
    ("The civil-society group Citizens for Public Safety, which adds bodies found in graves "
     "to the official counts, put the state's rate at 71.3 per 100,000.", "71.3 per 100,000",
     "Citizens for Public Safety"),
    # a name joined as its language joins it
    ("The civil-society group Consejo Ciudadano para la Seguridad y la Justicia, which adds "
     "bodies found in graves to the official counts, put the state's rate at 71.3 per "
     "100,000.", "71.3 per 100,000", "Consejo Ciudadano para la Seguridad y la Justicia"),
])
def test_a_body_in_apposition_or_with_a_clause_gives_the_figure(sentence, figure, source):
    assert sources(RATES + sentence + "\n")[figure] == source


def test_the_company_said_after_the_figure_is_the_body_the_sentence_opened_with():
    body = ("Free rides\n\nMetro Rail, the city-owned operator of Lines 1 to 8, lost 400.2 "
            "billion won last year because of free fares, the company said Tuesday.\n\n"
            "A study by the Transport Institute put the cost at 177 billion won.\n")
    assert sources(body)["400.2 billion won"] == "Metro Rail"


def test_no_source_from_a_passive_relative_clause_or_a_verb_ending_in_s():
    body = ("Free rides\n\nThe Finance Ministry has declined to fund the programme, which was "
            "introduced in 1984 when people over 65 made up about 4 percent of the "
            "population. Today the share is 19.5 percent and is expected to pass 30 percent "
            "by 2035.\n")
    # "the programme, which was introduced" gives no figure; "and is expected" is no one
    # (each figure is in the draft, with no source)
    assert sources(body) == {"about 4 percent": None, "19.5 percent": None, "30 percent": None}


@pytest.mark.parametrize(("sentence", "figure", "source"), [
    ("Our verdict: the minister's 91 per cent comes from clinic tallies.", "91 per cent",
     "the minister"),
    ("The ministry's 91 per cent rests on an old census.", "91 per cent", "ministry"),
])
def test_a_figure_owned_by_a_role_or_body_as_the_subject(sentence, figure, source):
    body = ("Vaccine check\n\nThe National Survey found that 64% of infants had been "
            "vaccinated.\n\n" + sentence + "\n")
    assert sources(body)[figure] == source


def test_a_count_a_body_has_is_not_its_figure():
    body = ("Schools\n\nThe union said 120 schools were shut.\n\nThe state's 3,000 schools "
            "are open today.\n")
    assert sources(body) == {"120 schools": "union", "3,000 schools": None}


@pytest.mark.parametrize(("sentence", "figure", "source"), [
    # a compound number spelled out, as a sentence opens with a number, is a figure
    ("Seventy-five people died, according to the Red Cross.", "Seventy-five people",
     "Red Cross"),
])
def test_a_spelled_out_compound_number_is_a_figure(sentence, figure, source):
    body = ("Flood toll\n\nThe Disaster Agency said 40 people died in the floods.\n\n"
            + sentence + "\n")
    assert sources(body)[figure] == source


def test_a_small_round_number_spelled_out_is_still_no_figure():
    body = ("Flood toll\n\nThe Disaster Agency said 40 people died in the floods. Twelve "
            "bodies were pulled out on Wednesday alone, the agency said.\n")
    assert "Twelve bodies" not in sources(body)


def test_a_street_number_is_no_figure():
    body = ("Blast\n\nTwenty-nine people were injured, the fire department said.\n\nThe "
            "explosion went off in front of 131 West 23rd Street, according to the police.\n")
    assert not any(k.startswith("131") for k in sources(body))


FLOOD = "Flood toll\n\nThe Disaster Agency said 40 people died in the floods.\n\n"


@pytest.mark.parametrize(("sentence", "figure", "source"), [
    ("The figure from the Red Cross is 75 deaths.", "75 deaths", "Red Cross"),
    ("The Red Cross, in a report released Monday, estimated that 75 people had died.",
     "75 people", "Red Cross"),
    ("The Red Cross puts the toll higher, at 75.", "75", "Red Cross"),
    ("The toll could be as high as 75, the Red Cross warned.", "75", "Red Cross"),
])
def test_more_ways_a_body_gives_a_toll(sentence, figure, source):
    assert sources(FLOOD + sentence + "\n")[figure] == source


def test_a_document_by_an_office_named_in_lower_case_is_that_office_s():
    body = ("Stadium bill\n\nThe city says the new stadium will cost $1.2 billion.\n\nAn audit "
            "by the state comptroller put the price tag at $1.9bn.\n")
    assert sources(body)["$1.9bn"] == "state comptroller"


@pytest.mark.parametrize(("sentence", "figure", "source"), [
    ("A farmers' group said 90,000 acres had burned.", "90,000 acres", "a farmers' group"),
    ("A local farmers' union put the area at 40,000 hectares.", "40,000 hectares",
     "a local farmers' union"),
])
def test_a_group_named_by_a_plural_possessive(sentence, figure, source):
    body = "Fire\n\nThe fire service says 34,000 hectares have burned.\n\n" + sentence + "\n"
    assert sources(body)[figure] == source


def test_a_majority_of_those_polled_is_no_source():
    body = ("Poll\n\nThe poll found 46 percent back the mayor.\n\nA majority of those polled, "
            "54 percent, expect the mayor to win the debate.\n")
    # the 54 percent is in the draft, with no source (never "A majority"); the 46 is the
    # poll's
    assert sources(body) == {"46 percent": "Poll", "54 percent": None}


@pytest.mark.parametrize(("body", "figure", "source"), [
    ("Prices\n\nThe central bank said inflation was running at 4.2% in June.\n\nEconomists "
     "at the Price Institute estimate inflation at around 6%.\n", "4.2%", "central bank"),
    ("Delays\n\nThe rail operator says trains ran an average of four minutes late.\n\nA "
     "university analysis of timetable data found average delays of 7.5 minutes.\n",
     "7.5 minutes", "University analysis"),
    ("Hospital beds\n\nThe health ministry says there are 2,400 intensive care beds.\n\nThe "
     "doctors' union counts only 1,650 ICU beds that are staffed.\n", "only 1,650",
     "doctors' union"),
])
def test_a_rate_running_at_a_study_of_something_and_a_union_that_counts(body, figure,
                                                                          source):
    assert sources(body)[figure] == source


@pytest.mark.parametrize(("body", "figure", "source"), [
    # a possessive's claims/estimates "of" a figure are the owner's figure
    ("Flood\n\nThe agency said 40 people died.\n\nThe mayor's claims of 75 deaths were "
     "rejected.\n", "75 deaths", "the mayor"),
    ("Flood\n\nThe agency said 40 people died.\n\nThe mayor's estimates of 75 deaths have "
     "been questioned.\n", "75 deaths", "the mayor"),
    ("Vaccine check\n\nThe National Survey found that 64% of infants had been vaccinated."
     "\n\nThe minister's claim of 91 per cent comes from clinic tallies.\n",
     "91 per cent", "the minister"),
    # the owner's name without its possessive ending (no source called "union's")
    ("March\n\nPolice said 5,000 people marched.\n\nThe union's claim of 20,000 marchers is "
     "exaggerated.\n", "20,000 marchers", "union"),
])
def test_a_possessive_s_claim_of_a_figure_is_the_owner_s(body, figure, source):
    assert sources(body)[figure] == source


@pytest.mark.parametrize(("body", "figure", "source"), [
    # one list of a body's measures for every reader of "X's estimate", "the figure from
    # X", "X and Y estimates put": each reads the words the others do
    ("Growth\n\nThe IMF said growth would be 3%.\n\nThe projection from the Treasury is "
     "2.5%.\n", "2.5%", "Treasury"),
    ("Flood\n\nPolice said 40 people died.\n\nThe Red Cross and UN tallies put the toll at "
     "75.\n", "75", "Red Cross and UN"),
])
def test_every_reader_of_a_body_s_measure_knows_the_same_words(body, figure, source):
    assert sources(body)[figure] == source
