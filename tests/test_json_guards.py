"""A JSON-syntax dossier is read without a walk in Python, and still refused when it gives a
key twice or nests too deep, with the same file, line, column and words as before.

``read._plain_json`` answers from counts on orjson's layout of the data; it may only answer
"fine" when the guarded way (a duplicate-key hook on every object, then ``_deeper_than``)
finds nothing. Hundreds of seeded random documents near the limits hold it to that.
"""

from __future__ import annotations

import json
import random
from typing import Any

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.dossier import DossierError, load_dossier
from provenance.dossier.limits import MAX_DEPTH
from provenance.dossier.read import _deeper_than, _DuplicateKey, _plain_json, _unique_keys

PIECES = ["a", ":", " : ", "\n", " " * 130, "\\", '"', "é", "☃", "{", "[", "]", "}", ","]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 6)))


def _leaf(rng: random.Random) -> Any:
    return rng.choice([_text(rng), 1, -2.5, True, None, [], {}, 10**18])


def _value(rng: random.Random, depth: int, target: int) -> Any:
    """A list or mapping whose deepest list or mapping is at level ``target`` (one spine
    that deep, small random things beside it at every level)."""
    if depth >= target:
        return rng.choice([[], {}, [_leaf(rng)], {"k:": _leaf(rng)}])
    items = [_leaf(rng) for _ in range(rng.randrange(0, 3))]
    items.insert(rng.randrange(len(items) + 1), _value(rng, depth + 1, target))
    if rng.random() < 0.5:
        return items
    return {_text(rng) + str(i): v for i, v in enumerate(items)}


def _dump_with_duplicate(rng: random.Random, data: Any) -> str:
    """JSON text of ``data`` with one mapping's key written twice (a mapping at random)."""
    maps, todo = [], [data]
    while todo:
        o = todo.pop()
        if isinstance(o, dict):
            maps.append(o)
        todo.extend(o.values() if isinstance(o, dict) else o if isinstance(o, list) else [])
    rng.choice(maps)["@@DUP@@"] = 0
    text = json.dumps(data, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 1]))
    dup = rng.choice(['"x": 1, "x": 2', '"k": "a:b", "k": {"c": ":"}', '"": [], "": []'])
    return text.replace('"@@DUP@@": 0', dup)


def _guarded(text: str) -> str:
    """What the guarded way says: "dup", "deep" or "ok"."""
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys)
    except _DuplicateKey:
        return "dup"
    except RecursionError:
        return "deep"
    return "deep" if _deeper_than(data, MAX_DEPTH) else "ok"


@pytest.mark.parametrize("seed", range(300))
def test_plain_json_says_fine_only_when_the_guards_find_nothing(seed: int) -> None:
    rng = random.Random(seed)
    target = rng.choice([3, MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1, MAX_DEPTH + 2, 80])
    data = {"title": "T", "x-v": _value(rng, 1, target)}
    if seed % 3 == 0:
        text = _dump_with_duplicate(rng, data)
    else:
        text = json.dumps(data, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 1]))
    verdict = _guarded(text)
    got = _plain_json(text)
    if verdict != "ok":
        assert got is None, verdict
    else:  # shown fine: the same data json reads (nothing here defeats the counts)
        assert got == json.loads(text)


def test_depth_at_the_limit_is_read_and_one_more_is_not() -> None:
    for inner in ("[]", "{}", "[1]", '{"a": "b"}', "[[]]"):
        levels = inner.count("[") + inner.count("{")
        wrap = MAX_DEPTH - 1 - levels  # the document itself is one level
        text = '{"x": ' + "[" * wrap + inner + "]" * wrap + "}"
        assert _plain_json(text) == json.loads(text), inner
        deeper = '{"x": ' + "[" * (wrap + 1) + inner + "]" * (wrap + 1) + "}"
        assert _plain_json(deeper) is None and _guarded(deeper) == "deep", inner


def test_colons_hidden_in_escapes_are_not_counted_on() -> None:
    text = '{"a\\u003a": 1, "b": 2}'
    assert _plain_json(text) is None  # the guarded way reads it
    assert _guarded(text) == "ok"
    dup = '{"k": 1, "k": 2, "z": "\\u003a"}'  # the escape's colon makes up the dropped one
    assert _plain_json(dup) is None and _guarded(dup) == "dup"


def test_what_orjson_cannot_write_goes_the_guarded_way() -> None:
    for text in ('{"n": 123456789012345678901234567890}', '{"s": "\\ud800"}',
                 '{"x": ' + "[" * 300 + "]" * 300 + "}"):
        assert _plain_json(text) is None


DOSSIER = {"title": "T", "people": [{"id": "p", "name": "P"}],
           "works": [{"id": "w", "type": "article", "title": "W"}],
           "claims": [{"id": "c", "text": "C", "appearances": [{"in": "w", "quote": "q: r"}]}]}


def _refusal(make_dossier: Any, text: str) -> tuple[int, int, str]:
    root = make_dossier(text)
    with pytest.raises(DossierError) as e:
        load_dossier(root)
    p = e.value.problems[0]
    result = CliRunner().invoke(app, ["contested", str(root)])
    assert result.exit_code == 2 and f"dossier.yaml:{p.line}:{p.column}" in result.stderr
    return p.line, p.column, p.message


def test_a_key_twice_deep_in_a_json_dossier_is_refused_with_its_place(make_dossier) -> None:
    body = json.dumps(DOSSIER, indent=1)
    dup = body.replace('"quote": "q: r"', '"quote": "q: r",\n      "quote": "other"')
    assert _refusal(make_dossier, dup) == (24, 7, "'quote' is given twice in this mapping")
    xdup = body.replace('"title": "W"', '"title": "W", "x-a": {"k": 1, "k": {"z": ":"}}')
    assert _refusal(make_dossier, xdup) == (13, 34, "'k' is given twice in this mapping")


def test_json_nested_one_too_deep_with_spaces_is_refused_with_its_place(make_dossier) -> None:
    deep = "[ " * (MAX_DEPTH) + "]" * MAX_DEPTH
    body = json.dumps(DOSSIER, indent=1)[:-2] + ',\n "x-deep": ' + deep + "\n}"
    line, col, message = _refusal(make_dossier, body)
    assert message == f"nested more than {MAX_DEPTH} levels deep" and line == 28
    fits = "[ " * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1)
    assert load_dossier(make_dossier(body.replace(deep, fits))).title == "T"
