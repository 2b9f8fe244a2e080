"""The dossier generator: valid, realistic, reproducible, and safe with the user's files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from provenance.analysis import contested
from provenance.dossier import load_dossier
from provenance.files import OutputExists
from provenance.generate import generate_dossier, generate_records
from provenance.graph import build_graph


def test_written_dossier_loads_back_to_the_same_records(tmp_path: Path) -> None:
    root = generate_dossier(tmp_path / "d", claims=300, seed=3)
    d = load_dossier(root)
    mem = generate_records(claims=300, seed=3)
    assert d.claims == mem.claims
    assert d.works == mem.works
    assert d.people == mem.people
    assert d.questions == mem.questions
    assert d.texts == mem.texts


def test_counts_follow_the_arguments() -> None:
    d = generate_records(claims=120, people=30, works=40, questions=5, seed=1)
    assert (len(d.claims), len(d.people), len(d.works), len(d.questions)) == (120, 30, 40, 5)
    records: list[Any] = [*d.claims, *d.people, *d.works, *d.questions]
    ids = [r.id for r in records]
    assert len(ids) == len(set(ids))


def test_same_seed_same_dossier_other_seed_other_dossier() -> None:
    a = generate_records(claims=200, seed=7)
    b = generate_records(claims=200, seed=7)
    c = generate_records(claims=200, seed=8)
    assert a.claims == b.claims and a.texts == b.texts
    assert a.claims != c.claims


def test_quotes_are_in_their_source_texts_except_the_deliberate_misquotes() -> None:
    d = generate_records(claims=2000, seed=2, misquote_rate=0.05)
    apps = [(a, d.texts[a.in_]) for c in d.claims for a in c.appearances]
    assert len(apps) > 1500
    found = sum(a.quote in text for a, text in apps)
    missing = len(apps) - found
    # about 5% misquoted, the rest verbatim
    assert 0.02 * len(apps) < missing < 0.09 * len(apps)
    exact = generate_records(claims=300, seed=2, misquote_rate=0.0)
    assert all(a.quote in exact.texts[a.in_] for c in exact.claims for a in c.appearances)


def test_speakers_are_named_in_the_paragraph_of_their_quote() -> None:
    d = generate_records(claims=300, seed=4, misquote_rate=0.0)
    people = {p.id: p for p in d.people}
    for c in d.claims:
        for a in c.appearances:
            if not a.by:
                continue
            text = d.texts[a.in_]
            paras = [para for para in text.split("\n\n") if a.quote in para]
            p = people[a.by]
            assert any(p.name in para or p.aliases[0] in para for para in paras)


def test_questions_have_competing_positions_and_some_are_settled() -> None:
    d = generate_records(claims=1500, seed=5)
    qs = contested(build_graph(d))
    n_contested = sum(q["contested"] for q in qs)
    assert 0.4 * len(qs) < n_contested < len(qs)
    assert any(len(q["positions"]) >= 2 and q["contradictions"] for q in qs)


def test_hubs_exist_some_people_are_quoted_far_more_than_most() -> None:
    d = generate_records(claims=4000, seed=6)
    counts: dict[str, int] = {}
    for c in d.claims:
        for a in c.appearances:
            if a.by:
                counts[a.by] = counts.get(a.by, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    median = ranked[len(ranked) // 2]
    assert ranked[0] >= 8 * median


def test_citations_point_back_in_time() -> None:
    d = generate_records(claims=1000, seed=9)
    works = {w.id: w for w in d.works}
    cites = [(w, works[c]) for w in d.works if w.type in ("study", "review") for c in w.cites]
    assert len(cites) > 200
    assert all(b.year is not None and a.year is not None and b.year <= a.year for a, b in cites)


def test_refuses_to_overwrite_a_folder_with_files_unless_forced(tmp_path: Path) -> None:
    target = tmp_path / "mine"
    target.mkdir()
    (target / "notes.txt").write_text("my notes")
    with pytest.raises(OutputExists):
        generate_dossier(target, claims=10)
    assert (target / "notes.txt").read_text() == "my notes"
    generate_dossier(target, claims=10, force=True)
    assert not (target / "notes.txt").exists()
    assert load_dossier(target).claims
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_empty_and_tiny_sizes_still_load(tmp_path: Path) -> None:
    sizes: list[tuple[int, dict[str, Any]]] = [
        (0, {}), (1, {}), (5, {"people": 0, "works": 0, "questions": 0})]
    for n, kw in sizes:
        root = generate_dossier(tmp_path / f"d{n}", claims=n, seed=0, **kw)
        assert len(load_dossier(root).claims) == n


def test_no_people_for_claims_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from provenance.cli import app

    r = CliRunner().invoke(app, ["generate", str(tmp_path / "g"), "--claims", "50",
                                 "--people", "0"])
    assert r.exit_code == 2
    assert "people must be >= 1" in r.output
    assert not (tmp_path / "g").exists()
