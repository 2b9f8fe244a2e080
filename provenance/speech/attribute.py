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
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from .quotes import Paragraphs
from .records import PersonDraft, Statement
from .speakers import Mentions, People, clean_name, fold, names_compatible

__all__ = ["Attribution", "Speech", "Speaker", "analyse", "attribute", "speaker_at",
           "match_person"]

#: Cue verbs that relay someone else's words ("cited", "quoted", "read out").
_RELAY_RE = re.compile(r"\b(?:cit|quot|recit)(?:e|es|ed|ing)\b", re.I)

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
    """

    kind: str
    names: tuple[str, ...] = ()
    display: str | None = None
    sure: bool = True


@dataclass(frozen=True, slots=True)
class Attribution:
    """The verdict on one span, and the speaker the text gives."""

    verdict: str  # ok | mismatch | unknown | unattributed
    said_by: str | None
    kind: str  # quote | answer | indirect | question | narration


def analyse(text: str, bold: Iterable[int] = ()) -> Speech:
    """Read ``text`` once: paragraphs, people, statements and interview questions.

    ``bold``: start offsets of paragraphs set in bold (from HTML), read as
    interview questions like ``**...**`` in plain text.
    """
    from .interview import find_interview
    from .statements import find_statements

    paras = Paragraphs(text)
    people = People()
    skip = [paras.spans[i] for i in sorted(paras.furniture)]
    mentions = Mentions(text, skip=skip)
    bold_set = set(bold)
    statements = find_statements(text, paras, people, mentions, bold_set)
    interview = find_interview(text, paras, bold_set)
    answered = {a.para for a in interview.answers}
    questions = [paras.spans[i] for i in sorted(interview.paras - answered)]
    return Speech(text, paras, people, mentions, statements, questions,
                  [s.start for s in statements])


def _overlap(spans: Sequence[tuple[int, int]], start: int, end: int) -> int:
    return sum(max(0, min(e, end) - max(s, start)) for s, e in spans)


def speaker_at(speech: Speech, start: int, end: int) -> Speaker:
    """Who the text gives ``text[start:end]`` to (see :class:`Speaker`)."""
    length = max(1, end - start)
    best: tuple[int, Statement] | None = None
    i = bisect.bisect_right(speech._starts, end)
    # statements are sorted by start; look back far enough to meet long answers
    for st in reversed(speech.statements[max(0, i - 400):i]):
        if st.end <= start:
            if st.end < start - 20000:
                break
            continue
        ov = _overlap(st.spans, start, end)
        covered = st.start <= start and end <= st.end
        if ov * 2 < length and not covered:
            continue  # a short quotation inside a longer span does not make it the speaker's
        if best is None or ov > best[0]:
            best = (ov, st)
    if best is not None:
        st = best[1]
        kind = "answer" if st.kind == "answer" else "quote"
        if st.speaker_id is not None:
            person = next((p for p in speech.persons if p.id == st.speaker_id), None)
            names = (person.name, *person.aliases) if person else (st.speaker or "",)
            # "Aota cited studies that “…”": the words are relayed, maybe not the subject's
            relayed = bool(st.cue and _RELAY_RE.search(st.cue))
            return Speaker(kind, tuple(n for n in names if n), st.speaker,
                           st.how not in ("guess", "previous") and not relayed)
        return Speaker(kind, (), st.speaker, False)
    for qs, qe in speech.questions:
        if qs <= start < qe:
            return Speaker("question")
    ind = _indirect(speech, start, start)
    if ind is None:
        # a span that opens with its own cue ("Clinton, the former secretary, stressed
        # that ..."): the first cue verb in it
        from .speakers import CUE_RE

        cm = CUE_RE.search(speech.text, start, min(end, start + 300))
        if cm is not None:
            ind = _indirect(speech, start, cm.end())
    if ind is not None:
        return ind
    return Speaker("narration")


def _indirect(speech: Speech, pos: int, cue_by: int) -> Speaker | None:
    """The speaker of indirect speech holding ``pos`` ("Aota noted that …"): the rule
    ``extract`` credits a figure's speaker with (:func:`.statements.indirect_subject`)."""
    from .statements import indirect_subject

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


def same_person(names: Sequence[str], person: PersonLike) -> bool:
    """True when the text's names for a speaker can be ``person`` (name or an alias).

    The fullest name on each side decides when both give a given name ("Ann
    Lee" is not "Bob Lee"); a surname alone matches any compatible full name.
    """
    return _score(names, person) > 0


def _score(names: Sequence[str], person: PersonLike) -> int:
    return _score_cores(_cores(names), _Own(person))


def _cores(names: Sequence[str]) -> list[list[str]]:
    return [c for c in (_core(n) for n in names) if c]


class _Own:
    """A person's name tokens as :func:`_score_cores` reads them (computed once per person)."""

    __slots__ = ("person", "cores", "full", "folded")

    def __init__(self, person: PersonLike):
        self.person = person
        self.cores = _cores((person.name, *person.aliases))
        self.full = max(self.cores, key=len) if self.cores else []
        self.folded = {fold(x) for x in self.full}


def _score_cores(text_cores: list[list[str]], own: _Own) -> int:
    if not text_cores or not own.cores:
        return 0
    full_text = max(text_cores, key=len)
    full_own = own.full
    if len(full_text) >= 2 and len(full_own) >= 2:
        if not names_compatible(full_text, full_own):
            return 0
        return 2 + sum(fold(t) in own.folded for t in full_text)
    for a in text_cores:
        for b in own.cores:
            if names_compatible(a, b):
                return 1
    return 0


def match_person(names: Sequence[str], people: Sequence[PersonLike]) -> PersonLike | None:
    """The person among ``people`` the text's names fit best, or None.

    Only people whose surname can match one of the text's (:func:`_by_surname`)
    are scored: scoring all of them for every quote was 60 s of `check` at
    10,000 claims and 2,000 people. Same answer: the first best in ``people``' order.
    """
    return _match(names, people, ())


def _match(names: Sequence[str], people: Sequence[PersonLike],
           authors: Sequence[PersonLike]) -> PersonLike | None:
    """:func:`match_person` over ``[*people, *authors]``; ``people``' index is kept."""
    best: tuple[int, PersonLike] | None = None
    text_cores = _cores(names)
    for own in (*_by_surname(people).candidates(text_cores), *map(_Own, authors)):
        sc = _score_cores(text_cores, own)
        if sc and (best is None or sc > best[0]):
            best = (sc, own.person)
    return best[1] if best else None


class _SurnameIndex:
    """``people`` by folded surname (of their name and aliases), for :func:`match_person`.

    ``_score`` is 0 unless a surname of the text's names matches one of the
    person's (:func:`surnames_match`: folded equal, or a close spelling of a
    long one), so only those people need scoring.
    """

    def __init__(self, people: Sequence[PersonLike]):
        self.people = [_Own(p) for p in people]
        self.by_key: dict[str, list[int]] = {}
        for i, own in enumerate(self.people):
            for core in own.cores:
                rows = self.by_key.setdefault(fold(core[-1]), [])
                if not rows or rows[-1] != i:
                    rows.append(i)
        self.long_keys = [k for k in self.by_key if len(k) >= 5]

    def candidates(self, text_cores: list[list[str]]) -> list[_Own]:
        from rapidfuzz import fuzz, process

        rows: set[int] = set()
        for core in text_cores:
            key = fold(core[-1])
            rows.update(self.by_key.get(key, ()))
            if len(key) >= 5:  # surnames_match's misspelling rule, on the long surnames
                for k, _, _ in process.extract(key, self.long_keys, scorer=fuzz.ratio,
                                                     score_cutoff=88, limit=None):
                    rows.update(self.by_key[k])
        return [self.people[i] for i in sorted(rows)]


_INDEX: list[tuple[Sequence[PersonLike], list[PersonLike], _SurnameIndex]] = []


def _by_surname(people: Sequence[PersonLike]) -> _SurnameIndex:
    """The index of ``people``, kept while the same list is passed again.

    check passes one list for every quote of a dossier. (A list changed in place
    between calls is noticed by its length and its ends, not compared whole:
    that would cost what the index saves.)
    """
    if _INDEX and people:
        seq, copy, ix = _INDEX[0]
        if (seq is people and len(copy) == len(people) and copy[0] is people[0]
                and copy[-1] is people[-1]):
            return ix
    copy = list(people)
    ix = _SurnameIndex(copy)
    _INDEX[:] = [(people, copy, ix)]
    return ix


def attribute(speech: Speech, start: int, end: int, person: PersonLike | None,
              people: Sequence[PersonLike], *, authors: Sequence[PersonLike] = ()
              ) -> Attribution:
    """The verdict on ``person`` saying ``text[start:end]`` (module docstring).

    ``person`` is the claim's ``by`` (None when empty); ``people`` the
    dossier's people; ``authors`` the work's authors, who own its narration
    and its interview questions.
    """
    sp = speaker_at(speech, start, end)
    author_ids = {a.id for a in authors}
    author_name = authors[0].name if authors else None
    is_author = person is not None and person.id in author_ids
    if sp.kind in ("question", "narration"):
        said = author_name if authors else ("the interviewer" if sp.kind == "question" else None)
        if person is None or is_author:
            return Attribution("ok", said, sp.kind)
        if sp.kind == "question":
            return Attribution("mismatch", said, sp.kind)
        return Attribution("unknown", None, sp.kind)
    who = _match(sp.names, people, authors) if sp.names else None
    said_by = who.name if who is not None else sp.display
    if person is not None and sp.names and same_person(sp.names, person) and (
            who is None or who.id == person.id):
        return Attribution("ok", said_by, sp.kind)
    if sp.kind == "indirect":
        # the author's paraphrase: theirs, or unnamed narration, or the speaker's
        if person is None or is_author:
            return Attribution("ok", said_by, sp.kind)
    if person is None:
        if not sp.names:
            # the text names nobody ("a spokesman said"): an empty by: says the same
            return Attribution("ok", said_by, sp.kind)
        return Attribution("unattributed", said_by, sp.kind)
    if not sp.names or not sp.sure:
        return Attribution("unknown", said_by, sp.kind)
    if is_author and sp.kind == "quote" and _framed(speech, start, end):
        return Attribution("ok", said_by, sp.kind)
    return Attribution("mismatch", said_by, sp.kind)


def _framed(speech: Speech, start: int, end: int) -> bool:
    """A span that runs past the quotation marks into the author's own sentence."""
    inner = speech.text[start:end]
    return bool(re.match(r"[^“”\"]*\w[^“”\"]*[“\"]", inner)) or inner.rstrip().endswith(("”", '"'))
