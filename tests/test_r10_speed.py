"""Round 10's faster paths give what the paths they stand in for give.

- :func:`provenance.render.forcelayout.communities` answers a graph whose links are
  only pairs without networkx: the answer networkx's Louvain gives;
- :func:`provenance.render.scale._table` makes its rows a column at a time when every
  value is plain: the rows, string counts and places the row-by-row walk makes;
- :func:`provenance.render.scale._styles_of` numbers the styles of many items at once:
  the numbers and the table of asking for each item's in turn;
- :data:`provenance.numbers.FIGURE_RE` compiles when first used and matches as before.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
from typing import Any

import pytest

from provenance.render import forcelayout, scale


def _louvain(n: int, pairs: list[tuple[int, int]]) -> list[int]:
    nx = pytest.importorskip("networkx")
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(pairs)
    out = [0] * n
    parts = nx.community.louvain_communities(g, seed=0)
    parts.sort(key=lambda c: (-len(c), min(c)))
    for m, part in enumerate(parts):
        for v in part:
            out[v] = m
    return out


def test_communities_of_pairs_are_louvains() -> None:
    rng = random.Random(7)
    for _ in range(300):
        n = rng.randint(0, 30)
        nodes = list(range(n))
        rng.shuffle(nodes)
        k = rng.randint(0, n // 2)
        pairs = sorted((min(nodes[2 * i], nodes[2 * i + 1]), max(nodes[2 * i], nodes[2 * i + 1]))
                       for i in range(k))
        assert forcelayout.communities(n, pairs) == _louvain(n, pairs)


def test_communities_beyond_pairs_still_networkx() -> None:
    pairs = [(0, 1), (1, 2), (3, 4), (5, 6), (6, 7), (7, 5)]
    assert forcelayout.communities(9, pairs) == _louvain(9, pairs)


def _row_by_row(items: list[dict[str, Any]], nix: dict[Any, int], refs: tuple[str, ...],
                skip: frozenset[str], styles: list[int | None] | None
                ) -> tuple[dict[str, Any], dict[str, int], list[tuple[Any, Any, str]]]:
    """``_table`` with the column path turned off (its row-by-row walk)."""
    keep = scale._rows_by_column
    scale._rows_by_column = lambda *a: None  # type: ignore[assignment]
    try:
        counts: dict[str, int] = {}
        spots: list[tuple[Any, Any, str]] = []
        return scale._table(items, nix, refs, counts, spots, skip=skip, styles=styles), \
            counts, spots
    finally:
        scale._rows_by_column = keep  # type: ignore[assignment]


LONG = "a sentence long enough to be shipped once"


@pytest.mark.parametrize("items, styles", [
    # edges as the page makes them: ends named by id, a long quote on some
    ([{"id": "e0", "from": "p1", "to": "w1", "kind": "authored", "work": "w1", "quote": None},
      {"id": "e1", "from": "c1", "to": "w1", "kind": "appears_in", "work": "w1",
       "quote": LONG},
      {"id": "e2", "from": "p1", "to": "c1", "kind": "states", "work": "w1", "quote": LONG},
      {"id": "e3", "from": "c1", "to": "gone", "kind": "cites", "work": None, "quote": None}],
     [0, 1, 1, 0]),
    # keys in other orders, one item with a key of its own, text in two columns
    ([{"id": "n1", "label": LONG + " one", "x": 1.5},
      {"label": "short", "id": "n2", "y": -2, "note": LONG},
      {"id": "n3", "label": LONG + " one", "note": LONG, "flag": True}],
     [2, 0, 2]),
    # the first item unstyled: "_s" comes after the keys of the first styled one
    ([{"id": "a", "v": 1}, {"id": "b", "w": LONG}], [None, 3]),
    # nothing the column path takes: a list, text beside a number
    ([{"id": "a", "v": [1, LONG]}, {"id": "b", "v": 2}], [0, 0]),
    ([{"id": "a", "v": "x"}, {"id": "b", "v": 2}], None),
])
def test_table_by_columns_is_the_row_walk(items: list[dict[str, Any]],
                                          styles: list[int | None] | None) -> None:
    nix = {"p1": 0, "w1": 1, "c1": 2, "n1": 3}
    refs = ("from", "to", "work")
    skip = frozenset({"id"})
    want, want_counts, want_spots = _row_by_row([dict(i) for i in items], nix, refs, skip,
                                                styles)
    counts: dict[str, int] = {}
    spots: list[tuple[Any, Any, str]] = []
    got = scale._table([dict(i) for i in items], nix, refs, counts, spots, skip=skip,
                       styles=styles)
    assert got == want
    assert list(counts.items()) == list(want_counts.items())
    assert [(where, key, text) for where, key, text in spots] == \
        [(where, key, text) for where, key, text in want_spots]
    # each place noted is where the string stands in what was made
    for where, key, text in spots:
        assert where[key] == text


def test_styles_of_many_is_one_at_a_time() -> None:
    red = {"color": "red"}
    blue = {"color": "blue"}
    items: list[dict[str, Any]] = [{"shape": "dot", "color": blue}, {"shape": "box", "color": red},
             {"shape": "dot", "color": blue}, {"label": "none"},
             {"shape": "box", "color": red, "borderWidth": 2}]
    one, table_one = scale._styler(scale._NODE_STYLE_KEYS)
    many, table_many = scale._styler(scale._NODE_STYLE_KEYS)
    assert scale._styles_of(many, scale._NODE_STYLE_KEYS, items) == [one(i) for i in items]
    assert list(table_many.items()) == list(table_one.items())


def test_figure_pattern_compiled_when_first_used() -> None:
    code = ("import sys, provenance.analysis, provenance.numbers as n; "
            "print(type(n.FIGURE_RE).__name__); "
            "m = n.FIGURE_RE.match('between 2 and 3 million'); print(m is not None); "
            "print(type(n.FIGURE_RE.match).__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out[0] == "_Pattern"  # not compiled by importing numbers (or the analysis)
    assert out[1] == "True"
    from provenance import numbers

    compiled = re.compile(numbers.FIGURE_RE.pattern, re.X)
    for text in ("between 1.9 million and 3 million", "113 of 834", "1 in 45",
                 "180 per 100,000", "from 2001 to 2004"):
        a, b = numbers.FIGURE_RE.match(text), compiled.match(text)
        assert (a and a.group(0)) == (b and b.group(0))
