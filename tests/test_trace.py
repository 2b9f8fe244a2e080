"""`provenance trace`: fuzzy search and the chain a journalist follows."""

from __future__ import annotations

import json
import re

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


def test_query_with_no_real_match_says_no_match_and_exits_1():
    r = CliRunner().invoke(app, ["trace", "zebra unicorn"])
    assert r.exit_code == 1, r.output
    assert "no match for 'zebra unicorn'" in r.output
    assert "Nick" not in r.output


def test_author_and_year_find_the_paper_not_the_person(tracer):
    first = tracer.search("Aota 2016")[0]
    assert (first["kind"], first["id"]) == ("work", "aota-2016")
    assert tracer.search("Kuniya 2014")[0]["id"] == "kuniya-2014"


def test_whole_word_ranks_before_a_word_that_merely_contains_it(tracer):
    hits = tracer.search("compression")
    assert hits and all(re.search(r"\bcompression\b", h["text"]) for h in hits)
    assert not any("decompress" in h["text"] for h in hits)


def test_percentage_matches_estimates_of_that_percentage_not_dois(tracer):
    hits = tracer.search("12%")
    assert hits[0]["id"] == "article.12-percent"
    assert not any(h["kind"] == "work" for h in hits)  # DOIs with "12" in them
    assert "aota.started-12-years-ago" not in {h["id"] for h in hits}  # 12 years, not 12%


WORDS_DOSSIER = """\
title: Search test
questions:
  - id: toll
    text: How many people died in the flood?
people:
  - id: lee
    name: Ann Lee
works:
  - id: report-2019
    type: report
    title: Flood deaths in the delta
    authors: [lee]
    year: 2019
    doi: 10.1000/xyz.12.345
claims:
  - id: share
    text: One in eight deaths was a child.
    question: toll
    estimate: {value: 12.5, unit: "%", text: "one in eight"}
  - id: ministry
    text: The ministry counted 1,200 deaths.
    question: toll
    estimate: {value: 1200, unit: deaths}
  - id: hours
    text: Rescuers searched for 12 hours.
"""


@pytest.fixture()
def small(tmp_path):
    (tmp_path / "dossier.yaml").write_text(WORDS_DOSSIER, encoding="utf-8")
    return Tracer(load_dossier(tmp_path))


def test_figures_match_figures_in_any_spelling(small):
    assert [h["id"] for h in small.search("12.5 percent")] == ["share"]
    assert [h["id"] for h in small.search("1200 deaths")][0] == "ministry"
    assert small.search("1,200")[0]["id"] == "ministry"
    assert [h["id"] for h in small.search("12 hours")] == ["hours"]
    assert small.search("12%") == []  # 12 hours and a DOI holding 12 are not 12 percent


def test_author_year_and_question_words(small):
    assert small.search("Lee 2019")[0]["id"] == "report-2019"
    assert small.search("how many died")[0]["kind"] == "question"
    assert small.search("10.1000/xyz.12.345")[0]["id"] == "report-2019"


def test_a_typo_still_finds_the_word_but_an_unrelated_word_does_not(small):
    assert small.search("minstry")[0]["id"] == "ministry"
    assert small.search("ministry zebra unicorn") == []  # most of the query is not there
