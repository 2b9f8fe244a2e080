"""Turn a raw article into a first-draft dossier: quotes, speakers, numbers, studies.

``extract_text(text)`` returns an :class:`Extraction` (plain records, offsets
into ``text``); ``read_article(path)`` reads a UTF-8 text or HTML file the way
the extractor and the dossier loader both see it; ``generate_draft`` renders an
extraction as dossier YAML with review comments and ``write_draft`` writes the
folder atomically. ``extract(path, out_dir)`` does all of it. Everything here
is a heuristic first draft for a journalist to review, never a verdict.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from .draft import DraftExistsError, generate_draft, write_draft
from .records import Extraction, NumberMention, PersonDraft, Statement, StudyMention

DEFAULT_MAX_BYTES = 256 * 1024 * 1024


class ExtractError(Exception):
    """An article that cannot be read (missing, too large, not UTF-8)."""


_BYLINE_RE = re.compile(
    r"^(?:[Bb]y|BY)[ \u00a0]+(?P<name>[A-Z][\w’'.\-]+(?:[ \u00a0]+[A-Z][\w’'.\-]+){1,3})",
    re.M,
)
_AUTHOR_NOTE_RE = re.compile(
    r"(?P<name>[A-Z][\w’'\-]+(?:[ \u00a0]+[A-Z][\w’'.\-]+){1,3})[ \u00a0]+is[ \u00a0]+"
    r"(?:a|an|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:editor|writer|reporter|journalist|"
    r"correspondent|columnist|contributor|freelancer)\b(?:[ \u00a0]+(?:of|at|for)[ \u00a0]+"
    r"(?P<venue>[A-Z][\w’'\-]*(?:[ \u00a0]+(?:&|and|of|[A-Z][\w’'\-]*))*))?"
)


def max_bytes() -> int:
    """The largest article read (``PROVENANCE_MAX_BYTES``, as for dossiers)."""
    try:
        return int(os.environ.get("PROVENANCE_MAX_BYTES", DEFAULT_MAX_BYTES))
    except ValueError:
        return DEFAULT_MAX_BYTES


def read_article(path: str | Path, bold: list[int] | None = None) -> str:
    """The article's text: UTF-8 (a BOM dropped, newlines kept), HTML reduced to text.

    For HTML, the start offsets of paragraphs set in bold (interview questions,
    often) are appended to ``bold`` when it is given. Raises ExtractError with
    what to do when the file cannot be read.
    """
    p = Path(path)
    if not p.is_file():
        raise ExtractError(f"{p}: no such file; give the path of a .txt or .html article")
    size = p.stat().st_size
    if size > max_bytes():
        raise ExtractError(f"{p}: {size:,} bytes, over the {max_bytes():,}-byte limit; "
                           "split it, or raise PROVENANCE_MAX_BYTES")
    raw = p.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        raise ExtractError(f"{p}:{line}: not UTF-8 (byte 0x{raw[e.start]:02x}); save it as "
                           "UTF-8, e.g. `iconv -f latin1 -t utf-8`") from None
    from .html import html_to_text, looks_like_html

    if p.suffix.lower() in (".html", ".htm", ".xhtml") or looks_like_html(text):
        text = html_to_text(text, bold)
    if not text.strip():
        raise ExtractError(f"{p}: no text found; is it the article itself?")
    return text


def extract_text(text: str, *, bold_paragraphs: Iterable[int] = ()) -> Extraction:
    """Find who says what in ``text``, and the figures and studies it mentions.

    ``bold_paragraphs``: start offsets of paragraphs set in bold (from HTML),
    read as interview questions like ``**...**`` in plain text.
    """
    from provenance.numbers import find_numbers

    from ..speech import analyse
    from ..speech.speakers import clean_name
    from ..speech.statements import indirect_speaker
    from .studies import find_studies

    speech = analyse(text, bold_paragraphs)
    paras, people, mentions = speech.paras, speech.people, speech.mentions
    persons = list(people.persons)
    ex = Extraction(text=text, people=persons, statements=speech.statements)
    ex.numbers = find_numbers(text)

    quoted = sorted(sp for s in speech.statements for sp in s.spans)
    for n in ex.numbers:
        if n.kind in ("percent", "ratio", "range") and not any(
                a <= n.start < b for a, b in quoted):
            n.speaker_id = indirect_speaker(text, n.start, paras, people, mentions)
    ex.studies = find_studies(text, ex.numbers)
    if paras.spans:
        ps, pe = paras.spans[0]
        first = text[ps:pe].strip()
        if len(first.split()) <= 25 and not re.search(r"[.!?][”\"’]?\s+\S", first):
            ex.title = first.rstrip(".").strip()
    head = text[: min(len(text), 3000)]
    m = _BYLINE_RE.search(head)
    if m is None:
        for m2 in _AUTHOR_NOTE_RE.finditer(text, max(0, len(text) - 5000)):
            m = m2
            if m2.group("venue"):
                ex.venue = m2.group("venue").strip()
    if m is not None:
        cleaned = clean_name(m.group("name"))
        if cleaned is not None:
            written, core = cleaned
            known = {p.name: p for p in persons}
            author = known.get(" ".join(core))
            if author is None:
                from ..speech.speakers import slug

                ids = {p.id for p in persons}
                aid, k = slug(core[-1]) or "author", 2
                while aid in ids:
                    aid, k = f"{slug(' '.join(core))}-{k}", k + 1
                author = PersonDraft(aid, " ".join(core), [written] if written != " ".join(
                    core) else [])
                persons.append(author)
            author.author = True
    return ex


def extract(path: str | Path, out_dir: str | Path | None = None, *, force: bool = False
            ) -> tuple[Extraction, Path]:
    """Read ``path``, extract, and write the draft dossier folder; return both.

    The folder defaults to ``./<article name>/`` in the current directory.
    """
    from ..speech.speakers import slug

    p = Path(path)
    bold: list[int] = []
    text = read_article(p, bold)
    ex = extract_text(text, bold_paragraphs=bold)
    base = slug(p.stem) or "article"
    name = base + ".txt"
    target = Path(out_dir) if out_dir is not None else Path(base)
    folder = write_draft(ex, target, name, force=force, origin=p.name)
    return ex, folder


__all__ = [
    "DraftExistsError",
    "ExtractError",
    "Extraction",
    "NumberMention",
    "PersonDraft",
    "Statement",
    "StudyMention",
    "extract",
    "extract_text",
    "generate_draft",
    "read_article",
    "write_draft",
]


# ``provenance.extract("article.txt")``: the package is callable (the library's entry point).
import sys as _sys  # noqa: E402

from ..api import CallableModule as _CallableModule  # noqa: E402

_sys.modules[__name__].__class__ = _CallableModule
