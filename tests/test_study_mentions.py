"""Studies and data releases a news article names, in a journalist's vocabulary.

Short texts written for these tests: an assessment published by a body, freedom of
information responses, a body's management information, this year's survey or count,
surveys "by her team", "our modelling", a memorandum; one work per study.
"""

from __future__ import annotations

from provenance.extract import extract_text
from provenance.extract.records import StudyMention


def studies(text: str) -> list[StudyMention]:
    return extract_text(text).studies


def spans(text: str, found: list[StudyMention]) -> list[list[str]]:
    return [[text[a:b] for a, b in s.mentions] for s in found]


def test_an_assessment_published_on_a_day_by_a_body_with_initials_in_its_name():
    text = ("A damage assessment released on Monday by the U.N. Development Programme "
            "(UNDP) estimated that 14,000 homes had been destroyed.")
    (s,) = studies(text)
    assert s.organisation == "U.N. Development Programme"
    assert "UNDP" not in (s.title or "") and not s.title.endswith(" The")


def test_freedom_of_information_responses_are_the_data_of_the_body_that_gathered_them():
    text = ("The Patients' Alliance said 31,000 people were waiting, based on freedom of "
            "information responses from 40 health boards.")
    (s,) = studies(text)
    assert spans(text, [s]) == [["freedom of information responses"]]
    assert s.organisation == "Patients' Alliance"


def test_a_bodys_own_management_information_and_a_year_before_a_comma():
    text = ("Public Health Wales's own management information, published in March 2024, "
            "recorded 9,200 cases. A review by the Hartley Institute, a think tank, "
            "published in June 2023, put the figure higher.")
    first, second = studies(text)
    assert first.organisation == "Public Health Wales"
    assert (second.organisation, second.year) == ("Hartley Institute", 2023)


def test_this_years_survey_is_a_work_and_the_body_that_surveyed_runs_it():
    text = ("The results of this year's aerial survey of the northern lakes show algae on "
            "most of them. The Lakes Monitoring Trust surveyed 300 lakes by helicopter.")
    (s,) = studies(text)
    assert spans(text, [s]) == [["this year's aerial survey"]]
    assert s.organisation == "Lakes Monitoring Trust"
    assert not s.title.lower().startswith("year")


def test_surveys_by_her_team_are_a_second_work_not_the_first_again():
    text = ("This year's aerial survey of the coast found little damage. Dr Ines Kahale "
            "said field surveys by her team at 40 sites told a different story.")
    found = studies(text)
    assert spans(text, found) == [["This year's aerial survey"], ["field surveys"]]


def test_a_count_released_by_a_body_is_one_work_however_often_it_is_named():
    text = ("This year's street count, released in March by Harbour City Shelter Network, "
            "found 2,140 people sleeping rough, up 6 percent from 2023. The count is done "
            "by volunteers. Critics say the count misses people in cars.")
    (s,) = studies(text)
    assert s.organisation == "Harbour City Shelter Network"
    assert s.year is None  # 2023 is what it is compared with, not when it was done
    assert len(s.mentions) == 3


def test_our_modelling_is_the_speakers_work():
    text = "“Our modelling, which adjusts for missed areas, puts it at 5,000,” she said."
    (s,) = studies(text)
    assert spans(text, [s]) == [["Our modelling"]]


def test_a_survey_a_study_was_based_on_is_the_same_work():
    text = ("A study by the Coastal Farming Institute, based on a survey of 900 households, "
            "put the loss at between 20 and 30 percent.")
    (s,) = studies(text)
    assert s.organisation == "Coastal Farming Institute"
    assert len(s.mentions) == 2


def test_something_waited_for_or_called_for_is_no_study():
    text = ("Patients wait two years for an autism assessment. Unions have called for an "
            "independent review of the service.")
    assert studies(text) == []


def test_a_memorandum_is_a_document_behind_a_figure():
    text = ("The province's memorandum, sent to the federal ministry on May 2, put the loss "
            "at $410 million.")
    (s,) = studies(text)
    assert spans(text, [s]) == [["The province's memorandum"]]


def test_surveys_by_her_team_are_hers():
    text = ("Professor Ines Kahale, a marine biologist at Southern Coast University, said dive "
            "surveys by her team at 40 sites told a different story.")
    (s,) = studies(text)
    assert s.author == "Ines Kahale"


def test_figures_released_by_a_body_are_its_data_release_and_give_its_figure():
    text = ("Figures released on Tuesday by NHS Digital put the number at 7,100 beds. An "
            "audit by the National Audit Office, published in March 2024, found 12,400.")
    ex = extract_text(text)
    assert [(s.organisation, s.year) for s in ex.studies] == [
        ("NHS Digital", None), ("National Audit Office", 2024)]
    sources = {fc.figure.text: fc.source.name if fc.source else None for fc in ex.figures}
    assert sources["7,100 beds"] == "NHS Digital"


def test_a_count_named_first_by_its_kind_then_by_who_made_it_is_one_work():
    text = ("The city's one-night count found 2,140 people.\n"
            "This year's street count, released in March by Harbour City Shelter Network, "
            "found 2,140 people sleeping rough. The 2019 count had found fewer.")
    ex = extract_text(text)
    first = ex.studies[0]
    assert first.organisation == "Harbour City Shelter Network"
    assert [text[a:b] for a, b in first.mentions][:2] == [
        "The city's one-night count", "This year's street count"]
    assert any(s.year == 2019 for s in ex.studies[1:])  # a dated count is another one
    sources = [fc.source.name if fc.source else None for fc in ex.figures]
    assert sources[0] == "Harbour City Shelter Network"


def test_bodies_described_in_words_run_their_studies():
    text = ("Roughly one in four pupils missed school, according to state Education "
            "Department data released Thursday. An analysis by the nonprofit Attendance "
            "Matters Ohio found that closer to a third of pupils did. A 2023 audit by the state "
            "auditor's office found 14 districts under-reported absences.")
    ex = extract_text(text)
    assert [(s.organisation, s.year) for s in ex.studies] == [
        ("Education Department", None), ("Attendance Matters Ohio", None),
        ("state auditor's office", 2023)]
    sources = {fc.figure.text: fc.source.name if fc.source else None for fc in ex.figures}
    assert sources["a third"] == "Attendance Matters Ohio"


def test_a_verb_after_an_adverb_is_no_count():
    text = "“The government figure only counts people in camps,” said Rupa Das."
    assert studies(text) == []


def test_our_modelling_in_a_quotation_is_the_speakers():
    text = ("“Our modelling, which adjusts for missed streets, puts it nearer 5,000,” said "
            "Dr Lena Ortiz, a statistician at Westbrook University.")
    (s,) = studies(text)
    assert s.author == "Lena Ortiz"


def test_a_title_abbreviation_does_not_end_the_name_of_who_ran_a_study() -> None:
    """"St." and "Gov." end no sentence: the body or person after "by" keeps its whole name."""
    hospital = extract_text("A 2022 study by St. Jude Children's Research Hospital found that "
                            "1,200 children were treated.").studies
    assert [(s.author, s.organisation) for s in hospital] == [
        (None, "St. Jude Children's Research Hospital")]
    office = extract_text("A survey by Gov. Brown's office found 3,000 residents left.").studies
    assert [s.author for s in office] == ["Gov. Brown"]
