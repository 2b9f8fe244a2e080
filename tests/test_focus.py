"""Focus views: the neighbourhood of one record, cut out as a dossier that stays valid."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.dossier import load_dossier
from provenance.focus import (
    FocusError,
    focus,
    focus_dossier,
    neighbourhood,
    person_view,
    question_view,
)
from provenance.generate import generate_dossier, generate_records, write_dossier
from provenance.graph import build_graph

from .conftest import MINI


def test_neighbourhood_grows_with_depth_and_stops_at_the_cap() -> None:
    d = load_dossier(MINI)
    g = build_graph(d)
    assert neighbourhood(g, "blocks-work", 0) == ["blocks-work"]
    one = set(neighbourhood(g, "blocks-work", 1))
    assert {"blocks-work", "blocks-help", "aota", "interview", "kuniya-2014",
            "blocks-doubt"} <= one
    assert len(neighbourhood(g, "blocks-work", 5, max_nodes=3)) == 3
    big = build_graph(generate_records(claims=300, seed=2))
    sizes = [len(neighbourhood(big, "c-5", k)) for k in (0, 1, 2, 3)]
    assert sizes[0] == 1 and sizes[0] < sizes[1] < sizes[2] < sizes[3]


def test_unknown_id_says_what_it_might_have_meant() -> None:
    g = build_graph(load_dossier(MINI))
    with pytest.raises(FocusError, match="did you mean 'blocks-work'"):
        neighbourhood(g, "blocks-wrk")
    with pytest.raises(FocusError, match="is a claim, not a question"):
        question_view(g, "blocks-work")


def test_question_view_holds_every_claim_and_who_says_it_where() -> None:
    d = generate_records(claims=600, seed=3)
    g = build_graph(d)
    view = set(question_view(g, "q-1"))
    claims = [c for c in d.claims if c.question == "q-1"]
    assert claims
    for c in claims:
        assert c.id in view
        for a in c.appearances:
            assert a.in_ in view
            if a.by:
                assert a.by in view
    assert len(view) < g.number_of_nodes() / 2


def test_person_view_holds_what_they_state_and_wrote() -> None:
    d = generate_records(claims=600, seed=3)
    g = build_graph(d)
    pid = max(d.people, key=lambda p: g.degree(p.id)).id
    view = set(person_view(g, pid))
    stated = {c.id for c in d.claims for a in c.appearances if a.by == pid}
    wrote = {w.id for w in d.works if pid in w.authors}
    assert stated and stated <= view and wrote <= view


def test_focused_dossier_is_valid_and_keeps_every_quote_with_its_source(tmp_path: Path) -> None:
    d = generate_records(claims=600, seed=3)
    g = build_graph(d)
    sub = focus_dossier(d, neighbourhood(g, "c-7", 1))
    records: list[Any] = [*sub.questions, *sub.people, *sub.works, *sub.claims]
    ids = {r.id for r in records}
    for c in sub.claims:
        for a in c.appearances:
            assert a.in_ in ids and (a.by is None or a.by in ids)
            assert a.in_ in sub.texts
        assert set(c.based_on) <= ids
    write_dossier(sub, tmp_path / "sub")
    back = load_dossier(tmp_path / "sub")  # references all resolve, or this raises
    assert back.claims == sub.claims


def test_focus_keeps_the_question_verdict_of_the_whole_dossier() -> None:
    d = generate_records(claims=600, seed=3)
    g = build_graph(d)
    from provenance.analysis import contested

    full = {q["id"]: q["contested"] for q in contested(g)}
    claim = next(c for c in d.claims if c.question and full[c.question])
    sub, questions, view = focus(d, g, center=claim.id, depth=1)
    assert [q["id"] for q in questions] == [claim.question]
    assert questions[0]["contested"] is True
    assert view["center"] == claim.id and view["shown"] < view["total"]


def test_render_question_view_from_the_command_line(tmp_path: Path) -> None:
    root = generate_dossier(tmp_path / "big", claims=500, seed=1)
    out = tmp_path / "q.html"
    r = CliRunner().invoke(app, ["render", str(root), "--question", "q-2", "-o", str(out)])
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert '"kind":"focus"' in html and '"question":"q-2"' in html
    r = CliRunner().invoke(app, ["render", str(root), "--focus", "c-99999", "-o", str(out)])
    assert r.exit_code == 2 and "no claim, person, work or question with id 'c-99999'" in r.output
    r = CliRunner().invoke(app, ["render", str(root), "--person", "x", "--question", "q-1",
                                 "-o", str(out)])
    assert r.exit_code == 2 and "only one of" in r.output
