"""Studies named the ways news names them, one work each: a survey by its name, a body's
own analysis, "its survey", a team's method, figures of a year, what an estimate rests on.

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

from provenance.extract import extract_text
from provenance.extract.records import StudyMention


def studies(text: str) -> list[StudyMention]:
    return extract_text(text).studies


def spans(text: str, found: list[StudyMention]) -> list[list[str]]:
    return [[text[a:b] for a, b in s.mentions] for s in found]


SURVEYS = (
    "About 1 in 30 adults may be heavy drinkers, according to a new survey by the Alcohol "
    "Regulator.\n"
    "The Household Drinking Survey, which questioned 12,000 adults online, put the rate at "
    "3.3%.\n"
    "The older surveys found less. The Health Survey for Wales, which interviews 6,000 "
    "adults at home, last put the rate at 0.9% in 2024.\n"
    "The Drinks Council said its own analysis of sales data suggested 0.7%.\n"
    "'The Health Survey is the gold standard,' its chief executive said.\n")


def test_a_survey_by_its_name_is_the_one_named_just_before_and_its_title_is_given():
    found = studies(SURVEYS)
    first = found[0]
    assert spans(SURVEYS, [first]) == [["a new survey", "The Household Drinking Survey"]]
    assert first.organisation == "Alcohol Regulator"
    assert first.title == "Household Drinking Survey" and first.title_given


def test_another_named_survey_is_its_own_work_and_its_short_name_is_the_same_one():
    found = studies(SURVEYS)
    wales = [s for s in found if s.title == "Health Survey for Wales"]
    assert len(wales) == 1 and wales[0].title_given
    assert spans(SURVEYS, wales) == [["The Health Survey for Wales", "Health Survey"]]


def test_a_bodys_own_analysis_is_its_own_work_and_old_surveys_are_none():
    found = studies(SURVEYS)
    own = [s for s in found if s.organisation == "Drinks Council"]
    assert spans(SURVEYS, own) == [["its own analysis"]]
    assert not any("older surveys" in m for ms in spans(SURVEYS, found) for m in ms)
    assert len(found) == 3


def test_its_survey_is_the_body_named_before():
    text = ("A third estimate comes from River Schools Watch, a non-profit group based in "
            "Lokoja. Its survey of 1,800 households, conducted in May 2025, found 900,000 "
            "children out of school.\n"
            "The state government says the figure is lower. Its annual school census counted "
            "500,000.\n")
    found = studies(text)
    assert [(s.organisation, s.year, s.sample_n) for s in found] == [
        ("River Schools Watch", 2025, 1800.0), ("state government", None, None)]


def test_a_team_at_a_university_that_analysed_footage_is_a_study_by_the_university():
    text = ("A team at the University of Dunmore that studies crowd safety analysed drone "
            "footage of the march and estimated that between 4,000 and 5,000 people took "
            "part.\n")
    (s,) = studies(text)
    assert s.organisation == "University of Dunmore"
    assert s.design_note == "analysed drone footage of the march"


def test_figures_of_a_year_and_what_an_estimate_rests_on_are_sources():
    text = ("The agency bases the estimate on national school rolls and its own projections "
            "of population growth.\n"
            "The federal Basic Schools Commission, whose 2022 figures are still cited in the "
            "budget, put the number at 1.2 million.\n"
            "Leith City Council, using mobile phone data from its footfall monitoring system, "
            "said 21,000 people came.\n")
    found = studies(text)
    got = spans(text, found)
    assert ["national school rolls and its own projections of population growth"] in got
    commission = [s for s in found if s.organisation == "Basic Schools Commission"]
    assert commission and commission[0].year == 2022
    council = [s for s in found if s.organisation == "Leith City Council"]
    assert council and "footfall monitoring system" in SURVEYS + text[
        council[0].mentions[0][0]:council[0].mentions[0][1]]


def test_a_body_in_a_review_and_a_manufacturers_monograph():
    text = ("Hair loss is common, according to a systematic review published Monday.\n"
            "The review, by a team at Lakeshore College in Dunmore, appears in the Journal of "
            "Skin Therapeutics.\n"
            "The product monograph for Zentra, written by its manufacturer, Meridan Pharma, "
            "lists hair loss in 3 per cent of patients, based on the pivotal trials reviewed by "
            "the regulator.\n")
    found = studies(text)
    review = found[0]
    assert len(review.mentions) == 2 and review.organisation == "Lakeshore College"
    assert review.venue == "Journal of Skin Therapeutics"
    mono = [s for s in found if s.noun == "monograph"]
    assert mono and mono[0].organisation == "Meridan Pharma"


def test_her_teams_review_is_the_professors_and_a_helpline_logging_reports_is_no_study():
    text = ("Prof Ana Lindqvist, who studies gambling at Dunmore University, disagreed.\n"
            "Her team's review of 14 prevalence studies, published in the journal Addiction "
            "Research in 2025, put the rate at 1%.\n"
            "The charity said its own helpline logged reports of 300 cases last year.\n")
    found = studies(text)
    assert [(s.author, s.year, s.venue) for s in found] == [
        ("Ana Lindqvist", 2025, "Addiction Research")]


def test_a_headline_in_title_case_names_no_study():
    text = "Flood Death Count in Dispute\nOfficials gave three figures on Monday.\n"
    assert studies(text) == []


def test_a_count_a_group_would_publish_next_week_is_not_a_study_yet():
    text = ("Researchers at Dunmore University, who analysed aerial photographs, put the crowd "
            "at 60,000.\n"
            "Patel said the group would publish its own count next week.\n")
    found = studies(text)
    assert [s.organisation for s in found] == ["Dunmore University"]


RENTERS = (
    "A survey by the polling firm Norstat of 2,000 renters, carried out in October, found that "
    "one in five had been told to leave.\n"
    "Modelling by the Institute for Urban Studies, which combined the survey with figures from "
    "the 2022 Lagos Housing Census, put the number at between 150,000 and 180,000.\n"
    "\"The census gives us the number of renting households; the survey gives us the share,\" "
    "said Dr Kemi Sule, who led the modelling.\n"
    "A 2024 review of 22 studies in the Lancet found that informal evictions are rarely "
    "counted. The review's authors said official figures capture a third of cases.\n")


def test_a_survey_by_a_firm_with_its_sample_and_a_census_by_name_and_year():
    found = {s.id: s for s in studies(RENTERS)}
    survey = found["norstat-survey"]
    assert (survey.organisation, survey.sample_n, survey.sample_unit) == (
        "Norstat", 2000.0, "renters")
    assert spans(RENTERS, [survey]) == [["A survey", "the survey", "the survey"]]
    census = [s for s in found.values() if s.title == "Lagos Housing Census"]
    assert census and census[0].title_given and census[0].year == 2022
    assert spans(RENTERS, census) == [["Lagos Housing Census", "The census"]]


def test_modelling_by_a_body_opening_a_sentence_is_its_work_and_no_survey():
    (model,) = [s for s in studies(RENTERS) if s.organisation == "Institute for Urban Studies"]
    assert (model.design, model.design_note) == ("other", "modelling")
    assert len(model.mentions) == 2  # "Modelling", "the modelling"


def test_a_review_of_n_studies_with_year_and_journal_is_one_work():
    (review,) = [s for s in studies(RENTERS) if s.noun == "review"]
    assert (review.year, review.sample_n, review.venue) == (2024, 22.0, "Lancet")
    assert len(review.mentions) == 2


def test_a_study_by_researchers_at_a_university_and_the_departments_own_count():
    text = ("The Department of Coastal Transport says 1.2 million trips were made, though the "
            "department's count misses season passes.\n"
            "A 2025 study by researchers at the Arctic University of Tromvik, published in the "
            "journal Transport Policy, estimated demand at 1.4 million trips.\n")
    found = {s.organisation: s for s in studies(text)}
    assert set(found) == {"Department of Coastal Transport", "Arctic University of Tromvik"}
    assert found["Arctic University of Tromvik"].venue == "Transport Policy"


def test_a_review_named_by_its_journal_is_one_work_and_a_pollster_works_for_a_client():
    text = ("Knee surgery under fire\n"
            "A review of 31 studies, published in The Lancet in 2024, found that keyhole surgery "
            "helped fewer than one patient in 20.\n"
            "Surgeons disputed the Lancet review. The authors of the 2024 review stand by it.\n"
            "A survey by Ipsos for the Royal College of Surgeons of 2,000 adults found that 1 in "
            "8 had had the operation.\n"
            "Figures from the 2019 census put the number at 4.1 million, while modelling by "
            "Imperial College London suggests 4.6 million.\n")
    found = studies(text)
    review = found[0]
    assert (review.venue, review.year, review.sample_n, review.organisation) == (
        "Lancet", 2024, 31.0, None)
    assert spans(text, [review]) == [["A review", "the Lancet review", "the 2024 review"]]
    survey = [s for s in found if s.noun == "survey"]
    assert survey and (survey[0].organisation, survey[0].sample_n) == ("Ipsos", 2000.0)
    model = [s for s in found if s.organisation == "Imperial College London"]
    assert spans(text, model) == [["modelling"]]


def test_a_magazine_named_review_is_no_study():
    text = "Writing in the National Review, the senator called the plan a mistake.\n"
    assert studies(text) == []
