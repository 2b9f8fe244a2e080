"""The loader's parts by name: the key table and its checkers, the public ``validate()``.

Other modules (``import``, the JSON Schema) use the loader's rules through
public names only, so a change inside ``provenance/dossier/`` cannot silently
break them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from provenance.dossier import KEYS, load_dossier, validate
from provenance.dossier.fields import CHECKERS
from provenance.dossier.keys import compiled, parse_tag
from provenance.schema import FRAGMENTS, generate_schema

from .conftest import BUNDLED, MINI

ROOT = Path(__file__).resolve().parents[1]


def test_every_type_tag_has_a_checker_and_a_schema_and_nothing_else_does() -> None:
    used = {parse_tag(tag).base for spec in KEYS.values() for tag in spec.values()}
    assert used == set(CHECKERS) == set(FRAGMENTS)


def test_tags_come_apart_into_kind_target_and_required() -> None:
    assert parse_tag("ref!:work") == ("ref", "work", True)
    assert parse_tag("refs:claim") == ("refs", "claim", False)
    assert parse_tag("str!") == ("str", "", True)
    table, required = compiled("appearance")
    assert required == ("in", "quote")
    assert table["by"].target == "person"


def test_schema_requires_exactly_what_the_loader_requires() -> None:
    schema = generate_schema()
    for kind in KEYS:
        if kind == "dossier":
            continue
        assert tuple(schema["$defs"][kind].get("required", ())) == compiled(kind)[1], kind


def _data() -> dict:
    return {
        "title": "T",
        "people": [{"id": "ann", "name": "Ann"}],
        "works": [{"id": "art", "type": "article", "title": "A", "authors": ["ann"],
                   "source_text": "sources/a.txt"}],
        "claims": [{"id": "c1", "text": "It is.",
                    "appearances": [{"in": "art", "by": "ann", "quote": "It is so."}]}],
    }


def test_validate_passes_good_data_and_reads_its_sources(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text("She said: It is so.", encoding="utf-8")
    found = validate(_data(), tmp_path)
    assert found.ok and found.problems == []
    assert found.texts == {"art": "She said: It is so."}


def test_validate_reports_every_problem_with_its_path(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text("x", encoding="utf-8")
    data = _data()
    data["works"][0]["type"] = "artcle"
    data["works"][0]["year"] = "2014"
    data["claims"][0]["appearances"][0]["by"] = "bob"
    data["claims"][0]["estimate"] = {"low": 5, "high": 2}
    found = validate(data, tmp_path)
    assert not found.ok
    got = {(p.path, p.message) for p in found.problems}
    assert (("works", 0, "type"), "'artcle' is not a known type") in got
    assert (("works", 0, "year"), "'year' must be a whole number, found text") in got
    assert (("claims", 0, "appearances", 0, "by"), "unknown person 'bob' in 'by'") in got
    assert (("claims", 0, "estimate", "low"), "estimate low (5) is above high (2)") in got
    hints = {p.message: p.hint for p in found.problems}
    assert hints["'artcle' is not a known type"].startswith("did you mean 'article'?")


def test_validate_refuses_a_source_outside_the_folder(tmp_path: Path) -> None:
    data = _data()
    data["works"][0]["source_text"] = "../secret.txt"
    (tmp_path.parent / "secret.txt").write_text("secret", encoding="utf-8")
    found = validate(data, tmp_path)
    assert found.texts == {}
    assert [p.message for p in found.problems] == [
        "source_text '../secret.txt' must be a path inside the dossier folder"]


@pytest.mark.parametrize("folder", [BUNDLED, MINI])
def test_the_loader_and_validate_agree_on_the_shipped_dossiers(folder: Path) -> None:
    import yaml

    d = load_dossier(folder)
    data = yaml.safe_load((folder / "dossier.yaml").read_text(encoding="utf-8"))
    found = validate(data, folder)
    assert found.ok
    assert found.texts.keys() == d.texts.keys()


def test_no_module_reaches_into_the_loaders_private_names() -> None:
    """Outside provenance/dossier/, only names without a leading underscore are imported."""
    offenders = []
    for path in sorted((ROOT / "provenance").rglob("*.py")):
        if "dossier" in path.relative_to(ROOT / "provenance").parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and "dossier" in node.module:
                offenders += [f"{path.name}: {a.name}" for a in node.names
                              if a.name.startswith("_")]
    assert offenders == []


def test_every_name_imported_from_the_loader_exists() -> None:
    """Each ``from ...dossier import X`` in provenance/, tests/, benchmarks/ and scripts/ resolves.

    The package replaced a single module: code written against the module (other
    branches too) must keep importing the same names from ``provenance.dossier``.
    """
    import provenance.dossier as loader

    wanted = set()
    for folder in ("provenance", "tests", "benchmarks", "scripts"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module in (
                        "provenance.dossier", "dossier") and (
                        node.module.startswith("provenance") or node.level):
                    wanted |= {a.name for a in node.names}
    assert {"load_dossier", "DossierError", "read_yaml", "max_bytes"} <= wanted
    assert sorted(n for n in wanted if not hasattr(loader, n)) == []


def test_only_yaml_with_anchors_is_walked_for_alias_bombs() -> None:
    """Without an anchor no alias can repeat part of the data: the expansion walk (a pass
    over every value) is skipped for JSON and for YAML that defines none."""
    from provenance.dossier.read import parse

    assert parse('{"title": "t", "claims": []}', "d.yaml")[1] is True
    assert parse("title: t\nclaims: []\n", "d.yaml")[1] is True
    assert parse("a: &x [1, 2]\nb: *x\n", "d.yaml")[1] is False
    assert parse("a: &x 1\n", "d.yaml")[1] is False
