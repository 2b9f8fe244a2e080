"""build_graph fills networkx's graph directly; it must be the graph add_edge would build."""

from __future__ import annotations

import networkx as nx

from provenance.dossier import load_dossier
from provenance.generate import generate_records
from provenance.graph import build_graph, graph_attrs, graph_edges, graph_nodes


def _slow(d) -> nx.MultiDiGraph:  # type: ignore[no-untyped-def]
    g = nx.MultiDiGraph(**graph_attrs(d))
    g.add_nodes_from(graph_nodes(d))
    for u, v, attrs in graph_edges(d):
        g.add_edge(u, v, **attrs)
    return g


def test_same_graph_as_add_edge_builds() -> None:
    for d in (load_dossier(None), generate_records(claims=400, seed=5)):
        fast, slow = build_graph(d), _slow(d)
        assert list(fast.nodes(data=True)) == list(slow.nodes(data=True))
        assert list(fast.edges(keys=True, data=True)) == list(slow.edges(keys=True, data=True))
        assert list(fast.in_edges(keys=True, data=True)) == list(
            slow.in_edges(keys=True, data=True))
        assert fast.graph == slow.graph
        # the graph still works as a graph: editing a copy leaves the original alone
        h = fast.copy()
        u, v, k = next(iter(h.edges(keys=True)))
        h.remove_edge(u, v, k)
        assert fast.number_of_edges() == h.number_of_edges() + 1
        assert nx.is_isomorphic(fast, slow)
