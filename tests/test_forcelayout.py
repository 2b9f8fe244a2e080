"""The big-graph layout engine works with the default install (no igraph) and draws readably."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest

from provenance.render import forcelayout, layout

ROOT = Path(__file__).resolve().parent.parent


def _two_clusters(size: int = 300) -> list[tuple[int, int]]:
    """Two dense clusters of ``size`` nodes, one edge between them."""
    pairs = []
    for base in (0, size):
        for i in range(size):
            for j in (1, 2, 7):
                pairs.append((base + i, base + (i + j) % size))
    pairs.append((0, size))
    return pairs


@pytest.mark.parametrize("n", [200, 600])  # all pairs (small graphs), and the grid
def test_linked_nodes_end_near_each_other_and_clusters_apart(n: int) -> None:
    pairs = _two_clusters(n // 2)
    pos = forcelayout.layout(n, pairs, seed=3)
    assert len(pos) == n and all(math.isfinite(x) and math.isfinite(y) for x, y in pos)
    linked = sum(math.dist(pos[a], pos[b]) for a, b in pairs) / len(pairs)
    centre = [
        (sum(x for x, _ in part) / len(part), sum(y for _, y in part) / len(part))
        for part in (pos[: n // 2], pos[n // 2:])
    ]
    assert math.dist(*centre) > 3 * linked  # the two clusters are drawn apart
    # no two nodes on one point: the neighbour grid pushed stacked nodes apart
    assert len({(round(x, 3), round(y, 3)) for x, y in pos}) == n


def test_same_seed_same_picture() -> None:
    pairs = _two_clusters(100)
    assert forcelayout.layout(200, pairs, seed=1) == forcelayout.layout(200, pairs, seed=1)


def test_components_biggest_first_and_communities_split_two_cliques() -> None:
    comps = forcelayout.components(7, [(0, 1), (1, 2), (3, 4), (5, 5)])
    assert comps == [[0, 1, 2], [3, 4], [5], [6]]
    pairs = [(a, b) for a in range(6) for b in range(a + 1, 6)]
    pairs += [(a, b) for a in range(6, 12) for b in range(a + 1, 12)] + [(0, 6)]
    member = forcelayout.communities(12, pairs)
    assert len(set(member[:6])) == 1 and len(set(member[6:])) == 1
    assert member[0] != member[6]


def test_big_page_is_laid_out_without_igraph(tmp_path: Path) -> None:
    """The README's install has no igraph: a big graph still gets positions, and no warning."""
    script = f"""
import sys, warnings
sys.modules["igraph"] = None  # as if not installed: importing it raises ImportError
sys.path.insert(0, {str(ROOT)!r})
warnings.simplefilter("error")
from provenance.generate import generate_records
from provenance.graph import build_graph
from provenance.pipeline import page_inputs
from provenance.render import page, scale
d = generate_records(claims=400, seed=2)
g = build_graph(d)
data = scale.prepare(page.page_data(d, page_inputs(d, g)), g,
                     overview=False)
assert data["physics"] is False, data.get("layout")
assert all("x" in n and "y" in n for n in data["nodes"])
assert "igraph" not in sys.modules or sys.modules["igraph"] is None
print(len(data["nodes"]), data["layout"]["engine"])
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=tmp_path, timeout=300)
    assert out.returncode == 0, out.stderr
    n, engine = out.stdout.split()
    assert int(n) > layout.LAYOUT_THRESHOLD and engine == "pivotmds-fruchterman-reingold"


def test_hop_counts_and_components_match_networkx() -> None:
    """The layout's own breadth-first search and union-find (numpy only) agree with networkx,
    unreachable nodes and isolated ones included."""
    import random

    import networkx as nx
    import numpy as np

    rng = random.Random(5)
    for n in (2, 7, 60, 300):
        pairs = [(a, b) for a, b in ((rng.randrange(n), rng.randrange(n)) for _ in range(n))
                 if a != b]
        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_edges_from(pairs)
        want = sorted((sorted(c) for c in nx.connected_components(g)),
                      key=lambda c: (-len(c), c[0]))
        assert forcelayout.components(n, pairs) == want
        if not pairs:
            continue
        indptr, indices = forcelayout._adjacency(np, n, np.asarray(pairs))
        for source in range(0, n, max(1, n // 7)):
            hops = nx.single_source_shortest_path_length(g, source)
            got = forcelayout._bfs(np, indptr, indices, source)
            assert [hops.get(v, float("inf")) for v in range(n)] == got.tolist()
