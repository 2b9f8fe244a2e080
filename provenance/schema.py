"""The dossier's JSON Schema, derived from the loader's own key table.

One source of truth: ``docs/dossier.schema.json`` is generated from
``dossier.KEYS`` (``python -m provenance.schema > docs/dossier.schema.json``)
and a test keeps the two equal, so editors' YAML plugins accept exactly what
the loader accepts.
"""

from __future__ import annotations

import json
from typing import Any

from .dossier.keys import ID_RE, KEYS, SECTIONS, parse_tag
from .model import STUDY_DESIGNS, WORK_TYPES

SCHEMA_ID = "https://github.com/provenance-tool/provenance/docs/dossier.schema.json"


def _fragment(tag: str) -> dict[str, Any]:
    tag = tag.replace("!", "")
    if tag in ("str", "path"):
        return {"type": "string"}
    if tag == "id":
        return {"$ref": "#/$defs/id"}
    if tag == "int":
        return {"type": "integer"}
    if tag == "num":
        return {"type": "number"}
    if tag == "strs":
        return {"type": "array", "items": {"type": "string"}}
    if tag == "strmap":
        return {"type": "object", "additionalProperties": {"type": "string"}}
    if tag.startswith("refs:"):
        return {"type": "array", "items": {"$ref": "#/$defs/id"},
                "description": f"ids of {tag[5:]} records"}
    if tag.startswith("ref:"):
        return {"$ref": "#/$defs/id", "description": f"id of a {tag[4:]}"}
    if tag == "worktype":
        return {"enum": list(WORK_TYPES)}
    if tag == "design":
        return {"enum": list(STUDY_DESIGNS)}
    if tag in ("sample", "estimate", "review"):
        return {"$ref": f"#/$defs/{tag}"}
    if tag == "list":
        return {"type": "array"}
    if tag == "appearances":
        return {"type": "array", "items": {"$ref": "#/$defs/appearance"}}
    raise ValueError(f"no schema for tag {tag!r}")


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
