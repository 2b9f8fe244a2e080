"""Who the text gives a span to: the one answer ``extract`` and ``check`` share.

:func:`analyse` reads a text once: paragraphs (a line each, page furniture
set apart), quotations and interview answers with their speakers (cue verbs,
labels, pronouns, short forms folded into people). ``extract`` writes its
draft from that analysis; :func:`attribute` answers from the same analysis
for any span, so a draft that ``extract`` wrote passes ``check`` and a quote
``check`` calls a mismatch is one ``extract`` would have given to someone
else.

The verdicts of :func:`attribute`:

``ok``
    the text gives the span to the claimed speaker; or the span is narration,
    an interviewer's question or indirect speech (the author's paraphrase) and
    the claim names nobody or one of the work's authors.
``mismatch``
    the text gives the span to someone else: another speaker's quotation or
    answer, someone else's indirect speech, or an interviewer's question
    given to an interviewee.
``unknown``
    the text names nobody for the span (narration given to a person), or its
    speaker is a description or a pronoun the text does not resolve, or the
    cue relays other words ("Aota cited studies that “…”"), so the claim can
    be neither confirmed nor refuted.
``unattributed``
    the claim names nobody (an empty ``by:``) but the text names the span's
    speaker: ``said_by`` says who. (When the text names nobody either, as in
    "a spokesman said", the empty ``by:`` agrees with it: ``ok``.)
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, Protocol

from ..lazy import lazy_compile
from .quotes import Paragraphs, single_quoted
from .records import PersonDraft, Statement
from .speakers import CUE_RE, Mentions, People, clean_name, fold, folded_names_compatible

__all__ = ["UNNAMED_SPEAKER", "Attribution", "Speech", "Speaker", "analyse", "attribute",
           "is_unnamed", "speaker_at", "match_person"]

#: Cue verbs that relay someone else's words ("cited", "quoted", "read out").
_RELAY_RE = lazy_compile(r"\b(?:cit|quot|recit)(?:e|es|ed|ing)\b", re.I)

#: What the text gives a quotation to when it says nothing of who spoke it.
UNNAMED_SPEAKER = "a speaker the text does not name"


def is_unnamed(said_by: str | None) -> bool:
    """True for a quotation the text gives to no one at all (:data:`UNNAMED_SPEAKER`); one
    it gives to a description ("a spokesman for the company") says so in ``said_by``."""
    return said_by == UNNAMED_SPEAKER


#: Verdicts, best first (the best over a quote's occurrences is the quote's).
VERDICTS = ("ok", "unattributed", "unknown", "mismatch")


class PersonLike(Protocol):
    id: str
    name: str
    aliases: list[str]


@dataclass(slots=True)
class Speech:
    """A text read once: its paragraphs, people and statements."""

    text: str
    paras: Paragraphs
    people: People
    mentions: Mentions
    statements: list[Statement]
    #: (start, end) of each interviewer's question paragraph.
    questions: list[tuple[int, int]]
    _starts: list[int]
    #: Built on first use by :func:`attribute`, kept for the text's other quotes: the
    #: persons by id, and how many persons share each folded surname.
    _by_id: dict[str, PersonDraft] | None = None
    _surnames: dict[str, int] | None = None
    #: Built on first use by :func:`_overlap`: the starts and ends of the spans of each
    #: statement (by its index) with many pieces, when they run in order.
    _piece_bounds: dict[int, tuple[list[int], list[int]] | None] | None = None
    #: Built as :func:`speaker_at` meets them: the speaker of each statement (by its
    #: index), for the statement's other quotes and occurrences.
    _said: dict[int, Speaker] | None = None
    #: Built on first use by :func:`speaker_at`: the furthest end of the statements up to
    #: each one (by index), to know when none further back reaches a span.
    _reach: list[int] | None = None

    @property
    def persons(self) -> list[PersonDraft]:
        return self.people.persons


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who the text gives a span to.

    ``kind``: ``quote`` or ``answer`` (a statement), ``indirect`` (``X said
    that …``), ``question`` (the interviewer's), ``narration`` (nobody named).
    ``names``: the ways the text names the speaker, fullest first (empty when
    it names nobody, or gives only a description such as "a spokesman").
    ``display``: what to show, the fullest name or the description.
    ``sure``: False for a guess (a name near a cue the grammar did not parse,
    the previous speaker carried over, an unresolved pronoun).
    ``body``: for an unnamed voice of a body ("a spokeswoman for Calder Ferries"),
    the body (:attr:`Statement.body`, speech's one rule for whom a voice speaks for).
    """

    kind: str
    names: tuple[str, ...] = ()
    display: str | None = None
    sure: bool = True
    body: str | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """The verdict on one span, and the speaker the text gives."""

    verdict: str  # ok | mismatch | unknown | unattributed
    said_by: str | None
    kind: str  # quote | answer | indirect | question | narration


@functools.cache
def _readers() -> tuple[Any, Any, Any]:
    """:func:`.interview.find_interview`, :func:`.statements.find_statements` and
    :func:`.statements.indirect_subject`, which :func:`analyse` and :func:`_indirect`
    call: imported at the first text read (not when the engine is imported), then kept
    (an import statement in those functions ran the import system's Python code at each
    call: about 3 us each, three per text at 20,000 claims)."""
    from .interview import find_interview
    from .statements import find_statements, indirect_subject

    return find_interview, find_statements, indirect_subject


def analyse(text: str, bold: Iterable[int] = (), *, pronouns: bool = True) -> Speech:
    """Read ``text`` once: paragraphs, people, statements and interview questions.

    ``bold``: start offsets of paragraphs set in bold (from HTML), read as
    interview questions like ``**...**`` in plain text. ``pronouns=False`` leaves the
    people's pronouns unsaid (:func:`.statements.find_statements`): :func:`attribute`
    never reads them.
    """
    find_interview, find_statements, _ = _readers()
    paras = Paragraphs(text)
    people = People()
    skip = [paras.spans[i] for i in sorted(paras.furniture)]
    # quotations in single marks ('...,' he said) read as double ones: same offsets
    read = single_quoted(text, paras)
    mentions = Mentions(read, skip=skip)
    bold_set = set(bold)
    interview = find_interview(read, paras, bold_set)
    statements = find_statements(read, paras, people, mentions, bold_set, interview=interview,
                                 pronouns=pronouns)
    if read is not text:
        for st in statements:  # the words as the text writes them
            st.quote = " … ".join(text[a:b] for a, b in st.spans) if st.kind == "direct" \
                else text[st.start:st.end]
            if st.cue is not None and any(c in st.cue for c in "“”‘’\"'"):
                at = read.find(st.cue, max(0, st.start - 400))
                if at >= 0:
                    st.cue = text[at:at + len(st.cue)]
    answered = {a.para for a in interview.answers}
    questions = [paras.spans[i] for i in sorted(interview.paras - answered)]
    return Speech(text, paras, people, mentions, statements, questions,
                  [s.start for s in statements])


#: A statement with more pieces than this has its overlaps found by bisection.
_FEW_PIECES = 8


def _overlap(speech: Speech, j: int, start: int, end: int) -> int:
    """How many characters of ``start:end`` statement ``j``'s quoted pieces hold.

    A line of repeated quotations ("“…,” said Lee, “…,” said Lee, …) is one statement
    of thousands of pieces, and each of its quotes asks: only the pieces that can
    overlap the span are summed, found by bisection on their starts and ends (both
    rise when the pieces run in order, as the speech engine writes them; pieces out
    of order are summed whole)."""
    spans = speech.statements[j].spans
    if len(spans) > _FEW_PIECES:
        if speech._piece_bounds is None:
            speech._piece_bounds = {}
        if j not in speech._piece_bounds:
            speech._piece_bounds[j] = _bounds(spans)
        got = speech._piece_bounds[j]
        if got is not None:
            starts, ends = got
            # the pieces ending after ``start`` and starting before ``end``: no other
            # piece overlaps the span
            spans = spans[bisect.bisect_right(ends, start):bisect.bisect_left(starts, end)]
    elif len(spans) == 1:  # most statements: one piece
        s, e = spans[0]
        ov = (e if e < end else end) - (s if s > start else start)
        return ov if ov > 0 else 0
    return sum(max(0, min(e, end) - max(s, start)) for s, e in spans)


def _bounds(spans: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]] | None:
    """The pieces' starts and ends, when both never go back (else None)."""
    starts = [s for s, _e in spans]
    ends = [e for _s, e in spans]
    if starts == sorted(starts) and ends == sorted(ends):
        return starts, ends
    return None


def speaker_at(speech: Speech, start: int, end: int) -> Speaker:
    """Who the text gives ``text[start:end]`` to (see :class:`Speaker`)."""
    length = max(1, end - start)
    best: tuple[int, int] | None = None
    i = bisect.bisect_right(speech._starts, end)
    statements = speech.statements
    reach = speech._reach
    if reach is None:
        reach = speech._reach = list(accumulate((st.end for st in statements), max))
    # statements are sorted by start; look back far enough to meet long answers
    for j in range(i - 1, max(0, i - 400) - 1, -1):
        if reach[j] <= start:
            break  # no statement from here back ends inside the span: none can be its
        st = statements[j]
        if st.end <= start:
            if st.end < start - 20000:
                break
            continue
        ov = _overlap(speech, j, start, end)
        if ov * 2 < length and not (st.start <= start and end <= st.end):
            continue  # a short quotation inside a longer span does not make it the speaker's
        if best is None or ov > best[0]:
            best = (ov, j)
    if best is not None:
        if speech._said is None:
            speech._said = {}
        got = speech._said.get(best[1])
        if got is None:
            got = speech._said[best[1]] = _statement_speaker(speech, statements[best[1]])
        return got
    for qs, qe in speech.questions:
        if qs <= start < qe:
            return Speaker("question")
    ind = _indirect(speech, start, start)
    if ind is None:
        # a span that opens with its own cue ("Clinton, the former secretary, stressed
        # that ..."): the first cue verb in it
        cm = CUE_RE.search(speech.text, start, min(end, start + 300))
        if cm is not None:
            ind = _indirect(speech, start, cm.end())
    if ind is not None:
        return ind
    return Speaker("narration")


def _statement_speaker(speech: Speech, st: Statement) -> Speaker:
    """Who the text gives a statement's words to."""
    kind = "answer" if st.kind == "answer" else "quote"
    if st.speaker_id is not None:
        if speech._by_id is None:
            speech._by_id = {}
            for p in speech.persons:
                speech._by_id.setdefault(p.id, p)
        person = speech._by_id.get(st.speaker_id)
        names = (person.name, *person.aliases) if person else (st.speaker or "",)
        # "Aota cited studies that “…”": the words are relayed, maybe not the subject's
        relayed = bool(st.cue and _relayed(st.cue))
        return Speaker(kind, tuple(n for n in names if n), st.speaker,
                       st.how not in ("guess", "previous", "interviewee-guess") and not relayed
                       and not _ambiguous(speech, st, person))
    return Speaker(kind, (), st.speaker, False, st.body)


def _relayed(cue: str) -> bool:
    """:data:`_RELAY_RE` found in ``cue``. On ASCII a match holds "cit" or "quot" in
    lower case, which a substring test finds without trying the pattern at every
    character (most cues: "said Maria Gray"); other text goes to the pattern, whose
    IGNORECASE reads letters that ``str.lower`` does not (the dotted "İ" is an "i")."""
    if cue.isascii():
        low = cue.lower()
        if "cit" not in low and "quot" not in low:
            return False
    return _RELAY_RE.search(cue) is not None


def _ambiguous(speech: Speech, st: Statement, person: PersonDraft | None) -> bool:
    """A short form ("Hassan said") that two people of the text could be (Ana and Omar
    Hassan): the text does not say which, whatever the extractor's guess."""
    if person is None or not st.cue or st.how not in ("cue", "pronoun", "label"):
        return False
    cores = _folded_cores((person.name,))
    if not cores or len(cores[0]) < 2:
        return False
    core = cores[0]
    if speech._surnames is None:
        counts: dict[str, int] = {}
        for p in speech.persons:
            for c in _folded_cores((p.name,)):
                counts[c[-1]] = counts.get(c[-1], 0) + 1
        speech._surnames = counts
    if speech._surnames.get(core[-1], 0) < 2:
        return False
    if st.how == "pronoun":
        return True
    given = set(core[:-1])
    return not any(fold(w.strip(",.")) in given for w in st.cue.split())


def _indirect(speech: Speech, pos: int, cue_by: int) -> Speaker | None:
    """The speaker of indirect speech holding ``pos`` ("Aota noted that …"): the rule
    ``extract`` credits a figure's speaker with (:func:`.statements.indirect_subject`)."""
    indirect_subject = _readers()[2]
    got = indirect_subject(speech.text, pos, cue_by, speech.paras, speech.people,
                           speech.mentions)
    if got is None:
        return None
    idx, written, sure = got
    if idx is not None:
        person = speech.persons[idx]
        return Speaker("indirect", (person.name, *person.aliases), person.name, sure)
    return Speaker("indirect", (written,) if written and sure else (), written, sure)


def _core(name: str) -> list[str] | None:
    got = clean_name(name)
    return got[1] if got else None


def _cores(names: Iterable[str]) -> list[list[str]]:
    return [c for c in (_core(n) for n in names) if c]


@functools.lru_cache(maxsize=65536)
def _folded_cores(names: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """:func:`_folded` of :func:`_cores`, once per set of names (a text's speaker and a
    dossier's person recur over many quotes)."""
    return tuple(tuple(fold(t) for t in c) for c in _cores(names))


def same_person(names: Sequence[str], person: PersonLike) -> bool:
    """True when the text's names for a speaker can be ``person`` (name or an alias).

    The fullest name on each side decides when both give a given name ("Ann
    Lee" is not "Bob Lee"); a surname alone matches any compatible full name.
    """
    return _names_score(tuple(names), (person.name, *person.aliases)) > 0


@functools.lru_cache(maxsize=65536)
def _names_score(names: tuple[str, ...], own: tuple[str, ...]) -> int:
    """:func:`_folded_score` of two sets of names, once per pair (a text's speaker and a
    dossier's person meet again in each of their quotes)."""
    return _folded_score(_folded_cores(names), _folded_cores(own))


def _folded(cores: list[list[str]]) -> list[list[str]]:
    return [[fold(t) for t in c] for c in cores]


def _folded_score(text_cores: Sequence[Sequence[str]], own: Sequence[Sequence[str]]) -> int:
    """How well the text's names fit a person's, on tokens already folded: 0 not at all,
    1 compatible, 2 + shared tokens when both give a full name."""
    if not text_cores or not own:
        return 0
    return _score_fullest(text_cores, max(text_cores, key=len), own, max(own, key=len))


def _score_fullest(text_cores: Sequence[Sequence[str]], full_text: Sequence[str],
                   own: Sequence[Sequence[str]], full_own: Sequence[str]) -> int:
    """:func:`_folded_score` given each side's fullest name (its first longest), which
    :func:`match_person` finds once for the text and :class:`_PeopleIndex` once per
    person rather than once per pair scored."""
    if len(full_text) >= 2 and len(full_own) >= 2:
        if not folded_names_compatible(full_text, full_own):
            return 0
        own_set = set(full_own)
        return 2 + sum(t in own_set for t in full_text)
    for a in text_cores:
        for b in own:
            if folded_names_compatible(a, b):
                return 1
    return 0


class _PeopleIndex:
    """People by folded surname (of the name and every alias), built once per list."""

    def __init__(self, people: Sequence[PersonLike]) -> None:
        self.cores: list[list[list[str]]] = []  # folded tokens of each name
        #: a scored person's fullest name (its first longest core), as _folded_score takes
        #: it: found once per person met (most of a dossier's people never are)
        self.fullest: dict[int, list[str]] = {}
        self.by_surname: dict[str, list[int]] = {}
        for i, p in enumerate(people):
            cores = _folded(_cores((p.name, *p.aliases)))
            self.cores.append(cores)
            for c in cores:
                ids = self.by_surname.setdefault(c[-1], [])
                if i not in ids:
                    ids.append(i)
        self.keys = list(self.by_surname)
        self._fuzzy: dict[str, list[int]] = {}
        #: :func:`match_person`'s answer per tuple of names, for this list of people.
        self.matched: dict[tuple[str, ...], int | None] = {}

    def candidates(self, surname: str) -> list[int]:
        key = fold(surname)
        if key in self.by_surname:
            return self.by_surname[key]
        if len(key) < 5 or not self.keys:
            return []
        if key not in self._fuzzy:
            from rapidfuzz import fuzz, process

            hits = process.extract(key, self.keys, scorer=fuzz.ratio, score_cutoff=88,
                                   limit=5)
            self._fuzzy[key] = [i for h in hits for i in self.by_surname[h[0]]]
        return self._fuzzy[key]


_INDEXES: list[tuple[Sequence[PersonLike], int, _PeopleIndex]] = []


def _index(people: Sequence[PersonLike]) -> _PeopleIndex:
    for seq, n, ix in _INDEXES:
        if seq is people and n == len(people):
            return ix
    ix = _PeopleIndex(people)
    _INDEXES[:] = [(people, len(people), ix), *_INDEXES[:3]]
    return ix


def match_person(names: Sequence[str], people: Sequence[PersonLike]) -> PersonLike | None:
    """The person among ``people`` the text's names fit best, or None.

    Only people sharing a surname (folded, or close for a long one) are
    scored, so a dossier of 20,000 people costs a dictionary look-up.
    """
    key = tuple(names)
    ix = _index(people)
    if key in ix.matched:
        hit = ix.matched[key]
        return people[hit] if hit is not None else None
    text_cores = _cores(names)
    if not text_cores:
        ix.matched[key] = None
        return None
    cands: set[int] = set()
    for c in text_cores:
        cands.update(ix.candidates(c[-1]))
    folded = _folded(text_cores)
    full_text = max(folded, key=len)
    # The best score any person can get: the first to reach it wins (ties go to the first).
    longest = len(full_text)
    best_possible = 2 + longest if longest >= 2 else 1
    best: tuple[int, int] | None = None
    cores, fullest = ix.cores, ix.fullest
    for i in sorted(cands):
        own = cores[i]
        if not own:
            continue
        full_own = fullest.get(i)
        if full_own is None:
            full_own = fullest[i] = max(own, key=len)
        sc = _score_fullest(folded, full_text, own, full_own)
        if sc and (best is None or sc > best[0]):
            best = (sc, i)
            if sc >= best_possible:
                break
    ix.matched[key] = best[1] if best else None
    return people[best[1]] if best else None


def attribute(speech: Speech, start: int, end: int, person: PersonLike | None,
              people: Sequence[PersonLike], *, authors: Sequence[PersonLike] = ()
              ) -> Attribution:
    """The verdict on ``person`` saying ``text[start:end]`` (module docstring).

    ``person`` is the claim's ``by`` (None when empty); ``people`` the
    dossier's people; ``authors`` the work's authors, who own its narration
    and its interview questions.
    """
    sp = speaker_at(speech, start, end)
    author_name = authors[0].name if authors else None
    is_author = False
    if person is not None:
        pid = person.id
        for a in authors:
            if a.id == pid:
                is_author = True
                break
    if sp.kind in ("question", "narration"):
        said = author_name if authors else ("the interviewer" if sp.kind == "question" else None)
        if person is None or is_author:
            return Attribution("ok", said, sp.kind)
        if sp.kind == "question":
            return Attribution("mismatch", said, sp.kind)
        return Attribution("unknown", None, sp.kind)
    who = (match_person(sp.names, people) or match_person(sp.names, authors)) \
        if sp.names else None
    said_by = who.name if who is not None else sp.display
    if person is not None and sp.names and (
            own := _names_score(sp.names, (person.name, *person.aliases))) > 0 and (
            who is None or who.id == person.id
            or _names_score(sp.names, (who.name, *who.aliases)) <= own):
        # the claimed speaker fits the text's name as well as anyone (two people
        # of one name in a dossier are both the text's speaker as far as it says)
        return Attribution("ok", person.name, sp.kind)
    if sp.kind == "indirect":
        # the author's paraphrase: theirs, or unnamed narration, or the speaker's
        if person is None or is_author:
            return Attribution("ok", said_by, sp.kind)
    if person is None:
        if not sp.names:
            # the text names nobody ("a spokesman said"): an empty by: says the same; a
            # quotation nobody is said to speak is said so, for `check` to count
            return Attribution("ok", said_by or (UNNAMED_SPEAKER if sp.kind in (
                "quote", "answer") else None), sp.kind)
        return Attribution("unattributed", said_by, sp.kind)
    if not sp.names and sp.body and _names_score((sp.body,), (person.name, *person.aliases)) > 0:
        # "a spokeswoman for Calder Ferries said": credited to the body, as `extract` does
        return Attribution("ok", person.name, sp.kind)
    if not sp.names or not sp.sure:
        return Attribution("unknown", said_by, sp.kind)
    if is_author and sp.kind == "quote" and _framed(speech, start, end):
        return Attribution("ok", said_by, sp.kind)
    return Attribution("mismatch", said_by, sp.kind)


def _framed(speech: Speech, start: int, end: int) -> bool:
    """A span that runs past the quotation marks into the author's own sentence."""
    inner = speech.text[start:end]
    return bool(re.match(r"[^“”\"]*\w[^“”\"]*[“\"]", inner)) or inner.rstrip().endswith(("”", '"'))
