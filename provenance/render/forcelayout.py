"""The big-graph layout engine: positions for thousands of nodes in about a second.

The page cannot place 10,000 nodes itself fast enough (vis-network's physics
took 8 to 24 s before its first draw), and the layout libraries measured for
the default install were too slow or only half a layout (docs/scale.md:
rustworkx's spring layout 34 s at 10,000 nodes, scikit-network's ForceAtlas
187 s for 10 iterations, networkit's MaxentStress 53 s; networkit's PivotMDS
0.14 s, but it puts every leaf of a hub on one point). igraph is fast but
GPL-licensed, so it cannot be in the default install.

So the engine is the two steps those libraries combine, on numpy alone
(BSD-licensed, compiled, with wheels everywhere; SciPy was used until its
import alone, 0.2-0.3 s, cost more than the breadth-first searches it ran):

1. **PivotMDS** (Brandes & Pich 2006): breadth-first distances from a few
   dozen pivot nodes (vectorised, one level per step), then classical scaling of that
   n x k matrix. It gets the global shape right at once, in milliseconds.
2. **Fruchterman-Reingold refinement**: edges pull, and every node pushes
   every other through a density grid convolved with the push field by FFT,
   with exact pushes between near nodes in the last steps and a cooling step
   length. It spreads what PivotMDS stacked (the leaves of a hub) and tidies
   neighbourhoods.

Each step is vectorised (a few FFTs and ``bincount`` calls per iteration),
so 10,000 nodes and 30,000 edges take about half a second. Deterministic for
a given seed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

# Raised here, defined with every other exception in provenance.errors.
from ..errors import LayoutUnavailable as LayoutUnavailable

#: Ideal distance between linked nodes, in the engine's own units (rescaled later).
EDGE_LENGTH = 1.0
#: Pivots for the initial placement; more is steadier and slower (50 is plenty).
PIVOTS = 40
#: Refinement steps. 80 until PivotMDS placed nodes well enough for 50 to give the same
#: picture (10,000 nodes: edge lengths and the distance correlation unchanged, 32 % of
#: nodes within a quarter edge of a neighbour against 29 %; screenshots alike), 0.1 s less.
ITERATIONS = 50


#: Threads numpy's BLAS (OpenBLAS) starts, unless the user's environment says otherwise.
#: Its products here are of n x 40 matrices, too small to share out: with a thread per
#: core, the layout of 10,000 nodes took 0.63-0.87 s of CPU instead of 0.43-0.50 s (the
#: same positions), the threads waiting on each other and on `render`'s second process,
#: which is checking the quotes on the other core meanwhile.
BLAS_THREADS = "1"


def _libs() -> Any:  # numpy, imported when a big graph is laid out
    import os
    import sys

    # OpenBLAS reads its thread count once, when numpy loads it: set for that moment only
    # (a program that loaded numpy before keeps its own setting; none is left behind)
    keep = os.environ.get("OPENBLAS_NUM_THREADS")
    if keep is None and "numpy" not in sys.modules:
        os.environ["OPENBLAS_NUM_THREADS"] = BLAS_THREADS
    try:
        import numpy
    except ImportError as e:  # pragma: no cover - a dependency of the package
        raise LayoutUnavailable(
            f"laying out a big graph needs numpy ({e}): pip install numpy") from e
    finally:
        if keep is None:
            os.environ.pop("OPENBLAS_NUM_THREADS", None)
    return numpy


def components(n: int, pairs: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Connected components of the graph on ``range(n)``, biggest first (ties: lowest node).

    Union-find in plain Python: a few tens of milliseconds for 30,000 edges,
    where importing SciPy for its C version cost 0.2-0.3 s of every render.
    """
    parent = list(range(n))

    def root(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            if ra < rb:
                parent[rb] = ra
            else:
                parent[ra] = rb
    groups: dict[int, list[int]] = {}
    for v in range(n):
        groups.setdefault(root(v), []).append(v)
    comps = list(groups.values())
    comps.sort(key=lambda c: (-len(c), c[0]))
    return comps


def _adjacency(np, n: int, e):  # type: ignore[no-untyped-def]
    """Both directions of every edge as CSR arrays (``indptr``, ``indices``)."""
    src = np.concatenate((e[:, 0], e[:, 1]))
    dst = np.concatenate((e[:, 1], e[:, 0]))
    order = np.argsort(src, kind="stable")
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(src, minlength=n), out=indptr[1:])
    return indptr, dst[order]


def _bfs(np, indptr, indices, source: int):  # type: ignore[no-untyped-def]
    """Hop counts from ``source`` to every node (inf where unreachable), one level per step."""
    n = len(indptr) - 1
    dist = np.full(n, np.inf)
    dist[source] = 0.0
    frontier = np.array([source], dtype=np.int64)
    level = 0.0
    while len(frontier):
        level += 1.0
        starts = indptr[frontier]
        counts = indptr[frontier + 1] - starts
        total = int(counts.sum())
        if not total:
            break
        # the positions of every frontier node's neighbours in ``indices``, in one array
        offsets = np.repeat(starts - np.cumsum(counts) + counts, counts)
        nb = indices[offsets + np.arange(total)]
        nb = np.unique(nb[np.isinf(dist[nb])])
        dist[nb] = level
        frontier = nb
    return dist


def layout(n: int, pairs: Sequence[tuple[int, int]], weights: Sequence[float] | None = None,
           *, seed: int = 0, iterations: int | None = None) -> list[tuple[float, float]]:
    """Positions for the connected graph on ``range(n)`` with edges ``pairs`` (no self-loops).

    ``weights`` (optional, one per pair) make heavier edges pull harder.
    Units are arbitrary (linked nodes end about :data:`EDGE_LENGTH` apart);
    callers rescale.
    """
    np = _libs()
    if n == 0:
        return []
    if n == 1:
        return [(0.0, 0.0)]
    rng = np.random.default_rng(seed)
    e = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    w = (np.ones(len(e)) if weights is None else np.asarray(weights, dtype=float))
    if len(w):
        w = w / w.mean()
    if n <= SMALL:
        pos = _small(np, n, e, w, rng, iterations or 50)
    else:
        pos = _pivot_mds(np, n, e, rng)
        if iterations is None:
            iterations = ITERATIONS
        pos = _refine(np, pos, e, w, rng, iterations)
    return [(float(x), float(y)) for x, y in pos]


#: Up to this many nodes every pair pushes exactly (an n x n array per step): quicker
#: than the grid and PivotMDS set up, which the overview pays for each of hundreds of groups.
SMALL = 300


def _small(np, n: int, e, w, rng, iterations: int):  # type: ignore[no-untyped-def]
    """Plain Fruchterman-Reingold, all pairs, from a random start (small graphs)."""
    k2 = EDGE_LENGTH * EDGE_LENGTH
    x, y = rng.uniform(-1, 1, size=(2, n)) * math.sqrt(n) * EDGE_LENGTH * 0.5
    src, dst = e[:, 0], e[:, 1]
    wk = w / EDGE_LENGTH
    t0 = max(math.sqrt(n) * EDGE_LENGTH * 0.3, 2 * EDGE_LENGTH)
    diag = np.arange(n)
    for it in range(iterations):
        temp = t0 * (1.0 - it / iterations) ** 2 + 0.02 * EDGE_LENGTH
        dx = x[:, None] - x
        dy = y[:, None] - y
        f = dx * dx + dy * dy
        f[diag, diag] = np.inf
        np.maximum(f, 1e-6, out=f)
        np.divide(k2, f, out=f)
        fx = (f * dx).sum(axis=1)
        fy = (f * dy).sum(axis=1)
        if len(e):
            lx = x[src] - x[dst]
            ly = y[src] - y[dst]
            pull = np.sqrt(lx * lx + ly * ly) * wk
            fx -= np.bincount(src, pull * lx, n) - np.bincount(dst, pull * lx, n)
            fy -= np.bincount(src, pull * ly, n) - np.bincount(dst, pull * ly, n)
        length = np.sqrt(fx * fx + fy * fy)
        step = np.minimum(length, temp) / np.maximum(length, 1e-12)
        x = x + fx * step
        y = y + fy * step
    return np.column_stack((x, y))


def _pivot_mds(np, n: int, e, rng):  # type: ignore[no-untyped-def]
    """PivotMDS: classical scaling of the graph distances to a few far-apart pivots."""
    if len(e) == 0:
        return rng.uniform(-1, 1, size=(n, 2)) * math.sqrt(n)
    indptr, indices = _adjacency(np, n, e)
    k = min(PIVOTS, n)
    # a dozen pivots each as far as can be from those before (max-min), the rest at random
    far = min(12, k)
    pivots = [int(rng.integers(n))]
    rows = []
    nearest = np.full(n, np.inf)
    for i in range(far):
        d = _bfs(np, indptr, indices, pivots[i])
        rows.append(d)
        nearest = np.minimum(nearest, np.where(np.isfinite(d), d, -1.0))
        if i + 1 < far:
            pivots.append(int(np.argmax(nearest)))
    rest = np.setdiff1d(rng.choice(n, size=min(n, 2 * k), replace=False), pivots)[: k - far]
    rows.extend(_bfs(np, indptr, indices, int(r)) for r in rest)
    dist = np.vstack(rows)
    finite = np.isfinite(dist)
    if not finite.all():  # not connected (callers lay out components one by one)
        dist[~finite] = dist[finite].max() + 1 if finite.any() else 1.0
    c = (dist**2).T  # n x k
    c = c - c.mean(axis=0, keepdims=True)
    c = c - c.mean(axis=1, keepdims=True)
    c = -0.5 * c
    # the top two eigenvectors of c^T c give the two axes
    vals, vecs = np.linalg.eigh(c.T @ c)
    pos = c @ vecs[:, -2:][:, ::-1]
    spread = pos.std(axis=0)
    spread[spread == 0] = 1.0
    pos = pos / spread
    rng_scale = 0.01
    # jitter so nodes PivotMDS put on one point (leaves of one hub) can push apart
    pos += rng.normal(scale=rng_scale, size=pos.shape)
    # spread over about the area the final drawing takes (one EDGE_LENGTH square per
    # node), so the refinement starts with few near pairs and only tidies locally
    return pos * (EDGE_LENGTH * math.sqrt(n) * 0.4)


def _refine(np, pos, e, w, rng, iterations: int):  # type: ignore[no-untyped-def]
    """Fruchterman-Reingold: edges pull (d^2/k), every node pushes every other (k^2/d).

    The push of all nodes on all others is computed on a grid, as a convolution
    of the node density with the k^2/d force field (FFT, O(G^2 log G) per step
    instead of O(n^2)); nodes share a grid cell's push, and a last few steps
    with exact pushes between near nodes (k-d tree) keep neighbours from overlapping.
    """
    fft = np.fft

    n = len(pos)
    k = EDGE_LENGTH
    src, dst = e[:, 0], e[:, 1]
    extent = float(np.ptp(pos, axis=0).max()) or 1.0
    t0 = max(extent / 10.0, 3 * k)
    # about two cells per node across, at most 128: finer costs time and changes little
    grid = int(min(128, max(16, 2 * math.sqrt(n))))
    kernel = _kernel(np, fft, grid)
    for it in range(iterations):
        temp = t0 * (1.0 - it / iterations) ** 2 + 0.02 * k
        disp = _grid_repulsion(np, fft, pos, k, grid, kernel)
        if len(e):
            delta = pos[src] - pos[dst]
            d = np.sqrt(np.einsum("ij,ij->i", delta, delta))
            f = (d * w / k)[:, None] * delta
            disp[:, 0] -= np.bincount(src, f[:, 0], n) - np.bincount(dst, f[:, 0], n)
            disp[:, 1] -= np.bincount(src, f[:, 1], n) - np.bincount(dst, f[:, 1], n)
        if it >= iterations - 10:
            disp += _near_repulsion(np, rng, pos, k, 0.5 * (it % 2))
        length = np.sqrt(np.einsum("ij,ij->i", disp, disp))
        scale = np.minimum(length, temp) / np.maximum(length, 1e-12)
        pos = pos + disp * scale[:, None]
    return pos


def _kernel(np, fft, grid: int):  # type: ignore[no-untyped-def]
    """The FFT of the force field of one node at the origin, r / |r|^2 in grid units.

    Softened at the centre; the grid is twice the drawing's size so the
    convolution does not wrap around.
    """
    size = 2 * grid
    r = np.fft.fftfreq(size, 1.0 / size)
    rx, ry = np.meshgrid(r, r, indexing="ij")
    r2 = rx * rx + ry * ry + 0.25
    return fft.rfft2(rx / r2), fft.rfft2(ry / r2)


def _grid_repulsion(np, fft, pos, k: float, grid: int, kernel):  # type: ignore[no-untyped-def]
    """The k^2/d push of all nodes on each node, through a density grid and an FFT."""
    n = len(pos)
    lo = pos.min(axis=0)
    span = float((pos.max(axis=0) - lo).max()) or 1.0
    cell = span / (grid - 2)
    g = (pos - lo) / cell  # grid coordinates, 0 .. grid-2
    i0 = np.floor(g).astype(np.int64)
    fr = g - i0
    # cloud-in-cell: each node spread over the 4 cells around it
    wts = ((1 - fr[:, 0]) * (1 - fr[:, 1]), fr[:, 0] * (1 - fr[:, 1]),
           (1 - fr[:, 0]) * fr[:, 1], fr[:, 0] * fr[:, 1])
    offs = ((0, 0), (1, 0), (0, 1), (1, 1))
    size = 2 * grid
    flat = [(i0[:, 0] + dx) * size + (i0[:, 1] + dy) for dx, dy in offs]
    dens = np.zeros(size * size)
    for f, wt in zip(flat, wts, strict=True):
        dens += np.bincount(f, wt, size * size)
    dens = dens.reshape(size, size)
    # k^2 r / |r|^2 with r in grid units: the field scales by k^2 / cell
    fd = fft.rfft2(dens) * (k * k / cell)
    fx = fft.irfft2(fd * kernel[0], s=(size, size)).ravel()
    fy = fft.irfft2(fd * kernel[1], s=(size, size)).ravel()
    out = np.zeros((n, 2))
    for f, wt in zip(flat, wts, strict=True):
        out[:, 0] += fx[f] * wt
        out[:, 1] += fy[f] * wt
    return out


def _near_repulsion(np, rng, pos, k: float, shift: float):  # type: ignore[no-untyped-def]
    """Exact k^2/d pushes between nodes that share a cell of one edge length.

    Nodes are sorted by cell and each is compared with the next few in that
    order; ``shift`` moves the cell boundaries (half a cell every other
    step) so near nodes on either side of a boundary meet too.
    """
    n = len(pos)
    out = np.zeros((n, 2))
    cells = np.floor((pos - pos.min(axis=0)) / k + shift).astype(np.int64)
    key = cells[:, 0] * (int(cells[:, 1].max()) + 1) + cells[:, 1]
    order = np.argsort(key, kind="stable")
    skey = key[order]
    for j in range(1, 9):
        same = skey[:-j] == skey[j:]
        if not same.any():
            break
        a, b = order[:-j][same], order[j:][same]
        delta = pos[a] - pos[b]
        d2 = np.einsum("ij,ij->i", delta, delta)
        stacked = d2 < 1e-12
        if stacked.any():  # on one point: push apart in a random direction
            delta[stacked] = rng.normal(scale=1e-3, size=(int(stacked.sum()), 2))
            d2[stacked] = np.einsum("ij,ij->i", delta[stacked], delta[stacked])
        f = (k * k / d2)[:, None] * delta
        out[:, 0] += np.bincount(a, f[:, 0], n) - np.bincount(b, f[:, 0], n)
        out[:, 1] += np.bincount(a, f[:, 1], n) - np.bincount(b, f[:, 1], n)
    return out


def communities(n: int, pairs: Sequence[tuple[int, int]], *, seed: int = 0) -> list[int]:
    """A community number for each node of ``range(n)`` (Louvain modularity, networkx).

    Used by the overview for the nodes that belong to no question; those are few,
    so networkx's implementation is quick enough and needs nothing more. When no node
    has two neighbours (every link a pair on its own, as a generated dossier's few
    loose nodes are), Louvain's answer is known without it: each linked pair a
    community, each lone node its own (what it always finds there: a pair joined gains
    modularity, a lone node has nowhere to go), numbered as below; networkx's import
    alone was 0.1 s of `render`.
    """
    seen: dict[int, int] = {}
    for u, v in pairs:
        seen[u] = seen.get(u, 0) + 1
        seen[v] = seen.get(v, 0) + 1
    if all(d == 1 for d in seen.values()):  # (a matching: no self-loop, no repeat)
        mates = {u: v for u, v in pairs} | {v: u for u, v in pairs}
        # (-size, least member) as below: pairs by their lower end, then lone nodes
        keys = sorted((-2 if i in mates else -1, i) for i in range(n)
                      if i not in mates or i < mates[i])
        out = [0] * n
        for m, (_, i) in enumerate(keys):
            out[i] = m
            if i in mates:
                out[mates[i]] = m
        return out
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(pairs)
    out = [0] * n
    parts = nx.community.louvain_communities(g, seed=seed)
    parts.sort(key=lambda c: (-len(c), min(c)))
    for m, part in enumerate(parts):
        for v in part:
            out[v] = m
    return out
