"""A source's earlier figure, since revised, in the question its revision answers.

Writers who never saw the code set a source's first count against the other sources'
("police first put the crowd at 12,000; the organisers said 50,000"): a side of the dispute
while it stood. The draft now puts that figure in the question, names the claim that
replaced it (``superseded_by``), and `contested` shows it there without weighing it: a
source revising itself is still no dispute, and no numeric disagreement with its revision.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.analysis import contested, numeric_conflicts
from provenance.check import check_dossier
from provenance.cli import app
from provenance.dossier import load_dossier
from provenance.extract import extract_text
from provenance.extract.draft import write_draft
from provenance.extract.figures import FigureClaim
from provenance.graph import build_graph

runner = CliRunner()

MARCH = ("Thousands march against water charges\n\nBy Elin Marsh\n\n"
         "Dunbarrow Police said on Saturday evening that 16,500 people took part, up from the "
         "12,000 it gave at midday.\n\n"
         "The Fair Water Alliance, which organised the march, said more than 50,000 people "
         "took part.\n\n"
         "A crowd-counting team at Dunbarrow University put the number at between 24,000 and "
         "28,000.\n")


def _figs(text: str) -> dict[str, FigureClaim]:
    return {fc.figure.text: fc for fc in extract_text(text).figures}


def _draft(text: str, tmp_path: Path) -> Path:
    return write_draft(extract_text(text), tmp_path / "draft", "article.txt")


def test_the_first_count_sits_in_the_question_named_as_replaced(tmp_path: Path) -> None:
    folder = _draft(MARCH, tmp_path)
    d = load_dossier(folder)
    assert check_dossier(d).ok
    by_fig = {c.estimate.text: c for c in d.claims if c.estimate is not None}
    old, new = by_fig["12,000"], by_fig["16,500 people"]
    assert old.question == new.question is not None
    assert old.superseded_by == new.id and new.superseded_by is None
    assert old.position == "12,000 (Dunbarrow Police, since revised)"
    (q,) = contested(build_graph(d))
    assert q["contested"]
    sides = [p["position"] for p in q["positions"] if not p.get("superseded")]
    assert len(sides) == 3 and "12,000 (Dunbarrow Police, since revised)" not in sides
    (shown,) = [p for p in q["positions"] if p.get("superseded")]
    assert shown["share"] is None and shown["weight"] == 0
    assert q["reasons"][0].startswith("3 positions:")
    # the police's two figures are no numeric disagreement; the question weighs only the
    # sides' figures against each other (the later police count against the others')
    conflicts = numeric_conflicts(build_graph(d))
    assert {old.id, new.id} not in [set(p["claims"]) for p in conflicts["pairs"]]
    weighed = [set(n["claims"]) for n in q["estimate_conflicts"]]
    assert weighed and all(old.id not in pair for pair in weighed)
    assert any(new.id in pair for pair in weighed)


def test_contested_text_says_three_sides_and_lists_the_revised_figure(tmp_path: Path) -> None:
    folder = _draft(MARCH, tmp_path)
    res = runner.invoke(app, ["contested", str(folder)])
    assert res.exit_code == 0, res.output
    assert "3 positions" in res.output
    assert "12,000 (Dunbarrow Police, since revised): 1 claim;" in res.output


def test_a_figure_of_an_earlier_period_is_no_revision_in_the_question(tmp_path: Path) -> None:
    # "Two years earlier ... had put the share at", "the office's previous survey, in
    # 2022": a series of the source's own, not the first count of this one
    text = ("Broadband gap\n\n"
            "The Carrick Communications Commission said 8.7 per cent of homes had no fast "
            "broadband last autumn. Two years earlier the commission had put the share at "
            "14.1 per cent.\n\n"
            "The Rural Homes Network said 19 per cent of homes had no fast broadband.\n")
    figs = _figs(text)
    assert figs["8.7 per cent"].group == figs["19 per cent"].group is not None
    assert figs["14.1 per cent"].group is None
    text = ("Wild horses\n\n"
            "The Office of Public Lands estimated about 1,400 horses on the range. The "
            "office's previous survey, in 2022, estimated 1,210 horses.\n\n"
            "The Cattlemen's Association says the real number is nearer 2,500 horses.\n")
    figs = _figs(text)
    assert figs["about 1,400 horses"].group == figs["2,500 horses"].group is not None
    assert figs["1,210 horses"].group is None


def test_a_revision_with_no_other_source_makes_no_question(tmp_path: Path) -> None:
    text = ("Flooding\n\nThe Valley Water Authority said on Tuesday that 1,900 homes had been "
            "flooded, up from the 1,200 it reported on Monday.\n")
    ex = extract_text(text)
    assert all(fc.group is None for fc in ex.figures)
    d = load_dossier(write_draft(ex, tmp_path / "draft", "a.txt"))
    assert not d.questions
    by_fig = {c.estimate.text: c for c in d.claims if c.estimate is not None}
    assert by_fig["1,200"].superseded_by == by_fig["1,900 homes"].id


BASE = """title: T
questions:
  - {id: q, text: How many?}
claims:
  - {id: a, text: First count., question: q, position: "100 (A, since revised)",
     estimate: {value: 100, unit: people}, superseded_by: b}
  - {id: b, text: Second count., question: q, position: "160 (A)",
     estimate: {value: 160, unit: people}}
  - {id: c, text: Other count., question: q, position: "400 (B)",
     estimate: {value: 400, unit: people}}
"""


def test_a_hand_written_revision_is_no_numeric_disagreement(make_dossier) -> None:
    d = load_dossier(make_dossier(BASE))
    g = build_graph(d)
    conflicts = numeric_conflicts(g)
    # (a figure its source has replaced is in dispute with nothing now: its revision's
    # clash with B is the one listed, and counted)
    assert [set(p["claims"]) for p in conflicts["pairs"]] == [{"b", "c"}]
    assert conflicts["totals"] == {"q": 1}
    (q,) = contested(g)
    assert [p["position"] for p in q["positions"] if not p.get("superseded")] == [
        "160 (A)", "400 (B)"]
    assert [set(n["claims"]) for n in q["estimate_conflicts"]] == [{"b", "c"}]
    assert q["reasons"][0] == "2 positions: 160 (A), 400 (B)"


def test_superseded_by_naming_no_claim_is_refused_with_the_line(make_dossier) -> None:
    root = make_dossier(BASE.replace("superseded_by: b", "superseded_by: zz"))
    res = runner.invoke(app, ["check", str(root)])
    assert res.exit_code == 2
    assert "unknown claim 'zz' in 'superseded_by'" in res.output
    assert "dossier.yaml:6" in res.output
    root = make_dossier(BASE.replace("superseded_by: b", "superseded_by: q"))
    res = runner.invoke(app, ["check", str(root)])
    assert res.exit_code == 2 and "which is a question, not a claim" in res.output


def test_prov_writes_the_revision_as_prov_revision(make_dossier, tmp_path: Path) -> None:
    root = make_dossier(BASE)
    out = tmp_path / "p.json"
    res = runner.invoke(app, ["export", str(root), "--format", "prov", "-o", str(out)])
    assert res.exit_code == 0, res.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    revs = [r for r in doc["wasDerivedFrom"].values()
            if r.get("prov:type", {}).get("$") == "prov:Revision"]
    assert len(revs) == 1
    assert revs[0]["prov:generatedEntity"].endswith(":b")
    assert revs[0]["prov:usedEntity"].endswith(":a")
    prov = pytest.importorskip("prov.model")
    read = prov.ProvDocument.deserialize(str(out), format="json")
    assert any("prov:Revision" in str(r) and ":b" in str(r) for r in read.get_records())


def test_the_page_carries_the_revised_position_as_not_weighed(tmp_path: Path) -> None:
    folder = _draft(MARCH, tmp_path)
    out = tmp_path / "page.html"
    res = runner.invoke(app, ["render", str(folder), "-o", str(out)])
    assert res.exit_code == 0, res.output
    html = out.read_text(encoding="utf-8")
    # (the debate view writes "revised since by the same source: not weighed" for it)
    assert '"superseded":true' in html.replace(" ", "")


def test_a_source_saying_its_figure_again_is_in_its_position(tmp_path: Path) -> None:
    text = ("Tram strike\n\nThe United Transit Workers' Federation said 6,800 members had "
            "walked out. The operator put the number of strikers at 3,400. The labour "
            "inspectorate counted between 4,000 and 4,500 workers.\n\n"
            "The union did not change its figure, repeating in a written statement that at "
            "least 6,800 members had downed tools.\n")
    figs = _figs(text)
    first = figs["6,800 members"]
    assert first.group is not None and figs["3,400"].group == first.group
    assert figs["at least 6,800 members"].group == first.group


def _sources(text: str) -> dict[str, str | None]:
    return {fc.figure.text: (fc.source.name if fc.source else None)
            for fc in extract_text(text).figures}


def test_a_body_the_lede_describes_is_the_one_the_story_names_next() -> None:
    # wire style: ", a nurses' union said on Friday", named in a later paragraph by a name
    # that holds the words the lede describes it by
    text = ("Strike\n\nMore than 9,000 nurses walked out, a nurses' union said on Friday.\n\n"
            "The Allied Nurses' Union said the stoppage would continue. The health board said "
            "4,000 had walked out.\n")
    assert _sources(text)["More than 9,000 nurses"] == "Allied Nurses' Union"
    # never a rival of that kind that gives a figure of its own, nor a body whose name
    # ends the same way but holds none of the lede's words
    text = ("Rail strike: turnout disputed\n\nSome 12,000 rail workers walked out on Monday, a "
            "union said.\nBut the Transport Salaried Staffs' Union, which did not back the "
            "action, said fewer than 5,000 had struck.\n")
    assert _sources(text)["Some 12,000 rail workers"] != "Transport Salaried Staffs' Union"
    text = ("Riots\n\nAbout 40 officers were injured during the riots, a police force said. "
            "The Police Federation put the number at more than 90. The Royal Air Force sent "
            "helicopters.\n")
    assert _sources(text)["About 40 officers"] != "Royal Air Force"
    # a reduced relative's subject is no body the lede describes
    text = ("Fire\n\nThe state estimated the burned area at nearly 40,000 acres, a figure the "
            "department said came from an infrared flight.\n\nThe Forestry Department "
            "said the fire was contained.\n")
    assert _sources(text)["nearly 40,000 acres"] != "Forestry Department"


Z = ("The Fair Water Alliance, which organised the march, said more than 50,000 people took "
     "part. A crowd-counting team at Dunbarrow University put the number at between 24,000 "
     "and 28,000.\n")


def test_the_question_is_worded_from_the_figures_that_stand(tmp_path: Path) -> None:
    text = ("March\n\nDunbarrow Police initially estimated that 12,000 people had gathered by "
            "noon. The force now says 16,500 people took part in the march. " + Z)
    d = load_dossier(_draft(text, tmp_path))
    (q,) = d.questions
    assert q.text == "How many people took part in the march?"
    old = next(c for c in d.claims if c.estimate and c.estimate.text == "12,000 people")
    assert old.question == q.id and old.superseded_by is not None


def test_another_period_after_the_figure_or_in_another_clause_keeps_it_out() -> None:
    for later in ("The force had counted 12,000 people at the same march two years earlier.",
                  "At the first march in 2023, the force had counted 12,000 people."):
        text = ("March\n\nDunbarrow Police said 16,500 people took part on Saturday. " + later
                + "\n\n" + Z)
        figs = _figs(text)
        assert figs["16,500 people"].group is not None
        assert figs["12,000 people"].group is None, later


def test_a_previous_count_is_a_revision_that_sits_in_the_question() -> None:
    text = ("March\n\nDunbarrow Police said 16,500 people took part, up from its previous count "
            "of 12,000. " + Z)
    figs = _figs(text)
    assert figs["12,000"].revised
    assert figs["12,000"].group == figs["16,500 people"].group is not None


def test_a_claim_superseded_by_itself_or_in_a_loop_is_refused(make_dossier) -> None:
    root = make_dossier(BASE.replace("superseded_by: b", "superseded_by: a"))
    res = runner.invoke(app, ["check", str(root)])
    assert res.exit_code == 2 and "'superseded_by' itself" in res.output
    assert "dossier.yaml:6" in res.output
    looped = BASE.replace('estimate: {value: 160, unit: people}}',
                          'estimate: {value: 160, unit: people}, superseded_by: a}')
    root = make_dossier(looped, name="loop")
    res = runner.invoke(app, ["contested", str(root)])
    assert res.exit_code == 2 and "goes round in a loop: a -> b -> a" in res.output


def test_a_long_line_of_revisions_still_leaves_the_current_figure_in_dispute(
        make_dossier) -> None:
    claims = "".join(
        f"  - {{id: a{i}, text: Count {i}., question: q, position: \"{100 * (i + 1)} (A)\", "
        f"estimate: {{value: {100 * (i + 1)}, unit: deaths}}"
        + (f", superseded_by: a{i + 1}}}\n" if i < 29 else "}\n") for i in range(30))
    yaml = ("title: T\nquestions:\n  - {id: q, text: How many?}\nclaims:\n" + claims +
            "  - {id: b, text: Other., question: q, position: \"9000 (B)\", "
            "estimate: {value: 9000, unit: deaths}}\n")
    (q,) = contested(build_graph(load_dossier(make_dossier(yaml))))
    assert [set(n["claims"]) for n in q["estimate_conflicts"]] == [{"a29", "b"}]
    assert [p["position"] for p in q["positions"] if not p.get("superseded")] == [
        "3000 (A)", "9000 (B)"]


def test_a_replaced_claim_adds_no_weight_and_no_contradiction(make_dossier) -> None:
    yaml = BASE.replace('position: "100 (A, since revised)"', 'position: "400 (B)"') + """\
  - {id: d, text: Denial., question: q, position: "160 (A)", contradicts: [c],
     superseded_by: b}
"""
    d = load_dossier(make_dossier(yaml))
    (q,) = contested(build_graph(d))
    assert q["contradictions"] == []
    by = {p["position"]: p for p in q["positions"]}
    assert by["400 (B)"]["weight"] == by["160 (A)"]["weight"]  # (a adds nothing to B's side)


def test_report_and_contested_count_the_same_disagreements(make_dossier,
                                                         tmp_path: Path) -> None:
    root = make_dossier(BASE)
    res = runner.invoke(app, ["report", str(root), "-o", str(tmp_path / "r.md")])
    assert res.exit_code == 0, res.output
    md = (tmp_path / "r.md").read_text(encoding="utf-8")
    section = md.split("## Numeric conflicts", 1)[1].split("\n## ", 1)[0]
    assert section.count("\n- ") == 1 and "not listed" not in section
    (q,) = contested(build_graph(load_dossier(root)))
    assert len(q["estimate_conflicts"]) == 1
    assert q["summary"].startswith("2 positions")


def test_the_revised_figure_said_again_is_no_disagreement_with_the_first(make_dossier) -> None:
    # ("revised their estimate to 18,500"; "a spokesperson said the figure now stood at
    # 18,500": the first count replaced by one, the other holding its position)
    yaml = BASE + """\
  - {id: b2, text: Second count again., question: q, position: "160 (A)",
     estimate: {value: 160, unit: people}}
"""
    conflicts = numeric_conflicts(build_graph(load_dossier(make_dossier(yaml))))
    pairs = [set(p["claims"]) for p in conflicts["pairs"]]
    assert sorted(map(sorted, pairs)) == [["b", "c"], ["b2", "c"]]
    assert conflicts["totals"] == {"q": 2}


def test_an_opening_according_to_gives_a_passive_clause_its_source() -> None:
    got = _sources("Drug\n\nAccording to Orrin Pharmaceuticals, which makes the drug, "
                   "palpitations were reported by 2.4 per cent of patients in the two "
                   "trials.\n")
    assert got["2.4 per cent"] == "Orrin Pharmaceuticals"
    # (a clause with a subject and a cue of its own keeps its own source)
    assert _sources("March\n\nAccording to the union, police said 900 people marched.\n")[
        "900 people"] == "police"


def test_a_source_in_a_clause_after_after() -> None:
    got = _sources("Rail\n\nThe builder says the overrun is £600m. Shares fell 4.2 per cent "
                   "after the Regional Audit Office said the overrun had reached £1.1bn.\n")
    assert got["£1.1bn"] == "Regional Audit Office"
    assert got["4.2 per cent"] is None


def test_a_passive_agent_in_lower_case_and_the_place_it_is_of() -> None:
    got = _sources("Jobs\n\nThe union says 3,000 jobs will go. Job losses were estimated by "
                   "the economy ministry of the state of Nordmark at between 2,800 and "
                   "3,200.\n")
    assert got["between 2,800 and 3,200"] == "economy ministry of the state of Nordmark"


def test_said_again_needs_the_words_and_never_a_future_or_another_event() -> None:
    base = ("Tram strike\n\nThe United Transit Workers' Federation said 6,800 members had "
            "walked out. The operator put the number of strikers at 3,400. The labour "
            "inspectorate counted between 4,000 and 4,500 workers.\n\n")
    # (the same number from one source is as often another year's strike, what the union
    # has, a future or another count)
    for other in ("In 2019, the federation said, 6,800 members had walked out in a similar "
                  "dispute over pensions.",
                  "Last year the federation said 6,800 members had walked out again.",
                  "The federation has 6,800 members, it said.",
                  "The federation said 6,800 members would walk out again on Friday if talks "
                  "failed.",
                  "The federation insisted that 6,800 members had signed a petition.",
                  "The federation maintains 6,800 members on its books in the city."):
        figs = [fc for fc in extract_text(base + other + "\n").figures
                if fc.figure.text.startswith("6,800") and fc.start > len(base)]
        assert all(fc.group is None for fc in figs), other
    # a one-paragraph text has no headline
    one = base.replace("Tram strike\n\n", "").replace("\n\n", " ") + \
        "The federation also said 6,800 members had voted for a second strike.\n"
    figs = [fc for fc in extract_text(one).figures if fc.figure.text.startswith("6,800")]
    assert figs[0].group is not None and all(fc.group is None for fc in figs[1:])


def test_a_count_of_an_earlier_event_is_no_revision() -> None:
    for earlier in ("up from the 12,000 it counted at last month's march",
                    "up from the 12,000 it counted at the previous march"):
        text = ("March\n\nDunbarrow Police said on Saturday evening that 16,500 people took "
                "part, " + earlier + ". " + Z)
        figs = _figs(text)
        assert figs["16,500 people"].group is not None
        assert figs["12,000"].group is None, earlier


def test_a_count_joins_the_one_near_coherent_question_of_two() -> None:
    # "said 180,000 of its members had joined the action": the strike's question (workers,
    # 58,000 to 85,000), not the absences' (1,140 to 100,000: no one quantity); and the
    # headline's 180,000 is the union's said again
    text = ("Transport strike drew 180,000, union says; ministry puts turnout at 58,000\n\n"
            "The Federation of Transport Workers, which organised the stoppage, said 180,000 "
            "of its members had joined the action. The Ministry of Labour said 58,000 workers "
            "had struck. The Transport Enterprises Association estimated that between 70,000 "
            "and 85,000 workers took part.\n\n"
            "The ministry recorded 34,000 absences on the railways. Union officials claimed "
            "more than 100,000 absences. The association said it had logged 1,140 absences "
            "at its depots.\n")
    ex = extract_text(text)
    strike = next(fc.group for fc in ex.figures if fc.figure.text == "58,000 workers")
    assert strike is not None
    assert [fc.group for fc in ex.figures if fc.figure.text == "180,000"] == [strike, strike]


def test_a_clause_after_once_names_no_source() -> None:
    got = _sources("Tram\n\nThe authority says the overrun is £420m.\n\nThe National Audit "
                   "Commission disagrees. In a report published in February 2024, it estimated "
                   "the overrun at about £780m, once costs the authority books under other "
                   "budgets are counted.\n")
    assert got["about £780m"] == "National Audit Commission"


def test_sums_their_sentences_give_one_noun_are_one_question(tmp_path: Path) -> None:
    # "the overrun is £420m", "estimated the overrun at about £780m": no lexicon names an
    # overrun, but both sentences set the sum equal to it
    text = ("Tram\n\nThe authority says the overrun is £420m.\n\nThe National Audit Commission "
            "estimated the overrun at about £780m.\n")
    figs = _figs(text)
    assert figs["£420m"].group == figs["about £780m"].group is not None
    d = load_dossier(_draft(text, tmp_path))
    (q,) = contested(build_graph(d))
    assert q["contested"]
    # (two nouns, no question)
    figs = _figs("Tram\n\nThe authority says the overrun is £420m.\n\nThe commission said "
                 "the windfall was £600m.\n")
    assert figs["£420m"].group is None
