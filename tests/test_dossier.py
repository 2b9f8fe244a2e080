"""The loader: valid dossiers load; each kind of bad input is refused with file, line and fix."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from provenance.dossier import DossierError, DossierNotFound, load_dossier, resolve_dossier

from .conftest import BUNDLED, MINI

GOOD = """
title: T
questions:
  - id: q
    text: Is it?
people:
  - id: ann
    name: Ann Example
works:
  - id: art
    type: article
    title: An article
    authors: [ann]
    source_text: sources/a.txt
claims:
  - id: c1
    text: It is.
    question: q
    position: agree
    appearances:
      - in: art
        by: ann
        quote: "It is so."
"""


def problems(root: Path) -> list:
    with pytest.raises(DossierError) as e:
        load_dossier(root)
    return e.value.problems


def test_mini_loads_with_records_and_texts() -> None:
    d = load_dossier(MINI)
    assert d.title == "Mini cluneal dossier"
    assert [p.id for p in d.people] == ["aota", "tubbs"]
    assert d.slug == "mini"
    assert "Repetitive nerve blocks" in d.texts["interview"]
    assert d.claims[0].appearances[0].by == "aota"


def test_folder_or_dossier_yaml_both_accepted() -> None:
    assert load_dossier(MINI / "dossier.yaml").title == load_dossier(MINI).title


def test_bundled_dossier_is_valid_and_substantial() -> None:
    d = load_dossier(BUNDLED)
    assert len(d.claims) >= 30
    names = {p.name for p in d.people}
    assert {"R. Shane Tubbs", "Yoichi Aota", "Jean-Yves Maigne", "Nick Ng"} <= names
    dois = {w.doi for w in d.works if w.doi}
    assert "10.1186/s13018-014-0139-7" in dois  # Kuniya 2014, the 834-patient study
    text = d.texts["ng-interview"]
    assert "\u00a0" in text  # the seed's non-breaking spaces survive
    quotes = [a.quote for c in d.claims for a in c.appearances if a.in_ == "ng-interview"]
    assert len(quotes) >= 30
    assert sum(q in text for q in quotes) == len(quotes), "bundled quotes are verbatim"


def test_no_argument_means_the_bundled_dossier() -> None:
    root, yml = resolve_dossier(None)
    assert yml.name == "dossier.yaml" and (root / "sources").is_dir()


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DossierNotFound) as e:
        load_dossier(tmp_path / "nope")
    assert "no such file or folder" in str(e.value)
    with pytest.raises(DossierNotFound) as e:
        load_dossier(tmp_path)
    assert "no dossier.yaml in this folder" in str(e.value)


def test_misspelt_reference_gets_did_you_mean(make_dossier) -> None:
    root = make_dossier(GOOD.replace("by: ann", "by: anne"), {"sources/a.txt": "It is so."})
    [p] = problems(root)
    assert "unknown person 'anne'" in p.message
    assert "did you mean 'ann'" in p.hint
    assert (p.line, p.column) == (21, 13)
    assert ":21:13: unknown person 'anne'" in str(p)


def test_duplicate_id_points_at_the_second(make_dossier) -> None:
    text = GOOD.replace("  - id: art\n", "  - id: ann\n").replace("in: art", "in: ann")
    root = make_dossier(text, {"sources/a.txt": "It is so."})
    ps = problems(root)
    dup = [p for p in ps if "duplicate id 'ann'" in p.message]
    assert dup and dup[0].line == 9
    assert "already used by a person" in dup[0].message


def test_wrong_types_are_named(make_dossier) -> None:
    text = GOOD.replace("    source_text: sources/a.txt",
                        "    source_text: sources/a.txt\n    year: twenty\n    sample: {n: many}")
    root = make_dossier(text, {"sources/a.txt": "It is so."})
    msgs = {p.message: p for p in problems(root)}
    assert msgs["'year' must be a whole number, found text"].line == 14
    assert msgs["'n' must be a number, found text"].line == 15


def test_number_where_text_expected_suggests_quotes(make_dossier) -> None:
    root = make_dossier(GOOD.replace("title: An article", "title: 1984"),
                        {"sources/a.txt": "It is so."})
    [p] = problems(root)
    assert p.message == "'title' must be text, found a number"
    assert 'title: "1984"' in p.hint


def test_missing_required_key_and_unknown_key(make_dossier) -> None:
    text = GOOD.replace("        quote: \"It is so.\"", "        qoute: \"It is so.\"")
    root = make_dossier(text, {"sources/a.txt": "It is so."})
    ps = problems(root)
    unknown = [p for p in ps if "unknown key 'qoute'" in p.message][0]
    assert "did you mean 'quote'" in unknown.hint and unknown.line == 22
    missing = [p for p in ps if "missing 'quote'" in p.message][0]
    assert missing.line == 20  # the appearance that lacks it


def test_missing_source_file(make_dossier) -> None:
    root = make_dossier(GOOD, {"sources/b.txt": "x"})
    [p] = problems(root)
    assert "source file 'sources/a.txt' not found" in p.message
    assert "did you mean 'sources/b.txt'" in p.hint
    assert p.line == 13


def test_source_text_outside_the_folder_is_refused(make_dossier) -> None:
    root = make_dossier(GOOD.replace("sources/a.txt", "../../etc/passwd"))
    [p] = problems(root)
    assert "must be a path inside the dossier folder" in p.message


def test_non_utf8_dossier_gives_line_and_column(make_dossier) -> None:
    root = make_dossier(GOOD, {"sources/a.txt": "It is so."})
    raw = (root / "dossier.yaml").read_bytes().replace(b"An article", b"An \xe9article")
    (root / "dossier.yaml").write_bytes(raw)
    [p] = problems(root)
    assert "not UTF-8" in p.message and (p.line, p.column) == (11, 15)
    assert "iconv" in p.hint


def test_non_utf8_source_text(make_dossier) -> None:
    root = make_dossier(GOOD, {"sources/a.txt": b"caf\xe9 It is so."})
    [p] = problems(root)
    assert "'sources/a.txt' is not UTF-8" in p.message and p.line == 13


def test_yaml_syntax_error_has_line(make_dossier) -> None:
    root = make_dossier("title: T\npeople:\n  - id: a\n    name: [unclosed\n")
    [p] = problems(root)
    assert p.message.startswith("YAML syntax error") and p.line >= 4


def test_python_tags_are_refused(make_dossier) -> None:
    root = make_dossier("title: !!python/object/apply:os.system ['echo hacked']\n")
    [p] = problems(root)
    assert "tags" in p.hint


def test_alias_bomb_is_refused_quickly(make_dossier) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 12):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 9)}]")
    root = make_dossier("title: T\nx-bomb:\n  " + "\n  ".join(lines) + "\n")
    t = time.perf_counter()
    [p] = problems(root)
    assert time.perf_counter() - t < 2.0
    assert "aliases expand" in p.message


def test_oversized_file_is_refused_before_reading(make_dossier, monkeypatch) -> None:
    root = make_dossier(GOOD + "#" + "x" * 5000 + "\n", {"sources/a.txt": "It is so."})
    monkeypatch.setenv("PROVENANCE_MAX_BYTES", "4096")
    [p] = problems(root)
    assert "over the 4,096-byte limit" in p.message and "PROVENANCE_MAX_BYTES" in p.hint


def test_every_problem_is_reported_at_once_in_line_order(make_dossier) -> None:
    text = (GOOD.replace("by: ann", "by: bob").replace("question: q", "question: qq")
            .replace("type: article", "type: articel"))
    root = make_dossier(text, {"sources/a.txt": "It is so."})
    ps = problems(root)
    assert len(ps) == 3
    assert [p.line for p in ps] == sorted(p.line for p in ps)
    assert "did you mean 'article'" in ps[0].hint


def test_estimate_needs_a_number_and_ordered_bounds(make_dossier) -> None:
    text = GOOD.replace("    position: agree\n",
                        "    position: agree\n    estimate: {low: 5, high: 2, unit: '%'}\n")
    root = make_dossier(text, {"sources/a.txt": "It is so."})
    [p] = problems(root)
    assert "low (5) is above high (2)" in p.message


def test_reference_to_wrong_kind(make_dossier) -> None:
    root = make_dossier(GOOD.replace("question: q", "question: ann"), {"sources/a.txt": "x"})
    [p] = problems(root)
    assert "which is a person, not a question" in p.message


def test_missing_quote_is_not_a_load_error(make_dossier) -> None:
    root = make_dossier(GOOD, {"sources/a.txt": "Something else entirely."})
    d = load_dossier(root)
    assert d.claims[0].appearances[0].quote == "It is so."


def test_extension_keys_are_allowed(make_dossier) -> None:
    root = make_dossier(GOOD.replace("title: T", "title: T\nx-editor: Jo"),
                        {"sources/a.txt": "It is so."})
    assert load_dossier(root).title == "T"


def test_json_syntax_dossier_loads_like_yaml(make_dossier) -> None:
    import json

    import yaml

    yml = make_dossier(GOOD, {"sources/a.txt": "It is so."}, name="y")
    js = make_dossier(json.dumps(yaml.safe_load(GOOD)), {"sources/a.txt": "It is so."}, name="j")
    assert load_dossier(js).claims == load_dossier(yml).claims


def test_flow_mapping_yaml_still_checked_for_alias_bombs(make_dossier) -> None:
    bomb = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    bomb += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    root = make_dossier("{title: T, x-b: {" + ", ".join(bomb) + "}}\n")
    [p] = problems(root)
    assert "aliases expand" in p.message


def test_marks_false_skips_only_the_quote_positions(tmp_path) -> None:
    """`contested` never reports a quote's line: it loads the same records without them."""
    from provenance.generate import generate_dossier

    generate_dossier(tmp_path / "g", claims=60)
    full, light = load_dossier(tmp_path / "g"), load_dossier(tmp_path / "g", marks=False)
    assert full.quote_marks and light.quote_marks == {}
    assert [c.id for c in full.claims] == [c.id for c in light.claims]
    assert full.claims == light.claims and full.works == light.works
