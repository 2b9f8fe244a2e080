"""CSV files for ``neo4j-admin database import full``: the graph into Neo4j in one offline pass.

The export is a folder: one node file per kind (``questions.csv``,
``people.csv``, ``works.csv``, ``claims.csv``) and ``relationships.csv``,
each with its header on the first line in the import tool's format:

- nodes: ``id:ID`` (the dossier id, unique across kinds, kept as the
  property ``id``), ``:LABEL`` (``Question``, ``Person``, ``Claim``, or
  ``Work`` plus the work's type, ``Work;Study``), then typed properties;
- relationships: ``:START_ID``, ``:END_ID``, ``:TYPE`` (the relation in upper
  case: ``CITES``, ``STATES``, ``APPEARS_IN``, ``BASED_ON``...), then typed
  properties (the quote, the work it is in, check's ``status``);
- property types as the tool spells them: ``string``, ``int`` (or ``long``
  past 32 bits), ``double``, ``boolean``, and arrays ``string[]`` whose items
  are separated by ``;`` (the tool's default ``--array-delimiter``; a ``;``
  inside an item becomes ``,``). An empty field sets no property.

Fields are quoted as CSV quotes them (``"`` doubled inside); a quote can
span lines, and then :func:`import_command` adds ``--multiline-fields=true``.
"""

from __future__ import annotations

import re
import shlex
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .tables import Table, tables, write_folder

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier

#: node kind -> (file, label), in the order the files are written
NODE_FILES = {"question": ("questions.csv", "Question"), "person": ("people.csv", "Person"),
              "work": ("works.csv", "Work"), "claim": ("claims.csv", "Claim")}
RELATIONSHIPS = "relationships.csv"
_INT32 = 2**31


def _type(kind: str, values: list[Any]) -> str:
    if kind == "int":
        return "int" if all(v is None or -_INT32 <= v < _INT32 for v in values) else "long"
    return {"bool": "boolean", "double": "double", "string[]": "string[]"}.get(kind, "string")


_CSV_SPECIAL = re.compile('[,"\r\n]')


def _quoted(v: str) -> str:
    return '"' + v.replace('"', '""') + '"' if _CSV_SPECIAL.search(v) else v


def _column(kind: str, col: list[Any]) -> list[str]:
    """One column as CSV text the import tool reads; whole columns at once (100,000s of rows).

    Quoting is decided once per column (one regular-expression pass over its
    joined text): ids, kinds and most titles need none.
    """
    types = set(map(type, col))
    if kind == "boolean":
        return ["" if v is None else "true" if v else "false" for v in col]
    if kind == "double":
        return ["" if v is None else repr(float(v)) for v in col]
    if kind in ("int", "long"):
        return ["" if v is None else str(v) for v in col]
    if kind == "string[]":
        out = ["" if v is None else ";".join(str(x).replace(";", ",") for x in v) for v in col]
    elif types <= {str}:
        out = col
    elif types <= {str, type(None)}:
        out = ["" if v is None else v for v in col]
    else:
        out = ["" if v is None else str(v) for v in col]
    if _CSV_SPECIAL.search("\x1f".join(out)):
        out = [_quoted(v) for v in out]
    return out


def _csv(t: Table, keep: list[int] | None, special: dict[str, str]) -> str:
    """The CSV text (header first) of the rows ``keep`` (or all) of ``t``.

    ``special`` renames columns to the tool's fields (``id`` -> ``id:ID``).
    """
    # kind is the label or type; label repeats name, title or text
    names = [n for n in t.columns if n not in ("kind", "label") or n in special]
    header, cols = [], []

    def pick(col: list[Any]) -> list[Any]:
        if keep is None:
            return col
        return [col[keep[0]]] if len(keep) == 1 else list(itemgetter(*keep)(col))

    for n in names:
        col = pick(t.columns[n])
        if n in special:
            header.append(special[n])
            cols.append(_column("string", col))
            continue
        if col.count(None) == len(col):
            continue
        kind = _type(t.types[n], col)
        header.append(f"{n}:{kind}")
        cols.append(_column(kind, col))
    lines = [",".join(header), *map(",".join, zip(*cols, strict=True))]
    return "\n".join(lines) + "\n"


def generate_neo4j(dossier: Dossier, g: nx.MultiDiGraph | None = None) -> dict[str, str]:
    """file name -> CSV text (header first) of every file with at least one row."""
    ts = tables(dossier, appearances=False)
    nodes, edges = ts["nodes"], ts["edges"]
    out: dict[str, str] = {}
    kinds = nodes.columns.get("kind", [])
    # one label per (kind, work type), looked up row by row in C
    types = nodes.columns.get("type", [None] * nodes.rows)
    names = {pair: NODE_FILES[pair[0]][1] + (f";{_label(pair[1])}" if pair[1] else "")
             for pair in set(zip(kinds, types, strict=True)) if pair[0] in NODE_FILES}
    labels = [names.get(pair, "") for pair in zip(kinds, types, strict=True)]
    for kind, (name, _) in NODE_FILES.items():
        keep = [i for i, k in enumerate(kinds) if k == kind]
        if not keep:
            continue
        t = Table(nodes.name, dict(nodes.columns), dict(nodes.types), nodes.rows)
        t.columns[":LABEL"] = labels
        t.types[":LABEL"] = "string"
        # id:ID and :LABEL first
        order = ["id", ":LABEL", *[n for n in t.columns if n not in ("id", ":LABEL")]]
        t.columns = {n: t.columns[n] for n in order}
        out[name] = _csv(t, keep, {"id": "id:ID", ":LABEL": ":LABEL"})
    if edges.rows:
        t = Table(edges.name, dict(edges.columns), dict(edges.types), edges.rows)
        upper = {k: str(k).upper() for k in set(t.columns["kind"])}
        t.columns[":TYPE"] = list(map(upper.__getitem__, t.columns["kind"]))
        order = ["source", "target", ":TYPE",
                 *[n for n in t.columns if n not in ("source", "target", ":TYPE")]]
        t.columns = {n: t.columns[n] for n in order}
        out[RELATIONSHIPS] = _csv(t, None, {"source": ":START_ID", "target": ":END_ID",
                                            ":TYPE": ":TYPE"})
    return out


def _label(work_type: str) -> str:
    return "".join(part.capitalize() for part in str(work_type).replace("_", "-").split("-"))


def has_multiline_fields(path: str | Path) -> bool:
    """Whether a CSV file we wrote has a field spanning lines.

    Every field with a line break is quoted, and a line holding a complete
    record has an even number of ``"`` (each quoted field adds two, each
    doubled quote two more), so a line with an odd number is a record
    broken inside a field.
    """
    with open(path, encoding="utf-8", newline="") as f:
        return any(line.count('"') % 2 for line in f if '"' in line)


def import_command(folder: str | Path, files: list[str], database: str = "neo4j") -> str:
    """The ``neo4j-admin`` command that loads the files of ``folder`` into an empty database.

    ``--multiline-fields=true`` is added only when a file needs it: the
    import tool's manual warns it can slow a large import badly.
    """
    folder = Path(folder).resolve()
    parts = ["neo4j-admin database import full", database]
    parts += [shlex.quote(f"--nodes={folder / f}") for f in files if f != RELATIONSHIPS]
    parts += [shlex.quote(f"--relationships={folder / f}") for f in files if f == RELATIONSHIPS]
    if any(has_multiline_fields(folder / f) for f in files):
        parts.append("--multiline-fields=true")
    return " ".join(parts)


def write_neo4j(dossier: Dossier, path: str | Path, *, force: bool = False,
                g: nx.MultiDiGraph | None = None) -> Path:
    """Write the folder ``path``: the node files and relationships.csv."""
    data = generate_neo4j(dossier, g)

    def writer(name: str) -> Any:
        def write(p: Path) -> None:
            with open(p, "w", encoding="utf-8", newline="") as f:
                f.write(data[name])
        return write

    return write_folder(path, {n: writer(n) for n in data}, force=force)
