"""Text to plain data: a dossier file's bytes read, decoded and parsed, hostile input refused.

Parsing reads libyaml's events and builds plain data from them in one loop
(:func:`read_yaml`), keeping only the line and column of each quote (which
``check`` reports); JSON-syntax dossiers go through ``json``. Line numbers of
other values are only looked up (by composing the YAML node tree, in
:mod:`provenance.dossier.locate`) when something is wrong, so a valid 50 MB
dossier does not pay for them. Every refusal names the file, line and column.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..errors import DossierError, Problem
from .limits import ALIAS_EXPANSION, MAX_DEPTH, max_bytes

#: Where each claim's appearances' quotes are: (claim index, appearance index) ->
#: (line, column), 1-based, for claims of dossier.yaml itself.
QuoteMarks = dict[tuple[int, int], tuple[int, int]]


def display_name(p: Path) -> str:
    """The path as messages show it: relative to the working folder when it is inside it."""
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)


def read_file(p: Path, display: str, root: Path | None = None) -> bytes:
    """dossier.yaml's bytes, through the one door (:func:`provenance.files.read_inside`)."""
    from ..files import UnsafeFile, read_inside

    try:
        return read_inside(p.parent if root is None else root, p.name, limit=max_bytes())
    except UnsafeFile as e:
        hint = ("split the dossier, or raise PROVENANCE_MAX_BYTES if this is expected"
                if "limit" in e.message else e.hint)
        raise DossierError([Problem(display, 1, 1, f"file {e.message}", hint)]) from None


def decode(raw: bytes, display: str) -> str:
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


def _parse_unguarded(text: str, display: str, marks: bool = True) -> tuple[Any, bool, QuoteMarks]:
    """Parse the dossier: ``(data, unaliased, where each quote is)``.

    ``unaliased``: no part of the data is repeated by a YAML alias (JSON, or YAML
    that defines no anchor), so the data holds no more values than the text has
    events and cannot be an alias bomb: :func:`check_expansion` has nothing to find.

    A document in JSON syntax (also valid YAML) takes the fast path: machine-written
    dossiers (generated or converted) are JSON and ``json`` reads them several times
    faster than any YAML parser. Everything else goes through :func:`read_yaml`.
    Both refuse a key given twice in one mapping and nesting past a sane depth.
    """
    if text.lstrip()[:1] == "{":
        import json

        data = _plain_json(text)
        if data is not None:  # JSON, no key twice, not too deep: shown without walking it
            return data, True, _json_quote_marks(text, data) if marks else {}
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
                raise RecursionError  # located by parse, as json's own one is
            return data, True, _json_quote_marks(text, data) if marks else {}
    builder = _read(text, display)
    return builder.root, not builder.anchors, builder.marks


def _plain_json(text: str) -> Any:
    """``json.loads(text)`` if the text is JSON, gives no key twice in one object and nests
    at most :data:`MAX_DEPTH` deep; None when that is not shown (the caller then reads it
    the guarded way, which finds and words what is wrong).

    The guards without a walk in Python: the data is laid out again by orjson with its
    two-space indent (0.13 s for a 70 MB dossier, against 0.12 s for a duplicate-key hook
    called on each of 370,000 objects and 0.3 s for :func:`_deeper_than`), and two counts
    on the text and the layout decide.

    - No key twice: ``json`` keeps the last of two equal keys, so a duplicate drops a pair
      and its colon. Every ``:`` of a JSON text is a pair's or inside a string, and orjson
      writes one ``:`` per pair and the strings' own (it escapes no colon). With no
      ``\\u003a`` escape in the text (one ``:`` written as six characters), the text holds
      as many colons as the layout iff no pair was dropped.
    - Depth: orjson writes each item of a non-empty list or mapping on a line of its own,
      indented two spaces per level, and escapes every newline inside a string. A list or
      mapping at level MAX_DEPTH + 1 is an item of one at MAX_DEPTH, so on a line indented
      2 * MAX_DEPTH spaces; without such a line the data is not too deep (with one, the
      exact walk decides).

    orjson refuses what it cannot write (a lone surrogate, an integer past 64 bits, more
    than 254 levels): those go the guarded way too.
    """
    import json

    import orjson

    if "\\u003" in text:  # maybe a colon written as an escape: count nothing
        return None
    try:
        data = json.loads(text)
        laid = orjson.dumps(data, option=orjson.OPT_INDENT_2)
    except (ValueError, TypeError, RecursionError):  # orjson.JSONEncodeError is a TypeError
        return None
    if text.count(":") != laid.count(b":"):
        return None
    if laid.find(b"\n" + b" " * (2 * MAX_DEPTH)) >= 0 and _deeper_than(data, MAX_DEPTH):
        return None
    return data


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


_LONG_INT = re.compile(r"[0-9]{4300,}")


#: More than MAX_DEPTH brackets opened in a row: refused before parsing (libyaml took
#: 2 s on 20,000 of them). ``str.find`` costs nothing on a 50 MB dossier (a regex allowing
#: spaces between them took 1 s on 14 MB); other deep documents end in a RecursionError,
#: handled below.
_DEEP = ("[" * (MAX_DEPTH + 1), "{" * (MAX_DEPTH + 1))


def parse(text: str, display: str, *, marks: bool = True) -> tuple[Any, bool, QuoteMarks]:
    """Parse a dossier's text: ``(data, unaliased, where each quote is)``.

    ``marks=False``: the caller never reports a quote's line (``contested``), so a
    JSON-syntax text is not walked again for them (half a second at 100,000 claims;
    YAML keeps its marks as it parses, at no extra cost).

    What the parsers raise on hostile input (too deep, too long a number,
    anything else they choke on) becomes a problem naming the place.
    """
    deep = max(text.find(run) for run in _DEEP)
    if deep >= 0:
        line, col = _line_col(text, deep)
        raise DossierError([Problem(display, line, col, f"nested more than {MAX_DEPTH} levels "
                                    "deep", "a dossier needs four levels; flatten the lists "
                                    "and mappings")])
    try:
        return _parse_unguarded(text, display, marks)
    except (ValueError, RecursionError, MemoryError) as e:
        raise DossierError([parse_problem(text, display, e)]) from None


def parse_problem(text: str, display: str, e: BaseException) -> Problem:
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


def check_expansion(data: Any, nbytes: int, display: str) -> None:
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


# -- YAML: libyaml's events to plain data, with the marks check needs --------

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
    from the events in one loop (:class:`_Builder`), without PyYAML's node tree
    and constructor: those took about 90% of the time (13.7 s against 1.2 s for
    the events alone on a 5.5 MB dossier). Scalars are resolved as PyYAML's safe
    loader resolves them (YAML 1.1: ``yes`` is true, ``2014`` an int), by the
    same resolver table and constructors. Only the marks ``check`` needs are
    kept: where each appearance's quote is. Refused, with the file, line and
    column: a key given twice in one mapping, nesting deeper than
    :data:`MAX_DEPTH`, tags other than YAML's standard scalar ones, more than
    one document.
    """
    builder = _read(text, display)
    return builder.root, builder.marks


def _read(text: str, display: str) -> _Builder:
    """:func:`read_yaml`'s work: the builder holds the data, the marks and the anchors."""
    import yaml

    builder = _Builder(text, display)
    try:
        builder.run()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = err.problem or err.context or "invalid YAML"
        raise DossierError(
            [Problem(display, line, col, f"YAML syntax error: {what}", _yaml_hint(what))]
        ) from None
    except yaml.YAMLError as err:
        raise DossierError([Problem(display, 1, 1, f"YAML error: {err}", "")]) from None
    return builder


class _Builder:
    """Plain data from libyaml's events: the containers open on a stack, each value put
    where it belongs as it is read. ``run`` is the loop; one method per kind of event."""

    def __init__(self, text: str, display: str) -> None:
        import yaml

        self.display = display
        self.loader = yaml.CSafeLoader(text) if getattr(yaml, "__with_libyaml__", False) \
            else yaml.SafeLoader(text)
        self.constructor = yaml.constructor.SafeConstructor()
        self.resolvers = yaml.resolver.Resolver.yaml_implicit_resolvers
        self.stack: list[_Frame] = []
        self.anchors: dict[str, Any] = {}
        self.marks: QuoteMarks = {}
        self.root: Any = None
        self.documents = 0

    def run(self) -> None:
        """Every event, in order: containers opened and closed, values put in place."""
        from yaml import events as ev

        get = self.loader.get_event
        scalar_event, alias_event = ev.ScalarEvent, ev.AliasEvent
        mapping_start, sequence_start = ev.MappingStartEvent, ev.SequenceStartEvent
        mapping_end, sequence_end = ev.MappingEndEvent, ev.SequenceEndEvent
        scalar, put, stack = self.scalar, self.put, self.stack
        while True:
            e: Any = get()
            t = type(e)
            if t is scalar_event:
                value = scalar(e)
                if e.anchor is not None:
                    self.anchors[e.anchor] = value
                if stack:  # the two commonest places, decided here
                    top = stack[-1]
                    if not top.is_map:  # a list item
                        top.obj.append(value)
                        continue
                    if top.key is _NO_KEY and value is not _MERGE:  # a mapping's key
                        top.key = value
                        top.key_event = e
                        continue
            elif t is mapping_start or t is sequence_start:
                self.open(e, t is mapping_start)
                continue
            elif t is mapping_end or t is sequence_end:
                value = self.close()
            elif t is alias_event:
                value = self.alias(e)
            elif t is ev.DocumentStartEvent:
                self.document(e)
                continue
            elif t is ev.StreamEndEvent:
                return
            else:
                continue
            put(value, e, t is scalar_event)

    def fail(self, event: Any, message: str, hint: str) -> DossierError:
        m = event.start_mark
        return DossierError([Problem(self.display, m.line + 1, m.column + 1, message, hint)])

    def scalar(self, e: Any) -> Any:
        """A scalar's value, resolved as PyYAML's safe loader resolves it."""
        value = e.value
        tag = e.tag
        if tag is None or tag == "!":
            if not e.implicit[0]:
                return value  # quoted or block text: a string
            for rtag, regexp in self.resolvers.get(value[:1] if value else "", ()):
                if regexp.match(value):
                    tag = rtag
                    break
            else:
                return value
            if tag == "tag:yaml.org,2002:merge":
                return _MERGE
            if tag not in _PLAIN_TAGS:
                raise self.fail(e, f"'{value}' is not a value a dossier can hold",
                                "put it in quotes")
        elif tag not in _PLAIN_TAGS:
            raise self.fail(e, f"YAML tag {tag} is not allowed",
                            _yaml_hint("could not determine a constructor"))
        if tag == "tag:yaml.org,2002:str":
            return value
        return self.construct(e, tag)

    def construct(self, e: Any, tag: str) -> Any:
        """A number, a date, true/false or null, by PyYAML's own constructor for ``tag``."""
        import yaml

        node = yaml.ScalarNode(tag, e.value, e.start_mark, e.end_mark, e.style)
        try:
            return self.constructor.yaml_constructors[tag](self.constructor, node)
        except (ValueError, yaml.YAMLError):
            if tag == "tag:yaml.org,2002:int":
                raise  # a number too long to be one: reported by parse_problem
            raise self.fail(e, f"'{e.value}' is not a valid {tag.rsplit(':', 1)[-1]}",
                            "put it in quotes if it is text") from None

    def open(self, e: Any, is_map: bool) -> None:
        """A mapping or sequence starts: a new frame on the stack."""
        if e.tag not in (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
            raise self.fail(e, f"YAML tag {e.tag} is not allowed",
                            _yaml_hint("could not determine a constructor"))
        if len(self.stack) >= MAX_DEPTH:
            raise self.fail(e, f"nested more than {MAX_DEPTH} levels deep",
                            "a dossier needs four levels; flatten the lists and mappings")
        frame = _Frame({} if is_map else [], is_map)
        if e.anchor is not None:
            self.anchors[e.anchor] = frame.obj
        self.stack.append(frame)

    def close(self) -> Any:
        """A mapping or sequence ends: its object, with its merge keys applied."""
        frame = self.stack.pop()
        if frame.merges:
            _merge(frame.obj, frame.merges)
        return frame.obj

    def alias(self, e: Any) -> Any:
        if e.anchor not in self.anchors:
            raise self.fail(e, f"found undefined alias '{e.anchor}'",
                            _yaml_hint("found undefined alias"))
        return self.anchors[e.anchor]

    def document(self, e: Any) -> None:
        self.documents += 1
        if self.documents > 1:
            raise self.fail(e, "more than one YAML document in the file",
                            "remove the '---' line and keep one document")

    def put(self, value: Any, e: Any, is_scalar: bool) -> None:
        """Put ``value`` where it belongs: the root, a list item, a mapping's key or value."""
        stack = self.stack
        if not stack:
            self.root = value
            return
        top = stack[-1]
        if not top.is_map:
            top.obj.append(value)
            return
        if top.key is _NO_KEY:
            if value is not _MERGE and isinstance(value, dict | list):
                raise self.fail(e, "a mapping or list used as a key", "keys are plain words")
            top.key = value
            top.key_event = e
            return
        key = top.key
        top.key = _NO_KEY
        if key is _MERGE:
            if top.merges is None:
                top.merges = []
            top.merges.append(value)
            return
        if key in top.obj:
            raise self.fail(top.key_event, f"'{key}' is given twice in this mapping",
                            "a later one would silently replace the first: merge them "
                            "into one, or delete one")
        top.obj[key] = value
        if key == "quote" and is_scalar and len(stack) == 5:
            _mark_quote(stack, e, self.marks)


_MERGE = object()


def _mark_quote(stack: list[_Frame], e: Any, marks: QuoteMarks) -> None:
    """Keep the mark of ``claims[i].appearances[j].quote`` (stack: 5 open containers)."""
    top_map, claims, claim, apps = stack[0], stack[1], stack[2], stack[3]
    if (top_map.key == "claims" and claim.key == "appearances" and not claims.is_map
            and not apps.is_map and claim.is_map):
        marks[(len(claims.obj), len(apps.obj))] = (e.start_mark.line + 1,
                                                   e.start_mark.column + 1)


def _merge(obj: dict[Any, Any], merges: list[Any]) -> None:
    """YAML merge keys (``<<: *defaults``): keys of the merged mappings the mapping lacks."""
    for m in merges:
        for src in (m if isinstance(m, list) else [m]):
            if isinstance(src, dict):
                for k, v in src.items():
                    obj.setdefault(k, v)
