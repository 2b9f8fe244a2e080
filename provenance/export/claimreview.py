"""schema.org ClaimReview JSON-LD: the markup fact-checkers publish.

One ClaimReview per claim that carries a ``review``; ``itemReviewed`` is the
schema.org Claim with its author (who states it) and every appearance (the
work, its date and URL, the exact quote). The ``@context`` is
``https://schema.org`` as search engines expect; JSON-LD processors such as
pyld expand it with the schema.org context.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import write_atomic

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier, Work


def _work_url(w: Work) -> str | None:
    """An http(s) URL for the work, or None: ``javascript:``, ``data:``, ``file:`` never pass."""
    from ..render.escape import safe_url

    return safe_url(w.url) or doi_url(w.doi)


def doi_url(doi: str | None) -> str | None:
    """``https://doi.org/<doi>``, percent-encoded, for a DOI in any of its written forms."""
    from urllib.parse import quote

    from ..citations import bare_doi

    bare = bare_doi(doi)
    return f"https://doi.org/{quote(bare, safe='/;:()._-')}" if bare else None


def _orcid_url(orcid: str) -> str | None:
    m = re.search(r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]", orcid)
    return f"https://orcid.org/{m.group(0)}" if m else None


def generate_claimreview(dossier: Dossier, g: nx.MultiDiGraph | None = None
                         ) -> dict[str, Any]:
    people = {p.id: p for p in dossier.people}
    works = {w.id: w for w in dossier.works}
    reviews: list[dict[str, Any]] = []

    def person(pid: str) -> dict[str, Any]:
        p = people[pid]
        out: dict[str, Any] = {"@type": "Person", "name": p.name}
        same = _orcid_url(p.orcid) if p.orcid else None
        if same:
            out["sameAs"] = same
        if p.affiliation:
            out["affiliation"] = {"@type": "Organization", "name": p.affiliation}
        return out

    for c in dossier.claims:
        r = c.review
        if r is None:
            continue
        appearances = []
        for app in c.appearances:
            w = works[app.in_]
            cw: dict[str, Any] = {"@type": "CreativeWork", "name": w.title, "text": app.quote}
            url = _work_url(w)
            if url:
                cw["url"] = url
            if w.date or w.year:
                cw["datePublished"] = w.date or str(w.year)
            if w.authors:
                cw["author"] = [person(a) for a in w.authors]
            if w.venue:
                cw["publisher"] = {"@type": "Organization", "name": w.venue}
            appearances.append(cw)
        item: dict[str, Any] = {"@type": "Claim", "text": c.text}
        speakers = list(dict.fromkeys(a.by for a in c.appearances if a.by))
        if speakers:
            item["author"] = person(speakers[0]) if len(speakers) == 1 else [
                person(s) for s in speakers]
        if appearances:
            item["appearance"] = appearances
            item["firstAppearance"] = appearances[0]
        rating: dict[str, Any] = {"@type": "Rating"}
        for key, name in (("rating", "ratingValue"), ("best", "bestRating"),
                          ("worst", "worstRating"), ("alternate_name", "alternateName")):
            val = getattr(r, key)
            if val is not None:
                rating[name] = val
        review: dict[str, Any] = {
            "@type": "ClaimReview",
            "@id": f"#review-{c.id}",
            "claimReviewed": c.text,
            "itemReviewed": item,
            "reviewRating": rating,
        }
        if r.author:
            review["author"] = {"@type": "Organization", "name": r.author}
        if r.date:
            review["datePublished"] = r.date
        reviews.append(review)
    return {"@context": "https://schema.org", "@graph": reviews}


def write_claimreview(dossier: Dossier, path: str | Path, *, force: bool = False,
                      g: nx.MultiDiGraph | None = None) -> Path:
    from ..safejson import dumps

    # Made to be pasted into <script type="application/ld+json">: escaped for it.
    text = dumps(generate_claimreview(dossier, g), indent=2, script=True)
    return write_atomic(path, text + "\n", force=force)
