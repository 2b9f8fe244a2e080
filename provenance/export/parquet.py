"""Parquet tables for DuckDB, Polars, Spark and pandas: ``nodes``, ``edges``, ``appearances``.

The export is a folder of three files, ``nodes.parquet``, ``edges.parquet``
and ``appearances.parquet`` (:mod:`.tables` says what is in them and how
the ids stay stable). Lists stay lists (``list<string>``), numbers keep
their type, so ``SELECT ... WHERE list_contains(authors, 'tubbs')`` works in
DuckDB as it is. Writing Parquet needs pyarrow, an optional extra
(``pip install "provenance[parquet]"``): it is ~170 MB installed, more than
the rest of provenance's dependencies together (docs/dependencies.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import MissingDependency
from .tables import Table, tables, write_folder

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier

FILES = ("nodes", "edges", "appearances")


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise MissingDependency("parquet", "pyarrow", 'pip install "provenance[parquet]"'
                                ) from None
    return pyarrow


def arrow_table(t: Table) -> Any:
    """``t`` as a pyarrow Table with one Arrow type per column."""
    pa = _pyarrow()
    kinds = {"bool": pa.bool_(), "int": pa.int64(), "double": pa.float64(),
             "string": pa.string(), "string[]": pa.list_(pa.string())}
    return pa.table({n: pa.array(col, type=kinds[t.types[n]]) for n, col in t.columns.items()})


def generate_parquet(dossier: Dossier, g: nx.MultiDiGraph | None = None) -> dict[str, Any]:
    """The three tables as pyarrow Tables, by name."""
    return {name: arrow_table(t) for name, t in tables(dossier).items()}


def write_parquet(dossier: Dossier, path: str | Path, *, force: bool = False,
                  g: nx.MultiDiGraph | None = None) -> Path:
    """Write the folder ``path``: ``nodes.parquet``, ``edges.parquet``, ``appearances.parquet``."""
    pa = _pyarrow()
    data = generate_parquet(dossier, g)

    def writer(name: str) -> Any:
        return lambda p: pa.parquet.write_table(data[name], p)

    return write_folder(path, {f"{n}.parquet": writer(n) for n in FILES}, force=force)
