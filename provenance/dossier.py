"""Load and validate a dossier folder.

The loader is strict and talkative: it collects *every* problem in one pass
and reports each as ``file:line:col: what is wrong — what to do``, so an
editor fixes a file in one round instead of ten. Nothing here writes to disk.

Parsing reads libyaml's events and builds plain data from them in one loop
(:func:`read_yaml`), keeping only the line and column of each quote (which
``check`` reports); JSON-syntax dossiers go through ``json``. Then the plain
data is validated. Line numbers of other values are only looked up (by
composing the YAML node tree) when something is wrong, so a valid 50 MB
dossier does not pay for them.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

# Raised here, defined with every other exception in provenance.errors.
from .errors import DossierError as DossierError
from .errors import DossierNotFound as DossierNotFound
from .errors import Problem as Problem
from .model import (
    ESTIMATE_FIELDS,
    STUDY_DESIGNS,
    WORK_TYPES,
    Appearance,
    Claim,
    Dossier,
    Estimate,
    Person,
    Question,
    Review,
    Sample,
    Work,
)

DOSSIER_FILE = "dossier.yaml"
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
#: A YAML document may expand (through aliases) to at most this many values
#: per byte of its text; past that it is an "alias bomb", refused.
ALIAS_EXPANSION = 50
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")
#: A lone UTF-16 surrogate (from a "\\ud800" escape): valid in Python text, but no UTF-8
#: file, database or page can hold it, so every writer would fail on it.
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Numbers a writer can store: SQLite's 64-bit integers (floats are finite below this too).
_INT_LIMIT = 2**63
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _storable(value: float) -> bool:
    """A finite float, or an int within 64 bits: what SQLite, JSON readers and JS can hold."""
    if type(value) is float:
        return value - value == 0.0  # inf - inf and nan - nan are nan
    return -_INT_LIMIT <= value < _INT_LIMIT


Path_ = tuple[str | int, ...]


def max_bytes() -> int:
    try:
        return int(os.environ.get("PROVENANCE_MAX_BYTES", DEFAULT_MAX_BYTES))
    except ValueError:
        return DEFAULT_MAX_BYTES


def bundled_dossier_path() -> Path:
    """The cluneal-nerve dossier shipped inside the package."""
    from importlib.resources import files

    try:
        base = Path(str(files("provenance.graph_data")))
    except ModuleNotFoundError:  # running from a source tree that was not installed
        base = Path(__file__).resolve().parent.parent / "graph_data"
    if not (base / "cluneal-nerve" / DOSSIER_FILE).is_file():
        base = Path(__file__).resolve().parent.parent / "graph_data"
    return base / "cluneal-nerve"


def resolve_dossier(path: str | Path | None = None) -> tuple[Path, Path]:
    """Return ``(folder, dossier.yaml)`` for a folder, a dossier.yaml, or None (bundled)."""
    p = bundled_dossier_path() if path is None else Path(path)
    if p.is_dir():
        yml = p / DOSSIER_FILE
        if not yml.is_file():
            raise DossierNotFound(
                [
                    Problem(
                        str(p),
                        0,
                        0,
                        f"no {DOSSIER_FILE} in this folder",
                        "point at a dossier folder (one holding dossier.yaml) "
                        "or run `provenance extract ARTICLE` to start one",
                    )
                ]
            )
        return p, yml
    if p.is_file():
        return p.parent, p
    raise DossierNotFound(
        [
            Problem(
                str(p),
                0,
                0,
                "no such file or folder",
                "give a dossier folder or its dossier.yaml; "
                "run without an argument for the bundled example",
            )
        ]
    )


def load_dossier(path: str | Path | None = None) -> Dossier:
    """Load, validate and return the dossier at ``path`` (bundled one if None).

    Raises DossierError listing every problem found.
    """
    root, yml = resolve_dossier(path)
    display = _display(yml)
    raw = _read_limited(yml, display, root)
    text = _decode(raw, display)
    data, was_json, marks = _parse_guarded(text, display)
    if not was_json:  # JSON has no aliases to expand
        _check_expansion(data, len(raw), display)
    spans = read_includes(data, root, display, text)
    v = _Validator(display, root)
    v.dossier(data)
    if v.problems:
        raise DossierError(_locate(text, display, _outside_includes(v.problems, spans))
                           + _in_includes(v.problems, spans))
    dossier = v.build(data, root, yml)
    claims = data.get("claims") or []
    dossier.quote_marks = {(claims[ci]["id"], ai): where for (ci, ai), where in marks.items()}
    return dossier


# -- include: records kept in files of their own -------------------------------

#: (section, file shown in messages, first index in the merged list, count)
IncludeSpan = tuple[str, str, int, int]


def read_includes(data: Any, root: Path, display: str, text: str | None = None
                  ) -> list[IncludeSpan]:
    """Append the lists of each file in ``include:`` to the dossier's own, in place.

    Big imports (``provenance import ... --to works.imported.json``) live in a
    file of their own so the hand-written dossier.yaml stays small and
    reviewable; ``.json`` files are read with the json module, which is ~30x
    faster than YAML at 100,000 works. Returns where each file's records went,
    so problems in them name the right file.
    """
    if not isinstance(data, dict) or not isinstance(data.get("include"), list):
        return []
    import json

    spans: list[IncludeSpan] = []
    from .files import UnsafeFile, read_inside

    for i, rel in enumerate(data["include"]):
        if not isinstance(rel, str):
            continue  # reported by the validator ('include' items must be text)
        p = Path(rel)
        where = f"{display}: include '{rel}'"
        full = root / p
        try:
            raw = read_inside(root, rel, limit=max_bytes())
        except UnsafeFile as e:
            found: list[tuple[Path_, str, str]] = [
                (("include", i), f"included file '{rel}' {e.message}", e.hint)]
            raise DossierError(_locate(text, display, found) if text is not None else
                               [Problem(display, 0, 0, found[0][1], e.hint)]) from None
        inc_display = _display(full)
        inc_text = _decode(raw, inc_display)
        if full.suffix.lower() == ".json":
            try:
                inc = json.loads(inc_text)
            except json.JSONDecodeError as e:
                raise DossierError([Problem(inc_display, e.lineno, e.colno,
                                            f"not valid JSON: {e.msg}", "")]) from None
            except (ValueError, RecursionError) as e:
                raise DossierError([_parse_problem(inc_text, inc_display, e)]) from None
        else:
            inc, was_json, _marks = _parse_guarded(inc_text, inc_display)
            if not was_json:
                _check_expansion(inc, len(raw), inc_display)
        if not isinstance(inc, dict):
            raise DossierError([Problem(inc_display, 1, 1, f"{where} must hold a mapping",
                                        "give it lists under people:, works:, claims:")])
        for section, _ in _SECTIONS:
            items = inc.get(section)
            if items is None:
                continue
            if not isinstance(items, list):
                raise DossierError([Problem(inc_display, 1, 1, f"'{section}' must be a list", "")])
            own = data.get(section)
            if not isinstance(own, list):
                own = data[section] = []
            spans.append((section, inc_display, len(own), len(items)))
            own.extend(items)
    return spans


def _span_of(path: Path_, spans: list[IncludeSpan]) -> IncludeSpan | None:
    if len(path) >= 2 and isinstance(path[1], int):
        for span in spans:
            if span[0] == path[0] and span[2] <= path[1] < span[2] + span[3]:
                return span
    return None


def _outside_includes(found: list[tuple[Path_, str, str]], spans: list[IncludeSpan]
                      ) -> list[tuple[Path_, str, str]]:
    return [f for f in found if _span_of(f[0], spans) is None]


def _in_includes(found: list[tuple[Path_, str, str]], spans: list[IncludeSpan]) -> list[Problem]:
    out = []
    for ypath, message, hint in found:
        span = _span_of(ypath, spans)
        if span is not None:
            at = f"{span[0]}[{int(ypath[1]) - span[2]}]"
            out.append(Problem(span[1], 0, 0, f"{at}: {message}", hint))
    return out


# -- reading ---------------------------------------------------------------


def _display(p: Path) -> str:
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)


def _read_limited(p: Path, display: str, root: Path | None = None) -> bytes:
    """dossier.yaml's bytes, through the one door (:func:`provenance.files.read_inside`)."""
    from .files import UnsafeFile, read_inside

    try:
        return read_inside(p.parent if root is None else root, p.name, limit=max_bytes())
    except UnsafeFile as e:
        hint = ("split the dossier, or raise PROVENANCE_MAX_BYTES if this is expected"
                if "limit" in e.message else e.hint)
        raise DossierError([Problem(display, 1, 1, f"file {e.message}", hint)]) from None


def _decode(raw: bytes, display: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        col = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        raise DossierError(
            [
                Problem(
                    display,
                    line,
                    col,
                    f"not UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start})",
                    "save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)",
                )
            ]
        ) from None


def _parse(text: str, display: str) -> tuple[Any, bool, QuoteMarks]:
    """Parse the dossier: ``(data, was_json, where each quote is)``.

    A document in JSON syntax (also valid YAML) takes the fast path: machine-written
    dossiers (generated or converted) are JSON and ``json`` reads them several times
    faster than any YAML parser. Everything else goes through :func:`read_yaml`.
    Both refuse a key given twice in one mapping and nesting past a sane depth.
    """
    if text.lstrip()[:1] == "{":
        import json

        try:
            data = json.loads(text, object_pairs_hook=_unique_keys)
        except _DuplicateKey:
            read_yaml(text, display)  # raises the same error, with the line and column
            raise DossierError([Problem(display, 1, 1, "a key is given twice in one object",
                                        "merge the two into one")]) from None
        except ValueError:
            pass  # not JSON after all (YAML flow mapping, comments...): let YAML read it
        else:
            if _deeper_than(data, MAX_DEPTH):
                raise RecursionError  # located by _parse_guarded, as json's own one is
            return data, True, _json_quote_marks(text, data)
    data, marks = read_yaml(text, display)
    return data, False, marks


def _deeper_than(data: Any, limit: int) -> bool:
    """True if lists and mappings nest more than ``limit`` deep (level by level, no recursion).

    ``json`` itself stops only where the interpreter's stack does (about 1,000 levels
    on Python 3.11, 100,000 on 3.13), and deep values crash whatever walks them
    recursively later (``repr`` in an error message, for one).
    """
    level = [data]
    depth = 0
    while level:
        depth += 1
        if depth > limit:
            return True
        nxt: list[Any] = []
        for o in level:
            vals = o.values() if type(o) is dict else o
            nxt.extend([v for v in vals if type(v) is dict or type(v) is list])
        level = nxt
    return False


class _DuplicateKey(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    d = dict(pairs)
    if len(d) != len(pairs):
        raise _DuplicateKey
    return d


def _json_quote_marks(text: str, data: Any) -> QuoteMarks:
    """Where each appearance's quote is in a JSON-syntax dossier, from the same text.

    ``json`` keeps no positions, so the ``"quote":`` keys are found in the text in
    document order, each checked to hold the quote expected next (a ``"quote"``
    key elsewhere, in an ``x-`` field, is passed over). One forward pass.
    """
    import json

    claims = data.get("claims") if isinstance(data, dict) else None
    if not isinstance(claims, list):
        return {}
    key = re.compile(r'"quote"\s*:\s*"')
    scan = json.decoder.scanstring  # type: ignore[attr-defined]  # json.loads' own C scanner
    out: QuoteMarks = {}
    pos = line = 0
    line_at = 0  # offset the line count was taken at
    for ci, claim in enumerate(claims):
        apps = claim.get("appearances") if isinstance(claim, dict) else None
        if not isinstance(apps, list):
            continue
        for ai, app in enumerate(apps):
            quote = app.get("quote") if isinstance(app, dict) else None
            if not isinstance(quote, str):
                continue
            m = key.search(text, pos)
            while m is not None:
                try:
                    value, end = scan(text, m.end())
                except ValueError:
                    value, end = None, m.end()
                if value == quote:
                    break
                m = key.search(text, end)
            if m is None:
                return out  # not where expected: keep what was found
            at = m.end() - 1  # the opening quote, where YAML's mark is too
            line += text.count("\n", line_at, at)
            line_at = at
            out[(ci, ai)] = (line + 1, at - text.rfind("\n", 0, at))
            pos = end
    return out


#: Deeper than this, a document is refused: a dossier is four levels deep, and
#: Python's parsers and tree walkers recurse (a RecursionError is a traceback).
MAX_DEPTH = 64
_LONG_INT = re.compile(r"[0-9]{4300,}")


#: More than MAX_DEPTH brackets opened in a row: refused before parsing (libyaml took
#: 2 s on 20,000 of them). ``str.find`` costs nothing on a 50 MB dossier (a regex allowing
#: spaces between them took 1 s on 14 MB); other deep documents end in a RecursionError,
#: handled below.
_DEEP = ("[" * (MAX_DEPTH + 1), "{" * (MAX_DEPTH + 1))


def _parse_guarded(text: str, display: str) -> tuple[Any, bool, QuoteMarks]:
    """:func:`_parse`, with what the parsers raise on hostile input turned into problems."""
    deep = max(text.find(run) for run in _DEEP)
    if deep >= 0:
        line, col = _line_col(text, deep)
        raise DossierError([Problem(display, line, col, f"nested more than {MAX_DEPTH} levels "
                                    "deep", "a dossier needs four levels; flatten the lists "
                                    "and mappings")])
    try:
        return _parse(text, display)
    except (ValueError, RecursionError, MemoryError) as e:
        raise DossierError([_parse_problem(text, display, e)]) from None


def _parse_problem(text: str, display: str, e: BaseException) -> Problem:
    m = _LONG_INT.search(text)
    if m and not isinstance(e, RecursionError):
        line, col = _line_col(text, m.start())
        return Problem(display, line, col, f"a number of {len(m.group(0)):,} digits",
                       "no writer can store it; put it in quotes if it is text")
    pos = _too_deep(text)
    if pos is not None:
        line, col = _line_col(text, pos)
        return Problem(display, line, col, f"nested more than {MAX_DEPTH} levels deep",
                       "a dossier needs four levels; flatten the lists and mappings")
    return Problem(display, 1, 1, f"cannot be read ({type(e).__name__}: {e})"[:300],
                   "check the file is a dossier in YAML or JSON")


def _line_col(text: str, pos: int) -> tuple[int, int]:
    return text.count("\n", 0, pos) + 1, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _too_deep(text: str) -> int | None:
    """Offset of the first bracket opening a level deeper than MAX_DEPTH (strings skipped)."""
    depth, i, n = 0, 0, len(text)
    while i < n:
        ch = text[i]
        if ch == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            i = j
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return i
        elif ch in "]}":
            depth -= 1
        i += 1
    return None


def _yaml_hint(what: str) -> str:
    if "tab" in what:
        return "indent with spaces, not tabs"
    if "mapping values are not allowed" in what:
        return "put text that contains ': ' in double quotes"
    if "could not determine a constructor" in what:
        return "YAML tags (!!python/..., !foo) are not allowed; write plain values"
    if "found undefined alias" in what:
        return "define the anchor (&name) before using the alias (*name)"
    return "check the indentation and quoting near this line"


def _check_expansion(data: Any, nbytes: int, display: str) -> None:
    """Refuse documents whose aliases multiply their size (billion laughs).

    The walk stops as soon as the budget is spent, so time and memory stay
    bounded by the file's size whatever the aliases would expand to.
    """
    budget = max(10_000, nbytes * ALIAS_EXPANSION)
    stack = [data]
    seen = 0
    while stack:
        item = stack.pop()
        seen += 1
        if seen > budget:
            raise DossierError(
                [
                    Problem(
                        display,
                        1,
                        1,
                        f"YAML aliases expand this document past {budget:,} values",
                        "remove the repeated anchors/aliases (&x / *x); "
                        "a dossier never needs them nested",
                    )
                ]
            )
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


# -- locating problems -------------------------------------------------------


def _locate(text: str, display: str, found: list[tuple[Path_, str, str]]) -> list[Problem]:
    """Turn (yaml path, message, hint) triples into Problems with line and column."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    # libyaml refuses the surrogate escapes JSON allows; one of the same length keeps places.
    located = _SURROGATE_ESCAPE.sub(r"\\ufffd", text)
    try:
        root = yaml.compose(located, Loader=loader)
    except (yaml.YAMLError, RecursionError, ValueError):
        root = None  # a document only JSON reads: problems are shown at the top
    out = []
    for ypath, message, hint in found:
        node = root
        for key in ypath:
            nxt = _child(node, key)
            if nxt is None:
                break
            node = nxt
        mark = node.start_mark if node is not None else None
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        out.append(Problem(display, line, col, message, hint))
    out.sort(key=lambda p: (p.line, p.column))
    return out


def _child(node: Any, key: str | int) -> Any:
    import yaml

    if isinstance(node, yaml.MappingNode):
        if isinstance(key, str) and key.startswith("@key:"):
            want = key[5:]
            for k, _ in node.value:
                if getattr(k, "value", None) == want:
                    return k
            return None
        for k, v in node.value:
            if getattr(k, "value", None) == key:
                return v
        return None
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int):
        return node.value[key] if 0 <= key < len(node.value) else None
    return None


def locate_appearances(dossier: Dossier) -> dict[tuple[str, int], tuple[int, int]]:
    """(claim id, appearance index) -> (line, column) of its quote in dossier.yaml.

    Kept from the one load of the file (:func:`read_yaml` keeps these marks and
    only these); the file is never parsed again. Empty for a dossier built in
    memory, and for claims kept in included files.
    """
    return dossier.quote_marks


# -- validation --------------------------------------------------------------

_KEYS: dict[str, dict[str, str]] = {
    # record kind -> key -> type tag
    "dossier": {
        "title": "str!",
        "description": "str",
        "questions": "list",
        "people": "list",
        "works": "list",
        "claims": "list",
        "include": "strs",
    },
    "question": {"id": "id!", "text": "str!", "note": "str"},
    "person": {
        "id": "id!",
        "name": "str!",
        "aliases": "strs",
        "affiliation": "str",
        "role": "str",
        "orcid": "str",
        "url": "str",
        "note": "str",
    },
    "work": {
        "id": "id!",
        "type": "worktype!",
        "title": "str!",
        "authors": "refs:person",
        "year": "int",
        "date": "str",
        "venue": "str",
        "doi": "str",
        "pmid": "str",
        "url": "str",
        "design": "design",
        "design_note": "str",
        "sample": "sample",
        "source_text": "path",
        "cites": "refs:work",
        "supports": "refs:claim",
        "contradicts": "refs:claim",
        "unverified": "strs",
        "verified": "strmap",
        "note": "str",
        "openalex": "str",
    },
    "claim": {
        "id": "id!",
        "text": "str!",
        "question": "ref:question",
        "position": "str",
        "estimate": "estimate",
        "appearances": "appearances",
        "based_on": "refs:work",
        "supports": "refs:claim",
        "contradicts": "refs:claim",
        "note": "str",
        "review": "review",
    },
    "review": {
        "rating": "num",
        "best": "num",
        "worst": "num",
        "alternate_name": "str",
        "author": "str",
        "date": "str",
    },
    "sample": {"n": "num!", "unit": "str", "note": "str"},
    # the model's fields, each typed by its annotation (a new kind of field must be added here)
    "estimate": {f.name: {"float | None": "num", "str | None": "str"}[str(f.type)]
                 for f in dataclasses.fields(Estimate)},
    "appearance": {"in": "ref!:work", "by": "ref:person", "quote": "str!", "note": "str"},
}

_SECTIONS = (
    ("questions", "question"), ("people", "person"), ("works", "work"), ("claims", "claim")
)


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    return {
        str: "text",
        int: "a number",
        float: "a number",
        bool: "true/false",
        list: "a list",
        dict: "a mapping",
    }.get(type(value), type(value).__name__)


@cache
def _compiled(kind: str) -> tuple[dict[str, tuple[str, str]], tuple[str, ...]]:
    """({key: (tag, target kind of a reference or '')}, required keys) of ``kind``."""
    table: dict[str, tuple[str, str]] = {}
    required = []
    for key, tag in _KEYS[kind].items():
        if tag.endswith("!") or "!:" in tag:
            required.append(key)
        tag = tag.replace("!", "")
        target = ""
        if tag.startswith(("ref:", "refs:")):
            tag, target = tag.split(":", 1)
        table[key] = (tag, target)
    return table, tuple(required)


class _Validator:
    """Walks the parsed YAML once, collecting problems as (path, message, hint)."""

    def __init__(self, display: str, root: Path):
        self.display = display
        self.root = root
        self.problems: list[tuple[Path_, str, str]] = []
        self.ids: dict[str, tuple[str, Path_]] = {}  # id -> (kind, path)
        # (kind, id, record path, field, index in the list or None); the full path of a
        # reference is only put together for a problem: a million references are common.
        self.refs: list[tuple[str, str, Path_, str, int | None]] = []
        self.texts: dict[str, str] = {}
        self.dirs: dict[str, str] = {}  # real paths of folders, for this load only

    def add(self, path: Path_, message: str, hint: str = "") -> None:
        self.problems.append((path, message, hint))

    # top level

    def dossier(self, data: Any) -> None:
        if not isinstance(data, dict):
            self.add(
                (),
                f"the dossier must be a mapping of keys, found {_type_name(data)}",
                "start the file with `title: ...` then `people:`, `works:`, `claims:` lists",
            )
            return
        self.record("dossier", data, ())
        for section, kind in _SECTIONS:
            items = data.get(section)
            if not isinstance(items, list):
                continue
            for i, item in enumerate(items):
                self.record(kind, item, (section, i))
        self.check_refs()

    def record(self, kind: str, data: Any, path: Path_) -> None:
        if not isinstance(data, dict):
            self.add(
                path,
                f"each {kind} must be a mapping (key: value lines), found {_type_name(data)}",
                f"write it as `- id: ...` with the {kind}'s keys indented under it",
            )
            return
        table, required = _compiled(kind)
        # Only the keys the record has are looked at: a work has 8 of its 22 possible keys,
        # and a 100,000-work dossier validates in a second.
        for key, value in data.items():
            entry = table.get(key)
            if entry is None:
                if isinstance(key, str) and not key.startswith("x-"):
                    self.unknown_key(kind, key, path)
                continue
            if value is None:
                continue
            tag, target = entry
            # Fast paths for the common, valid cases. Anything unusual goes through
            # field(), which explains problems.
            vt = type(value)
            if vt is str and (tag == "str" or tag == "ref"):
                if tag == "ref":
                    self.refs.append((target, value, path, key, None))
                elif not value.isascii() and _SURROGATE.search(value):
                    self.surrogate(value, (*path, key))
                continue
            if tag == "refs" and vt is list and all(type(v) is str for v in value):
                for i, ref in enumerate(value):
                    self.refs.append((target, ref, path, key, i))
                continue
            if tag == "num" and (vt is int or vt is float):
                if not _storable(value):
                    self.out_of_range(key, value, (*path, key))
                continue
            if tag == "int" and vt is int:
                if not (-_INT_LIMIT <= value < _INT_LIMIT):
                    self.out_of_range(key, value, (*path, key))
                continue
            if (tag == "id" and vt is str and value not in self.ids
                    and ID_RE.match(value)):
                self.ids[value] = (kind, (*path, key))
                continue
            if target:
                tag = f"{tag}:{target}"
            self.field(kind, key, tag, value, (*path, key), data)
        for key in required:
            if data.get(key) is None:
                self.add(path, f"{kind} is missing '{key}'", f"add `{key}: ...` to this {kind}")

    def unknown_key(self, kind: str, key: str, path: Path_) -> None:
        spec = _KEYS[kind]
        guess = _did_you_mean(key, spec)
        self.add(
            (*path, f"@key:{key}"),
            f"unknown key '{key}' in {kind}",
            f"did you mean '{guess}'?" if guess else
            f"use one of: {', '.join(spec)} (or prefix your own keys with 'x-')",
        )

    def field(self, kind: str, key: str, tag: str, value: Any, path: Path_, rec: dict) -> None:
        if tag in ("str", "path"):
            if not isinstance(value, str):
                if isinstance(value, bool):
                    hint = (f"YAML reads yes/no/on/off/true/false as true/false; "
                            f"put the word in quotes, e.g. {key}: \"yes\"")
                elif isinstance(value, int | float):
                    hint = f'put the value in quotes: {key}: "{value}"'
                else:
                    hint = "write a single line of text"
                self.add(path, f"'{key}' must be text, found {_type_name(value)}", hint)
            elif _SURROGATE.search(value):
                self.surrogate(value, path)
            elif tag == "path":
                self.source_text(value, path, rec)
        elif tag == "id":
            if not isinstance(value, str) or not ID_RE.match(value):
                self.add(
                    path,
                    f"'{value}' is not a valid id",
                    "use letters, digits and _ . : - (starting with a letter or digit), "
                    "in quotes if it looks like a number",
                )
                return
            if value in self.ids:
                other_kind, other_path = self.ids[value]
                self.add(
                    path,
                    f"duplicate id '{value}' (already used by a {other_kind})",
                    "ids must be unique across the whole dossier; rename one of them",
                )
            else:
                self.ids[value] = (kind, path)
        elif tag == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                self.add(path, f"'{key}' must be a whole number, found {_type_name(value)}",
                         f"write it as {key}: 2014")
            elif not (-_INT_LIMIT <= value < _INT_LIMIT):
                self.out_of_range(key, value, path)
        elif tag == "num":
            if isinstance(value, bool) or not isinstance(value, int | float):
                self.add(path, f"'{key}' must be a number, found {_type_name(value)}",
                         "write digits only (12.5, not '12.5%'); put the unit in 'unit'")
            elif not _storable(value):
                self.out_of_range(key, value, path)
        elif tag == "strs":
            self.str_list(key, value, path)
        elif tag == "strmap":
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in value.items()
            ):
                self.add(path, f"'{key}' must map field names to sources",
                         f"write it as {key}: {{doi: https://...}}")
            elif any(_SURROGATE.search(k + v) for k, v in value.items()):
                self.surrogate(next(k + v for k, v in value.items()
                                    if _SURROGATE.search(k + v)), path)
        elif tag.startswith("refs:"):
            if self.str_list(key, value, path):
                for i, ref in enumerate(value):
                    self.refs.append((tag[5:], ref, path[:-1], key, i))
        elif tag.startswith("ref:"):
            if not isinstance(value, str):
                self.add(path, f"'{key}' must be an id, found {_type_name(value)}",
                         "write the id of the record it refers to")
            else:
                self.refs.append((tag[4:], value, path[:-1], key, None))
        elif tag == "worktype":
            self.choice(key, value, WORK_TYPES, path)
        elif tag == "design":
            self.choice(key, value, STUDY_DESIGNS, path)
        elif tag == "sample":
            self.record("sample", value, path)
        elif tag == "estimate":
            self.record("estimate", value, path)
            if isinstance(value, dict):
                self.estimate(value, path)
        elif tag == "review":
            self.record("review", value, path)
            if isinstance(value, dict):
                self.review(value, path)
        elif tag == "appearances":
            if not isinstance(value, list):
                self.add(path, f"'appearances' must be a list, found {_type_name(value)}",
                         "write each as `- in: work-id` / `quote: \"...\"`")
            else:
                for i, app in enumerate(value):
                    self.record("appearance", app, (*path, i))
        elif tag == "list":
            if not isinstance(value, list):
                self.add(path, f"'{key}' must be a list, found {_type_name(value)}",
                         f"write each item on its own line starting with '- ' under {key}:")

    def str_list(self, key: str, value: Any, path: Path_) -> bool:
        if not isinstance(value, list):
            self.add(path, f"'{key}' must be a list, found {_type_name(value)}",
                     f"write it as {key}: [a, b] (a single item still needs brackets)")
            return False
        ok = True
        for i, item in enumerate(value):
            if not isinstance(item, str):
                self.add((*path, i), f"items of '{key}' must be text, found {_type_name(item)}",
                         "put the item in quotes")
                ok = False
            elif not item.isascii() and _SURROGATE.search(item):
                self.surrogate(item, (*path, i))
                ok = False
        return ok

    def surrogate(self, value: str, path: Path_) -> None:
        at = _SURROGATE.search(value)
        pos = at.start() if at else 0
        self.add(path, f"text holds a lone UTF-16 surrogate (U+{ord(value[pos]):04X}) "
                 f"at character {pos + 1}",
                 "no file or page can store it; remove the \\u escape (a character "
                 "outside the BMP is written as one \\U0001xxxx or as the character itself)")

    def out_of_range(self, key: str, value: float, path: Path_) -> None:
        if isinstance(value, float):
            what = "not a number (NaN)" if value != value else "infinite"
            self.add(path, f"'{key}' is {what}",
                     "write a finite number, or leave the key out if it is unknown")
        else:
            digits = len(str(abs(value))) if abs(value) < 10 ** 4000 else 4000
            self.add(path, f"'{key}' is a {digits}-digit whole number, beyond what a database "
                     "or JSON reader can store (about ±9.2e18)",
                     "check the value; write it in quotes as text if it is an identifier")

    def choice(self, key: str, value: Any, allowed: Iterable[str], path: Path_) -> None:
        allowed = tuple(allowed)
        if value in allowed:
            return
        guess = _did_you_mean(str(value), allowed)
        self.add(
            path,
            f"'{value}' is not a known {key}",
            (f"did you mean '{guess}'? " if guess else "") + f"use one of: {', '.join(allowed)}",
        )

    def estimate(self, est: dict, path: Path_) -> None:
        nums = [est.get(k) for k in ("value", "low", "high")]
        if not all(n is None or (isinstance(n, int | float) and not isinstance(n, bool))
                   for n in nums):
            return  # already reported as a type problem
        value, low, high = nums
        if value is None and (low is None or high is None):
            self.add(path, "estimate has no number",
                     "give 'value', or both 'low' and 'high'")
        if low is not None and high is not None and low > high:
            self.add((*path, "low"), f"estimate low ({low}) is above high ({high})",
                     "swap them")

    def review(self, rev: dict, path: Path_) -> None:
        if rev.get("rating") is None and not rev.get("alternate_name"):
            self.add(path, "review has no verdict",
                     "give 'rating' (a number) or 'alternate_name' (e.g. \"False\")")
        nums = {k: rev.get(k) for k in ("worst", "rating", "best")}
        if not all(isinstance(n, int | float) and not isinstance(n, bool)
                   for n in nums.values() if n is not None):
            return  # already reported as a type problem
        lo, r, hi = nums["worst"], nums["rating"], nums["best"]
        if lo is not None and hi is not None and lo > hi:
            self.add((*path, "worst"), f"review worst ({lo}) is above best ({hi})", "swap them")
        elif r is not None and ((lo is not None and r < lo) or (hi is not None and r > hi)):
            self.add((*path, "rating"), f"review rating {r} is outside worst..best",
                     "use a rating between 'worst' and 'best'")

    def source_text(self, rel: str, path: Path_, rec: dict) -> None:
        from .files import UnsafeFile, read_inside

        try:
            raw = read_inside(self.root, rel, limit=max_bytes(), dirs=self.dirs)
        except UnsafeFile as e:
            hint = e.hint
            if e.message == "not found":
                here = sorted(
                    str(f.relative_to(self.root)) for f in (self.root / "sources").glob("*")
                ) if (self.root / "sources").is_dir() else []
                guess = _did_you_mean(rel, here)
                hint = f"did you mean '{guess}'?" if guess else hint
            elif "outside" in e.message and "link" not in e.message:
                self.add(path, f"source_text '{rel}' must be a path inside the dossier folder",
                         "write it relative to the folder, e.g. sources/article.txt")
                return
            self.add(path, f"source file '{rel}' {e.message}", hint)
            return
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            line = raw.count(b"\n", 0, e.start) + 1
            self.add(path, f"source file '{rel}' is not UTF-8 (line {line}, byte {e.start})",
                     "convert it to UTF-8, e.g. `iconv -f latin1 -t utf-8`")
            return
        wid = rec.get("id")
        if isinstance(wid, str):
            self.texts[wid] = text

    def check_refs(self) -> None:
        by_kind: dict[str, list[str]] = {}
        for ident, (kind, _) in self.ids.items():
            by_kind.setdefault(kind, []).append(ident)
        for kind, ref, record, key, index in self.refs:
            found = self.ids.get(ref)
            if found and found[0] == kind:
                continue
            path = (*record, key) if index is None else (*record, key, index)
            if found:
                self.add(path, f"'{key}' names '{ref}', which is a {found[0]}, not a {kind}",
                         f"give the id of a {kind}")
                continue
            guess = _did_you_mean(ref, by_kind.get(kind, []))
            self.add(path, f"unknown {kind} '{ref}' in '{key}'",
                     f"did you mean '{guess}'?" if guess else
                     f"add a {kind} with id '{ref}', or fix the reference")

    # building records (only after validation passed)

    def build(self, data: dict, root: Path, yml: Path) -> Dossier:
        questions = [Question(q["id"], q["text"], q.get("note"))
                     for q in data.get("questions") or []]
        people = [
            Person(
                p["id"], p["name"], list(p.get("aliases") or []), p.get("affiliation"),
                p.get("role"), p.get("orcid"), p.get("url"), p.get("note"),
            )
            for p in data.get("people") or []
        ]
        works = []
        for w in data.get("works") or []:
            s = w.get("sample")
            works.append(
                Work(
                    id=w["id"], type=w["type"], title=w["title"],
                    authors=list(w.get("authors") or []), year=w.get("year"),
                    date=w.get("date"), venue=w.get("venue"), doi=w.get("doi"),
                    pmid=w.get("pmid"), url=w.get("url"), design=w.get("design"),
                    design_note=w.get("design_note"),
                    sample=Sample(s["n"], s.get("unit"), s.get("note")) if s else None,
                    source_text=w.get("source_text"), cites=list(w.get("cites") or []),
                    supports=list(w.get("supports") or []),
                    contradicts=list(w.get("contradicts") or []),
                    unverified=list(w.get("unverified") or []),
                    verified=dict(w.get("verified") or {}), note=w.get("note"),
                    openalex=w.get("openalex"),
                )
            )
        claims = []
        for c in data.get("claims") or []:
            e = c.get("estimate")
            claims.append(
                Claim(
                    id=c["id"], text=c["text"], question=c.get("question"),
                    position=c.get("position"),
                    estimate=Estimate(**{k: e.get(k) for k in ESTIMATE_FIELDS}) if e else None,
                    appearances=[
                        Appearance(a["in"], a["quote"], a.get("by"), a.get("note"))
                        for a in c.get("appearances") or []
                    ],
                    based_on=list(c.get("based_on") or []),
                    supports=list(c.get("supports") or []),
                    contradicts=list(c.get("contradicts") or []),
                    note=c.get("note"),
                    review=_review(c.get("review")),
                )
            )
        return Dossier(
            title=data["title"], root=root, path=yml, slug=slugify(root.name),
            description=data.get("description"), questions=questions, people=people,
            works=works, claims=claims, texts=self.texts,
        )


def _review(r: dict | None) -> Review | None:
    if not r:
        return None
    return Review(r.get("rating"), r.get("best"), r.get("worst"), r.get("alternate_name"),
                  r.get("author"), r.get("date"))


def _did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    from rapidfuzz import fuzz, process

    choices = list(choices)
    if not choices:
        return None
    hit = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=60)
    return hit[0] if hit else None


def slugify(name: str) -> str:
    """A file-name-safe slug: lowercase ASCII letters, digits and dashes."""
    import unicodedata

    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-zA-Z0-9]+", "-", s).strip("-").lower()
    return s or "dossier"


def iter_appearances(dossier: Dossier) -> Iterator[tuple[Claim, int, Appearance]]:
    """Every (claim, index, appearance) in dossier order."""
    for claim in dossier.claims:
        for i, app in enumerate(claim.appearances):
            yield claim, i, app


# -- the reader: YAML (and JSON) text to plain data, with the marks check needs --

#: Where each claim's appearances' quotes are: (claim index, appearance index) ->
#: (line, column), 1-based, for claims of dossier.yaml itself.
QuoteMarks = dict[tuple[int, int], tuple[int, int]]

_QUOTE_PATH = ("claims", "appearances", "quote")
_PLAIN_TAGS = {
    "tag:yaml.org,2002:null", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:str",
}


class _Frame:
    """A mapping or sequence being read: its object and, for a mapping, the key read last."""

    __slots__ = ("obj", "is_map", "key", "key_event", "merges")

    def __init__(self, obj: Any, is_map: bool):
        self.obj = obj
        self.is_map = is_map
        self.key: Any = _NO_KEY
        self.key_event: Any = None
        self.merges: list[Any] | None = None


_NO_KEY = object()


def read_yaml(text: str, display: str) -> tuple[Any, QuoteMarks]:
    """Parse YAML ``text`` into plain data and the line and column of every quote.

    libyaml (PyYAML's C parser) reads the events; the objects are built here
    from the events in one loop, without PyYAML's node tree and constructor:
    those took about 90% of the time (13.7 s against 1.2 s for the events
    alone on a 5.5 MB dossier). Scalars are resolved as PyYAML's safe loader
    resolves them (YAML 1.1: ``yes`` is true, ``2014`` an int), by the same
    resolver table and constructors. Only the marks ``check`` needs are kept:
    where each appearance's quote is. Refused, with the file, line and column:
    a key given twice in one mapping, nesting deeper than :data:`MAX_DEPTH`,
    tags other than YAML's standard scalar ones, more than one document.
    """
    import yaml
    from yaml import events as ev

    loader = yaml.CSafeLoader(text) if getattr(yaml, "__with_libyaml__", False) \
        else yaml.SafeLoader(text)
    get = loader.get_event
    constructor = yaml.constructor.SafeConstructor()
    resolvers = yaml.resolver.Resolver.yaml_implicit_resolvers
    scalar_event, mapping_start, sequence_start = ev.ScalarEvent, ev.MappingStartEvent, \
        ev.SequenceStartEvent
    mapping_end, sequence_end, alias_event = ev.MappingEndEvent, ev.SequenceEndEvent, \
        ev.AliasEvent
    stack: list[_Frame] = []
    anchors: dict[str, Any] = {}
    marks: QuoteMarks = {}
    root: Any = None
    documents = 0

    def fail(event: Any, message: str, hint: str) -> DossierError:
        m = event.start_mark
        return DossierError([Problem(display, m.line + 1, m.column + 1, message, hint)])

    def scalar(e: Any) -> Any:
        value = e.value
        tag = e.tag
        if tag is None or tag == "!":
            if not e.implicit[0]:
                return value  # quoted or block text: a string
            for rtag, regexp in resolvers.get(value[:1] if value else "", ()):
                if regexp.match(value):
                    tag = rtag
                    break
            else:
                return value
            if tag == "tag:yaml.org,2002:merge":
                return _MERGE
            if tag not in _PLAIN_TAGS:
                raise fail(e, f"'{value}' is not a value a dossier can hold",
                           "put it in quotes")
        elif tag not in _PLAIN_TAGS:
            raise fail(e, f"YAML tag {tag} is not allowed", _yaml_hint("could not determine "
                                                                     "a constructor"))
        if tag == "tag:yaml.org,2002:str":
            return value
        node = yaml.ScalarNode(tag, value, e.start_mark, e.end_mark, e.style)
        try:
            return constructor.yaml_constructors[tag](constructor, node)
        except (ValueError, yaml.YAMLError):
            if tag == "tag:yaml.org,2002:int":
                raise  # a number too long to be one: reported by _parse_problem
            raise fail(e, f"'{value}' is not a valid {tag.rsplit(':', 1)[-1]}",
                       "put it in quotes if it is text") from None

    try:
        while True:
            e: Any = get()
            t = type(e)
            if t is scalar_event:
                value = scalar(e)
            elif t is mapping_start or t is sequence_start:
                if e.tag not in (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
                    raise fail(e, f"YAML tag {e.tag} is not allowed",
                               _yaml_hint("could not determine a constructor"))
                if len(stack) >= MAX_DEPTH:
                    raise fail(e, f"nested more than {MAX_DEPTH} levels deep",
                               "a dossier needs four levels; flatten the lists and mappings")
                frame = _Frame({} if t is mapping_start else [], t is mapping_start)
                if e.anchor is not None:
                    anchors[e.anchor] = frame.obj
                stack.append(frame)
                continue
            elif t is mapping_end or t is sequence_end:
                frame = stack.pop()
                value = frame.obj
                if frame.merges:
                    _merge(value, frame.merges)
            elif t is alias_event:
                if e.anchor not in anchors:
                    raise fail(e, f"found undefined alias '{e.anchor}'",
                               _yaml_hint("found undefined alias"))
                value = anchors[e.anchor]
            elif t is ev.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise fail(e, "more than one YAML document in the file",
                               "remove the '---' line and keep one document")
                continue
            elif t is ev.StreamEndEvent:
                break
            else:
                continue
            if t is scalar_event and e.anchor is not None:
                anchors[e.anchor] = value
            # put the value where it belongs
            if not stack:
                root = value
                continue
            top = stack[-1]
            if not top.is_map:
                top.obj.append(value)
                continue
            if top.key is _NO_KEY:
                if value is _MERGE:
                    top.key = value
                elif isinstance(value, dict | list):
                    raise fail(e, "a mapping or list used as a key", "keys are plain words")
                else:
                    top.key = value
                    top.key_event = e
                continue
            key = top.key
            top.key = _NO_KEY
            if key is _MERGE:
                if top.merges is None:
                    top.merges = []
                top.merges.append(value)
                continue
            if key in top.obj:
                raise fail(top.key_event, f"'{key}' is given twice in this mapping",
                           "a later one would silently replace the first: merge them "
                           "into one, or delete one")
            top.obj[key] = value
            if key == "quote" and len(stack) == 5 and t is scalar_event:
                _mark_quote(stack, e, marks)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = err.problem or err.context or "invalid YAML"
        raise DossierError(
            [Problem(display, line, col, f"YAML syntax error: {what}", _yaml_hint(what))]
        ) from None
    except yaml.YAMLError as err:
        raise DossierError([Problem(display, 1, 1, f"YAML error: {err}", "")]) from None
    return root, marks


_MERGE = object()


def _mark_quote(stack: list[_Frame], e: Any, marks: QuoteMarks) -> None:
    """Keep the mark of ``claims[i].appearances[j].quote`` (stack: 5 open containers)."""
    top_map, claims, claim, apps = stack[0], stack[1], stack[2], stack[3]
    if (top_map.key == "claims" and claim.key == "appearances" and not claims.is_map
            and not apps.is_map and claim.is_map):
        marks[(len(claims.obj), len(apps.obj))] = (e.start_mark.line + 1,
                                                   e.start_mark.column + 1)


def _merge(obj: dict, merges: list[Any]) -> None:
    """YAML merge keys (``<<: *defaults``): keys of the merged mappings the mapping lacks."""
    for m in merges:
        for src in (m if isinstance(m, list) else [m]):
            if isinstance(src, dict):
                for k, v in src.items():
                    obj.setdefault(k, v)
