"""What the graph says is contested, and why.

A question is *contested* when its claims take two or more positions, when
claims about it carry ``contradicts`` relations, or when their numeric
estimates for the same quantity do not overlap. Each verdict carries the
evidence that produced it, so a reader can argue with it.

Functions take the graph first and return plain data (dicts and lists ready
for JSON); they never mutate the graph.
"""

from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

NO_POSITION = "(no position)"


def claims_of_question(g: nx.MultiDiGraph, qid: str) -> list[str]:
    """Claims that address question ``qid``, in dossier order."""
    return [u for u, _, d in g.in_edges(qid, data=True) if d.get("kind") == "addresses"]


def claim_people(g: nx.MultiDiGraph, cid: str) -> list[str]:
    """People who state the claim in some appearance."""
    out: list[str] = []
    for u, _, d in g.in_edges(cid, data=True):
        if d.get("kind") == "states" and u not in out:
            out.append(u)
    return out


def claim_works(g: nx.MultiDiGraph, cid: str) -> list[str]:
    """Works the claim appears in or is based on."""
    out: list[str] = []
    for _, v, d in g.out_edges(cid, data=True):
        if d.get("kind") in ("appears_in", "based_on") and v not in out:
            out.append(v)
    return out


def estimate_conflicts(g: nx.MultiDiGraph, claims: list[str]) -> list[dict[str, Any]]:
    """Pairs of claims whose estimates of the same quantity and unit do not overlap."""
    found = []
    for a, b in combinations(claims, 2):
        ea, eb = g.nodes[a].get("estimate"), g.nodes[b].get("estimate")
        if not ea or not eb:
            continue
        qa = ea.get("quantity") or g.nodes[a].get("question")
        qb = eb.get("quantity") or g.nodes[b].get("question")
        if qa != qb or (ea.get("unit") or "") != (eb.get("unit") or ""):
            continue
        ia, ib = _interval(ea), _interval(eb)
        if ia is None or ib is None:
            continue
        if ia[1] < ib[0] or ib[1] < ia[0]:
            found.append({"claims": [a, b], "quantity": qa, "unit": ea.get("unit"),
                          "intervals": [list(ia), list(ib)]})
    return found


def _interval(est: dict[str, Any]) -> tuple[float, float] | None:
    lo = est.get("low", est.get("value"))
    hi = est.get("high", est.get("value"))
    if lo is None or hi is None:
        return None
    return (min(lo, hi), max(lo, hi))


def contradictions(g: nx.MultiDiGraph, claims: list[str]) -> list[dict[str, Any]]:
    """``contradicts`` edges that touch any of ``claims`` (from a claim or a work)."""
    wanted = set(claims)
    out = []
    seen = set()
    for c in claims:
        for u, v, d in list(g.in_edges(c, data=True)) + list(g.out_edges(c, data=True)):
            if d.get("kind") != "contradicts" or (u, v) in seen:
                continue
            if u in wanted or v in wanted:
                seen.add((u, v))
                out.append({"source": u, "target": v, "source_kind": g.nodes[u].get("kind"),
                            "work": d.get("work")})
    return out


def contested(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Every question with its positions and the reasons it is (or is not) contested."""
    result = []
    for qid, qdata in g.nodes(data=True):
        if qdata.get("kind") != "question":
            continue
        claims = claims_of_question(g, qid)
        groups: dict[str, list[str]] = {}
        for c in claims:
            groups.setdefault(g.nodes[c].get("position") or NO_POSITION, []).append(c)
        positions = []
        for label, members in groups.items():
            people: list[str] = []
            works: list[str] = []
            for c in members:
                people += [p for p in claim_people(g, c) if p not in people]
                works += [w for w in claim_works(g, c) if w not in works]
            positions.append({
                "position": label,
                "claims": [{"id": c, "text": g.nodes[c].get("text")} for c in members],
                "people": [{"id": p, "name": g.nodes[p].get("name")} for p in people],
                "works": [{"id": w, "title": g.nodes[w].get("title")} for w in works],
            })
        labelled = [p for p in groups if p != NO_POSITION]
        contra = contradictions(g, claims)
        conflicts = estimate_conflicts(g, claims)
        reasons = []
        if len(labelled) >= 2:
            reasons.append(f"{len(labelled)} positions: {', '.join(labelled)}")
        if contra:
            reasons.append(f"{len(contra)} contradicts relation(s)")
        if conflicts:
            reasons.append(f"{len(conflicts)} pair(s) of estimates that do not overlap")
        result.append({
            "id": qid,
            "text": qdata.get("text"),
            "contested": bool(reasons),
            "reasons": reasons,
            "claims": len(claims),
            "positions": positions,
            "contradictions": contra,
            "estimate_conflicts": conflicts,
        })
    return result
