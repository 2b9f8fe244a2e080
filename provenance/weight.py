"""Evidence weight: how much a claim's chain of sources can carry.

A weight is a number in [0, 1] with its reasons in words, so a reader can
disagree with a step rather than with a verdict. It is built from three
things the dossier records (docs/analysis.md gives the table):

1. the **study design** of each work, ranked by the hierarchy in
   :data:`provenance.model.STUDY_DESIGNS` (:data:`DESIGN_SCORE`);
2. the **sample size** of primary studies (:func:`sample_factor`, a gentle
   logarithmic step: 1 patient ×0.5, 10 ×0.625, 100 ×0.75, 1000 ×0.875);
3. whether the claim's chain **reaches a primary study**: a secondary work
   (article, interview, narrative review) passes on the weight of what it
   cites, discounted by :data:`SECOND_HAND` per step, or else carries only
   its own small weight.

Claim-to-claim ``supports`` do not add weight: that would let two claims
prop each other up (see :mod:`provenance.chains` for circular support).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .model import is_primary_study

if TYPE_CHECKING:
    import networkx as nx

#: Score of each study design, strongest first (the hierarchy of docs/format.md).
DESIGN_SCORE: dict[str, float] = {
    "systematic-review": 1.0,
    "meta-analysis": 1.0,
    "trial": 0.85,
    "cohort": 0.7,
    "case-control": 0.6,
    "cross-sectional": 0.55,
    "case-series": 0.45,
    "anatomical": 0.45,
    "case-report": 0.25,
    "narrative-review": 0.3,
    "editorial": 0.15,
    "expert-opinion": 0.15,
    "anecdote": 0.05,
    "other": 0.1,
}
#: Designs that pool primary studies systematically: strong on their own.
POOLING_DESIGNS = frozenset({"systematic-review", "meta-analysis"})
#: Score of a work by type when it has no design.
TYPE_SCORE: dict[str, float] = {
    "study": 0.4, "dataset": 0.4, "review": 0.3, "report": 0.2, "book": 0.15,
    "editorial": 0.15, "article": 0.1, "interview": 0.1, "webpage": 0.05, "other": 0.05,
}
#: A claim stated in a work with no basis at all counts as opinion.
OPINION = 0.1
#: A claim with neither a basis nor an appearance.
BARE = 0.05
#: Weight passed on per step from a cited work to a secondary work citing it.
SECOND_HAND = 0.8
#: How many ``cites`` steps a secondary work may look through for a primary study.
MAX_HOPS = 3
#: Sample-size factor for primary studies that give no sample.
UNKNOWN_SAMPLE = 0.6


def is_primary(data: dict[str, Any]) -> bool:
    """A work node (attribute dict) that reports its own observations (:func:`is_primary_study`)."""
    return is_primary_study(data.get("type"), data.get("design"))


def sample_factor(n: float | None) -> float:
    """Multiplier for a primary study of ``n`` subjects (None: not given)."""
    if n is None or n <= 0:
        return UNKNOWN_SAMPLE
    return min(1.0, 0.5 + 0.125 * math.log10(n))


def work_label(g: nx.MultiDiGraph, wid: str, authors: list[str] | None = None) -> str:
    """Short name of a work for explanations: ``Kuniya et al. 2014`` or its title."""
    if authors is None:
        authors = [u for u, _, k in g.in_edges(wid, data="kind") if k == "authored"]
    return _label(g.nodes, wid, authors)


def _label(nodes: Mapping[str, dict[str, Any]], wid: str, authors: list[str]) -> str:
    d = nodes[wid]
    year = d.get("year")
    if authors and year:
        name = str(nodes[authors[0]].get("name") or authors[0]).replace(",", " ").split()
        surname = name[-1] if name else authors[0]
        return f"{surname}{' et al.' if len(authors) > 1 else ''} {year}"
    title = " ".join(str(d.get("title") or wid).split())
    return title if len(title) <= 56 else title[:55].rstrip() + "…"


class Labels:
    """:func:`work_label` memoised for one graph (explanations name the same works often).

    With no graph (``g`` None), the graph's ``nodes`` and each work's ``authors`` in the
    order it lists them (what the graph's ``authored`` edges into it say): see
    :meth:`provenance.chains.Index.of_dossier`.
    """

    def __init__(self, g: nx.MultiDiGraph | None,
                 nodes: Mapping[str, dict[str, Any]] | None = None,
                 authors: Mapping[str, list[str]] | None = None):
        self.g = g
        self.nodes: Mapping[str, dict[str, Any]] = g._node if g is not None else (nodes or {})
        self.authors = authors
        self.cache: dict[str, str] = {}

    def __call__(self, wid: str) -> str:
        label = self.cache.get(wid)
        if label is None:
            if self.authors is not None or self.g is None:
                authors = (self.authors or {}).get(wid, [])
            else:
                # Predecessors in the order the work lists its authors; cheaper than in_edges
                # views when tens of thousands of works are named.
                # networkx's own dicts, not its views: a work quoted by thousands of claims
                # has thousands of predecessors, and a view per item was 3 s at 100,000 claims.
                authors = []
                for u, keyed in self.g._pred[wid].items():
                    for d in keyed.values():
                        if d.get("kind") == "authored":
                            authors.append(u)
                            break
            label = self.cache[wid] = _label(self.nodes, wid, authors)
        return label


def own_weight(data: dict[str, Any], *, words: bool = True) -> tuple[float, list[str]]:
    """Weight of a work from its own design and sample, with reasons (none if not ``words``)."""
    design = data.get("design")
    wtype = data.get("type") or "other"
    reasons: list[str] = []
    if design:
        score = DESIGN_SCORE.get(design, DESIGN_SCORE["other"])
        if words:
            reasons.append(f"design {design} ({score:g})")
    else:
        score = TYPE_SCORE.get(wtype, TYPE_SCORE["other"])
        if words:
            reasons.append(f"{wtype} with no stated design ({score:g})")
    if is_primary(data):
        n = data.get("sample_n")
        f = sample_factor(n)
        if not words:
            pass
        elif n:
            unit = data.get("sample_unit") or "subjects"
            reasons.append(f"sample {n:g} {unit} (×{f:.2f})")
        else:
            reasons.append(f"sample size not given (×{f:.2f})")
        score *= f
    return score, reasons


def work_weights(g: nx.MultiDiGraph, labels: Labels | None = None,
                 cites: dict[str, list[str]] | None = None) -> dict[str, dict[str, Any]]:
    """Every work's weight, primary flag, best source reached and reasons.

    Secondary works inherit ``SECOND_HAND`` × the mean weight of the cited
    works that reach a primary study (we cannot tell which of them a given
    sentence rests on), up to ``MAX_HOPS`` steps, if that beats their own. Linear in
    the number of works and citations (a fixed number of relaxation rounds).
    """
    label = labels or Labels(g)
    if cites is None:
        cites = {}
        for u, v, k in g.edges(data="kind"):
            if k == "cites":
                cites.setdefault(u, []).append(v)
    return works_weighed(g._node, label, cites)


def works_weighed(nodes: Mapping[str, dict[str, Any]], label: Labels,
                  cites: dict[str, list[str]], *, words: bool = True,
                  ) -> dict[str, dict[str, Any]]:
    """:func:`work_weights` from the graph's nodes (id -> attributes, in its order) and
    what each work cites, in the graph's order (with or without a graph). Not ``words``:
    the same weights, without ``reasons`` (their words were 40 % of the time)."""
    out: dict[str, dict[str, Any]] = {}
    for wid, d in nodes.items():
        if d.get("kind") != "work":
            continue
        w, reasons = own_weight(d, words=words)
        primary = is_primary(d)
        out[wid] = {"weight": w, "own": w, "primary": primary,
                    "reaches_primary": primary, "via": None, "hops": 0,
                    "design": d.get("design"), "type": d.get("type"), "reasons": reasons}
    for _ in range(MAX_HOPS):
        changed = False
        for wid, cited in cites.items():
            rec = out[wid]
            if rec["primary"] or rec["design"] in POOLING_DESIGNS:
                continue
            reached = [c for c in cited if out[c]["reaches_primary"]]
            if not reached:
                continue
            inherited = SECOND_HAND * sum(out[c]["weight"] for c in reached) / len(reached)
            new = max(rec["own"], inherited)
            if not rec["reaches_primary"] or abs(new - rec["weight"]) > 1e-9:
                changed = True
            rec["reaches_primary"] = True
            rec["weight"] = new
            rec["via"] = reached if inherited > rec["own"] else None
            rec["inherited"] = inherited
        if not changed:
            break
    for rec in out.values():
        if not words:
            del rec["reasons"]
        elif rec["via"]:
            names = ", ".join(label(c) for c in rec["via"][:3])
            more = f" and {len(rec['via']) - 3} more" if len(rec["via"]) > 3 else ""
            rec["reasons"] = rec["reasons"] + [
                f"cites {names}{more} (mean weight {rec['inherited'] / SECOND_HAND:.2f}), "
                f"passing on ×{SECOND_HAND:g}"]
        elif rec["reaches_primary"] and not rec["primary"]:
            rec["reasons"] = rec["reasons"] + [
                "cites primary studies, but its own weight is higher"]
        rec.pop("inherited", None)
        rec["weight"] = round(rec["weight"], 3)
        rec["own"] = round(rec["own"], 3)
    return out


def claim_adjacency(g: nx.MultiDiGraph) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """``(basis, stated_in)``: per claim, the works it rests on (``based_on`` and works that
    ``support`` it) and the works it appears in; one pass over the edges."""
    basis: dict[str, list[str]] = {}
    stated: dict[str, list[str]] = {}
    nodes = g.nodes
    for u, v, k in g.edges(data="kind"):
        if k == "based_on":
            lst = basis.setdefault(u, [])
        elif k == "appears_in":
            lst = stated.setdefault(u, [])
        elif k == "supports" and nodes[u].get("kind") == "work":
            u, v = v, u
            lst = basis.setdefault(u, [])
        else:
            continue
        if v not in lst:
            lst.append(v)
    return basis, stated


def claim_weights(g: nx.MultiDiGraph, works: dict[str, dict[str, Any]] | None = None,
                  labels: Labels | None = None,
                  adjacency: tuple[dict[str, list[str]], dict[str, list[str]]] | None = None,
                  ) -> dict[str, dict[str, Any]]:
    """Every claim's evidence weight with the reasons, in words.

    A claim weighs what its strongest basis weighs: the works it is
    ``based_on`` and the works that ``support`` it. Without any basis it
    counts as opinion when someone states it, or barely at all otherwise.
    """
    label = labels or Labels(g)
    if works is None:
        works = work_weights(g, label)
    return claims_weighed(g._node, works, label,
                          adjacency if adjacency is not None else claim_adjacency(g))


def claims_weighed(nodes: Mapping[str, dict[str, Any]], works: dict[str, dict[str, Any]],
                   label: Labels, adjacency: tuple[dict[str, list[str]], dict[str, list[str]]],
                   *, words: bool = True) -> dict[str, dict[str, Any]]:
    """:func:`claim_weights` from the graph's nodes (id -> attributes, in its order), the
    works' weights and each claim's ``(basis, stated_in)`` (with or without a graph). Not
    ``words``: the same weights, without ``reasons`` (their words were half the time)."""
    all_basis, all_stated = adjacency
    out: dict[str, dict[str, Any]] = {}
    empty: list[str] = []
    for cid, d in nodes.items():
        if d.get("kind") != "claim":
            continue
        basis = all_basis.get(cid, empty)
        stated_in = all_stated.get(cid, empty)
        reasons: list[str] = []
        if basis:
            # A study the claim names directly outranks what a secondary source passes on.
            direct = [w for w in basis if works[w]["primary"]
                      or works[w]["design"] in POOLING_DESIGNS]
            best = max(direct or basis, key=lambda w: works[w]["weight"])
            rec = works[best]
            weight = rec["weight"]
            reaches = any(works[w]["reaches_primary"] for w in basis)
            if stated_in and best not in stated_in:
                # Told by someone else (an article, an interview): one step removed.
                weight *= SECOND_HAND
                if words:
                    where = ", ".join(label(w) for w in stated_in[:2])
                    reasons.append(f"reported second-hand in {where} (×{SECOND_HAND:g})")
            out[cid] = {"weight": round(weight, 3), "basis": best, "reaches_primary": reaches,
                        "sources": basis}
            if not words:
                continue
            lead = ("based on" if len(basis) == 1 else
                    f"strongest {'primary ' if direct else ''}source of {len(basis)}:")
            reasons.insert(0, f"{lead} {label(best)}: " + "; ".join(rec["reasons"]))
            if reaches:
                prim = [w for w in basis if works[w]["primary"]]
                if prim:
                    reasons.append("reaches a primary study: "
                                   + ", ".join(label(w) for w in prim[:3]))
                else:
                    reasons.append("reaches a primary study only through what its source cites")
            else:
                reasons.append("its chain never reaches a primary study")
        elif stated_in:
            out[cid] = {"weight": OPINION, "basis": None, "reaches_primary": False, "sources": []}
            if words:
                reasons.append(f"stated without a cited source: counts as opinion ({OPINION:g})")
                reasons.append("its chain never reaches a primary study")
        else:
            out[cid] = {"weight": BARE, "basis": None, "reaches_primary": False, "sources": []}
            if words:
                reasons.append(f"neither a source nor an appearance ({BARE:g})")
        if words:
            out[cid]["reasons"] = reasons
    return out
