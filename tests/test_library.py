"""The public library: what a notebook user types, and what they see."""

from __future__ import annotations

import doctest
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import provenance as pv
from provenance.dossier import DossierError

from .conftest import MINI, REPO

DOC = REPO / "docs" / "library.md"


def test_import_is_light() -> None:
    code = ("import sys, provenance; "
            "print([m for m in ('networkx', 'rapidfuzz', 'yaml', 'pyvis') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_public_names_are_listed() -> None:
    assert set(pv.__all__) >= {"load", "extract", "OpenDossier", "__version__"}
    for name in pv.__all__:
        assert getattr(pv, name) is not None


def test_library_agrees_with_the_cli(mini: Path) -> None:
    d = pv.load(mini)
    cli = subprocess.run([sys.executable, "-m", "provenance", "contested", str(mini), "--json"],
                         capture_output=True, text=True, cwd=REPO)
    as_cli = json.loads(cli.stdout)
    questions = as_cli["questions"] if isinstance(as_cli, dict) else as_cli
    assert [q["id"] for q in d.contested()] == [q["id"] for q in questions]
    assert json.loads(json.dumps(d.contested())) == questions  # the same answers, not only ids
    assert d.check().ok == (subprocess.run(
        [sys.executable, "-m", "provenance", "check", str(mini)], cwd=REPO,
        capture_output=True).returncode == 0)


def test_graph_is_networkx_and_built_once() -> None:
    import networkx as nx

    d = pv.load(MINI)
    assert isinstance(d.graph, nx.MultiDiGraph)
    assert d.graph is d.graph


def test_bad_dossier_raises_every_problem(tmp_path: Path) -> None:
    (tmp_path / "dossier.yaml").write_text("title: x\nclaims:\n  - id: a\n", encoding="utf-8")
    with pytest.raises(DossierError) as e:
        pv.load(tmp_path)
    assert e.value.problems


def test_render_and_export_write_files(tmp_path: Path) -> None:
    d = pv.load(MINI)
    page = d.render(tmp_path / "p.html")
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    out = d.export("graphml", tmp_path / "g.graphml")
    assert out.exists() and "<graphml" in out.read_text(encoding="utf-8")
    assert "<graphml" in str(d.export("graphml"))


def test_extract_returns_the_draft_records(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text('"We will not raise taxes," Governor Ann Lee said on Monday.\n',
                   encoding="utf-8")
    ex = pv.extract(art)
    assert any("raise taxes" in s.quote for s in ex.statements)
    pv.extract(art, tmp_path / "draft")
    assert (tmp_path / "draft" / "dossier.yaml").exists()


def test_docs_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ``>>>`` example in docs/library.md runs and prints what the doc says."""
    monkeypatch.chdir(tmp_path)
    text = DOC.read_text(encoding="utf-8")
    parser = doctest.DocTestParser()
    test = parser.get_doctest(text, {"MINI": str(MINI)}, "library.md", str(DOC), 0)
    assert len(test.examples) >= 8
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0, "docs/library.md has a failing example (run with -s to see)"


# -- Jupyter -------------------------------------------------------------------


@pytest.mark.browser
def test_notebook_shows_the_page_sandboxed_and_offline(browser: Any, tmp_path: Path) -> None:
    html = pv.load(MINI)._repr_html_()
    iframe = re.match(r'<iframe [^>]*sandbox="([^"]*)"', html)
    assert iframe and "allow-same-origin" not in iframe.group(1)
    host = tmp_path / "notebook.html"
    host.write_text(f"<!DOCTYPE html><html><body><h1>cell</h1>{html}</body></html>",
                    encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    def route(r: Any) -> None:
        if r.request.url.startswith(("file:", "about:")):
            r.continue_()
        else:
            requests.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(host.as_uri())
    frame = page.frames[1]
    frame.wait_for_function(
        "() => window.network && network.body && network.body.nodeIndices.length > 0",
        timeout=20000)
    drawn = frame.evaluate("network.body.nodeIndices.length")
    assert drawn == len(pv.load(MINI).graph)
    # the sandbox gives the page an opaque origin: it cannot reach its host
    assert frame.evaluate("(() => { try { return !!window.parent.document; } "
                          "catch (e) { return false; } })()") is False
    assert not requests and not errors


def test_an_export_that_would_hold_nothing_says_why() -> None:
    from provenance.export import EmptyExport

    d = pv.load(MINI)
    assert not any(c.review for c in d.records.claims)
    with pytest.raises(EmptyExport, match="review"):
        d.export("claimreview")
