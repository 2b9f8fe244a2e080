"""Figures a body's data gives in the sentence after the one that brings the data in.

News reports a body's survey, audit or data in two steps: one sentence says whose data it
is, the next gives what it found, with no source of its own. "The Galway Taxi Operators'
Group collects anonymised booking data from the three dispatch apps. Across the 12
weekends ..., the average time between booking and pick-up was between 9 and 14
minutes." "A performance audit by the Riverton City Auditor ... drew a random sample of
2,500 calls. Measured that way, the median response was 14.2 minutes." The figure is the
body's: it is what its data says, and it is a side of the dispute the article reports.

A stage of :func:`provenance.extract.figures.find_figure_claims`, once every other rule
has named what it can: a figure with no source (or one the study's own workers give:
"Auditors sampled 36 days ... and estimated") takes the one body named in the sentence
before, when that sentence speaks of its data (:data:`_DATA_WORDS`) and the figure's own
sentence names no one else. Only a figure of a quantity another source gives a figure of,
and only the body's first: what the rule is for is the side of a question, not every
number near a survey. A review's texts (round 41) set its bounds: never a sentence about
another place ("In Norway, fewer than 2% ..."), a supposition or forecast, a comparison,
an owner's figure ("The regulator's own figure is"), one a voice after it says ("...,
the minister admitted"), a part in brackets or a past value ("up from the 31,412").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..numbers import MONTHS_RE
from ..speech.speakers import UP, sentence_start
from ..text import STOPWORDS
from .figures import _LEAD_WORDS, _SAYS, FigureClaim, Source, is_org

_SP = r"[ \u00a0]"
#: Words of a body's data or a study of it (general English).
_DATA_WORDS = re.compile(
    r"\b(?:survey(?:ed|s)?|audit(?:ed|s)?|review(?:ed)?|data|dataset|count(?:ed)?|stud(?:y|ies)|"
    r"report|records|figures|statistics|analysis|analysed|analyzed|sample[ds]?|"
    r"questionnaires?|edition|census|poll(?:ed)?|logs|dashboard|tally|inspection|"
    r"collects|compiles|tracks|monitors|measured)\b", re.I)
#: The people who do a study's work, as a sentence's subject: theirs is the study's figure.
#: (never "analysts", who say what they think; "respondents" report what the survey finds)
_STUDY_WORKERS = frozenset({"researchers", "auditors", "inspectors", "investigators",
                            "surveyors", "respondents"})
#: A value a figure is compared with: "up from", "down from the", "compared with".
_PAST_VALUE_RE = re.compile(rf"\b(?:(?:up|down|rising|falling|rose|fell){_SP}+from|"
                            rf"compared{_SP}+(?:with|to)|against)(?:{_SP}+the)?{_SP}+$", re.I)
#: A sentence that opens with another place: "In Norway,", "At Heathrow,", "Elsewhere".
_ELSEWHERE_RE = re.compile(rf"(?:(?:In|At|For|Unlike|Outside|Across){_SP}+(?:the{_SP}+)?"
                           rf"(?!(?:{MONTHS_RE})\b)[{UP}]|Elsewhere\b)")
#: A supposition or a forecast, no finding: "If ...", "could", "would", "will".
_IF_OR_MAY_RE = re.compile(r"^(?:If|Unless|Should)\b|\b(?:could|would|might|may|will)\b")
#: Another's figure, or one compared: "another company", "compares with".
_OTHER_RE = re.compile(r"\b(?:another|other|compar(?:es|ed|ing)|whereas|while)\b", re.I)
#: An owner of the figure in its own sentence: "The ferry regulator's own figure" (never
#: "after re-examining the company's raw logger files").
_OWNER_RE = re.compile(rf"(?:\w[’']s|s[’']){_SP}+(?:own{_SP}+)?(?:[a-z]+{_SP}+)?(?:figure|"
                       rf"estimate|count|number|tally|total|data|statistics|reckoning)s?\b")
#: The first person of the sentence: the article's own finding or a speaker's.
_WE_RE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
#: Common sentence openings that are no name (general English).
_OPENING_WORDS = frozenset("across among overall altogether together over under about "
                           "around nearly almost roughly some most half one two three four "
                           "five six seven eight nine ten per each every all both only "
                           "just".split())
#: How far back the sentence before may open (a long sentence of a report's method).
_REACH = 600


def continued_sources(text: str, out: list[FigureClaim],
                      names: Iterable[tuple[int, str, str]], people: Iterable[str]) -> None:
    """Gives the figures the module's rule reads their body. ``names``: the text's proper
    names (start, name, kind), in order; ``people``: the names of its people."""
    given: dict[str, set[str]] = {}
    orgs: set[str] = set()  # (the bodies the text gives figures to)
    for fc in out:
        if fc.source is not None and fc.source.kind != "generic":
            given.setdefault(fc.quantity, set()).add(fc.source.name)
            if fc.source.kind == "organisation" and fc.source.name[:1].isupper() and \
                    not _unsourced(fc):
                orgs.add(fc.source.name)
    wanted = [fc for fc in out if _unsourced(fc) and fc.quantity in given]
    if not wanted:
        return
    persons = {p for p in people if p}
    orgs -= persons
    bodies = sorted((a, n) for a, n, k in names
                    if k == "organisation" and n not in persons and is_org(n))

    def named_in(a: int, b: int) -> set[str]:
        # (a body by the shape of its name, or one the text gives figures to: "Hear
        # Scotland Together" has no word of a body's)
        return {n for at, n in bodies if a <= at < b and not _after_number(text, at)} | \
            {n for n in orgs if text.find(n, a, b) >= 0}

    for fc in wanted:
        ss, se = fc.sentence
        if text[fc.start - 1:fc.start] == "(" or _PAST_VALUE_RE.search(
                text, max(ss, fc.start - 40), fc.start):
            continue  # ("net migration from other states (393)": a part of a figure; "up
            # from the 31,412": a past value)
        if named_in(ss, fc.start) or any(text.find(p, ss, fc.start) >= 0 for p in persons) \
                or _opens_with_a_name(text, ss) or _WE_RE.search(text, ss, se) or \
                _ELSEWHERE_RE.match(text, ss) or _IF_OR_MAY_RE.search(text, ss, se) or \
                _said_in(text, fc) or _OTHER_RE.search(text, ss, se) or \
                _OWNER_RE.search(text, ss, fc.start):
            continue  # (its own sentence names someone, or is the article's or a
            # speaker's own: "we found"; another place's: "In Norway, fewer than 2%"; a
            # supposition or forecast: "If the ferries arrive, 98% could run"; someone
            # else's by a verb of saying, an owner or a comparison: "the minister
            # admitted", "The regulator's own figure is", "That compares with 99% on the
            # routes run by another company")
        back = max(0, ss - _REACH)
        ps = sentence_start(text, back, max(back, ss - 2))
        if ps >= ss or not _DATA_WORDS.search(text, ps, ss):
            continue
        named = named_in(ps, ss)
        if len(named) != 1:
            continue
        body = named.pop()
        if body in given[fc.quantity]:
            continue  # (the body's side is given already: a second value of it is a past
            # one or a part, "up from the 31,412 counted in 2020", never a revision)
        s = fc.source
        fc.source = Source(body, "organisation", None, "continued", ps,
                           s.study if s is not None else None)
        given[fc.quantity].add(body)  # ("... and found gaps on 23 days": one side each)


#: A sentence's first word, after an opening quotation mark.
_FIRST_WORD_RE = re.compile(rf"[\"“‘']?([{UP}][\w’'-]*)")


def _opens_with_a_name(text: str, ss: int) -> bool:
    """A sentence whose first word is a name no rule knows ("Adelson has committed 3,900
    pairs"): a capitalised word that is no word of English's stock (:data:`STOPWORDS`, a
    sentence's lead words) nor a participle or adverb ("Measured that way", "Overall")."""
    m = _FIRST_WORD_RE.match(text, ss)
    if m is None:
        return False
    w = m.group(1)
    return not (w in _LEAD_WORDS or w.lower() in STOPWORDS or
                w.lower().endswith(("ed", "ing", "ly")) or w.lower() in _STUDY_WORKERS or
                w.lower() in _OPENING_WORDS)


#: A verb of saying (the figures' one lexicon, and the verbs of owning up a figure), not in
#: the passive ("have been confirmed") nor a noun of speech's wider lexicon ("for
#: technical reasons").
_SAID_RE = re.compile(rf"(?<!\bbeen )(?<!\bbe )(?<!\bwas )(?<!\bwere )(?<!\bare )(?<!\bis )"
                      rf"\b(?:{_SAYS}|admitted|admits|conceded|concedes|acknowledged|"
                      rf"acknowledges|insisted|insists|argued|argues)\b")


#: Who says it, after the figure: ", the transport minister admitted" (never ", and one
#: in eight said").
_TRAILING_SAID_RE = re.compile(rf",{_SP}+(?!and\b|but\b|while\b)(?:[\w’'-]+{_SP}+){{0,5}}?"
                               rf"{_SAID_RE.pattern}")


def _said_in(text: str, fc: FigureClaim) -> bool:
    """Someone says the figure after it ("..., the transport minister admitted in
    parliament"): its voice is theirs. Not a clause of its own after the figure ("...,
    and one in eight said they had waited more than a year")."""
    # (a voice before the figure that names someone is read by the rules of speech; one
    # that does not is the body's own: "it estimated", "saying that 58 containers")
    return _TRAILING_SAID_RE.search(text, fc.end, fc.sentence[1]) is not None


def _after_number(text: str, at: int) -> bool:
    """A name in capitals right after a number is its unit: "3.62 million TEU"."""
    return re.search(rf"\d(?:{_SP}*(?:thousand|million|billion))?{_SP}*$",
                     text[max(0, at - 20):at]) is not None


def _unsourced(fc: FigureClaim) -> bool:
    s = fc.source
    return s is None or (s.kind in ("generic", "organisation") and
                         s.name.lower() in _STUDY_WORKERS)


__all__ = ["continued_sources"]
