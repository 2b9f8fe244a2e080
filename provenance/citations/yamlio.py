"""Write an import into a dossier without losing what the user wrote.

dossier.yaml is never re-serialised: new people and works, and the keys a
merged work gains, are *inserted* as text where the YAML node tree says the
lists and records end, so everything else stays byte for byte (comments,
order, quoting, escapes, blank lines). A round-trip library such as
ruamel.yaml re-emits every scalar: it turned the bundled dossier's
``"\\u00a0"`` escapes into invisible raw no-break spaces. Big imports can
go to a JSON file of their own instead (``include:``), which we own and
rewrite whole, one record per line so diffs stay readable.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .merge import ImportPlan


def _dump_block(value: Any) -> str:
    """Block YAML for new records (a list) or keys (a dict); lists in flow style."""
    if isinstance(value, list):
        out = []
        for rec in value:
            body = _dump_block(rec)
            out.append("- " + body.replace("\n", "\n  ").rstrip(" "))
        return "".join(out)
    lines = []
    for k, v in value.items():
        if isinstance(v, list):
            lines.append(f"{_dump_flow(k)}: [{', '.join(_dump_flow(x) for x in v)}]\n")
        else:
            lines.append(f"{_dump_flow(k)}: {_dump_flow(v)}\n")
    return "".join(lines)


def _dump_flow(value: Any) -> str:
    import yaml

    text = yaml.dump([value], Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
                     default_flow_style=True, allow_unicode=True, width=4096, sort_keys=False)
    return str(text).strip()[1:-1]  # drop the list brackets that made it a flow node


def _flow_text(value: Any, as_json: bool) -> str:
    """``value`` as a flow node: JSON in a JSON-syntax dossier (so it stays JSON), else YAML."""
    return json.dumps(value, ensure_ascii=False) if as_json else _dump_flow(value)


def _indent(block: str, col: int) -> str:
    pad = " " * col
    return "".join(pad + line if line.strip() else line for line in block.splitlines(True))


def _last_leaf(node: Any) -> Any:
    import yaml

    if isinstance(node, yaml.MappingNode) and not node.flow_style and node.value:
        return _last_leaf(node.value[-1][1])
    if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
        return _last_leaf(node.value[-1])
    return node


def _insert_pos(text: str, node: Any) -> int:
    """Where lines added after ``node`` go: the start of the line after its content.

    A block scalar (``|``, ``>``, and above all ``|+``, which keeps its
    trailing blank lines as part of the text) owns the blank lines after it:
    new lines go after them, so the text keeps every newline it had.
    """
    leaf = _last_leaf(node)
    if getattr(leaf, "style", None) in ("|", ">"):
        pos = int(leaf.end_mark.index)
        return pos if pos == 0 or text[pos - 1] == "\n" else _after_line(text, pos)
    return _after_line(text, int(leaf.end_mark.index))


def _dash_column(text: str, seq: Any) -> int:
    """The column of the ``-`` of a block list's items (not of an ``&anchor`` before them)."""
    pos = int(seq.value[0].start_mark.index) - 1
    while pos > 0 and text[pos] in " \t":
        pos -= 1
    if text[pos] != "-":
        return int(seq.start_mark.column)
    return pos - (text.rfind("\n", 0, pos) + 1)


def _after_line(text: str, pos: int) -> int:
    """The start of the line after the one holding the character before ``pos``."""
    while pos > 0 and text[pos - 1] in " \t\r\n":
        pos -= 1
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl + 1


def _child(node: Any, key: str) -> tuple[Any, Any] | None:
    import yaml

    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if getattr(k, "value", None) == key:
                return k, v
    return None


def apply_to_yaml(text: str, plan: ImportPlan, *, new_here: bool = True,
                  include: str | None = None) -> str:
    """dossier.yaml's new text: ``plan`` applied by inserting text, nothing else touched.

    The file is composed (PyYAML, which keeps every node's position) to find
    where each list and record ends; new lines are inserted there and the
    rest of the text is kept byte for byte: comments, order, quoting,
    escapes such as ``\\u00a0``, blank lines. With ``new_here`` new people
    and works are appended to this file; otherwise only works defined here
    are updated, and ``include`` (if given) is added to ``include:``.
    """
    import yaml

    if not text.endswith("\n"):
        text += "\n"
    root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(root, yaml.MappingNode):
        raise ValueError("dossier.yaml is not a mapping")
    # A JSON-syntax dossier (every generated one) or `{title: T, works: [...]}`: one flow
    # mapping, where block lines cannot go. Records are added as JSON, so JSON stays JSON.
    flow = bool(root.flow_style)
    close = root.end_mark.index - 1  # the root's closing '}'
    if flow and text[close:close + 1] != "}":
        raise ValueError("cannot find the end of the dossier's { ... } mapping")
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement), in the order made

    def insert(pos: int, new: str) -> None:
        edits.append((pos, pos, new))

    works = _child(root, "works")
    if works is not None and isinstance(works[1], yaml.SequenceNode):
        for item in works[1].value:
            wid_node = _child(item, "id")
            wid = getattr(wid_node[1], "value", None) if wid_node else None
            if wid in plan.updates or wid in plan.add_cites:
                _update_work(text, item, plan.updates.get(wid, {}), plan.add_cites.get(wid, []),
                             insert, flow)

    def append(section: str, records: list[dict[str, Any]], before: tuple[str, ...]) -> None:
        if not records:
            return
        found = _child(root, section)
        if found is not None and isinstance(found[1], yaml.SequenceNode) and found[1].value \
                and not found[1].flow_style:
            seq = found[1]
            insert(_insert_pos(text, seq), _indent(_dump_block(records), _dash_column(text, seq)))
        elif found is not None and isinstance(found[1], yaml.SequenceNode) and found[1].value:
            # A flow list of records, `works: [{id: a, ...}]`: continue it in flow style.
            insert(found[1].end_mark.index - 1,
                   "".join(", " + _flow_text(r, flow) for r in records))
        elif found is not None and flow:
            # `"works": []` or `null` inside a flow mapping: the list replaces it, in flow style
            value = found[1]
            edits.append((value.start_mark.index, value.end_mark.index,
                          _flow_text(records, flow)))
        elif flow:  # no such section in a flow mapping: a new key before its closing brace
            insert(close, f", {_flow_text(section, True)}: {_flow_text(records, True)}")
        elif found is not None:  # `works:`, `works: []`, `works: null`: a block under the key
            key, value = found
            line_end = _after_line(text, value.end_mark.index if value.end_mark.index >
                                   key.end_mark.index else key.end_mark.index + 1)
            if value.start_mark.index != value.end_mark.index:  # `[]` or `null`: drop it
                edits.append((value.start_mark.index, value.end_mark.index, ""))
            insert(line_end, _indent(_dump_block(records), key.start_mark.column + 2))
        else:
            # No such section: add it before the first of ``before`` present, or at the end.
            keys = {k.value: k for k, _ in root.value}
            nxt = next((keys[b] for b in before if b in keys), None)
            block = f"{section}:\n" + _indent(_dump_block(records), 2)
            if nxt is not None:
                insert(nxt.start_mark.index - nxt.start_mark.column, block)
            else:
                insert(_document_end(text, root), block)

    if new_here:
        append("people", plan.new_people, ("works", "claims"))
        append("works", plan.new_works, ("claims",))
    if include:
        found = _child(root, "include")
        if found is None and flow:
            insert(close, f", {_flow_text('include', True)}: {_flow_text([include], True)}")
        elif found is None:
            after = _child(root, "description") or _child(root, "title")
            pos = _insert_pos(text, after[1]) if after else 0
            insert(pos, f"include: [{_dump_flow(include)}]\n")
        else:
            _extend_list(text, found[0], found[1], [include], insert, edits, flow)
    out = text
    # From the end backwards; at one position the edit made first ends up first.
    order = sorted(range(len(edits)), key=lambda i: (edits[i][0], edits[i][1], i), reverse=True)
    for i in order:
        start, end, new = edits[i]
        out = out[:start] + new + out[end:]
    return out


def _document_end(text: str, root: Any) -> int:
    """The end of the dossier's document: before a ``...`` or ``---`` line that ends it."""
    import re

    m = re.compile(r"^(?:\.\.\.|---)[ \t]*(?:#.*)?$", re.M).search(text, root.end_mark.index)
    return m.start() if m else len(text)


def _update_work(text: str, item: Any, fields: dict[str, Any], cites: list[str],
                 insert: Any, as_json: bool = False) -> None:
    import yaml

    if not isinstance(item, yaml.MappingNode):
        return
    present = {k.value: v for k, v in item.value}
    new = {k: v for k, v in fields.items()
           if k not in present or getattr(present[k], "value", "x") in ("", None)}
    new = {k: v for k, v in new.items() if k not in present}
    if cites:
        if "cites" in present:
            key = next(k for k, _ in item.value if k.value == "cites")
            _extend_list(text, key, present["cites"], cites, insert, None, as_json)
        else:
            new["cites"] = cites
    if not new:
        return
    if item.flow_style:
        body = _flow_text(new, as_json)[1:-1]  # "{a: 1, b: 2}" -> "a: 1, b: 2"
        insert(item.end_mark.index - 1, ", " + body)
    else:
        col = item.value[0][0].start_mark.column
        insert(_insert_pos(text, item), _indent(_dump_block(new), col))


def _extend_list(text: str, key: Any, seq: Any, items: list[str], insert: Any,
                 edits: list[tuple[int, int, str]] | None, as_json: bool = False) -> None:
    import yaml

    have = [getattr(v, "value", None) for v in getattr(seq, "value", [])] \
        if isinstance(seq, yaml.SequenceNode) else []
    items = [i for i in items if i not in have]
    if not items:
        return
    if isinstance(seq, yaml.SequenceNode) and seq.flow_style:
        close = seq.end_mark.index - 1  # the ']'
        sep = ", " if seq.value else ""
        insert(close, sep + ", ".join(_flow_text(i, as_json) for i in items))
    elif isinstance(seq, yaml.SequenceNode) and seq.value:
        col = seq.value[0].start_mark.column - 2
        insert(_insert_pos(text, seq),
               "".join(f"{' ' * col}- {_dump_flow(i)}\n" for i in items))
    else:  # `cites:` with nothing, or a scalar: the loader would reject a scalar anyway
        insert(_after_line(text, key.end_mark.index),
               "")  # leave odd shapes alone; validation reports them


def read_included(path: Path, root: Path | None = None) -> dict[str, Any]:
    """An included records file as plain data (empty if it does not exist yet)."""
    if not os.path.lexists(path):
        return {}
    from . import read_exact

    text = read_exact(path, root)[0]
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
    """The text of an included file: JSON one record per line, or block YAML.

    Keys other than the four lists (a note, ``x-`` keys) are kept, first.
    """
    if path.suffix.lower() == ".json":
        from ..safejson import dumps

        parts = ["{"]
        lists = ("questions", "people", "works", "claims")
        others = [k for k in data if k not in lists]
        sections = [k for k in lists if data.get(k)]
        keys = others + sections
        for i, key in enumerate(keys):
            comma = "," if i < len(keys) - 1 else ""
            if key in lists:
                body = ",\n".join("  " + dumps(r) for r in data[key])
                parts.append(f'{dumps(key)}: [\n{body}\n]{comma}')
            else:
                parts.append(f"{dumps(key)}: {dumps(data[key])}{comma}")
        parts.append("}")
        return "\n".join(parts) + "\n"
    import yaml

    return str(yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
                         sort_keys=False, allow_unicode=True, width=4096))
