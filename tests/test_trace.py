"""`provenance trace`: fuzzy search and the chain a journalist follows."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.dossier import load_dossier
from provenance.trace import Tracer, render_tree


@pytest.fixture(scope="module")
def tracer():
    return Tracer(load_dossier())


def test_number_finds_its_claim_and_chain_to_the_study(tracer):
    res = tracer.trace("12 percent", limit=1)
    (c,) = res["chains"]
    assert c["id"] == "article.12-percent"
    (app_,) = c["appearances"]
    assert app_["by_name"] == "Nick Ng" and app_["anchor"]["status"] == "exact"
    assert [b["id"] for b in c["based_on"]] == ["kuniya-2014"] and c["based_on"][0]["primary"]
    kinds = {f["kind"] for f in c["flags"]}
    assert {"number-changed", "numbers-disjoint"} <= kinds


def test_misspelt_name_finds_the_person(tracer):
    assert tracer.search("Shane Tubs")[0]["id"] == "tubbs"


def test_tree_shows_quote_anchor_weight_and_citations(tracer):
    text = render_tree(tracer.trace("Maigne rare", limit=1))
    assert "claim article.maigne-rare" in text
    assert "“Although Maigne reported" in text and "[exact, line" in text
    assert "based on Maigne et al. 1997" in text and "cites Maigne et al. 1989" in text
    assert "weight 0." in text


def test_chain_without_primary_is_flagged(tracer):
    (c,) = tracer.trace("I started this study about nine years ago", limit=1)["chains"]
    assert c["id"] == "aota.started-9-years-ago"
    assert any(f["kind"] == "no-primary" for f in c["flags"])


def test_cli_json_and_no_match_exit_code():
    r = CliRunner().invoke(app, ["trace", "20 cadavers", "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["chains"][0]["id"] == "article.tubbs-20-cadavers"
    assert CliRunner().invoke(app, ["trace", "qqqzzzxxx"]).exit_code == 1
