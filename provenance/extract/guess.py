"""The draft's best guess at who gives a figure no rule found a source for.

A stage of :func:`provenance.extract.figures.find_figure_claims`, run once its figures are
grouped into questions: a figure of the article's disputed measure whose source no rule
found is kept as a claim, its source marked ``how="guess"`` (the draft notes "Source
guessed" and ``# draft: check source``), rather than dropped to the list of figures. A
missed figure is a missed side of the dispute; a wrong guess is one name to correct.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from ..numbers import MONTH_WORDS, WEEKDAY_NAMES
from ..speech.attribute import PersonLike
from ..speech.furniture import dateline_end
from ..speech.interview import asking_label
from ..speech.speakers import UP
from ..text import STOPWORDS
from .figures import (
    _FIGURE_OF_BEFORE_RE,
    _HEDGE_OR_BOUND,
    _IN_PLACE_BEFORE_RE,
    _REVISED_TO_RE,
    _SAYS,
    _SP,
    _SUBJECT_RE,
    GUESSED,
    HAD_GIVEN_OR_SHOWN_BEFORE_RE,
    FigureClaim,
    Source,
    _broad_measure,
    _in_claim_line,
    _Mentions,
    _near_order,
    _overlap,
    _OverlapIndex,
    _person,
    _quoted_at,
)
from .grouping import _counts_people, _group, _kind_of, _measure_of
from .studies import CLAUSE_OPENS_RE


def guessed_sources(text: str, out: list[FigureClaim], mentions: _Mentions,
                    studies: Sequence[tuple[int, int, str | None, str, str]],
                    quoted: list[tuple[int, int, object]], quoted_starts: list[int],
                    people: Sequence[PersonLike], top: Sequence[tuple[int, int]]) -> bool:
    """A figure of the article's disputed measure whose source no rule found is kept as a
    claim with the draft's best guess at its source, marked ``how="guess"`` for the
    journalist to check, rather than dropped: a missed figure is a missed side of the
    dispute, while a wrong guess is one word to correct in the draft. In the articles read
    for this stage, most sourceless figures of the measure were a headline or lede
    restating a source's figure, a study's finding in the study's own sentence, or a
    sentence that names its source in a way no rule reads.

    Only a figure that would join a question (its quantity is a sourced claim's, or its
    measure a question's, of the same order), never in a quotation (the speech engine's)
    or a question. The guesses, in order: a study the sentence mentions; a name before
    the figure in its sentence; the one source that gives the same figure of the measure
    elsewhere; in the opening, for a sentence whose speaker is unnamed ("A veteran
    beekeeper has claimed ..."), the first name of the next sentence. Never the name of a
    source that gives another figure of the quantity. ``quoted``: the statements' quoted
    pieces sorted by start, and ``quoted_starts`` their starts (as the caller has them).
    Returns whether any was made (the figures are regrouped after each pass)."""
    added = False
    for _round in range(3):
        # again after grouping: a headline restates a figure whose source was itself a
        # guess further down
        if not _guess_in(text, out, mentions, studies, quoted, quoted_starts, people, top):
            break
        added = True
        _group(text, out)
    return added


def _guess_in(text: str, out: list[FigureClaim], mentions: _Mentions,
              studies: Sequence[tuple[int, int, str | None, str, str]],
              quoted: list[tuple[int, int, object]], quoted_starts: list[int],
              people: Sequence[PersonLike], top: Sequence[tuple[int, int]]) -> bool:
    """One pass of :func:`guessed_sources`."""
    from ..speech.furniture import is_furniture_line
    from ..speech.speakers import sentence_end

    sourced = [fc for fc in out if fc.source is not None and not fc.revised]
    # the article's questions: quantities two sources already answer
    questions = {fc.quantity for fc in sourced if fc.group is not None}
    # ... and, for the opening, which states the article's measure, any a source answers
    given = {fc.quantity for fc in sourced}
    if not given:
        return False
    # (indexes, not scans: a long text has thousands of figures and each candidate asks)
    measures: dict[str, list[float]] = {}
    # (and every question's counts of anything, as the join rules see them: "2,140 pups"
    # may answer a question of "pairs", and a bare "put the number at 2,950" is a count)
    counts: dict[bool, list[float]] = {True: [], False: []}  # (of people; of things)
    for fc in sourced:
        if fc.group is not None and (m := _broad_measure(fc.figure)) is not None:
            measures.setdefault(m[0], []).append((m[1] + m[2]) / 2)
        if fc.group is not None and (count := _count_value(fc)) is not None:
            counts[count[1]].append(count[0])
    for values in measures.values():
        values.sort()
    for values in counts.values():
        values.sort()
    printed = {text[max(0, c.start - 30):c.end + 15] for c in sourced}
    held = _OverlapIndex()
    claim_of: dict[int, FigureClaim] = {}
    given_by: dict[tuple[str, str], list[FigureClaim]] = {}  # (name, quantity) -> its figures
    for c in sourced:
        held.add(c.figure)
        claim_of[id(c.figure)] = c
        if c.source is not None:
            given_by.setdefault((c.source.name, c.quantity), []).append(c)
    added = False
    for fc in out:
        if fc.source is not None or fc.revised:
            continue
        if _quoted_at(quoted, quoted_starts, fc.start) or _in_claim_line(text, fc.start):
            continue
        ss, se = fc.sentence
        if se - ss > _GUESS_REACH:
            continue  # no sentence but a run of words with no end: nothing to guess from
        line_start = text.rfind("\n", 0, fc.start) + 1
        line_end = text.find("\n", fc.start)
        opening = any(a <= fc.start < b for a, b in top)
        asks = text[ss:se].rstrip(" *_\u201d\"\u2019\n").endswith("?")
        # (a headline that asks, "Did 60,000 march, or 18,500?", sets the sources' figures
        # against each other: its figures are theirs, said again)
        restated_only = asks and opening
        if asks and not opening or is_furniture_line(
                text[line_start:line_end if line_end >= 0 else len(text)]):
            continue  # a question claims nothing; "7 min read | 12 comments" is the page's
        if asking_label(text, line_start, fc.start):
            continue  # "PRESENTER: Twelve per cent of 30,100 would still leave you well
            # north of 30,000": the interviewer's own arithmetic, no one's claim
        if text[max(0, fc.start - 30):fc.end + 15] in printed:
            continue  # words printed twice: the claim of their other copy, if any
        if _OWNER_HAS_RE.search(text, max(ss, fc.start - 40), fc.start):
            continue  # "Vantel, which has 14 million customers": what the owner has, as the
            # article describes it, no one's figure
        if _NORM_AFTER_RE.match(text, fc.end) or _OUT_OF_RE.search(
                text, max(ss, fc.start - 40), fc.start) or (
                fc.figure.kind == "duration" and
                _TIME_ADVERBIAL_RE.search(text, max(ss, fc.start - 30), fc.start)):
            continue  # "a proposed 30 mph limit" is a rule, no measurement; "out of a
            # fleet of 1,200 buses" the whole a share is of; "engineers have worked on the
            # lifts for six years" says how long, not what was measured
        m = _broad_measure(fc.figure)
        mid = (m[1] + m[2]) / 2 if m is not None else None
        telling = fc.figure.value is None or fc.figure.value >= 100 or \
            not float(fc.figure.value).is_integer()
        if opening and fc.quantity not in questions and telling:
            # a headline or lede that gives a question's figure in its own words ("Tree
            # surgeon claims 90,000 SQUIRRELS" above "up to 90,000 squirrels") counts what
            # that figure counts: one question, in a measure both can be (a small whole
            # number matches too much by chance: not `telling`)
            mb = _broad_measure(fc.figure, bare=True)
            like = {c.quantity: c for c in sourced if c.group is not None and
                    _overlap(c.figure, fc.figure) and mb is not None and
                    (cb := _broad_measure(c.figure, bare=True)) is not None and
                    cb[0].split()[0] == mb[0].split()[0]}
            if len(like) == 1:
                c = next(iter(like.values()))
                fc.quantity, fc.noun = c.quantity, c.noun
        if fc.quantity not in (given if opening else questions) and not (
                m is not None and mid is not None and m[0] != "share" and
                _of_a_question(mid, measures.get(m[0], []))) and not (
                (cv := _count_value(fc)) is not None and _of_a_question(cv[0], counts[cv[1]])):
            continue  # (a share is a share of anything: it joins its own quantity only)
        src: Source | None = None
        # first what the figure's own sentence says: a study it mentions, a name before the
        # figure ("Landlord body the ALW said 3% ...")
        study = None if restated_only else next(
            ((a, org, label, sid) for a, b, org, label, sid in studies if a < se and b > ss
             # (not a study of a contrasting clause after the figure: "54 per cent ..., but
             # the port's operator said its own calculation put turnout below")
             and not (a > fc.start and CLAUSE_OPENS_RE.search(text, fc.end, a))),
            None)
        if study is not None:
            a, org, label, sid = study
            src = Source(org or label, "organisation" if org else "study", None, GUESSED,
                         a, sid, False)
        # (not a name in the phrase the sentence opens with: "At Morriston Hospital,
        # the typical wait is 45 weeks" is where, not who)
        lead = _SUBJECT_RE.match(text[ss:fc.start])
        # (never a place: "14 million customers in the UK" are counted there, not by it)
        names = _not_places(text, mentions.between(ss + (lead.end() if lead else 0), se))
        if src is None and names and names[0][0] < fc.start and not restated_only and not \
                _FIGURE_OF_BEFORE_RE.search(text, max(ss, fc.start - 60), fc.start):
            # (not "X rejects their figure of 40 cm": a figure named as one is a figure
            # said again, whose the same figure elsewhere tells)
            src = _guessed(names[0], people)
        if src is None:
            # then the one source that gives the same figure elsewhere (of one quantity; or
            # of one measure, but a share is a share of anything: "Renters face 3% rise" is
            # no restatement of inflation at 3%)
            near = [claim_of[id(o)] for o in held.overlapping(fc.figure)]
            same = {c.source.name: c.source for c in near if c.source is not None and (
                c.quantity == fc.quantity or (
                    m is not None and m[0] != "share" and
                    (cm := _broad_measure(c.figure)) is not None and cm[0] == m[0]))}
            if len(same) == 1:
                got = next(iter(same.values()))
                src = replace(got, how=GUESSED, confirmed=False)
        if src is None and not restated_only:
            if not names and opening and _UNNAMED_SAYS_RE.search(text, ss, se):
                # news ledes name who speaks a sentence later ("A veteran beekeeper has
                # claimed that up to 40,000 hives died ... Maren Holt, who ..."): only a
                # sentence in which someone unnamed gives the figure
                nxt = sentence_end(text, se, min(len(text), se + 600))
                names = mentions.between(se, nxt)[:1]
            if names:
                src = _guessed(names[0], people)
            elif _names_no_one(text[ss:fc.start]):
                # a sentence that names no one goes on from the one before it in its
                # paragraph ("The trust surveyed the cliffs in June. The count came to
                # 2,140 pairs."): the first name there
                names = _names_before(text, ss, mentions)
                if names:
                    src = _guessed(names[0], people)
        if src is not None and any(not _overlap(c.figure, fc.figure) and
                                   not _moved_from(text, fc, c)
                                   for c in given_by.get((src.name, fc.quantity), ())):
            # a name that gives another figure for the quantity is no guess for this one
            # (the rival in the dispute, or a source said to revise itself), unless the
            # other is this one moved: "9,800 customers ... Four hours later the
            # cooperative raised that number to 14,200"
            src = None
        if src is not None:
            fc.source = src
            if src.study is not None and fc.study_id is None:
                fc.study_id = src.study
            added = True
    return added


def _moved_from(text: str, fc: FigureClaim, later: FigureClaim) -> bool:
    """``fc`` and ``later``, a source's two figures of one quantity, are one figure moved:
    ``fc`` is one the source "had posted" before the news (figures' past perfect, wherever
    ``later`` is), or, within 400 characters of ``later``, "raised that number to 14,200"
    after it (figures' words of revising, :data:`.figures._REVISED_TO_RE`) or "down
    from" up to 100 characters before ``fc``."""
    if HAD_GIVEN_OR_SHOWN_BEFORE_RE.search(text, max(fc.sentence[0], fc.start - 60), fc.start):
        return True  # "The cooperative had posted a figure of 12,800": the one before the news
    if not (0 <= fc.start - later.end <= 400 or 0 <= later.start - fc.end <= 400):
        return False
    if fc.start > later.start:
        # ("8,400 customers remained without service. That was down from the co-op's own
        # morning update, which listed 9,100": the figure before, moved from)
        return _MOVED_FROM_RE.search(text, max(fc.sentence[0], fc.start - 100),
                                     fc.start) is not None
    return _REVISED_TO_RE.search(text, max(later.sentence[0], later.start - 60),
                                 later.start) is not None


#: Words before a figure, within its sentence, that make it the one a count moved from:
#: "That was down from the co-op's own morning update, which listed 9,100" (figures'
#: ``_UP_DOWN_FROM_RE`` and ``_OLD_NEAR_RE`` read them only right before the figure).
_MOVED_FROM_RE = re.compile(r"(?i)\b(?:down|up)[ \u00a0]+from\b")


#: A relative clause that says what a body has, right before a figure: "which has 14
#: million customers", "who employ about 300 staff".
_OWNER_HAS_RE = re.compile(
    rf"\b(?:which|who|that){_SP}+(?:has|have|had|employs?|employed|operates?|operated|"
    rf"runs?|ran|serves?|served|owns?|owned){_SP}+(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?$")


def _count_value(fc: FigureClaim) -> tuple[float, bool] | None:
    """A figure's value as a count (the join rules' kind "count": a count in a unit of its
    own or a bare number its sentence says counts something), and whether it counts
    people; None for any other measure. People answer questions of people, things
    questions of things ("400 members" is no count of seal pups)."""
    m = _measure_of(fc)
    if m is None or _kind_of(m[0]) != "count":
        return None
    return (m[1] + m[2]) / 2, _counts_people(fc.quantity)


def _names_no_one(words: str) -> bool:
    """Whether a sentence's words before its figure name no one: no capitalised word but a
    first word that is a common word ("The", "Its", "By"), not a name no rule knew
    ("Adelson has committed $5 million")."""
    caps = [w for w in re.findall(r"\b[A-Z][\w'’-]*", words)
            if w not in MONTH_WORDS and w not in WEEKDAY_NAMES]
    if not caps:
        return True
    first = re.match(r"[\s\"“‘'(]*([A-Z][\w'’-]*)", words)
    return len(caps) == 1 and first is not None and first.group(1).lower() in STOPWORDS


def _names_before(text: str, ss: int, mentions: _Mentions) -> list[tuple[int, str, str]]:
    """The names of the sentence before the one starting at ``ss``, in its paragraph (none
    at a paragraph's start), places left out ("in Lisbon" is where, not who)."""
    from ..speech.speakers import sentence_start

    para = text.rfind("\n\n", 0, ss)
    ps = para + 2 if para >= 0 else 0
    if text[ps:ss].strip() == "":
        return []
    prev = sentence_start(text, ps, max(ps, ss - 1))
    return _not_places(text, mentions.between(prev, ss))


def _not_places(text: str, names: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """``names`` less those a preposition of place opens ("in Lisbon" is where, not
    who; "diversions to Calloway Regional Airport" where they went), and the names of a
    dateline ("HARWICK, England, March 14 (Meridian News) -":
    where the story was filed and the wire that filed it, never who gives its figures)."""
    return [n for n in names if not _IN_PLACE_BEFORE_RE.search(text, max(0, n[0] - 12), n[0])
            and not _DESTINATION_BEFORE_RE.search(text, max(0, n[0] - 20), n[0])
            and not _in_dateline(text, n[0])]


#: A destination before a name: "41 diversions to Calloway Regional Airport", "flights
#: into Heathrow" (where things went, never who counts them; "according to" names one).
_DESTINATION_BEFORE_RE = re.compile(r"(?<!according )\b(?:to|into|towards?)[ \u00a0]+"
                                    r"(?:the[ \u00a0]+)?$")


def _in_dateline(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a dateline opening its paragraph (the speech engine's one
    rule, :func:`provenance.speech.furniture.dateline_end`)."""
    ls = text.rfind("\n", 0, pos) + 1
    return pos < dateline_end(text, ls, min(len(text), ls + 200))


def _guessed(name: tuple[int, str, str], people: Sequence[PersonLike]) -> Source:
    """A name of :class:`_Mentions` as a guessed source (a person as the extraction knows
    them; never confirmed, so the draft gives no ``by:`` for it)."""
    at, text, kind = name
    who = _person(people, text) if kind == "person" else None
    return Source(who.name if who else text, kind, who.id if who else None, GUESSED, at,
                  None, False)


def _of_a_question(value: float, values: list[float]) -> bool:
    """Whether a value is of one order (:func:`_near_order`) with any of a question's
    sorted values."""
    if value <= 0:
        return any(_near_order(value, v) for v in values)
    i = bisect.bisect_left(values, value / 10)
    return i < len(values) and values[i] <= value * 10 and _near_order(value, values[i])


#: A reporting verb whose subject is unnamed: "A veteran beekeeper has claimed", ", a tree
#: surgeon has warned" (no capitalised word in the few words before the verb but the
#: sentence's first: "Harbour pilot Ines Vaz said" names its source).
_UNNAMED_SAYS_RE = re.compile(
    rf"(?:^|[.!?,;:]{_SP}*|\n)(?:[{UP}][a-z]*{_SP}+)?(?:[a-z][\w’'-]*{_SP}+){{0,5}}"
    rf"(?:has{_SP}+|have{_SP}+|had{_SP}+)?(?:[a-z]+ly{_SP}+)?(?:{_SAYS})\b"
    # ("..., according to a fishing guide")
    rf"|\baccording{_SP}+to{_SP}+(?:an?|one|some|several){_SP}+[a-z]", re.M)
#: The longest sentence a source is guessed in (news sentences are shorter).
_GUESS_REACH = 400
#: A noun after a figure that makes it a rule, not a measurement: "a 30 mph limit", "the
#: 2 percent target", "a 40-decibel threshold".
_NORM_AFTER_RE = re.compile(
    rf"(?:{_SP}+[a-z]+)?{_SP}+(?:limits?|caps?|targets?|thresholds?|cut-?offs?|ceilings?|"
    rf"minimums?|maximums?|rules?|zones?|standards?|guidelines?|goals?|quotas?)\b")
#: The whole a part is out of: "310 buses failed, out of a fleet of roughly 1,200 buses".
_OUT_OF_RE = re.compile(rf"\bout{_SP}+of{_SP}+(?:(?:a|an|the|its|their){_SP}+)?"
                        rf"(?:[a-z]+{_SP}+){{0,2}}?(?:of{_SP}+)?(?:(?:{_HEDGE_OR_BOUND}){_SP}+)?$")
#: A preposition of time before a length of time: how long something went on ("for nearly
#: three years", "over 18 months", "within two weeks"), no measure of anything.
_TIME_ADVERBIAL_RE = re.compile(
    rf"\b(?:for|over|during|within|after|in|since|throughout)"
    rf"(?:{_SP}+(?:the{_SP}+)?(?:past|last|next|first|following))?"
    rf"(?:{_SP}+(?:{_HEDGE_OR_BOUND}))?{_SP}+$", re.I)
