"""Write an import into a dossier without losing what the user wrote.

dossier.yaml is edited with ruamel.yaml's round-trip mode: comments, key
order, quoting and the file's own indentation survive, new people and works
are appended at the end of their lists, and a merged work only gains keys
(inserted where :data:`~.merge.WORK_ORDER` puts them). Big imports can go to a
JSON file of their own instead (``include:``), which we own and rewrite
whole, one record per line so diffs stay readable.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from .merge import WORK_ORDER, ImportPlan


def _yaml() -> Any:
    from ruamel.yaml import YAML

    y = YAML()  # round-trip
    y.preserve_quotes = True
    y.width = 4096  # never re-wrap a long title or quote
    return y


def _flow(items: list[Any]) -> Any:
    from ruamel.yaml.comments import CommentedSeq

    s = CommentedSeq(items)
    s.fa.set_flow_style()
    return s


def _record(rec: dict[str, Any]) -> Any:
    from ruamel.yaml.comments import CommentedMap

    m = CommentedMap()
    for k, v in rec.items():
        m[k] = _flow(list(v)) if isinstance(v, list) else v
    return m


def _insert_key(m: Any, key: str, value: Any) -> None:
    """Insert ``key`` after the last present key that WORK_ORDER puts before it."""
    order = {k: i for i, k in enumerate(WORK_ORDER)}
    rank = order.get(key, len(order))
    pos = 0
    for i, k in enumerate(m):
        if order.get(k, len(order) + 1) <= rank:
            pos = i + 1
    m.insert(pos, key, _flow(list(value)) if isinstance(value, list) else value)


def _section(doc: Any, key: str, before: tuple[str, ...]) -> Any:
    from ruamel.yaml.comments import CommentedSeq

    seq = doc.get(key)
    if seq is None:
        seq = CommentedSeq()
        keys = list(doc)
        pos = next((keys.index(b) for b in before if b in keys), len(keys))
        doc.insert(pos, key, seq)
    elif hasattr(seq, "fa"):
        seq.fa.set_block_style()
    return seq


def apply_to_yaml(text: str, plan: ImportPlan, *, new_here: bool = True,
                  include: str | None = None) -> str:
    """dossier.yaml's new text: ``plan`` applied to works defined in it.

    With ``new_here`` new people and works are appended to this file;
    otherwise only updates to works defined here are applied, and
    ``include`` (if given) is added to its ``include:`` list.
    """
    from ruamel.yaml.util import load_yaml_guess_indent

    y = _yaml()
    _, seq_indent, offset = load_yaml_guess_indent(text)
    seq_indent = seq_indent or 2
    offset = offset or 0
    y.indent(mapping=max(2, seq_indent - offset), sequence=seq_indent, offset=offset)
    doc = y.load(text)
    works = doc.get("works") or []
    for w in works:
        wid = w.get("id") if hasattr(w, "get") else None
        if wid in plan.updates:
            for k, v in plan.updates[wid].items():
                if k not in w or w[k] in (None, "", []):
                    if k in w:
                        del w[k]
                    _insert_key(w, k, v)
        if wid in plan.add_cites:
            cites = w.get("cites")
            if cites is None:
                _insert_key(w, "cites", plan.add_cites[wid])
            else:
                cites.extend(c for c in plan.add_cites[wid] if c not in cites)
    if new_here:
        if plan.new_people:
            people = _section(doc, "people", ("works", "claims"))
            people.extend(_record(p) for p in plan.new_people)
        if plan.new_works:
            seq = _section(doc, "works", ("claims",))
            seq.extend(_record(w) for w in plan.new_works)
    if include:
        inc = doc.get("include")
        if inc is None:
            keys = list(doc)
            pos = next((keys.index(k) + 1 for k in ("description", "title") if k in keys), 0)
            doc.insert(pos, "include", _flow([include]))
        elif include not in inc:
            inc.append(include)
    out = io.StringIO()
    y.dump(doc, out)
    return out.getvalue()


def read_included(path: Path) -> dict[str, Any]:
    """An included records file as plain data (empty if it does not exist yet)."""
    if not path.is_file():
        return {}
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".json":
        data = json.loads(text)
    else:
        import yaml

        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return data if isinstance(data, dict) else {}


def apply_to_included(data: dict[str, Any], plan: ImportPlan, *, new_here: bool) -> None:
    """Apply ``plan`` to an included file's records in place."""
    for w in data.get("works") or []:
        wid = w.get("id")
        if wid in plan.updates:
            for k, v in plan.updates[wid].items():
                if w.get(k) in (None, "", []):
                    w[k] = v
        if wid in plan.add_cites:
            have = w.setdefault("cites", [])
            have.extend(c for c in plan.add_cites[wid] if c not in have)
    if new_here:
        data.setdefault("people", []).extend(plan.new_people)
        data.setdefault("works", []).extend(plan.new_works)


def dump_included(data: dict[str, Any], path: Path) -> str:
    """The text of an included file: JSON one record per line, or block YAML."""
    if path.suffix.lower() == ".json":
        parts = ["{"]
        sections = [k for k in ("questions", "people", "works", "claims") if data.get(k)]
        for i, key in enumerate(sections):
            body = ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in data[key])
            parts.append(f'"{key}": [\n{body}\n]' + ("," if i < len(sections) - 1 else ""))
        parts.append("}")
        return "\n".join(parts) + "\n"
    import yaml

    return str(yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
                         sort_keys=False, allow_unicode=True, width=4096))
