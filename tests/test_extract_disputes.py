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
    """(question text, figures as written) of each contested question of the draft."""
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
            ids = {c["id"] for p in q["positions"] for c in p["claims"]}
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
