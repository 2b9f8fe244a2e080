"""Node-link JSON (``nx.node_link_data``): what D3 and networkx read.

Attributes are kept as they are in the graph (lists, the estimate as an
object), since JSON carries them; ``nx.node_link_graph(data, edges="edges")``
rebuilds the MultiDiGraph. Without a graph at hand the document is built
straight from the records, in node-link's shape, which at 100,000 works is
faster than building the graph to convert it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import write_atomic

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier


def generate_nodelink(dossier: Dossier, g: nx.MultiDiGraph | None = None) -> dict[str, Any]:
    if g is not None:
        import networkx as nx

        return dict(nx.node_link_data(g, edges="edges"))
    from ..graph import graph_attrs, graph_edges, graph_nodes, keyed_edges

    return {"directed": True, "multigraph": True, "graph": graph_attrs(dossier),
            "nodes": [{**d, "id": n} for n, d in graph_nodes(dossier)],
            "edges": [{**d, "source": u, "target": v, "key": k}
                      for u, v, k, d in keyed_edges(graph_edges(dossier))]}


def write_nodelink(dossier: Dossier, path: str | Path, *, force: bool = False,
                   g: nx.MultiDiGraph | None = None) -> Path:
    from ..safejson import dumps

    text = dumps(generate_nodelink(dossier, g), default=str)
    return write_atomic(path, text + "\n", force=force)
