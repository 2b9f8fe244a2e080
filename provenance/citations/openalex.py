"""OpenAlex works in: one work (API ``/works/W...``), a list, an API page
(``{"results": [...]}``) or a JSONL file of works as the snapshot gives them.

JSONL is streamed line by line, so a 100,000-work file is never held whole.
``referenced_works`` are kept as OpenAlex ids; :mod:`.merge` turns those that
name works in the dossier into ``cites``.
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
    normalise_openalex,
    normalise_pmid,
    parse_year,
    split_name,
)


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def entry_from_openalex(w: Any, line: int, display: str) -> Entry | Skipped:
    if not isinstance(w, dict):
        return Skipped(display, line, "not a JSON object (an OpenAlex work)")
    title = clean_text(w.get("title") or w.get("display_name"))
    if not title:
        return Skipped(display, line, f"work {w.get('id', '?')} has no title")
    authors = []
    for a in w.get("authorships") or []:
        if not isinstance(a, dict):
            continue
        who = _obj(a.get("author"))
        name = clean_text(who.get("display_name") or a.get("raw_author_name"))
        if name:
            au = split_name(name)
            orcid = who.get("orcid")
            if isinstance(orcid, str) and orcid:
                au.orcid = orcid.rsplit("/", 1)[-1]
            authors.append(au)
    ids = _obj(w.get("ids"))
    loc = _obj(w.get("primary_location"))
    src = _obj(loc.get("source"))
    host = _obj(w.get("host_venue"))
    refs = [r for r in (normalise_openalex(x) for x in w.get("referenced_works") or []
                        if isinstance(x, str)) if r]
    year = w.get("publication_year")
    if year is not None and type(year) is not int:
        return Skipped(display, line, f"publication_year {json.dumps(year)[:40]} is not a year")
    return Entry(
        line=line,
        title=title,
        type=map_type(w.get("type_crossref") if w.get("type") == "article" and
                      w.get("type_crossref") == "review" else w.get("type")),
        authors=authors,
        year=year if isinstance(year, int) else parse_year(w.get("publication_date")),
        date=w.get("publication_date") if isinstance(w.get("publication_date"), str) else None,
        venue=clean_text(src.get("display_name") or host.get("display_name")) or None,
        doi=bare_doi(w.get("doi") or ids.get("doi")),
        pmid=normalise_pmid(ids.get("pmid")),
        url=(loc.get("landing_page_url") if isinstance(loc.get("landing_page_url"), str)
             and not bare_doi(loc.get("landing_page_url")) else None),
        openalex=normalise_openalex(w.get("id") or ids.get("openalex")),
        references=refs,
    )


def read_openalex(path: Path) -> Iterator[Entry | Skipped]:
    display = str(path)
    with open(path, "rb") as f:
        head = f.read(4096).lstrip(b"\xef\xbb\xbf").lstrip()
    if head.startswith(b"[") or _is_single_document(path):
        yield from _read_document(path, display)
        return
    with open(path, encoding="utf-8-sig", errors="strict") as f:
        no = 0
        while True:
            no += 1
            try:
                line = f.readline()
            except UnicodeDecodeError:
                yield Skipped(display, no, "not UTF-8")
                continue
            if not line:
                break
            if not line.strip():
                continue
            try:
                w = json.loads(line)
            except json.JSONDecodeError as e:
                yield Skipped(display, no, f"not valid JSON ({e.msg}, column {e.colno})")
                continue
            yield guarded(entry_from_openalex, w, no, display)


def _is_single_document(path: Path) -> bool:
    """True for a pretty-printed JSON document (not one work per line)."""
    with open(path, "rb") as f:
        first = f.readline().strip()
    first = first.removeprefix(b"\xef\xbb\xbf")
    return first == b"{" or (first.startswith(b"{") and not first.endswith(b"}"))


def _read_document(path: Path, display: str) -> Iterator[Entry | Skipped]:
    from . import read_text
    from .csljson import iter_json_array

    text = read_text(path)
    for line, obj in iter_json_array(text, display):
        if isinstance(obj, dict) and isinstance(obj.get("results"), list):
            # An API page: items have no line of their own; report the page's.
            for w in obj["results"]:
                yield guarded(entry_from_openalex, w, line, display)
        else:
            yield guarded(entry_from_openalex, obj, line, display)


__all__ = ["Author", "ImportFailed", "entry_from_openalex", "read_openalex"]
