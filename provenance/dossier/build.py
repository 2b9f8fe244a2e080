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
