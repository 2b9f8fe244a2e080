"""Imports that know people: authors matched by surname and compatible given names."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.citations.merge import (
    COMPATIBLE,
    SAME,
    SURNAME,
    given_agreement,
    given_tokens,
)
from provenance.cli import app
from provenance.dossier import load_dossier

from .conftest import BUNDLED

runner = CliRunner()


def agree(a: str, b: str) -> int:
    return given_agreement(given_tokens(a), given_tokens(b))


@pytest.mark.parametrize("a,b,expected", [
    ("T.", "Toyohiko", COMPATIBLE),
    ("Toyohiko", "Toyohiko", SAME),
    ("J.-Y.", "Jean-Yves", COMPATIBLE),
    ("J.Y.", "J.-Y.", SAME),
    ("Yoshinori", "Yosinori", SAME),  # one name, two transliterations (rapidfuzz)
    ("Mohamed", "Mohammed", SAME),
    ("Weimin", "Weiming", 0),  # a different ending is a different name
    ("Xiaomin", "Xiao-Ming", 0),
    ("Shane", "R. Shane", COMPATIBLE),  # goes by the middle name
    ("R. S.", "R. Shane", COMPATIBLE),
    ("M.", "Matthew R.", COMPATIBLE),
    ("", "Toyohiko", SURNAME),
    ("K.", "J.", 0),
    ("Robert", "Richard", 0),
    ("R.", "Matthew R.", 0),  # a middle initial alone is not the first name
    ("Matthew T.", "Matthew R.", 0),
    ("Dr. Shane", "Shane", SAME),  # titles are not names
])
def test_given_names_agreement(a: str, b: str, expected: int) -> None:
    assert agree(a, b) == expected
    assert agree(b, a) == expected


BIB = """@article{new2018,
  title = {Superior and middle cluneal nerve entrapment: a new review},
  author = {Isu, Toyohiko and Kim, Kyongsong and Morimoto, Daijiro and Iwamoto, Naotaka
            and Tubbs, R. S. and Maigne and Kim, J.},
  year = {2018}
}
"""


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(BUNDLED, tmp_path / "d")
    Path("new.bib").write_text(BIB, encoding="utf-8")
    return tmp_path / "d"


def test_authors_known_by_surname_are_matched_and_printed(bundled: Path) -> None:
    before = (bundled / "dossier.yaml").read_bytes()
    r = runner.invoke(app, ["import", "bibtex", "new.bib", "--into", "d", "--dry-run"])
    assert r.exit_code == 0, r.output
    assert (bundled / "dossier.yaml").read_bytes() == before  # dry run: nothing written
    out = r.output
    assert "new.bib:1: author 'Toyohiko Isu' is isu (Isu): same surname; no given names" in out
    assert "'Kyongsong Kim' is kim (Kim)" in out
    assert "'R. S. Tubbs' is tubbs (R. Shane Tubbs): same surname; initials" in out
    # the dry run shows the merge: what would be added
    assert "+ work new2018: Superior and middle cluneal" in out
    # Maigne alone could be Jean-Yves or R. Maigne: reported, not guessed
    assert ("author 'Maigne' could be maigne (Jean-Yves Maigne) or maigne-r (R. Maigne)"
            in out)
    # once kim is Kyongsong Kim in this import, J. Kim is someone else
    assert "+ person kim-j: J. Kim" in out
    for pid in ("isu-t", "kim-k", "morimoto-d", "iwamoto-n"):
        assert f"person {pid}" not in out

    r = runner.invoke(app, ["import", "bibtex", "new.bib", "--into", "d"])
    assert r.exit_code == 0, r.output
    d = load_dossier(bundled)
    work = next(w for w in d.works if w.id == "new2018")
    assert work.authors[:5] == ["isu", "kim", "morimoto", "iwamoto", "tubbs"]
    assert work.authors[6] == "kim-j"
    ids = {p.id for p in d.people}
    assert not ids & {"isu-t", "kim-k", "morimoto-d", "iwamoto-n", "tubbs-r"}
    # importing again changes nothing
    r = runner.invoke(app, ["import", "bibtex", "new.bib", "--into", "d", "--json"])
    data = json.loads(r.stdout)
    assert data["added"] == [] and data["people_added"] == [] and data["merged"] == ["new2018"]


def test_ambiguous_author_is_listed_in_json(bundled: Path) -> None:
    r = runner.invoke(app, ["import", "bibtex", "new.bib", "--into", "d", "--dry-run",
                            "--json"])
    data = json.loads(r.stdout)
    [amb] = data["ambiguous_authors"]
    assert amb["author"] == "Maigne" and amb["candidates"] == ["maigne", "maigne-r"]
    assert amb["added_as"] in data["people_added"]


def test_first_name_alias_is_not_a_surname(tmp_path: Path, make_dossier,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    root = make_dossier("title: T\npeople:\n  - {id: ng, name: Nick Ng, aliases: [Nick]}\n")
    Path("n.bib").write_text("@article{a1, title = {A paper about nerves}, "
                             "author = {Nick, Jane}, year = {2020}}\n", encoding="utf-8")
    r = runner.invoke(app, ["import", "bibtex", "n.bib", "--into", str(root), "--json"])
    data = json.loads(r.stdout)
    assert data["people_added"] == ["nick"] and data["people_matched"] == []
