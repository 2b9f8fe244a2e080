"""Validated plain data to the typed records of :mod:`provenance.model`.

Only ever called after validation passed, so every key is known to hold the
right type: nothing here checks, it only copies (lists are copied so the
records share nothing with the parsed data).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..model import (
    ESTIMATE_FIELDS,
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


def build_dossier(data: dict[str, Any], root: Path, yml: Path, texts: dict[str, str]) -> Dossier:
    """The :class:`~provenance.model.Dossier` of valid ``data`` read from ``yml`` in ``root``."""
    questions = [Question(q["id"], q["text"], q.get("note"))
                 for q in data.get("questions") or []]
    people = [
        Person(
            p["id"], p["name"], list(p.get("aliases") or []), p.get("affiliation"),
            p.get("role"), p.get("orcid"), p.get("url"), p.get("note"),
        )
        for p in data.get("people") or []
    ]
    # (positional arguments, in the fields' order: a keyword call sets them by name, a
    # tenth of building 10,000 works and 20,000 claims; the tests hold each record to its
    # fields' names)
    works = []
    for w in data.get("works") or []:
        s = w.get("sample")
        get = w.get
        works.append(
            Work(
                w["id"], w["type"], w["title"], list(get("authors") or []), get("year"),
                get("date"), get("venue"), get("doi"), get("pmid"), get("url"),
                get("design"), get("design_note"),
                Sample(s["n"], s.get("unit"), s.get("note")) if s else None,
                get("source_text"), list(get("cites") or []), list(get("supports") or []),
                list(get("contradicts") or []), list(get("unverified") or []),
                dict(get("verified") or {}), get("note"), get("openalex"),
            )
        )
    claims = []
    for c in data.get("claims") or []:
        e = c.get("estimate")
        get = c.get
        claims.append(
            Claim(
                c["id"], c["text"], get("question"), get("position"),
                Estimate(*map(e.get, ESTIMATE_FIELDS)) if e else None,
                [Appearance(a["in"], a["quote"], a.get("by"), a.get("note"))
                 for a in get("appearances") or []],
                list(get("based_on") or []), list(get("supports") or []),
                list(get("contradicts") or []), get("note"), _review(get("review")),
                get("superseded_by"),
            )
        )
    return Dossier(
        title=data["title"], root=root, path=yml, slug=slugify(root.name),
        description=data.get("description"), questions=questions, people=people,
        works=works, claims=claims, texts=texts,
    )


def _review(r: dict[str, Any] | None) -> Review | None:
    if not r:
        return None
    return Review(r.get("rating"), r.get("best"), r.get("worst"), r.get("alternate_name"),
                  r.get("author"), r.get("date"))


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
