"""``include:``: records kept in files of their own, merged into the dossier's lists.

Big imports live in a file of their own so the hand-written dossier.yaml stays
small and reviewable. Problems in an included record name that file (and the
record's index in it), not dossier.yaml.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import DossierError, Problem
from .keys import SECTIONS
from .limits import max_bytes
from .locate import Finding, YamlPath, locate
from .read import check_expansion, decode, display_name, parse, parse_problem

#: (section, file shown in messages, first index in the merged list, count)
IncludeSpan = tuple[str, str, int, int]


def read_includes(data: Any, root: Path, display: str, text: str | None = None
                  ) -> list[IncludeSpan]:
    """Append the lists of each file in ``include:`` to the dossier's own, in place.

    Big imports (``provenance import ... --to works.imported.json``) live in a
    file of their own so the hand-written dossier.yaml stays small and
    reviewable; ``.json`` files are read with the json module, which is ~30x
    faster than YAML at 100,000 works. Returns where each file's records went,
    so problems in them name the right file.
    """
    if not isinstance(data, dict) or not isinstance(data.get("include"), list):
        return []
    import json

    spans: list[IncludeSpan] = []
    from ..files import UnsafeFile, read_inside

    for i, rel in enumerate(data["include"]):
        if not isinstance(rel, str):
            continue  # reported by the validator ('include' items must be text)
        p = Path(rel)
        where = f"{display}: include '{rel}'"
        full = root / p
        try:
            raw = read_inside(root, rel, limit=max_bytes())
        except UnsafeFile as e:
            found = [Finding(("include", i), f"included file '{rel}' {e.message}", e.hint)]
            raise DossierError(locate(text, display, found) if text is not None else
                               [Problem(display, 0, 0, found[0][1], e.hint)]) from None
        inc_display = display_name(full)
        inc_text = decode(raw, inc_display)
        if full.suffix.lower() == ".json":
            try:
                inc = json.loads(inc_text)
            except json.JSONDecodeError as e:
                raise DossierError([Problem(inc_display, e.lineno, e.colno,
                                            f"not valid JSON: {e.msg}", "")]) from None
            except (ValueError, RecursionError) as e:
                raise DossierError([parse_problem(inc_text, inc_display, e)]) from None
        else:
            inc, unaliased, _marks = parse(inc_text, inc_display)
            if not unaliased:
                check_expansion(inc, len(raw), inc_display)
        if not isinstance(inc, dict):
            raise DossierError([Problem(inc_display, 1, 1, f"{where} must hold a mapping",
                                        "give it lists under people:, works:, claims:")])
        for section, _ in SECTIONS:
            items = inc.get(section)
            if items is None:
                continue
            if not isinstance(items, list):
                raise DossierError([Problem(inc_display, 1, 1, f"'{section}' must be a list", "")])
            own = data.get(section)
            if not isinstance(own, list):
                own = data[section] = []
            spans.append((section, inc_display, len(own), len(items)))
            own.extend(items)
    return spans


def _span_of(path: YamlPath, spans: list[IncludeSpan]) -> IncludeSpan | None:
    if len(path) >= 2 and isinstance(path[1], int):
        for span in spans:
            if span[0] == path[0] and span[2] <= path[1] < span[2] + span[3]:
                return span
    return None


def outside_includes(found: list[Finding], spans: list[IncludeSpan]
                      ) -> list[Finding]:
    return [f for f in found if _span_of(f[0], spans) is None]


def in_includes(found: list[Finding], spans: list[IncludeSpan]) -> list[Problem]:
    out = []
    for ypath, message, hint in found:
        span = _span_of(ypath, spans)
        if span is not None:
            at = f"{span[0]}[{int(ypath[1]) - span[2]}]"
            out.append(Problem(span[1], 0, 0, f"{at}: {message}", hint))
    return out
