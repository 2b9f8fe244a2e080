"""Round 10, studies: works the text names in ways the earlier rules missed (a study noun
before a time phrase or a reduced relative clause, "most recent" and clock times among its
words, a work commissioned by a body in words, a quoted title beside a document noun, a
plan or a revision as a document, a dated survey named without a study noun, documents
cited bare, an analyst's note to clients, an expert who examined footage), and the
everyday phrases that stay no work. Texts written for these tests."""

from __future__ import annotations

from provenance.extract import extract_text
from provenance.extract.records import StudyMention


def _studies(text: str) -> list[StudyMention]:
    return extract_text(text).studies


def _hit(studies: list[StudyMention], text: str, fragment: str) -> StudyMention | None:
    at = text.index(fragment)
    end = at + len(fragment)
    return next((s for s in studies if any(a < end and at < b for a, b in s.mentions)), None)


# --- a study noun before a time phrase or a clause without "that" --------------------

def test_a_survey_released_this_week_is_a_work_not_a_verb():
    text = ("The Lakes Authority released its latest boat survey this week. It counts "
            "2,300 moorings on the three lakes, against 1,900 in the harbour board's list.\n")
    st = _hit(_studies(text), text, "its latest boat survey")
    assert st is not None and st.organisation == "Lakes Authority"


def test_a_survey_its_members_carried_out_is_the_bodys_work():
    text = ("The Orchard Growers Federation says 41 percent of trees are diseased, based "
            "on a leaf survey its members carried out in May across 60 farms.\n")
    assert _hit(_studies(text), text, "a leaf survey its members carried out") is not None


def test_poll_the_members_stays_a_verb():
    text = ("The union will poll its members next month, a spokesman said, after 300 "
            "walked out on Monday.\n")
    assert _studies(text) == []


# --- "most recent" and a clock time among a study's words ----------------------------

def test_its_most_recent_report_is_a_work():
    text = ("The Ministry of Water puts the loss far lower. Its most recent leakage report, "
            "released in April, counts 310 burst mains out of 5,000.\n")
    st = _hit(_studies(text), text, "Its most recent leakage report")
    assert st is not None and st.organisation == "Ministry of Water"


def test_a_bulletin_of_a_clock_time_is_a_work():
    text = ("The Fire Coordination Centre (FCC) said in its 6 p.m. bulletin that 2,140 "
            "homes had been evacuated in four districts, and in its 7 a.m. bulletin that "
            "2,600 had.\n")
    st = _hit(_studies(text), text, "its 6 p.m. bulletin")
    assert st is not None and st.organisation == "Fire Coordination Centre"
    st = _hit(_studies(text), text, "its 7 a.m. bulletin")
    assert st is not None and st.organisation == "Fire Coordination Centre"


# --- a work commissioned by a body in words ------------------------------------------

def test_a_study_commissioned_by_a_group_in_words_is_a_work():
    text = ("At the top, the Oslo consultancy Fjord Metrics, in a study commissioned by a group of "
            "salmon farmers and published in May, said losses could reach 40 million.\n")
    st = _hit(_studies(text), text, "a study commissioned by a group")
    assert st is not None and st.organisation == "Fjord Metrics"


def test_a_report_someone_modelled_for_is_a_work_not_one_wanted():
    text = ("Scientists at the Tromso Institute of Oceans, who modelled the fjord's salt "
            "for a report commissioned by the county assembly and published in June, "
            "reached 3,000 tonnes.\n")
    assert _hit(_studies(text), text, "a report commissioned by the county") is not None


def test_a_report_called_for_stays_wanted():
    text = ("Residents called for a report on the 14 closures, but the council said no "
            "money was left.\n")
    assert _studies(text) == []


# --- a quoted title beside a document noun -------------------------------------------

def test_a_quoted_title_between_owner_and_noun_is_the_works_title():
    text = ("Brightwater Analytics, which follows private hospitals, sits in between. Its "
            "monthly “Clinic Capacity Watch” report puts the group's beds at 1,200.\n")
    st = _hit(_studies(text), text, "“Clinic Capacity Watch” report")
    assert st is not None
    assert st.title == "Clinic Capacity Watch" and st.title_given
    assert st.organisation == "Brightwater Analytics"


def test_a_quoted_title_apposed_to_a_report_is_its_title():
    text = ("The researchers' report, “Empty Shelves,” published in 2023, counted 85 "
            "closed pharmacies in the valley.\n")
    st = _hit(_studies(text), text, "“Empty Shelves,”")
    assert st is not None and st.title == "Empty Shelves" and st.title_given


def test_a_quoted_remark_after_a_report_is_no_title():
    text = ("Asked about the report, “Nobody reads those,” the mayor said, before leaving "
            "the hall where 200 people waited.\n")
    assert all(s.title_given is False for s in _studies(text))


# --- a plan and a revision as documents of evidence ----------------------------------

def test_a_dated_plan_that_reports_a_figure_is_a_document():
    text = ("The Westfold Transport Board uses its own model. Its 2021 corridor plan "
            "estimated 44,000 daily riders; a revision published in May lowered that to "
            "39,000.\n")
    studies = _studies(text)
    plan = _hit(studies, text, "Its 2021 corridor plan")
    assert plan is not None and plan.year == 2021
    assert plan.organisation == "Westfold Transport Board"
    revision = _hit(studies, text, "a revision published in May")
    assert revision is not None and revision is not plan
    assert revision.organisation == "Westfold Transport Board"


def test_a_plan_that_aims_or_a_revision_wanted_is_no_document():
    text = ("The board's 2030 plan aims to double bus lanes. Its 2031 transit plan puts "
            "the stress on trams. Councillors want a revision of the fare rules, and 12 of "
            "them signed a letter.\n")
    assert all(s.noun not in ("plan", "revision") for s in _studies(text))


# --- a survey named with its year and no study noun ----------------------------------

def test_a_dated_named_examination_run_by_a_body_is_a_work():
    text = ("A larger data set disagrees. The 2019–2020 Coastal Child Growth Examination, "
            "run by the regional Office of Child Health, measured about 6,200 children "
            "and found 12 percent were stunted.\n")
    st = _hit(_studies(text), text, "Coastal Child Growth Examination")
    assert st is not None and st.organisation == "Office of Child Health"


def test_a_dated_named_event_is_no_work():
    text = ("The 2022 Coastal Marathon Festival drew 6,200 runners, the organisers said.\n")
    assert _studies(text) == []


# --- documents cited bare, an analyst's note -----------------------------------------

def test_documents_cited_without_a_determiner_are_a_work():
    text = ("The Ledger Weekly reported that Pinecrest's revenue reached $14 million, "
            "citing confidential board documents circulated to lenders in March.\n")
    assert _hit(_studies(text), text, "confidential board documents") is not None


def test_an_analysts_note_to_clients_is_a_work():
    text = ("Analysts at the Oslo bank Nordvik Markets put the field's output at 80,000 "
            "barrels a day in a note to clients on Friday.\n")
    assert _hit(_studies(text), text, "a note to clients") is not None


def test_citing_people_is_no_document():
    text = ("The Ledger Weekly reported that revenue reached $14 million, citing two "
            "people familiar with the matter.\n")
    assert _studies(text) == []


def test_a_note_in_everyday_sense_is_no_work():
    text = ("She left a note on the door for 30 neighbours. Of note, the hall seats 400. "
            "He struck a note of caution.\n")
    assert _studies(text) == []


# --- an expert who examined footage ---------------------------------------------------

def test_an_expert_who_examined_footage_made_an_analysis():
    text = ("A traffic engineer who examined helicopter footage for the Gazette puts the "
            "queue at 9,000 cars. Dr Hana Okoro, of Lakeside Polytechnic, counted cars "
            "in 40 frames.\n")
    st = _hit(_studies(text), text, "examined helicopter footage")
    assert st is not None and st.author == "Hana Okoro"


def test_an_expert_who_appeared_on_television_made_no_analysis():
    text = ("An expert who appeared on television said 9,000 cars were queuing, and one "
            "engineer who examined the bridge called it safe.\n")
    assert _studies(text) == []


# --- whose "its" is, and who publishes a title ----------------------------------------

def test_its_is_the_body_not_a_name_in_its_relative_clause():
    text = ("Navigation firm Trackly, which analysed anonymised GPS traces from 200,000 "
            "phones, says trips take 41 minutes. Its annual Journey Index, released in May, "
            "ranked Dunmore 7th.\n")
    st = _hit(_studies(text), text, "Its annual Journey Index")
    assert st is not None and st.organisation == "Trackly"


def test_a_body_that_publishes_a_named_index_each_year_made_it():
    text = ("Letwise, a property site, publishes an annual “Rent Pressure Index” that puts "
            "the rise at 9 percent.\n")
    st = _hit(_studies(text), text, "Rent Pressure Index")
    assert st is not None and st.organisation == "Letwise" and st.title_given


# --- a body's name with its small words, and the year before it -----------------------

def test_a_body_named_with_of_before_a_study_noun_is_whole_with_its_year():
    text = ("A 2021 University of Dunmore Medical School review of 12,000 birth records "
            "found 4.1 per 1,000 births. The Ministry of Fisheries survey counted 300 boats.\n")
    studies = _studies(text)
    review = _hit(studies, text, "Medical School review")
    assert review is not None
    assert review.organisation == "University of Dunmore Medical School"
    assert review.year == 2021
    survey = _hit(studies, text, "Fisheries survey")
    assert survey is not None and survey.organisation == "Ministry of Fisheries"


def test_a_work_by_an_office_holder_is_the_offices_by_that_person():
    text = ("A report tabled last month by Auditor General Mira Solberg put the backlog "
            "at 3,100 km. A review by Chief Medical Officer Ana Ruiz found 40 cases.\n")
    studies = _studies(text)
    report = _hit(studies, text, "A report tabled")
    assert report is not None
    assert report.organisation == "Auditor General" and report.author == "Mira Solberg"
    review = _hit(studies, text, "A review by")
    assert review is not None
    assert review.organisation == "Chief Medical Officer" and review.author == "Ana Ruiz"


def test_the_audit_after_an_auditors_report_is_that_report():
    text = ("A report tabled last month by Auditor General Mira Solberg put the backlog "
            "at 3,100 km. The audit found 40 bridges unsafe.\n")
    studies = _studies(text)
    assert len(studies) == 1 and _hit(studies, text, "The audit") is studies[0]


def test_someone_elses_inspection_report_is_not_our_assessment():
    text = ("The power firm said our assessment puts losses at 400 litres, in a "
            "statement. The county board gave another figure: Dr Ken Oduya said his team's "
            "inspection report estimated 900 litres.\n")
    studies = _studies(text)
    report = _hit(studies, text, "inspection report")
    assert report is not None and report is not _hit(studies, text, "our assessment")
