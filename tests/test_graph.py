"""Dossier → MultiDiGraph: node kinds, edge kinds and the provenance each edge carries."""

from __future__ import annotations

import copy

from provenance.dossier import load_dossier
from provenance.graph import build_graph, nodes_of_kind

from .conftest import BUNDLED, MINI


def edges_of(g, kind):
    return [(u, v, d) for u, v, d in g.edges(data=True) if d["kind"] == kind]


def test_node_kinds() -> None:
    g = build_graph(load_dossier(MINI))
    assert nodes_of_kind(g, "person") == ["aota", "tubbs"]
    assert nodes_of_kind(g, "work") == ["interview", "kuniya-2014"]
    assert nodes_of_kind(g, "question") == ["blocks-help"]
    assert set(nodes_of_kind(g, "claim")) == {"blocks-work", "blocks-doubt", "no-variation"}


def test_states_edges_carry_the_quote_and_the_work() -> None:
    g = build_graph(load_dossier(MINI))
    states = {(u, v): d for u, v, d in edges_of(g, "states")}
    d = states[("tubbs", "no-variation")]
    assert d["work"] == "interview"
    assert d["quote"] == "We found no anatomical variation between sex, age or side"
    appears = {(u, v): d for u, v, d in edges_of(g, "appears_in")}
    assert appears[("no-variation", "interview")]["by"] == "tubbs"


def test_relations_become_edges_of_their_kind() -> None:
    g = build_graph(load_dossier(MINI))
    assert [(u, v) for u, v, _ in edges_of(g, "contradicts")] == [("blocks-doubt", "blocks-work")]
    assert [(u, v) for u, v, _ in edges_of(g, "based_on")] == [("blocks-work", "kuniya-2014")]
    assert [(u, v) for u, v, _ in edges_of(g, "authored")] == [("aota", "interview")]
    assert {(u, v) for u, v, _ in edges_of(g, "addresses")} == {
        ("blocks-work", "blocks-help"), ("blocks-doubt", "blocks-help")}


def test_same_person_same_claim_twice_gives_two_edges(make_dossier) -> None:
    root = make_dossier("""
        title: T
        people: [{id: p, name: P}]
        works:
          - {id: w, type: article, title: W, source_text: sources/w.txt}
        claims:
          - id: c
            text: C.
            appearances:
              - {in: w, by: p, quote: "one"}
              - {in: w, by: p, quote: "two"}
        """, {"sources/w.txt": "one two"})
    g = build_graph(load_dossier(root))
    assert sorted(d["quote"] for _, _, d in edges_of(g, "states")) == ["one", "two"]


def test_build_does_not_change_the_dossier() -> None:
    d = load_dossier(BUNDLED)
    before = copy.deepcopy(d)
    build_graph(d)
    assert d == before


def test_bundled_graph_has_every_kind() -> None:
    g = build_graph(load_dossier(BUNDLED))
    kinds = {d["kind"] for _, _, d in g.edges(data=True)}
    assert {"states", "appears_in", "based_on", "contradicts", "addresses", "authored",
            "cites"} <= kinds


def test_the_edges_in_the_graphs_order_without_the_graph() -> None:
    """`render` reads the edges in the graph's order from the records (no graph built):
    the same nodes and edges, in the same order, with the same attributes; also where a
    record names one the dossier lacks (a focus view's cut: the graph adds a bare node)
    and where one person states one claim twice."""
    import dataclasses

    from provenance.generate import generate_records
    from provenance.graph import edges_in_order, graph_nodes, node_ids

    d = generate_records(claims=300, seed=4)
    cut = dataclasses.replace(d, works=d.works[::2], people=d.people[1::2])
    twice = load_dossier(BUNDLED)
    for dossier in (d, cut, twice):
        g = build_graph(dossier)
        nodes, edges = edges_in_order(dossier)
        assert nodes == list(g.nodes)
        assert edges == list(g.edges(data=True))
        assert list(node_ids(dossier)) == [n for n, _ in graph_nodes(dossier)]
    assert len(list(edges_in_order(cut)[0])) > len(list(node_ids(cut)))  # (bare nodes)
