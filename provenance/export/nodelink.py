"""Node-link JSON (``nx.node_link_data``): what D3 and networkx read.

Attributes are kept as they are in the graph (lists, the estimate as an
object), since JSON carries them; ``nx.node_link_graph(data, edges="edges")``
rebuilds the MultiDiGraph.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import graph_of, write_atomic

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier


def generate_nodelink(dossier: Dossier, g: nx.MultiDiGraph | None = None) -> dict[str, Any]:
    import networkx as nx

    return dict(nx.node_link_data(graph_of(dossier, g), edges="edges"))


def write_nodelink(dossier: Dossier, path: str | Path, *, force: bool = False,
                   g: nx.MultiDiGraph | None = None) -> Path:
    text = json.dumps(generate_nodelink(dossier, g), ensure_ascii=False, default=str)
    return write_atomic(path, text + "\n", force=force)
