"""BibTeX in (bibtexparser 2).

bibtexparser 2 keeps each block's starting line and collects unparsable
blocks separately instead of failing the whole file, which is exactly what a
"report the bad entry with its line and go on" importer needs; v1 has neither.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from . import (
    MAX_FIELD,
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
    split_name,
)


def _split_authors(value: str) -> list[str]:
    """Split ``A and B and {C and D Ltd}`` on top-level ``and`` only (raw, before decoding)."""
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
    return [a for a in out if clean_text(a) and clean_text(a).lower() != "others"]


#: The fields read from an entry; no other field is decoded (an abstract of a megabyte
#: costs nothing).
_USED = ("title", "year", "date", "journal", "journaltitle", "booktitle", "publisher", "doi",
         "url", "pmid")


class _TooLong(ValueError):
    pass


@cache
def _decoder() -> Any:
    from bibtexparser.middlewares import LatexDecodingMiddleware

    return LatexDecodingMiddleware()._decoder  # the decoder bibtexparser configures


def _latex(value: str, name: str) -> str:
    """LaTeX decoded to text; refused over MAX_FIELD characters.

    pylatexenc's decoding grows faster than the text (an 800 KB field took
    30 s), so only the fields used are decoded, each at most MAX_FIELD long:
    the import stays linear in the file's size.
    """
    if len(value) > MAX_FIELD:
        raise _TooLong(f"field '{name}' is {len(value):,} characters (over {MAX_FIELD:,}); "
                       "not a reference")
    if "\\" not in value and "$" not in value and "~" not in value:
        return value  # nothing to decode (braces are dropped by clean_text)
    try:
        return str(_decoder().latex_to_text(value))
    except Exception:  # noqa: BLE001 - pylatexenc fails in its own ways; keep the raw text
        return value


def _author(raw: str) -> Author:
    """One name; ``{Acme and Co}`` (braced whole) is an organisation, kept as one name."""
    s = raw.strip()
    if s.startswith("{") and s.endswith("}") and s.count("{") == 1 and s.count("}") == 1:
        return Author(clean_text(_latex(s[1:-1], "author")))
    return split_name(_latex(s, "author"))


def _entry(e: Any, line: int, display: str) -> Entry | Skipped:
    f = {k.lower(): v for k, v in e.fields_dict.items()}
    try:
        def val(name: str) -> str:
            fld = f.get(name)
            return clean_text(_latex(str(fld.value), name)) if fld is not None else ""

        title = val("title")
        if not title:
            return Skipped(display, line, f"entry '{e.key}' has no title")
        authors = []
        if "author" in f:
            raw = str(f["author"].value)
            if len(raw) > MAX_FIELD * 10:
                raise _TooLong(f"field 'author' is {len(raw):,} characters; not a reference")
            authors = [_author(a) for a in _split_authors(raw)]
        year = parse_year(val("year")) or parse_year(val("date"))
        return Entry(
            line=line,
            title=title,
            type=map_type(e.entry_type),
            authors=authors,
            year=year,
            date=val("date") or None,
            venue=val("journal") or val("journaltitle") or val("booktitle")
            or val("publisher") or None,
            doi=bare_doi(val("doi")) or bare_doi(val("url")),
            pmid=normalise_pmid(val("pmid")),
            url=val("url") or None,
            key=e.key,
        )
    except _TooLong as err:
        return Skipped(display, line, str(err))


def entries_from_bibtex(text: str, display: str) -> Iterator[Entry | Skipped]:
    """Entries of a BibTeX text; ``display`` names the file in messages."""
    import bibtexparser

    log = logging.getLogger("bibtexparser")
    level, log.level = log.level, logging.CRITICAL
    try:
        lib = bibtexparser.parse_string(text)
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
        found.append((line, guarded(_entry, e, line, display)))
    found.sort(key=lambda t: t[0])
    for _, item in found:
        yield item


def _first_line(raw: str) -> str:
    line = raw.strip().splitlines()[0] if raw.strip() else ""
    return line[:60]


def read_bibtex(path: Path) -> Iterator[Entry | Skipped]:
    from . import read_text

    return entries_from_bibtex(read_text(path), str(path))
