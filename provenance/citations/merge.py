"""Match imported references to a dossier's works and merge them in.

Matching, most certain first: DOI (normalised: bare and lower case), then
OpenAlex id, then PubMed id, then the title. Titles are compared after case
and punctuation are folded: an identical title matches when neither side
has a year or the years agree; a near-identical one (rapidfuzz ratio ≥
:data:`TITLE_CUTOFF`) only within the same year, and never between two works
whose DOIs differ. Candidates are grouped by year so matching stays fast at
100,000 works.

Merging never loses what the user wrote: a matched work only gains the fields
it lacked (and ``cites`` it did not list); ``type`` and ``title`` are never
changed. Authors become person records, matched to existing people by ORCID,
then by surname plus compatible given names (:class:`_PeopleIndex`): initials
agree with names (``T.`` with ``Toyohiko``), names agree up to spelling
(rapidfuzz), and a person the dossier knows only by surname (``Isu``) takes
the author. Every match is reported (:class:`PersonMatch`); an author who
could be two people is reported (:class:`AmbiguousAuthor`) and added as a
new person, never merged by guess.

Everything here is pure: :func:`plan_import` reads a dossier and a stream of
entries and returns the changes; :mod:`.yamlio` writes them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..model import Dossier, Person, Work
from . import Author, Entry, Skipped, normalise_doi, normalise_openalex, normalise_pmid

TITLE_CUTOFF = 92.0
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")
#: Work fields in the order they are written; a merged work gains missing ones.
WORK_ORDER = ("id", "type", "title", "authors", "year", "date", "venue", "doi", "pmid", "url",
              "openalex", "design", "design_note", "sample", "source_text", "cites")
GAINABLE = ("authors", "year", "date", "venue", "doi", "pmid", "url", "openalex")
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Lower case, accents and punctuation dropped, whitespace collapsed."""
    if text.isascii():
        s = text.casefold()
    else:
        s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return _NON_ALNUM.sub(" ", s).strip()


def slug(text: str) -> str:
    return "-".join(fold(text).split()) or "x"


@dataclass(frozen=True)
class PersonMatch:
    """An author taken to be a person already in the dossier (or earlier in the file)."""

    author: str  # the name as the file gives it
    line: int  # the entry's line in the file
    person: str  # the person's id
    name: str  # the person's name
    how: str  # why: "same ORCID", "same name", "same surname, initials ... agree"...

    def __str__(self) -> str:
        return f"author {self.author!r} is {self.person} ({self.name}): {self.how}"


@dataclass(frozen=True)
class AmbiguousAuthor:
    """An author who could be more than one person: added as a new person, to be checked."""

    author: str
    line: int
    candidates: tuple[tuple[str, str], ...]  # (id, name)
    added_as: str

    def __str__(self) -> str:
        could = " or ".join(f"{pid} ({name})" for pid, name in self.candidates)
        return (f"author {self.author!r} could be {could}; added as "
                f"{self.added_as}, not merged. If it is one of them, put that id in place of "
                f"{self.added_as} in the works' authors (or add the name to their aliases)")


@dataclass
class ImportPlan:
    """What an import changes, and the numbers the command reports."""

    new_people: list[dict[str, Any]] = field(default_factory=list)
    new_works: list[dict[str, Any]] = field(default_factory=list)
    #: existing work id -> fields it gains (never ones it has)
    updates: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: existing work id -> work ids to append to its ``cites``
    add_cites: dict[str, list[str]] = field(default_factory=dict)
    merged: list[str] = field(default_factory=list)
    duplicates: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    cites_added: int = 0
    references_outside: int = 0
    entries: int = 0
    #: authors matched to people, each (author name, person) once
    people_matched: list[PersonMatch] = field(default_factory=list)
    ambiguous: list[AmbiguousAuthor] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.new_people or self.new_works or self.updates or self.add_cites)

    def as_dict(self) -> dict[str, Any]:
        return {
            "entries": self.entries,
            "added": [w["id"] for w in self.new_works],
            "merged": self.merged,
            "updated": sorted(set(self.updates) | set(self.add_cites)),
            "duplicates_in_file": self.duplicates,
            "people_added": [p["id"] for p in self.new_people],
            "cites_added": self.cites_added,
            "references_outside_dossier": self.references_outside,
            "skipped": [{"file": s.file, "line": s.line, "message": s.message}
                        for s in self.skipped],
            "people_matched": [{"author": m.author, "line": m.line, "person": m.person,
                                "name": m.name, "how": m.how} for m in self.people_matched],
            "ambiguous_authors": [{"author": a.author, "line": a.line,
                                   "candidates": [c for c, _ in a.candidates],
                                   "added_as": a.added_as} for a in self.ambiguous],
        }


class _WorkIndex:
    def __init__(self) -> None:
        self.by_doi: dict[str, str] = {}
        self.by_openalex: dict[str, str] = {}
        self.by_pmid: dict[str, str] = {}
        self.by_title: dict[str, list[tuple[str, int | None]]] = {}
        #: year -> (folded titles, ids) of all works / of works without a DOI, for
        #: fuzzy matching within a year (a work with a DOI only fuzzy-matches one without)
        self.by_year: dict[int, tuple[list[str], list[str]]] = {}
        self.no_doi_by_year: dict[int, tuple[list[str], list[str]]] = {}

    def add(self, wid: str, title: str, year: int | None, doi: str | None,
            openalex: str | None, pmid: str | None) -> None:
        if doi:
            self.by_doi.setdefault(doi, wid)
        if openalex:
            self.by_openalex.setdefault(openalex, wid)
        if pmid:
            self.by_pmid.setdefault(pmid, wid)
        t = fold(title)
        self.by_title.setdefault(t, []).append((wid, year))
        if year is not None:
            for table in (self.by_year, self.no_doi_by_year) if not doi else (self.by_year,):
                titles, ids = table.setdefault(year, ([], []))
                titles.append(t)
                ids.append(wid)

    def match(self, e: Entry, doi: str | None, oa: str | None, pmid: str | None,
              doi_of: dict[str, str | None]) -> str | None:
        if doi and doi in self.by_doi:
            return self.by_doi[doi]
        if oa and oa in self.by_openalex:
            return self.by_openalex[oa]
        if pmid and pmid in self.by_pmid:
            return self.by_pmid[pmid]
        t = fold(e.title)
        for wid, year in self.by_title.get(t, ()):
            if (e.year is None or year is None or year == e.year) and _compatible(
                    doi, doi_of.get(wid)):
                return wid
        table = self.no_doi_by_year if doi else self.by_year
        if e.year is None or e.year not in table or len(t) < 12:
            return None
        from rapidfuzz import fuzz, process

        titles, ids = table[e.year]
        for _, score, i in process.extract_iter(t, titles, scorer=fuzz.ratio,
                                                score_cutoff=TITLE_CUTOFF):
            if score >= TITLE_CUTOFF and _compatible(doi, doi_of.get(ids[i])):
                return ids[i]
        return None


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


#: Titles dropped from names before comparing given names.
_TITLES = frozenset({"dr", "prof", "professor", "mr", "mrs", "ms", "sir", "md", "phd"})
#: rapidfuzz ratio at which two given names are one name spelt two ways (Yoshinori, Yosinori).
GIVEN_CUTOFF = 85.0
SAME, COMPATIBLE, SURNAME = 3, 2, 1  # how strongly two given names agree


def _surname_key(family: str) -> str:
    return fold(family).replace(" ", "")


@lru_cache(maxsize=1 << 16)
def given_tokens(given: str) -> tuple[str, ...]:
    """``"R. Shane"`` -> ("r", "shane"); ``"J.-Y."`` -> ("j", "y"); titles dropped."""
    return tuple(t for t in fold(given.replace(".", " ")).split() if t not in _TITLES)


def _token_ok(a: str, b: str) -> bool:
    """One given name against another: an initial, the same name, or a spelling variant.

    Spelling variants (rapidfuzz ratio >= :data:`GIVEN_CUTOFF`) must keep both
    ends of the name: Yoshinori and Yosinori, Mohamed and Mohammed are one
    name; Weimin and Weiming, Xiaomin and Xiaoming are two.
    """
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if a == b:
        return True
    if a[0] != b[0] or a[-1] != b[-1]:
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= GIVEN_CUTOFF


def given_agreement(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How two given names agree: SAME, COMPATIBLE, SURNAME (one is empty) or 0 (they differ).

    Compatible: each name of the shorter matches one of the longer, in order,
    as an initial or a name spelt nearly alike. They must start together,
    unless the longer starts with an initial the person does not go by
    (``R. Shane`` and ``Shane``): ``Matthew R.`` and ``R.`` differ.
    """
    if not a or not b:
        return SURNAME
    if "".join(a) == "".join(b):
        return SAME
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    j = 0
    if not _token_ok(short[0], long[0]):
        if len(long[0]) != 1:
            return 0
        j = 1
    for t in short:
        while j < len(long) and not _token_ok(t, long[j]):
            j += 1
        if j == len(long):
            return 0
        j += 1
    full = len(a) == len(b) and all(len(x) > 1 and len(y) > 1 for x, y in zip(a, b, strict=True))
    return SAME if full else COMPATIBLE


@dataclass
class _Known:
    """A person as matching sees them: the given names of each of their names that has any."""

    pid: str
    name: str
    givens: list[tuple[str, ...]]
    seq: int = 0  # order of appearance, to list candidates in dossier order


def _letters(g: tuple[str, ...]) -> set[str]:
    """First letters a compatible given name must start with (see :func:`given_agreement`).

    The first name's, and when it is an initial the person may not go by,
    those of the names after it.
    """
    out = {g[0][0]}
    if len(g[0]) == 1:
        out.update(t[0] for t in g[1:])
    return out


class _PeopleIndex:
    """People by ORCID and by surname, for matching authors (see :func:`given_agreement`).

    Within a surname, people are also filed by the first letters their given
    names could match (:func:`_letters`), so an author named Wang is compared
    with the Wangs whose initials could agree, not with every Wang: an
    OpenAlex import of 100,000 works has thousands.
    """

    def __init__(self, people: Iterable[Person]) -> None:
        from . import split_name

        self.by_orcid: dict[str, str] = {}
        self.by_surname: dict[str, list[_Known]] = {}
        #: (surname, letter) -> people; letter "" for people with no given names
        self.by_letter: dict[tuple[str, str], list[_Known]] = {}
        self.known: dict[str, _Known] = {}
        for p in people:
            if p.orcid:
                self.by_orcid.setdefault(_orcid(p.orcid), p.id)
            main = _surname_key(split_name(p.name).family)
            k = self.known[p.id] = _Known(p.id, p.name, [], len(self.known))
            surnames: set[str] = set()
            for i, name in enumerate((p.name, *p.aliases)):
                a = split_name(name)
                g = given_tokens(a.given)
                key = _surname_key(a.family)
                # an alias without given names is a surname only if it is the person's
                # surname ("Tubbs"), not a first name ("Nick" for Nick Ng)
                if not key or (i and not g and key != main):
                    continue
                if g and g not in k.givens:
                    k.givens.append(g)
                surnames.add(key)
            for key in surnames:
                self._file(key, k)

    def _file(self, key: str, k: _Known, givens: list[tuple[str, ...]] | None = None) -> None:
        """File ``k`` under surname ``key`` (and the letters of ``givens``, default all)."""
        if givens is None:
            self.by_surname.setdefault(key, []).append(k)
            givens = k.givens
            if not givens:
                self.by_letter.setdefault((key, ""), []).append(k)
        for letter in {x for g in givens for x in _letters(g)}:
            bucket = self.by_letter.setdefault((key, letter), [])
            if k not in bucket[-1:]:
                bucket.append(k)

    def candidates(self, a: Author) -> list[tuple[int, _Known]]:
        """The people ``a`` may be, with how well the given names agree (best agreement only)."""
        g = given_tokens(a.given)
        key = _surname_key(a.family)
        if not g:
            pool: Iterable[_Known] = self.by_surname.get(key, ())
        else:
            seen: dict[int, _Known] = {}
            for letter in ("", *_letters(g)):
                for k in self.by_letter.get((key, letter), ()):
                    seen[k.seq] = k
            pool = [seen[i] for i in sorted(seen)]
        found = []
        for k in pool:
            score = max((given_agreement(g, kg) for kg in k.givens), default=SURNAME)
            if score:
                found.append((score, k))
        if not found:
            return []
        best = max(s for s, _ in found)
        return [(s, k) for s, k in found if s == best]

    def learn(self, pid: str, a: Author) -> None:
        """``a`` is ``pid``: a person known by surname only now has given names to check.

        So a later ``Kim, J.`` is not taken for the ``Kim`` an earlier ``Kim, K.`` was.
        """
        g = given_tokens(a.given)
        k = self.known[pid]
        if g and g not in k.givens:
            k.givens.append(g)
            self._file(_surname_key(a.family), k, [g])
        if a.orcid:
            self.by_orcid.setdefault(_orcid(a.orcid), pid)

    def add(self, pid: str, a: Author) -> None:
        if a.orcid:
            self.by_orcid.setdefault(_orcid(a.orcid), pid)
        g = given_tokens(a.given)
        k = self.known[pid] = _Known(pid, a.name, [g] if g else [], len(self.known))
        key = _surname_key(a.family)
        if key:
            self._file(key, k)


_HOW = {SAME: "same name", COMPATIBLE: "same surname; initials and given names agree",
        SURNAME: "same surname; no given names to compare"}


def _orcid(value: str) -> str:
    return value.rsplit("/", 1)[-1].upper()


class _Ids:
    """Fresh ids, unique across the whole dossier."""

    def __init__(self, taken: Iterable[str]) -> None:
        self.taken = set(taken)

    def claim(self, wanted: str | None, fallback: str) -> str:
        if wanted and ID_RE.match(wanted) and wanted not in self.taken:
            self.taken.add(wanted)
            return wanted
        base = fallback[:60].strip("-.") or "x"
        if not ID_RE.match(base):
            base = f"w-{base}"
        cand, n = base, 1
        while cand in self.taken:
            n += 1
            cand = f"{base}{_suffix(n)}"
        self.taken.add(cand)
        return cand


def _suffix(n: int) -> str:
    """b, c, ... z, then -27, -28 ...: kuniya-2014, kuniya-2014b."""
    return chr(ord("a") + n - 1) if n <= 26 else f"-{n}"


def plan_import(dossier: Dossier, entries: Iterable[Entry | Skipped], *,
                authors: bool = True) -> ImportPlan:
    """Work out what importing ``entries`` into ``dossier`` adds and merges (pure)."""
    plan = ImportPlan()
    works: dict[str, Work] = {w.id: w for w in dossier.works}
    index = _WorkIndex()
    doi_of: dict[str, str | None] = {}
    for w in dossier.works:
        d = normalise_doi(w.doi)
        doi_of[w.id] = d
        index.add(w.id, w.title, w.year, d, normalise_openalex(w.openalex),
                  normalise_pmid(w.pmid))
    people = _PeopleIndex(dossier.people)
    ids = _Ids(dossier.index())
    new_by_id: dict[str, dict[str, Any]] = {}
    refs: list[tuple[str, list[str]]] = []
    merged_seen: set[str] = set()

    #: (family, given, orcid) -> person: an author named again is the same decision, made once
    decided: dict[tuple[str, str, str | None], str] = {}

    def person_ids(entry: Entry) -> list[str]:
        out: list[str] = []
        for a in entry.authors:
            if not a.family:
                continue
            key = (a.family, a.given, a.orcid)
            pid = decided.get(key)
            if pid is not None:
                if pid not in out:
                    out.append(pid)
                continue
            how = None
            if a.orcid and _orcid(a.orcid) in people.by_orcid:
                pid, how = people.by_orcid[_orcid(a.orcid)], "same ORCID"
            cands = [] if pid else people.candidates(a)
            if len(cands) == 1:
                score, k = cands[0]
                pid, how = k.pid, _HOW[score]
            if pid is not None:
                plan.people_matched.append(PersonMatch(
                    a.name, entry.line, pid, people.known[pid].name, how or ""))
                people.learn(pid, a)
            else:
                initials = "".join(x[:1] for x in given_tokens(a.given))
                pid = ids.claim(slug(a.family), f"{slug(a.family)}-{initials}" if initials
                                else slug(a.family))
                rec: dict[str, Any] = {"id": pid, "name": a.name}
                if a.orcid:
                    rec["orcid"] = a.orcid
                plan.new_people.append(rec)
                if len(cands) > 1:
                    plan.ambiguous.append(AmbiguousAuthor(
                        a.name, entry.line, tuple((k.pid, k.name) for _, k in cands), pid))
                people.add(pid, a)
            decided[key] = pid
            if pid not in out:
                out.append(pid)
        return out

    for item in entries:
        if isinstance(item, Skipped):
            plan.skipped.append(item)
            continue
        plan.entries += 1
        e = item
        doi, oa, pmid = normalise_doi(e.doi), normalise_openalex(e.openalex), normalise_pmid(e.pmid)
        wid = index.match(e, doi, oa, pmid, doi_of)
        fields = _fields(e)
        if wid is None:
            first = e.authors[0].family if e.authors else e.title.split()[0]
            wid = ids.claim(e.key, f"{slug(first)}-{e.year}" if e.year else slug(first))
            rec: dict[str, Any] = {"id": wid, "type": e.type, "title": e.title}
            if authors and e.authors:
                rec["authors"] = person_ids(e)
            rec.update(fields)
            plan.new_works.append(rec)
            new_by_id[wid] = rec
            doi_of[wid] = doi
            index.add(wid, e.title, e.year, doi, oa, pmid)
        elif wid in new_by_id:  # the same work twice in one import
            plan.duplicates += 1
            rec = new_by_id[wid]
            for k, v in fields.items():
                rec.setdefault(k, v)
            if authors and e.authors and "authors" not in rec:
                rec["authors"] = person_ids(e)
        else:
            w = works[wid]
            if wid not in merged_seen:
                merged_seen.add(wid)
                plan.merged.append(wid)
            gain = {k: v for k, v in fields.items() if getattr(w, k) in (None, "", [])
                    and k not in plan.updates.get(wid, {})}
            if authors and e.authors and not w.authors and "authors" not in plan.updates.get(
                    wid, {}):
                gain["authors"] = person_ids(e)
            if gain:
                plan.updates.setdefault(wid, {}).update(gain)
                if gain.get("doi"):
                    doi_of[wid] = normalise_doi(gain["doi"])
                if gain.get("openalex"):
                    index.by_openalex.setdefault(gain["openalex"], wid)
        if e.references:
            refs.append((wid, e.references))

    # Resolve references only now: a work may cite one that comes later in the file.
    for wid, wanted in refs:
        if wid in new_by_id:
            have = new_by_id[wid].setdefault("cites", [])
        else:
            have = plan.add_cites.setdefault(wid, [])
        present = set(have) | set(works[wid].cites if wid in works else ())
        for r in wanted:
            target = index.by_openalex.get(r)
            if target is None:
                plan.references_outside += 1
            elif target != wid and target not in present:
                have.append(target)
                present.add(target)
                plan.cites_added += 1
        if wid in new_by_id and not have:
            del new_by_id[wid]["cites"]
    plan.add_cites = {k: v for k, v in plan.add_cites.items() if v}
    return plan


def _iso_date(value: str | None) -> str | None:
    """``2016-03-18`` from ISO or RIS-style ``2016/03/18/``; None for anything vaguer."""
    if not value:
        return None
    v = value.strip().rstrip("/")
    if _ISO_DATE.match(v):
        return v
    m = re.match(r"^(\d{4})/(\d{1,2})(?:/(\d{1,2}))?$", v)
    if not m:
        return None
    y, mo, d = m.groups()
    return f"{y}-{int(mo):02d}" + (f"-{int(d):02d}" if d else "")


def _fields(e: Entry) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if e.year is not None:
        out["year"] = e.year
    date = _iso_date(e.date)
    if date:
        out["date"] = date
    for k in ("venue", "doi", "pmid", "url", "openalex"):
        v = getattr(e, k)
        if v:
            out[k] = v
    return out
