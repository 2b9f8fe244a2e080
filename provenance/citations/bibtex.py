"""BibTeX in (bibtexparser 2).

bibtexparser 2 keeps each block's starting line and collects unparsable
blocks separately instead of failing the whole file, which is exactly what a
"report the bad entry with its line and go on" importer needs; v1 has neither.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from . import (
    Author,
    Entry,
    ImportFailed,
    Skipped,
    bare_doi,
    clean_text,
    map_type,
    normalise_pmid,
    parse_year,
    split_name,
)


def _split_authors(value: str) -> list[Author]:
    """Split ``A and B and {C and D Ltd}`` on top-level ``and`` only."""
    out, depth, start, i, low = [], 0, 0, 0, value.lower()
    while i < len(value):
        ch = value[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0 and low.startswith(" and ", i):
            out.append(value[start:i])
            start = i + 5
            i += 4
        i += 1
    out.append(value[start:])
    return [split_name(a) for a in out if clean_text(a) and clean_text(a).lower() != "others"]


def entries_from_bibtex(text: str, display: str) -> Iterator[Entry | Skipped]:
    """Entries of a BibTeX text; ``display`` names the file in messages."""
    import bibtexparser
    from bibtexparser.middlewares import LatexDecodingMiddleware

    log = logging.getLogger("bibtexparser")
    level, log.level = log.level, logging.CRITICAL
    try:
        lib = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    except Exception as err:  # the parser's own failure on the whole text
        raise ImportFailed(display, 1, f"not readable as BibTeX ({err})",
                           "check the file is a .bib export") from None
    finally:
        log.level = level
    found: list[tuple[int, Entry | Skipped]] = []
    for b in lib.failed_blocks:
        line = (b.start_line or 0) + 1
        kind = type(b).__name__
        why = ("duplicate citation key" if "Duplicate" in kind
               else f"cannot parse this entry ({_first_line(b.raw or '')})")
        found.append((line, Skipped(display, line, why)))
    for e in lib.entries:
        line = (e.start_line or 0) + 1
        f = {k.lower(): v for k, v in e.fields_dict.items()}

        def val(name: str, _f: dict = f) -> str:
            fld = _f.get(name)
            return clean_text(fld.value) if fld is not None else ""

        title = val("title")
        if not title:
            found.append((line, Skipped(display, line, f"entry '{e.key}' has no title")))
            continue
        year = parse_year(val("year")) or parse_year(val("date"))
        found.append((line, Entry(
            line=line,
            title=title,
            type=map_type(e.entry_type),
            authors=_split_authors(str(f["author"].value)) if "author" in f else [],
            year=year,
            date=val("date") or None,
            venue=val("journal") or val("journaltitle") or val("booktitle")
            or val("publisher") or None,
            doi=bare_doi(val("doi")) or bare_doi(val("url")),
            pmid=normalise_pmid(val("pmid")),
            url=val("url") or None,
            key=e.key,
        )))
    found.sort(key=lambda t: t[0])
    for _, item in found:
        yield item


def _first_line(raw: str) -> str:
    line = raw.strip().splitlines()[0] if raw.strip() else ""
    return line[:60]


def read_bibtex(path: Path) -> Iterator[Entry | Skipped]:
    from . import read_text

    return entries_from_bibtex(read_text(path), str(path))
