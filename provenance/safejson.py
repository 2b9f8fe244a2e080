"""Every JSON the tool writes goes through :func:`dumps`: strict JSON, safe where it goes.

Strict: Python's ``json`` writes ``NaN`` and ``Infinity`` by default, which
no JSON parser accepts (``JSON.parse`` in a page, ``jq``, a database's JSON
column). A non-finite number becomes ``null`` here, the loader refuses them
in a dossier first, and ``allow_nan=False`` makes any that slips through a
bug report instead of a broken file.

Safe where it goes: JSON-LD is pasted into ``<script type="application/ld+json">``
on a publisher's page, and page data sits in a ``<script>`` too. ``<``, ``>``
and ``&`` become ``\\u`` escapes there (:func:`provenance.render.escape.script_json`
uses the same table), so ``</script>`` in a quote stays data. U+2028/2029
(line breaks to old JavaScript) and the C1 control characters (a terminal
reads U+009B as an escape sequence) and the bidirectional overrides are
escaped in every JSON output: a JSON reader reads the same text back, and a
terminal shows it inert.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

#: Escaped in every JSON output (invisible or control characters outside JSON's own list).
#: (A lone surrogate, which only an error message quoting bad input may hold, is escaped
#: too: as a character it cannot be written as UTF-8 at all.)
_CHARS = "\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_ALWAYS = re.compile(f"[{_CHARS}]")
#: :data:`_CHARS` as UTF-8 bytes, for JSON encoded to bytes (orjson), escaped without a
#: decode: 30 MB of `check --json` at 20,000 claims (a lone surrogate never reaches bytes).
#: Each is its leading bytes and the range of the byte after them (None: the lead alone).
_UTF8_SEQUENCES: tuple[tuple[bytes, tuple[int, int] | None], ...] = (
    (b"\x7f", None), (b"\xc2", (0x80, 0x9f)), (b"\xe2\x80", (0xa8, 0xae)),
    (b"\xe2\x81", (0xa6, 0xa9)))
_ALWAYS_UTF8 = re.compile(b"|".join(
    re.escape(lead) + (b"[%s-%s]" % (re.escape(bytes([r[0]])), re.escape(bytes([r[1]])))
                       if r else b"") for lead, r in _UTF8_SEQUENCES))
#: Escaped in JSON meant for a <script> element: the same, and HTML's own three.
_SCRIPT = re.compile(f"[<>&{_CHARS}]")
#: The ASCII characters each pattern escapes (read from the patterns), all that an ASCII
#: text can hold of them: such a text is looked through for these alone.
_ASCII_ALWAYS = tuple(c for c in map(chr, range(128)) if _ALWAYS.match(c))
_ASCII_SCRIPT = tuple(c for c in map(chr, range(128)) if _SCRIPT.match(c))


def _u(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group(0)):04x}"


def finite(data: Any) -> Any:
    """``data`` with every NaN or infinite float replaced by None (a copy where needed)."""
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {k: finite(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [finite(v) for v in data]
    return data


def dumps(data: Any, *, indent: int | None = None, script: bool = False,
          compact: bool = False, default: Any = None, sort_keys: bool = False) -> str:
    """Strict JSON text of ``data``; ``script=True`` for JSON placed inside a ``<script>``."""
    seps = (",", ":") if compact else None
    try:
        out = json.dumps(data, ensure_ascii=False, indent=indent, separators=seps,
                         allow_nan=False, default=default, sort_keys=sort_keys)
    except ValueError:  # a NaN or infinity somewhere: null, as JSON has no such number
        out = json.dumps(finite(data), ensure_ascii=False, indent=indent, separators=seps,
                         allow_nan=False, default=default, sort_keys=sort_keys)
    return escape(out, script=script)


def escape(text: str, *, script: bool = False) -> str:
    """The escaping :func:`dumps` applies, on JSON text ``json.dumps`` wrote with
    ``ensure_ascii=False`` and ``allow_nan=False`` (for a caller that needs that text's
    length first, as a page's data does to decide on compression).

    An ASCII text (a big page's data is base64) holding none of the few ASCII characters
    escaped is returned as it is, found by ``str.isascii`` and ``in`` (C scans): the
    regex walked each of the 8.8 MB of a 20,000-claim page's data (0.05 s, the last
    step of `render`)."""
    if text.isascii() and not any(c in text for c in (_ASCII_SCRIPT if script
                                                      else _ASCII_ALWAYS)):
        return text
    return (_SCRIPT if script else _ALWAYS).sub(_u, text)


def escape_bytes(raw: bytes) -> bytes:
    """:func:`escape` on UTF-8 encoded JSON."""
    if not _needs_escape(raw):
        return raw
    return _ALWAYS_UTF8.sub(lambda m: f"\\u{ord(m.group(0).decode()):04x}".encode(), raw)


def _by_first_byte() -> tuple[tuple[bytes, ...], tuple[re.Pattern[bytes], ...]]:
    """:data:`_UTF8_SEQUENCES` as :func:`_needs_escape` looks for them: the bytes that are
    a sequence alone, and a pattern per first byte of the others (``\\xc2`` then a C1
    byte; ``\\xe2`` then U+2028-202E's or U+2066-2069's two bytes)."""
    groups: dict[bytes, list[tuple[bytes, tuple[int, int] | None]]] = {}
    for lead, after in _UTF8_SEQUENCES:
        groups.setdefault(lead[:1], []).append((lead, after))
    alone: list[bytes] = []
    patterns: list[re.Pattern[bytes]] = []
    for first, seqs in groups.items():
        if all(len(lead) == 1 and after is None for lead, after in seqs):
            alone.append(first)
            continue
        alts = [re.escape(lead[1:]) + (b"[%s-%s]" % (re.escape(bytes([after[0]])),
                                                      re.escape(bytes([after[1]])))
                                       if after else b"") for lead, after in seqs]
        patterns.append(re.compile(re.escape(first) + b"(?:" + b"|".join(alts) + b")"))
    return tuple(alone), tuple(patterns)


_ALONE, _BY_FIRST = _by_first_byte()


def _needs_escape(raw: bytes) -> bool:
    """Whether :data:`_ALWAYS_UTF8` matches in ``raw``: a byte that is a sequence alone by
    ``in`` (a memchr), the others by a pattern each that opens with its one first byte,
    which the regex engine skips to in C. One pattern for all of them tried its class at
    every byte (0.5 s of the 67 MB of `contested --json` at 100,000 claims); a
    ``bytes.find`` loop over the lead bytes met every curly quotation mark and dash
    (their UTF-8 opens as U+2028's does) in Python: 0.075 s of the 31 MB of `check
    --json` at 20,000 claims, 0.02 s this way."""
    return any(b in raw for b in _ALONE) or any(p.search(raw) is not None for p in _BY_FIRST)


def dumps_bytes(data: Any) -> bytes:
    """``dumps(data, indent=2)`` as UTF-8 bytes, the same text, written by orjson (C; the
    ``json`` module's indenting encoder is pure Python, 10 s for the 67 MB of
    ``contested --json`` at 100,000 claims). What orjson refuses (lone surrogates,
    integers past 64 bits, keys that are not text) goes through :func:`dumps`."""
    try:
        import orjson

        return escape_bytes(bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2)))
    except (ImportError, TypeError):
        return dumps(data, indent=2).encode()


def loads_strict(text: str | bytes) -> Any:
    """Parse JSON the way strict readers do: ``NaN``/``Infinity`` are errors (tests, checks)."""

    def refuse(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)
