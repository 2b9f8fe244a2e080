"""CSL-JSON in: what Zotero, Mendeley and citeproc tools export.

The file is one JSON array; it is walked item by item with ``raw_decode`` so
each item keeps its line and a malformed item is reported where it is.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import (
    Author,
    Entry,
    ImportFailed,
    Skipped,
    bare_doi,
    clean_text,
    guarded,
    map_type,
    normalise_pmid,
    parse_year,
    read_text,
)


def iter_json_array(text: str, display: str) -> Iterator[tuple[int, Any]]:
    """(line, item) for each item of the top-level JSON array (or a single object)."""
    dec = json.JSONDecoder()
    i = _skip_ws(text, 0)
    if i < len(text) and text[i] == "{":
        try:
            obj, _ = dec.raw_decode(text, i)
        except json.JSONDecodeError as e:
            raise ImportFailed(display, e.lineno, f"not valid JSON: {e.msg}") from None
        yield text.count("\n", 0, i) + 1, obj
        return
    if i >= len(text) or text[i] != "[":
        raise ImportFailed(display, text.count("\n", 0, i) + 1,
                           "expected a JSON array of items", "export as CSL JSON")
    i += 1
    while True:
        i = _skip_ws(text, i)
        if i < len(text) and text[i] == "]":
            return
        line = text.count("\n", 0, i) + 1
        try:
            obj, i = dec.raw_decode(text, i)
        except json.JSONDecodeError as e:
            raise ImportFailed(display, e.lineno, f"not valid JSON: {e.msg}",
                               "the items before this line were read; fix the file") from None
        yield line, obj
        i = _skip_ws(text, i)
        if i < len(text) and text[i] == ",":
            i += 1
        elif i < len(text) and text[i] == "]":
            return
        else:
            raise ImportFailed(display, text.count("\n", 0, i) + 1,
                               "expected ',' or ']' after an item")


def _skip_ws(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\r\n":
        i += 1
    return i


def _csl_year(item: dict[str, Any]) -> tuple[int | None, str | None]:
    for key in ("issued", "published-print", "published-online", "created"):
        d = item.get(key)
        if isinstance(d, dict):
            parts = d.get("date-parts")
            if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
                nums = [p for p in parts[0] if isinstance(p, int | str)]
                year = parse_year(str(nums[0])) if nums else None
                date = "-".join(f"{int(p):02d}" if i else str(p)
                                for i, p in enumerate(nums) if str(p).isdigit())
                return year, date if len(nums) == 3 else None
            if d.get("raw") or d.get("literal"):
                return parse_year(d.get("raw") or d.get("literal")), None
    return None, None


def entry_from_csl(item: Any, line: int, display: str) -> Entry | Skipped:
    if not isinstance(item, dict):
        return Skipped(display, line, "item is not a JSON object")
    for key in ("title", "DOI", "URL", "PMID", "container-title", "publisher"):
        if item.get(key) is not None and not isinstance(item[key], str):
            return Skipped(display, line, f"'{key}' is {_json_type(item[key])}, not text")
    if item.get("author") is not None and not isinstance(item["author"], list):
        return Skipped(display, line, f"'author' is {_json_type(item['author'])}, not a list")
    title = clean_text(item.get("title"))
    if not title:
        return Skipped(display, line, f"item '{item.get('id', '?')}' has no title")
    authors = []
    for a in item.get("author") or []:
        if not isinstance(a, dict):
            continue
        if a.get("family"):
            authors.append(Author(clean_text(a["family"]), clean_text(a.get("given")),
                                  _orcid(a.get("ORCID"))))
        elif a.get("literal"):
            authors.append(Author(clean_text(a["literal"])))
    year, date = _csl_year(item)
    ident = item.get("id")
    return Entry(
        line=line,
        title=title,
        type=map_type(item.get("type")),
        authors=authors,
        year=year,
        date=date,
        venue=clean_text(item.get("container-title")) or clean_text(item.get("publisher")) or None,
        doi=bare_doi(item.get("DOI")) or bare_doi(item.get("URL")),
        pmid=normalise_pmid(item.get("PMID")),
        url=clean_text(item.get("URL")) or None,
        key=str(ident) if isinstance(ident, str | int) else None,
    )


def _json_type(value: Any) -> str:
    return {bool: "true/false", int: "a number", float: "a number", dict: "an object",
            list: "a list"}.get(type(value), type(value).__name__)


def _orcid(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    import re

    m = re.search(r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]", value)
    return m.group(0) if m else None


def read_csljson(path: Path) -> Iterator[Entry | Skipped]:
    display = str(path)
    for line, item in iter_json_array(read_text(path), display):
        yield guarded(entry_from_csl, item, line, display)
