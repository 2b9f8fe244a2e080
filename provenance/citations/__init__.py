"""Reference files in: BibTeX, RIS, CSL-JSON and OpenAlex, merged into a dossier.

Each reader (:mod:`.bibtex`, :mod:`.ris`, :mod:`.csljson`, :mod:`.openalex`)
turns a file into a stream of :class:`Entry` records (one per reference, with
the line it starts on) or :class:`Skipped` notes (a bad entry, its line and
why). Readers never touch a dossier; :mod:`.merge` matches entries to the
dossier's works (DOI, then OpenAlex/PubMed id, then fuzzy title + year) and
:mod:`.yamlio` writes the result back without losing what the user wrote.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Raised here, defined with every other exception in provenance.errors.
from ..errors import ImportFailed as ImportFailed

FORMATS = ("bibtex", "ris", "csl-json", "openalex")


@dataclass(slots=True)
class Author:
    """An author as a reference file names them."""

    family: str
    given: str = ""
    orcid: str | None = None

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}".strip()


@dataclass(slots=True)
class Entry:
    """One reference read from a file, in the dossier's vocabulary."""

    line: int
    title: str
    type: str = "other"
    authors: list[Author] = field(default_factory=list)
    year: int | None = None
    date: str | None = None
    venue: str | None = None
    doi: str | None = None
    pmid: str | None = None
    url: str | None = None
    openalex: str | None = None
    #: The file's own key for it (BibTeX citekey, RIS ID, CSL id): a preferred work id.
    key: str | None = None
    #: OpenAlex ids of the works it cites (``referenced_works``).
    references: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A bad entry: where it is and what is wrong with it. It is not imported."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message} — skipped"


def read_entries(fmt: str, path: str | Path) -> Iterator[Entry | Skipped]:
    """Stream the entries of ``path`` read as ``fmt`` (one of :data:`FORMATS`).

    Every entry is checked (:func:`check_entry`): one a dossier could not
    hold becomes a :class:`Skipped` note with its line, and the rest go on.
    """
    path = Path(path)
    if fmt == "bibtex":
        from .bibtex import read_bibtex as reader
    elif fmt == "ris":
        from .ris import read_ris as reader
    elif fmt == "csl-json":
        from .csljson import read_csljson as reader
    elif fmt == "openalex":
        from .openalex import read_openalex as reader
    else:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return (check_entry(e, str(path)) for e in reader(path))


#: Errors a reader raises on one malformed entry (a number where text belongs, a date
#: part that is not a digit): the entry is skipped with its line, the import goes on.
ENTRY_ERRORS = (TypeError, ValueError, AttributeError, KeyError, IndexError, RecursionError)


def guarded(make: Callable[..., Entry | Skipped], item: Any, line: int, display: str
            ) -> Entry | Skipped:
    """``make(item, line, display)``, or a Skipped note saying why it could not be read."""
    try:
        return make(item, line, display)
    except ENTRY_ERRORS as e:
        return Skipped(display, line, f"malformed entry ({type(e).__name__}: {str(e)[:120]})")


_SURROGATE = re.compile("[\ud800-\udfff]")
#: A field longer than this is not a reference (a title, a name): the entry is skipped.
MAX_FIELD = 10_000


def check_entry(e: Entry | Skipped, display: str) -> Entry | Skipped:
    """``e`` if a dossier can hold it as it is, else a Skipped note saying why.

    The loader's own rules, applied to one entry, so one bad entry cannot
    make the check of the whole import fail afterwards.
    """
    if isinstance(e, Skipped):
        return e

    def bad(why: str) -> Skipped:
        return Skipped(display, e.line, why)

    if not isinstance(e.title, str) or not e.title:
        return bad("entry has no title")
    if e.year is not None and (type(e.year) is not int or not 1 <= e.year <= 9999):
        return bad(f"year {str(e.year)[:40]!r} is not a year")
    texts = [e.title, e.type, e.date, e.venue, e.doi, e.pmid, e.url, e.openalex, e.key]
    for a in e.authors:
        if not isinstance(a, Author):
            return bad("an author is not a name")
        texts += [a.family, a.given, a.orcid]
    texts += e.references
    for t in texts:
        if t is None:
            continue
        if not isinstance(t, str):
            return bad(f"a field holds {type(t).__name__} {str(t)[:40]!r}, not text")
        if len(t) > MAX_FIELD:
            return bad(f"a field is {len(t):,} characters long (more than {MAX_FIELD:,}); "
                       "not a reference")
        if not t.isascii() and _SURROGATE.search(t):
            return bad("a field holds a lone UTF-16 surrogate (a broken \\u escape)")
    return e


# -- helpers shared by the readers ---------------------------------------------

_DOI_RE = re.compile(r"10\.\d{4,9}/\S+", re.IGNORECASE)


def bare_doi(value: str | None) -> str | None:
    """The bare DOI in ``value`` (a doi.org URL, ``doi:`` prefix or bare), case kept."""
    if not value or not isinstance(value, str):
        return None
    from urllib.parse import unquote

    m = _DOI_RE.search(unquote(value.strip()))
    return m.group(0).rstrip(".,;") if m else None


def normalise_doi(value: str | None) -> str | None:
    """The bare, lower-case DOI in ``value``, or None.

    DOIs are case-insensitive by definition, so lower case makes them comparable.
    """
    doi = bare_doi(value)
    return doi.lower() if doi else None


def normalise_openalex(value: str | None) -> str | None:
    """``W2741809807`` from an OpenAlex URL or id, or None."""
    if not value:
        return None
    if value.startswith("https://openalex.org/W") and value[22:].isdigit():
        return value[21:]  # the common case, without a regex
    m = re.search(r"\b([WwAaSs]\d+)\s*$", value.strip())
    return m.group(1).upper() if m else None


def normalise_pmid(value: str | None) -> str | None:
    if not value:
        return None
    m = re.search(r"(\d+)\s*/?\s*$", str(value))
    return m.group(1) if m else None


def parse_year(value: object) -> int | None:
    """A plausible publication year from ``2014``, ``"2014/12/31/"`` or ``"Dec 2014"``."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 1000 <= value <= 2999 else None
    if isinstance(value, str):
        m = re.search(r"(?<!\d)(1\d{3}|2\d{3})(?!\d)", value)
        return int(m.group(1)) if m else None
    return None


def clean_text(value: object) -> str:
    """One line of text: whitespace collapsed, BibTeX protective braces dropped."""
    if value is None:
        return ""
    s = str(value).replace("{", "").replace("}", "")
    return " ".join(s.split())


def split_name(name: str) -> Author:
    """``"Tubbs, R. Shane"`` or ``"R. Shane Tubbs"`` -> Author(family, given)."""
    name = clean_text(name)
    if "," in name:
        family, _, given = name.partition(",")
        return Author(family.strip(), given.strip())
    parts = name.split()
    if len(parts) <= 1:
        return Author(name, "")
    # Keep particles with the surname: "van der Berg", "de la Cruz".
    i = len(parts) - 1
    while i > 1 and parts[i - 1].lower() in {"van", "von", "der", "de", "la", "del", "da", "di",
                                             "le", "du", "dos", "ter", "ten"}:
        i -= 1
    return Author(" ".join(parts[i:]), " ".join(parts[:i]))


#: Reference-manager types -> the dossier's work types. Journal articles and
#: conference papers become ``study``: the dossier's word for a research paper.
TYPE_MAP = {
    "article": "study", "journal-article": "study", "article-journal": "study", "jour": "study",
    "inproceedings": "study", "conference": "study", "paper-conference": "study",
    "conf": "study", "cpaper": "study", "preprint": "study", "posted-content": "study",
    "proceedings-article": "study", "thesis": "study", "phdthesis": "study",
    "mastersthesis": "study", "thes": "study", "letter": "editorial",
    "review": "review", "book": "book", "book-chapter": "book", "chapter": "book",
    "incollection": "book", "inbook": "book", "chap": "book", "monograph": "book",
    "edited-book": "book", "ebook": "book", "dataset": "dataset", "data": "dataset",
    "editorial": "editorial", "report": "report", "techreport": "report", "rprt": "report",
    "webpage": "webpage", "online": "webpage", "elec": "webpage", "web": "webpage",
    "article-newspaper": "article", "article-magazine": "article", "news": "article",
    "mgzn": "article", "newspaper": "article", "interview": "interview",
}


def map_type(raw: object) -> str:
    return TYPE_MAP.get(str(raw or "").strip().lower(), "other")


def read_text(path: Path) -> str:
    """A reference file's text; a file that is not UTF-8 is refused with the line it breaks on.

    Read through :func:`provenance.files.read_regular`: a FIFO or a device is
    refused (not read forever), and so is a file over the size limit.
    """
    from ..dossier import max_bytes
    from ..files import UnsafeFile, read_regular

    try:
        raw = read_regular(path, limit=max_bytes())
    except UnsafeFile as e:
        raise ImportFailed(str(path), 0, e.message, e.hint) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        raise ImportFailed(str(path), line, "not UTF-8",
                           "re-export it as UTF-8, or convert it with `iconv -f latin1 -t utf-8`"
                           ) from None


@dataclass
class ImportResult:
    """What :func:`import_file` did: the plan (numbers) and the files it wrote."""

    plan: Any
    dossier: Path
    written: list[Path] = field(default_factory=list)
    created: bool = False


def import_file(fmt: str, file: str | Path, into: str | Path, *, to: str | None = None,
                dry_run: bool = False, authors: bool = True,
                progress: Callable[[int], None] | None = None) -> ImportResult:
    """Import the references in ``file`` into the dossier ``into``; write nothing on error.

    New works (and their authors as people) are appended to dossier.yaml, or
    with ``to`` to a file of their own (``works.imported.json``) that
    dossier.yaml includes. Works already present are merged, never
    duplicated; importing the same file twice changes nothing. ``into`` may
    name a folder without a dossier yet: one is started.
    """
    from ..dossier import DOSSIER_FILE, DossierError, Problem, load_dossier, validate
    from ..files import write_text_atomic
    from ..model import Dossier
    from .merge import plan_import
    from .yamlio import apply_to_included, apply_to_yaml, dump_included, read_included

    into = Path(into)
    yml = into if into.suffix in (".yaml", ".yml") else into / DOSSIER_FILE
    root = yml.parent
    created = not yml.exists()
    if created:
        if into.exists() and not into.is_dir():
            raise ImportFailed(str(into), 0, "not a dossier folder or dossier.yaml")
        main_text = f"title: {json.dumps(root.name or 'Imported references')}\n"
        dossier = Dossier(title=root.name, root=root, path=yml, slug=root.name)
    else:
        dossier = load_dossier(into)
    main_text, form = read_exact(yml) if not created else (main_text, TextForm())
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    main_data = _load_text(main_text) or {}
    includes = [str(x) for x in main_data.get("include") or [] if isinstance(x, str)]
    if to is not None:
        tp = Path(to)
        if tp.is_absolute() or ".." in tp.parts or tp == Path(DOSSIER_FILE) or \
                tp.suffix.lower() not in (".json", ".yaml", ".yml"):
            raise ImportFailed(str(to), 0, "--to must be a .json or .yaml file name "
                               "inside the dossier folder", "e.g. --to works.imported.json")
        if to not in includes and (os.path.lexists(root / tp)):
            raise ImportFailed(str(root / tp), 0, "already exists and is not part of the "
                               "dossier (not in its include: list), so it is not replaced",
                               "choose another --to name, e.g. --to works.imported.json; or, "
                               f"if it holds records for this dossier, add `include: [{to}]` "
                               "to dossier.yaml first")
    if not Path(file).exists():
        raise ImportFailed(str(file), 0, "no such file")

    entries = read_entries(fmt, file)
    if progress is not None:
        entries = _reporting(entries, progress)
    plan = plan_import(dossier, entries, authors=authors)

    targets = list(includes)
    if to is not None and to not in targets:
        targets.append(to)
    inc_data = {rel: read_included(root / rel, root) for rel in targets}
    #: included YAML files are edited as text, like dossier.yaml: they may be hand-written
    inc_text: dict[str, str] = {}
    inc_form: dict[str, TextForm] = {}
    new_text = main_text
    try:
        if plan.changed or (to is not None and to not in includes):
            new_include = to if to is not None and to not in includes else None
            try:
                new_text = apply_to_yaml(main_text, plan, new_here=to is None,
                                         include=new_include)
            except yaml.YAMLError:
                if not isinstance(_load_text(main_text, yaml_too=False), dict):
                    raise
                new_text = _apply_to_json(main_text, plan, new_here=to is None,
                                          include=new_include)
            for rel, data in inc_data.items():
                path = root / rel
                if path.suffix.lower() == ".json" or not path.is_file() or not data:
                    apply_to_included(data, plan, new_here=rel == to)
                    inc_text[rel] = dump_included(data, path)
                else:
                    text, inc_form[rel] = read_exact(path, root)
                    inc_text[rel] = apply_to_yaml(text, plan, new_here=rel == to)
                    inc_data[rel] = yaml.load(inc_text[rel], Loader=loader) or {}
        # Check the result with the loader's own rules before anything is written.
        combined = _load_text(new_text) or {}
    except (yaml.YAMLError, ValueError) as e:
        raise ImportFailed(str(yml), 0, "the new records cannot be added to this file without "
                           f"rewriting it ({str(e).splitlines()[0][:120]})",
                           "import into a file of its own: --to works.imported.json") from None
    for rel in targets:
        for key in ("questions", "people", "works", "claims"):
            if inc_data[rel].get(key):
                combined.setdefault(key, [])
                combined[key] = list(combined[key] or []) + list(inc_data[rel][key])
    found = validate(combined, root, str(yml))
    if found.problems:
        raise DossierError([Problem(str(yml), 0, 0, f"after import: {m}", h)
                            for _, m, h in found.problems[:20]])

    result = ImportResult(plan, yml, created=created)
    if dry_run:
        return result
    for rel, text in inc_text.items():
        path = root / rel
        f = inc_form.get(rel, TextForm())
        old = read_exact(path, root)[0] if path.is_file() else None
        if text != old:
            result.written.append(write_text_atomic(path, f.encode(text), force=True))
    if new_text != main_text or created:
        result.written.append(write_text_atomic(yml, form.encode(new_text), force=True))
    return result


def _load_text(text: str, *, yaml_too: bool = True) -> Any:
    """A dossier file's data: JSON read as JSON (it may hold characters YAML refuses, such as
    raw C1 controls), anything else as YAML."""
    if text.lstrip()[:1] == "{":
        try:
            return json.loads(text)
        except ValueError:
            if not yaml_too:
                return None
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _apply_to_json(text: str, plan: Any, *, new_here: bool, include: str | None) -> str:
    """A JSON dossier YAML cannot read, rewritten whole as JSON (it has no comments to lose).

    Used only when :func:`.yamlio.apply_to_yaml` cannot compose the text.
    """
    from ..safejson import dumps
    from .yamlio import apply_to_included

    data = json.loads(text)
    apply_to_included(data, plan, new_here=new_here)
    if include:
        data.setdefault("include", []).append(include)
    return dumps(data, indent=1) + "\n"


@dataclass(frozen=True, slots=True)
class TextForm:
    """How a file the user wrote is encoded: a BOM, CRLF line ends. Kept when it is edited."""

    bom: bool = False
    crlf: bool = False

    def encode(self, text: str) -> bytes:
        if self.crlf:
            text = text.replace("\n", "\r\n")
        return (b"\xef\xbb\xbf" if self.bom else b"") + text.encode("utf-8")


def read_exact(path: Path, root: Path | None = None) -> tuple[str, TextForm]:
    """A dossier file's text with LF line ends, and its form, so that
    ``form.encode(text)`` gives back the same bytes (through the one door: inside
    ``root``, the dossier folder, when given)."""
    from ..dossier import max_bytes
    from ..files import UnsafeFile, read_inside

    try:
        raw = read_inside(path.parent if root is None else root,
                          path.name if root is None else os.path.relpath(path, root),
                          limit=max_bytes())
    except UnsafeFile as e:
        raise ImportFailed(str(path), 0, e.message, e.hint) from None
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    # CRLF only when every line ends so; a file of mixed ends is kept as it is.
    crlf = "\r\n" in text and text.count("\r\n") == text.count("\n")
    return (text.replace("\r\n", "\n") if crlf else text), TextForm(bom, crlf)


def _reporting(entries: Iterator[Entry | Skipped], progress: Callable[[int], None]
               ) -> Iterator[Entry | Skipped]:
    for e in entries:
        progress(e.line)
        yield e
