"""Validation: every problem of a parsed dossier in one pass, as (path, message, hint).

:func:`validate` is the rule book the loader applies and anything that writes
a dossier checks its result against (``provenance import`` does, before it
writes a byte). Problems are collected, never raised one by one, so an editor
fixes a file in one round instead of ten; the loader then gives each its line
(:mod:`provenance.dossier.locate`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .fields import CHECKERS, CHOICES, did_you_mean, out_of_range, surrogate, type_name
from .keys import ID_RE, KEYS, SECTIONS, compiled
from .limits import INT_LIMIT, SURROGATE, max_bytes, storable
from .locate import Finding, YamlPath

#: A reference waiting for every id to be known: (kind it names, the id, path of the
#: record holding it, key, index in the key's list or None).
Ref = tuple[str, str, YamlPath, str, int | None]


@dataclass
class Validation:
    """What validating found: the problems, and the source texts read on the way."""

    problems: list[Finding] = field(default_factory=list)
    #: work id -> the text of its ``source_text`` file (read once, here)
    texts: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def validate(data: Any, root: str | Path = ".", display: str = "dossier.yaml") -> Validation:
    """Check parsed dossier data (plain dicts and lists) against every rule of the format.

    ``root`` is the dossier folder, against which ``source_text`` paths are read
    (and refused outside it); ``display`` is only kept for the caller's messages.
    """
    v = Validator(display, Path(root))
    v.dossier(data)
    return Validation(v.problems, v.texts)


class Validator:
    """Walks the parsed data once: record by record, key by key, then the references.

    Holds what a walk needs across records: the ids seen (for duplicates and
    references), the references to resolve at the end, the texts read.
    """

    def __init__(self, display: str, root: Path):
        self.display = display
        self.root = root
        self.problems: list[Finding] = []
        self.ids: dict[str, tuple[str, YamlPath]] = {}  # id -> (kind, path)
        # The full path of a reference is only put together for a problem: a million
        # references are common.
        self.refs: list[Ref] = []
        #: record kind -> its ids (what ``ids`` says, by kind: a reference to a record
        #: already read is settled with one set lookup and never kept)
        self.known: dict[str, set[str]] = {}
        self.texts: dict[str, str] = {}
        self.dirs: dict[str, str] = {}  # real paths of folders, for this load only
        #: the largest source text read (``PROVENANCE_MAX_BYTES``), looked up once per load
        self.max_bytes = max_bytes()

    def add(self, path: YamlPath, message: str, hint: str = "") -> None:
        self.problems.append(Finding(path, message, hint))

    def dossier(self, data: Any) -> None:
        if not isinstance(data, dict):
            self.add(
                (),
                f"the dossier must be a mapping of keys, found {type_name(data)}",
                "start the file with `title: ...` then `people:`, `works:`, `claims:` lists",
            )
            return
        self.record("dossier", data, ())
        for section, kind in SECTIONS:
            items = data.get(section)
            if not isinstance(items, list):
                continue
            for i, item in enumerate(items):
                self.record(kind, item, (section, i))
        self.resolve_refs()
        self.revisions(data.get("claims"))

    def revisions(self, claims: Any) -> None:
        """``superseded_by`` makes a line of one source's revisions: it never names the
        claim itself, nor comes back round to a claim already in the line (a loop would
        leave `contested` no figure that stands, and silence the question). Each claim is
        walked once (a line of 100,000 revisions is read in one pass)."""
        if not isinstance(claims, list):
            return
        nxt: dict[str, tuple[str, int]] = {}
        for i, c in enumerate(claims):
            if isinstance(c, dict) and isinstance(c.get("id"), str) and \
                    isinstance(c.get("superseded_by"), str):
                nxt[c["id"]] = (c["superseded_by"], i)
        done: set[str] = set()
        for start in nxt:
            if start in done:
                continue
            walk: dict[str, None] = {}  # (ordered, and a set's look-up)
            cur = start
            while cur in nxt and cur not in done and cur not in walk:
                walk[cur] = None
                cur = nxt[cur][0]
            if cur in walk:
                loop = list(walk)[list(walk).index(cur):]
                i = nxt[loop[0]][1]
                if len(loop) == 1:
                    self.add(("claims", i, "superseded_by"),
                             f"claim '{cur}' is 'superseded_by' itself",
                             "name the later claim by the same source that replaces it, or "
                             "remove the key")
                else:
                    self.add(("claims", i, "superseded_by"),
                             "'superseded_by' goes round in a loop: "
                             + " -> ".join([*loop, loop[0]]),
                             "a revision replaces an earlier claim: the latest claim of the "
                             "line has no 'superseded_by'")
            done.update(walk)

    def record(self, kind: str, data: Any, path: YamlPath) -> None:
        if not isinstance(data, dict):
            self.add(
                path,
                f"each {kind} must be a mapping (key: value lines), found {type_name(data)}",
                f"write it as `- id: ...` with the {kind}'s keys indented under it",
            )
            return
        table, required = _fast_table(kind)
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
            # Fast paths for the common, valid cases first.
            code, target, tag, words = entry
            vt = type(value)
            if vt is str:
                if code == _TEXT:
                    if not value.isascii() and SURROGATE.search(value):
                        surrogate(self, value, (*path, key))
                    continue
                if code == _REF:
                    if value not in self.known.get(target, _NO_IDS):
                        self.refs.append((target, value, path, key, None))
                    continue
                if code == _CHOICE and value in words:
                    continue
                if code == _ID and value not in self.ids and ID_RE.match(value):
                    self.ids[value] = (kind, (*path, key))
                    mine = self.known.get(kind)
                    if mine is None:
                        mine = self.known[kind] = set()
                    mine.add(value)  # as add_id does
                    continue
            elif vt is list:
                if code == _REFS:
                    known = self.known.get(target, _NO_IDS)
                    try:  # every item an id of the kind read already (all text, then)
                        if known and known.issuperset(value):
                            continue
                    except TypeError:  # an item that cannot be an id (a list): explained below
                        pass
                    if all(type(v) is str for v in value):
                        self.refs.extend((target, ref, path, key, i)
                                         for i, ref in enumerate(value) if ref not in known)
                        continue
            elif vt is int:
                if code == _NUM or code == _INT:
                    if not (-INT_LIMIT <= value < INT_LIMIT):
                        out_of_range(self, key, value, (*path, key))
                    continue
            elif vt is float and code == _NUM:
                if not storable(value):
                    out_of_range(self, key, value, (*path, key))
                continue
            # everything else: the tag's checker, which explains problems
            CHECKERS[tag](self, kind, key, target, value, (*path, key), data)
        for key in required:
            if data.get(key) is None:
                self.add(path, f"{kind} is missing '{key}'", f"add `{key}: ...` to this {kind}")

    def add_id(self, kind: str, ident: str, path: YamlPath) -> None:
        """A record's id, first seen here (a second one is a problem, see ``check_id``)."""
        self.ids[ident] = (kind, path)
        known = self.known.get(kind)
        if known is None:
            known = self.known[kind] = set()
        known.add(ident)

    def ref(self, target: str, ident: str, path: YamlPath, key: str, index: int | None
            ) -> None:
        """A reference to a ``target`` record: settled now if that record was read, else
        kept until every id is known (:meth:`resolve_refs`)."""
        if ident not in self.known.get(target, _NO_IDS):
            self.refs.append((target, ident, path, key, index))

    def unknown_key(self, kind: str, key: str, path: YamlPath) -> None:
        spec = KEYS[kind]
        guess = did_you_mean(key, spec)
        self.add(
            (*path, f"@key:{key}"),
            f"unknown key '{key}' in {kind}",
            f"did you mean '{guess}'?" if guess else
            f"use one of: {', '.join(spec)} (or prefix your own keys with 'x-')",
        )

    def resolve_refs(self) -> None:
        """Every reference names a record of the right kind (ids are known only at the end).

        Only the references not settled as they were read are left here (one to a record
        further down): an id, once read, keeps its kind, so a reference settled early is
        one that would be settled here, and the problems come out in the same order.
        """
        by_kind: dict[str, list[str]] = {}  # ids by kind, in the order read: for a guess
        for kind, ref, record, key, index in self.refs:
            found = self.ids.get(ref)
            if found and found[0] == kind:
                continue
            if not by_kind:
                for ident, (k, _) in self.ids.items():
                    by_kind.setdefault(k, []).append(ident)
            path = (*record, key) if index is None else (*record, key, index)
            if found:
                self.add(path, f"'{key}' names '{ref}', which is a {found[0]}, not a {kind}",
                         f"give the id of a {kind}")
                continue
            guess = did_you_mean(ref, by_kind.get(kind, []))
            self.add(path, f"unknown {kind} '{ref}' in '{key}'",
                     f"did you mean '{guess}'?" if guess else
                     f"add a {kind} with id '{ref}', or fix the reference")


#: The fast paths' codes for a key's tag (one small int compared, not a tag's text).
_TEXT, _REF, _REFS, _ID, _NUM, _INT, _CHOICE, _OTHER = range(8)
_Entry = tuple[int, str, str, frozenset[str]]
_NO_IDS: frozenset[str] = frozenset()
_CODES = {"str": _TEXT, "ref": _REF, "refs": _REFS, "id": _ID, "num": _NUM, "int": _INT}


@cache
def _fast_table(kind: str) -> tuple[dict[str, _Entry], tuple[str, ...]]:
    """({key: (fast-path code, kind it names, tag, words allowed)}, required keys) of a
    record ``kind``."""
    table, required = compiled(kind)
    fast: dict[str, _Entry] = {}
    for key, t in table.items():
        if t.base in CHOICES:
            fast[key] = (_CHOICE, t.target, t.base, frozenset(CHOICES[t.base]))
        else:
            fast[key] = (_CODES.get(t.base, _OTHER), t.target, t.base, frozenset())
    return fast, required
