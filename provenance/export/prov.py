"""W3C PROV-JSON: who said what, quoted from where, derived from which study.

People are agents (``prov:Person``), works, claims and questions are
entities. Each appearance is a ``wasAttributedTo`` (claim → the person who
states it) and a quotation, ``wasDerivedFrom`` with ``prov:type
prov:Quotation`` (PROV's wasQuotedFrom; claim → the work carrying the
quote). ``based_on`` is ``hadPrimarySource`` when the work is primary
research (a ``study`` or ``dataset``) and ``wasDerivedFrom`` otherwise;
authorship is ``wasAttributedTo`` (work → person); ``cites``, ``supports``
and ``contradicts`` are ``wasInfluencedBy`` typed with their relation.

The JSON is written directly (the ``prov`` package reads it back, see the
tests): building it through prov's object model costs ~10x more at 100,000
works.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import write_atomic

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier

VOCAB = "urn:provenance:vocab#"
PRIMARY_TYPES = ("study", "dataset")


@lru_cache(maxsize=4096)
def _q(name: str) -> dict[str, str]:
    """A qualified-name value; shared between records (never mutated) to save memory."""
    return {"$": name, "type": "prov:QUALIFIED_NAME"}


def generate_prov(dossier: Dossier, g: nx.MultiDiGraph | None = None) -> dict[str, Any]:
    ns = f"urn:provenance:dossier:{dossier.slug}:"
    entity: dict[str, Any] = {}
    agent: dict[str, Any] = {}
    attributed: dict[str, Any] = {}
    derived: dict[str, Any] = {}
    influenced: dict[str, Any] = {}
    n = 0

    def rid() -> str:
        nonlocal n
        n += 1
        return f"_:r{n}"

    def d(ident: str) -> str:
        return f"d:{ident}"

    for q in dossier.questions:
        entity[d(q.id)] = {"prov:type": _q("schema:Question"), "prov:label": q.text}
    for p in dossier.people:
        rec: dict[str, Any] = {"prov:type": _q("prov:Person"), "prov:label": p.name}
        if p.orcid:
            rec["pv:orcid"] = p.orcid
        if p.affiliation:
            rec["pv:affiliation"] = p.affiliation
        agent[d(p.id)] = rec
    works = {w.id: w for w in dossier.works}
    for w in dossier.works:
        rec = {"prov:type": _q("schema:CreativeWork"), "prov:label": w.title, "pv:workType": w.type}
        for key in ("year", "doi", "pmid", "url", "venue", "design", "openalex"):
            val = getattr(w, key)
            if val is not None:
                rec[f"pv:{key}"] = val
        entity[d(w.id)] = rec
        for a in w.authors:
            attributed[rid()] = {"prov:entity": d(w.id), "prov:agent": d(a),
                                 "prov:type": _q("pv:authored")}
        for cited in w.cites:
            influenced[rid()] = {"prov:influencee": d(w.id), "prov:influencer": d(cited),
                                 "prov:type": _q("pv:cites")}
    for c in dossier.claims:
        rec = {"prov:type": _q("schema:Claim"), "prov:label": c.text}
        if c.position:
            rec["pv:position"] = c.position
        if c.question:
            rec["pv:question"] = _q(d(c.question))
        entity[d(c.id)] = rec
        for app in c.appearances:
            quote = {"prov:generatedEntity": d(c.id), "prov:usedEntity": d(app.in_),
                     "prov:type": _q("prov:Quotation"), "pv:quote": app.quote}
            if app.by:
                quote["pv:quoted"] = _q(d(app.by))
                attributed[rid()] = {"prov:entity": d(c.id), "prov:agent": d(app.by),
                                     "pv:quote": app.quote, "pv:work": _q(d(app.in_))}
            derived[rid()] = quote
        for wid in c.based_on:
            primary = works[wid].type in PRIMARY_TYPES if wid in works else False
            derived[rid()] = {"prov:generatedEntity": d(c.id), "prov:usedEntity": d(wid),
                              **({"prov:type": _q("prov:PrimarySource")} if primary else {})}
        for other in c.supports:
            influenced[rid()] = {"prov:influencee": d(other), "prov:influencer": d(c.id),
                                 "prov:type": _q("pv:supports")}
        for other in c.contradicts:
            influenced[rid()] = {"prov:influencee": d(other), "prov:influencer": d(c.id),
                                 "prov:type": _q("pv:contradicts")}
    for w in dossier.works:
        for kind, targets in (("supports", w.supports), ("contradicts", w.contradicts)):
            for other in targets:
                influenced[rid()] = {"prov:influencee": d(other), "prov:influencer": d(w.id),
                                     "prov:type": _q(f"pv:{kind}")}
    doc: dict[str, Any] = {
        "prefix": {"d": ns, "pv": VOCAB, "schema": "https://schema.org/"},
        "entity": entity,
    }
    for key, val in (("agent", agent), ("wasAttributedTo", attributed),
                     ("wasDerivedFrom", derived), ("wasInfluencedBy", influenced)):
        if val:
            doc[key] = val
    return doc


def write_prov(dossier: Dossier, path: str | Path, *, force: bool = False,
               g: nx.MultiDiGraph | None = None) -> Path:
    from ..safejson import dumps

    text = dumps(generate_prov(dossier, g), compact=True)
    return write_atomic(path, text + "\n", force=force)
