"""A draft that `extract` writes must load: a web page's furniture ("Listen again: 9 min"
above a "Share" line) once made a figure whose unit ran across the line break, and the
review comment at the end of dossier.yaml broke the YAML (`check` refused its own draft)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from provenance.cli import app
from provenance.numbers import find_numbers

ARTICLE = """Council says equal pay bill is £760m

Listen again: 9 min
Share

The council's finance chief, Graham Pettifer, said the bill was £760m. "We have set aside
£48m a year," he said. The union says the true figure is £1.2bn.
"""


def test_a_unit_does_not_run_across_a_line_break() -> None:
    [n] = [n for n in find_numbers("Listen again: 9 min\nShare\n\nThe cost") if n.text]
    assert (n.text, n.unit) == ("9 min", "min")


def test_a_draft_with_page_furniture_passes_check(tmp_path: Path) -> None:
    src = tmp_path / "article.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "draft"
    r = runner.invoke(app, ["extract", str(src), "-o", str(out)])
    assert r.exit_code == 0, r.output
    text = (out / "dossier.yaml").read_text(encoding="utf-8")
    assert all(line.startswith("#") or not line.startswith("Share")
               for line in text.splitlines())
    r = runner.invoke(app, ["check", str(out), "-q"])
    assert r.exit_code == 0, r.output
