"""Round 18: `provenance contested` says in words why a question is contested.

A new user read its scoring formula ("Score 1 − e^−(0.6 × …)") and a line like "the most
even: 80 wolves vs 1840 wolves" as noise: which figures disagree, and who gives them? The
text output now names them; --json keeps the formula in each question's breakdown.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from provenance.cli import app

runner = CliRunner()

WOLVES = """
title: Wolves
questions:
  - {id: wolves, text: How many wolves live in the park?}
people:
  - {id: ranger, name: Orla Fennick}
  - {id: hunter, name: Tavish Grumbridge}
works:
  - {id: paper, type: article, title: Wolf numbers disputed}
claims:
  - id: low
    text: About 80 wolves live in the park.
    question: wolves
    estimate: {value: 80, unit: wolves}
    appearances: [{in: paper, by: ranger, quote: "We count about 80 wolves"}]
  - id: high
    text: There are 1,840 wolves in the park.
    question: wolves
    estimate: {value: 1840, unit: wolves}
    appearances: [{in: paper, by: hunter, quote: "There are 1,840 wolves"}]
"""

FORMULA = ("e^−", "ln(1 +", "Score ", "the most even:")


def test_the_figures_that_disagree_are_named_with_who_gives_them(make_dossier: Any) -> None:
    root: Path = make_dossier(WOLVES)
    result = runner.invoke(app, ["contested", str(root)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "CONTESTED wolves" in out
    assert "2 figures do not agree" in out
    assert "Orla Fennick gives 80 wolves" in out and "Tavish Grumbridge gives 1840 wolves" in out
    assert [f for f in FORMULA if f in out] == []


def test_the_bundled_dossier_in_words_not_the_formula() -> None:
    result = runner.invoke(app, ["contested"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert [f for f in FORMULA if f in out] == []
    # the positions and their shares, the claims that contradict each other, the figures
    # that do not agree, each with who gives it
    assert ("its claims take 4 positions; their shares of the weight of evidence: common 53%, "
            "rare 22%") in out
    assert "6 pairs of claims contradict each other" in out
    assert "against Kuniya et al. 2014: “Of 834 patients" in out
    assert "Kuniya et al. 2013 gives approximately 10%; Nick Ng gives about 12 percent" in out
    assert ("Nick Ng gives 20 cadavers; Tubbs et al. 2010 and Isu et al. 2018 give 20 sides "
            "(the same number, counting different things)") in out
    assert "common: 5 claims, 53% of the weight; said by Nick Ng, Yoichi Aota" in out


def test_json_keeps_the_formula_and_the_breakdown() -> None:
    result = runner.invoke(app, ["contested", "--json", "-q"])
    assert result.exit_code == 0
    q = next(q for q in json.loads(result.output)["questions"] if q["id"] == "prevalence")
    assert q["breakdown"]["formula"].startswith("1 − e^−(")
    assert q["explanation"][-1].startswith("Score 1 − e^−(")
    assert q["reasons"] == ["4 positions: common, rare, unknown underdiagnosed, uncommon",
                            "6 contradictions", "11 pairs of figures that do not agree"]


def test_a_claim_with_no_source_is_shown_by_its_words() -> None:
    from .conftest import MINI

    result = runner.invoke(app, ["contested", str(MINI)])
    assert result.exit_code == 0
    assert "no source named: “Nerve blocks rarely help.”" in result.output
    assert "against Yoichi Aota: “Repeated nerve blocks relieve most patients.”" in result.output
