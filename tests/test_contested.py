"""First-version contested detection: positions, contradictions, non-overlapping estimates."""

from __future__ import annotations

from provenance.analysis import contested
from provenance.dossier import load_dossier
from provenance.graph import build_graph

from .conftest import BUNDLED, MINI

BASE = """
title: T
questions:
  - {id: q, text: How many?}
claims:
"""


def verdicts(root):
    return {q["id"]: q for q in contested(build_graph(load_dossier(root)))}


def test_two_positions_make_a_question_contested(make_dossier) -> None:
    root = make_dossier(BASE + """
  - {id: a, text: Few., question: q, position: few}
  - {id: b, text: Many., question: q, position: many}
""")
    q = verdicts(root)["q"]
    assert q["contested"] and q["reasons"] == ["2 positions: few, many"]
    assert [p["position"] for p in q["positions"]] == ["few", "many"]


def test_one_position_is_settled(make_dossier) -> None:
    root = make_dossier(BASE + """
  - {id: a, text: Few., question: q, position: few}
  - {id: b, text: Very few., question: q, position: few}
""")
    q = verdicts(root)["q"]
    assert not q["contested"] and q["reasons"] == []


def test_contradicts_alone_makes_it_contested(make_dossier) -> None:
    root = make_dossier(BASE + """
  - {id: a, text: Few., question: q}
  - {id: b, text: Not few., question: q, contradicts: [a]}
""")
    q = verdicts(root)["q"]
    assert q["contested"] and q["contradictions"][0]["source"] == "b"


def test_non_overlapping_estimates_make_it_contested(make_dossier) -> None:
    root = make_dossier(BASE + """
  - {id: a, text: 12%., question: q, estimate: {value: 12, unit: "%"}}
  - {id: b, text: 13.5%., question: q, estimate: {value: 13.5, unit: "%"}}
  - {id: c, text: 10-15%., question: q, estimate: {low: 10, high: 15, unit: "%"}}
""")
    q = verdicts(root)["q"]
    assert q["contested"]
    assert [c["claims"] for c in q["estimate_conflicts"]] == [["a", "b"]]  # c overlaps both


def test_estimates_in_other_units_are_not_compared(make_dossier) -> None:
    root = make_dossier(BASE + """
  - {id: a, text: 20 cadavers., question: q, estimate: {value: 20, unit: cadavers}}
  - {id: b, text: 40 sides., question: q, estimate: {value: 40, unit: sides}}
""")
    assert not verdicts(root)["q"]["contested"]


def test_positions_list_people_and_works() -> None:
    q = verdicts(MINI)["blocks-help"]
    help_side = [p for p in q["positions"] if p["position"] == "help"][0]
    assert help_side["people"] == [{"id": "aota", "name": "Yoichi Aota"}]
    assert {w["id"] for w in help_side["works"]} == {"interview", "kuniya-2014"}


def test_bundled_prevalence_and_compression_are_contested() -> None:
    v = verdicts(BUNDLED)
    contested_ids = {k for k, q in v.items() if q["contested"]}
    assert len(v) >= 4
    prevalence = [q for q in v.values() if "common" in q["text"].lower()
                  or "prevalen" in q["text"].lower()]
    assert prevalence and all(q["contested"] for q in prevalence[:1])
    assert len(contested_ids) >= 4


def test_the_formula_shown_ends_with_the_score_printed(tmp_path) -> None:
    """A teacher reads "score 0.97" and then "... = 0.98" under it: one number, rounded once."""
    from provenance.generate import generate_dossier

    generate_dossier(tmp_path / "g", claims=3000)
    questions = contested(build_graph(load_dossier(tmp_path / "g")))
    assert len(questions) > 50
    for q in questions:
        assert q["breakdown"]["formula"].endswith(f"= {q['score']:.2f}"), q["id"]
