"""--json output is written by orjson: the same text as safejson's, escapes included."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from provenance import safejson
from provenance.cli import _print_json, app


def test_contested_json_is_what_safejson_writes(capsys) -> None:  # type: ignore[no-untyped-def]
    data = {"q": "line\u2028break \u009b and \u202e and é", "n": [1, 2.5, None, float("nan")],
            "deep": {"a": [{"b": "c"}]}}
    _print_json(data)
    out = capsys.readouterr().out
    assert out == safejson.dumps(data, indent=2) + "\n"
    assert "\\u2028" in out and "\\u009b" in out and "\\u202e" in out and "é" in out


def test_cli_json_bytes_path_matches_safejson() -> None:
    result = CliRunner().invoke(app, ["contested", "--json", "-q"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert result.stdout == safejson.dumps(data, indent=2) + "\n"


def test_items_written_one_by_one_are_the_same_bytes(capsysbinary) -> None:  # type: ignore[no-untyped-def]
    from provenance.cli import _print_json_items

    items = [{"id": "q1", "text": "a\nb \u2028 é", "positions": [{"w": 0.5, "p": []}], "e": {}},
             {"id": "q2", "nested": [[1, 2], {"x": None}], "big": 2**70},  # orjson refuses
             "plain", 3.25]
    for head, got in (({"dossier": "D \u009b"}, items), ({"dossier": "D"}, []),
                      ({"dossier": "D"}, items[:1])):
        _print_json({**head, "questions": got})
        whole = capsysbinary.readouterr().out
        _print_json_items(head, "questions", got)
        assert capsysbinary.readouterr().out == whole


def test_json_past_the_terminal_filter_is_what_safejson_writes(capsysbinary, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The program's stdout is a CleanStream; JSON goes past it as bytes, escaped the same.
    import sys

    from provenance.terminal import CleanStream

    monkeypatch.setattr(sys, "stdout", CleanStream(sys.stdout))
    data = {"q": "\u2028\u2029 \x7f\u0085\u009b \u202a\u202e \u2066\u2069 \x1b[31m\tend é",
            "n": [1, 2.5, None]}
    _print_json(data)
    assert capsysbinary.readouterr().out.decode() == safejson.dumps(data, indent=2) + "\n"


def test_escaping_json_bytes_escapes_what_escaping_its_text_does() -> None:
    """safejson.escape_bytes (orjson's UTF-8) and escape (json's text) escape the same
    characters, whichever sits beside them: every code point from U+0000 to U+2FFF and
    beyond, alone, at either end and between the quotation marks and dashes whose
    UTF-8 starts as U+2028's does."""
    import random

    from provenance.safejson import _ALWAYS_UTF8, _needs_escape, escape, escape_bytes

    points = [*range(0x0, 0x3000), 0xE000, 0xFEFF, 0xFFFD, 0x1F600]
    rng = random.Random(4)
    texts = [chr(c) for c in points if not 0xD800 <= c <= 0xDFFF]
    texts += ["“a” — b" + t + "’" for t in texts[0x2000:0x2100]]
    texts += ["".join(rng.choice(texts[:0x300] + texts[0x2000:0x2070]) for _ in range(40))
              for _ in range(3000)]
    for t in texts:
        raw = t.encode()
        assert escape_bytes(raw) == escape(t).encode(), repr(t)
        assert _needs_escape(raw) == bool(_ALWAYS_UTF8.search(raw)), repr(t)
