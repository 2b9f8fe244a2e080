"""Round 10 wave 2, studies: works named by where they stand in the sentence rather than
by a study noun's own words (the source a figure is based on or came from, a body's own
data that found or showed something, a work out this week from a body, a work carried
out by people the text does not name, a body whose volunteers have been counting, a
report whose title stands between "its annual" and the noun), and everyday phrases that
stay no work. Texts written for these tests."""

from __future__ import annotations

from provenance.extract import extract_text
from provenance.extract.records import StudyMention


def _studies(text: str) -> list[StudyMention]:
    return extract_text(text).studies


def _hit(studies: list[StudyMention], text: str, fragment: str) -> StudyMention | None:
    at = text.index(fragment)
    end = at + len(fragment)
    return next((s for s in studies if any(a < end and at < b for a, b in s.mentions)), None)


# --- the source a figure rests on ------------------------------------------------------

def test_what_a_figure_is_based_on_is_a_work_whatever_its_noun():
    text = ("The growers' cooperative puts the lost harvest at 9,000 crates. Its spokesman "
            "said the cooperative's figure was based on a phone-round of its 140 member farms "
            "and would be revised in spring.\n")
    assert _hit(_studies(text), text, "a phone-round of its 140 member farms") is not None


def test_what_a_figure_came_from_is_a_work():
    text = ("The mayor's office said the number came from a tally of families waiting for a "
            "flat in the two northern wards, which it then scaled up to the whole city.\n")
    assert _hit(_studies(text), text, "a tally of families waiting") is not None


def test_a_survey_a_figure_is_based_on_is_a_work_though_done_by_people_unnamed():
    text = ("A 2023 survey by the Heritage Fund lists 73 buildings at risk. \"Our total of "
            "58 is based on a full bridge survey carried out by trained heritage officers,\" "
            "she said.\n")
    assert _hit(_studies(text), text, "a full bridge survey") is not None


def test_a_survey_carried_out_by_people_unnamed_is_a_work():
    text = ("The park's own count says 410 deer. A second deer survey carried out by "
            "volunteer stalkers in March found 520.\n")
    assert _hit(_studies(text), text, "A second deer survey") is not None


def test_a_headline_figure_from_our_own_monitoring_is_the_speakers_work():
    text = ("Deputy mayor Ilse Varga said the 22 per cent rise was \"the headline figure from "
            "our own monitoring\" and would go to the committee in June.\n")
    assert _hit(_studies(text), text, "our own monitoring") is not None


def test_a_named_registry_data_a_figure_is_based_on():
    text = ("The clinic quotes a rate of 3.1 per cent, based on the latest Tasman Stroke "
            "Register data, and says that is the number families should be given.\n")
    st = _hit(_studies(text), text, "the latest Tasman Stroke Register data")
    assert st is not None and st.organisation == "Tasman Stroke Register"


def test_its_named_list_a_body_pointed_to_is_its_work():
    text = ("The Fenmoor transport office gave 8,200 as the number waiting. Asked for the "
            "source, the office pointed us to its Blue Badge Queue list, which held 8,240 "
            "names in May.\n")
    assert _hit(_studies(text), text, "its Blue Badge Queue list") is not None


# --- a body's own data that found or showed something ----------------------------------

def test_its_own_data_that_showed_is_the_bodys_work():
    text = ("But Lakeline Ferries, which runs nine of the twelve crossings, said its own "
            "gate-scanner data showed sailings up by 11% over the winter.\n")
    st = _hit(_studies(text), text, "its own gate-scanner data")
    assert st is not None and st.organisation == "Lakeline Ferries"


def test_its_own_tracking_of_shipments_that_found_is_a_work():
    text = ("The hauliers' union says its own tracking of 900 lorries between May and July "
            "found an average wait of 31 hours at the border.\n")
    assert _hit(_studies(text), text, "its own tracking of 900 lorries") is not None


def test_data_from_its_members_that_shows_is_a_work():
    text = ("The Coastal Bakers' Guild, which speaks for 60 bakeries, said till data from "
            "its members shows a loaf now costs about 3.40 on average.\n")
    assert _hit(_studies(text), text, "till data from its members") is not None


def test_a_body_whose_volunteers_have_been_counting_did_a_work():
    text = ("Cycle Fairford, whose volunteers have been counting bikes at five junctions "
            "since 2021, puts the rise at only 4 per cent.\n")
    st = _hit(_studies(text), text, "whose volunteers have been counting")
    assert st is not None and st.organisation == "Cycle Fairford"


# --- who made it and what it is called ------------------------------------------------

def test_a_study_out_this_week_from_a_body_is_its_work():
    text = ("A study out this week from the Alpine Lung Research Unit says one adult in 14 "
            "in the valley has asthma.\n")
    st = _hit(_studies(text), text, "A study")
    assert st is not None and st.organisation == "Alpine Lung Research Unit"


def test_its_annual_named_report_after_which_released_is_the_bodys_titled_report():
    text = ("Turbines at the Kelder Bank wind farm have been blamed for the fall, according "
            "to the Puffin Society, which released its annual Cliff Census report on Monday. "
            "It counted 3,100 pairs.\n")
    st = _hit(_studies(text), text, "its annual Cliff Census report")
    assert st is not None and st.organisation == "Puffin Society"
    assert st.title == "Cliff Census" and st.title_given


# --- everyday phrases that stay no work ------------------------------------------------

def test_everyday_phrases_stay_no_work():
    text = ("The idea came from a friend of hers in Lyon. His estimate was based on a hunch, "
            "he admitted. The team's own data showed promise, the coach joked, and its own "
            "list of players was short. According to the ministry, 40 schools closed.\n")
    assert _studies(text) == []


def test_its_own_tracking_of_a_count_with_a_thousands_comma_that_found_is_a_work():
    text = ("The couriers' guild says its own tracking of 2,900 parcels between April and "
            "June found an average delay of 3 days.\n")
    assert _hit(_studies(text), text, "its own tracking of 2,900 parcels") is not None


def test_a_named_review_published_by_a_body_is_a_titled_work():
    text = ("A second figure appears in the Harbour Freight Review 2023, published in May by "
            "the Coastal Logistics Monitor, a research body in Mombasa.\n")
    st = _hit(_studies(text), text, "Harbour Freight Review 2023")
    assert st is not None and st.title == "Harbour Freight Review" and st.year == 2023


def test_a_magazine_named_review_stays_no_work():
    text = "She told the Harbour Freight Review in May that rates would fall.\n"
    assert _studies(text) == []


def test_an_observation_first_reported_in_a_year_is_a_work_of_that_year():
    text = ("The record belongs to another species: a lone squid watched off Chile, first "
            "reported in 2011, guarded its eggs for 40 months.\n")
    st = _hit(_studies(text), text, "a lone squid watched off Chile")
    assert st is not None and st.year == 2011


def test_quantities_experience_a_weekly_paper_and_a_virus_stay_no_work():
    for text in ("The virus, first reported in 2019, has spread to 40 countries.\n",
                 "The number is based on an average of three years, he said.\n",
                 "That figure comes from their own experience of 20 winters, she said.\n",
                 "Their numbers showed 12 wins in a row, the coach said.\n",
                 "The Sunday Review, published weekly by the Daily Courier, ran 4 pages.\n"):
        assert _studies(text) == [], text


def test_a_rate_taken_from_a_named_registers_figures_is_that_registers_work():
    text = ("The rate of 8 per cent is taken from the latest Western Fisheries Register "
            "figures, the ministry said.\n")
    st = _hit(_studies(text), text, "Western Fisheries Register figures")
    assert st is not None and st.organisation == "Western Fisheries Register"
