"""Which library lays out a 10,000-node dossier graph fast enough for a command a person waits on.

Prints one table: each candidate layout on the same generated dossier graphs
(2,000 and 10,000 nodes), wall time, or "> cap" when it is stopped. Slow
candidates run in a child process so they can be stopped at the cap.

The first row is what the README's install uses (``provenance.render.forcelayout``:
numpy and SciPy, no igraph). The other rows are the candidates measured for it;
each needs a library the install does not bring (igraph is GPL; networkit,
scikit-network and rustworkx were measured in a scratch environment), and is
shown as "not installed" where it is missing.

Run: ``python benchmarks/bench_layout.py [--cap 120]``
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _graph(nodes: int) -> Any:
    from provenance.generate import generate_records
    from provenance.graph import build_graph

    return build_graph(generate_records(claims=max(1, round(nodes / 1.72)), seed=1))


def _run(name: str, nodes: int, q: Any) -> None:
    import networkx as nx

    g = nx.Graph(_graph(nodes).to_undirected())
    t = time.perf_counter()
    if name.startswith("provenance"):
        from provenance.render.layout import layout_edges

        layout_edges(list(g.nodes), list(g.edges()))
    elif name.startswith(("networkit", "scikit-network", "rustworkx")):
        idx = {n: i for i, n in enumerate(g.nodes)}
        pairs = [(idx[u], idx[v]) for u, v in g.edges() if u != v]
        t = time.perf_counter()
        _other(name, len(idx), pairs)
    elif name.startswith("igraph"):
        import igraph as ig

        idx = {n: i for i, n in enumerate(g.nodes)}
        h = ig.Graph(n=len(idx), edges=[(idx[u], idx[v]) for u, v in g.edges()])
        t = time.perf_counter()
        if "DrL" in name:
            h.layout_drl()
        elif "Kamada" in name:
            h.layout_kamada_kawai()
        else:
            h.layout_fruchterman_reingold(grid=True)
    elif name == "networkx spring_layout":
        nx.spring_layout(g, seed=1)
    elif name == "networkx forceatlas2_layout (5 it.)":
        nx.forceatlas2_layout(g, max_iter=5, seed=1)
    elif name == "networkx spectral_layout":
        nx.spectral_layout(g)
    q.put(time.perf_counter() - t)


def _other(name: str, n: int, pairs: list[tuple[int, int]]) -> None:
    if name.startswith("networkit"):
        import networkit as nk

        h = nk.Graph(n)
        for a, b in pairs:
            h.addEdge(a, b)
        if "PivotMDS" in name:
            nk.viz.PivotMDS(h, 2, 30).run()
        else:  # MaxentStress needs a connected graph: the largest component
            cc = nk.components.ConnectedComponents(h)
            cc.run()
            big = max(cc.getComponents(), key=len)
            sub = nk.graphtools.subgraphFromNodes(h, big, compact=True)
            nk.viz.MaxentStress(sub, 2, 1, fastComputation=True).run()
    elif name.startswith("scikit-network"):
        import numpy as np
        import scipy.sparse as sp
        from sknetwork.embedding import ForceAtlas

        arr = np.array(pairs)
        m = sp.coo_matrix((np.ones(len(arr)), (arr[:, 0], arr[:, 1])), shape=(n, n)).tocsr()
        ForceAtlas(n_iter=10).fit_transform(m + m.T)
    else:
        import rustworkx as rx

        h = rx.PyGraph()
        h.add_nodes_from(range(n))
        h.add_edges_from_no_data(pairs)
        rx.spring_layout(h, num_iter=50, seed=1)


CANDIDATES = [
    "provenance (forcelayout: PivotMDS + grid FR, numpy)",
    "networkit PivotMDS (initial placement only)",
    "networkit MaxentStress",
    "scikit-network ForceAtlas (10 it.)",
    "rustworkx spring_layout (50 it.)",
    "igraph fruchterman_reingold (grid)",
    "igraph DrL",
    "networkx spring_layout",
    "networkx forceatlas2_layout (5 it.)",
    "networkx spectral_layout",
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="2000,10000")
    ap.add_argument("--cap", type=float, default=120.0, help="seconds before a run is stopped")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    print("| layout | " + " | ".join(f"{n:,} nodes" for n in sizes) + " |")
    print("|---|" + "---:|" * len(sizes))
    for name in CANDIDATES:
        cells = []
        for n in sizes:
            q: Any = mp.Queue()
            p = mp.Process(target=_run, args=(name, n, q))
            p.start()
            p.join(args.cap + 30)  # building the graph takes a few seconds too
            if p.is_alive():
                p.kill()
                p.join()
                cells.append(f"> {args.cap:.0f} s")
            elif q.empty():
                cells.append("not installed" if p.exitcode else "failed")
            else:
                v = q.get()
                cells.append(f"{v:.1f} s" if v <= args.cap else f"> {args.cap:.0f} s")
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
