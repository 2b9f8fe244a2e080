"""Figures for one quantity from different sources: one draft question, each source's own.

Short texts written for these tests (plain news English, made up, no article's words):
each sets two or more sources against each other in one of the shapes a real dispute takes,
and asserts what a journalist would see in the draft: who gives each figure, and that the
figures sit under one contested question named from the quantity.
"""

from __future__ import annotations

from pathlib import Path

from provenance.extract import extract_text, write_draft
from provenance.extract.records import Extraction
from provenance.numbers import scan


def by_text(ex: Extraction) -> dict[str, str | None]:
    return {fc.figure.text: (fc.source.name if fc.source else None) for fc in ex.figures}


def contested(ex: Extraction, tmp_path: Path) -> list[tuple[str, set[str]]]:
    """(question text, figures as written) of each contested question of the draft: the
    sides weighed, not a figure its source has since revised (shown in the question,
    ``superseded``, but no side)."""
    from provenance.analysis import contested as find
    from provenance.dossier import load_dossier
    from provenance.graph import build_graph

    folder = write_draft(ex, tmp_path / "draft", "article.txt")
    d = load_dossier(folder)
    qs = find(build_graph(d))
    text_of = {fc.claim_id: fc.figure.text for fc in ex.figures if fc.claim_id}
    out = []
    for q in qs:
        if q["contested"]:
            ids = {c["id"] for p in q["positions"] if not p.get("superseded")
                   for c in p["claims"]}
            out.append((q["text"], {text_of[i] for i in ids if i in text_of}))
    return out


def test_a_range_of_percentages_is_a_claim_under_the_question(tmp_path):
    ex = extract_text(
        "The Addiction Board said 2.1% of adults in Wales are problem drinkers. "
        "The Brewers Federation said its own analysis put the rate at 0.6%. "
        "A review by Dr Ines Calloway of nine earlier studies concluded that the real rate "
        "was probably between 1% and 1.4%.")
    qs = contested(ex, tmp_path)
    assert any({"2.1%", "0.6%", "between 1% and 1.4%"} <= figs for _q, figs in qs), qs


def test_a_scale_suffix_before_an_irregular_plural_and_other_currency_signs():
    text = "Nearly 3m children and 2m women were counted; the state set aside ₦12bn and ₱4m."
    got = {f.text: (f.value, f.unit) for f in scan(text, bare=True)}
    assert got["Nearly 3m children"] == (3e6, "children")
    assert got["2m women"] == (2e6, "women")
    assert got["₦12bn"] == (12e9, "₦")
    assert got["₱4m"] == (4e6, "₱")


MARCH = (
    "Harbour rally: how big was it?\n"
    "How many people rallied on the harbour front on Sunday depends on whom you ask. "
    "The Fair Rents Alliance said 18,000 people took part. "
    "Harbour Police put the attendance at around 7,000.\n")


def test_a_question_the_text_asks_stops_before_what_it_says_about_it(tmp_path):
    qs = contested(extract_text(MARCH), tmp_path)
    assert [q for q, _f in qs] == ["How many people rallied on the harbour front on Sunday?"]


def test_a_question_in_a_headline_does_not_run_into_the_next_line(tmp_path):
    ex = extract_text(
        "Agencies at odds over how many displaced by river floods\n"
        "Summary\n"
        "The Lakeside Relief Society said more than 9,000 people had been displaced. "
        "A spokesman for the interior ministry put the number of displaced at 4,100.\n")
    (q, figs), = contested(ex, tmp_path)
    assert "Summary" not in q and q.endswith("?")
    assert {"more than 9,000 people", "4,100"} <= figs


SHARES = (
    "Scientists and divers clash over how much of the lagoon is bleached\n"
    "The Lagoon Monitoring Trust said bleaching had hit 64 per cent of reefs in its aerial "
    "survey, up from the 58 per cent it gave in March.\n"
    "But the Dive Operators Guild said less than 15 per cent of coral at the sites its "
    "members visit was bleached.\n"
    "Tourism brings in $2 billion a year.\n")


def test_shares_of_differently_named_things_the_headline_makes_one_are_one_question(tmp_path):
    ex = extract_text(SHARES)
    qs = contested(ex, tmp_path)
    assert len(qs) == 1, qs
    assert {"64 per cent", "less than 15 per cent"} <= qs[0][1]
    # the older figure the same source gave is a revision, not a side
    assert "58 per cent" not in qs[0][1]


def test_shares_the_headline_does_not_tie_stay_apart(tmp_path):
    ex = extract_text(
        "Council tax rise approved after long debate\n"
        "The Residents Union said 40 per cent of tenants were behind on rent. "
        "The Landlords Forum said 12 per cent of shops were empty.\n")
    assert contested(ex, tmp_path) == []


def test_a_rough_figure_close_to_the_newest_is_no_older_reading():
    ex = extract_text(
        "Final survey results put damage at nearly three-quarters of the farms.\n"
        "The Farm Survey Board said its final report found 73 per cent of farms had damage, "
        "up from the 61 per cent in its preliminary results.\n"
        "The Growers Council said 30 per cent of farms had damage.\n")
    rev = {fc.figure.text: fc.revised for fc in ex.figures}
    assert rev["73 per cent"] is False and rev["61 per cent"] is True


BRIDGE = (
    "Bridge will cost far more than promised, auditor says\n"
    "The Harbour Link Company has promoted a $900 million price tag for the 4,000-space "
    "bridge. An audit from the Office of the County Comptroller put the full cost of the "
    "4,000-space bridge at $1.3 billion once interest is included. A spokeswoman for "
    "Governor Ruth Anand said the state's own calculation came to about $1.1 billion. "
    "Omar Reyes, an economist at Fenwick College, estimated it would end up costing about "
    "$1.8 billion.\n")


def test_cost_price_tag_costing_and_a_calculation_are_one_sum_in_dispute(tmp_path):
    ex = extract_text(BRIDGE)
    qs = contested(ex, tmp_path)
    assert len(qs) == 1, qs
    q, figs = qs[0]
    assert {"$1.3 billion", "about $1.1 billion", "about $1.8 billion"} <= figs
    assert "cost" in q
    # "the 4,000-space bridge" is a label of the bridge, no figure of anything
    assert not any(fc.figure.text.startswith("4,000") for fc in ex.figures)


def test_a_share_of_another_figure_asks_no_question(tmp_path):
    ex = extract_text(
        "How many pupils are out of school?\n"
        "The Schools Agency says 2.4 million children are out of school. "
        "The state government says the real figure is a third of that. "
        "A survey by Open Classrooms found 1.1 million children out of school, about 55 "
        "percent of them girls.\n")
    qs = contested(ex, tmp_path)
    assert len(qs) == 1 and {"2.4 million children", "1.1 million children"} <= qs[0][1], qs


def test_a_study_named_by_its_owners_pronoun_is_the_owners_figure():
    ex = extract_text(
        "Truancy figures clash\n"
        "The Schools Agency says 2.4 million children are out of school. "
        "Another estimate comes from Open Classrooms Watch, a charity based in Leeds. "
        "Its survey of 900 households found that 1.1 million children were out of school.\n"
        "Prof Dana Whitlock, who studies attendance at the University of Kent, disagreed. "
        "Her team's review of 12 earlier studies concluded that the real number was "
        "between 1.5 million and 1.8 million.\n")
    src = by_text(ex)
    assert src["2.4 million children"] == "Schools Agency"
    assert src["1.1 million children"] == "Open Classrooms Watch"
    assert src["between 1.5 million and 1.8 million"] == "Dana Whitlock"
    # the figure still rests on the study that gave it
    fc = next(fc for fc in ex.figures if fc.figure.text == "1.1 million children")
    assert fc.study_id is not None


def test_its_census_after_a_body_named_in_words_is_that_bodys():
    ex = extract_text(
        "Rival counts of pupils\n"
        "The Schools Agency says 2.4 million children are out of school. "
        "The regional government says the real figure is far lower. Its annual census "
        "counted 800,000 children who were not enrolled.\n")
    assert by_text(ex)["800,000 children"] == "regional government"


CROWD = (
    "Harbour rally: rival crowd counts\n"
    "Speaking from the stage as the last walkers arrived, a spokeswoman for the organisers, "
    "the Fair Rents Alliance, told the crowd that \u201cup to 30,000\u201d people had taken "
    "part.\n"
    "By Sunday afternoon the alliance had lowered its estimate to 22,000.\n"
    "Harbour Police put the attendance at around 8,000.\n"
    "A team at the University of Wessex that studies crowd safety analysed drone footage of "
    "the rally and estimated that between 11,000 and 13,000 people took part.\n"
    "The Metropolitan Transit Board, whose ticket data are used by the council, put the "
    "number at 15,500.\n")


def test_spokespeople_times_teams_and_relative_clauses_give_the_bodys_figure(tmp_path):
    ex = extract_text(CROWD)
    src = by_text(ex)
    assert src["up to 30,000"] == "Fair Rents Alliance"
    assert src["22,000"] == "Fair Rents Alliance"
    assert src["around 8,000"] == "Harbour Police"
    assert src["between 11,000 and 13,000"] == "University of Wessex"
    assert src["15,500"] == "Metropolitan Transit Board"
    (q, figs), = contested(ex, tmp_path)
    # the alliance lowered its own figure: one position, the newer one
    assert {"22,000", "around 8,000", "between 11,000 and 13,000", "15,500"} <= figs
    assert "up to 30,000" not in figs


def test_a_spokesperson_for_an_office_gives_the_office_holders_figure():
    ex = extract_text(
        "Mayor Ruth Anand's office offered yet another figure. A spokesperson for the mayor "
        "said the city's own calculation came to about $1.1 billion.")
    assert by_text(ex)["about $1.1 billion"] == "Ruth Anand"


def test_the_subject_of_a_first_verb_and_then_a_finding_gives_the_figure():
    ex = extract_text(
        "Researchers pooled data from 20 trials involving 9,000 patients and found that "
        "14 per cent of patients on the drug reported dizziness.")
    assert by_text(ex)["14 per cent"] == "researchers"


DRUG = (
    "Dizziness from sleep drug far more common than leaflet says, review finds\n"
    "Dizziness among people taking Zorvex is about three times as common as its leaflet "
    "suggests, according to a systematic review published Monday.\n"
    "Researchers pooled data from 20 trials involving 9,000 patients and found that 9 per "
    "cent of those on the drug reported dizziness, compared with 2 per cent of those given "
    "a placebo.\n"
    "The leaflet for Zorvex, written by its manufacturer, Kelvin Pharma Ltd, lists "
    "dizziness in 3 per cent of patients. The company raised that figure from 1 per cent "
    "in an update last year.\n"
    "An online survey of 2,000 users by the Sleep Patients Network found that one in five "
    "respondents said they had felt dizzy on the drug.\n")


def test_a_drug_side_effect_disputed_by_a_review_a_maker_and_a_survey(tmp_path):
    ex = extract_text(DRUG)
    src = by_text(ex)
    assert src["9 per cent"] == "Systematic review"  # the researchers' study
    assert src["3 per cent"] == "Kelvin Pharma Ltd"  # whoever wrote the leaflet
    assert src["1 per cent"] == "Kelvin Pharma Ltd"  # "the company"
    assert "2 per cent" not in src  # a placebo arm is no estimate
    rev = {fc.figure.text: fc.revised for fc in ex.figures}
    assert rev["1 per cent"] and not rev["3 per cent"]  # raised from 1: a revision
    (q, figs), = contested(ex, tmp_path)
    assert {"9 per cent", "3 per cent", "one in five"} <= figs


def test_an_initialism_inside_a_sentence_ends_no_sentence(tmp_path):
    ex = extract_text(
        "Thousands flee border fighting\n"
        "The U.N. says 40,000 people have fled the border towns. "
        "Local officials put the number at 25,000.\n")
    assert by_text(ex)["40,000 people"] == "U.N."
    (q, figs), = contested(ex, tmp_path)
    assert {"40,000 people", "25,000"} <= figs


REJECTED = (
    "Care backlog: charity and minister far apart\n"
    "The Ashford Trust said 200,000 adults are waiting for a care assessment.\n"
    "Health Minister Jane Roe said the figure of 200,000 was scaremongering and put the "
    "real number at 90,000.\n"
    "The Care Providers Forum said about 140,000 adults are waiting.\n")


def test_a_figure_a_minister_repeats_to_reject_it_is_not_hers(tmp_path):
    ex = extract_text(REJECTED)
    got = [(fc.figure.text, fc.source.name if fc.source else None) for fc in ex.figures]
    assert ("200,000", "Ashford Trust") in got
    assert ("90,000", "Jane Roe") in got  # the person, without her title
    (q, figs), = contested(ex, tmp_path)
    assert {"200,000 adults", "90,000", "about 140,000 adults"} <= figs
    # no claim says the minister holds the figure she rejects
    assert sum(1 for fc in ex.figures if fc.figure.text == "200,000" and fc.claim_id) == 0


def test_a_source_that_stands_by_its_figure_keeps_it():
    ex = extract_text(
        "The central team put the loss at $1.8 billion, while the state government has "
        "claimed a loss of $4.2 billion. \u201cWe stand by $4.2 billion,\u201d said Dev "
        "Pradhan, the state's finance secretary. He said the state had already spent more "
        "than $1.3 billion.\n")
    got = [(fc.figure.text, fc.source.name if fc.source else None) for fc in ex.figures]
    assert ("$4.2 billion", "Dev Pradhan") in got


def test_break_ins_and_burglaries_are_one_count(tmp_path):
    ex = extract_text(
        "Burglary row in Leeds\n"
        "West Yorkshire Police said recorded burglaries in the city fell to 4,100 last year. "
        "The Leeds Victims Alliance said its survey found 6,800 break-ins over the same "
        "period.\n")
    (q, figs), = contested(ex, tmp_path)
    assert {"4,100", "6,800 break-ins"} <= figs
    assert "burglar" in q.lower() or "break-in" in q.lower()


MINE = (
    "Mine collapse: rescuers, families and the union give different tolls\n"
    "How many miners died when the Kestrel pit flooded on Friday is still unclear.\n"
    "The regional rescue service said on Tuesday that 31 people had been confirmed dead, "
    "up from the 24 it announced on Saturday.\n"
    "Their association, Kestrel Families, said at least 40 miners were still unaccounted "
    "for and that the real toll was \u201ccloser to 55\u201d.\n"
    "The mine's owner, Harrow Coal, put the number of workers underground at 160 and said "
    "38 of them had died, according to a statement released late on Monday.\n"
    "A spokesman for the miners' union, NUMW, said the union believed the death toll was "
    "between 42 and 47.\n"
    "Energy Minister Alan Pike said the figure of 55 was irresponsible.\n")


def test_a_disaster_toll_from_five_sources_is_one_question(tmp_path):
    ex = extract_text(MINE)
    got = {(fc.figure.text, fc.source.name if fc.source else None) for fc in ex.figures}
    assert ("55", "Kestrel Families") in got  # a small toll after "the real toll was"
    assert ("38 of them", "Harrow Coal") in got  # a count of the dead; the statement is hers
    assert ("between 42 and 47", "NUMW") in got  # the union a spokesman speaks for
    assert ("55", "Alan Pike") not in got  # a figure he rejects is not his
    (q, figs), = contested(ex, tmp_path)
    assert q == "How many miners died when the Kestrel pit flooded on Friday?"
    assert {"31 people", "55", "38 of them", "between 42 and 47"} <= figs
    # the missing and those underground are other counts; the 24 was revised
    assert not figs & {"at least 40 miners", "160", "24"}


def test_its_department_after_a_body_named_in_words_and_a_bodys_size_is_no_quantity():
    ex = extract_text(
        "Eviction row\n"
        "The Tenants' Union says 9,000 eviction notices were served last year. "
        "The city council disputes that count. According to its housing department, "
        "4,100 eviction notices were issued.\n"
        "The Landlords Association, which represents about 11,000 property owners, put the "
        "number far lower, at about 2,500.\n")
    got = {fc.figure.text: (fc.source.name if fc.source else None, fc.quantity)
           for fc in ex.figures}
    assert got["4,100 eviction notices"][0] == "city council"
    assert got["about 2,500"] == ("Landlords Association", got["9,000 eviction notices"][1])


def test_a_source_named_by_what_it_is_is_the_body_named_so_elsewhere(tmp_path):
    ex = extract_text(
        "Arena will cost far more than promised, auditor says\n"
        "The arena will cost far more than the $800 million price tag its developers have "
        "promoted, the county auditor said Monday. The auditor put the full cost at $1.1 "
        "billion.\n"
        "The arena's developer, Quayside Partners, stood by its number.\n")
    got = {(fc.figure.text, fc.source.name if fc.source else None) for fc in ex.figures}
    assert ("$800 million", "Quayside Partners") in got


def test_those_who_got_a_thing_and_the_things_are_one_count(tmp_path):
    ex = extract_text(
        "Plant closure: how many jobs will go?\n"
        "The company said it would cut 1,200 jobs. The union said 2,000 workers would lose "
        "their jobs.\n")
    (q, figs), = contested(ex, tmp_path)
    assert {"1,200 jobs", "2,000 workers"} <= figs


def test_counts_of_different_things_stay_apart(tmp_path):
    ex = extract_text(
        "Festival weekend\n"
        "Organisers said 40,000 people attended. Police said 12 arrests were made.\n")
    assert contested(ex, tmp_path) == []


def test_a_fraction_word_ending_a_sentence_is_a_share():
    got = [(f.text, f.value) for f in scan(
        'He put the true rate at "somewhere around two-thirds." She came third. '
        "They cut it in half.", bare=True)]
    assert got == [("around two-thirds", 100 * 2 / 3)]


def test_the_coalition_is_the_one_coalition_the_figures_name():
    ex = extract_text(
        "Rally numbers\n"
        "A spokeswoman for the organisers, the Fair Rents coalition, told the crowd that "
        "\u201cup to 30,000\u201d people had taken part.\n"
        "By Sunday afternoon the coalition had lowered its estimate to 22,000.\n"
        "Harbour Police put the attendance at around 8,000.\n")
    got = {fc.figure.text: fc for fc in ex.figures}
    assert got["22,000"].source is not None
    assert got["22,000"].source.name == "Fair Rents coalition"
    assert got["up to 30,000"].revised  # the coalition lowered its own figure


LEVY = (
    "Snack levy: Treasury and industry far apart on what it would raise\n"
    "The Treasury says its proposed levy on salty snacks would raise £1.1bn a year.\n"
    "The Snack Makers Federation said the real figure would be closer to £400m a year.\n"
    "An analysis by the Centre for Tax Studies put the yield at between £600m and £800m in "
    "the first year.\n"
    "Labour's shadow chancellor, Ruth Acre, said the levy would cost the average family "
    "£150 a year. The Treasury put that cost at £40 a year per household.\n")


def test_a_levy_disputed_by_three_sources_and_its_cost_per_household(tmp_path):
    ex = extract_text(LEVY)
    got = {(fc.figure.text, fc.source.name if fc.source else None) for fc in ex.figures}
    assert ("between £600m and £800m", "Centre for Tax Studies") in got  # "£600m": a range
    assert ("£150", "Ruth Acre") in got  # the person in apposition, not her party
    qs = dict(contested(ex, tmp_path))
    assert {"£1.1bn", "£400m", "between £600m and £800m"} <= qs[
        "How much would its proposed levy on salty snacks raise per year?"]
    assert {"£150", "£40"} <= qs["What is the cost per household per year?"]


def test_questions_keep_a_state_of_the_counted_and_a_figure_inside_a_name(tmp_path):
    ex = extract_text(
        "How many people are homeless in Riverside County? It depends who you ask\n"
        "The county's one-night count found 2,100 people. \u201cThe real number is closer to "
        "6,000 people,\u201d said Dana Wells, director of the Riverside Housing Alliance.\n")
    assert [q for q, _f in contested(ex, tmp_path)] == [
        "How many people are homeless in Riverside County?"]
    ex = extract_text(
        "Arena costs\n"
        "A report from the County Auditor put the full cost of the 18,000-seat arena at $900 "
        "million. The developer, Quay Partners, said the arena costs $600 million.\n")
    assert [q for q, _f in contested(ex, tmp_path / "2")] == [
        "What is the full cost of the 18,000-seat arena?"]
