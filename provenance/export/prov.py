"""W3C PROV-JSON: who said what, quoted from where, derived from which study.

People are agents (``prov:Person``), works, claims and questions are
entities. Each appearance is a ``wasAttributedTo`` (claim → the person who
states it) and a quotation, ``wasDerivedFrom`` with ``prov:type
prov:Quotation`` (PROV's wasQuotedFrom; claim → the work carrying the
quote). ``based_on`` is ``hadPrimarySource`` when the work is primary
research (:func:`provenance.model.is_primary_study`: by its design, else by
its type) and ``wasDerivedFrom`` otherwise; ``superseded_by`` is PROV's ``wasRevisionOf``
(a ``wasDerivedFrom`` typed ``prov:Revision``: the later claim from the earlier);
authorship is ``wasAttributedTo`` (work → person); ``cites``, ``supports``
and ``contradicts`` are ``wasInfluencedBy`` typed with their relation.

Each quotation has an id (``q:<claim>-<n>``, the claim's n-th appearance)
and, when ``check`` finds the passage in the work's source text, its quote
receipt (:mod:`provenance.receipts`) as a W3C Web Annotation target in the
Web Annotation vocabulary (``oa:``): the quotation's ``pv:target`` is an
``oa:SpecificResource`` with ``oa:hasSource`` (the work), ``oa:hasSelector``
(a ``oa:TextQuoteSelector`` with ``oa:exact``/``oa:prefix``/``oa:suffix`` and
a ``oa:TextPositionSelector`` with ``oa:start``/``oa:end``), ``oa:hasState``
(a ``oa:TimeState`` whose ``oa:sourceDate`` is when it was checked),
``pv:sha256`` of the text and ``pv:sourceText``, its path in the dossier
(so ``provenance verify`` reads receipts from this export too); ``pv:check``
is the check's verdict. The prov library writes these quotations as
``prov:wasQuotedFrom`` in PROV-XML and ``prov:qualifiedQuotation`` in PROV-O,
and the speaker as ``prov:wasAttributedTo``.

The JSON is written directly (the ``prov`` package reads it back, see the
tests): building it through prov's object model costs ~10x more at 100,000
works.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import is_primary_study
from . import write_atomic

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier

VOCAB = "urn:provenance:vocab#"
OA = "http://www.w3.org/ns/oa#"


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
    receipts = _receipts(dossier)
    checked = {"prov:type": _q("oa:TimeState"),
               "oa:sourceDate": {"$": receipts.checked, "type": "xsd:dateTime"}}

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
        for i, app in enumerate(c.appearances):
            quote = {"prov:generatedEntity": d(c.id), "prov:usedEntity": d(app.in_),
                     "prov:type": _q("prov:Quotation"), "pv:quote": app.quote}
            if app.by:
                quote["pv:quoted"] = _q(d(app.by))
                attributed[rid()] = {"prov:entity": d(c.id), "prov:agent": d(app.by),
                                     "pv:quote": app.quote, "pv:work": _q(d(app.in_))}
            status, target = receipts.get((c.id, i), (None, None))
            if status:
                quote["pv:check"] = status
            if target is not None:
                tid = f"t:{c.id}-{i}"
                if "t:checked" not in entity:
                    entity["t:checked"] = checked
                entity.update(_target_entities(tid, d(app.in_), target))
                quote["pv:target"] = _q(tid)
            derived[f"q:{c.id}-{i}"] = quote
        for wid in c.based_on:
            primary = wid in works and is_primary_study(works[wid].type, works[wid].design)
            derived[rid()] = {"prov:generatedEntity": d(c.id), "prov:usedEntity": d(wid),
                              **({"prov:type": _q("prov:PrimarySource")} if primary else {})}
        if c.superseded_by:
            # (PROV's wasRevisionOf, which PROV-JSON writes as a derivation typed
            # prov:Revision: the later claim generated from the one it replaces)
            derived[rid()] = {"prov:generatedEntity": d(c.superseded_by),
                              "prov:usedEntity": d(c.id), "prov:type": _q("prov:Revision")}
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
        "prefix": {"d": ns, "pv": VOCAB, "schema": "https://schema.org/", "oa": OA,
                   "q": f"{ns}quotation/", "t": f"{ns}target/"},
        "entity": entity,
    }
    for key, val in (("agent", agent), ("wasAttributedTo", attributed),
                     ("wasDerivedFrom", derived), ("wasInfluencedBy", influenced)):
        if val:
            doc[key] = val
    return doc


class _Receipts(dict[tuple[str, int], tuple[str, dict[str, Any] | None]]):
    checked: str = ""


def _receipts(dossier: Dossier) -> _Receipts:
    """(claim, appearance index) -> (check's status, receipt target) for every appearance.

    Read from check's verification record, so the receipt is the occurrence
    check judged (for a quote said twice, the claimed speaker's).
    """
    from ..receipts import checked_date, targets

    out = _Receipts()
    out.checked = checked_date()
    if not dossier.texts:
        return out  # nothing to anchor: a works-only (imported) dossier
    from ..check import verification

    for r, target in targets(dossier, verification(dossier).values(), checked=out.checked):
        out[(r.claim, r.index)] = (r.status, target)
    return out


def _target_entities(tid: str, work: str, target: dict[str, Any]) -> dict[str, Any]:
    """The receipt as PROV entities typed with the Web Annotation vocabulary."""
    quote, pos = target["selector"]
    return {
        tid: {"prov:type": _q("oa:SpecificResource"), "oa:hasSource": _q(work),
              "oa:hasSelector": [_q(f"{tid}.quote"), _q(f"{tid}.position")],
              "oa:hasState": _q("t:checked"), "pv:sha256": target["sha256"],
              "pv:sourceText": target["source"]},
        f"{tid}.quote": {"prov:type": _q("oa:TextQuoteSelector"), "oa:exact": quote["exact"],
                         "oa:prefix": quote["prefix"], "oa:suffix": quote["suffix"]},
        f"{tid}.position": {"prov:type": _q("oa:TextPositionSelector"),
                            "oa:start": pos["start"], "oa:end": pos["end"]},
    }


def write_prov(dossier: Dossier, path: str | Path, *, force: bool = False,
               g: nx.MultiDiGraph | None = None) -> Path:
    from ..safejson import dumps

    text = dumps(generate_prov(dossier, g), compact=True)
    return write_atomic(path, text + "\n", force=force)
