"""Figures with a source become draft claims; studies become works; the draft's frame.

Short texts written for these tests: each states one pattern a news article uses.
"""

from __future__ import annotations

from pathlib import Path

from provenance.analysis import contested
from provenance.check import check_dossier
from provenance.dossier import load_dossier
from provenance.extract import extract_text, write_draft
from provenance.extract.figures import question_text
from provenance.graph import build_graph

DISPUTE = (
    "Flood Toll Disputed in Delta Province\n"
    "Share\n"
    "By Mara Quell\n"
    "March 3, 2021\n"
    "The Interior Ministry said Tuesday that 4,200 people died in the floods.\n"
    "The Red Cross Federation gave a lower number. In a statement, it listed 2,900 dead.\n"
    "Advertisement\n"
    "The toll was 3,100, according to the Delta Relief Agency.\n"
    "\u201cWe counted every village,\u201d said Ruth Amadi, who heads the agency.\n"
)


def _figures(ex):
    return {fc.figure.text: fc for fc in ex.figures}


def test_each_source_gives_its_figure_for_one_quantity():
    ex = extract_text(DISPUTE)
    figs = _figures(ex)
    assert figs["4,200 people"].source.name == "Interior Ministry"
    assert figs["2,900 dead"].source.name == "Red Cross Federation"  # "it": the one just named
    assert figs["3,100"].source.name == "Delta Relief Agency"  # "according to"
    assert {figs[k].quantity for k in ("4,200 people", "2,900 dead", "3,100")} == {"death"}
    assert len({figs[k].group for k in ("4,200 people", "2,900 dead", "3,100")}) == 1


def test_the_draft_shows_the_dispute_without_editing(tmp_path: Path):
    ex = extract_text(DISPUTE)
    d = load_dossier(write_draft(ex, tmp_path / "draft", "flood.txt"))
    assert d.title == "Draft: Flood Toll Disputed in Delta Province"
    [article] = [w for w in d.works if w.type == "article"]
    assert article.date == "2021-03-03"
    [q] = d.questions
    assert q.text == "How many people died?"
    claims = [c for c in d.claims if c.question == q.id]
    estimates = [c.estimate for c in claims if c.estimate is not None]
    assert len(estimates) == len(claims)
    assert sorted(e.value or 0 for e in estimates) == [2900, 3100, 4200]
    assert all(e.unit == "deaths" for e in estimates)
    assert check_dossier(d).ok
    (res,) = contested(build_graph(d))
    assert res["contested"]
    # no claim is only a number, and no draft text is page furniture
    assert all(any(ch.isalpha() for ch in c.text) for c in d.claims)
    assert not any("Advertisement" in c.text or c.text == "Share" for c in d.claims)


def test_a_source_revising_its_own_figure_is_not_a_dispute():
    text = (
        "Crowd estimates\n"
        "The city initially put the crowd at 50,000 people.\n"
        "On Monday the city gave a revised estimate of 65,000 people.\n"
        "Organizers said 120,000 people marched.\n"
    )
    figs = _figures(extract_text(text))
    old, new, other = figs["50,000 people"], figs["65,000 people"], figs["120,000 people"]
    assert old.revised and not new.revised and old.revised_to is not None
    # (its first figure sits in the question, marked revised: the draft's `superseded_by`
    # keeps it out of the sides `contested` weighs)
    assert old.group == new.group == other.group is not None


def test_estimates_and_sample_sizes_are_kept_apart():
    text = (
        "Survey finds more renters\n"
        "A 2019 survey of 2,400 households by the Housing Institute found that "
        "3.5 million people rent in the region.\n"
        "The council estimated 2.8 million renters.\n"
    )
    ex = extract_text(text)
    figs = _figures(ex)
    assert "2,400 households" not in figs  # the sample is not an estimate
    assert figs["3.5 million people"].figure.value == 3_500_000
    [study] = ex.studies
    assert (study.year, study.sample_n, study.sample_unit) == (2019, 2400, "households")
    assert study.organisation == "Housing Institute" and study.design == "cross-sectional"
    assert figs["3.5 million people"].study_id == study.id


def test_one_work_per_study_however_often_it_is_mentioned():
    text = (
        "A 2016 randomised trial of 300 patients by the Northfield Institute tested the drug. "
        "The trial was stopped early. Critics of the trial said this trial was too small.\n"
        "A different trial among 90 patients found no effect.\n"
    )
    studies = extract_text(text).studies
    assert len(studies) == 2
    first, second = studies
    assert first.design == "trial" and first.year == 2016 and len(first.mentions) >= 3
    assert not first.title_given and first.sample_n == 300
    assert second.sample_n == 90


def test_shares_written_as_one_in_n_group_with_their_question():
    text = (
        "New Report Says 1 in 40 Adults Has Diabetes\n"
        "The Health Agency released a report on Monday which shows that 1 in 40 adults "
        "in the state have diabetes.\n"
        "The previous estimate from the 2012 census showed that 1 in 55 adults have "
        "diabetes.\n"
    )
    ex = extract_text(text)
    grouped = [fc for fc in ex.figures if fc.group is not None]
    assert {fc.figure.text for fc in grouped} >= {"1 in 40", "1 in 55"}
    from provenance.extract.figures import question_text

    assert question_text(ex.text, grouped).startswith("What share of adults")


def test_interview_questions_are_context_not_claims(tmp_path: Path):
    text = (
        "Talking numbers with a statistician\n"
        "Q: Is it true that 40 percent of drivers speed?\n"
        "A: No. Our counts show about 12 percent of drivers speed on most roads.\n"
        "Q: And at night?\n"
        "A: At night it rises, to roughly 20 percent.\n"
    )
    ex = extract_text(text)
    d = load_dossier(write_draft(ex, tmp_path / "draft", "talk.txt"))
    quotes = [a.quote for c in d.claims for a in c.appearances]
    assert not any("Is it true" in q for q in quotes)
    # the question stays as the answer's context
    assert any((c.note or "").startswith("Asked: Is it true that 40 percent") for c in d.claims)


def test_a_revision_in_the_same_sentence_and_a_question_named_from_the_quantity():
    text = (
        "Counting the infected\n"
        "The health ministry said that 2.5 million people in the country have HIV, down "
        "from its previous estimate of 5.2 million.\n"
        "UNAIDS put the number at 5.7 million people.\n"
        "A study by the Larch Institute estimated that between 1.9 million and 3 million "
        "people are infected.\n"
    )
    ex = extract_text(text)
    figs = _figures(ex)
    assert figs["5.2 million"].revised and not figs["2.5 million people"].revised
    assert figs["2.5 million people"].source.name == "health ministry"
    rng = figs["between 1.9 million and 3 million"]
    assert (rng.figure.low, rng.figure.high) == (1.9e6, 3e6)
    [study] = ex.studies
    assert rng.study_id == study.id and study.organisation == "Larch Institute"
    grouped = [fc for fc in ex.figures if fc.group is not None]
    assert {fc.figure.text for fc in grouped} == {
        "2.5 million people", "5.7 million people", "between 1.9 million and 3 million",
        "5.2 million"}  # (the ministry's previous figure, since revised: no side)
    from provenance.extract.figures import question_text

    assert question_text(text, grouped) == "How many people in the country have HIV?"


def test_a_cochrane_review_mentioned_three_times_is_one_systematic_review():
    text = ("A Cochrane review of 40 trials found that the programmes work. The Cochrane "
            "review was updated in 2019, and the review's authors want more data.\n")
    [review] = extract_text(text).studies
    assert review.design == "systematic-review" and len(review.mentions) == 3
    assert (review.sample_n, review.sample_unit) == (40, "trials")


def test_a_cue_after_the_figure_and_a_clause_of_its_own():
    text = (
        "Support for the bridge splits pollsters\n"
        "LONDON (Reuters) - Support for the bridge stands at 42 percent of voters, a Marlow "
        "poll of 1,650 adults found on Tuesday, while a Quorra survey released the same day "
        "put it at 31 percent.\n"
        "The city council, which backs the plan, said its own consultation showed 58 percent "
        "of residents in favour.\n"
    )
    ex = extract_text(text)
    figs = _figures(ex)
    assert "1,650 adults" not in figs  # the poll's sample
    assert figs["42 percent"].source.name == "Marlow"
    assert figs["31 percent"].source.name == "Quorra"
    assert figs["58 percent"].source.name == "city council"  # not the dateline's LONDON
    assert len({figs[k].group for k in ("42 percent", "31 percent", "58 percent")}) == 1
    assert ex.venue == "Reuters"


def test_a_study_title_never_runs_into_a_quote_cue_or_the_next_paragraph():
    text = ("Morgan defended the data.\n"
            "\u201cIt is all in a 2009 CDC study of 300 patients,\u201d said W. Meade Morgan.\n"
            "Study Design\n"
            "The researchers then surveyed clinics.\n")
    [study] = extract_text(text).studies
    assert study.title == "2009 CDC study of 300 patients"
    assert (study.organisation, study.year, study.sample_n) == ("CDC", 2009, 300)


def test_according_to_stays_in_its_clause_and_money_has_its_own_question():
    text = (
        "How common is insomnia?\n"
        "Insomnia affects 10 percent of adults, according to the Hollin Sleep Foundation, "
        "but a 2019 meta-analysis of 34 studies put the share at 22 percent.\n"
        "The disorder costs the economy $63 billion a year, the Bureau of Sleep Economics "
        "estimated. A report by the consultancy Marlin Group put the cost at $100 billion a "
        "year.\n"
    )
    ex = extract_text(text)
    figs = _figures(ex)
    assert figs["10 percent"].source.name == "Hollin Sleep Foundation"
    assert figs["22 percent"].source.kind == "study"  # not the foundation of the other clause
    assert figs["$63 billion"].source.name == "Bureau of Sleep Economics"
    assert figs["$100 billion"].source.name == "Marlin Group"
    share, money = figs["10 percent"].group, figs["$63 billion"].group
    assert share is not None and money is not None and share != money
    assert figs["22 percent"].group == share and figs["$100 billion"].group == money
    from provenance.extract.figures import question_text

    assert question_text(text, [figs["$63 billion"], figs["$100 billion"]]) == \
        "What is the cost per year?"


def test_an_attribution_closing_the_sentence_and_a_previous_estimate():
    text = (
        "New infections far higher than thought\n"
        "About 56,300 Canadians were newly infected in 2006, far more than the previous "
        "estimate of 40,000 a year, the Federal Health Agency said Saturday.\n"
        "The Action Council estimated that as many as 70,000 people were infected that year.\n"
    )
    figs = _figures(extract_text(text))
    [new] = [fc for text_, fc in figs.items() if "56,300" in text_]
    old, other = figs["40,000"], figs["70,000 people"]
    assert new.source.name == old.source.name == "Federal Health Agency"
    assert old.revised and not new.revised
    assert new.group == other.group == old.group is not None  # (the old one: since revised)


def test_hostile_text_around_figures_still_makes_a_draft_that_loads(tmp_path: Path):
    text = ("Count\n\u201c down from its previous estimate of 7, the agency said. 12% "
            "up to 2 million 0 people, the X\x00Y Agency said. 1e308 according to the UN "
            "1 in 45 children \x00 \u2028 <script>alert(1)</script> 99999999999999999999 "
            "deaths, the agency said.\n")
    ex = extract_text(text)
    d = load_dossier(write_draft(ex, tmp_path / "draft", "a.txt"))
    assert check_dossier(d).ok


def test_sources_written_the_other_common_ways():
    cases = [
        ("Officials estimate that 47,000 people have been displaced, but aid groups put the "
         "figure at 113,000.", {"47,000 people": "officials", "113,000": "aid groups"}),
        ("According to government figures, 47,000 people fled. The UN, however, counted "
         "113,000.", {"47,000 people": "government", "113,000": "UN"}),
        ("Estimates range from 47,000 (the government) to 113,000 (the Relief Office).",
         {"47,000": "government", "113,000": "Relief Office"}),
    ]
    for sentence, want in cases:
        figs = _figures(extract_text("Displacement figures disputed\n" + sentence + "\n"))
        assert {k: figs[k].source.name for k in want} == want, sentence
        assert len({figs[k].group for k in want}) == 1 and figs[next(iter(want))].group \
            is not None, sentence


def test_crowds_losses_and_rates_each_get_their_question():
    text = (
        "The week in numbers\n"
        "Police said about 5,000 protesters gathered in the square. Organisers claimed the "
        "crowd was closer to 20,000.\n"
        "The company reported a loss of $2.1 billion. Analysts had expected a loss of "
        "$1.5 billion.\n"
        "Unemployment rose to 4.2 percent, the Labor Office said. Economists had forecast "
        "4.0 percent.\n"
    )
    ex = extract_text(text)
    from provenance.extract.figures import question_text

    groups: dict[int, list] = {}
    for fc in ex.figures:
        if fc.group is not None:
            groups.setdefault(fc.group, []).append(fc)
    questions = sorted(question_text(text, m) for m in groups.values())
    assert questions == ["How many protesters gathered in the square?", "What is the loss?",
                         "What is the unemployment rate?"]
    sources = {fc.figure.text: fc.source.name for fc in ex.figures if fc.source}
    assert sources["$1.5 billion"] == "analysts" and sources["4.0 percent"] == "economists"


def test_a_figure_after_found_at_is_kept_and_a_limit_is_not():
    text = ("Support for the plan\n"
            "A 2021 Marlow poll had found support at 47 percent. The city accepted 11,491 "
            "refugees, over the limit of 10,000, the ministry said.\n")
    figs = _figures(extract_text(text))
    assert "47 percent" in figs and figs["47 percent"].source.name == "Marlow"
    assert "10,000" not in figs


def test_experts_named_in_the_next_sentence_are_the_source():
    text = ("Crowd estimate lowered\n"
            "Experts who studied aerial photographs said 410,000 people attended the rally.\n"
            "The Delta Imaging Laboratory used satellite pictures for its count.\n"
            "Organisers said 900,000 people attended.\n")
    figs = _figures(extract_text(text))
    assert figs["410,000 people"].source.name == "Delta Imaging Laboratory"
    assert figs["410,000 people"].group == figs["900,000 people"].group is not None


def test_the_title_is_the_headline_never_a_button_or_a_byline():
    for top in ("Advertisement\n", "Share\n", "Jane Roe\nBy Jane Roe March 3, 2021\n"):
        ex = extract_text(top + "Flood toll disputed in the delta\n"
                          "The ministry said 40 people died, more than first thought.\n")
        assert ex.title == "Flood toll disputed in the delta", top


def test_a_kicker_is_dropped_from_the_headline_and_a_time_stamp_is_never_the_title():
    text = ("EXCLUSIVE: Flood toll disputed in the delta\nBy Jane Roe\n"
            "Published 14 March 2026\nShare\n"
            "The ministry said 40 people died, more than first thought.\n")
    assert extract_text(text).title == "Flood toll disputed in the delta"
    assert extract_text("Updated 3 hours ago\n" + text.split("\n", 1)[1]).title != \
        "Updated 3 hours ago"


def test_a_question_named_from_a_figure_neither_repeats_its_unit_nor_dangles():
    from provenance.extract.figures import question_text

    text = ("A survey by the Urban Housing Institute estimated that between 6,500 and 8,000 "
            "residents were homeless at some point during the year.\n")
    ex = extract_text(text)
    assert ex.figures
    q = question_text(text, ex.figures[:1])
    assert q == "How many residents were homeless at some point during the year?", q


def test_a_figure_by_one_lee_is_not_given_to_another_lee(tmp_path: Path):
    # who a name is: the speech engine's one rule, as `check` reads it
    text = ("Flood toll disputed\n"
            "\u201cWe are doing all we can,\u201d said Ann Lee, the governor.\n"
            "Bob Lee, a local pastor, said 900 people died.\n"
            "The ministry said 300 people died.\n")
    ex = extract_text(text)
    figs = _figures(ex)
    bob = figs["900 people"].source
    assert bob.name == "Bob Lee" and bob.person_id != "lee"
    assert {p.name for p in ex.people} >= {"Ann Lee", "Bob Lee"}
    d = load_dossier(write_draft(ex, tmp_path / "draft", "flood.txt"))
    [claim] = [c for c in d.claims if c.estimate is not None and c.estimate.value == 900]
    [by] = {a.by for a in claim.appearances}
    assert [p.name for p in d.people if p.id == by] == ["Bob Lee"]
    assert check_dossier(d).ok


def test_a_share_read_once_is_a_share_in_the_numbers_and_the_figures():
    from provenance.numbers import find_numbers, scan

    text = ("The trial enrolled 834 patients with leg pain.\n"
            "Only 113 of them were diagnosed, the hospital said.\n")
    ex = extract_text(text)
    assert [n.text for n in ex.numbers] == [n.text for n in find_numbers(text)]
    assert "113 of them" in [n.text for n in ex.numbers]
    assert "Only 113" not in [fc.figure.text for fc in ex.figures]
    bare = scan(text, bare=True)
    assert [f.text for f in bare if not f.bare] == [n.text for n in find_numbers(text)]


def test_a_dateline_below_the_headline_and_byline_is_nobody():
    from provenance.speech import analyse
    from provenance.speech.furniture import dateline_end

    text = ("Quake toll rises\nBy Jane Roe\n"
            "MEXICO CITY (AP) \u2014 It reported 225 deaths on Tuesday.\n"
            "\u201cWe counted every house,\u201d he said.\n")
    line3 = text.index("MEXICO")
    assert text[dateline_end(text, line3, len(text)):].startswith("It reported")
    ex = extract_text(text)
    [fc] = ex.figures
    assert fc.source is None or fc.source.name not in ("AP", "MEXICO CITY")
    assert all(s.speaker in (None, "he") for s in ex.statements)
    # the place is no one's name for the speech engine either
    assert not any("MEXICO" in m[2] for m in analyse(text).mentions.items)


def test_a_dateline_with_the_day_before_the_month_is_skipped() -> None:
    """British wires write the day first ("LONDON, 21 September (Reuters) -"); the
    sentence's subject after it gives the figure."""
    from provenance.speech.furniture import dateline_end

    text = ("Row over crowd size\n"
            "PARIS, 3 March (AFP) - Teachers' unions said 20,000 people marched.\n")
    line2 = text.index("PARIS")
    assert text[dateline_end(text, line2, len(text)):].startswith("Teachers")


def test_a_byline_names_the_authors_and_is_never_a_source_or_a_sentence_lost():
    text = ("Flood toll rises\nBY JANE ROE and Sam Okoro, Staff Writers\n"
            "The storm hit at dawn. The toll reached 300, she said.\n"
            "By Christmas, officials had counted 350 bodies.\n"
            "The Red Cross said 410 people died.\n")
    ex = extract_text(text)
    assert sorted(p.name for p in ex.people if p.author) == ["Jane Roe", "Sam Okoro"]
    assert ex.title == "Flood toll rises"
    figs = _figures(ex)
    # a sentence opening with "By ..." is prose, not a byline
    assert figs["350 bodies"].source.name == "officials"
    assert not any(fc.source and fc.source.name in ("Jane Roe", "Sam Okoro", "Christmas")
                   for fc in ex.figures)



def test_a_wire_bylines_outlet_is_the_venue_not_part_of_the_authors_name():
    # AP prints "By NAME Associated Press" on one line: the author is the name alone
    text = ("Flood waters rise as officials differ on toll\n\n"
            "By MARIA OKONJO Associated Press\nMarch 3, 2025\n\n"
            "LAGOS, Nigeria (AP) _ At least 12 people died in the floods, police said.\n")
    ex = extract_text(text)
    assert ex.venue == "Associated Press"
    assert [p.name for p in ex.people if p.author] == ["Maria Okonjo"]

def _questions(text: str, tmp_path: Path) -> list[str]:
    d = load_dossier(write_draft(extract_text(text), tmp_path / "draft", "a.txt"))
    assert check_dossier(d).ok
    return [q.text for q in d.questions]


def test_people_residents_and_a_named_people_are_one_quantity(tmp_path: Path):
    text = ("Insurance gap disputed\n"
            "The Census Bureau said 4.9 million Texans lack health insurance.\n"
            "A Rice University study put the number at 5.2 million people.\n"
            "Governor Ann Abbot said 3.8 million residents have no coverage.\n")
    figs = _figures(extract_text(text))
    groups = {figs[k].group for k in ("4.9 million Texans", "5.2 million people",
                                      "3.8 million residents")}
    assert len(groups) == 1 and None not in groups
    assert _questions(text, tmp_path) == ["How many Texans lack health insurance?"]


def test_newcomers_and_people_per_day_are_one_question(tmp_path: Path):
    text = ("Valley growth disputed\n"
            "The state demographer's office said 1,200 people move to the valley every day.\n"
            "The Chamber of Commerce said 900 newcomers arrive each day.\n")
    assert _questions(text, tmp_path) == ["How many people move to the valley every day?"]


def test_two_named_groups_of_people_are_not_one_quantity():
    text = ("Early voting\n"
            "The Democratic Party said 3 million Democrats voted early.\n"
            "The Republican Party said 2 million Republicans voted early.\n")
    figs = _figures(extract_text(text))
    assert figs["3 million Democrats"].group is None
    assert figs["2 million Republicans"].group is None


def test_a_question_is_never_how_many_figure(tmp_path: Path):
    cases = {
        ("Fighting displaces thousands\n"
         "Nobody knows how many families have fled the fighting in the north.\n"
         "Estimates range from 47,000 (the government) to 113,000 (aid groups).\n"):
            "How many families have fled the fighting in the north?",
        ("Bridge costs\nThe final bill for the Harbour Bridge is disputed.\n"
         "The council's figure is 310 million, according to the council. "
         "The auditor's figure is 450 million, according to the Audit Office.\n"):
            "What is the final bill for the Harbour Bridge?",
        ("Crowd\nThe figures vary: 44,000 according to the police and 90,000 according "
         "to the organisers.\n"):
            "What is the figure the sources disagree on?",
        ("March\nPolice said 20,000 marched on Saturday.\n"
         "Organisers said 80,000 protesters took part.\n"):
            "How many people marched on Saturday?",
    }
    for i, (text, question) in enumerate(cases.items()):
        assert _questions(text, tmp_path / str(i)) == [question]


FACT_CHECK = (
    "Is the valley really gaining 1,000 people a day?\n"
    "By Jane Roe\n"
    "Governor Ann Abbot said 1,000 people move to the valley every day.\n"
    "County records tell a different story. About 640 people move to the valley every "
    "day, we found.\n"
    "The valley has grown fast since 2010.\n"
)


def test_the_articles_own_figure_against_a_named_source_is_a_contested_question(
        tmp_path: Path):
    ex = extract_text(FACT_CHECK)
    own = _figures(ex)["About 640 people"]
    assert own.source.kind == "article" and own.source.name == "Jane Roe"
    assert own.group == _figures(ex)["1,000 people"].group is not None
    d = load_dossier(write_draft(ex, tmp_path / "draft", "check.txt"))
    assert check_dossier(d).ok
    (res,) = contested(build_graph(d))
    assert res["contested"]
    positions = {p["position"] for p in res["positions"]}
    assert "About 640 people (Jane Roe)" in positions
    [claim] = [c for c in d.claims if c.estimate is not None and c.estimate.value == 640]
    assert [a.by for a in claim.appearances] == ["roe"]  # the author's own words


def test_a_headline_question_is_no_position_of_the_article():
    text = ("Is the valley really gaining 2,000 people a day?\nBy Jane Roe\n"
            "Governor Ann Abbot said 1,000 people move to the valley every day.\n"
            "But county records show about 640 people move to the valley every day, we "
            "found.\n")
    figs = _figures(extract_text(text))
    assert figs["2,000 people"].source is None  # the headline asks; it claims nothing
    assert figs["about 640 people"].source.kind == "article"


def test_the_articles_background_figures_are_no_claims():
    text = ("Valley growth\n"
            "Governor Ann Abbot said 1,000 people move to the valley every day.\n"
            "About 40 people move to the valley's capital every day.\n"  # background
            "That is 1,000 people a day, a pace the valley has not seen.\n")  # agrees
    ex = extract_text(text)
    assert [fc.figure.text for fc in ex.figures if fc.source is not None
            and fc.source.kind == "article"] == []


WIRE_STORY = (
    "World\n"
    "Harvest losses: growers, ministry and an institute disagree on the damage\n"
    "By Lena Marsh\n"
    "Share\n"
    "OPORTO (Reuters) \u2014 Portugal's agriculture ministry said on Thursday that 38,000 "
    "farms lost most of their harvest to the drought.\n"
    "\u201cWe have visited every district, and 38,000 is what the inspections show,\u201d "
    "Minister Rui Valente told reporters.\n"
    "The Confederation of Portuguese Growers put the number at 61,000 farms.\n"
    "A report by the Tagus Institute, based on satellite images of 1.2 million hectares, "
    "put the cost of the drought at 1.4 billion euros. The ministry has said the cost is "
    "900 million euros.\n"
    "Valente said the ministry would review its count in October.\n"
)


def test_a_wire_story_drafts_what_a_journalist_keeps(tmp_path: Path):
    ex = extract_text(WIRE_STORY)
    assert (ex.title or "").startswith("Harvest losses")  # "World": the section above it
    figs = _figures(ex)
    ministry = figs["38,000 farms"].source
    assert (ministry.name, ministry.kind) == ("Portugal's agriculture ministry", "organisation")
    growers = figs["61,000 farms"].source
    assert growers.kind == "organisation"  # a body "of" something is no person
    assert figs["900 million euros"].source.name == "Portugal's agriculture ministry"
    assert "1.2 million hectares" not in figs  # what the report looked at, not a finding
    assert [s.design for s in ex.studies] in ([None], [])  # "review its count" is a verb
    assert "Confederation of Portuguese Growers" not in {p.name for p in ex.people}

    d = load_dossier(write_draft(ex, tmp_path / "draft", "wire.txt"))
    assert check_dossier(d).ok
    questions = {q.text for q in d.questions}
    assert questions == {"How many farms lost most of their harvest to the drought?",
                         "What is the cost of the drought?"}
    # the minister's quotation is one claim, and he and his ministry hold one position
    quoted = [c for c in d.claims if "inspections show" in c.text]
    assert len(quoted) == 1 and quoted[0].question is not None
    farms = [c for c in d.claims if c.question == quoted[0].question]
    positions = {c.position or "" for c in farms}
    assert len(positions) == 2
    assert any("Rui Valente" in p and "ministry" in p for p in positions)
    assert {c.estimate.unit for c in farms if c.estimate is not None} == {"farms"}


def test_a_fact_check_sets_every_count_of_one_quantity_side_by_side(tmp_path: Path):
    text = (
        "Did street homelessness really fall by half?\n"
        "By Priya Nair\n"
        "Mayor Dana Whitfield said the number of people sleeping on the city's streets had "
        "fallen to 1,150.\n"
        "But the city's own point-in-time count, released in January by the Department of "
        "Housing Services, found 1,870 people sleeping outside.\n"
        "The Coalition for the Homeless estimates that between 2,500 and 3,000 people sleep "
        "outside on any given night.\n"
    )
    ex = extract_text(text)
    figs = _figures(ex)
    assert figs["1,150"].quantity == figs["1,870 people"].quantity == "people"
    assert figs["1,870 people"].source.name == "Department of Housing Services"
    groups = {figs[k].group for k in ("1,150", "1,870 people", "between 2,500 and 3,000")}
    assert len(groups) == 1 and None not in groups
    d = load_dossier(write_draft(ex, tmp_path / "draft", "check.txt"))
    assert check_dossier(d).ok
    (res,) = contested(build_graph(d))
    assert res["contested"] and len(res["positions"]) == 3


def test_it_stands_for_the_body_the_sentence_before_describes():
    text = ("Quake toll rises\nBy Jane Roe\n"
            "MEXICO CITY (AP) \u2014 The civil protection agency gave its count on Tuesday. "
            "It said 225 people died.\n"
            "The Red Cross said 310 people died.\n")
    figs = _figures(extract_text(text))
    assert figs["225 people"].source.name == "civil protection agency"
    assert figs["225 people"].group == figs["310 people"].group is not None


def test_a_uk_health_story_keeps_both_of_its_disputes(tmp_path: Path):
    text = (
        "Home | News | Health\n"
        "Waiting lists: how many patients are really waiting?\n"
        "By Tom Hale, Health Correspondent\n"
        "A Department of Health spokesperson said on Tuesday that 6.2 million patients were "
        "waiting for hospital treatment in England at the end of June.\n"
        "According to the NHS Confederation, the real number is closer to 7.5 million once "
        "patients waiting for community services are included.\n"
        "A YouGov poll of 2,100 adults for the charity Patients First found that 41 per cent "
        "of people in England had been on a waiting list. Ministers have said the share is "
        "about 25 per cent.\n"
    )
    ex = extract_text(text)
    assert ex.title == "Waiting lists: how many patients are really waiting?"  # no breadcrumb
    figs = _figures(ex)
    assert "7.5 million" in figs  # not "7.5 million once patients"
    assert figs["41 per cent"].source.name == "YouGov"  # "Patients First found": a verb
    assert figs["about 25 per cent"].source.kind == "generic"  # ministers, unnamed
    d = load_dossier(write_draft(ex, tmp_path / "draft", "nhs.txt"))
    assert check_dossier(d).ok
    assert {q.text for q in d.questions} == {
        "How many patients were waiting for hospital treatment in England at the end of June?",
        "What share of people in England had been on a waiting list?"}
    assert all(r["contested"] for r in contested(build_graph(d)))


def test_a_crowd_story_sets_police_organizers_and_an_independent_count_apart(tmp_path: Path):
    text = (
        "Politics\n"
        "Tens of thousands march in Valdora over pension cuts\n"
        "By Marta Ruiz\n"
        "VALDORA, Estaria (AP) _ Tens of thousands of people marched through the capital on "
        "Saturday.\n"
        "Police put the crowd at 35,000. Organizers claimed more than 120,000 people took "
        "part.\n"
        "An independent count by the Valdora Crowd Lab, which analyzed drone footage, "
        "estimated the turnout at 58,000.\n"
    )
    ex = extract_text(text)
    assert ex.venue == "Associated Press"  # the wire in a dateline with a region in it
    figs = _figures(ex)
    assert figs["58,000"].source.name == "Valdora Crowd Lab"
    assert len({figs[k].group for k in ("35,000", "more than 120,000 people", "58,000")}) == 1
    d = load_dossier(write_draft(ex, tmp_path / "draft", "march.txt"))
    assert check_dossier(d).ok
    (res,) = contested(build_graph(d))
    assert len(res["positions"]) == 3


def test_a_heat_toll_from_a_web_page_has_its_three_counts(tmp_path: Path):
    from provenance.extract import extract

    page = tmp_path / "heat.html"
    page.write_text(
        "<html><head><title>Heat deaths | The Daily Ledger</title><script>var x=1;</script>"
        "</head><body><nav><a href='/'>Home</a> | <a href='/news'>News</a></nav><article>"
        "<h1>Heat wave deaths: the coroner, the state and a university disagree</h1>"
        "<p>By <a href='/a/jo'>Jo Kwan</a> | July 30, 2026</p>"
        "<p>PHOENIX &mdash; The Maricopa County medical examiner's office said on Monday "
        "that 212 people died of heat-related causes in June.</p>"
        "<p>The state health department put the toll at 189 deaths.</p>"
        "<p>&ldquo;Those numbers miss people who died at home,&rdquo; said Dr. Ana Ortiz, an "
        "epidemiologist at Sonora State University, whose team estimated that as many as "
        "340 people died.</p></article></body></html>", encoding="utf-8")
    ex, folder = extract(page, tmp_path / "draft")
    figs = _figures(ex)
    # "examiner" is no sample's verb; "said on Monday that" gives the figure
    assert figs["212 people"].source.name == "Maricopa County medical examiner's office"
    assert figs["340 people"].source.name == "Sonora State University"  # "whose team"
    d = load_dossier(folder)
    assert check_dossier(d).ok
    (res,) = contested(build_graph(d))
    assert res["contested"] and len(res["positions"]) == 3


def test_a_drug_claim_against_a_meta_analysis_is_one_question(tmp_path: Path):
    text = (
        "Does the new migraine drug work as well as advertised?\n"
        "By Sam Okafor\n"
        "Veltrix Pharma says its drug cut the number of monthly migraine days by 50 percent in "
        "its phase 3 trial of 1,200 patients.\n"
        "But a 2025 meta-analysis of 14 randomised trials found that similar drugs reduced "
        "migraine days by 28 percent on average.\n"
        "\u201cHalf is the best case, and 20 percent is typical,\u201d said Dr. Ines Varga, a "
        "neurologist.\n"
    )
    ex = extract_text(text)
    figs = _figures(ex)
    assert figs["50 percent"].quantity == figs["28 percent"].quantity == "reduction in day"
    assert figs["50 percent"].source.kind == "organisation"  # a company, not a person
    [review] = [s for s in ex.studies if s.design == "meta-analysis"]
    assert (review.sample_n, review.sample_unit) == (14, "randomised trials")
    d = load_dossier(write_draft(ex, tmp_path / "draft", "drug.txt"))
    assert check_dossier(d).ok
    assert [q.text for q in d.questions] == ["What is the reduction in migraine days?"]
    # the neurologist's quotation is one claim, carrying her figure
    quoted = [c for c in d.claims if "best case" in c.text]
    assert len(quoted) == 1


def test_a_tariffs_cost_per_household_is_one_question_and_a_total_is_another(tmp_path: Path):
    text = (
        "What will the new tariff cost American families?\n"
        "By Rachel Stein\n"
        "WASHINGTON \u2014 The White House said Tuesday that the new tariff would cost the "
        "average household about $80 a year.\n"
        "The nonpartisan Congressional Budget Office estimated the cost at $410 per household "
        "annually, and analysts at Goldman Sachs put it at roughly $600.\n"
        "\u201cFamilies will feel this,\u201d said Lena Ortiz, chief economist at the Retail "
        "Federation. Her group estimates that the tariff will cost consumers $14 billion in "
        "its first year.\n"
    )
    ex = extract_text(text)
    figs = _figures(ex)
    sources = {k: (figs[k].source.name, figs[k].source.kind)
               for k in ("about $80", "$410", "roughly $600", "$14 billion")}
    assert sources == {"about $80": ("White House", "organisation"),
                       "$410": ("Congressional Budget Office", "organisation"),
                       "roughly $600": ("Goldman Sachs", "organisation"),
                       "$14 billion": ("Retail Federation", "organisation")}
    household = {figs[k].group for k in ("about $80", "$410", "roughly $600")}
    assert len(household) == 1 and None not in household
    assert figs["$14 billion"].group not in household  # a total, not a household's cost
    d = load_dossier(write_draft(ex, tmp_path / "draft", "tariff.txt"))
    assert check_dossier(d).ok
    assert [q.text for q in d.questions] == ["What is the cost per household per year?"]
    # two sources in one sentence: each claim quotes its own clause
    texts = {c.text for c in d.claims}
    assert "analysts at Goldman Sachs put it at roughly $600." in texts
    assert ("The nonpartisan Congressional Budget Office estimated the cost at $410 per "
            "household annually") in texts


_FRAGMENTS = [
    "By Jane Roe and Sam Okoro | Reuters", "BY JANE ROE, Staff Writer", "Home | News | Health",
    "World", "MEXICO CITY (AP) _ ", "LONDON, March 3 (Reuters) \u2014 ", "It said 225 people died.",
    "The civil protection agency gave its count on Tuesday.", "Police put the crowd at 35,000.",
    "Organizers claimed more than 120,000 people took part.",
    "\u201cWe counted 420 bodies,\u201d said Hadi Karim, a local doctor.",
    "The nonpartisan Budget Office estimated the cost at $410 per household annually, and "
    "analysts at Goldman Sachs put it at roughly $600.",
    "Her group estimates that the tariff will cost consumers $14 billion.",
    "\u2026, whose team estimated that as many as 340 people died.",
    "Veltrix Pharma says its drug cut migraine days by 50 percent.",
    "But records show about 640 people move here every day, we found.",
    "Estimates range from 47,000 (the government) to 113,000 (aid groups).",
    "\u0000\u202e<script>alert(1)</script>", "{{ }} &amp; \"\" ''", "4.9 million Texans lack it.",
    "Portugal's agriculture ministry said 38,000 farms failed.", "By Christmas, 350 had died.",
    "Advertisement", "a 2025 meta-analysis of 14 randomised trials", "x" * 300, "$", "%", "By",
    "(AP)", "Gov. Terry McAuliffe said 20 people came.", "2e-06", "9/11", "No. 1",
]


def test_random_news_fragments_make_drafts_that_load_and_pass_check(tmp_path: Path):
    import random

    rng = random.Random(13)
    for i in range(60):
        parts = [rng.choice(_FRAGMENTS) for _ in range(rng.randint(1, 12))]
        text = rng.choice(["\n", "\n\n", " ", "\r\n"]).join(parts)
        d = load_dossier(write_draft(extract_text(text), tmp_path / str(i), "a.txt"))
        assert check_dossier(d).ok, text


def test_the_new_number_comes_from_the_survey_the_agency_released():
    text = ("Allergy rate rises\n"
            "The National Allergy Bureau released the results of a new parent survey on "
            "Friday, which show that 1 in 12 children have a food allergy. The previous "
            "estimate from the 2015 survey showed that 1 in 20 children had one.\n"
            "The new number is from a 2024 survey of parents of 9,000 children.\n")
    ex = extract_text(text)
    [new] = [s for s in ex.studies if s.year == 2024]
    assert new.organisation == "National Allergy Bureau"
    assert len(new.mentions) == 2  # "a new parent survey" and "a 2024 survey": one study


def test_a_body_that_used_a_method_to_make_its_estimate_is_a_study():
    text = ("Crowd size disputed\n"
            "The Harbor University Imaging Lab used satellite images and counting software to "
            "produce an independent estimate of the crowd.\n"
            "The lab said 48,000 people attended. Organizers said 150,000 people attended.\n")
    ex = extract_text(text)
    [study] = ex.studies
    assert study.organisation == "Harbor University Imaging Lab"
    assert study.title == "Harbor University Imaging Lab analysis"


def test_a_plain_story_with_no_dispute_gets_no_question(tmp_path: Path):
    text = ("City opens three new libraries\nBy Amy Chen\n"
            "The branches cost $18 million to build and will employ 60 people, officials said.\n"
            "\u201cThis is a great day,\u201d said Mayor Tom Alvarez. He said 40 percent of "
            "residents now live within a mile of a library.\n"
            "The library department said it lent 2.3 million books last year, 12 percent more "
            "than the year before.\n")
    ex = extract_text(text)
    assert _figures(ex)["12 percent"].quantity == "increase in book"  # not a share of residents
    d = load_dossier(write_draft(ex, tmp_path / "draft", "lib.txt"))
    assert check_dossier(d).ok
    assert d.questions == []


def test_two_polls_on_two_candidates_make_two_questions_not_one(tmp_path: Path):
    text = ("Race tightens\n"
            "A Quinnipiac poll found that 46 percent of likely voters back Smith and 41 "
            "percent back Jones.\n"
            "A Marist poll put Smith at 44 percent and Jones at 45 percent.\n")
    d = load_dossier(write_draft(extract_text(text), tmp_path / "draft", "poll.txt"))
    assert check_dossier(d).ok
    assert sorted(q.text for q in d.questions) == [
        "What share of likely voters back Jones?", "What share of likely voters back Smith?"]
    for res in contested(build_graph(d)):
        # each question sets one poll against the other, never a poll against itself
        assert len(res["positions"]) == 2


def test_numbers_written_out_with_a_hyphen_are_read_whole():
    from provenance.numbers import find_numbers

    assert [(n.text, n.value) for n in find_numbers("Forty-six percent of voters agreed.")] \
        == [("Forty-six percent", 46.0)]


def test_an_interview_answer_gives_its_figures_to_the_right_sources(tmp_path: Path):
    text = ("Q&A: Why the toll keeps changing\nBy Ana Lima\n"
            "**Why are the numbers so different?**\n"
            "The ministry counts only bodies recovered. We estimate 300 people died, said "
            "Dr. Rui Costa of the Red Cross.\n"
            "**How many did the ministry count?**\n"
            "It says 185.\n")
    ex = extract_text(text)
    figs = _figures(ex)
    assert (figs["300 people"].source.name, figs["300 people"].source.kind) == \
        ("Rui Costa", "person")  # "..., said Dr. Rui Costa of the Red Cross."
    assert figs["185"].source.name == "ministry"  # "it": what the question asked about
    d = load_dossier(write_draft(ex, tmp_path / "draft", "qa.txt"))
    assert check_dossier(d).ok


def test_a_headline_with_an_abbreviation_is_still_the_title():
    ex = extract_text("New Study Says 1 in 45 Children in the U.S. Has Autism\n"
                      "The agency said 1 in 45 children have autism.\n")
    assert ex.title == "New Study Says 1 in 45 Children in the U.S. Has Autism"
    assert extract_text("Storm hits coast. Residents flee\nThe storm killed 30 people, "
                        "officials said.\n").title is None  # two sentences: no headline


def test_according_to_data_from_a_department_is_the_departments_figure(tmp_path: Path):
    text = ("How many teachers quit last year?\nBy Priya Raman\n"
            "More than 44,000 teachers left the profession in England last year, according to "
            "data from the Department for Education.\n"
            "\u201cOur survey of members suggests nearly 60,000 walked away,\u201d a National "
            "Education Union spokesperson said.\n"
            "A separate analysis by the Education Policy Institute put the number at fewer "
            "than 40,000.\n")
    ex = extract_text(text)
    assert _figures(ex)["More than 44,000 teachers"].source.name == "Department for Education"
    d = load_dossier(write_draft(ex, tmp_path / "draft", "teachers.txt"))
    assert check_dossier(d).ok
    (res,) = contested(build_graph(d))
    assert len(res["positions"]) == 3


def test_a_regulator_and_a_water_company_and_a_byline_without_by(tmp_path: Path):
    text = ("Environment\r\n"
            "River pollution: water company and regulator clash over spill figures\r\n"
            "Helen Ward Environment correspondent\r\n"
            "The Environment Agency recorded 3,200 sewage spills into the River Wen last year, "
            "according to its annual monitoring report.\r\n"
            "Riverside Water, which operates the treatment works, disputes the figure. A "
            "spokesperson for the company said\u00a0it counted 1,900 spills.\r\n")
    ex = extract_text(text)
    assert [p.name for p in ex.people if p.author] == ["Helen Ward"]
    figs = _figures(ex)
    assert figs["3,200 sewage spills"].source.name == "Environment Agency"  # "its report"
    assert figs["1,900 spills"].source.name == "Riverside Water"  # "the company"
    d = load_dossier(write_draft(ex, tmp_path / "draft", "river.txt"))
    assert check_dossier(d).ok
    (res,) = contested(build_graph(d))
    assert res["contested"]


def test_turnout_and_titled_and_described_sources(tmp_path: Path):
    text = ("Turnout disputed in Kalvia vote\nBy Omar Said\n"
            "Turnout in Sunday's election was 61 percent, the Central Election Commission said "
            "on Monday.\n"
            "The independent monitoring group Vote Watch put turnout at 48 percent.\n"
            "Opposition leader Karim Dadash claimed fewer than 40 percent of voters cast "
            "ballots.\n"
            "An independent analyst, Dr. Maya Roth, said her review suggests about 52 percent "
            "voted.\n")
    ex = extract_text(text)
    figs = _figures(ex)
    assert figs["61 percent"].quantity == figs["48 percent"].quantity == "rate of turnout"
    assert figs["48 percent"].source.name == "Vote Watch"  # the group, by its name
    assert (figs["fewer than 40 percent"].source.name,
            figs["fewer than 40 percent"].source.kind) == ("Karim Dadash", "person")
    assert figs["about 52 percent"].source.name == "Maya Roth"  # not "the article"
    d = load_dossier(write_draft(ex, tmp_path / "draft", "vote.txt"))
    assert check_dossier(d).ok
    assert "What is the turnout rate?" in [q.text for q in d.questions]


def test_a_data_breach_sets_the_company_against_a_security_firm(tmp_path: Path):
    text = ("Data breach: how many customers were affected?\nBy Leo Park, Technology Reporter\n"
            "Telecom giant Norvia said on Wednesday that the personal data of 2.1 million "
            "customers had been exposed, up from the 1.3 million it announced initially.\n"
            "Cybersecurity firm Sentinel Labs, which analysed files posted online by the "
            "hackers, told the BBC the real number was at least 4 million.\n"
            "Norvia's shares fell 6% in early trading.\n")
    ex = extract_text(text)
    figs = _figures(ex)
    assert figs["2.1 million customers"].source.name == "Norvia"  # not "Telecom"
    assert figs["at least 4 million"].source.name == "Sentinel Labs"
    assert figs["1.3 million"].revised  # the company revising itself: no dispute
    assert figs["6%"].quantity == "reduction in share"  # a fall, not a share of anything
    d = load_dossier(write_draft(ex, tmp_path / "draft", "breach.txt"))
    assert check_dossier(d).ok
    (res,) = contested(build_graph(d))
    # the company's first count is in the question, since revised: shown, not a side
    assert len([p for p in res["positions"] if not p.get("superseded")]) == 2
    assert [p["position"] for p in res["positions"] if p.get("superseded")] == [
        "1.3 million (Norvia, since revised)"]


def test_a_clause_after_while_is_not_the_source_and_a_lowered_estimate_is_a_revision():
    text = ("How common is long Covid?\nBy Nora Blake\n"
            "The Office for National Statistics puts the figure at 3 percent of adults, while "
            "a study led by researchers at Imperial College London estimated that 15 percent "
            "of adults develop lasting symptoms.\n"
            "The World Health Organization lowered its estimate this year to 6 percent, from "
            "10 percent.\n")
    figs = _figures(extract_text(text))
    assert figs["3 percent"].source.name == "Office for National Statistics"
    assert figs["10 percent"].revised and not figs["6 percent"].revised


def test_a_madrid_rally_names_the_police_and_the_government_delegation():
    text = ("Thousands rally in Madrid for housing\nBy Carmen Ruiz\n"
            "MADRID (Reuters) - Around 15,000 people marched in central Madrid on Sunday, "
            "according to police estimates, to demand cheaper housing.\n"
            "The government delegation in Madrid put attendance at 22,000.\n")
    ex = extract_text(text)
    assert ex.venue == "Reuters"
    figs = _figures(ex)
    assert figs["Around 15,000 people"].source.name == "police"
    assert figs["22,000"].source.name == "government delegation in Madrid"


def test_a_wildfire_sets_the_emergency_service_satellites_and_a_green_group_apart(
        tmp_path: Path):
    text = ("Wildfire: how much forest burned?\nBy Tomás Herrera\n"
            "The fire has burned 48,000 hectares of forest since Tuesday, the regional "
            "emergency service said on Saturday.\n"
            "Satellite data from the European Forest Fire Information System (EFFIS) show a "
            "burned area of about 61,000 hectares.\n"
            "\u201cThe official number only counts what our crews could map,\u201d said Ana "
            "Costa, a forester with the environmental group Bosque Vivo, which puts the damage "
            "at 70,000 hectares.\n")
    ex = extract_text(text)
    figs = _figures(ex)
    assert figs["48,000 hectares"].source.name == "regional emergency service"
    assert figs["about 61,000 hectares"].source.name == \
        "European Forest Fire Information System"
    assert (figs["70,000 hectares"].source.name, figs["70,000 hectares"].source.kind) == \
        ("Bosque Vivo", "organisation")  # ", which puts": the group named before it
    d = load_dossier(write_draft(ex, tmp_path / "draft", "fire.txt"))
    assert check_dossier(d).ok
    (res,) = contested(build_graph(d))
    assert len(res["positions"]) == 3


def test_an_irregular_plural_unit_is_not_pluralised_again(tmp_path: Path):
    text = ("Lake level dispute\n"
            "The harbour authority says the lake dropped 3 feet this summer. The sailing club "
            "said the lake dropped 7 feet.\n"
            "The ferry company said 200 children use the crossing daily; the council said 150 "
            "children do.\n")
    d = load_dossier(write_draft(extract_text(text), tmp_path / "d", "lake.txt"))
    units = {c.estimate.unit or "" for c in d.claims if c.estimate is not None}
    assert "feet" in units and "children" in units
    assert not any(u.endswith(("feets", "childrens", "s s")) for u in units)


def test_a_contrastive_clause_starts_a_new_source_for_the_figures_after_it():
    text = ("The port authority says cargo volumes fell by 8 percent in March, but shipping "
            "unions insist the fall was nearer 15 percent.\n"
            "Mayor Ana Ruiz said 40 shops had closed, while local traders argue that 90 shops "
            "have closed.\n")
    figs = _figures(extract_text(text))
    assert figs["8 percent"].source.name == "port authority"
    assert figs["15 percent"].source.name == "shipping unions"
    assert figs["40 shops"].source.name == "Ana Ruiz"  # the person, without her title
    assert figs["90 shops"].source.name == "local traders"


def test_a_name_after_a_role_word_or_before_who_is_a_person_and_x_percent_of_n_counts_n(
        tmp_path: Path):
    text = ("Library cuts\n"
            "The council will decide in May, according to spokeswoman Ana Lopes, who said 20 "
            "percent of libraries could close.\n"
            "The cuts are deep, according to Rui Costa, who said 12 percent of pools would "
            "shut.\n")
    ex = extract_text(text)
    figs = _figures(ex)
    assert (figs["20 percent"].source.name, figs["20 percent"].source.kind) == \
        ("Ana Lopes", "person")
    assert figs["12 percent"].source.kind == "person"
    d = load_dossier(write_draft(ex, tmp_path / "d", "cuts.txt"))
    assert {p.name for p in d.people} >= {"Ana Lopes", "Rui Costa"}
    assert not any("Lopes" in w.title for w in d.works)  # no "Ana Lopes figures" report
    pops = {c.estimate.population for c in d.claims if c.estimate is not None}
    assert "libraries" in pops and "May" not in pops


def test_a_campus_after_a_comma_is_part_of_the_body_and_a_short_reference_is_the_same_study(
        tmp_path: Path):
    text = ("Salmon survey\n"
            "A 2023 survey by the University of Wisconsin, Madison, found that 40 percent of "
            "lakes had fewer trout.\n"
            "Anglers said the Madison survey matched what they saw.\n")
    ex = extract_text(text)
    [study] = ex.studies
    assert study.organisation == "University of Wisconsin, Madison"
    assert len(study.mentions) == 2
    d = load_dossier(write_draft(ex, tmp_path / "d", "lakes.txt"))
    # the body's figure rests on its study: no second, untitled "figures" report
    assert [w.type for w in d.works if w.type != "article"] == ["study"]
    # a list of universities is not one body with a campus
    ex2 = extract_text("A study by the University of Leeds, Oxford, and York estimated "
                       "that 30 percent of rivers are polluted.\n")
    assert all(", Oxford" not in (s.organisation or "") for s in ex2.studies)


def test_a_question_about_a_change_is_named_from_what_changed():
    text = ("The glacier debate\n"
            "The park service says the western glacier retreated by 30 metres last year, but "
            "climbing guides insist it retreated nearer 45 metres.\n"
            "\u201cThirty metres is what we measured,\u201d said Dr. Ines Moreau, a park "
            "glaciologist.\n")
    ex = extract_text(text)
    groups = {fc.group for fc in ex.figures if fc.figure.text.endswith("metres")}
    assert len(groups) == 1
    members = [fc for fc in ex.figures if fc.figure.text.endswith("metres")]
    assert question_text(text, members) == \
        "How many metres did the western glacier retreat?"


def test_a_measured_duration_is_a_figure_and_a_date_span_is_not(tmp_path: Path):
    text = ("Ambulance delays\n"
            "Ambulances take an average of 40 minutes to reach heart attack patients, "
            "according to the regional health board.\n"
            "But the paramedics' union says its own audit puts the average wait at 70 "
            "minutes.\n"
            "The board was set up 10 years ago and meets for 3 days each spring.\n")
    ex = extract_text(text)
    figs = _figures(ex)
    assert figs["40 minutes"].source.name == "regional health board"
    assert figs["40 minutes"].group == figs["70 minutes"].group
    assert "10 years" not in figs and "3 days" not in figs
    d = load_dossier(write_draft(ex, tmp_path / "d", "amb.txt"))
    [q] = d.questions
    assert q.text == "How long is the average wait?"
    assert contested(build_graph(d))[0]["contested"]


def test_a_new_lower_case_subject_after_while_and_a_per_each_multiplier_stay_apart():
    text = ("Factory closure\n"
            "Norland Steel Ltd says closing its plant will cut 200 jobs, while the region's "
            "business council estimates the loss at 520 jobs.\n"
            "A 2024 study by Keele University found that each factory job supports 2.1 other "
            "jobs.\n"
            "Unemployment in the region rose by 3 percent last year, the council said.\n")
    figs = _figures(extract_text(text))
    assert figs["200 jobs"].source.name == "Norland Steel Ltd"
    assert figs["520 jobs"].source.name == "region's business council"
    assert figs["200 jobs"].group == figs["520 jobs"].group
    assert figs["2.1 other jobs"].quantity != figs["200 jobs"].quantity  # per factory job
    assert figs["3 percent"].quantity == "increase in unemployment"


def test_a_run_of_section_lines_is_no_title_and_a_short_headline_still_is():
    ex = extract_text("UK\nPolitics\nCouncils warn of a funding gap of 4 billion pounds\n"
                      "The Local Government Association said the gap was 4 billion pounds.\n")
    assert ex.title == "Councils warn of a funding gap of 4 billion pounds"
    ex = extract_text("Water wars\nShare\nBy Jane Roe\nThe board said 12 wells ran dry.\n")
    assert ex.title == "Water wars"


def test_a_body_s_document_gives_the_figure_and_a_poll_s_year_stays_in_its_clause():
    text = ("Food banks\n"
            "Food bank use rose to 2,300 families this winter, the council's own audit shows, "
            "but the charity Feed All says 5,000 families now rely on it.\n"
            "A Savanta poll found 40 per cent of parents skip meals, while ministers say "
            "funding has risen since 2018.\n")
    ex = extract_text(text)
    figs = _figures(ex)
    assert figs["2,300 families"].source.name == "council"
    assert figs["2,300 families"].group == figs["5,000 families"].group
    # "the council's own audit" is the council's work (a body's own audit is a source)
    [poll] = [s for s in ex.studies if s.noun == "poll"]
    assert poll.year is None  # "since 2018" belongs to the ministers' clause
    assert [s.organisation for s in ex.studies if s.noun == "audit"] == ["council"]


def test_a_study_named_again_by_its_body_s_initials_is_one_study():
    text = ("Commuting costs\n"
            "A 2025 report by the Institute for Fiscal Studies estimated that rail fares rose "
            "by 9 percent.\n"
            "The IFS report was welcomed by passenger groups.\n"
            "A separate 2025 report by the Resolution Foundation put the rise at 6 percent.\n")
    ex = extract_text(text)
    ifs = [s for s in ex.studies if s.organisation == "Institute for Fiscal Studies"]
    assert len(ifs) == 1 and len(ifs[0].mentions) == 2
    assert len(ex.studies) == 2


MARCH = (
    "Rival Counts for the Harbour March\n"
    "Organisers of Sunday's march said 90,000 people took part, while the police put the"
    " crowd at about 25,000.\n"
    "Scientists at Northfield University, who studied drone footage, estimated the crowd at"
    " between 35,000 and 45,000.\n"
)


def test_group_at_a_body_with_a_relative_clause_gives_the_body_s_figure():
    ex = extract_text(MARCH)
    figs = _figures(ex)
    assert figs["between 35,000 and 45,000"].source.name == "Northfield University"
    assert figs["90,000 people"].source.name == "organisers"  # a day is no body
    assert figs["about 25,000"].source.name == "police"
    assert len({figs[k].group for k in figs}) == 1 and figs["about 25,000"].group is not None


PLANT = (
    "Battery Plant Comes to Marlow County\n"
    "Senator Ada Voss pledged on Friday that the factory would bring 3,000 jobs to the"
    " region.\n"
    "The company said it planned to hire about 1,800 workers in the first year.\n"
)


def test_a_pledge_gives_a_figure_and_people_hired_are_jobs():
    ex = extract_text(PLANT)
    figs = _figures(ex)
    assert figs["3,000 jobs"].source.name.endswith("Ada Voss")
    assert figs["3,000 jobs"].source.kind == "person"
    hired = next(fc for fc in ex.figures if "1,800" in fc.figure.text)
    assert hired.quantity == "job"  # hire N workers: N jobs
    assert hired.source.kind == "organisation" and "Voss" not in hired.source.name
    assert hired.group is not None and hired.group == figs["3,000 jobs"].group


def test_people_added_to_a_town_are_no_jobs():
    ex = extract_text("Town Grows\nThe census bureau said the town added 2,500 people"
                      " last year.\n")
    assert [fc.quantity for fc in ex.figures] == ["people"]


def test_a_body_s_researchers_with_a_method_make_a_study_the_figure_rests_on():
    ex = extract_text(MARCH)
    [study] = [s for s in ex.studies if s.organisation == "Northfield University"]
    assert study.design_note == "studied drone footage"
    fig = _figures(ex)["between 35,000 and 45,000"]
    assert fig.study_id == study.id or fig.source.study == study.id


def test_a_group_is_named_by_the_body_after_it_or_by_its_of_phrase():
    ex = extract_text("Harbour March\nCampaigners at Friends of the Harbour said 9,000 people"
                      " took part, while police put the crowd at 4,000.\n"
                      "Stewards of the rally said 8,000 people joined in.\n")
    figs = _figures(ex)
    assert figs["9,000 people"].source.name == "Friends of the Harbour"
    assert figs["8,000 people"].source.name == "stewards of the rally"


def test_a_place_after_a_group_is_no_body_and_no_relative_clause_hangs_on_it() -> None:
    """'Stewards at Wembley Stadium said ...' is the stewards' figure, not the stadium's;
    'Volunteers in Hull, who counted ...' is the volunteers', not Hull's."""
    text = ("Crowd row\nStewards at Wembley Stadium said 90,000 fans attended.\n"
            "Teachers from Leeds said 300 pupils were absent.\n"
            "Volunteers in Hull, who counted sandbags, estimated 2,000 bags were used.\n")
    sources = {fc.figure.value: fc.source.name if fc.source else None
               for fc in extract_text(text).figures}
    assert sources[90000] not in (None, "Wembley Stadium")
    assert sources[300] not in (None, "Leeds")
    assert sources[2000] != "Hull"
    # a body after the group still gives its name
    [fc] = extract_text("Campaigners at Friends of the Earth said 4,000 trees were felled.\n"
                        ).figures
    assert fc.source is not None and fc.source.name == "Friends of the Earth"


def test_one_plural_rule_for_drafts_and_their_questions() -> None:
    from provenance.numbers import plural

    assert [plural(w) for w in ("inch", "county", "feet", "acre-foot", "child", "farm")] == [
        "inches", "counties", "feet", "acre-feet", "children", "farms"]
