"""Bundled example dossiers, shipped inside the package as ``provenance.graph_data``."""
