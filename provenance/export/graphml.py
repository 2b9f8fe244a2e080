"""GraphML for Gephi, Cytoscape, yEd, igraph and networkx (``nx.read_graphml``).

Attributes are flattened to scalars (lists joined with '; ', the estimate
spread into ``estimate_value``, ``estimate_unit``...) because GraphML keys
hold one scalar type each.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import flat_graph, graph_of, write_atomic

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier


def generate_graphml(dossier: Dossier, g: nx.MultiDiGraph | None = None) -> str:
    import networkx as nx

    return "\n".join(nx.generate_graphml(flat_graph(graph_of(dossier, g)))) + "\n"


def write_graphml(dossier: Dossier, path: str | Path, *, force: bool = False,
                  g: nx.MultiDiGraph | None = None) -> Path:
    return write_atomic(path, generate_graphml(dossier, g), force=force)
