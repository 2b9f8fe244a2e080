"""GEXF 1.2 for Gephi (and ``nx.read_gexf``): scalar attributes, node labels."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import flat_graph, graph_of, write_atomic

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier


def generate_gexf(dossier: Dossier, g: nx.MultiDiGraph | None = None) -> str:
    import networkx as nx

    h = flat_graph(graph_of(dossier, g))
    # GEXF edge "label" is Gephi's edge label: show the relation.
    for _, _, d in h.edges(data=True):
        d.setdefault("label", d.get("kind", ""))
    return "\n".join(nx.generate_gexf(h, version="1.2draft")) + "\n"


def write_gexf(dossier: Dossier, path: str | Path, *, force: bool = False,
               g: nx.MultiDiGraph | None = None) -> Path:
    return write_atomic(path, generate_gexf(dossier, g), force=force)
