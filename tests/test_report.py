"""The editor's report: contents a fact-checker needs, and safe output."""

from __future__ import annotations

import textwrap

from typer.testing import CliRunner

from provenance.cli import app
from provenance.dossier import load_dossier
from provenance.report import generate_html, generate_markdown, report_data

EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>"


def test_bundled_report_lists_the_findings():
    data = report_data(load_dossier())
    md = generate_markdown(data)
    assert data["contested"][0]["score"] >= data["contested"][-1]["score"]
    assert "## Contested questions" in md and "| **common** (weight" in md
    assert "113/834 = 13.5%" in md  # the article's 12% against its study
    assert "same number, different units" in md  # 20 cadavers vs 20 cadaveric sides
    assert "hedging-dropped" in md
    assert "Claims whose chain never reaches a primary study" in md


def _evil_dossier(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text("Nothing quoted here.", "utf-8")
    (tmp_path / "dossier.yaml").write_text(textwrap.dedent(f"""\
        title: "{EVIL}"
        questions: [{{id: q, text: "Is it {EVIL}?"}}]
        works: [{{id: a, type: article, title: A, source_text: sources/a.txt}}]
        claims:
          - id: c1
            text: "{EVIL} | *pipe*"
            question: q
            position: pro
            appearances: [{{in: a, quote: "{EVIL}"}}]
          - {{id: c2, text: other, question: q, position: con, contradicts: [c1]}}
    """), "utf-8")
    return load_dossier(tmp_path)


def test_html_escapes_everything_and_has_no_script(tmp_path):
    data = report_data(_evil_dossier(tmp_path))
    html = generate_html(data)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert "default-src 'none'; style-src 'unsafe-inline'" in html
    (u,) = data["unverified_quotes"]
    assert u["status"] == "missing"


def test_markdown_escapes_html_and_table_pipes(tmp_path):
    md = generate_markdown(report_data(_evil_dossier(tmp_path)))
    assert "<script" not in md and "<img" not in md
    assert "\\| \\*pipe\\*" in md


def test_cli_writes_html_and_refuses_foreign_file(tmp_path):
    out = tmp_path / "r.html"
    r = CliRunner().invoke(app, ["report", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert out.read_text("utf-8").startswith("<!doctype html>")
    assert CliRunner().invoke(app, ["report", "-o", str(out)]).exit_code == 0  # ours: replaced
    mine = tmp_path / "mine.md"
    mine.write_text("my notes", "utf-8")
    r = CliRunner().invoke(app, ["report", "-o", str(mine)])
    assert r.exit_code == 2 and mine.read_text("utf-8") == "my notes"
