"""`provenance render --citations`: works by year, sized by citations in the dossier."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from provenance.citations import import_file
from provenance.dossier import load_dossier
from provenance.model import Dossier
from provenance.render.citations import citation_counts, layout, x_per_year

from .browser import node_screen_positions, open_page

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Dossier:
    d = tmp_path_factory.mktemp("cit") / "mini"
    shutil.copytree(DATA / "mini", d)
    import_file("openalex", DATA / "import" / "cluneal.openalex.jsonl", d)
    return load_dossier(d)


def _by_title(d: Dossier, start: str) -> str:
    return next(w.id for w in d.works if w.title.startswith(start))


def test_layout_by_year_and_size_by_citations(dossier: Dossier) -> None:
    pos = layout(dossier)
    counts = citation_counts(dossier)
    tubbs = _by_title(dossier, "Anatomy and landmarks")
    isu = _by_title(dossier, "Superior and Middle Cluneal")
    maigne89 = _by_title(dossier, "The lateral cutaneous")
    assert counts[tubbs] == 2 and counts[isu] == 0 and counts[maigne89] == 2
    assert pos[maigne89][0] < pos[tubbs][0] < pos[isu][0]  # older left
    assert pos[isu][0] - pos[tubbs][0] == 8 * x_per_year(dossier)
    assert pos[tubbs][1] < pos[isu][1]  # more cited: higher on the page (smaller y)
    konno = [w.id for w in dossier.works if w.year == 2017]
    assert len({pos[k] for k in konno}) == 2  # same column, spread apart
    no_year = next(w.id for w in dossier.works if w.year is None)  # the interview
    assert pos[no_year][0] < pos[maigne89][0]


@pytest.mark.browser
def test_selecting_a_study_highlights_prior_and_derivative_works(
        browser: Any, dossier: Dossier, tmp_path: Path) -> None:
    from provenance.pipeline import page_inputs
    from provenance.render.page import write_html
    from provenance.render.style import PALETTE

    out = write_html(dossier, tmp_path / "cit.html", inputs=page_inputs(dossier),
                     mode="citations")
    w = open_page(browser, out)
    page = w.page
    assert page.evaluate("DATA.mode") == "citations"
    assert page.evaluate("network.body.nodeIndices.length") == len(dossier.works)
    assert not page.evaluate("network.physics.options.enabled")
    legend = page.inner_text("#legend")  # only what this view draws
    assert "study" in legend and "claim" not in legend and "question" not in legend
    tubbs = _by_title(dossier, "Anatomy and landmarks")
    isu = _by_title(dossier, "Superior and Middle Cluneal")
    aota = _by_title(dossier, "Entrapment of middle cluneal")
    mcgrath = _by_title(dossier, "Lateral branches")
    page.evaluate("network.fit({animation: false})")
    xy = node_screen_positions(page)[tubbs]
    page.mouse.click(xy["x"], xy["y"])
    page.wait_for_timeout(150)
    colour = page.evaluate("(id) => (nodes.get(id).color || {}).background", isu)
    assert colour == PALETTE["derivative"]
    assert page.evaluate("(id) => (nodes.get(id).color || {}).background", aota) == \
        PALETTE["derivative"]
    assert page.evaluate("(id) => nodes.get(id).opacity", mcgrath) == 0.2
    details = page.inner_text("#details")
    assert "Derivative works citing it (2)" in details
    assert "Prior works it rests on (0)" in details
    # Choosing Aota 2016 from the list: its priors are Tubbs 2010 and McGrath 2005.
    page.evaluate(f"focusNode({aota!r})")
    page.wait_for_timeout(150)
    assert page.evaluate("(id) => (nodes.get(id).color || {}).background", mcgrath) == \
        PALETTE["prior"]
    assert "Prior works it rests on (2)" in page.inner_text("#details")
    assert w.errors == [] and w.console_errors == [] and w.requests == []


def test_cli_render_citations(dossier: Dossier, tmp_path: Path, monkeypatch: Any) -> None:
    from typer.testing import CliRunner

    from provenance.cli import app

    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(app, ["render", str(dossier.root), "--citations"])
    assert run.exit_code == 0, run.output
    page = (dossier.root / f"{dossier.slug}-citations.html").read_text()  # next to the dossier
    assert '"mode": "citations"' in page or '"mode":"citations"' in page
