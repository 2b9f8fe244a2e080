"""The keys a dossier may hold, each with its type tag: the one table the loader and schema read.

A tag names the checker of a value (:data:`provenance.dossier.fields.CHECKERS`)
and the JSON Schema fragment (:mod:`provenance.schema`): ``str``, ``id``,
``int``, ``num``, ``strs`` (a list of text), ``strmap``, ``path`` (a file
inside the dossier folder), ``worktype``, ``design``, ``list``,
``appearances``, or a nested record kind (``sample``, ``estimate``,
``review``). ``ref:KIND`` / ``refs:KIND`` name one or a list of ids of that
kind. A ``!`` marks the key required (``str!``, ``ref!:work``).
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import NamedTuple

from ..model import Estimate

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")

KEYS: dict[str, dict[str, str]] = {
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
        "superseded_by": "ref:claim",
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

#: The dossier's lists of records, in the order they are read: (key, record kind).
SECTIONS: tuple[tuple[str, str], ...] = (
    ("questions", "question"), ("people", "person"), ("works", "work"), ("claims", "claim")
)


class Tag(NamedTuple):
    """A type tag taken apart: ``ref!:work`` is ``Tag("ref", "work", True)``."""

    base: str
    target: str  # the record kind a ref/refs names, else ""
    required: bool


def parse_tag(tag: str) -> Tag:
    required = tag.endswith("!") or "!:" in tag
    base = tag.replace("!", "")
    target = ""
    if base.startswith(("ref:", "refs:")):
        base, target = base.split(":", 1)
    return Tag(base, target, required)


@cache
def compiled(kind: str) -> tuple[dict[str, Tag], tuple[str, ...]]:
    """({key: its tag}, required keys) of a record ``kind``, parsed once."""
    table = {key: parse_tag(tag) for key, tag in KEYS[kind].items()}
    return table, tuple(key for key, t in table.items() if t.required)
