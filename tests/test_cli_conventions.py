"""CLI conventions: --version, -h, shell completion, help an installed user can follow."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from provenance import __version__
from provenance.cli import app

from .conftest import REPO

runner = CliRunner()
COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]


def test_version() -> None:
    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0 and r.output == f"provenance {__version__}\n"


@pytest.mark.parametrize("cmd", [[], *([c] for c in COMMANDS)])
def test_dash_h_is_help(cmd: list[str]) -> None:
    short, long = runner.invoke(app, [*cmd, "-h"]), runner.invoke(app, [*cmd, "--help"])
    assert short.exit_code == 0 and short.output == long.output
    assert "-h, --help" in short.output


def test_completion_is_offered_and_documented(monkeypatch: pytest.MonkeyPatch) -> None:
    import typer.completion

    r = runner.invoke(app, ["-h"])
    assert "--install-completion" in r.output and "--show-completion" in r.output
    # typer's --show-completion is a flag that finds the shell among the parent processes
    # (shellingham): under a test runner started without a shell there is none to find,
    # which made this test depend on how pytest was started. The user's shell is bash here.
    monkeypatch.setattr(typer.completion, "_get_shell_name", lambda: "bash")
    r = runner.invoke(app, ["--show-completion"])
    assert r.exit_code == 0 and "_PROVENANCE_COMPLETE" in r.output.upper(), r.output


@pytest.mark.parametrize("words,cword,expected", [
    ("provenance ex", 1, {"export", "extract"}),
    ("provenance export --format p", 3, {"prov", "parquet"}),
    ("provenance import b", 2, {"bibtex"}),
])
def test_completion_completes_commands_and_formats(words: str, cword: int,
                                                   expected: set[str]) -> None:
    env = {**os.environ, "_PROVENANCE_COMPLETE": "complete_bash", "COMP_WORDS": words,
           "COMP_CWORD": str(cword), "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-m", "provenance"], env=env, capture_output=True,
                         text=True, timeout=60)
    assert set(out.stdout.split()) == expected, out.stderr


@pytest.mark.parametrize("cmd", COMMANDS)
def test_help_examples_work_for_an_installed_user(cmd: str) -> None:
    out = runner.invoke(app, [cmd, "-h"]).output
    assert "graph_data" not in out and "tests/" not in out
    # the examples block keeps its lines (click's \b), each a provenance command line
    m = re.search(r"^  Examples?:\n((?:    .*\n)+)", out, re.M)
    assert m, out
    assert all(line.strip().startswith("provenance ") for line in m.group(1).splitlines())


@pytest.mark.parametrize("cmd", COMMANDS)
def test_help_paragraphs_do_not_run_together(cmd: str) -> None:
    out = runner.invoke(app, [cmd, "-h"]).output
    description = out.split("\n\n", 1)[1].split("Arguments:")[0].split("Options:")[0]
    # an example never ends up inside a wrapped prose paragraph
    for para in description.split("\n\n"):
        if not para.lstrip().startswith("Example"):
            assert "provenance " not in para.replace("`provenance ", ""), para
