"""The one door for a dossier's files: plain names take a one-``lstat`` path, and it refuses
exactly what the full resolution refuses, with the same words.

``resolve_inside`` takes the short way only for a ``str`` name; a ``Path`` always goes the
full way, so asking both for every name of a hostile folder compares the two paths.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from provenance import files
from provenance.files import UnsafeFile, read_inside, resolve_inside


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A dossier folder (reached through a link to it) with every kind of name a stranger
    can leave in it, and a secret beside it."""
    real_root = tmp_path / "real-dossier"
    src = real_root / "sources"
    (src / "deeper").mkdir(parents=True)
    (tmp_path / "secret.txt").write_text("SECRET")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "a.txt").write_text("SECRET too")
    (src / "a.txt").write_text("text a")
    (src / "deeper" / "b.txt").write_text("text b")
    (real_root / "top.txt").write_text("top")
    (src / "in-link.txt").symlink_to("a.txt")
    (src / "out-link.txt").symlink_to(tmp_path / "secret.txt")
    (src / "up-link.txt").symlink_to("../../secret.txt")
    (src / "dangling.txt").symlink_to("nowhere.txt")
    (src / "loop.txt").symlink_to("loop.txt")
    (src / "folder-in").symlink_to("deeper")
    (src / "folder-out").symlink_to(tmp_path / "elsewhere")
    (src / "a-folder").mkdir()
    os.mkfifo(src / "pipe.txt")
    link_root = tmp_path / "dossier"
    link_root.symlink_to(real_root)
    return link_root


NAMES = [
    "sources/a.txt", "sources/deeper/b.txt", "top.txt", "sources/in-link.txt",
    "sources/out-link.txt", "sources/up-link.txt", "sources/dangling.txt", "sources/loop.txt",
    "sources/folder-in/b.txt", "sources/folder-out/a.txt", "sources/a-folder",
    "sources/pipe.txt", "sources/missing.txt", "missing/a.txt", "sources/a.txt/x",
    "../secret.txt", "sources/../../secret.txt", "sources/../sources/a.txt",
    "sources/folder-out/../a.txt", "..", "sources", "x\udcff.txt",
]


def _answer(root: Path, rel: str | Path, dirs: dict[str, str]) -> tuple[str, str]:
    try:
        real, st = resolve_inside(root, rel, dirs=dirs)
    except UnsafeFile as e:
        return "refused", f"{e.message} | {e.hint}"
    return "ok", f"{real} {st.st_ino} {st.st_size}"


def test_plain_names_are_answered_as_the_full_resolution_answers(tree: Path) -> None:
    short: dict[str, str] = {}  # one cache for the whole load, as the validator keeps
    for name in NAMES + NAMES[::-1]:  # asked twice, in both orders: the cache decides nothing
        assert _answer(tree, name, short) == _answer(tree, Path(name), {}), name


def test_what_is_read_and_what_is_refused(tree: Path) -> None:
    dirs: dict[str, str] = {}
    assert read_inside(tree, "sources/a.txt", limit=100, dirs=dirs) == b"text a"
    assert read_inside(tree, "sources/folder-in/b.txt", limit=100, dirs=dirs) == b"text b"
    assert read_inside(tree, "sources/in-link.txt", limit=100, dirs=dirs) == b"text a"
    real, _ = resolve_inside(tree, "sources/in-link.txt", dirs=dirs)
    assert real == str(tree.resolve() / "sources" / "a.txt")
    refused = {
        "sources/out-link.txt": "outside the dossier folder",
        "sources/up-link.txt": "outside the dossier folder",
        "sources/folder-out/a.txt": "outside the dossier folder",
        "../secret.txt": "is outside the dossier folder",
        "sources/../sources/a.txt": "is outside the dossier folder",
        "/etc/passwd": "is outside the dossier folder",
        "sources/pipe.txt": "is a named pipe (FIFO), not a regular file",
        "sources/a-folder": "is a folder, not a regular file",
        "sources/missing.txt": "not found",
        "sources/dangling.txt": "not found",
        "sources/loop.txt": "cannot be read",
        "sources/a\0.txt": "is not a usable file name",
        "sources/\ud800.txt": "is not a usable file name",
    }
    for name, why in refused.items():
        with pytest.raises(UnsafeFile) as e:
            read_inside(tree, name, limit=100, dirs=dirs)
        assert why in e.value.message, name
        assert "SECRET" not in e.value.message + e.value.hint


def test_odd_spellings_of_a_name_inside_read_the_file(tree: Path) -> None:
    for name in ("./sources/a.txt", "sources//a.txt", "sources/./a.txt"):
        assert read_inside(tree, name, limit=100, dirs={}) == b"text a"


def test_a_folder_swapped_for_a_link_out_is_refused_in_a_new_load(tree: Path) -> None:
    """The folder's real path is kept for one load (one ``dirs``), never across loads."""
    assert read_inside(tree, "sources/deeper/b.txt", limit=100, dirs={}) == b"text b"
    deeper = tree / "sources" / "deeper"
    (deeper / "b.txt").unlink()
    deeper.rmdir()
    deeper.symlink_to(tree.parent / "elsewhere")
    (tree.parent / "elsewhere" / "b.txt").write_text("SECRET")
    with pytest.raises(UnsafeFile, match="outside the dossier folder"):
        read_inside(tree, "sources/deeper/b.txt", limit=100, dirs={})


def test_plain_names_take_one_lstat(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What makes 10,000 source texts cheap: after the folder's first file, one ``lstat``
    per file and no ``stat``, ``realpath`` or link test."""
    dirs: dict[str, str] = {}
    resolve_inside(tree, "sources/a.txt", dirs=dirs)
    calls: list[str] = []
    def counted(name: str, real: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            calls.append(name)
            return real(*args, **kwargs)
        return call

    for fn in ("stat", "lstat"):
        monkeypatch.setattr(files.os, fn, counted(fn, getattr(os, fn)))
    for fn in ("realpath", "islink"):
        monkeypatch.setattr(files.os.path, fn, counted(fn, getattr(os.path, fn)))
    for _ in range(3):
        resolve_inside(tree, "sources/a.txt", dirs=dirs)
    assert calls == ["lstat"] * 3


def test_a_nul_byte_in_a_source_file_name_is_a_message(make_dossier) -> None:
    """It was an internal error: the NUL was only seen by the last ``os.stat``."""
    from typer.testing import CliRunner

    from provenance.cli import app

    root = make_dossier('{"title": "T", "works": [{"id": "w", "type": "article", '
                        '"title": "W", "source_text": "sources/a\\u0000.txt"}]}')
    r = CliRunner().invoke(app, ["check", str(root)])
    assert r.exit_code == 2
    # the NUL shown, not dropped: 'sources/a.txt' would name a file that may well exist
    assert "dossier.yaml:1:86: source file 'sources/a\\x00.txt' is not a usable file name" \
        in r.stderr
    assert "internal error" not in r.stderr
