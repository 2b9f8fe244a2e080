"""The dossier's JSON Schema, derived from the loader's own key table.

One source of truth: ``docs/dossier.schema.json`` is generated from
``dossier.KEYS`` (``python -m provenance.schema > docs/dossier.schema.json``)
and a test keeps the two equal, so editors' YAML plugins accept exactly what
the loader accepts.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .dossier.keys import ID_RE, KEYS, SECTIONS, parse_tag
from .model import STUDY_DESIGNS, WORK_TYPES

SCHEMA_ID = "https://github.com/provenance-tool/provenance/docs/dossier.schema.json"


#: Type tag -> its JSON Schema fragment (a reference's target kind goes in its description).
FRAGMENTS: dict[str, Callable[[str], dict[str, Any]]] = {
    "str": lambda _: {"type": "string"},
    "path": lambda _: {"type": "string"},
    "id": lambda _: {"$ref": "#/$defs/id"},
    "int": lambda _: {"type": "integer"},
    "num": lambda _: {"type": "number"},
    "strs": lambda _: {"type": "array", "items": {"type": "string"}},
    "strmap": lambda _: {"type": "object", "additionalProperties": {"type": "string"}},
    "refs": lambda kind: {"type": "array", "items": {"$ref": "#/$defs/id"},
                          "description": f"ids of {kind} records"},
    "ref": lambda kind: {"$ref": "#/$defs/id", "description": f"id of a {kind}"},
    "worktype": lambda _: {"enum": list(WORK_TYPES)},
    "design": lambda _: {"enum": list(STUDY_DESIGNS)},
    "sample": lambda _: {"$ref": "#/$defs/sample"},
    "estimate": lambda _: {"$ref": "#/$defs/estimate"},
    "review": lambda _: {"$ref": "#/$defs/review"},
    "list": lambda _: {"type": "array"},
    "appearances": lambda _: {"type": "array", "items": {"$ref": "#/$defs/appearance"}},
}


def _fragment(tag: str) -> dict[str, Any]:
    t = parse_tag(tag)
    if t.base not in FRAGMENTS:
        raise ValueError(f"no schema for tag {tag!r}")
    return FRAGMENTS[t.base](t.target)


def _record(kind: str) -> dict[str, Any]:
    spec = KEYS[kind]
    props = {}
    required = []
    for key, tag in spec.items():
        if parse_tag(tag).required:
            required.append(key)
        props[key] = _fragment(tag)
    out: dict[str, Any] = {"type": "object", "properties": props,
                           "patternProperties": {"^x-": {}}, "additionalProperties": False}
    if required:
        out["required"] = required
    return out


def generate_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of dossier.yaml."""
    top = _record("dossier")
    for section, kind in SECTIONS:
        top["properties"][section] = {"type": "array", "items": {"$ref": f"#/$defs/{kind}"}}
    defs: dict[str, Any] = {"id": {"type": "string", "pattern": ID_RE.pattern}}
    for kind in KEYS:
        if kind != "dossier":
            defs[kind] = _record(kind)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "provenance dossier",
        "description": "A dossier of people, works, claims and questions (docs/format.md).",
        **top,
        "$defs": defs,
    }


def generate_schema_json() -> str:
    return json.dumps(generate_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(generate_schema_json(), end="")
