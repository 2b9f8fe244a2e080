"""Figures a person gives on behalf of the body they speak for.

News gives a body's figures through its people: "Spokeswoman Lina Farrow said more than 90
percent of homes can order the service", "'Our 87 percent is what carriers certify,' office
director Paul Inverson said". Writers who credit sources credit such a figure to the body:
the dispute is between the telecom and the broadband office, not between two people. The
draft keeps both: the question's side is the body, and the words stay the person's, who is
named in ``by:`` so that ``check`` holds (``Source.via``; W3C PROV's ``actedOnBehalfOf``).

A figure is the body's only when the text says the person is there for it
(:mod:`.affiliation`) and gives the figure in that role:
- a spokesperson's, unless the sentence calls it their own ("speaking personally");
- an officer's (a director, a manager, a chair: their own title, not a word near their
  name) in the article's words, unless the sentence cites another's work for it ("cited a
  University of Leeds study that found 31%") or calls it their own reading;
- an officer's in their own quotation when it speaks as the body ("we", "our") and the
  figure's clause reports no one else's figure ("The company tells us 300 jobs will go"
  stays the speaker's: it is not their body's figure).
An expert's estimate stays theirs, even with "our": a researcher's "our survey" is their
team's, and an officer of a unit at a university speaks for their team, not for it.

Where an officer's figure differs from the body's own for one quantity and the text does
not say one revised the other, the officer's figure stays the officer's: the dispute the
article reports stays a dispute.
"""

from __future__ import annotations

import bisect
import re

from ..numbers import APPROX_RELATIVE
from ..speech.records import PersonDraft, Statement
from ..speech.roles import BODY_OFFICES, NOT_HOLDER_WORDS
from ..speech.speakers import CUE_ALT, SP
from .affiliation import mentions
from .figures import _SAYS_RE, STUDY_NOUNS, FigureClaim, Source, _revisions, same_value
from .grouping import _PREPOSITIONS, _group, _kind_of, _measure_of
from .records import Extraction

#: A first person plural that speaks as a body: its subject ("we") or its possessive ("our",
#: "ours"). Never "us": "The company tells us 300 jobs will go" is someone else's figure
#: told to them (figures' ``_WE_RE`` reads "us" too, for a speaker's own people).
_AS_BODY_RE = re.compile(r"\b(?:[Ww]e|[Oo]urs?)\b")
#: The words whose job is to speak for a body (from the one list of a body's offices).
_SPOKES_WORDS = frozenset(w for w in BODY_OFFICES if w.startswith("spokes")) | {
    "press officer", "press secretary"}
#: Offices held in a body: :data:`BODY_OFFICES`, and those that name a body's office once
#: the text has said which body (a union's "president", an agency's "chief", "official"
#: and "officer"), which a bare title alone does not.
_OFFICES_IN_BODY = BODY_OFFICES | {"president", "chief", "official", "officer"}
#: Words that make a figure a person's own, not their body's: "his own reading of the
#: data", "speaking personally", "her personal estimate", "in my view" (never "personal
#: injury claims", a kind of claim).
_OWN_READING_RE = re.compile(r"(?i)\b(?:(?:his|her|their|my)[ \u00a0]+own|personally|"
                             r"(?:his|her|their|my)[ \u00a0]+personal|"
                             r"in[ \u00a0]+(?:his|her|my)[ \u00a0]+view)\b")
#: Another's work cited for the figure in the article's words: "cited a study that found",
#: "quoting the census".
_CITES_RE = re.compile(r"(?i)\b(?:cit(?:ed|es|ing)|quot(?:ed|es|ing))\b")
#: A verb of saying (speech's one cue lexicon): "claims", "told", "says".
_SAYING_RE = re.compile(rf"\b(?:{CUE_ALT})\b")
#: A person introduced as working at a university ("director of the Carnivore Ecology Lab
#: at Northern Tamsin University", "a researcher at the University of Leeds"): their "we"
#: is a research team's, their figures their own estimates. (Never "president of the
#: University and College Union", nor "vice-chancellor of Cardiff University", who holds
#: the university's office.)
_AT_UNIVERSITY_RE = re.compile(r"\bat[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w’'-]*[ \u00a0]+)*"
                               r"University\b")
#: Where an apposition ends: a comma, the end of its sentence or line.
_APPOSITION_END_RE = re.compile(r",|[.!?][\"”’)]*(?:\s|$)|\n")
#: Words that end a clause in a quotation: "..., but we know it is more like 500".
_CLAUSE_END_RE = re.compile(r"[.;:!?—–]|,[ \u00a0]+(?:but|while|whereas|and)\b|\bbut\b")
#: The title right before a name in its clause ("said chief executive", "festival director")
#: and a title set before it with a comma ("Its operations manager, Sam Whiu").
_TITLE_BEFORE_RE = re.compile(rf"(?:[\w’'-]+{SP}+){{1,5}}$")
_TITLE_COMMA_BEFORE_RE = re.compile(rf"(?:^|(?<=[.;:“”\"(\n])|(?<=\bsaid)|(?<=\bsays))"
                                    rf"{SP}*(?P<t>(?:[\w’'-]+{SP}+){{0,5}}[\w’'-]+),{SP}*$")
#: The head of an apposition after a name: ", an epidemiologist at Monash University" is
#: "an epidemiologist"; ", the board's head of research" is "the board's head".
_TITLE_AFTER_RE = re.compile(rf",{SP}*(?:\d{{1,3}},{SP}*)?(?P<t>(?:[\w’'-]+{SP}+){{0,4}}?"
                             rf"[\w’'-]+)(?={SP}+(?:at|of|for|with|in|from|who|whose|since)\b|"
                             rf"[,.;:)]|$)")


def _words(title: str) -> list[str]:
    return [w.removesuffix("’s").removesuffix("'s").lower()
            for w in re.findall(r"[\w’'-]+", title)]


def _titles(text: str, spots: list[tuple[int, int]]) -> list[list[str]]:
    """The titles the text gives a person at the mentions it introduces them at, as
    lower-case words: the words right before the name in its clause, a title set before it
    with a comma, and the head of an apposition after it. Never words of another phrase
    of the clause ("In a letter to the chief health officer, Dr Tom Roe, an epidemiologist"
    gives "an epidemiologist" only). ``spots``: where the text names the person."""
    out: list[list[str]] = []
    for at, end in spots:
        lo = max(0, at - 90)
        comma = _TITLE_COMMA_BEFORE_RE.search(text, lo, at)
        if comma is not None:
            words = _words(comma.group("t"))
            k = next((i for i, w in enumerate(words) if w in _OFFICES_IN_BODY), None)
            if k is not None and not any(w in _PREPOSITIONS for w in words[:k]):
                out.append(words)  # ("In a letter to the chief officer, X": none)
        else:
            bound = max(text.rfind(c, lo, at) for c in ",.;:“”\"()\n")
            before = _TITLE_BEFORE_RE.search(text, bound + 1, at)
            if before is not None:
                words = _words(before.group(0))
                # (from the last saying verb or preposition on: "said chief executive X")
                cut = max((i for i, w in enumerate(words)
                           if w in _PREPOSITIONS or _SAYS_RE.fullmatch(w)), default=-1)
                if words[cut + 1:]:
                    out.append(words[cut + 1:])
        after = _TITLE_AFTER_RE.match(text, end, end + 120)
        if after is not None:
            out.append(_words(after.group("t")))
    return out


def _apposition_end(text: str, at: int) -> int:
    """Where an apposition after a mention ending at ``at`` ends: its next comma, its
    sentence's end, or 160 characters on."""
    m = _APPOSITION_END_RE.search(text, at + 1, at + 160)
    return m.start() if m else min(len(text), at + 160)


def _role(text: str, person: PersonDraft) -> str:
    """"spokes" for a spokesperson, "office" for an officer of a body, "" otherwise (an
    expert, a resident, a former holder, the director of a university's programme)."""
    got = ""
    spots = mentions(text, person)
    # (a university their apposition says they work at: "director of the Carnivore Ecology
    # Lab at Northern Tamsin University", never "told students at Leeds University")
    academic = any(_AT_UNIVERSITY_RE.search(text, e, _apposition_end(text, e))
                   for _s, e in spots)
    for title in _titles(text, spots):
        if any(w in NOT_HOLDER_WORDS for w in title):
            continue  # ("a former spokeswoman", "an off-duty officer")
        if any(w in _SPOKES_WORDS for w in [*title, *map(" ".join, zip(title, title[1:],
                                                                     strict=False))]):
            return "spokes"
        if any(w in _OFFICES_IN_BODY for w in title) and not academic:
            got = "office"
    return got


def _quoted_clause(text: str, spans: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """The clause of a quotation that holds ``at``: from the last clause end before it in
    its span to the next."""
    a, b = next(((x, y) for x, y in spans if x <= at < y), (at, at))
    starts = [m.end() for m in _CLAUSE_END_RE.finditer(text, a, at)]
    end = _CLAUSE_END_RE.search(text, at, b)
    return (starts[-1] if starts else a), (end.start() if end else b)


def _reports_another(text: str, a: int, at: int) -> bool:
    """A saying verb in a quotation's clause before the figure whose subject is not the
    speaker's side: "The health department claims we have 520 beds", "Ofcom told us it had
    4,100" report another's figure; "Our members' survey puts it at" does not."""
    for m in _SAYING_RE.finditer(text, a, at):
        if not _AS_BODY_RE.search(text, a, m.start()) and \
                not re.search(r"\b(?:I|[Mm]y)\b", text[a:m.start()]):
            return True
    return False


class _Quotes:
    """The quotations of each speaker, by their spans' starts: which of a person's
    quotations holds a position, by bisection (a long text has thousands of each)."""

    def __init__(self, statements: list[Statement]) -> None:
        self.by: dict[str, list[tuple[int, int, Statement]]] = {}
        for st in statements:
            if st.speaker_id:
                for a, b in st.spans:
                    self.by.setdefault(st.speaker_id, []).append((a, b, st))
        for spans in self.by.values():
            spans.sort(key=lambda x: (x[0], x[1]))
        self.starts = {k: [a for a, _b, _s in v] for k, v in self.by.items()}

    def holding(self, speaker: str, at: int) -> Statement | None:
        spans = self.by.get(speaker)
        if not spans:
            return None
        i = bisect.bisect_right(self.starts[speaker], at) - 1
        # (a speaker's spans do not overlap but two statements may share one: the few
        # that start just before are enough)
        for a, b, st in spans[max(0, i - 4):i + 1]:
            if a <= at < b:
                return st
        return None


def _as_body(ex: Extraction, fc: FigureClaim, p: PersonDraft, body: str, role: str,
             quotes: _Quotes) -> bool:
    """Whether the text gives ``fc`` as the body's, through ``p`` (the module's rules)."""
    if _own_or_another(ex, fc, p, quotes):
        return False
    said = quotes.holding(p.id, fc.figure.start)
    if said is None:
        # (in the article's words: the body's, unless it rests on another body's study)
        return not _cites_another(ex, fc, body)
    # (in their quotation, when it speaks as the body)
    return role == "spokes" or any(_AS_BODY_RE.search(ex.text, x, y) for x, y in said.spans)


def _own_or_another(ex: Extraction, fc: FigureClaim, p: PersonDraft, quotes: _Quotes) -> bool:
    """The sentence calls the figure the person's own ("speaking personally", "his own
    reading of the data"), or the person reports another's: in their quotation, a figure
    another says ("The company tells us 300 jobs will go"); in the article's words, one
    they cite ("cited a study that found"). Read for every figure that moves to a body,
    the first of a person's and those that go with it."""
    at = fc.figure.start
    if _OWN_READING_RE.search(ex.text, fc.sentence[0], fc.figure.end):
        return True
    said = quotes.holding(p.id, at)
    if said is not None:
        return _reports_another(ex.text, _quoted_clause(ex.text, said.spans, at)[0], at)
    return _CITES_RE.search(ex.text, fc.sentence[0], at) is not None


def _cites_another(ex: Extraction, fc: FigureClaim, body: str) -> bool:
    """The figure rests on a study another body made ("a University of Leeds study that
    found 31%"), not on the body's own poll or report."""
    if fc.study_id is None:
        return False
    st = next((x for x in ex.studies if x.id == fc.study_id), None)
    maker = (st.organisation or st.author or "") if st is not None else ""
    return bool(maker) and maker.casefold() not in body.casefold() and \
        body.casefold() not in maker.casefold()


def figures_of_bodies(ex: Extraction, words: str) -> None:
    """Credits to the body a person speaks for the figures they give on its behalf (the
    module's rules), then reads revisions and questions again on the bodies' names: the
    body's first count and its director's correction are one source revising itself. A
    figure that came through a person and differs from every figure the body gives itself
    for that quantity, with no revision to explain it, is the person's again. ``words``
    is the text the figures were read in."""
    people = {p.id: p for p in ex.people}
    roles: dict[str, str] = {}
    quotes = _Quotes(ex.statements)
    before: dict[int, Source] = {}
    for fc in ex.figures:
        s = fc.source
        if s is None or s.kind != "person" or s.person_id is None:
            continue
        p = people.get(s.person_id)
        body = p.affiliation if p is not None else None
        if p is None or not body or not body[:1].isupper() or \
                body.split()[-1].lower() in STUDY_NOUNS:
            continue  # (a body in lower case, "advocacy group", names no side; the survey
            # a person leads is a work, not a body they speak for)
        if p.id not in roles:
            roles[p.id] = _role(ex.text, p)
        if roles[p.id] and _as_body(ex, fc, p, body, roles[p.id], quotes):
            before[id(fc)] = s
            fc.source = Source(body, "organisation", None, s.how, s.start, s.study,
                               s.confirmed, via=p.id)
    if not before:
        return
    # a person's other figures of a quantity they gave for the body go with it, unless
    # their own or another's ("We counted 900 homes ... It is 1,100 homes, I have revised
    # my estimate": one source revising itself)
    moved = {(fc.source.via, fc.quantity): fc.source.name for fc in ex.figures
             if id(fc) in before and fc.source is not None}
    for fc in ex.figures:
        s = fc.source
        if s is None or s.kind != "person" or (s.person_id, fc.quantity) not in moved:
            continue
        p = people.get(s.person_id)
        body = moved[(s.person_id, fc.quantity)]
        if p is not None and not _own_or_another(ex, fc, p, quotes):
            before[id(fc)] = s
            fc.source = Source(body, "organisation", None, s.how, s.start, s.study,
                               s.confirmed, via=p.id)
    _reread_revisions(words, ex.figures)
    if _give_back_conflicts(ex.figures, before):
        _reread_revisions(words, ex.figures)
    _group(words, ex.figures)


def _reread_revisions(text: str, figures: list[FigureClaim]) -> None:
    """Revisions read afresh: which figure a source revised depends on who the sources
    are, and they have changed."""
    for fc in figures:
        fc.revised, fc.revised_to = False, None
    _revisions(text, figures)


#: How far a fraction in words may lie from a figure and still say the same: "a third" is
#: said of anything from 30 to 36 per cent ("The group puts weekly listening at 31%" / "We
#: think it's closer to a third").
_FRACTION_AGREES = 0.1
_FRACTION_WORDS_RE = re.compile(r"(?i)\b(?:half|third|quarter|fifth|sixth|seventh|eighth|"
                                r"ninth|tenth)s?\b|\bone[ \u00a0]+in\b")


def _agrees(fc: FigureClaim, o: FigureClaim) -> bool:
    """Two figures that say one value: the same within 1%; a hedged one ("about 2.4
    million") within the widening a hedge gives (:data:`provenance.numbers.APPROX_RELATIVE`),
    a fraction in words within :data:`_FRACTION_AGREES` (never "about 84 percent" beside
    91: a dispute)."""
    if same_value(fc.figure, o.figure):
        return True
    a, b = fc.figure.value, o.figure.value
    if a is None or b is None:
        return False
    if _FRACTION_WORDS_RE.search(fc.figure.text):
        tolerance = _FRACTION_AGREES
    elif fc.figure.approx or fc.figure.bound is not None:
        tolerance = APPROX_RELATIVE
    else:
        return False
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def _give_back_conflicts(figures: list[FigureClaim], before: dict[int, Source]) -> bool:
    """A figure that came through a person and differs from every figure the body gives
    itself of that kind of measure, neither revised, is the person's again ("The health board
    says 91 percent ... its director told a committee the true rate was 84 percent" is a
    dispute the article reports). True when any went back."""
    def kind(fc: FigureClaim) -> str:
        # (of one kind of measure, whatever noun: the body's "180 posts" and its officer's
        # "more than 400 jobs" are two answers; the questions are joined after this)
        m = _measure_of(fc)
        return _kind_of(m[0]) if m is not None else fc.quantity

    own: dict[tuple[str, str], list[FigureClaim]] = {}
    for fc in figures:
        if fc.source is not None and not fc.revised and id(fc) not in before:
            # (the body's own, of whatever kind the text let it be read as: "Goldfields
            # Roots Festival says" may have been taken for a person's name)
            own.setdefault((fc.source.name.casefold(), kind(fc)), []).append(fc)
    back = False
    for fc in figures:
        if id(fc) not in before or fc.revised or fc.source is None:
            continue
        theirs = own.get((fc.source.name.casefold(), kind(fc)), [])
        if theirs and not any(_agrees(fc, o) for o in theirs):
            fc.source = before[id(fc)]
            back = True
    return back
