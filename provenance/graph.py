"""A dossier as a networkx MultiDiGraph.

Nodes are keyed by their dossier id (unique across kinds) and carry ``kind``
plus the record's scalar fields. Every edge carries ``kind`` and, where it
comes from an appearance, its provenance: the ``work`` it was stated in and
the ``quote``. A MultiDiGraph because the same person may state the same claim
in two works, and each statement is its own piece of evidence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .model import Dossier, EdgeKind, NodeKind

if TYPE_CHECKING:
    import networkx as nx


def build_graph(dossier: Dossier) -> nx.MultiDiGraph:
    """Build the claim and citation graph of ``dossier`` (pure: reads, never writes)."""
    import networkx as nx

    g = nx.MultiDiGraph(title=dossier.title, slug=dossier.slug)
    for q in dossier.questions:
        g.add_node(q.id, kind=NodeKind.QUESTION.value, label=q.text, text=q.text)
    for p in dossier.people:
        g.add_node(
            p.id,
            kind=NodeKind.PERSON.value,
            label=p.name,
            name=p.name,
            aliases=list(p.aliases),
            affiliation=p.affiliation,
            role=p.role,
        )
    for w in dossier.works:
        g.add_node(
            w.id,
            kind=NodeKind.WORK.value,
            label=w.title,
            title=w.title,
            type=w.type,
            year=w.year,
            venue=w.venue,
            doi=w.doi,
            url=w.url,
            design=w.design,
            sample_n=w.sample.n if w.sample else None,
            sample_unit=w.sample.unit if w.sample else None,
            unverified=list(w.unverified),
        )
    for c in dossier.claims:
        est = c.estimate
        g.add_node(
            c.id,
            kind=NodeKind.CLAIM.value,
            label=c.text,
            text=c.text,
            question=c.question,
            position=c.position,
            estimate=None if est is None else _estimate_dict(est),
        )

    def edge(u: str, v: str, kind: EdgeKind, **attrs: Any) -> None:
        g.add_edge(u, v, kind=kind.value, **attrs)

    for w in dossier.works:
        for a in w.authors:
            edge(a, w.id, EdgeKind.AUTHORED, work=w.id)
        for cited in w.cites:
            edge(w.id, cited, EdgeKind.CITES, work=w.id)
        for cid in w.supports:
            edge(w.id, cid, EdgeKind.SUPPORTS, work=w.id)
        for cid in w.contradicts:
            edge(w.id, cid, EdgeKind.CONTRADICTS, work=w.id)
    for c in dossier.claims:
        if c.question:
            edge(c.id, c.question, EdgeKind.ADDRESSES, position=c.position)
        for i, app in enumerate(c.appearances):
            edge(c.id, app.in_, EdgeKind.APPEARS_IN, work=app.in_, quote=app.quote, by=app.by,
                 appearance=i)
            if app.by:
                edge(app.by, c.id, EdgeKind.STATES, work=app.in_, quote=app.quote, appearance=i)
        for wid in c.based_on:
            edge(c.id, wid, EdgeKind.BASED_ON, work=wid)
        for other in c.supports:
            edge(c.id, other, EdgeKind.SUPPORTS, work=_first_work(c))
        for other in c.contradicts:
            edge(c.id, other, EdgeKind.CONTRADICTS, work=_first_work(c))
    return g


def _first_work(claim: Any) -> str | None:
    """The work a claim-to-claim relation is asserted in: where it appears, else its basis."""
    if claim.appearances:
        return str(claim.appearances[0].in_)
    if claim.based_on:
        return str(claim.based_on[0])
    return None


def _estimate_dict(est: Any) -> dict[str, Any]:
    return {
        k: getattr(est, k)
        for k in ("value", "unit", "low", "high", "population", "quantity", "text")
        if getattr(est, k) is not None
    }


def nodes_of_kind(g: nx.MultiDiGraph, kind: NodeKind | str) -> list[str]:
    """Node ids of one kind, in insertion (dossier) order."""
    k = kind.value if isinstance(kind, NodeKind) else kind
    return [n for n, d in g.nodes(data=True) if d.get("kind") == k]
