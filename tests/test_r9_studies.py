"""Round 9, studies: the documents a figure rests on that a body owns or publishes (its
statistics, its audited accounts, a port's manifest, an inventory of a year, a data release,
a body's own publication by its name), and never the everyday noun ("the shop's inventory",
"crime statistics are hard to read", "the Evening Bulletin"). Texts written for these tests."""

from __future__ import annotations

from tests.studycases import studies as _studies
from tests.studycases import study_at as _hit

# --- statistics owned by a body -------------------------------------------------------

STATS = ("Bicycle thefts rose sharply in Dunmore last year, the city council said. The "
         "Cycling Safety Agency (CSA), in its quarterly theft statistics, counts 4,310 "
         "stolen bikes, against the council's 2,950.\n")


def test_a_bodys_own_statistics_are_a_work_of_that_body():
    st = _hit(_studies(STATS), STATS, "quarterly theft statistics")
    assert st is not None
    assert st.organisation == "Cycling Safety Agency"  # the aside's body, not the council


def test_statistics_no_one_owns_are_no_work():
    text = ("Theft statistics are hard to read, said Mara Ellis, a criminologist. The "
            "theft statistics in small towns swing from year to year, she said.\n")
    assert _studies(text) == []


# --- a manifest, a logbook: what was done with it ------------------------------------

def test_a_manifest_handed_in_is_a_document():
    text = ("The ferry left Port Selwyn with 86 people aboard, according to the manifest "
            "lodged with the harbour master. Survivors say nearer 120 were on board.\n")
    st = _hit(_studies(text), text, "the manifest lodged")
    assert st is not None and st.noun == "manifest"


def test_manifest_as_a_verb_or_adjective_is_no_document():
    text = ("Doctors say the symptoms manifest in the second week. It was a manifest "
            "failure of planning, the inquiry chair said of 300 missed checks.\n")
    assert all(s.noun != "manifest" for s in _studies(text))


# --- audited accounts and financial statements ---------------------------------------

def test_a_companys_audited_financial_statements_are_a_work_with_their_year():
    text = ("Harlow Mutual lost 38 million to scams in 2023, as set out in the society's "
            "audited financial statements, published on 14 March 2024. A campaign group "
            "puts the loss at 90 million.\n")
    st = _hit(_studies(text), text, "audited financial statements")
    assert st is not None and st.year == 2024


def test_accounts_and_statements_in_everyday_sense_are_no_work():
    text = ("The bank's accounts were frozen for 6 days, and eyewitness accounts differ. "
            "The minister's statements on the 12 closures were vague.\n")
    assert _studies(text) == []


# --- an inventory: a document only by its year, its kind or what was done with it -----

def test_a_dated_inventory_update_is_a_work_of_the_body_whose_it_is():
    text = ("Norway's Coastal Forestry Board (CFB), whose 2023 peatland inventory update "
            "puts the drained area at 410,000 hectares, disputes the figure.\n")
    st = _hit(_studies(text), text, "2023 peatland inventory")
    assert st is not None
    assert st.organisation == "Coastal Forestry Board" and st.year == 2023


def test_a_shops_inventory_is_stock_not_a_work():
    text = ("The inventory of the shop was sold off for 3,000 pounds. The retailer's "
            "inventory rose 12 percent, its results show.\n")
    assert all(s.noun not in ("inventory", "inventories") for s in _studies(text))


# --- a data release and a tracker named in apposition: one work ----------------------

TRACKER = ("The ministry's figure of 7 per cent comes from the School Meals Tracker, a "
           "monthly data release compiled from council returns. A charity says 19 per cent "
           "of pupils went without.\n")


def test_a_data_release_is_a_work():
    text = ("The regulator counts 512 outages, based on a quarterly data release compiled "
            "from operators' logs.\n")
    assert _hit(_studies(text), text, "a quarterly data release") is not None


def test_a_named_tracker_and_its_apposition_are_one_work_of_the_owner():
    studies = _studies(TRACKER)
    st = _hit(studies, TRACKER, "School Meals Tracker")
    assert st is not None
    assert _hit(studies, TRACKER, "a monthly data release") is st
    assert st.organisation == "ministry"  # whose figure it is the source of
    assert len(studies) == 1


# --- a body's own publication by its name --------------------------------------------

def test_a_bodys_named_bulletin_is_its_work():
    text = ("The World Weather Office (WWO) said in its latest Monsoon Outlook Bulletin that "
            "rainfall was 22 per cent below normal.\n")
    st = _hit(_studies(text), text, "Monsoon Outlook Bulletin")
    assert st is not None and st.organisation == "World Weather Office"


def test_a_newspaper_called_bulletin_or_register_is_no_work():
    text = ("The Evening Bulletin reported 40 arrests, and the Harbour County Register "
            "said 55.\n")
    assert _studies(text) == []


def test_statistics_naming_a_body_is_no_work():
    text = ("Freedonia's national statistics agency, FSTAT, said 212 bridges needed repair. "
            "The census bureau and a survey firm gave 190.\n")
    assert _studies(text) == []


def test_a_body_that_combined_reports_made_no_study_by_that_phrase():
    text = ("Lena Dahl, the agency's chief analyst, said the Oslo-based body combined field "
            "reports with satellite images and put the flooded area at 3,400 hectares.\n")
    assert all("combined" not in (s.phrase or "") for s in _studies(text))


# --- who made it, however the text names the body -------------------------------------

def test_a_body_with_its_short_form_and_a_description_released_the_work():
    text = ("The Coastal Institute of Fisheries Research (CIFR), a Galway-based think tank, "
            "released a rapid assessment on May 4 that put the losses at 9 million euros.\n")
    st = _hit(_studies(text), text, "a rapid assessment")
    assert st is not None and st.organisation == "Coastal Institute of Fisheries Research"


def test_its_survey_is_the_body_named_after_its_description():
    text = ("The largest nurses' union, the UNPQ-CGT, said 70 per cent of wards were short "
            "of staff, citing its own survey of 800 hospitals.\n")
    st = _hit(_studies(text), text, "its own survey")
    assert st is not None and st.organisation == "UNPQ-CGT"


def test_a_work_carried_out_with_a_named_body_is_that_bodys():
    text = ("The district's head of health said 4,000 children were underweight, citing a "
            "rapid appraisal done in June with Kisoro University.\n")
    st = _hit(_studies(text), text, "a rapid appraisal")
    assert st is not None and st.organisation == "Kisoro University"


def test_a_survey_with_respondents_names_no_body():
    text = ("A survey with 2,000 respondents found 40 per cent used the app.\n")
    st = _hit(_studies(text), text, "A survey")
    assert st is not None and st.organisation is None


def test_a_bodys_publication_named_after_its_possessive_is_its_work():
    text = ("Growth will slow to 1.8 per cent, according to the Trade Council's annual Global "
            "Shipping Outlook. Reader's Digest put it at 2 per cent.\n")
    studies = _studies(text)
    st = _hit(studies, text, "Global Shipping Outlook")
    assert st is not None and st.organisation == "Trade Council"
    assert _hit(studies, text, "Reader's Digest") is None


# --- work done with no study noun: people of a body, forms people must file ------------

def test_volunteers_of_a_named_charity_calling_pharmacies_are_its_work():
    text = ("The charity Asthma Friends Wales disagrees. Volunteers for the charity "
            "telephoned 150 surgeries in March and found 30% had no inhalers.\n")
    st = _hit(_studies(text), text, "Volunteers for the charity telephoned")
    assert st is not None and st.organisation == "Asthma Friends Wales"


def test_its_volunteer_counters_finding_are_the_bodys_work():
    text = ("The wildlife group Heron Watch Kent says its volunteer counters found 412 nests "
            "on the estuary.\n")
    st = _hit(_studies(text), text, "its volunteer counters found")
    assert st is not None and st.organisation == "Heron Watch Kent"


def test_volunteers_of_no_body_make_no_work():
    text = "Volunteers from the town counted 90 swans on Sunday, a spokesman said.\n"
    assert _studies(text) == []


def test_a_figure_based_on_forms_people_must_file_rests_on_those_forms():
    text = ("The Transport Ministry said 31% of drivers were on strike, a figure based on the "
            "notices that drivers must lodge a day in advance.\n")
    st = _hit(_studies(text), text, "drivers must lodge")
    assert st is not None and st.organisation == "Transport Ministry"


def test_a_figure_based_on_an_assumption_rests_on_no_document():
    text = ("The Transport Ministry said fares would rise 4%, based on the assumptions that "
            "prices must return to normal.\n")
    assert _studies(text) == []


def test_statistics_that_show_but_are_no_ones_are_no_work():
    text = "The statistics show 40 drownings a year, said Ana Ruiz, a lifeguard.\n"
    assert _studies(text) == []


def test_the_bank_a_text_defined_is_the_bank_it_named():
    text = ('Harbour Mutual Bank ("the Bank") lost 12 million to fraud in 2023, as set out '
            "in the Bank's audited annual accounts, published on 2 April 2024.\n")
    st = _hit(_studies(text), text, "audited annual accounts")
    assert st is not None and st.organisation == "Harbour Mutual Bank"


def test_the_person_who_led_the_survey_made_it():
    text = ("We asked Dr Mele Tupou, a soil scientist at the University of Tonga who led a "
            "survey of 80 farms in May, to explain the gap.\n")
    st = _hit(_studies(text), text, "a survey of 80 farms")
    assert st is not None
    assert st.author == "Mele Tupou" and st.organisation == "University of Tonga"


def test_the_year_a_figure_covers_is_not_the_works_year():
    text = ("A report by the Rivers Trust on leaks in the 2019 financial year put losses at "
            "3 million litres. A 2021 report by the Canal Trust on the 2020 tax year gave 2 "
            "million.\n")
    studies = _studies(text)
    first = _hit(studies, text, "A report by the Rivers Trust")
    second = _hit(studies, text, "A 2021 report")
    assert first is not None and first.year is None
    assert second is not None and second.year == 2021 and second is not first


def test_a_body_in_words_owning_an_estimate_is_named_without_its_article():
    text = ("The taxi owners' association blames unlicensed drivers. Its chairman said the "
            "association's own estimate was between 900 and 1,000 cabs.\n")
    st = _hit(_studies(text), text, "own estimate")
    assert st is not None and st.organisation == "association"


# --- documents whenever someone's, "its" included ------------------------------------

def test_its_manifest_and_a_bodys_scorecard_are_works():
    text = ("The port authority said 212 people were aboard, according to its manifest. The "
            "Rivers Trust's Water Quality Scorecard gives the Avon 3 out of 10.\n")
    studies = _studies(text)
    assert _hit(studies, text, "its manifest") is not None
    st = _hit(studies, text, "Water Quality Scorecard")
    assert st is not None and st.organisation == "Rivers Trust"


def test_a_digest_of_stories_and_its_return_are_no_works():
    text = ("She read a digest of 40 news stories. The firm said its return to profit came "
            "after 3 years.\n")
    assert _studies(text) == []


def test_staff_calling_the_police_or_researchers_finding_a_cure_do_no_study():
    text = ("Staff at the hospital called police at 3am. The firm said its researchers found "
            "a cure, and volunteers for the charity checked the doors.\n")
    assert all(s.noun != "fieldwork" for s in _studies(text))


# --- more of the lexicon: updates, registries, questionnaires, headcounts -------------

def test_its_latest_update_a_questionnaire_and_a_headcount_by_organisers_are_works():
    text = ("The health ministry, in its latest update, said 40 people had died. A "
            "questionnaire sent to 500 schools found 30% had no nurse. A headcount by "
            "organisers put the crowd at 40,000. Its registry lists 2,000 donors.\n")
    studies = _studies(text)
    for fragment in ("its latest update", "A questionnaire", "A headcount", "Its registry"):
        assert _hit(studies, text, fragment) is not None, fragment


def test_a_software_update_and_a_firms_update_are_no_works():
    text = "A software update fixed 12 bugs. The company's update on 3 March was brief.\n"
    assert _studies(text) == []


def test_that_before_a_plural_opens_a_clause_and_names_no_new_work():
    text = ("A 2019 survey by the Youth Trust put the rate at 1 in 30. Its author told "
            "reporters that earlier surveys sent to 200 parents were confusing.\n")
    studies = _studies(text)
    assert len(studies) == 1 and studies[0].organisation == "Youth Trust"


def test_a_team_led_by_a_person_at_a_university_named_in_its_own_language():
    text = ("A paper published in March in Glacier Letters by a team led by Inés Caldera at "
            "the Universidad de Aysén puts the loss at 3 tonnes. Critics of the Caldera paper "
            "say 2.\n")
    studies = _studies(text)
    st = _hit(studies, text, "A paper")
    assert st is not None and st.author == "Inés Caldera"
    assert st.organisation == "Universidad de Aysén"
    assert _hit(studies, text, "the Caldera paper") is st
