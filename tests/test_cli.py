"""The CLI through typer's CliRunner, plus start-up cost checked in a fresh interpreter."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app

from .conftest import MINI

runner = CliRunner()


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_render_default_writes_bundled_page_under_outputs(in_tmp: Path) -> None:
    result = runner.invoke(app, ["render"])
    assert result.exit_code == 0, result.output
    page = in_tmp / "outputs" / "cluneal-nerve.html"
    assert page.is_file() and "wrote outputs/cluneal-nerve.html" in result.output
    html = page.read_text(encoding="utf-8")
    assert "Cluneal nerve entrapment" in html and "Content-Security-Policy" in html


def test_render_to_chosen_file_and_rerender_replaces_it(in_tmp: Path) -> None:
    assert runner.invoke(app, ["render", str(MINI), "-o", "page.html"]).exit_code == 0
    assert runner.invoke(app, ["render", str(MINI), "-o", "page.html"]).exit_code == 0
    assert (in_tmp / "page.html").read_text(encoding="utf-8").count("<html") == 1
    assert not list(in_tmp.glob(".page.html.*"))  # no temporary file left behind


def test_render_never_overwrites_a_users_file_without_force(in_tmp: Path) -> None:
    mine = in_tmp / "notes.html"
    mine.write_text("<p>my notes</p>", encoding="utf-8")
    result = runner.invoke(app, ["render", str(MINI), "-o", str(mine)])
    assert result.exit_code == 2
    assert "pass --force" in result.output
    assert mine.read_text(encoding="utf-8") == "<p>my notes</p>"
    assert runner.invoke(app, ["render", str(MINI), "-o", str(mine), "--force"]).exit_code == 0
    assert "provenance" in mine.read_text(encoding="utf-8")


def test_bad_dossier_exits_2_with_located_message_and_writes_nothing(
        in_tmp: Path, make_dossier) -> None:
    root = make_dossier("title: T\nclaims:\n  - id: c\n    txt: oops\n")
    result = runner.invoke(app, ["render", str(root)])
    assert result.exit_code == 2
    assert "dossier.yaml:3:5: claim is missing 'text'" in result.output
    assert "did you mean 'text'?" in result.output
    assert "Traceback" not in result.output
    assert not (in_tmp / "outputs").exists()


def test_contested_json_lists_questions_with_positions(in_tmp: Path) -> None:
    result = runner.invoke(app, ["contested", str(MINI), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    [q] = data["questions"]
    assert q["id"] == "blocks-help" and q["text"] == "Do nerve blocks help?" and q["contested"]
    side = {p["position"]: p for p in q["positions"]}
    assert side["help"]["claims"][0]["id"] == "blocks-work"
    assert side["help"]["people"][0]["name"] == "Yoichi Aota"
    assert {w["id"] for w in side["help"]["works"]} == {"interview", "kuniya-2014"}


def test_contested_text_output(in_tmp: Path) -> None:
    result = runner.invoke(app, ["contested", str(MINI)])
    assert result.exit_code == 0
    assert "CONTESTED blocks-help" in result.output
    assert "1 of 1 question contested" in result.output


def test_dossier_yaml_path_is_accepted(in_tmp: Path) -> None:
    result = runner.invoke(app, ["contested", str(MINI / "dossier.yaml")])
    assert result.exit_code == 0


def test_missing_dossier_is_exit_2(in_tmp: Path) -> None:
    result = runner.invoke(app, ["contested", "no-such-folder"])
    assert result.exit_code == 2 and "no such file or folder" in result.output


def test_every_command_help_has_an_example() -> None:
    from typer.main import get_command

    group = get_command(app)
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        assert re.search(r"^Examples?:$", cmd.help or "", re.M), f"{name} --help lacks an example"


def test_help_imports_no_heavy_library() -> None:
    code = ("import sys; from provenance.cli import app; from typer.testing import CliRunner;"
            "CliRunner().invoke(app, ['--help']);"
            "print(sorted(m for m in ('networkx','pyvis','rapidfuzz','yaml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "provenance", "contested", str(MINI)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0 and "CONTESTED" in out.stdout


def test_the_program_ends_quickly_but_completely(tmp_path: Path) -> None:
    """Run as the ``provenance`` program, a command's output is whole, its exit code kept and
    exit handlers run, though the process skips freeing what the command built."""
    root = Path(__file__).resolve().parents[1]
    script = f"""
import atexit, sys
sys.path.insert(0, {str(root)!r})
atexit.register(lambda: open("handler-ran", "w").close())
sys.argv = ["provenance", "contested", {str(MINI)!r}, "--json", "-q"]
from provenance.cli import main
main()
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=tmp_path, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["questions"]
    assert (tmp_path / "handler-ran").exists()
    bad = subprocess.run([sys.executable, "-c", script.replace(str(MINI), "no-such-folder")],
                         capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert bad.returncode == 2
    assert json.loads(bad.stdout)["problems"][0]["file"] == "no-such-folder"
