"""What the loader refuses before anything else reads a value: sizes, depths, numbers, characters.

Each limit protects a later stage from a stranger's file: a writer that cannot
store a number, a parser that recurses, an alias bomb that multiplies a small
file into gigabytes. They live together so a newcomer finds every one by name.
"""

from __future__ import annotations

import os
import re

DEFAULT_MAX_BYTES = 256 * 1024 * 1024
#: A YAML document may expand (through aliases) to at most this many values
#: per byte of its text; past that it is an "alias bomb", refused.
ALIAS_EXPANSION = 50
#: Deeper than this, a document is refused: a dossier is four levels deep, and
#: Python's parsers and tree walkers recurse (a RecursionError is a traceback).
MAX_DEPTH = 64
#: A lone UTF-16 surrogate (from a "\\ud800" escape): valid in Python text, but no UTF-8
#: file, database or page can hold it, so every writer would fail on it.
SURROGATE = re.compile("[\ud800-\udfff]")
#: The same as a JSON escape in the file's text (libyaml refuses it where JSON allows it).
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
#: Numbers a writer can store: SQLite's 64-bit integers (floats are finite below this too).
INT_LIMIT = 2**63


def max_bytes() -> int:
    """The largest file the loader reads (``PROVENANCE_MAX_BYTES``, else 256 MiB)."""
    try:
        return int(os.environ.get("PROVENANCE_MAX_BYTES", DEFAULT_MAX_BYTES))
    except ValueError:
        return DEFAULT_MAX_BYTES


def storable(value: float) -> bool:
    """A finite float, or an int within 64 bits: what SQLite, JSON readers and JS can hold."""
    if type(value) is float:
        return value - value == 0.0  # inf - inf and nan - nan are nan
    return -INT_LIMIT <= value < INT_LIMIT


_BOM = b"\xef\xbb\xbf"


def decode_utf8_sig(raw: bytes) -> str:
    """``raw.decode("utf-8-sig")``, the same text and the same error (its ``start`` counted
    after a byte-order mark, as the codec counts it), without the codec's Python wrapper:
    the loader decodes each of a dossier's source texts (4,500 at 20,000 claims)."""
    return raw[3:].decode("utf-8") if raw.startswith(_BOM) else raw.decode("utf-8")
