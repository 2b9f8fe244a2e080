"""The graph as three typed tables, for engines that read tables: Parquet/DuckDB and Neo4j.

``nodes`` (one row per question, person, work and claim), ``edges`` (every
relation of :func:`provenance.graph.graph_edges`) and ``appearances`` (one
row per quote, with what ``check`` found). Every row has a stable ``id``:
the dossier's own id for a node, ``<source>-><target>#<n>`` for an edge (the
key networkx gives it) and ``<claim>#<n>`` for a claim's n-th appearance,
so a later export of the same dossier joins on the same ids.

Columns are typed once, over the whole column (:func:`column_type`):
``bool``, ``int``, ``double`` (whole and fractional numbers mixed),
``string`` or ``string[]`` (lists, kept as lists); a nested object such as a
claim's estimate is spread into ``estimate_value``, ``estimate_unit``... A
column with a mix of other types is written as text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..model import Dossier

#: Numbers that may be whole or fractional: always double, as in GraphML.
_FLOATS = frozenset({"sample_n", "estimate_value", "estimate_low", "estimate_high", "score"})


@dataclass
class Table:
    """Rows as columns: name -> values (None where a row has no value), and each column's type."""

    name: str
    columns: dict[str, list[Any]] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    rows: int = 0

    def __len__(self) -> int:
        return self.rows


def _flat(attrs: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in attrs.items():
        t = type(v)
        if t is str or t is int:
            out[k] = v  # the common case, without the checks below
            continue
        if v is None:
            continue
        if hasattr(v, "value") and not isinstance(v, int | float | str):
            v = v.value  # an Enum
        if isinstance(v, dict):
            for sk, sv in _flat(v).items():
                out[f"{k}_{sk}"] = sv
        elif isinstance(v, list | tuple | set):
            if v:
                out[k] = [str(x) for x in v]
        else:
            out[k] = v
    return out


def column_type(values: list[Any], name: str = "", types: set[type] | None = None) -> str:
    """bool, int, double, string or string[] for a column (None values ignored).

    ``types`` is ``set(map(type, values))`` when the caller has it already.
    """
    types = set(map(type, values)) if types is None else set(types)
    types.discard(type(None))
    if not types:
        return "string"
    if types == {bool}:
        return "bool"
    if types == {int} and name not in _FLOATS:
        return "int"
    if types <= {int, float}:
        return "double"
    if types == {list}:
        return "string[]"
    return "string"


def make_table(name: str, rows: list[dict[str, Any]], first: tuple[str, ...] = ("id",),
               lead: dict[str, list[Any]] | None = None) -> Table:
    """A :class:`Table` from dict rows; ``first`` columns lead, the others follow as met.

    ``lead`` holds columns given whole, one value per row (an edge's id,
    source and target), so the rows need not be copied to hold them.

    Rows with the same attribute names are gathered first (a ``cites`` edge,
    a work with a DOI...), so each column is put together from whole groups
    with ``itemgetter`` rather than cell by cell: rows come out grouped that
    way, in the order each group first appears (ids, not order, identify them).
    """
    lead = lead or {}
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, r in enumerate(rows):
        keys = tuple(r)
        grp = groups.get(keys)
        if grp is None:
            groups[keys] = [i]
        else:
            grp.append(i)
    names: dict[str, None] = dict.fromkeys(first)
    names.update(dict.fromkeys(lead))
    for keys in groups:
        for k in keys:
            if k not in names:
                names[k] = None
    t = Table(name, rows=len(rows))
    for n in names:
        col: list[Any] = []
        given = lead.get(n)
        if len(groups) == 1:  # one shape of row (an import's cites): no reordering
            col = list(given) if given is not None else list(map(itemgetter(n), rows))
        else:
            for keys, grp in groups.items():
                if given is not None:
                    col.extend(map(given.__getitem__, grp))
                elif n in keys:
                    col.extend(map(itemgetter(n), map(rows.__getitem__, grp)))
                else:
                    col.extend([None] * len(grp))
        types = set(map(type, col))
        kind = column_type(col, n, types)
        if kind == "double" and int in types:
            col = [None if v is None else float(v) for v in col]
        elif kind == "string" and types - {str, type(None)}:
            col = [None if v is None else v if isinstance(v, str) else
                   "; ".join(v) if isinstance(v, list) else str(v) for v in col]
        t.columns[n], t.types[n] = col, kind
    return t


def _checks(dossier: Dossier) -> dict[tuple[str, int], Any]:
    """(claim, index) -> check's verification record (check is the one rule).

    A dossier without source texts has nothing to anchor: no record is computed.
    """
    if not dossier.texts:
        return {}
    from ..check import verification

    return verification(dossier)


def tables(dossier: Dossier, appearances: bool = True) -> dict[str, Table]:
    """``nodes``, ``edges`` and (unless not wanted) ``appearances`` of ``dossier``."""
    from ..graph import graph_edges, graph_nodes, keyed_edges

    nodes = [{"id": n, **_flat(d)} for n, d in graph_nodes(dossier)]
    checks = _checks(dossier)
    edges: list[dict[str, Any]] = []
    ids: list[str] = []
    sources: list[str] = []
    targets: list[str] = []
    for u, v, k, d in keyed_edges(graph_edges(dossier)):
        ids.append(f"{u}->{v}#{k}")
        sources.append(u)
        targets.append(v)
        # edge attributes are text and whole numbers already: only a None needs dropping
        if None in d.values():
            d = _flat(d)
        if checks and "appearance" in d and d.get("kind") == "appears_in":
            r = checks.get((u, d["appearance"]))
            if r is not None:
                d = {**d, "status": r.status}
        edges.append(d)
    apps: list[dict[str, Any]] = []
    for c in dossier.claims if appearances else ():
        for i, a in enumerate(c.appearances):
            row: dict[str, Any] = {"id": f"{c.id}#{i}", "claim": c.id, "appearance": i,
                                   "work": a.in_, "by": a.by, "quote": a.quote}
            r = checks.get((c.id, i))
            anchor = getattr(r, "anchor", None)
            if r is not None:
                row.update({"status": r.status, "attribution": r.attribution,
                            "said_by": r.said_by, "occurrences": r.occurrences,
                            "passed": r.passed})
            else:
                row["status"] = "no-source"
            if anchor is not None:
                row.update({"score": anchor.score, "start": anchor.start, "end": anchor.end,
                            "line": anchor.line})
            apps.append(row)
    return {
        "nodes": make_table("nodes", nodes, ("id", "kind", "label")),
        "edges": make_table("edges", edges, ("id", "source", "target", "kind"),
                            {"id": ids, "source": sources, "target": targets}),
        "appearances": make_table("appearances", apps,
                                  ("id", "claim", "appearance", "work", "by", "quote", "status")),
    }


def write_folder(path: str | Path, files: dict[str, Callable[[Path], None]], *,
                 force: bool = False) -> Path:
    """Write a folder of files atomically (:func:`provenance.files.write_folder_atomic`).

    An existing ``path`` is replaced only with ``force``, and never when it is
    a file; a failure leaves nothing half-written behind.
    """
    from ..files import write_folder_atomic

    def fill(tmp: Path) -> None:
        for name, write in files.items():
            write(tmp / name)

    return write_folder_atomic(path, fill, force=force)
