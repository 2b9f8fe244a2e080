"""Where a problem is: a path in the data (``("claims", 3, "text")``) turned into file:line:column.

Only done when something is wrong: the YAML node tree (which keeps every
value's place) is composed then, so a valid dossier never pays for it.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from ..errors import Problem
from ..model import Dossier
from .limits import SURROGATE_ESCAPE

#: A place in the parsed data: keys and list indexes from the top. ``"@key:NAME"``
#: points at the key NAME itself rather than its value (for unknown keys).
YamlPath = tuple[str | int, ...]


class Finding(NamedTuple):
    """A problem found in the data, before it has a line: where, what is wrong, what to do."""

    path: YamlPath
    message: str
    hint: str


def locate(text: str, display: str, found: list[Finding]) -> list[Problem]:
    """Turn findings into Problems with line and column, in file order."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    # libyaml refuses the surrogate escapes JSON allows; one of the same length keeps places.
    located = SURROGATE_ESCAPE.sub(r"\\ufffd", text)
    try:
        root = yaml.compose(located, Loader=loader)
    except (yaml.YAMLError, RecursionError, ValueError):
        root = None  # a document only JSON reads: problems are shown at the top
    out = []
    for ypath, message, hint in found:
        node = root
        for key in ypath:
            nxt = _child(node, key)
            if nxt is None:
                break
            node = nxt
        mark = node.start_mark if node is not None else None
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        out.append(Problem(display, line, col, message, hint))
    out.sort(key=lambda p: (p.line, p.column))
    return out


def _child(node: Any, key: str | int) -> Any:
    import yaml

    if isinstance(node, yaml.MappingNode):
        if isinstance(key, str) and key.startswith("@key:"):
            want = key[5:]
            for k, _ in node.value:
                if getattr(k, "value", None) == want:
                    return k
            return None
        for k, v in node.value:
            if getattr(k, "value", None) == key:
                return v
        return None
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int):
        return node.value[key] if 0 <= key < len(node.value) else None
    return None


def locate_appearances(dossier: Dossier) -> dict[tuple[str, int], tuple[int, int]]:
    """(claim id, appearance index) -> (line, column) of its quote in dossier.yaml.

    Kept from the one load of the file (:func:`provenance.dossier.read.read_yaml`
    keeps these marks and only these); the file is never parsed again. Empty for
    a dossier built in memory, and for claims kept in included files.
    """
    return dossier.quote_marks
