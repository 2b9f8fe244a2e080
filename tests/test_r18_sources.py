"""Round 18: whose "its" is, in a sentence that names its own source.

"The county highways department puts the figure at 1,900, according to its own counters":
the figure is the department's, and "its" is the department; the body the article named
before is the other side of the dispute, not this figure's source. A report "its" names
in a sentence whose subject is only a capitalised common noun ("Numbers rose ...,
according to its annual report") is the report of the body named before, not of
"Numbers". Texts written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from provenance.extract import extract_text
from provenance.extract.figures import FigureClaim

from .test_r17_sources import _figures


def _by_value(text: str) -> dict[float | None, FigureClaim]:
    """The figures ``text`` is drafted with, by their value."""
    return {f.figure.value: f for f in extract_text(text).figures}


def _groups_by_value(text: str) -> dict[float | None, int | None]:
    """Each figure's question (its group), by its value."""
    return {v: f.group for v, f in _by_value(text).items()}


def test_according_to_its_own_counts_is_the_sentences_subject() -> None:
    text = ("The Harbourton Cycling Trust says about 3,100 people cross the river bridge by "
            "bike each day. The county highways department puts the figure at 1,900, "
            "according to its own counters.")
    got = _figures(text)
    assert got.get("3,100") == "Harbourton Cycling Trust"
    assert got.get("1,900") == "county highways department"
    ex = extract_text(text)
    # two sources, one quantity: the dispute the article is about
    groups = {f.group for f in ex.figures}
    assert len(groups) == 1 and None not in groups
    got = _figures("The trust says about 3,100 people cross the bridge each day. Officials "
                   "put the figure at 1,900, according to their own counts.")
    assert got.get("1,900") == "officials"


def test_according_to_its_report_with_no_subject_source_is_the_body_before() -> None:
    # no source in the sentence itself: "its" is still the trust named before
    got = _figures("The Harbourton Cycling Trust says about 3,100 people cross the bridge "
                   "each day. The figure was 2,900 last year, according to its annual report.")
    assert got.get("2,900") == "Harbourton Cycling Trust"


def test_a_capitalised_common_noun_opening_the_sentence_is_not_the_reports_maker() -> None:
    for opener in ("Numbers", "Visitor numbers"):
        ex = extract_text(f"The Halvern District Council counted 3,100 visitors in 2023. "
                          f"{opener} fell to 1,900 last year, according to its annual report.")
        makers = {s.organisation for s in ex.studies}
        assert makers == {"Halvern District Council"}, opener
        got = {f.figure.value: f.source.name if f.source else None for f in ex.figures}
        assert got.get(1900.0) == "Halvern District Council"


def test_a_noun_made_of_a_verb_counts_what_its_participle_counts() -> None:
    # "cancellations" and "cancelled crossings", "evictions" and "evicted households":
    # one quantity, so the three sources' figures are one question
    ex = extract_text("The Skerrinish Community Council counted 212 cancelled crossings this "
                      "year. Northsound Ferries puts the number at 148. The transport watchdog "
                      "said its own count was 190 cancellations.")
    groups = {f.figure.value: f.group for f in ex.figures}
    assert groups[212.0] is not None and groups[212.0] == groups[148.0] == groups[190.0]
    ex = extract_text("The tenants' union counted 640 evicted households in the borough last "
                      "year. The borough council counted 410 evictions.")
    groups = {f.figure.value: f.group for f in ex.figures}
    assert groups[640.0] is not None and groups[640.0] == groups[410.0]
    # a noun of another verb stays apart: "arrests" are not "cancelled crossings"
    ex = extract_text("The Skerrinish Community Council counted 212 cancelled crossings this "
                      "year. Police made 30 arrests at the pier, the harbour board said.")
    groups = {f.figure.value: f.group for f in ex.figures}
    assert groups.get(30.0) is None or groups.get(30.0) != groups.get(212.0)


FACT_CHECK = (
    "Mayor Roderick Tansley says the city planted 40,000 trees. The city's planting "
    "register lists 23,500 trees. Greenbelt Trees, a volunteer group, estimates that about "
    "18,000 of them are alive, said its coordinator, Ramona Nandakumar.\n\n"
    "A spokeswoman for the mayor said the 40,000 figure included saplings. Asked how many "
    "saplings were given out, she said about 16,000.\n"
)


def test_a_question_in_the_figures_own_sentence_names_what_it_counts() -> None:
    ex = extract_text(FACT_CHECK)
    saplings = next(f for f in ex.figures if f.figure.value == 16000.0)
    trees = next(f for f in ex.figures if f.figure.value == 23500.0)
    assert saplings.quantity != trees.quantity  # saplings given out, not trees planted
    assert saplings.group is None or saplings.group != trees.group


def test_she_after_a_spokeswomans_reported_words_is_the_spokeswomans() -> None:
    got = _figures(FACT_CHECK)
    assert got.get("16,000") == "Roderick Tansley"  # whom the spokeswoman speaks for
    # past the next sentence, and after a woman the text names, "she" is not the voice's
    got = _figures("A spokeswoman for the mayor said the figure included saplings. The "
                   "volunteers' coordinator, Ramona Nandakumar, disagreed. She said about "
                   "18,000 trees were alive.")
    assert got.get("18,000") not in ("mayor", "Roderick Tansley")


def test_the_runners_a_study_followed_are_its_sample_not_a_count_in_dispute() -> None:
    ex = extract_text("Researchers at the University of Castlemere followed 1,240 first-time "
                      "marathon runners for two years and found that 14 per cent still had "
                      "knee pain a year after the race.")
    assert {f.figure.value for f in ex.figures} == {14.0}
    assert [n.kind for n in ex.numbers if n.value == 1240.0] == ["sample"]


def test_it_after_a_body_set_beside_its_description_is_that_body() -> None:
    got = _figures("A separate analysis by the Kestrel Running Clinic put the figure at "
                   "around 4 per cent. The national governing body, Run Britannia, says it "
                   "has seen no evidence of a problem. It estimates that fewer than 2 per "
                   "cent of finishers report lasting injuries.")
    assert got.get("4") == "Kestrel Running Clinic"
    assert got.get("2") == "Run Britannia"


def test_a_bodys_own_figure_is_its_whatever_the_aside_before_the_copula() -> None:
    for sentence in ("The district council's own figure, based on council tax records, is 240.",
                     "The district council's figure is 240.",
                     "The police count was about 240."):
        got = _figures("Housing campaigners in Wexcombe say more than 600 homes have stood "
                       "empty for over a year. " + sentence)
        assert got.get("600") == "housing campaigners"
        assert got.get("240") in ("district council", "police"), sentence


def test_a_study_in_the_other_clause_is_not_this_figures_evidence(tmp_path: Path) -> None:
    from provenance.extract import write_draft

    text = ("Oat milk sales soar\n\nSales of oat milk rose 38 per cent last year, according "
            "to the trade body Plant Drinks Albion, though a market survey by Quillon Research "
            "put the rise at 22 per cent.\n")
    ex = extract_text(text)
    by_value = {f.figure.value: f for f in ex.figures}
    (survey,) = ex.studies
    assert by_value[22.0].study_id is not None  # the survey's own figure
    assert by_value[38.0].study_id is None  # the trade body's, not the survey's
    draft = yaml.safe_load((write_draft(ex, tmp_path / "d", "a.txt") / "dossier.yaml")
                           .read_text("utf-8"))
    based = {c["estimate"]["value"]: c["based_on"] for c in draft["claims"] if "estimate" in c}
    assert based[38] == ["plant-drinks-albion-figures"]  # the trade body's, not the survey
    assert based[22] != based[38]


def test_extracts_summary_counts_what_the_draft_holds(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from provenance.cli import app

    article = tmp_path / "a.txt"
    article.write_text("Union says 600 jobs will go\n\nThe union says 600 jobs will go at the "
                       "plant. The company puts the number at 240. The union repeated that 600 "
                       "jobs were at risk.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "-o", str(tmp_path / "d")])
    assert result.exit_code == 0, result.output
    draft = yaml.safe_load((tmp_path / "d" / "dossier.yaml").read_text("utf-8"))
    given = sum(1 for c in draft["claims"] if "estimate" in c)
    assert f"{given} figures given by a source" in result.output


def test_a_sources_figure_for_an_earlier_year_is_not_a_side_of_its_own() -> None:
    groups = _groups_by_value("But the authority's own annual report shows 4.2 million passenger "
                      "journeys in 2019 and 5.1 million in 2023, a rise of about 21 per cent. "
                      "The operator, Tarnwick Buses, gives a higher figure for 2023: 5.6 million "
                      "journeys.")
    assert groups[5100000.0] is not None and groups[5100000.0] == groups[5600000.0]
    assert groups[4200000.0] is None  # 2019: the authority's series, not a second side


def test_the_whole_a_part_is_counted_in_is_no_side_of_the_dispute() -> None:
    groups = _groups_by_value("Quorvane Foods said 180 jobs would go at the plant, out of a "
                              "workforce of 1,150. The union says 400 jobs are at risk.")
    assert 1150.0 not in groups  # the workforce: the whole, no claim of how many go
    assert groups[180.0] is not None and groups[180.0] == groups[400.0]


def test_a_towns_or_clubs_own_body_is_the_source_not_the_town() -> None:
    got = _figures("Quelmont Athletic say 31,400 fans came. Quelmont's supporters' trust "
                   "estimates around 2,600 travelling fans made the trip.")
    assert got.get("2,600") == "Quelmont's supporters' trust"
    got = _figures("Brackwith's business association estimates 2,600 shoppers came.")
    assert got.get("2,600") == "Brackwith's business association"


def test_a_report_an_outlet_saw_is_the_subjects_evidence_not_the_source() -> None:
    got = _figures("Safety officers from Quelmont Borough Council, who license the stadium, "
                   "recorded 27,950 people through the turnstiles, according to a report seen "
                   "by the Courier.")
    assert got.get("27,950") == "Quelmont Borough Council"


def test_a_saving_a_year_and_the_saving_are_one_question() -> None:
    ex = extract_text("Analysts at Brackwith Securities estimate the closure will save the "
                      "company £9 million a year. The company itself puts the saving at "
                      "£14 million.")
    by_value = {f.figure.value: f for f in ex.figures}
    assert "savings" in by_value[9000000.0].quantity and "savings" in by_value[14000000.0].quantity
    assert by_value[9000000.0].group is not None
    assert by_value[9000000.0].group == by_value[14000000.0].group
    # and an investment is no saving: "would invest £5 million in automation"
    ex = extract_text("Analysts at Brackwith Securities estimate the closure will save the "
                      "company £9 million a year. The company itself puts the saving at "
                      "£14 million. Its chief executive said the company would invest £5 million "
                      "in automation at the site.")
    five = next(f for f in ex.figures if f.figure.value == 5000000.0)
    assert five.quantity == "money £ investment" and five.group is None


def test_the_union_is_the_federation_the_text_named() -> None:
    ex = extract_text("The Bakers and Millers Workers Federation said its own count showed 420 "
                      "jobs at risk. The chief executive said the plant had lost £12 million. "
                      "The union disputes that. It says the plant made a profit of £3 million.")
    got = {f.figure.value: f.source.name if f.source else None for f in ex.figures}
    assert got[420.0] == got[3000000.0] == "Bakers and Millers Workers Federation"


def test_a_polls_shares_on_the_british_pattern_are_the_pollsters() -> None:
    ex = extract_text("Brantwell puts the Civic Alliance on 38 per cent and the Progress Party "
                      "on 34 per cent, with the Greens on 11 per cent. Quorrick Insight, which "
                      "polled online, has the Civic Alliance on 43 per cent and the Progress "
                      "Party on 29 per cent.")
    got = {f.figure.value: (f.source.name if f.source else None, f.target, f.group)
           for f in ex.figures}
    assert {got[v][0] for v in (38.0, 34.0, 11.0)} == {"Brantwell"}
    assert {got[v][0] for v in (43.0, 29.0)} == {"Quorrick Insight"}
    # one question a party: the Alliance's two shares, the Progress Party's two
    assert got[38.0][2] == got[43.0][2] is not None
    assert got[34.0][2] == got[29.0][2] is not None and got[34.0][2] != got[38.0][2]


def test_a_named_body_is_not_called_unnamed_in_the_draft(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from provenance.cli import app

    article = tmp_path / "a.txt"
    article.write_text("Knife crime falls\n\nKnife offences fell to 1,142 last year, Thornmoor "
                       "Police said. Officials at the ministry put the figure at 1,300.\n",
                       encoding="utf-8")
    assert CliRunner().invoke(app, ["extract", str(article), "-o",
                                    str(tmp_path / "d")]).exit_code == 0
    draft = (tmp_path / "d" / "dossier.yaml").read_text("utf-8")
    assert "Thornmoor Police" in draft and "Given by Thornmoor Police, unnamed" not in draft


def test_check_does_not_call_a_quote_attributed_when_the_text_names_no_speaker(
        tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from provenance.cli import app

    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text("The ferry carried 500 people last year.\n",
                                                encoding="utf-8")
    (tmp_path / "dossier.yaml").write_text(
        "title: Ferry\npeople:\n  - id: ann\n    name: Ann Quell\nworks:\n  - id: a\n"
        "    type: article\n    title: Ferry\n    source_text: sources/a.txt\nclaims:\n"
        "  - id: c1\n    text: The ferry carried 500 people.\n    appearances:\n"
        "      - in: a\n        by: ann\n"
        "        quote: \"The ferry carried 500 people last year.\"\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 0, result.output
    last = result.output.strip().splitlines()[-1]
    assert "1 unknown" in last
    assert "and attributed" not in last and "not confirmed" in last


def test_forecasters_growth_figures_are_one_question_of_growth() -> None:
    ex = extract_text("The Marravel Reserve Bank has cut its forecast for growth this year to "
                      "1.8 per cent. Tollgate Economics expects growth of just 0.9 per cent and "
                      "puts inflation at the end of the year at 3.6 per cent. The Penwarden "
                      "Institute warns that growth could be as low as 0.3 per cent.")
    got = {f.figure.value: (f.source.name if f.source else None, f.quantity, f.group)
           for f in ex.figures}
    assert got[1.8][0] == "Marravel Reserve Bank"
    assert got[3.6][0] == "Tollgate Economics"  # the second verb shares the subject
    assert {got[v][1] for v in (1.8, 0.9, 0.3)} == {"growth"}
    assert got[1.8][2] is not None and got[1.8][2] == got[0.9][2] == got[0.3][2]
    assert got[3.6][1] != "growth"
    # growth of something named is that thing's
    assert extract_text("Wage growth of 4 per cent is expected, the bank said."
                        ).figures[0].quantity == "wage growth"


def test_adds_before_a_figure_is_a_sum_not_a_verb_of_saying() -> None:
    got = _figures("Scientists at the Polar Institute say the melt adds 0.07 millimetres. The "
                   "new study also estimates that the glacier's melt adds 0.04 millimetres a "
                   "year to sea levels.")
    assert got.get("0.04") != "glacier"
    got = _figures("The charity adds that 400 families are waiting.")
    assert got.get("400") == "charity"


def test_the_count_a_source_compares_its_own_with_is_no_side() -> None:
    groups = _groups_by_value("Knife crime fell by 8 per cent, Thornmoor Police said on Monday, "
                      "recording 1,142 offences involving a blade compared with 1,241 the year "
                      "before. The Ardwell Foundation says the true number is nearer 3,000.")
    assert groups[1142.0] is not None and groups[1142.0] == groups[3000.0]
    assert groups.get(1241.0) is None  # last year's, set against this year's


def test_a_rate_named_by_its_word_is_a_question_of_its_own() -> None:
    by_value = _by_value("Police and charity at odds over knife crime\n\n"
                      "Chief Constable Helen Vardakis said the force's detection rate for knife "
                      "offences had risen to 31 per cent. The Ardwell Foundation said the "
                      "detection rate was closer to 22 per cent once cases dropped before charge "
                      "were counted.\n")
    assert by_value[31.0].quantity == by_value[22.0].quantity == "rate of detection"
    assert by_value[31.0].group is not None and by_value[31.0].group == by_value[22.0].group


def test_growth_and_rate_questions_read_as_questions(tmp_path: Path) -> None:
    from provenance.extract import write_draft

    for text, want in (
            ("Forecasters split\n\nThe Marravel Reserve Bank has cut its forecast for growth "
             "this year to 1.8 per cent. Tollgate Economics expects growth of just 0.9 per "
             "cent.\n", "What is the growth rate?"),
            ("Police and charity at odds\n\nChief Constable Helen Vardakis said the force's "
             "detection rate had risen to 31 per cent. The Ardwell Foundation said the "
             "detection rate was closer to 22 per cent.\n", "What is the detection rate?")):
        draft = yaml.safe_load((write_draft(extract_text(text), tmp_path / want[12:20], "a.txt")
                                / "dossier.yaml").read_text("utf-8"))
        assert [q["text"] for q in draft["questions"]] == [want]


def test_a_polls_turnout_and_undecided_are_questions_apart_from_the_parties() -> None:
    g = _groups_by_value("Brantwell puts the Civic Alliance on 38 per cent. Quorrick Insight has "
                      "the Civic Alliance on 43 per cent.\n\nBrantwell's head of polling "
                      "estimates that turnout will be around 52 per cent; Quorrick expects it "
                      "to be nearer 40 per cent.\n\nBrantwell found that one in five voters had "
                      "still not decided how to vote. Quorrick's figure for undecided voters is "
                      "12 per cent.\n")
    assert g[38.0] == g[43.0] is not None
    assert g[52.0] == g[40.0] is not None and g[52.0] != g[38.0]
    assert g[1.0] == g[12.0] is not None and g[1.0] not in (g[38.0], g[52.0])


def test_a_forecast_revised_from_and_another_rate_stay_out_of_the_growth_question() -> None:
    ex = extract_text("The Marravel Reserve Bank has cut its forecast for economic growth this "
                      "year to 1.8 per cent, from 2.3 per cent in February. Tollgate Economics "
                      "expects growth of just 0.9 per cent. The Penwarden Institute warns that "
                      "growth could be as low as 0.3 per cent and that unemployment, now 5.1 per "
                      "cent, will rise to 6.4 per cent.")
    g = {f.figure.value: (f.quantity, f.group) for f in ex.figures}
    growth = g[1.8][1]
    assert growth is not None and g[0.9][1] == g[0.3][1] == growth
    assert g.get(2.3, ("", None))[1] != growth  # the bank's own earlier forecast, cut
    assert g[5.1][1] != growth and g[6.4][1] != growth


def test_a_question_is_named_by_its_quantity_not_a_relative_pronoun(tmp_path: Path) -> None:
    from provenance.extract import write_draft

    text = ("Police and charity at odds\n\nA survey commissioned by the Ardwell Foundation "
            "estimates that only one in three knife incidents reaches the police. Chief "
            "Constable Helen Vardakis said the force's detection rate had risen to 31 per cent. "
            "Officials said the minister meant hospital admissions for stab wounds, which fell "
            "by 11 per cent. The foundation said the detection rate was closer to 22 per "
            "cent.\n")
    draft = yaml.safe_load((write_draft(extract_text(text), tmp_path / "d", "a.txt")
                            / "dossier.yaml").read_text("utf-8"))
    asked = [q["text"] for q in draft["questions"]]
    assert "What is the detection rate?" in asked
    assert not any(" which " in q or "reaches the police rate" in q for q in asked)


def test_two_rates_each_named_by_its_word_are_never_one_question() -> None:
    ex = extract_text("Reserve Bank cuts growth forecast as inflation bites\n\nTollgate "
                      "Economics expects growth of just 0.9 per cent and puts inflation at the "
                      "end of the year at 3.6 per cent. The Penwarden Institute warns that "
                      "growth could be as low as 0.3 per cent and that unemployment, now 5.1 per "
                      "cent, will rise to 6.4 per cent.\n")
    q = {f.figure.value: (f.quantity, f.group) for f in ex.figures}
    assert q[3.6][0] == "rate of inflation" and q[5.1][0] == "rate of unemployment"
    assert q[3.6][1] is None or q[3.6][1] != q[5.1][1]


def test_a_change_named_by_a_noun_alone_is_a_change_of_what_its_sentence_measures() -> None:
    got = _by_value("Vantrell Properties says the average rent will rise to $2,350 a month, an "
                      "increase of 9 percent. The merchants' association says its members will "
                      "pay an average of $3,100, a rise of about 40 percent.")
    assert got[9.0].quantity == got[40.0].quantity == "increase in rent"
    assert got[9.0].group is not None and got[9.0].group == got[40.0].group
    # a described body with its members' possessive is a body of its own, not the one before
    assert got[40.0].source is not None and got[40.0].source.name == "merchants' association"
    # and a rent is a sum of its own: "What is the average rent per month?"
    assert got[2350.0].quantity == "money $ rent per month"


def test_review_of_the_round_ordinary_sentences_stay_as_they_were() -> None:
    # a report title with a full stop inside its quotation marks is no crash
    extract_text('Campaigners cite the "Cold Homes. Hot Bills." report, which found 40 '
                 'percent of homes were cold.')
    # growth that governs no figure names none
    ex = extract_text("Despite growth in tourism, unemployment was 7 percent, the ministry said. "
                      "The union says unemployment was 9 percent.")
    assert {f.quantity for f in ex.figures} == {"rate of unemployment"}
    # "trust" and "union" of other meanings are no bodies of a place
    got = _figures("The Hale Valley Trust runs the reserve. Britain's trust in charities fell "
                   "last year. The trust says 4,000 birds nest there.")
    assert got.get("4,000") == "Hale Valley Trust"
    # a change is of what its sentence's subject is, not of a noun nearby
    ex = extract_text("Ticket prices were unchanged, but attendance rose, an increase of 9 "
                      "percent, the club said.")
    assert ex.figures[0].quantity != "increase in price"
