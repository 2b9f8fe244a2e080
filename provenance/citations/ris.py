"""RIS in (rispy), one record at a time.

rispy reads a whole file and cannot say where a record started; the file is
cut into records here (``TY  -`` ... ``ER  -``) so every record keeps its
line and a malformed one is skipped alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import (
    Entry,
    Skipped,
    bare_doi,
    clean_text,
    guarded,
    map_type,
    normalise_pmid,
    parse_year,
    read_text,
    split_name,
)

_TAG = re.compile(r"^([A-Z][A-Z0-9])  -( |$)")


def entries_from_ris(text: str, display: str) -> Iterator[Entry | Skipped]:
    import rispy

    record: list[str] = []
    start = 0
    for no, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\r")
        m = _TAG.match(line)
        if m and m.group(1) == "TY":
            if record:
                yield Skipped(display, start, "record has no 'ER  -' end line")
            record, start = [line], no
            continue
        if not record:
            if line.strip():
                yield Skipped(display, no, "text outside a record (a record starts 'TY  - ')")
            continue
        record.append(line)
        if m and m.group(1) == "ER":
            try:
                recs = rispy.loads("\n".join(record) + "\n")
            except Exception as e:  # rispy raises plain IOError/ValueError on bad records
                yield Skipped(display, start, f"cannot parse this record ({e})")
            else:
                if recs:
                    yield guarded(_entry, recs[0], start, display)
            record = []
    if record:
        yield Skipped(display, start, "record has no 'ER  -' end line")


def _entry(r: dict[str, Any], line: int, display: str) -> Entry | Skipped:
    def first(*keys: str) -> str:
        for k in keys:
            v = r.get(k)
            if isinstance(v, list):
                v = v[0] if v else None
            if v:
                return clean_text(v)
        return ""

    title = first("title", "primary_title", "translated_title", "short_title")
    if not title:
        return Skipped(display, line, "record has no title (TI or T1)")
    names = list(r.get("authors") or []) + list(r.get("first_authors") or [])
    urls = r.get("urls") or []
    doi = bare_doi(first("doi")) or next((bare_doi(u) for u in urls if bare_doi(u)), None)
    pmid = None
    an = first("accession_number")
    if an and an.isdigit():
        pmid = an
    for u in urls:
        if "pubmed" in u:
            pmid = pmid or normalise_pmid(u)
    return Entry(
        line=line,
        title=title,
        type=map_type(r.get("type_of_reference")),
        authors=[split_name(n) for n in names if clean_text(n)],
        year=parse_year(first("year", "publication_year", "date")),
        date=first("date") or (first("year") if first("year").count("/") >= 2 else None),
        venue=first("secondary_title", "journal_name", "alternate_title3", "alternate_title1",
                    "publisher") or None,
        doi=doi,
        pmid=pmid,
        url=next((u for u in urls if not bare_doi(u)), None) if urls else None,
        key=first("id") or None,
    )


def read_ris(path: Path) -> Iterator[Entry | Skipped]:
    return entries_from_ris(read_text(path), str(path))
