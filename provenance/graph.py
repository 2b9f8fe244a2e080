"""A dossier as a networkx MultiDiGraph.

Nodes are keyed by their dossier id (unique across kinds) and carry ``kind``
plus the record's scalar fields. Every edge carries ``kind`` and, where it
comes from an appearance, its provenance: the ``work`` it was stated in and
the ``quote``. A MultiDiGraph because the same person may state the same claim
in two works, and each statement is its own piece of evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .model import Dossier, EdgeKind, NodeKind

if TYPE_CHECKING:
    import networkx as nx


def build_graph(dossier: Dossier) -> nx.MultiDiGraph:
    """Build the claim and citation graph of ``dossier`` (pure: reads, never writes)."""
    import networkx as nx

    g = nx.MultiDiGraph(**graph_attrs(dossier))
    # Filled the way add_nodes_from/add_edge fill it (same dicts, same keys 0, 1, ...
    # per node pair, nodes named only by an edge added with no attributes), without
    # their per-call checks: at 100,000 claims add_edge was 10 s of a 17 s build.
    # tests/test_graph.py compares the result with add_edge's, edge by edge.
    node, succ, pred = g._node, g._succ, g._pred
    for n, attrs in graph_nodes(dossier):
        if n in node:
            node[n].update(attrs)
        else:
            node[n] = attrs
            succ[n] = {}
            pred[n] = {}
    for u, v, attrs in graph_edges(dossier):
        if u not in node:
            node[u] = {}
            succ[u] = {}
            pred[u] = {}
        if v not in node:
            node[v] = {}
            succ[v] = {}
            pred[v] = {}
        keys = succ[u].get(v)
        if keys is None:
            succ[u][v] = pred[v][u] = {0: attrs}
        else:
            k = len(keys)
            while k in keys:
                k += 1
            keys[k] = attrs
    return g


def graph_attrs(dossier: Dossier) -> dict[str, Any]:
    """The graph's own attributes."""
    return {"title": dossier.title, "slug": dossier.slug}


def graph_nodes(dossier: Dossier) -> Iterator[tuple[str, dict[str, Any]]]:
    """(id, attributes) of every node of :func:`build_graph`, in its order.

    The graph's one definition: :func:`build_graph` and the exporters that
    write a graph format straight from the records (skipping networkx,
    which is most of their time at 100,000 works) both read it.
    """
    for q in dossier.questions:
        yield q.id, {"kind": NodeKind.QUESTION.value, "label": q.text, "text": q.text}
    person = NodeKind.PERSON.value
    for p in dossier.people:
        yield p.id, {"kind": person, "label": p.name, "name": p.name,
                     "aliases": list(p.aliases), "affiliation": p.affiliation, "role": p.role}
    work = NodeKind.WORK.value
    for w in dossier.works:
        yield w.id, {"kind": work, "label": w.title, "title": w.title, "type": w.type,
                     "year": w.year, "venue": w.venue, "doi": w.doi, "url": w.url,
                     "design": w.design, "sample_n": w.sample.n if w.sample else None,
                     "sample_unit": w.sample.unit if w.sample else None,
                     "unverified": list(w.unverified)}
    claim = NodeKind.CLAIM.value
    for c in dossier.claims:
        est = c.estimate
        attrs = {"kind": claim, "label": c.text, "text": c.text, "question": c.question,
                 "position": c.position, "estimate": None if est is None else est.given()}
        if c.superseded_by is not None:
            attrs["superseded_by"] = c.superseded_by  # (only where given: the other claims'
            # nodes, and every export of them, are as they were)
        yield c.id, attrs


def graph_edges(dossier: Dossier) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(source, target, attributes) of every edge of :func:`build_graph`, in insertion order.

    Every edge says where it comes from: the ``work`` it is stated in and,
    for a statement, the ``quote`` and which ``appearance`` of the claim.

    :meth:`provenance.chains.Index.of_dossier` reads the same records into the
    chain index without these dicts or a graph (``contested`` at scale), and
    tests/test_index_records.py holds it to ``Index(build_graph(d))``: an edge
    changed here must change there, or those tests fail.
    """
    authored, cites = EdgeKind.AUTHORED.value, EdgeKind.CITES.value
    supports, contradicts = EdgeKind.SUPPORTS.value, EdgeKind.CONTRADICTS.value
    for w in dossier.works:
        wid = w.id
        for a in w.authors:
            yield a, wid, {"kind": authored, "work": wid}
        for cited in w.cites:
            yield wid, cited, {"kind": cites, "work": wid}
        for cid in w.supports:
            yield wid, cid, {"kind": supports, "work": wid}
        for cid in w.contradicts:
            yield wid, cid, {"kind": contradicts, "work": wid}
    addresses, appears_in = EdgeKind.ADDRESSES.value, EdgeKind.APPEARS_IN.value
    states, based_on = EdgeKind.STATES.value, EdgeKind.BASED_ON.value
    for c in dossier.claims:
        if c.question:
            yield c.id, c.question, {"kind": addresses, "position": c.position}
        for i, app in enumerate(c.appearances):
            yield c.id, app.in_, {"kind": appears_in, "work": app.in_, "quote": app.quote,
                                  "by": app.by, "appearance": i}
            if app.by:
                yield app.by, c.id, {"kind": states, "work": app.in_, "quote": app.quote,
                                     "appearance": i}
        for wid in c.based_on:
            yield c.id, wid, {"kind": based_on, "work": wid}
        for other in c.supports:
            yield c.id, other, {"kind": supports, "work": relation_work(c)}
        for other in c.contradicts:
            yield c.id, other, {"kind": contradicts, "work": relation_work(c)}


def edges_in_order(dossier: Dossier) -> tuple[list[str], list[tuple[str, str, dict[str, Any]]]]:
    """The nodes of :func:`build_graph` and its edges as ``g.edges(data=True)`` gives them
    (by source in the nodes' order, then by target in the order first linked, then in
    the order added), without the graph.

    What a page draws of the graph (`render`): building the networkx graph only to read
    its edges back cost 0.2 s and 65 MB at 20,000 claims. A node named only by an edge
    (a reference to a record the dossier lacks, as in a focus view's cut) comes where
    the graph adds it: after the records, when first named. tests/test_graph.py holds it
    to the graph's own order.
    """
    order: dict[str, None] = dict.fromkeys(node_ids(dossier))
    succ: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for u, v, attrs in graph_edges(dossier):
        if u not in order:
            order[u] = None
        if v not in order:
            order[v] = None
        out = succ.get(u)
        if out is None:
            succ[u] = {v: [attrs]}
        else:
            same = out.get(v)
            if same is None:
                out[v] = [attrs]
            else:
                same.append(attrs)
    edges = [(u, v, d) for u in order if u in succ for v, ds in succ[u].items() for d in ds]
    return list(order), edges


def node_ids(dossier: Dossier) -> Iterator[str]:
    """The ids :func:`graph_nodes` yields, in its order, without their attributes."""
    for records in (dossier.questions, dossier.people, dossier.works, dossier.claims):
        for r in records:
            yield r.id


def keyed_edges(edges: Iterable[tuple[str, str, dict[str, Any]]],
                ) -> Iterator[tuple[str, str, int, dict[str, Any]]]:
    """``edges`` with the key networkx's MultiDiGraph gives each: 0, 1, ... per (source, target)."""
    counts: dict[tuple[str, str], int] = {}
    seen = counts.get
    for u, v, d in edges:
        pair = (u, v)
        k = seen(pair, 0)
        counts[pair] = k + 1
        yield u, v, k, d


def relation_work(claim: Any) -> str | None:
    """The work a claim-to-claim relation is asserted in: where it appears, else its basis."""
    if claim.appearances:
        return str(claim.appearances[0].in_)
    if claim.based_on:
        return str(claim.based_on[0])
    return None


def nodes_of_kind(g: nx.MultiDiGraph, kind: NodeKind | str) -> list[str]:
    """Node ids of one kind, in insertion (dossier) order."""
    k = kind.value if isinstance(kind, NodeKind) else kind
    return [n for n, d in g.nodes(data=True) if d.get("kind") == k]
