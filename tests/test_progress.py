"""Long commands say what they are doing on stderr; --quiet silences them; stdout stays JSON."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance import progress
from provenance.cli import app
from provenance.generate import generate_dossier


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_dossier(tmp_path_factory.mktemp("p") / "d", claims=300, seed=4)


@pytest.fixture
def no_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    """Show progress at once, as a command past its first second does."""
    monkeypatch.setattr(progress, "DELAY", 0.0)


def test_check_json_keeps_stdout_clean_and_reports_stages_on_stderr(big: Path, no_delay) -> None:
    result = CliRunner().invoke(app, ["check", str(big), "--json"])
    assert result.exit_code in (0, 1), result.output
    json.loads(result.stdout)  # nothing but the JSON object
    lines = result.stderr.splitlines()
    assert lines[0].startswith("loading the dossier: ")
    n = len(json.loads(result.stdout)["appearances"])
    assert lines[1].startswith(f"checking quotes ({n:,} of {n:,}): ")


def test_quiet_prints_nothing_on_stderr(big: Path, no_delay) -> None:
    result = CliRunner().invoke(app, ["contested", str(big), "--json", "--quiet"])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert json.loads(result.stdout)["questions"]


def test_render_names_its_stages(big: Path, tmp_path: Path, no_delay) -> None:
    out = tmp_path / "p.html"
    result = CliRunner().invoke(app, ["render", str(big), "-o", str(out), "--no-overview"])
    assert result.exit_code == 0, result.output
    stages = [line.split(":")[0] for line in result.stderr.splitlines()]
    assert stages[0] == "loading the dossier"
    assert stages[1].startswith("laying out ") and stages[1].endswith(" nodes")
    assert stages[2] == "building and writing the page"
    assert out.stat().st_size > 0 and "wrote" in result.stdout


def test_quick_commands_say_nothing(big: Path) -> None:
    """Under a second: no progress at all (the default delay)."""
    result = CliRunner().invoke(app, ["contested", "--json"])  # the bundled dossier
    assert result.exit_code == 0 and result.stderr == ""


def test_terminal_gets_a_bar_with_counts() -> None:
    buf = io.StringIO()
    p = progress.Progress(buf, delay=0.0, tty=True)
    with p.stage("checking quotes", 200) as st:
        for i in range(1, 201):
            st.update(i)
    out = buf.getvalue()
    assert "checking quotes [" in out and "200/200" in out and "\r" in out
    assert out.rstrip("\n").rsplit("\r\x1b[2K", 1)[-1].startswith("checking quotes (200 of 200)")


def test_export_report_and_generate_report_stages(big: Path, tmp_path: Path, no_delay) -> None:
    r = CliRunner().invoke(app, ["export", str(big), "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["nodes"]
    assert [x.split(":")[0] for x in r.stderr.splitlines()] == [
        "loading the dossier", "exporting json"]
    r = CliRunner().invoke(app, ["report", str(big), "-o", str(tmp_path / "r.md")])
    assert r.exit_code == 0 and "checking, analysing and writing the report" in r.stderr
    r = CliRunner().invoke(app, ["generate", str(tmp_path / "g"), "--claims", "20", "-q"])
    assert r.exit_code == 0 and r.stderr == ""
