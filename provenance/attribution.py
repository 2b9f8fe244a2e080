"""Who does the source text say spoke the words at a span?

An editor needs to know not only that a quote is in the article but that the
article gives it to the person the dossier names. This module reads the
conventions news and interview texts use to mark a speaker, in this order of
precedence (the innermost passage holding the span wins):

* **Quotations** ``“...,” Tubbs explained`` / ``Aota said, “...”`` /
  ``according to X, “...”``: the speaker is the name next to a speech verb just
  after the closing mark or earlier in the same sentence. A quotation left
  open at a paragraph's end continues into a next paragraph that opens with a
  quotation mark (the newspaper convention), with the same speaker.
  One- to three-word quotations without a speech verb (“stuck”) are scare
  quotes: they stay the narrator's.
* **Q&A turns** ``Aota: ...``: the turn goes on over following paragraphs
  until a question paragraph (ends with ``?``), another ``Name:`` turn, or a
  paragraph that is not prose (no closing punctuation, e.g. ``Website | +
  posts``). Quotation marks inside a turn are the turn speaker's.
* **Questions**: a paragraph ending with ``?`` is the interviewer's, that is
  the work's author's.
* **Indirect speech** ``Aota noted that ...``: from the verb to the end of the
  sentence, the named subject is the speaker. The words are still the
  author's paraphrase, so the author may be given them as well.
* **Narration**: everything else is the work's author's own voice.

What the verdict means:

``ok``
    the text's speaker is the appearance's ``by``; or the passage is the
    author's (narration or a question) and ``by`` is empty (the work's own
    narration) or one of the work's authors.
    Also ``ok``: ``by`` is empty or an author for indirect speech (the
    author's paraphrase) or for a span that runs past the quotation marks into
    the author's framing (``they did not find any “osteofibrous tunnels”``).
``mismatch``
    the text gives the words to someone else, e.g. the quote is in Tubbs's
    Q&A answer but ``by`` says Aota; or ``by`` is empty or the author but the
    span is inside someone's quotation or Q&A turn; or ``by`` names an
    interviewee for the interviewer's question.
``unknown``
    the passage is narration and ``by`` names someone other than the author:
    the article may be paraphrasing them, but the text names nobody there, so
    nothing can be confirmed or refuted.

Names are matched against the people's names and aliases with rapidfuzz, so
``Dr. Shane Tubbs``, ``Tubbs`` and ``R. Shane Tubbs`` are one person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from provenance.model import Person

__all__ = ["attribute", "speaker_regions", "match_person", "Region"]

_VERBS = (
    r"said|says|say|explained|explains|noted|notes|added|adds|told|tells|stated|states|"
    r"wrote|writes|asked|asks|mentioned|mentions|argued|argues|continued|continues|"
    r"recalled|recalls|replied|replies|answered|answers|insisted|insists|claimed|claims|"
    r"warned|warns|commented|comments|remarked|remarks|observed|observes|concluded|"
    r"acknowledged|admitted|admits|emphasi[sz]ed|emphasi[sz]es|pointed out|points out|"
    r"reported|reports|[Aa]ccording to"
)
_VERB = re.compile(rf"\b(?:{_VERBS})\b")
_NAMEISH = r"(?:[A-Z][\w'\u2019.-]*\s+){0,4}[A-Z][\w'\u2019-]*"
_PRONOUN = r"[Hh]e|[Ss]he|[Tt]hey"
# after a closing quotation mark: ', Tubbs explained' / 'said lead author Dr. Shane Tubbs'
_POST = re.compile(
    rf"^[\s,;:\u2014\u2013-]*(?:[a-z][\w-]*\s+){{0,3}}"
    rf"(?:(?P<n1>{_NAMEISH}|{_PRONOUN})\s+(?:has\s+|had\s+)?(?:{_VERBS})\b"
    rf"|(?:{_VERBS})\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<n2>{_NAMEISH}))"
)
_THAT = re.compile(rf"\b(?:{_VERBS})\b(?:[^.,;\u201c\u201d\"]{{0,40}}?)\s+that\b")
_TURN = re.compile(r"^\s*(?P<label>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s*:\s")
_NOT_A_SPEAKER = {
    "note", "update", "updated", "editor's note", "source", "sources", "correction",
    "photo", "disclosure", "disclaimer", "related", "read more", "see also", "q", "a",
    "question", "answer", "website", "tags", "image", "credit", "caption", "summary",
    "abstract", "background", "methods", "results", "conclusion", "conclusions",
}  # fmt: skip
_TITLES = re.compile(
    r"^(?:(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame|lead author|author|surgeon|doctor)\.?\s+)+",
    re.IGNORECASE,
)
_ABBREV = {
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "st",
    "jr",
    "sr",
    "al",
    "e.g",
    "i.e",
    "vs",
    "wash",
    "no",
}
_OPEN = "\u201c\u201e\u00ab"
_CLOSE = "\u201d\u00bb"
_PARA_SEP = re.compile(r"\n[ \t\u00a0]*\n\s*")

AUTHOR = "\x00author"  # the work's author (narration, the interviewer's questions)


@dataclass(frozen=True)
class Region:
    """A passage the text gives to a speaker (``AUTHOR`` for the author's questions)."""

    start: int
    end: int
    speaker: str  # a name as the text writes it, a pronoun, or AUTHOR
    kind: str  # quote | turn | question | indirect


_PeopleKey = tuple[tuple[str, str, tuple[str, ...]], ...]
_last_key: list[tuple[Sequence[Person], int, _PeopleKey]] = []


def _people_key(people: Sequence[Person]) -> _PeopleKey:
    """A hashable key of the people (names and aliases), reused for the same list."""
    if _last_key and _last_key[0][0] is people and _last_key[0][1] == len(people):
        return _last_key[0][2]
    key = tuple((p.id, p.name, tuple(p.aliases)) for p in people)
    _last_key[:] = [(people, len(people), key)]
    return key


def _clean_name(name: str) -> str:
    name = _TITLES.sub("", name.strip().strip(",.")).strip()
    return re.sub(r"\s+", " ", name)


def match_person(name: str, people: Sequence[Person]) -> Person | None:
    """The person a name in the text refers to, or None.

    Exact (case-insensitive) name or alias first; then rapidfuzz's token-set
    ratio, which accepts a subset of the tokens ("Tubbs" for "R. Shane
    Tubbs") and small spelling differences.
    """
    i = _match_cached(name, _people_key(people))
    return people[i] if i is not None else None


@lru_cache(maxsize=16)
def _name_table(people_key: _PeopleKey) -> tuple[dict[str, int], list[str], list[int]]:
    """Cleaned names and aliases, once per people list: exact lookup, and the list fuzzy
    matching runs over (in C) instead of cleaning every name for every mention."""
    exact: dict[str, int] = {}
    names: list[str] = []
    owner: list[int] = []
    for i, (_pid, pname, aliases) in enumerate(people_key):
        for cand in (pname, *aliases):
            c = _clean_name(cand).casefold()
            if not c:
                continue
            exact.setdefault(c, i)
            names.append(c)
            owner.append(i)
    return exact, names, owner


@lru_cache(maxsize=4096)
def _match_cached(name: str, people_key: _PeopleKey) -> int | None:
    from rapidfuzz import fuzz, process

    clean = _clean_name(name).casefold()
    if not clean:
        return None
    exact, names, owner = _name_table(people_key)
    if clean in exact:
        return exact[clean]
    hit = process.extractOne(clean, names, scorer=fuzz.token_set_ratio, score_cutoff=90)
    return owner[hit[2]] if hit else None


@lru_cache(maxsize=16)
def _mention_pattern(people_key: _PeopleKey) -> re.Pattern[str] | None:
    names: set[str] = set()
    for _pid, pname, aliases in people_key:
        for n in (pname, *aliases):
            n = n.strip()
            if len(n) >= 3:
                names.add(n)
            parts = _clean_name(n).split()
            if parts and len(parts[-1]) >= 3:
                names.add(parts[-1])
    if not names:
        return None
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence holding ``pos``, not before ``lo`` (nor 600 characters back)."""
    lo = max(lo, pos - 600)
    i = pos
    while i > lo:
        j = max(text.rfind(". ", lo, i), text.rfind("? ", lo, i), text.rfind("! ", lo, i))
        if j < lo:
            return lo
        word = re.search(r"([\w.]+)$", text[lo:j])
        w = word.group(1).lower() if word else ""
        if w in _ABBREV or len(w) == 1:
            i = j
            continue
        return j + 2
    return lo


def _sentence_end(text: str, pos: int, hi: int) -> int:
    hi = min(hi, pos + 600)  # a run-on "sentence" of untrusted text stays cheap
    m = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s|$)").search(text, pos, hi)
    while m:
        word = re.search(r"([\w.]+)$", text[max(0, m.start() - 20) : m.start()])
        w = word.group(1).lower() if word else ""
        if w not in _ABBREV and len(w) != 1:
            return m.end()
        m = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s|$)").search(text, m.end(), hi)
    return hi


_QMARK = re.compile(f'[{_OPEN}{_CLOSE}"]')


def _quotations(text: str, s: int, e: int) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quotation in ``text[s:e]``, marks included."""
    out: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    straight = False
    for m in _QMARK.finditer(text, s, e):
        i = m.start()
        c = text[i]
        if c in _OPEN and open_at is None:
            open_at = i
        elif c in _CLOSE and open_at is not None and not straight:
            out.append((open_at, i + 1, True))
            open_at = None
        elif c == '"':
            if open_at is None:
                open_at, straight = i, True
            elif straight:
                out.append((open_at, i + 1, True))
                open_at, straight = None, False
    if open_at is not None:
        out.append((open_at, e, False))
    return out


def _is_prose(para: str) -> bool:
    p = para.rstrip()
    return len(p.split()) >= 3 and p[-1:] in ".!?\u2026\"'\u201d\u2019)"


def _is_question(para: str) -> bool:
    return para.rstrip().rstrip("\"'\u201d\u2019)] ").endswith("?")


def _subject_before(ctx: str, verb_at: int, mention: re.Pattern[str] | None) -> str | None:
    """The speaker named before a speech verb at ``verb_at`` in ``ctx``."""
    head = ctx[:verb_at]
    m = re.search(rf"(?:^|\W)({_PRONOUN})\s+(?:has\s+|had\s+)?$", head)
    if m:
        return m.group(1).lower()
    if mention is not None:
        found = list(mention.finditer(head))
        if found:
            return found[-1].group()
    m = re.search(rf"({_NAMEISH})(?:,[^,]{{0,160}},)?\s+(?:has\s+|had\s+)?$", head)
    if m:
        return m.group(1)
    return None


def _speaker_before(ctx: str, mention: re.Pattern[str] | None) -> str | None:
    """Speaker of a quotation from the words before its opening mark."""
    verbs = list(_VERB.finditer(ctx))
    if not verbs:
        return None
    v = verbs[-1]
    if v.group().lower() == "according to":
        m = re.match(rf"\s+({_NAMEISH})", ctx[v.end() :])
        return m.group(1) if m else None
    return _subject_before(ctx, v.start(), mention)


def _speaker_after(ctx: str, mention: re.Pattern[str] | None) -> str | None:
    m = _POST.match(ctx)
    if not m:
        return None
    name = m.group("n1") or m.group("n2")
    if name and mention is not None:
        inner = mention.search(name)
        if inner:
            return inner.group()
    return name


@lru_cache(maxsize=64)
def _regions_cached(text: str, people_key: _PeopleKey) -> tuple[Region, ...]:
    return tuple(_analyse(text, people_key))


def speaker_regions(text: str, people: Sequence[Person]) -> list[Region]:
    """Every passage the text gives to a speaker, in text order (cached per text)."""
    return list(_regions_cached(text, _people_key(people)))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in _PARA_SEP.finditer(text):
        if text[pos : m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text.rstrip())))
    return out


def _analyse(text: str, people_key: _PeopleKey) -> list[Region]:
    mention = _mention_pattern(people_key)
    regions: list[Region] = []
    turn: str | None = None
    carry: str | None = None  # speaker of a quotation left open at the last paragraph's end
    for ps, pe in _paragraphs(text):
        para = text[ps:pe]
        m = _TURN.match(para)
        label = m.group("label") if m else None
        if label and label.strip().casefold() not in _NOT_A_SPEAKER:
            turn = label
            regions.append(Region(ps + m.end(), pe, label, "turn"))  # type: ignore[union-attr]
            carry = None
            continue
        if _is_question(para):
            regions.append(Region(ps, pe, AUTHOR, "question"))
            turn = None
            carry = None
            continue
        if turn is not None and _is_prose(para):
            # a paragraph that quotes someone with a speech verb is narration again
            found: list[Region] = []
            _narration(text, ps, pe, mention, found, None)
            if not any(r.kind == "quote" for r in found):
                regions.append(Region(ps, pe, turn, "turn"))
                continue
        turn = None
        carry = _narration(text, ps, pe, mention, regions, carry)
    _resolve_pronouns(regions)
    return regions


def _narration(
    text: str,
    ps: int,
    pe: int,
    mention: re.Pattern[str] | None,
    regions: list[Region],
    carry: str | None,
) -> str | None:
    """Quotations and indirect speech of a narration paragraph; returns the carry."""
    quotes = _quotations(text, ps, pe)
    prev_end = ps
    pending: list[tuple[int, int]] = []  # quotations waiting for a speaker later in the sentence
    last_speaker: str | None = None
    new_carry: str | None = None
    for qi, (qs, qe, closed) in enumerate(quotes):
        words = len(text[qs:qe].split())
        nxt = quotes[qi + 1][0] if qi + 1 < len(quotes) else pe
        sent_end = _sentence_end(text, qe, pe)
        post = text[qe : min(nxt, sent_end, qe + 160)]
        speaker = _speaker_after(post, mention) if closed else None
        if speaker is None:
            lo = _sentence_start(text, prev_end, qs)
            speaker = _speaker_before(text[lo:qs], mention)
        if speaker is None and qs == ps and carry is not None:
            speaker = carry  # the quotation continues last paragraph's
        if speaker is None and last_speaker is not None and qs - prev_end < 40:
            speaker = last_speaker  # '“...,” X said, “...”' shares X
        if speaker is None:
            if words > 3:
                pending.append((qs, qe))
            prev_end = qe
            continue
        for s, e in pending:
            if not any(r.start <= s < r.end for r in regions):
                regions.append(Region(s, e, speaker, "quote"))
        pending = []
        regions.append(Region(qs, qe, speaker, "quote"))
        last_speaker = speaker
        prev_end = qe
        if not closed:
            new_carry = speaker
    # indirect speech: 'Aota noted that ...' to the end of the sentence
    for m in _THAT.finditer(text, ps, pe):
        lo = _sentence_start(text, ps, m.start())
        subject = _subject_before(text[lo : m.start()], m.start() - lo, mention)
        if subject is None:
            continue
        end = _sentence_end(text, m.end(), pe)
        regions.append(Region(m.end(), end, subject, "indirect"))
    return new_carry


def _resolve_pronouns(regions: list[Region]) -> None:
    """Replace he/she/they by the last named speaker before them."""
    regions.sort(key=lambda r: (r.start, -r.end))
    last: str | None = None
    for i, r in enumerate(regions):
        if r.speaker.lower() in ("he", "she", "they"):
            if last is not None:
                regions[i] = Region(r.start, r.end, last, r.kind)
        elif r.speaker != AUTHOR:
            last = r.speaker


def attribute(
    text: str,
    start: int,
    end: int,
    person: Person | None,
    people: list[Person],
    *,
    authors: Sequence[Person] = (),
) -> tuple[str, str | None]:
    """Check the appearance's speaker against the text at ``text[start:end]``.

    ``person`` is the appearance's ``by`` (None for the work's own narration);
    ``authors`` the work's authors, who own its narration and its interview
    questions. Returns the verdict (``ok``, ``mismatch`` or ``unknown``, see the
    module's docstring) and the name of the speaker the text gives, or None.
    """
    regions = speaker_regions(text, people)
    length = max(1, end - start)
    chosen: Region | None = None
    for r in regions:
        overlap = min(end, r.end) - max(start, r.start)
        if overlap * 2 < length and not (r.start <= start and end <= r.end):
            continue
        if chosen is None or (r.end - r.start) < (chosen.end - chosen.start):
            chosen = r
    author_ids = {a.id for a in authors}
    author_name = authors[0].name if authors else None
    if chosen is None or chosen.speaker == AUTHOR:
        said_by = author_name if authors else ("the interviewer" if chosen else None)
        if person is None or person.id in author_ids:
            return "ok", said_by
        if chosen is not None:  # the interviewer's question given to someone else
            return "mismatch", said_by
        return "unknown", None
    if chosen.speaker.lower() in ("he", "she", "they"):
        return "unknown", None
    who = match_person(chosen.speaker, people) or match_person(chosen.speaker, authors)
    said_by = who.name if who else _clean_name(chosen.speaker) or chosen.speaker
    if who is not None and person is not None and who.id == person.id:
        return "ok", said_by
    # The author's own words: a paraphrase ("Aota noted that ...") or a span that
    # runs past the quotation marks into the sentence framing them.
    framed = chosen.kind == "quote" and (start < chosen.start or end > chosen.end)
    authors_words = chosen.kind == "indirect" or framed
    if person is None or person.id in author_ids:
        if authors_words or (who is not None and who.id in author_ids):
            return "ok", said_by
    return "mismatch", said_by
