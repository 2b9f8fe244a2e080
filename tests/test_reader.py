"""The dossier reader: YAML read in one pass with the marks check needs, duplicate keys and
deep nesting refused with the file, line and column."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from provenance.check import check_dossier
from provenance.cli import app
from provenance.dossier import DossierError, load_dossier, locate_appearances, read_yaml

BUNDLED = Path(__file__).resolve().parent.parent / "graph_data" / "cluneal-nerve"

DOSSIER = """\
title: T
people:
  - {id: ann, name: Ann Lee}
works:
  - id: w1
    type: article
    title: W
    source_text: sources/w1.txt
claims:
  - id: c1
    text: A claim
    appearances:
      - in: w1
        by: ann
        quote: "the sky is green"
      - in: w1
        quote: >-
          the grass is blue
"""
TEXT = "Ann Lee said the sky is green. Also, the grass is blue."


def test_reader_builds_what_pyyaml_builds_and_keeps_each_quote_mark() -> None:
    text = (BUNDLED / "dossier.yaml").read_text(encoding="utf-8")
    data, marks = read_yaml(text, "dossier.yaml")
    assert data == yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506
    lines = text.splitlines()
    assert len(marks) == sum(len(c.get("appearances") or []) for c in data["claims"])
    for (ci, ai), (line, col) in marks.items():
        quote = data["claims"][ci]["appearances"][ai]["quote"]
        assert lines[line - 1][col - 1:].lstrip("\"'>|- ")[:10] in quote or col > 0


def test_yaml_values_resolve_as_yaml_1_1_and_anchors_merge() -> None:
    text = """\
base: &b {unit: percent, low: 1}
est: {<<: *b, value: 0x10, high: 1_000}
flags: [yes, No, ~, 2014-05-01, 1.5e3, "yes", '12']
"""
    data, _ = read_yaml(text, "x.yaml")
    assert data == yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506
    assert data["est"] == {"unit": "percent", "low": 1, "value": 16, "high": 1000}


def test_check_reports_dossier_lines_from_the_first_load(make_dossier, monkeypatch) -> None:
    root = make_dossier(DOSSIER, {"sources/w1.txt": TEXT})
    d = load_dossier(root)
    assert locate_appearances(d) == {("c1", 0): (15, 16), ("c1", 1): (17, 16)}
    # check never reads dossier.yaml again: the parser is not called a second time
    monkeypatch.setattr(yaml, "compose", lambda *a, **k: pytest.fail("parsed twice"))
    monkeypatch.setattr(yaml, "CSafeLoader", None)
    report = check_dossier(d)
    assert [r.dossier_line for r in report.results] == [15, 17]


def test_json_syntax_dossier_has_the_same_marks(make_dossier) -> None:
    data = yaml.safe_load(DOSSIER)
    root = make_dossier(json.dumps(data, indent=1), {"sources/w1.txt": TEXT})
    d = load_dossier(root)
    lines = (root / "dossier.yaml").read_text().splitlines()
    for (cid, i), (line, col) in locate_appearances(d).items():
        assert cid == "c1"
        assert lines[line - 1][col - 1:].startswith(json.dumps(d.claims[0].appearances[i].quote))


@pytest.mark.parametrize("syntax", ["yaml", "json"])
def test_a_key_given_twice_is_an_error_with_its_line(make_dossier, syntax: str) -> None:
    if syntax == "yaml":
        body = DOSSIER + "claims:\n  - id: c2\n    text: B\n"
        line, col = 19, 1
    else:
        body = '{"title": "T",\n "claims": [],\n "claims": []}'
        line, col = 3, 2
    root = make_dossier(body, {"sources/w1.txt": TEXT})
    with pytest.raises(DossierError) as e:
        load_dossier(root)
    (p,) = e.value.problems
    assert (p.line, p.column) == (line, col) and "'claims' is given twice" in p.message
    result = CliRunner().invoke(app, ["check", str(root)])
    assert result.exit_code == 2
    assert f"dossier.yaml:{line}:{col}" in result.output and "given twice" in result.output


@pytest.mark.parametrize("syntax", ["yaml", "json"])
def test_deep_nesting_is_a_clear_error_not_a_crash(make_dossier, syntax: str) -> None:
    depth = 150 if syntax == "json" else 100_000
    body = ('{"title": "T", "x-deep": ' + "[" * depth + "]" * depth + "}" if syntax == "json"
            else "title: T\nx-deep: " + "[" * depth + "]" * depth + "\n")
    root = make_dossier(body)
    result = CliRunner().invoke(app, ["check", str(root)])
    assert result.exit_code == 2, result.output
    assert "nested more than 64 levels deep" in result.output
    assert "dossier.yaml:" in result.output and "Traceback" not in result.output


def test_tags_and_second_documents_are_refused_with_their_line() -> None:
    with pytest.raises(DossierError, match="tag"):
        read_yaml("title: !!python/name:os.system x\n", "d.yaml")
    with pytest.raises(DossierError) as e:
        read_yaml("title: a\n---\ntitle: b\n", "d.yaml")
    assert e.value.problems[0].line == 2


def test_json_a_thousand_deep_is_the_same_clear_error(make_dossier) -> None:
    root = make_dossier('{"title": "T", "x-deep": ' + "[" * 1000 + "]" * 1000 + "}")
    with pytest.raises(DossierError) as e:
        load_dossier(root)
    assert e.value.problems[0].line == 1 and "nested more than 64" in str(e.value)
