"""General figure rules: the article's quantity read from its opening, figures named only
to be rejected, other occasions, and whom a spokesperson speaks for (speech's one rule).

Short texts written for these tests (made up, plain news English, in no tuning article):
each asserts what a journalist sees in the draft: which figures sit under the contested
question, and whose each one is.
"""

from __future__ import annotations

from pathlib import Path

from provenance.extract import extract_text

from .test_extract_disputes import by_text, contested

OUTAGES = (
    "Lagos districts went without power for 'more than 2,000 hours' last year, residents say\n"
    "\n"
    "Residents of Ikeja were left without electricity for more than 2,000 hours in 2025, "
    "according to the Ikeja Residents Forum, whose members logged every cut.\n"
    "\n"
    "The Grid Regulatory Commission records 1,410 hours of outages for the district. "
    "Volta Power, which supplies it, says the total was 1,100 hours.\n"
    "\n"
    "An analysis by the Centre for Energy Access estimated the outages at between 1,600 and "
    "1,900 hours.\n"
    "\n"
    "The commission did not explain the gap of 310 hours between its figure and the "
    "company's. The forum's chair, Bisi Adeyemi, said: 'Volta says 1,100. The regulator "
    "says 1,410. We say 2,000.'\n")


def test_a_quantity_in_the_headlines_unit_is_one_question_whatever_the_unit(tmp_path: Path):
    ex = extract_text(OUTAGES)
    src = by_text(ex)
    assert src["1,410 hours"] == "Grid Regulatory Commission"
    assert src["between 1,600 and 1,900"] == "Centre for Energy Access"
    # the difference of two figures is no figure of anything
    assert "310 hours" not in src
    [(q, figs)] = contested(ex, tmp_path)
    assert {"1,410 hours", "1,100 hours", "between 1,600 and 1,900"} <= figs
    assert "more than 2,000 hours" in figs


def test_a_duration_outside_the_articles_unit_is_no_figure():
    ex = extract_text(
        "Ferry delays: 'at least 40 minutes' a crossing, passengers say\n"
        "\n"
        "The ferry company has run the route for 12 years and says delays average 15 "
        "minutes. Passengers say the real delay is at least 40 minutes.\n")
    src = by_text(ex)
    assert "12 years" not in src


def test_a_figure_named_to_reject_it_is_nobodys(tmp_path: Path):
    ex = extract_text(
        "Council and union disagree on how many jobs will go at the depot\n"
        "\n"
        "The council says 310 jobs will go when the depot closes. The Municipal Workers "
        "Union says 450 jobs will go.\n"
        "\n"
        "'It is not 450,' said council leader Joan Pryce. 'If you tell me 450, I will show "
        "you the payroll.'\n"
        "\n"
        "The union's organiser, Dev Sandhu, said people quoting 310 had not read the "
        "redundancy notices.\n")
    got = {(fc.figure.text, fc.source.name if fc.source else None) for fc in ex.figures}
    assert not any(name == "Joan Pryce" for _t, name in got)
    assert not any(name == "Dev Sandhu" for _t, name in got)
    [(q, figs)] = contested(ex, tmp_path)
    assert figs == {"310 jobs", "450 jobs"}


def test_another_occasions_figure_is_no_side_but_a_dated_report_is(tmp_path: Path):
    ex = extract_text(
        "Organisers and police far apart on size of 2026 climate march\n"
        "\n"
        "Organisers said 60,000 people joined the march through Leeds in 2026. West "
        "Yorkshire Police put the crowd at 22,000.\n"
        "\n"
        "The 2021 march drew around 100,000 people, according to organisers.\n"
        "\n"
        "The Crowd Science Unit last put the turnout at 31,000 people in 2026, using drone "
        "footage.\n")
    [(q, figs)] = contested(ex, tmp_path)
    assert {"60,000 people", "22,000", "31,000 people"} <= figs
    assert "around 100,000 people" not in figs


def test_a_spokesperson_for_an_office_holder_gives_the_office_holders_figure():
    ex = extract_text(
        "A spokeswoman for federal Transport Minister Helen Okafor said roughly two-thirds of "
        "the bridges needed repair.")
    assert by_text(ex)["roughly two-thirds"] == "Helen Okafor"


def test_a_quoted_figure_of_a_bodys_voice_is_the_bodys():
    ex = extract_text(
        "Rival tallies of the strike\n"
        "\n"
        "The Port Authority said 1,200 dockers stayed away.\n"
        "\n"
        "\u201cWe counted 2,900 dockers on the picket lines,\u201d a spokesperson for the "
        "Dockers Alliance said.\n")
    assert by_text(ex)["2,900 dockers"] == "Dockers Alliance"
    st = next(s for s in ex.statements if "2,900" in s.quote)
    assert st.body == "Dockers Alliance"


def test_the_draft_credits_a_bodys_spokesperson_to_the_body(tmp_path: Path):
    from provenance.dossier import load_dossier
    from provenance.extract import write_draft

    ex = extract_text(
        "Rival tallies of the dock strike\n"
        "\n"
        "The Port Authority said 1,200 dockers stayed away on Monday.\n"
        "\n"
        "\u201cWe counted 2,900 dockers on the picket lines,\u201d a spokesperson for the "
        "Dockers Alliance said.\n"
        "\n"
        "A spokeswoman for the Harbour Employers Federation said 1,500 dockers stayed away.\n")
    d = load_dossier(write_draft(ex, tmp_path / "d", "strike.txt"))
    names = {p.id: p.name for p in d.people}
    by = {}
    for c in d.claims:
        for a in c.appearances:
            if a.by:
                by[a.quote] = names[a.by]
    assert any(q.startswith("We counted 2,900") and who == "Dockers Alliance"
               for q, who in by.items()), by
    assert any(q.startswith("A spokeswoman for the Harbour") and who ==
               "Harbour Employers Federation" for q, who in by.items())


def test_positions_are_jobs_and_a_place_in_an_apposition_keeps_the_subject(tmp_path: Path):
    ex = extract_text(
        "Bakery closure: firm and union disagree on job losses\n"
        "\n"
        "Harrow Foods, based in Leeds, West Yorkshire, told staff it would cut 300 positions "
        "when the bakery closes. The Bakers Union says 450 jobs will go.\n")
    assert by_text(ex)["300 positions"] == "Harrow Foods"
    [(q, figs)] = contested(ex, tmp_path)
    assert figs == {"300 positions", "450 jobs"}


def test_a_threshold_in_the_headline_is_not_the_articles_quantity():
    ex = extract_text(
        "Casualty: how many patients are really seen within four hours?\n"
        "\n"
        "The health board says 71 percent of patients are seen within four hours. The "
        "College of Emergency Medicine says 58 percent of patients are.\n")
    assert "four hours" not in by_text(ex)
    assert by_text(ex)["71 percent"] == "health board"


def test_a_documents_maker_and_its_own_earlier_estimate_give_their_figures():
    ex = extract_text(
        "Tunnel cost disputed\n"
        "\n"
        "A technical appraisal by the National Roads Authority (NRA), seen by this newspaper, "
        "put the cost at €2.4 billion. An open letter signed by 60 engineers at Cork, sent "
        "to the minister on Monday, said the cost would be closer to €3 billion.\n"
        "\n"
        "The Tunnel Company, which holds the contract in the city, says the cost is €1.9 "
        "billion. Its first estimate, published in March with data to June, had put the "
        "cost at €1.6 billion.\n")
    src = by_text(ex)
    assert src["€2.4 billion"] == "National Roads Authority"
    assert src["€3 billion"] == "60 engineers at Cork"
    assert src["€1.6 billion"] == "Tunnel Company"


def test_changes_told_in_other_words_are_one_question(tmp_path: Path):
    ex = extract_text(
        "Bus fares: why nobody agrees how fast they are rising\n"
        "\n"
        "The Transport Authority says the average fare in Leeds rose by 4.1 per cent last "
        "year. The passenger group Fare Watch said a survey of 700 people found the typical "
        "fare was 9 per cent higher than a year before. In the council chamber on Monday "
        "the mayor, Joan Pryce, said fares had risen by \u201caround 6 per cent\u201d.\n")
    figs = {fc.figure.text: fc for fc in ex.figures}
    assert figs["9 per cent"].quantity == figs["4.1 per cent"].quantity == \
        figs["around 6 per cent"].quantity == "increase in fare"
    [(q, got)] = contested(ex, tmp_path)
    assert {"4.1 per cent", "9 per cent", "around 6 per cent"} <= got


def test_a_fraction_after_by_is_the_size_of_a_change():
    from provenance.numbers import scan

    got = [(f.text, round(f.value or 0, 1)) for f in scan(
        "Asking rents climbed by nearly a tenth last year; fares fell by a third. She came "
        "third. They cut it in half.", bare=True)]
    assert got == [("nearly a tenth", 10.0), ("a third", 33.3)]


def test_a_speaker_listing_others_figures_gives_none_of_their_own():
    ex = extract_text(
        "Depot job losses\n"
        "\n"
        "The council says 310 jobs will go. The Municipal Workers Union says 450 jobs "
        "will go.\n"
        "\n"
        "\u201cThe council says 310 jobs. The union says 450. Nobody has asked the "
        "drivers,\u201d said Amir Haddad, a local shopkeeper.\n")
    assert not any(fc.source is not None and fc.source.name == "Amir Haddad"
                   for fc in ex.figures)


def test_a_quotation_rejecting_a_number_has_no_estimate_of_it(tmp_path: Path):
    from provenance.extract import generate_draft

    ex = extract_text(
        "Spill hours disputed\n"
        "\n"
        "The Environment Agency records 9,412 hours of spills. Harrow Water says 8,650 "
        "hours.\n"
        "\n"
        "\u201cI would not put a single number on it. But I am confident it is not nine "
        "thousand,\u201d said Dr Samir Patel, a hydrologist.\n")
    yaml_text = generate_draft(ex, "spills.txt")
    assert "value: 9000" not in yaml_text


def test_a_duration_in_dispute_is_shown_in_the_unit_it_was_given_in():
    from provenance.numbers import compare, from_estimate

    a = from_estimate({"value": 8100, "unit": "hours", "text": "8,100 hours"})
    b = from_estimate({"low": 11000, "high": 15500, "unit": "hours",
                       "text": "between 11,000 and 15,500 hours"})
    assert a is not None and b is not None
    got = compare(a, b)
    assert got is not None and got["detail"] == "8100 hours vs 11000-15500 hours"


def text_before(ex: object, fc: object) -> str:
    return ex.text[max(0, fc.start - 30):fc.start]  # type: ignore[attr-defined]


def test_the_sum_an_article_is_about_takes_its_bare_sums_and_not_its_parts(tmp_path: Path):
    ex = extract_text(
        "Harbour tunnel: Opposition pegs cost at £4.1bn\n"
        "\n"
        "Transport board says £2.6bn; Opposition says £4.1bn\n"
        "\n"
        "The cost of the 900 MW tidal scheme has become a flashpoint. The Harbour Board says "
        "the tunnel will cost £2.6bn. \u201cOf the total, about £300m has already been "
        "spent,\u201d said its chair, Ian Reid.\n"
        "\n"
        "Leader of the Opposition in the Regional Assembly Mary Olsen, who toured the "
        "site, said the true cost was nearer £4.1bn. \u201cAdd £500m for dredging and you "
        "reach \u00a34.1bn,\u201d Ms Olsen said. \u201cIf anyone wants to say it is "
        "\u00a31bn, let them show their sums,\u201d Ms Olsen said.\n")
    src = by_text(ex)
    figs = {fc.figure.text: fc for fc in ex.figures}
    nearer = next(fc for fc in ex.figures if text_before(ex, fc).endswith("nearer "))
    assert nearer.source is not None and nearer.source.name.endswith("Olsen")
    assert "£1bn" not in src
    assert figs["about £300m"].quantity != figs["£2.6bn"].quantity
    assert figs["£500m"].quantity != figs["£2.6bn"].quantity
    assert not figs["900"].quantity.startswith("money") if "900" in figs else True
    [(q, got)] = contested(ex, tmp_path)
    assert "£2.6bn" in got and any(t.endswith("£4.1bn") for t in got)
    assert not got & {"about £300m", "£500m"}


def test_a_short_form_of_a_bodys_name_is_the_body_and_a_lower_bound_no_revision(
        tmp_path: Path):
    ex = extract_text(
        "Emergency waits: how many are seen within four hours?\n"
        "\n"
        "Public Health Wales says more than two-thirds of patients are seen within four "
        "hours. Public Health Wales said in March that 70 percent of patients were seen in "
        "time. The College of Emergency Medicine says 52 percent of patients are.\n"
        "\n"
        "Data from PH Wales show 71 percent of patients were seen in time.\n")
    src = by_text(ex)
    assert src["more than two-thirds"] == "Public Health Wales"
    assert src["71 percent"] == "Public Health Wales"
    figs = {fc.figure.text: fc for fc in ex.figures}
    # the lower bound and the figure keeping it are one source's one reading, no revision
    assert not figs["70 percent"].revised and not figs["more than two-thirds"].revised
    from provenance.extract.figures import _initials_form
    assert _initials_form(["Health", "NZ"], ["Health", "New", "Zealand"])
    assert _initials_form(["UK", "Statistics", "Authority"],
                          ["United", "Kingdom", "Statistics", "Authority"])
    assert not _initials_form(["Health", "NZ"], ["Health", "Nova", "Scotia"])


def test_the_last_occasion_is_another_one_even_when_no_year_is_named():
    ex = extract_text(
        "Crowd counts\n"
        "\n"
        "Organisers said 60,000 people joined the march. Police put the crowd at 22,000.\n"
        "\n"
        "The last comparable march drew around 100,000 people, according to organisers.\n")
    figs = {fc.figure.text: fc for fc in ex.figures}
    assert figs["around 100,000 people"].quantity != figs["60,000 people"].quantity
    assert figs["22,000"].quantity == figs["60,000 people"].quantity


def test_a_group_described_then_named_and_a_headline_under_a_section_label(tmp_path: Path):
    ex = extract_text(
        "Energy\n"
        "\n"
        "Homes in Ikeja went without power for 'more than 2,000 hours', residents say\n"
        "\n"
        "Homes in Ikeja went without power for more than 2,000 hours last year, according to "
        "a neighbourhood group whose members logged every cut.\n"
        "\n"
        "The Grid Regulatory Commission records 1,410 hours of outages. Volta Power, which "
        "supplies the district, says the total was 1,100 hours.\n"
        "\n"
        "Ikeja Power Watch, a group of shopkeepers and residents, says both figures are too "
        "low.\n")
    got = [(fc.figure.text, fc.source.name if fc.source else None) for fc in ex.figures]
    assert got.count(("more than 2,000 hours", "Ikeja Power Watch")) == 2, got


def test_a_quoted_voice_of_a_person_is_the_persons_not_a_body(tmp_path: Path):
    from provenance.extract import generate_draft

    ex = extract_text(
        "Rival counts\n"
        "\n"
        "The Port Authority said 1,200 dockers stayed away.\n"
        "\n"
        "\u201cWe counted 2,900 dockers,\u201d a spokeswoman for Governor Ruth Anand said.\n")
    src = next(fc.source for fc in ex.figures if fc.figure.text == "2,900 dockers")
    assert src is not None and src.kind == "person" and src.name.endswith("Ruth Anand")
    assert "An organisation" not in generate_draft(ex, "a.txt")


def test_a_figure_a_clause_says_was_lowered_is_the_older_one(tmp_path: Path):
    ex = extract_text(
        "Vaccine coverage in doubt\n"
        "\n"
        "The Health Ministry said on Monday that 81% of children had received a first dose. "
        "In a report to donors in May, the ministry had given a coverage figure of 90%, "
        "which Dr. Amina Bello, head of the immunisation programme, said had been lowered "
        "after a review. A household survey by the Statistics Office found 58% of children "
        "had.\n")
    figs = {fc.figure.text: fc for fc in ex.figures}
    assert figs["90%"].source is not None and figs["90%"].source.name == "Health Ministry"
    assert figs["90%"].revised and not figs["81%"].revised
    [(q, got)] = contested(ex, tmp_path)
    assert {"81%", "58%"} <= got and "90%" not in got


WETLAND = (
    "Drained wetland larger than thought, say conservationists\n\n"
    "About 2,600 hectares of the Kerrow marshes have been drained for farming since 2010, "
    "the River Trust said on Tuesday.\n\n"
    "The county council said the drained area was 9 square kilometres.\n\n"
    "A survey by Harlan University put it at between 3,500 and 4,000 acres.\n\n"
    "The farmers' union said 26 sq km had been drained, the same as the trust's figure.\n")


def test_an_area_in_any_unit_is_one_question_and_keeps_the_unit_it_was_given_in(tmp_path: Path):
    ex = extract_text(WETLAND)
    [(_q, figs)] = contested(ex, tmp_path)
    # hectares, square kilometres and acres are one measure: one question, not three
    assert {"About 2,600 hectares", "9 square kilometres"} <= figs or \
        {"2,600 hectares", "9 square kilometres"} <= figs, figs
    assert {"between 3,500 and 4,000", "26 sq km"} <= figs, figs
    from provenance.extract import generate_draft
    draft = generate_draft(ex, "article.txt")
    # the figure keeps its own unit (9 km² is 900 ha, not "9 hectares")
    assert 'unit: "square kilometres"' in draft
    assert 'unit: "acres", low: 3500' in draft
    assert 'value: 9, unit: "hectares"' not in draft


def test_a_described_body_is_not_the_later_one_that_stands_for_someone_else():
    # the figure's source says whom it speaks for; the body named next speaks for others
    text = ("Bus fares in Dunmore: two counts\n"
            "\n"
            "Bus fares in Dunmore rose by 18 per cent over the past year, according to a lobby "
            "group that speaks for passengers.\n"
            "\n"
            "Northern Coach Operators, a group representing bus companies, rejects that and "
            "says fares rose by 5 per cent.\n")
    got = {fc.figure.text: fc.source.name if fc.source else None
           for fc in extract_text(text).figures}
    assert got["5 per cent"] == "Northern Coach Operators", got
    assert got["18 per cent"] != "Northern Coach Operators", got
    assert "passengers" in (got["18 per cent"] or "") or "group" in (got["18 per cent"] or ""), got
    # the same body described the same way is still named
    same = text.replace("Northern Coach Operators, a group representing bus companies, "
                        "rejects that and says fares rose by 5 per cent.",
                        "Dunmore Riders Alliance, a group representing passengers, says the "
                        "rise is the steepest in a decade.")
    got = {fc.figure.text: fc.source.name if fc.source else None
           for fc in extract_text(same).figures}
    assert got["18 per cent"] == "Dunmore Riders Alliance", got


def test_a_clause_about_something_else_being_cut_does_not_make_a_figure_older():
    # "had been reduced" is about the bus routes, not about the 27 per cent
    ex = extract_text(
        "Waiting times in Carrow\n"
        "\n"
        "The Carrow Health Board now says waits grew by 27 per cent after bus routes to the "
        "hospital had been reduced in 2021.\n"
        "\n"
        "Last year the Carrow Health Board said waits had grown by 15 per cent.\n")
    figs = {fc.figure.text: fc for fc in ex.figures}
    assert not figs["27 per cent"].revised, [(f.figure.text, f.revised) for f in ex.figures]
    assert figs["15 per cent"].revised
    # a clause whose subject is the figure still makes it the older one
    ex = extract_text(
        "Waiting times in Carrow\n"
        "\n"
        "Last year the Carrow Health Board said waits grew by 27 per cent, a figure which it "
        "said had been revised after an audit.\n"
        "\n"
        "The Carrow Health Board now says waits grew by 15 per cent.\n")
    figs = {fc.figure.text: fc for fc in ex.figures}
    assert figs["27 per cent"].revised and not figs["15 per cent"].revised


def test_a_lower_bound_the_source_itself_revised_is_a_revision(tmp_path: Path):
    ex = extract_text(
        "Flood damage estimate rises\n"
        "\n"
        "The Valley Water Authority initially said more than 1,200 homes had been flooded.\n"
        "\n"
        "On Tuesday the Valley Water Authority revised its count to 1,900 homes.\n"
        "\n"
        "Insurers said 900 homes had been flooded.\n")
    figs = {fc.figure.text: fc for fc in ex.figures}
    assert figs["more than 1,200 homes"].revised, [(f.figure.text, f.revised) for f in ex.figures]
    assert not figs["1,900 homes"].revised
    [(q, got)] = contested(ex, tmp_path)
    assert got == {"1,900 homes", "900 homes"}, got


def test_new_in_a_body_s_name_is_no_newer_figure():
    # "New" of "Port New Haven Transit" says nothing about which figure is newer, so the
    # lede's lower bound and the report's figure both hold: no revision
    ex = extract_text(
        "Buses late again\n"
        "\n"
        "Port New Haven Transit (PNHT) says more than half of its buses ran on time last "
        "month.\n"
        "\n"
        "Figures released by PNHT last week show 54 percent of buses ran on time.\n")
    figs = {fc.figure.text: fc for fc in ex.figures}
    assert not figs["54 percent"].revised, [(f.figure.text, f.revised) for f in ex.figures]
    assert not figs["more than half"].revised
