"""A module-level name assigned twice in one module silently replaces the first for every
use above the second (round 16 did it twice: a second ``_PLACE_BEFORE_RE`` and a second
``_PATRON_BEFORE_RE`` in extract/figures.py changed rules written rounds before). A name
may extend itself (``_NOUNS = rf"(?:{_NOUNS}|...)"``); it may not be written afresh."""

from __future__ import annotations

import ast
from pathlib import Path

import provenance

ROOT = Path(provenance.__file__).parent


def _rebound(path: Path) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        for t in targets:
            if not isinstance(t, ast.Name):
                continue
            uses_itself = any(isinstance(n, ast.Name) and n.id == t.id for n in ast.walk(value))
            if t.id in seen and not uses_itself and t.id != "__all__":
                out.append(f"{path.relative_to(ROOT)}:{node.lineno} {t.id}")
            seen.add(t.id)
    return out


def test_no_module_level_name_is_written_twice() -> None:
    found = [x for p in sorted(ROOT.rglob("*.py")) for x in _rebound(p)]
    assert found == [], found
