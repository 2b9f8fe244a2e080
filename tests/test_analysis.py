"""Evidence weight, contestedness, numeric conflicts and chain signals.

The bundled dossier's real disagreements first, then one small hand-made
dossier per rule, so each rule can fail on its own.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from provenance import numbers
from provenance.analysis import contested, numeric_conflicts
from provenance.chains import Index, circular_support, distortions, no_primary
from provenance.dossier import load_dossier
from provenance.graph import build_graph
from provenance.weight import claim_weights, sample_factor, work_weights


@pytest.fixture(scope="module")
def bundled():
    g = build_graph(load_dossier())
    return g, Index(g)


def make(tmp_path: Path, body: str) -> object:
    (tmp_path / "dossier.yaml").write_text("title: T\n" + textwrap.dedent(body), "utf-8")
    return build_graph(load_dossier(tmp_path))


# -- numbers -----------------------------------------------------------------


@pytest.mark.parametrize("text, dim, unit, lo, hi", [
    ("about 12 percent", "share", "%", 11.4, 12.6),
    ("113 of 834", "share", "%", 13.54, 13.56),
    ("1.6%-14%", "share", "%", 1.55, 14.05),
    ("between 1.9 and 3 million", "number", "", 1.85e6, 3.05e6),
    ("20 cadaveric sides", "count", "cadaveric side", 19.5, 20.5),
    ("about nine years ago", "duration", "years", 8.5, 9.5),
    ("6 months", "duration", "years", 0.45, 0.55),
    ("5 cm lateral", "length", "mm", 45, 55),
])
def test_parse_amounts_normalises(text, dim, unit, lo, hi):
    (a,) = numbers.parse_amounts(text)
    assert (a.dimension, a.unit) == (dim, unit)
    got = a.interval()
    assert got[0] == pytest.approx(lo, rel=1e-3) and got[1] == pytest.approx(hi, rel=1e-3)


def test_fraction_and_percent_compare_alike():
    frac = numbers.from_estimate({"value": 0.135, "unit": "fraction"})
    pct = numbers.from_estimate({"value": 13.5, "unit": "%", "text": "113 of 834"})
    assert numbers.compare(frac, pct) is None
    assert numbers.compare(numbers.from_estimate({"value": 12, "unit": "%",
                                                  "text": "about 12 percent"}), pct)


def test_value_checked_against_its_written_figure():
    miss = numbers.as_written_mismatch({"value": 47.8, "unit": "%", "text": "54 (49%)"})
    assert miss and miss["written"] == "49%"
    assert numbers.as_written_mismatch({"value": 13.5, "unit": "%", "text": "113 of 834"}) is None


# -- weight ------------------------------------------------------------------


def test_sample_factor_grows_with_n():
    assert sample_factor(1) < sample_factor(20) < sample_factor(834) <= 1.0


def test_weight_follows_design_hierarchy_and_says_why(tmp_path):
    g = make(tmp_path, """
        works:
          - {id: rct, type: study, title: A trial, design: trial, sample: {n: 100}}
          - {id: cr, type: study, title: A case, design: case-report, sample: {n: 100}}
          - {id: news, type: article, title: News}
        claims:
          - {id: a, text: A, based_on: [rct]}
          - {id: b, text: B, based_on: [cr]}
          - {id: c, text: C, based_on: [news]}
          - id: d
            text: D
            appearances: [{in: news, quote: q}]
    """)
    w = claim_weights(g)
    assert w["a"]["weight"] > w["b"]["weight"] > w["c"]["weight"]
    assert any("design trial" in r for r in w["a"]["reasons"])
    assert any("sample 100" in r for r in w["a"]["reasons"])
    assert not w["c"]["reaches_primary"] and "never reaches" in w["c"]["reasons"][-1]
    assert w["d"]["weight"] == pytest.approx(0.1) and "opinion" in w["d"]["reasons"][0]


def test_explanations_name_a_work_by_its_first_author(tmp_path):
    from provenance.weight import Labels

    g = make(tmp_path, """
        people:
          - {id: aota, name: Yoichi Aota}
          - {id: kuniya, name: Hideaki Kuniya}
        works:
          - {id: k, type: study, title: A long title, year: 2014, authors: [kuniya, aota]}
          - {id: solo, type: study, title: Solo, year: 2020, authors: [aota]}
          - {id: anon, type: article, title: "Cluneal nerve entrapment: a review"}
    """)
    label = Labels(g)
    assert [label("k"), label("solo"), label("anon")] == [
        "Kuniya et al. 2014", "Aota 2020", "Cluneal nerve entrapment: a review"]


def test_secondary_inherits_discounted_weight_of_what_it_cites(tmp_path):
    g = make(tmp_path, """
        works:
          - {id: s, type: study, title: S, design: cohort, sample: {n: 1000}}
          - {id: news, type: article, title: News, cites: [s]}
    """)
    ww = work_weights(g)
    assert ww["news"]["reaches_primary"] and not ww["news"]["primary"]
    assert ww["news"]["weight"] == pytest.approx(0.8 * ww["s"]["weight"], abs=1e-3)


def test_bundled_second_hand_report_weighs_less_than_the_study(bundled):
    _, ix = bundled
    article, study = ix.claims["article.12-percent"], ix.claims["kuniya-2014.prevalence"]
    assert article["weight"] < study["weight"]
    assert any("second-hand" in r for r in article["reasons"])


# -- contestedness -------------------------------------------------------------


POSITIONS = """
    questions: [{id: q, text: Q?}]
    works:
      - {id: s1, type: study, title: S1, design: cohort, sample: {n: 500}}
      - {id: s2, type: study, title: S2, design: cohort, sample: {n: 500}}
    claims:
      - {id: a, text: A, question: q, position: pro, based_on: [s1]}
      - {id: b, text: B, question: q, position: %s, based_on: [s2]}
"""


def test_consensus_scores_zero_and_an_even_split_in_the_middle(tmp_path):
    (one,) = contested(make(tmp_path, POSITIONS % "pro"))
    assert one["score"] == 0 and not one["contested"]
    assert one["summary"] == "All 2 claims take one position"
    (two,) = contested(make(tmp_path, POSITIONS % "con"))
    # two evenly weighted positions and nothing else: 1 - e^-0.6
    assert two["score"] == pytest.approx(0.451, abs=1e-3) and two["contested"]
    assert two["breakdown"]["effective_positions"] == pytest.approx(2.0)
    assert {p["position"]: p["share"] for p in two["positions"]} == {"pro": 0.5, "con": 0.5}
    assert two["summary"] == "2 positions, the largest holds 50% of the weight"
    assert any(e.startswith("Score 1 − e^−(") for e in two["explanation"])


def test_more_positions_more_even_more_clashes_score_higher(tmp_path):
    three = POSITIONS.replace(
        "      - {id: b, text: B, question: q, position: %s, based_on: [s2]}",
        "      - {id: b, text: B, question: q, position: con, based_on: [s2]}\n"
        "      - {id: c, text: C, question: q, position: mid, based_on: [s3]}\n"
        "      - {id: d, text: D, question: q, position: con, based_on: [s1], "
        "contradicts: [a]}").replace(
        "      - {id: s2,", "      - {id: s3, type: study, title: S3, design: cohort, "
        "sample: {n: 500}}\n      - {id: s2,")
    (tmp_path / "two").mkdir()
    (tmp_path / "three").mkdir()
    (two,) = contested(make(tmp_path / "two", POSITIONS % "con"))
    (rich,) = contested(make(tmp_path / "three", three))
    assert rich["score"] > two["score"]
    assert rich["score"] < 0.99


def test_bundled_scores_rank_the_main_debate_first_and_do_not_saturate(bundled):
    g, _ = bundled
    qs = sorted(contested(g), key=lambda q: -q["score"])
    assert qs[0]["id"] == "prevalence"
    by = {q["id"]: q for q in qs}
    # five positions and 17 clashes above a two-claim disagreement
    assert by["prevalence"]["score"] > by["aota-start"]["score"] + 0.1
    assert sum(q["score"] >= 0.995 for q in qs) == 0
    assert by["prevalence"]["summary"] == (
        "4 positions, the largest holds 53% of the weight; 6 contradictions; "
        "11 numeric disagreements")


def test_weak_dissent_scores_low(tmp_path):
    g = make(tmp_path, """
        questions: [{id: q, text: Q?}]
        works:
          - {id: s1, type: study, title: S1, design: trial, sample: {n: 5000}}
          - {id: blog, type: webpage, title: Blog}
        claims:
          - {id: a, text: A, question: q, position: pro, based_on: [s1]}
          - id: b
            text: B
            question: q
            position: con
            appearances: [{in: blog, quote: nope}]
    """)
    (q,) = contested(g)
    assert q["contested"] and 0 < q["score"] < 0.4


def test_contested_keeps_existing_keys(bundled):
    g, _ = bundled
    for q in contested(g):
        assert {"id", "text", "contested", "reasons", "positions", "score", "weight",
                "explanation", "breakdown"} <= set(q)
        for p in q["positions"]:
            assert {"position", "claims", "people", "works", "weight"} <= set(p)


def test_bundled_real_disagreements_are_contested(bundled):
    g, _ = bundled
    qs = {q["id"]: q for q in contested(g)}
    for qid in ("prevalence", "tubbs-sample", "aota-start", "compression-sites"):
        assert qs[qid]["contested"] and qs[qid]["score"] >= 0.5, qid
    assert qs["awareness"]["score"] == 0  # everyone says under-diagnosed
    prev = {p["position"]: p for p in qs["prevalence"]["positions"]}
    assert prev["common"]["weight"] > prev["rare"]["weight"]


# -- numeric conflicts ---------------------------------------------------------


def test_bundled_numeric_conflicts(bundled):
    g, ix = bundled
    nc = numeric_conflicts(g, ix)
    pairs = {frozenset(p["claims"]): p for p in nc["pairs"]}
    art = pairs[frozenset({"article.12-percent", "kuniya-2014.prevalence"})]
    assert art["kind"] == "disjoint" and "113/834 = 13.5%" in art["detail"]
    sides = pairs[frozenset({"article.tubbs-20-cadavers", "tubbs-2010.20-sides"})]
    assert sides["kind"] == "unit-mismatch"
    years = pairs[frozenset({"aota.started-12-years-ago", "aota.started-9-years-ago"})]
    assert years["same_work"] == ["ng-interview"]
    # Kuniya's 14% (abstract) and 113/834 agree within rounding: no conflict with Isu's range.
    assert frozenset({"isu-2018.incidence-range", "kuniya-2014.prevalence"}) not in pairs
    assert [m["claim"] for m in nc["as_written"]] == ["kuniya-2014.leg-symptoms"]


def test_estimates_of_different_quantities_are_not_compared(tmp_path):
    g = make(tmp_path, """
        claims:
          - {id: a, text: A, estimate: {value: 5, unit: "%", quantity: x}}
          - {id: b, text: B, estimate: {value: 50, unit: "%", quantity: y}}
          - {id: c, text: C, estimate: {value: 0.5, unit: fraction, quantity: y}}
    """)
    assert numeric_conflicts(g)["pairs"] == []


# -- chains --------------------------------------------------------------------


def test_bundled_distortions(bundled):
    _, ix = bundled
    found = {(d["report"], d["kind"]) for d in distortions(ix)}
    assert ("article.12-percent", "number-changed") in found
    assert ("article.tubbs-20-cadavers", "unit-changed") in found
    assert ("article.113-diagnosed", "hedging-dropped") in found  # "suspected" dropped


def test_frequency_word_change_is_flagged(tmp_path):
    g = make(tmp_path, """
        questions: [{id: q, text: Q?}]
        works:
          - {id: s, type: study, title: S, design: anatomical}
          - {id: news, type: article, title: News}
        claims:
          - {id: f, text: Entrapment is uncommon., question: q, based_on: [s]}
          - id: r
            text: Entrapment is rare.
            question: q
            based_on: [s]
            appearances: [{in: news, quote: it is rare}]
    """)
    (d,) = distortions(Index(g))
    assert d["kind"] == "frequency-changed" and "'uncommon'" in d["detail"]


def test_no_primary_and_circular_support(tmp_path):
    g = make(tmp_path, """
        works:
          - {id: a1, type: article, title: A1, cites: [a2]}
          - {id: a2, type: article, title: A2, cites: [a1]}
        claims:
          - {id: x, text: X, based_on: [a1]}
          - {id: y, text: Y, supports: [z]}
          - {id: z, text: Z, supports: [y]}
          - id: s
            text: S
            based_on: [a1]
            appearances: [{in: a1, quote: q}]
    """)
    ix = Index(g)
    assert {"x", "y", "z", "s"} <= {r["id"] for r in no_primary(ix)}
    circles = circular_support(ix)
    members = [set(c["members"]) for c in circles]
    assert {"a1", "a2"} <= set().union(*members)
    assert {"y", "z"} in members
    assert any(c["kind"] == "self-basis" and c["members"] == ["s", "a1"] for c in circles)


def test_page_analysis_gives_weights_chains_and_scores(bundled):
    from provenance.analysis import page_analysis

    g, ix = bundled
    a = page_analysis(g, index=ix)
    assert a["chains"]["article.maigne-rare"] == [
        "article.maigne-rare", "ng", "ng-interview", "aota", "maigne-1997", "maigne-1989"]
    assert a["weights"]["kuniya-2014"] > a["weights"]["aota-2016"]
    assert 0.5 < a["scores"]["aota-start"] < a["scores"]["prevalence"] < 1
    assert a["scores"]["awareness"] == 0
    assert any("never reaches" in f for f in a["flags"]["aota.started-9-years-ago"])


def test_same_number_in_other_count_units_is_flagged_by_hand(tmp_path):
    g = make(tmp_path, """
        questions: [{id: q, text: How many?}]
        claims:
          - {id: a, text: A, question: q, estimate: {value: 20, unit: cadavers}}
          - {id: b, text: B, question: q, estimate: {value: 20, unit: cadaveric sides}}
          - {id: c, text: C, question: q, estimate: {value: 40, unit: sides}}
    """)
    (pair,) = numeric_conflicts(g)["pairs"]
    assert set(pair["claims"]) == {"a", "b"} and pair["kind"] == "unit-mismatch"


def test_hedging_dropped_and_number_changed_by_hand(tmp_path):
    g = make(tmp_path, """
        questions: [{id: q, text: How common?}]
        works:
          - {id: s, type: study, title: S, design: cohort, sample: {n: 300}}
          - {id: news, type: article, title: News}
        claims:
          - id: f
            text: About 30 of 300 patients may have it.
            question: q
            estimate: {value: 10, unit: "%", text: 30 of 300, quantity: share}
            based_on: [s]
          - id: r
            text: A quarter of patients have it.
            question: q
            estimate: {value: 25, unit: "%", text: a quarter, quantity: share}
            based_on: [s]
            appearances: [{in: news, quote: a quarter of patients have it}]
    """)
    kinds = {d["kind"] for d in distortions(Index(g))}
    assert kinds == {"number-changed", "hedging-dropped"}


# -- the page uses the analysis (headless Chromium) -----------------------------


@pytest.mark.browser
def test_page_weights_chain_scores_and_debate_view(tmp_path):
    from playwright.sync_api import sync_playwright

    from provenance.pipeline import page_inputs
    from provenance.render.page import write_html

    from .browser import CHROMIUM_ARGS, chromium_path, node_screen_positions, open_page, settle

    out = tmp_path / "page.html"
    d = load_dossier()
    write_html(d, out, inputs=page_inputs(d))
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            w = open_page(b, out)
            settle(w.page)
            page = w.page
            # Node size follows evidence weight: the study's finding outweighs an aside.
            big, small = page.evaluate("[nodes.get('kuniya-2014.prevalence').size,"
                                       " nodes.get('aota.started-9-years-ago').size]")
            assert big > small
            # Questions are listed by score, with the score shown.
            first = page.locator("#question-list li").first.inner_text()
            assert "contested" in first and "How common" in first
            # ... in plain words: the sentence, not the formula
            assert "4 positions, the largest holds 53% of the weight" in first
            assert "e^" not in first and "score" not in first
            # A real click on a claim lights up its chain and explains its weight.
            cid = "article.maigne-rare"
            page.evaluate(f"network.focus({cid!r}, {{scale: 1.6, animation: false}})")
            pos = node_screen_positions(page)[cid]
            page.mouse.click(pos["x"], pos["y"])
            page.wait_for_selector("#details .chain-path", timeout=3000)
            widths = page.evaluate("['maigne-1997', 'maigne-1989', 'ng-interview', 'aota']"
                                   ".map(function (id) { return nodes.get(id).borderWidth; })")
            assert widths == [4, 4, 4, 4]
            assert page.evaluate("nodes.get('tubbs-2010').borderWidth") != 4
            text = page.inner_text("#details")
            assert "evidence weight 0.24" in text.lower()
            assert "Maigne et al. 1989 (primary)" in text
            # The debate view: one column per position, the claims under them.
            page.locator("#question-list li[data-question='tubbs-sample'] .debate-open").click()
            page.wait_for_selector("#debate", timeout=3000)
            sides = page.locator("#debate .debate-side")
            assert sides.count() == 2
            assert sides.nth(0).get_attribute("data-position") == "20-sides"
            assert "Tubbs et al. dissected 20 cadavers." in sides.nth(1).inner_text()
            assert "same number, different units" in page.inner_text("#debate")
            page.keyboard.press("Escape")
            assert page.locator("#debate").count() == 0
            assert w.errors == [] and w.console_errors == [] and w.csp_violations() == []
            assert w.requests == []
        finally:
            b.close()
