"""Every exception in one module, and each output refusal as one what-to-do line, exit 2."""

from __future__ import annotations

import errno
import importlib
import inspect
import os
import pkgutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import provenance
from provenance import errors
from provenance.cli import app

from .conftest import MINI

runner = CliRunner()

ARTICLE = "“The numbers do not add up,” said Ana Silva, an editor at the Daily Post.\n"


def _public_exceptions() -> dict[str, type[BaseException]]:
    """Public exception classes reachable from any provenance module, by qualified name."""
    found: dict[str, type[BaseException]] = {}
    for info in pkgutil.walk_packages(provenance.__path__, "provenance."):
        if info.name.endswith("__main__"):
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional dependency (pyarrow...) is not installed
            continue
        for name, obj in vars(module).items():
            if (inspect.isclass(obj) and issubclass(obj, BaseException)
                    and obj.__module__.startswith("provenance") and not name.startswith("_")):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return found


def test_every_public_exception_is_defined_in_errors() -> None:
    found = _public_exceptions()
    assert found, "no exception found: the walk is broken"
    elsewhere = sorted(n for n in found if not n.startswith("provenance.errors."))
    assert elsewhere == [], "define these in provenance/errors.py and import them from there"
    listed = sorted(n for n in errors.__all__ if n != "Problem")  # Problem: a record, not raised
    assert sorted(c.__name__ for c in found.values()) == listed


def test_old_names_are_the_same_classes() -> None:
    from provenance.dossier import DossierError
    from provenance.extract import DraftExistsError, ExtractError
    from provenance.files import OutputExists

    assert DossierError is errors.DossierError and ExtractError is errors.ExtractError
    assert OutputExists is DraftExistsError is errors.OutputExists


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ") and "Traceback" not in err
    return lines[0]


def test_page_over_a_users_file(tmp_path: Path) -> None:
    mine = tmp_path / "mine.html"
    mine.write_text("my own notes")
    r = runner.invoke(app, ["render", str(MINI), "-o", str(mine)])
    assert r.exit_code == 2
    line = _one_line(r.stderr)
    assert str(mine) in line and "choose another -o, or pass --force" in line
    assert mine.read_text() == "my own notes"


def test_sqlite_over_an_existing_file(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    db.write_bytes(b"my database")
    r = runner.invoke(app, ["export", str(MINI), "-f", "sqlite", "-o", str(db)])
    assert r.exit_code == 2
    line = _one_line(r.stderr)
    assert line == (f"error: {db} already exists; nothing was written. Choose another -o "
                    "(or folder), or pass --force to replace it.")
    assert db.read_bytes() == b"my database"


def test_generate_into_a_folder_with_files(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("my notes")
    r = runner.invoke(app, ["generate", str(mine), "--claims", "5"])
    assert r.exit_code == 2
    line = _one_line(r.stderr)
    assert line == (f"error: {mine} exists and is not empty; nothing was written. Choose "
                    "another -o (or folder), or pass --force to replace it.")
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]
    assert [p.name for p in tmp_path.iterdir()] == ["mine"]


def test_extract_into_an_existing_draft(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "draft"
    assert runner.invoke(app, ["extract", str(art), "-o", str(out)]).exit_code == 0
    before = (out / "dossier.yaml").read_bytes()
    r = runner.invoke(app, ["extract", str(art), "-o", str(out)])
    assert r.exit_code == 2
    assert _one_line(r.stderr) == (f"error: {out} already exists; nothing was written. Choose "
                                   "another -o (or folder), or pass --force to replace it.")
    assert (out / "dossier.yaml").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "draft"]


def test_extract_onto_a_file(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    r = runner.invoke(app, ["extract", str(art), "-o", str(art), "--force"])
    assert r.exit_code == 2
    assert _one_line(r.stderr) == (f"error: {art} is a file, not a folder; nothing was "
                                   "written. Choose another -o (a folder name).")
    assert art.read_text(encoding="utf-8") == ARTICLE


def test_json_error_is_one_object(tmp_path: Path) -> None:
    import json

    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "draft").mkdir()
    r = runner.invoke(app, ["extract", str(art), "-o", str(tmp_path / "draft"), "--json"])
    assert r.exit_code == 2
    data = json.loads(r.stdout)
    assert data["error"].startswith(f"{tmp_path / 'draft'} already exists")
    assert data["problems"][0]["hint"].startswith("choose another -o")


@pytest.mark.parametrize("args", [
    ["generate", "{tmp}/g", "--claims", "5"],
    ["extract", "{tmp}/a.txt", "-o", "{tmp}/draft"],
    ["export", str(MINI), "-f", "parquet", "-o", "{tmp}/tables"],
    ["export", str(MINI), "-f", "sqlite", "-o", "{tmp}/d.db"],
])
def test_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                          args: list[str]) -> None:
    """Every writer, file or folder, says the same thing when the folder is read-only."""
    import tempfile

    if args[:4] == ["export", str(MINI), "-f", "parquet"]:
        pytest.importorskip("pyarrow")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")

    def read_only(*a: object, dir: str | None = None, **k: object) -> str:  # noqa: A002
        raise OSError(errno.EROFS, "Read-only file system", os.path.join(dir or ".", ".x.tmp"))

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    monkeypatch.setattr(tempfile, "mkdtemp", read_only)
    r = runner.invoke(app, [a.format(tmp=tmp_path) for a in args])
    assert r.exit_code == 2
    assert _one_line(r.stderr) == (f"error: Read-only file system ({tmp_path}); nothing was "
                                   "written. The folder is read-only: write somewhere else "
                                   "(-o PATH or another folder).")
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


@pytest.mark.parametrize("args", [["generate", "{tmp}/g", "--claims", "-1"],
                                  ["render", str(MINI), "--focus", "x", "--depth", "-1"]])
def test_bad_option_value_is_click_s_usage_message(tmp_path: Path, args: list[str]) -> None:
    """A value an option refuses is a usage error (exit 2), not "a bug in provenance"."""
    r = runner.invoke(app, [a.format(tmp=tmp_path) for a in args])
    assert r.exit_code == 2
    assert "Invalid value for" in r.stderr and "internal error" not in r.stderr
    assert list(tmp_path.iterdir()) == []
