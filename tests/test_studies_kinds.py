"""Documents of every kind a figure rests on become works, each with who made it: tallies,
appraisals, indexes, regulatory returns and notices, leaked drafts, internal dashboards,
estimates a body publishes, records others report to it.

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

from provenance.extract import extract_text
from provenance.extract.records import StudyMention
from provenance.extract.studies import find_studies


def studies(text: str) -> list[StudyMention]:
    return extract_text(text).studies


def mentioned(text: str, found: list[StudyMention]) -> list[list[str]]:
    return [[text[a:b] for a, b in s.mentions] for s in found]


def by_phrase(found: list[StudyMention], text: str, words: str) -> StudyMention:
    at = text.index(words)
    hits = [s for s in found if any(a <= at + 3 < b or at <= a < at + len(words)
                                    for a, b in s.mentions)]
    assert hits, (words, [s.phrase for s in found])
    return hits[0]


def test_a_tally_an_appraisal_and_an_index_are_works_with_their_makers():
    text = ("The Riverside Dockers' Union says 1,240 jobs will go. The union's own tally, "
            "built from payroll slips, came to 1,240.\n"
            "A cost appraisal by the National Audit Board put the bill at £2.1bn.\n"
            "Rents rose 4 per cent on the LRA index, the Lettings Regulation Authority said.\n")
    found = studies(text)
    tally = by_phrase(found, text, "union's own tally")
    assert tally.organisation == "Riverside Dockers' Union"
    appraisal = by_phrase(found, text, "A cost appraisal")
    assert appraisal.organisation == "National Audit Board"
    index = by_phrase(found, text, "LRA index")
    assert index.organisation == "LRA"
    assert len(found) == 3


def test_a_regulatory_return_and_a_filed_notice_are_the_bodys_documents():
    text = ("Harbour Water, which runs the pumping stations, told the regulator in its annual "
            "return that spills lasted 3,100 hours.\n"
            "Kestrel Foods told the state it would cut 410 jobs in a notice filed under the "
            "plant-closure law on March 3.\n")
    found = studies(text)
    ret = by_phrase(found, text, "its annual return")
    assert ret.organisation == "Harbour Water"  # its subject's, not the regulator's
    notice = by_phrase(found, text, "a notice filed")
    assert notice.organisation == "Kestrel Foods"


def test_ordinary_returns_notices_and_drafts_are_no_documents():
    text = ("The return of the ferry was delayed. Staff were told at short notice.\n"
            "Savers got a 5 percent annual return last year. The draft was held in June and "
            "the team picked a striker.\n")
    assert studies(text) == []


def test_a_leaked_draft_and_an_internal_dashboard_are_works():
    text = ("A leaked draft seen by this newspaper puts the shortfall at £40m.\n"
            "The councillor cited an internal hospital dashboard showing that 52 percent of "
            "patients waited longer than four hours.\n")
    found = studies(text)
    assert [m[0] for m in mentioned(text, found)] == ["A leaked draft",
                                                      "an internal hospital dashboard"]


def test_the_report_inside_another_noun_phrase_is_the_report_not_the_disclosure():
    text = "She said his financial disclosure report, filed in May, was 90 pages long.\n"
    found = studies(text)
    assert mentioned(text, found) == [["his financial disclosure report"]]


def test_whose_report_is_the_body_named_before():
    text = ("The listings site Homefinder.ie, whose quarterly report is based on asking rents, "
            "says rents rose 7 per cent.\n")
    found = studies(text)
    assert len(found) == 1 and found[0].organisation == "Homefinder.ie"


def test_a_report_with_its_short_name_in_brackets_keeps_its_year():
    text = ("The Delta Power Corporation says the dam will cost $4.2bn. Its feasibility "
            "study report (FSR), prepared in 2021, had put the cost at $3.1bn.\n")
    found = studies(text)
    assert len(found) == 1
    assert found[0].year == 2021 and found[0].organisation == "Delta Power Corporation"


def test_a_report_framing_its_sentence_is_the_subjects():
    text = ("The Coastal Birds Trust, a group of volunteer counters, goes further. In a report "
            "released on Monday, it estimated that 8,000 pairs nest on the cliffs.\n"
            "The Ministry of Fisheries says the stock is stable. In a paper presented to "
            "donors in March, the ministry had given a catch figure of 12,000 tonnes.\n"
            "Economists at the Institute for Coastal Economics, in a paper published in April, "
            "said the loss was about 3 per cent.\n")
    found = studies(text)
    assert by_phrase(found, text, "In a report released").organisation == \
        "Coastal Birds Trust"
    assert by_phrase(found, text, "a paper presented").organisation == "Ministry of Fisheries"
    paper = by_phrase(found, text, "a paper published in April")
    assert paper.organisation == "Institute for Coastal Economics"
    assert paper.venue is None  # "published in April": a month, no journal
    assert len(found) == 3


def test_a_made_or_methodical_report_is_a_work_where_a_bare_one_is_not():
    text = ("The minister cited a departmental analysis that excludes student flats.\n"
            "She said a report was on her desk.\n")
    found = studies(text)
    assert mentioned(text, found) == [["a departmental analysis"]]


def test_an_estimate_published_by_bodies_and_records_reported_to_a_ministry():
    text = ("The Ministry of Water said 91% of homes had piped water, based on connections "
            "reported by district offices.\n"
            "The joint estimate published by the Global Water Programme puts it at 63%.\n"
            "A household survey by the national statistics office, NASTAT, conducted in 2023 "
            "found 58%.\n")
    found = studies(text)
    reported = by_phrase(found, text, "connections reported by district offices")
    assert reported.organisation == "Ministry of Water"
    estimate = by_phrase(found, text, "estimate published by")
    assert estimate.organisation == "Global Water Programme"
    survey = by_phrase(found, text, "A household survey")
    assert survey.organisation == "NASTAT" and survey.year == 2023
    assert len(found) == 3


def test_the_briefs_ways_of_naming_one_study_each_make_one_work():
    cases = {
        "A report by the Urban Health Institute found 14% of flats were damp.": (
            "Urban Health Institute", None),
        "The Tidewater Council's annual audit found 230 faulty lamps.": (
            "Tidewater Council", None),
        "Figures released by the Office for Road Safety show 1,402 deaths.": (
            "Office for Road Safety", None),
        "An analysis of police data by the Crime Lab found 12% fewer thefts.": (
            "Crime Lab", None),
        "The 2024 census counted 48,000 residents.": (None, 2024),
    }
    for text, (org, year) in cases.items():
        found = find_studies(text, extract_text(text).numbers)
        assert len(found) == 1, (text, [s.phrase for s in found])
        if org:
            assert found[0].organisation == org, text
        if year:
            assert found[0].year == year, text


def test_more_ways_news_names_the_work_a_figure_rests_on():
    cases = {
        "Figures from the Office for Rail Statistics show 1.2 million trips were cancelled.":
            "Office for Rail Statistics",
        "According to the central bank's latest forecast, inflation will reach 4 per cent.":
            "central bank",
        "An inspection by the Care Standards Commission found 40 per cent of wards short.":
            "Care Standards Commission",
        "The company's own records show 640 workers on site.": "company",
        "The latest rankings by QS put the university 12th.": "QS",
        "An inquiry by the Public Spending Committee put the overspend at £1.2bn.":
            "Public Spending Committee",
        "A leaked memo from the finance ministry puts the deficit at 6%.": "finance ministry",
        "The council's tracker shows 1,400 potholes.": "council",
        "Government statistics show unemployment at 5%.": "Government",
        "In its budget documents, the city put the cost at $40 million.": "city",
        "The fund cut its British growth forecast to 1.1 per cent, the IMF said.": None,
    }
    for text, org in cases.items():
        found = studies(text)
        assert len(found) == 1, (text, [s.phrase for s in found])
        if org:
            assert found[0].organisation == org, (text, found[0].organisation)
    counted = studies("A count by volunteers found 312 rough sleepers.")
    assert [s.phrase for s in counted] == ["A count"]


def test_a_ranking_member_and_the_panels_records_in_passing_are_no_works():
    text = ("Senator Ruth Okafor, the panel's ranking Democrat, objected.\n"
            "Officials kept records for years.\n")
    assert studies(text) == []


def test_data_releases_analyses_and_own_estimates_named_by_their_kind():
    cases = {
        "Its business case, published in March, puts the cost at £2.4bn.": None,
        "Official figures show 4,000 people are waiting.": None,
        "The latest quarterly figures from the health board show 71 per cent.": "health board",
        "The Daily Post's data team analysed council records and found 5,000 cases.":
            "Daily Post's data team",
        "A review of hospital records by the watchdog found 300 errors.": "watchdog",
        "The charity estimates, based on its helpline calls, that 10,000 families are hit.":
            "charity",
        "Campaigners' own count, carried out over three nights, found 410 people.": None,
        "A white paper released by the ministry in May estimated 80,000 homes.": "ministry",
        "The local authority's own estimate, drawn up by consultants, put the cost at £50m.":
            "local authority",
        "Documents seen by the Courier show the budget rose to £4m.": None,
    }
    for text, org in cases.items():
        found = studies(text)
        assert len(found) == 1, (text, [s.phrase for s in found])
        assert found[0].organisation == org, (text, found[0].organisation)
    helpline = studies("The charity estimates, based on its helpline calls, that 10,000 "
                       "families are hit.")[0]
    assert helpline.sample_n is None  # the estimate is no sample
    census = studies("The 2021 Census of Population counted 4.2 million people.")[0]
    assert (census.title, census.year) == ("Census of Population", 2021)


def test_a_groups_estimate_in_passing_is_a_figure_not_a_work():
    text = "She said the group's estimate included the cost of moving 4,200 families.\n"
    assert studies(text) == []


def test_a_forecast_said_after_a_body_is_a_verb_and_quotation_marks_end_modifiers():
    assert studies("The Coast Weather Service forecast further heavy rain on Friday.\n") == []
    assert [s.phrase for s in studies("The Coast Weather Service forecast shows 40mm of "
                                      "rain.\n")] == ["The Coast Weather Service forecast"]
    text = ("A spokeswoman said the charity's total 'double counts people referred twice'.\n")
    assert studies(text) == []


def test_a_subheading_and_a_figure_that_counts_are_no_works_and_design_is_its_own():
    text = ("The Grid Authority has not approved the dam.\n"
            "CGA appraisal\n"
            "A techno-economic appraisal by the Central Grid Authority (CGA) put the cost at "
            "$4bn.\n"
            "'The official figure counts what the meters saw,' she said.\n"
            "In a report presented to donors in May, the ministry gave 92%, which an official "
            "said was lowered after a data-quality review.\n")
    found = studies(text)
    assert [s.mentions[0][0] for s in found] == [text.index("A techno-economic"),
                                                 text.index("a report presented")]
    assert found[1].design is None  # "review" is another clause's word


def test_documents_someone_saw_are_not_a_later_bodys_analysis():
    # "its analysis" in the next paragraph is the centre's; the papers the Herald obtained
    # are no study of the centre's, nor one work with its analysis
    text = ("Rail fares\n\n"
            "Papers obtained by the Herald reveal the ministry ignored the warnings in March.\n\n"
            "The Centre for Transport Research said its analysis of ticket sales showed fares "
            "had doubled.\n")
    found = studies(text)
    papers = by_phrase(found, text, "Papers obtained by")
    assert papers.organisation is None
    assert all(text.index("its analysis") not in range(a, b)
               for a, b in papers.mentions)
    assert not any(s.organisation == "Centre for Transport Research" and
                   any(text[a:b].startswith("Papers") for a, b in s.mentions) for s in found)


def test_an_everyday_index_database_or_tracker_is_no_work():
    text = ("Derby day\n\n"
            "The striker hurt his index finger in training on Friday.\n\n"
            "The ticket office's database of members crashed twice last season.\n\n"
            "The Nikkei 225 index fell 3 per cent on Tuesday.\n\n"
            "A rent index compiled by the Housing Observatory rose 6 per cent.\n")
    found = studies(text)
    assert [s.phrase for s in found] == ["A rent index compiled by the Housing Observatory"]
