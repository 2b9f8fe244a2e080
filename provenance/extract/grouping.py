"""Figures of one quantity from different sources as one question: the grouping stage of
:func:`provenance.extract.figures.find_figure_claims`, run once every figure has its
quantity and its source (and again by the guess stage, :mod:`.guess`, after it adds a
source). A question is what a draft's ``questions:`` entry becomes and what `contested`
weighs, so a figure left out of its question is a side of a dispute the page never shows,
and one put in the wrong question is a dispute nobody had.

The rules, in the order they run (:func:`_group`): figures of one quantity string from two
sources or more (never a source revising its own figure, never two figures of one
question further apart than :data:`_JOIN_SPREAD`); sums that name nothing they pay for
beside the one that does (:func:`_plain_sums`); figures of one measure written another
way (:func:`_join_measures`), and a figure that names nothing beyond its measure beside
the article's one question of that kind (:func:`_join_sole`); a count of deaths beside a
count of a kind that dies (:func:`_join_deaths`); a figure that counts the question's thing
by another noun, whose clause says what its answers' clauses say (:func:`_join_main`), and
the only two questions of a measure whose clauses say the same (:func:`_merge_pair`). A
question's answer a quotation gives far from every other, naming nothing, is left out
(:func:`_without_outliers`). Reading a figure's measure is
:func:`.figures._broad_measure`'s.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable

from ..numbers import APPROX_RELATIVE, canonical_unit, measure_unit_names, singular
from ..speech.speakers import is_person_noun, sentence_start
from ..text import STOPWORDS
from .figures import (
    _ADDED,
    _DOWN_NOUNS,
    _EVENT_HEADS,
    _GENERIC_PEOPLE,
    _GENERIC_THINGS,
    _HEDGE_OR_BOUND,
    _HERD_ANIMALS,
    _HERD_UNITS,
    _MEASURING_NOUNS,
    _STAFF_NOUNS,
    _SUM_OF_RE,
    AGE_KEY,
    AREA_KEY,
    AS_A_WHOLE_RE,
    DURATION_KEY,
    FIGURE_FRAME,
    LENGTH_KEY,
    NEARING,
    PERSON_NOUNS,
    PERSON_ROLES,
    REPORT_VERBS,
    STATES,
    YEAR,
    FigureClaim,
    _apart,
    _bounds,
    _broad_measure,
    _by_named_group,
    _by_target,
    _generic,
    _join_states,
    _names_quantity,
    _same_figure_in,
    _state,
    _value_bucket,
    actor_noun,
    named_words,
    revision_of,
    same_value,
)
from .figures import (
    _AUXILIARIES as _FIGURE_AUXILIARIES,
)
from .figures import (
    A_YEAR_RE as _A_YEAR_RE,
)

#: How far apart (a factor) two figures of one measure may be and still be two answers to
#: one question: "CHF 25–30 million" and "up to CHF 140m" are; "contingency funds of £1.9m"
#: beside a "£38.6m" scheme is another sum.
_JOIN_SPREAD = 10.0

def _group(text: str, out: list[FigureClaim]) -> None:
    """Figures of one quantity from two or more sources share a group (a draft question)."""
    groups: dict[str, list[FigureClaim]] = {}
    _one_risk(out)
    _rises_and_falls(text, out)
    _displaced_in_other_words(text, out)
    _strikers_in_other_words(text, out)
    alias = _deverbal_aliases([fc for fc in out if fc.source is not None], text)
    alias.update(_kinds_of_happening(text, [fc for fc in out if fc.source is not None]))
    alias.update(_one_thing_aliases([fc for fc in out if fc.source is not None], alias))
    doers = _people_as_doers([fc for fc in out if fc.source is not None], text)
    # (no length of time a clause denies or supposes: "no one would wait 20 weeks")
    given = [fc for fc in out if fc.source is not None and not fc.revised and
             fc.quantity.startswith("duration of ") and "@" not in fc.quantity and
             not _negated_before(text, fc)]  # (nor a length of its own: a target, a
    # year before)
    times = _one_length_of_time(given)
    given_ids = {id(fc) for fc in given}
    for fc in out:
        fc.group = None
        fc.joined = False
        if fc.source is None or fc.revised or _added_or_left_out(text, fc):
            continue
        key = doers.get(id(fc), alias.get(fc.quantity, fc.quantity))
        if id(fc) in given_ids:
            key = times.get(key, key)
        groups.setdefault(key, []).append(fc)
    k = 0
    for _q, all_members in groups.items():
        for members in (p for part in _by_named_group(all_members) for m in _by_target(part)
                        for p in _by_place(m)):
            names = {m.source.name.casefold() for m in members if m.source is not None}
            if len(members) < 2 or len(names) < 2:
                continue
            if len(members) == 2 and _far_apart(members):
                continue  # "seizures worth CHF 3.1 million", "exports worth about CHF 96
                # million": two figures thirty times apart answer no one question
            members = _without_outliers(text, members)
            members = _without_earlier_years(text, members)
            members = _without_wholes(text, members)
            for part in (p for d in _by_direction(text, members) for p in _by_year(text, d)):
                if len(part) < 2 or len({m.source.name.casefold() for m in part
                                         if m.source is not None}) < 2:
                    continue
                for m in part:
                    m.group = k
                k += 1
    _plain_sums(out, k)
    _spanless_sums(out, k + len(out))
    _join_measures(text, out)
    _join_deaths(text, out)
    _join_named_sums(text, out)
    _join_said_again(text, out)
    _join_rounded(text, out)
    _join_revised(text, out)


def _strikers_in_other_words(text: str, out: list[FigureClaim]) -> None:
    """In a story of a strike, the people of the trade counted in a sentence that says they
    struck, stayed away or joined are one count, whatever each source calls them: a union's
    "41,000 nurses", a ministry's "about 17,500 strikers", an observatory's "between 9,000
    and 11,000 staff", "48,000 members", "70,000 people joined the strike". A story of a
    strike is one where two sources' counts of people each name the strike in their own
    clause. Not a whole ("of the country's 142,000 teachers", "the region employs"), a
    count of those gathered at a rally, nor people the strike befell ("4,000 patients
    had operations cancelled")."""
    namings = _EVENT_RES["strike"].finditer(text)
    if next(namings, None) is None or next(namings, None) is None:
        return  # (two namings of a strike at least; read no further on a long text)
    last = ""  # (the quantity of the last count of people that names what it counts)
    days: Counter[str] | None = None  # (the text's days, counted when a count names one)
    trades = {fc.quantity for fc in out if fc.source is not None and " " not in fc.quantity
              and _of_the_trade(fc.quantity) and _counts_people(fc.quantity) and
              fc.quantity not in _ANY_TRADE and fc.quantity not in _STATE_QUANTITIES}
    if len(trades) > 1:
        return  # ("1,100 nurses" beside "300 doctors": two trades, two counts)
    struck: set[str] = set()  # (the words a sentence of striking counts by)
    kept: set[int] = set()  # (the counts of another strike, a crowd, a whole or a part)
    candidates = []
    for fc in sorted(out, key=lambda o: o.start):
        if fc.source is None or " " in fc.quantity or not _counts_people(fc.quantity) or \
                not _of_the_trade(fc.quantity) or fc.quantity in _STATE_QUANTITIES:
            continue  # (a count of people only: "14% of nurses" is a share of its own)
        candidates.append(fc)
        named = fc.noun.lower() in fc.figure.text.lower()
        sentence = (max(fc.sentence[0], text.rfind(";", 0, fc.start) + 1), fc.sentence[1])
        framed = not named or _FRAMED_RE.search(text, max(fc.sentence[0], fc.start - 80),
                                                 fc.start)
        end = min(fc.sentence[1], fc.end + 120)
        cut = _CLAUSE_END_RE.search(text, fc.end, end)
        clause = " ".join((fc.noun, text[fc.end:cut.start() if cut else end]))
        clause_span = _clause(text, fc)
        own_days = set(_DAY_RE.findall(text, *clause_span))
        if own_days and days is None:
            days = Counter(_DAY_RE.findall(text))
        if _NOT_THIS_STRIKE_RE.search(text, *clause_span) or \
                _YEAR_BEFORE_RE.search(text, clause_span[0], fc.start) or \
                _YEAR_OPENS_RE.match(text, fc.sentence[0], fc.start) or \
                _YEAR_AFTER_RE.match(text, fc.end, fc.sentence[1]) or \
                _EMPLOYED_AFTER_RE.match(text, fc.end, fc.sentence[1]) or \
                own_days and days is not None and days.most_common(1)[0][0] not in own_days or \
                _HAS_BEFORE_RE.search(text, max(fc.sentence[0], fc.start - 30), fc.start) or \
                _RALLY_RE.search(clause) or _PART_BEFORE_RE.search(
                    text, max(fc.sentence[0], fc.start - 40), fc.start) or \
                _EMPLOYS_BEFORE_RE.search(text, max(fc.sentence[0], fc.start - 40), fc.start):
            kept.add(id(fc))
            if fc.quantity == "striker" and _RALLY_RE.search(clause):
                fc.quantity = "people"  # ("several hundred strikers had gathered": a crowd)
        elif _OFF_WORK_RE.search(text, *sentence) or framed and last == "striker":
            struck.add(fc.quantity)
            last = "striker"
            continue
        elif _predicate(text, fc):
            kept.add(id(fc))  # ("6,800 members had signed a petition": another count)
        if named and fc.noun:
            last = fc.quantity
    # every count of the words a sentence of striking counts by is of the strikers, its
    # other sentences too ("twelve thousand teachers", "about 4,500, the city says"): a
    # question split between two names of one count is a dispute nobody sees
    for fc in candidates:
        if fc.quantity in struck and id(fc) not in kept:
            fc.quantity = "striker"


#: A crowd, in what a count counts or its clause: "6,000 people at the midday rally",
#: "marchers", "gathered outside parliament" (not "taking part": in a strike, the strike).
_RALLY_RE = re.compile(r"(?i)\b(?:rall(?:y|ies|ied)|march(?:ed|ers?|es)?|protest(?:ers?|ed)?|"
                       r"demonstrat\w*|crowds?|gathered|attend\w*)\b")
#: Those a place employs, after a count: "between 3,500 and 4,000 dockers were employed
#: at the docks", "who work at the port" (a workforce, no count of strikers).
_EMPLOYED_AFTER_RE = re.compile(
    r"[^,;:.!?]*?\b(?:(?:are|were|is|was|be|been)[ \u00a0]+employed|(?:who|that)[ \u00a0]+"
    r"work(?:s|ed)?[ \u00a0]+(?:at|for|in))\b")
#: A day of the week (the most named is the strike's; a count of another day is another).
_DAY_RE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
#: A part of a count, right before it: "including about 4,200 at the state rail operator".
_PART_BEFORE_RE = re.compile(r"\b(?:including|includes|(?<!were )(?<!was )(?<!are )(?<!is )"
                             r"(?<!been )(?:included|include)|of[ \u00a0]+whom|among[ \u00a0]+them)"
                             r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]+$")


def _of_the_trade(quantity: str) -> bool:
    """A quantity of people who work or strike: a trade ("nurse", "teacher", "docker"), a
    workforce ("worker", "staff", "member"), strikers, or people in general; never those
    a strike befalls ("patient", "passenger", "customer", "pupil")."""
    w = quantity.split()[-1]
    return w not in _NOT_OF_THE_TRADE and (
        w in _ANY_TRADE or w in PERSON_ROLES or w.endswith("worker") or actor_noun(w))


#: People a strike befalls, never those who strike (a general lexicon).
_NOT_OF_THE_TRADE = frozenset("patient passenger customer pupil student child parent "
                              "resident traveller traveler commuter visitor shopper user "
                              "voter consumer tenant".split())


#: A year in the clause after a count: "4,000 people lost their homes in the 2015 floods".
#: (and one before it in its clause, but "since", or one its sentence opens with: "In 2019,
#: the federation said, 6,800 members had walked out"; not "the largest since 2009", nor
#: "the inspectorate, which monitors industrial action under a 2016 law, estimated")
_YEAR_AFTER_RE = re.compile(rf"[^,;:.!?]*\b{YEAR}\b")
_YEAR_BEFORE_RE = re.compile(rf"(?<!since )\b{YEAR}\b")
_YEAR_OPENS_RE = re.compile(rf"[\W]*(?:In|During|By|Back[ \u00a0]+in)[ \u00a0]+{YEAR}\b")


def _displaced_in_other_words(text: str, out: list[FigureClaim]) -> None:
    """People in general whose clause says they fled ("140,000 people had left their
    homes", "forced close to 40,000 people from their homes") are the displaced, in an
    article that counts the displaced: an agency's "86,500 people had been displaced" and a
    charity's "people who left their homes" answer one question, in each source's words."""
    if not any(fc.quantity == "displaced" and fc.source is not None for fc in out):
        return
    last = ""  # (the quantity of the last count of people that names what it counts)
    for fc in sorted(out, key=lambda o: o.start):
        named = fc.noun.lower() in fc.figure.text.lower()
        framed = _FRAMED_RE.search(text, max(fc.sentence[0], fc.start - 80), fc.start)
        if fc.quantity in _GENERIC_PEOPLE and fc.source is not None and not \
                _YEAR_AFTER_RE.match(text, fc.end, fc.sentence[1]) and (
                _events(text, fc) == {"flight"} or (not named or framed) and
                last == "displaced" and not _events(text, fc)):
            # (and a bare number, or one framed as the number, that counts what the
            # figure before it counted: "puts the figure at between 40,000 and 45,000",
            # "put the number at 12,500 people" after "18,400 people fled")
            fc.quantity = "displaced"
        if named and fc.noun and _counts_people(fc.quantity):
            last = fc.quantity  # (never "a coalition of 14 charities" between them)
    # (and a source's figure said again as a bare number: "the gap between 18,400 and
    # 40,000" after "18,400 people had fled")
    said = {fc.figure.value for fc in out
            if fc.quantity == "displaced" and fc.source is not None and
            fc.figure.value is not None}
    for fc in out:
        if fc.quantity in _GENERIC_PEOPLE and fc.source is not None and \
                fc.figure.value in said and \
                fc.noun.lower() not in fc.figure.text.lower():
            fc.quantity = "displaced"


def _join_named_sums(text: str, out: list[FigureClaim]) -> None:
    """Sums of one currency from two sources or more, in an article with no question of
    sums, whose sentences give each the same noun right before it ("the overrun is £420m",
    "estimated the overrun at about £780m"): one question. A sum no lexicon names is a
    quantity of its own (a fine beside a budget), but the noun its sentence sets it equal
    to says what both count."""
    if any(fc.group is not None and fc.quantity.startswith("money ") for fc in out):
        return
    by_noun: dict[tuple[str, str], list[FigureClaim]] = {}
    over: list[FigureClaim] = []  # "£2.3bn over budget": an overrun, joined to one named so
    for fc in out:
        if fc.group is not None or fc.source is None or fc.revised or \
                not re.fullmatch(r"money \S+ @\d+", fc.quantity):
            continue
        nm = _SUM_NOUN_BEFORE_RE.search(text, max(fc.sentence[0], fc.start - 60), fc.start)
        if nm is not None and nm.group("noun") not in _TOPIC_STOP:
            # ("the second instalment would be": a word that tells sums apart is the noun's)
            which = nm.group("which")
            noun = singular(nm.group("noun")) if which is None or which not in _SUMS_APART \
                else f"{which} {singular(nm.group('noun'))}"
            by_noun.setdefault((fc.quantity.split()[1], noun), []).append(fc)
        elif _OVER_BUDGET_RE.match(text, fc.end):
            over.append(fc)
    for fc in over:
        # (only beside sums the article calls an overrun: two projects each "over budget"
        # are two sums)
        named = by_noun.get((fc.quantity.split()[1], "overrun"))
        if named:
            named.append(fc)
    g = max((fc.group for fc in out if fc.group is not None), default=-1) + 1
    for members in by_noun.values():
        if len({m.source.name.casefold() for m in members if m.source is not None}) < 2:
            continue
        vals = [v for m in members if (b := _measure_of(m)) is not None and
                (v := (b[1] + b[2]) / 2) > 0]
        if len(vals) != len(members) or max(vals) > _JOIN_SPREAD * min(vals):
            continue
        for m in members:
            m.group = g
        g += 1


#: After a sum, that it is how far a cost went past its budget: "£2.3bn over budget",
#: "£140m over its original budget".
_OVER_BUDGET_RE = re.compile(r"[ \u00a0]+over[ \u00a0]+(?:(?:its|the|their)[ \u00a0]+)?"
                             r"(?:(?:original|agreed|approved)[ \u00a0]+)?budget\b")
#: Words before a sum's noun that say it is another sum of that kind ("the first
#: instalment", "the second instalment"; "the old toll", "the new toll"), unlike "the final
#: overrun", which is the overrun.
_SUMS_APART = frozenset("first second third fourth old new previous next last initial original "
                        "current annual monthly weekly daily extra additional".split())
_SUM_ADVERBS = r"(?:currently|now|still|already|finally|eventually|actually|really|likely)"
#: The noun a sentence sets a sum equal to, right before it: "the overrun is", "put the
#: overrun at", "an overrun of", "the final overrun would be", "the overrun currently
#: stands at" (group ``noun``, the word before it ``which``; an adverb after it, hedges
#: before the sum).
_SUM_NOUN_BEFORE_RE = re.compile(
    rf"\b(?:the|an?|its|their)[ \u00a0]+(?:(?P<which>[a-z]+)[ \u00a0]+)?(?!{_SUM_ADVERBS}\b)"
    rf"(?P<noun>[a-z]{{4,}})"
    rf"[ \u00a0]+(?:{_SUM_ADVERBS}[ \u00a0]+)?"
    rf"(?:is|was|stands[ \u00a0]+at|stood[ \u00a0]+at|at|of|to|reached|hit|totals|totalled|"
    rf"(?:would|will|could|may|might)[ \u00a0]+be|comes[ \u00a0]+to|came[ \u00a0]+to)"
    rf"[ \u00a0]+(?:(?:{_HEDGE_OR_BOUND})[ \u00a0]+)?$")


def _join_said_again(text: str, out: list[FigureClaim]) -> None:
    """A figure a source in a question says again, in so many words ("The union did not
    change its figure, repeating in a written statement that at least 6,800 members had
    downed tools"; "stands by", "reiterated"), or a headline's figure its story's source
    gives ("union claims 48,000 walked out"), is the position it holds there: the same
    value and kind of figure, of the same quantity, from the same source. Only with a word
    of saying it again before the figure in its sentence, or with one of the two in a
    headline (a short first line set apart by a blank one), never with a future ("would
    walk out again") and never of another period (:func:`_another_period`): the same
    number from one source is as often another year's strike, a forecast or what the union
    has. (The joins above take a source's figure only from a source a question has not
    heard: right for a second figure of its own, wrong for the same one said twice.)"""
    # (a source's grouped figures by its name and quantity: looked up, not scanned, for each
    # figure of a long text)
    grouped: dict[tuple[str, str], list[FigureClaim]] = {}
    for o in out:
        if o.group is not None and o.source is not None:
            grouped.setdefault((o.source.name.casefold(), o.quantity), []).append(o)
    first = text.find("\n")
    headline_end = first if 0 < first <= 160 and text.startswith("\n", first + 1) else -1
    for fc in out:
        if fc.group is not None or fc.source is None or fc.revised or \
                _added_or_left_out(text, fc):
            continue  # ("Another $20 million in Adelson money": a second sum, not the first)
        if _FUTURE_AFTER_RE.match(text, fc.end):
            continue
        again = fc.start < headline_end or \
            _SAID_AGAIN_RE.search(text, fc.sentence[0], fc.start) is not None
        home = next((o for o in grouped.get((fc.source.name.casefold(), fc.quantity), ())
                     if (again or o.start < headline_end) and
                     o.figure.kind == fc.figure.kind and same_value(o.figure, fc.figure) and
                     not _another_period(text, fc, o)), None)
        if home is not None:
            fc.group = home.group


def _join_rounded(text: str, out: list[FigureClaim]) -> None:
    """A question's source that gives its figure roughly ("the union says the true count
    is closer to 1,600") and then exactly ("We have 1,587 people on our rolls") holds one
    position with both: the exact figure joins the rough one's question. Only a count,
    within the widening a hedge gives (:data:`provenance.numbers.APPROX_RELATIVE`), of the
    same people or things (:func:`_other_people`: never 9,600 officers on duty beside a
    crowd of about 10,000), the same place, saying nothing else of them (never "980 had
    signed its petition" beside "about 1,000 walked out"), and not of another period.
    (The joins above keep a source's second figure out of a question that has heard it:
    right for another number, wrong for the same number said twice at two precisions.)"""
    # (the rough figures by source and value step, :func:`.figures._value_bucket`: an exact
    # figure looks at the five steps either side, within a hedge's widening, not at every
    # figure of its source in a long text)
    rough: dict[tuple[str, tuple[int, int] | None], list[FigureClaim]] = {}
    for o in out:
        if o.group is not None and o.source is not None and o.figure.kind == "count" and \
                not o.revised and o.figure.value and o.figure.value > 0 and (
                    o.figure.approx or o.figure.bound or _ROUGH_BEFORE_RE.search(
                        text, max(o.sentence[0], o.start - 30), o.start)):
            rough.setdefault((o.source.name.casefold(), _value_bucket(o.figure)), []).append(o)
    if not rough:
        return
    for fc in out:
        f = fc.figure
        if fc.group is not None or fc.source is None or fc.revised or f.kind != "count" or \
                f.approx or f.bound or not f.value or f.value <= 0 or \
                _added_or_left_out(text, fc):
            continue
        b = _value_bucket(f)
        near = [o for d in range(-5, 6) if b is not None
                for o in rough.get((fc.source.name.casefold(), (b[0], b[1] + d)), ())]
        home = next((o for o in near
                     if o.figure.value and abs(o.figure.value - f.value) <=
                     APPROX_RELATIVE * o.figure.value and o.place == fc.place and
                     not _other_people([fc], [o]) and not _says_otherwise(text, fc, o) and
                     not _another_period(text, fc, o)), None)
        if home is not None:
            fc.group = home.group


def _says_otherwise(text: str, fc: FigureClaim, o: FigureClaim) -> bool:
    """Both figures' clauses say something of what they count, and nothing in common
    (:func:`_predicate`): "signed its petition" beside "walked out"."""
    a, b = _predicate(text, fc), _predicate(text, o)
    return bool(a) and bool(b) and not a & b


#: A hedge or a word that brings a value nearer, right before a figure: "closer to 1,600".
_ROUGH_BEFORE_RE = re.compile(rf"\b{NEARING}[ \u00a0]+$")
#: Words of saying a figure again, before it: "repeating", "stands by its figure",
#: "reiterated", "did not change its figure".
_SAID_AGAIN_RE = re.compile(
    r"(?i)\b(?:repeat(?:s|ed|ing)|reiterat(?:es|ed|ing)|stands?[ \u00a0]+by|"
    r"stood[ \u00a0]+by|(?:did|does)[ \u00a0]+not[ \u00a0]+change|sticks?[ \u00a0]+(?:to|by)|"
    r"stuck[ \u00a0]+(?:to|by))\b")
#: A future or a wish after the figure, in its clause: "6,800 members would walk out
#: again", "will strike", "to strike".
_FUTURE_AFTER_RE = re.compile(
    r"[^.;:!?]{0,40}?\b(?:would|will|could|might|may|plan(?:s|ned)?[ \u00a0]+to|"
    r"(?:are|were|is)[ \u00a0]+(?:expected|set|due|likely)[ \u00a0]+to|voted[ \u00a0]+to)\b")


def _another_period(text: str, fc: FigureClaim, later: FigureClaim) -> bool:
    """``fc``'s sentence sets it in another period than ``later``'s: words of an earlier
    time anywhere in it ("two years earlier", "last year", "the previous survey"), or a
    year it names that ``later``'s sentence does not ("At the first march in 2023, the
    force had counted 12,000 people"). Not :func:`_another_time`, which keeps two sources'
    figures apart: there a day or a month names another occasion, while one source's
    revision is always said at another time ("up from the 12,000 it reported on
    Thursday"); here only the period the figure counts matters."""
    if _EARLIER_PERIOD_RE.search(text, *fc.sentence):
        return True
    for em in _EARLIER_THING_RE.finditer(text, *fc.sentence):
        if em.group(1).lower() not in _MEASURING_NOUNS:
            return True  # "at the previous march", "its earlier rally": another occasion
            # ("its previous count", "the earlier estimate": a revision)
    years = {y.group(1) for y in _A_YEAR_RE.finditer(text, *fc.sentence)}
    return bool(years - {y.group(1) for y in _A_YEAR_RE.finditer(text, *later.sentence)})


#: An earlier thing by its noun: "the previous march", "its earlier rally", "the first day
#: of the walkout" (group 1 the noun; a noun of measuring is a revision: "its previous
#: count", "the first estimate").
_EARLIER_THING_RE = re.compile(
    r"(?i)\b(?:the|its|their|his|her|that)[ \u00a0]+(?:previous|prior|earlier|last|first)"
    r"[ \u00a0]+([a-z]+)\b")

#: A year a sentence names.


def _join_revised(text: str, out: list[FigureClaim]) -> None:
    """A source's earlier figure, which it revised, joins the question its revision
    answers: "the 15,000 it gave at 1pm" was a side of the dispute while it stood, and a
    reader weighing the organisers' 60,000 against the police wants the police's first
    count beside their second. Only into a question (which the rules above make of two
    sources or more: a revision alone is no dispute), as the same broad kind of measure
    within :data:`_JOIN_SPREAD` of its revision, in the same place if the text places
    both, and never of another period (:func:`_another_period`: "Two years earlier the
    commission had put the share at 14.1 per cent", "the office's previous survey, in
    2022, estimated 1,210"): a series, not a revision."""
    for fc in out:
        if not fc.revised or fc.group is not None or fc.source is None:
            continue
        later = revision_of(out, fc, lambda o: o.group is not None)
        if later is None or later.group is None:
            continue
        a, b = _measure_of(fc), _measure_of(later)
        if a is None or b is None or _kind_of(a[0]) != _kind_of(b[0]):
            continue
        va, vb = (a[1] + a[2]) / 2, (b[1] + b[2]) / 2
        if not (va > 0 and vb > 0 and max(va, vb) <= _JOIN_SPREAD * min(va, vb)):
            continue
        if fc.place and fc.place.casefold() != (later.place or "").casefold():
            continue  # "In the province of Hatay, the ministry had earlier counted 640
            # dead": a part of the country's toll, not the ministry's first count of it
        if _another_period(text, fc, later):
            continue
        fc.group = later.group


#: Words that set a figure in another period than now: "Two years earlier", "a decade
#: ago", "last year", "the office's previous survey" (a revision is "its first estimate",
#: "its previous count", "the figure it gave on Saturday").
_EARLIER_PERIOD_RE = re.compile(
    r"(?i)\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)[ \u00a0]+"
    r"(?:years?|decades?)[ \u00a0]+(?:earlier|before|ago)|last[ \u00a0]+year|"
    # ("at last month's march": an event of last month; "announced a figure of 12,400 at a
    # press conference last month, but revised it" says when it was said)
    r"last[ \u00a0]+(?:month|week|weekend|spring|summer|autumn|fall|winter)[’']s|"
    r"(?:previous|prior)[ \u00a0]+(?:year|survey|census|study)s?)\b")


def _one_risk(out: list[FigureClaim]) -> None:
    """A risk of one thing only, in an article that names one ("lower risk of migraine",
    "the reduction in risk among tea drinkers"): one risk, whatever each sentence adds; two
    things' risks ("of stroke", "of insomnia") stay two."""
    objects: dict[str, set[str]] = {}
    for fc in out:
        if m := _RISK_OF_RE.fullmatch(fc.quantity):
            objects.setdefault(m.group(2), set()).add(m.group(3))
    for fc in out:
        if (m := _RISK_OF_RE.fullmatch(fc.quantity)) and len(objects[m.group(2)]) == 1:
            fc.quantity = f"{m.group(1)} in {m.group(2)}"


#: A change in a risk of something: "reduction in risk of stroke" (figures._change's words).
_RISK_OF_RE = re.compile(r"(increase|reduction) in ([a-z]+) of ([a-z-]+)")


def _rises_and_falls(text: str, out: list[FigureClaim]) -> None:
    """One source's rise and another's fall of the same thing answer one question of how
    much it changed ("burglaries fell by 12 per cent, the force said"; "Safe Streets said
    burglaries had risen by 3 per cent"): both become a change, the fall negative."""
    ways: dict[str, dict[str, list[FigureClaim]]] = {}
    for fc in out:
        if fc.source is not None and not fc.revised:
            way, _, what = fc.quantity.partition(" in ")
            if way in ("increase", "reduction") and what:
                ways.setdefault(what, {}).setdefault(way, []).append(fc)
    both = {what for what, by in ways.items() if len(by) == 2 and any(
        a.source is not None and b.source is not None and
        a.source.name.casefold() != b.source.name.casefold() and a.place == b.place and
        not _another_time(text, [a], [b], both=True)
        for a in by["increase"] for b in by["reduction"])}
    # (one source's rise against another's fall, of one place and time: "Exports fell 4%
    # in March" and "rose 2% in April" answer two questions)
    for fc in out:
        way, _, what = fc.quantity.partition(" in ")
        if way in ("increase", "reduction") and what in both:
            fc.quantity = f"change in {what}"
            fc.falls = way == "reduction"


#: What is left of a noun made of a verb after the verb's stem: "cancellations",
#: "evictions", "closures", "injuries", "arrests".
#: Where a share's clause ends: a comma or a stop, a dash, a conjunction.
_CLAUSE_STOP_RE = re.compile(r"[,;:.!?()]|[ \u00a0][-–—][ \u00a0]|\b(?:but|while|and|which|who)\b")
#: A past participle, its stem kept ("cancell" of "cancelled", "delay" of "delayed").
_PARTICIPLE_RE = re.compile(r"\b([A-Za-z]{4,})ed\b")
_DEVERBAL_ENDINGS = ("ation", "ations", "ion", "ions", "ure", "ures", "y", "ies", "", "s")


#: A passive verb right after a count: "flights had been cancelled", "homes were
#: repossessed", "departures and arrivals were cancelled", a headline's "212 flights
#: cancelled" (group 1: the participle's stem, without its "ed").
_PASSIVE_AFTER_RE = re.compile(
    r"(?:[ \u00a0]+(?:and|or)[ \u00a0]+[a-z]+)?"
    r"(?:[ \u00a0]+(?:had[ \u00a0]+been|have[ \u00a0]+been|has[ \u00a0]+been|were|was|are|is|"
    r"would[ \u00a0]+be|will[ \u00a0]+be)[ \u00a0]+([a-z]{4,})ed\b"
    # (with no verb before it, only a participle that ends its clause, a headline's
    # "212 flights cancelled in radar outage": never an active verb with its object,
    # "500 inspectors visited farms")
    r"|[ \u00a0]+([a-z]{4,})ed(?=[ \u00a0]*(?:[,;:.!?]|$)|[ \u00a0]+(?:in|on|at|after|amid|over|"
    r"during|because|as|since|across|by|due|following)\b))")


def _made_of(noun: str, stem: str) -> bool:
    """A noun made of a verb's stem ("cancell-ation" of "cancell-ed"), its last consonant
    doubled as one spelling has it and not the other ("cancellation" of American
    "cancel-ed", "labelling" of "label-ed")."""
    if not noun.startswith(stem):
        return False
    rest = noun[len(stem):]
    return rest in _DEVERBAL_ENDINGS or (
        bool(rest) and rest[0] == stem[-1] and rest[1:] in _DEVERBAL_ENDINGS)


def _deverbal_aliases(figures: list[FigureClaim], text: str) -> dict[str, str]:
    """One quantity written as a noun made of a verb and as that verb's participle before
    what it counts ("190 cancellations" beside "212 cancelled crossings"; "evictions"
    beside "evicted households"): the noun's quantity -> the counted noun's, where the
    participles of one quantity alone fit. So too a rate named by such a noun and a share
    of things its clause says that verb of ("a cancellation rate of 3.2 per cent" beside
    "2.1 per cent of flights cancelled", "one in 20 flights had been cancelled")."""
    made: dict[str, set[str]] = {}  # participle's stem -> quantities counted with it
    agents: dict[str, set[str]] = {}  # an agent noun's stem ("visit") -> its quantities
    shares: dict[str, set[str]] = {}  # a share's verb's stem -> the shares it is said of
    for fc in figures:
        if fc.quantity.startswith("share of ") and "@" not in fc.quantity:
            # the verb said of what the share counts: the last participle of its clause
            # ("1.9 per cent of flights cancelled", "under one in 45 flights were cancelled";
            # "60 per cent of patients infected had been vaccinated" says "vaccinated")
            hi = min(fc.sentence[1], fc.end + 60)
            stop = _CLAUSE_STOP_RE.search(text, fc.end, hi)
            said = list(_PARTICIPLE_RE.finditer(text, fc.end, stop.start() if stop else hi))
            if said:
                shares.setdefault(said[-1].group(1).lower(), set()).add(fc.quantity)
        words = fc.noun.lower().split()
        for w in words[:-1]:
            if w.endswith("ed") and len(w) >= 6:
                made.setdefault(w[:-2], set()).add(fc.quantity)
        passive = _PASSIVE_AFTER_RE.match(text, fc.end)
        if passive and words and "@" not in fc.quantity and \
                not fc.quantity.startswith("share of "):
            # ("90 trains were axed": the participle after what it counts)
            made.setdefault((passive.group(1) or passive.group(2)).lower(),
                            set()).add(fc.quantity)
        if words and words[-1].endswith(("ors", "or")) and len(words[-1]) >= 7 and \
                "@" not in fc.quantity:
            # ("412,000 visitors" beside "268,000 visits": those who do it, counted; never
            # "inspectors" beside "inspections", which the stem alone would join; "visitor
            # numbers" too)
            agents.setdefault(words[-1].removesuffix("s")[:-2], set()).add(fc.quantity)
    out: dict[str, str] = {}
    for fc in figures:
        key = fc.quantity
        noun = key.removeprefix("rate of ")
        if noun != key and " " not in noun and key not in out:
            fits = {q for stem, qs in shares.items() if _made_of(noun, stem) for q in qs}
            if len(fits) == 1:
                out[key] = fits.pop()
        if " " in key or len(key) < 5 or key in out:
            continue
        fits = ({q for stem, qs in made.items() if _made_of(key, stem) for q in qs}
                | agents.get(key, set())) - {key}
        if len(fits) == 1:
            out[key] = fits.pop()
    return out


#: A verb right after a count of people ("12 million people using Murmur", "people who
#: visit"): group ``verb``.
_PEOPLE_DOING_RE = re.compile(
    r"[ \u00a0]+(?:(?:who|that)[ \u00a0]+)?(?:(?:now|still|regularly|actually)[ \u00a0]+)?"
    r"(?P<verb>[a-z]{2,})\b")
#: The endings of a verb on an agent noun's stem ("us-e", "us-ing", "visit-ed").
_VERB_ENDINGS = ("", "e", "s", "es", "ed", "d", "ing")


def _people_as_doers(figures: list[FigureClaim], text: str) -> dict[int, str]:
    """A count of people by what they do ("more than 12 million people using Murmur
    every month") is a count of the doers the article counts by their agent noun
    ("between 3.8 and 4.4 million monthly active users"): id of the figure -> the agent's
    quantity, the figure's own with "people" made that noun, where the article counts it.
    Only the one figure, by the verb after it: "people" elsewhere stays people."""
    quantities = {fc.quantity for fc in figures}
    # (the doers counted as such, with no verb of their own after them: "4.4 million
    # monthly active users", never "2 million players bought the game in its first week",
    # which counts what some of them did)
    agents = {w for q in quantities for w in q.split()[:1]
              if w.endswith(("er", "or")) and len(w) >= 4 and not any(
                  fc.quantity.split()[:1] == [w] and _OWN_PREDICATE_RE.match(text, fc.end)
                  for fc in figures)}
    out: dict[int, str] = {}
    for fc in figures:
        words = fc.quantity.split()
        if not words or words[0] != "people" or "@" in fc.quantity:
            continue
        vm = _PEOPLE_DOING_RE.match(text, fc.end)
        if vm is None:
            continue
        verb = vm.group("verb")
        for agent in sorted(agents):
            stems = {agent[:-2], agent[:-1]}  # ("visit-or"; "use-r": "us" + "e")
            if any(verb == st + e for st in stems for e in _VERB_ENDINGS if len(st) >= 2):
                key = " ".join([agent, *words[1:]])
                if key in quantities:
                    out[id(fc)] = key
                    break
    return out


#: What a bare noun's figure is about, after it: "reports on police forces", "complaints
#: about its service", "incidents involving buses".
_OF_ITS_OWN_RE = re.compile(r"[ \u00a0]+(?:on|about|into|involving|over|against|of|from|"
                            r"concerning|regarding)\b")


def _kinds_of_happening(text: str, figures: list[FigureClaim]) -> dict[str, str]:
    """A bare noun for a happening ("41,000 incidents", "the 2,214 offences") is the one kind
    of it the article counts by name ("more than 41,000 shoplifting incidents": the
    quantity "shoplifting", :data:`.figures._EVENT_HEADS`): bare quantity -> named one,
    where the article names exactly one kind with that noun."""
    out: dict[str, str] = {}
    for head in _EVENT_HEADS:
        bare = [fc for fc in figures if fc.quantity == head]
        if not bare or any(_OF_ITS_OWN_RE.match(text, fc.end) for fc in bare):
            continue  # ("120 reports on police forces", "2,600 complaints about its
            # service": what those are about, said; no happening of the article's kind)
        kinds = {fc.quantity for fc in figures if fc.quantity != head and "@" not in
                 fc.quantity and fc.noun.split()[-1:] and
                 singular(fc.noun.split()[-1].lower()) == head}
        if len(kinds) == 1:
            out[head] = kinds.pop()
    return out


def _one_length_of_time(figures: list[FigureClaim]) -> dict[str, str]:
    """A length of time named only by its averaging ("an average of 22 weeks") or by no
    noun ("puts it at nine months") is the one length of time the article names ("the
    wait"), when it names one: each source words the wait its own way ("the average
    wait", "patients wait", "the typical patient waits"). Two named ones ("the wait" and
    "the stay") leave the unnamed apart. ``figures``: the sourced lengths of time."""
    times = {fc.quantity for fc in figures}
    named = times - _UNNAMED_TIMES
    if len(named) == 1:
        one = named.pop()
        return {q: one for q in times & _UNNAMED_TIMES}
    if not named and len(times) == 2:
        return {"duration of time": "duration of average"}
    return {}


#: What :func:`.figures._duration_quantity` calls a length of time it finds no noun for.
_UNNAMED_TIMES = frozenset(("duration of average", "duration of time"))


def _join_deaths(text: str, out: list[FigureClaim]) -> None:
    """A count of deaths that names no kind ("The council's own count is 90 deaths a
    year") answers the article's one question counting a kind of animal or thing some of
    whose figures die ("As many as 300 foxes die on the roads each year"), from a
    source that question does not have yet and within :data:`_JOIN_SPREAD` of its middle;
    and a figure of that kind that dies joins a question of such deaths the same way."""
    groups: dict[int, list[FigureClaim]] = {}
    for fc in out:
        if fc.group is not None:
            groups.setdefault(fc.group, []).append(fc)

    def dies(fc: FigureClaim) -> bool:
        return _state(text, fc.end, fc.sentence[1]) == "death"

    def plural_of_kind(g: list[FigureClaim]) -> bool:
        q = g[0].quantity
        return all(m.quantity == q for m in g) and q not in ("death", "people", "") and \
            "@" not in q and not q.startswith(("money", "share")) and any(dies(m) for m in g)

    kinds = [g for g, members in groups.items() if plural_of_kind(members)]
    tolls = [g for g, members in groups.items() if {m.quantity for m in members} == {"death"}]
    if len(kinds) + len(tolls) != 1:
        return  # (none, or two questions it could be: each stays where it is)
    home = groups[(kinds or tolls)[0]]
    names = {m.source.name.casefold() for m in home if m.source is not None}
    vals = sorted(v for m in home if (b := _bounds(m.figure)) is not None
                  and (v := (b[0] + b[1]) / 2) > 0)
    if not vals:
        return
    mid = vals[len(vals) // 2]
    for fc in out:
        if fc.group is not None or fc.source is None or fc.revised or \
                fc.source.name.casefold() in names:
            continue
        fits = (fc.quantity == "death" and (fc.noun.split() or ["death"])[-1].lower() in (
            "death", "deaths", "toll", "tolls", "fatalities", "dead")) if kinds else (
            fc.quantity not in ("death", "people") and dies(fc))
        b = _bounds(fc.figure)
        if not fits or b is None or fc.quantity.split(" per ")[1:] != \
                home[0].quantity.split(" per ")[1:]:
            continue
        v = (b[0] + b[1]) / 2
        if v > 0 and max(v, mid) <= _JOIN_SPREAD * min(v, mid):
            fc.group = home[0].group
            home.append(fc)
            names.add(fc.source.name.casefold())


def _without_outliers(text: str, members: list[FigureClaim]) -> list[FigureClaim]:
    """A question's answers less one further than :data:`_JOIN_SPREAD` from every other
    that a quotation gives without saying what it counts: "On a good Saturday I take $8,000
    before lunch" (a trader's day) beside "$95" and "about $60" a visitor spends, whatever
    quantity the text left it. An answer that says what it counts stays however far it lies:
    "police said 8,000 people attended" beside organisers' 100,000, or "We have counted
    more than 300 bodies," is the dispute itself. Shares are kept (two shares of one thing
    are its answers however far apart)."""
    if len(members) < 3 or any(fc.figure.kind in ("percent", "ratio") for fc in members):
        return members
    vals = {id(fc): (b[1] + b[2]) / 2 for fc in members
            if (b := _broad_measure(fc.figure)) is not None and b[1] > 0}
    if len(vals) < 3:
        return members

    def alone(fc: FigureClaim) -> bool:
        v = vals[id(fc)]
        if sum(max(v, w) <= _JOIN_SPREAD * min(v, w) for w in vals.values()) > 1:
            return False
        # (a figure in a quotation that names nothing it counts, "I take $8,000 before
        # lunch", beside figures the text reports; one that names it, "We have counted
        # more than 300 bodies", is a rival count however far it lies)
        said = fc.source is not None and fc.source.how == "quote"
        others = [m for m in members if m is not fc]
        return said and not _head(fc.noun) and not any(
            m.source is not None and m.source.how == "quote" for m in others) and not (
            _topic(text, fc.sentence) & set().union(*(_topic(text, m.sentence)
                                                       for m in others)))

    return [fc for fc in members if id(fc) not in vals or not alone(fc)]


#: Words that say a count was made or grew ("will create 400 jobs", "saplings had been
#: planted"), and words that say one was lost or cut ("900 jobs would be lost", "trees were
#: felled"): a general lexicon of the two directions.
#: (in lower case: a capital is a name's, "Animal and Plant Health Inspection Service",
#: "Open University", "Save the Children", never a verb of making or losing)
_GAIN_RE = re.compile(r"\b(?:creat(?:e|ed|es|ing|ion)|add(?:ed|s|ing)?(?![ \u00a0]+up\b)|"
                      r"gain(?:ed|s)?|"
                      r"hir(?:e|ed|es|ing)|open(?:ed|s|ing)?|buil[dt]s?|building|"
                      r"plant(?:ed|s|ing)?|recruit(?:ed|s|ing)?|restor(?:e|ed|es|ing)|"
                      r"sav(?:e|ed|es|ing))\b")
_LOSS_RE = re.compile(r"\b(?:lose|loses|lost|losing|cut|cuts|cutting|shed|shedding|"
                      r"clos(?:e|ed|es|ing|ure|ures)|fell|felled|felling|destroy(?:ed|s|ing)?|"
                      r"remov(?:e|ed|es|ing)|ax(?:e|ed|es|ing)|scrap(?:ped|s|ping)?|"
                      r"laid[ \u00a0]+off|lay[ \u00a0]+off|redundan(?:t|cies|cy))\b")
#: "3,496 in 2023-24, a fall of 416", "a drop in staffed beds": a noun of going down
#: (figures' one lexicon of them) before what fell; never the season ("in the fall"), a
#: place ("Cedar Falls") or "drop-in".
_DOWN_OF_RE = re.compile(r"\b(?:a|the|an)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:"
                         + "|".join(_DOWN_NOUNS) + r")s?[ \u00a0]+(?:of|in)\b")
_CLAUSE_MARKS_RE = re.compile(r"[,;:]|\b(?:while|whereas|but|and)\b")


def _direction(text: str, fc: FigureClaim) -> str | None:
    """"gain" or "loss" for a figure whose clause says its count was made or lost, None
    when it says neither or both."""
    a, b = _clause(text, fc)
    clause = text[a:b]
    gain = bool(_GAIN_RE.search(clause))
    loss = bool(_LOSS_RE.search(clause)) or bool(_DOWN_OF_RE.search(clause))
    return "gain" if gain and not loss else "loss" if loss and not gain else None


def _side_by_side(text: str, these: list[FigureClaim], those: list[FigureClaim]) -> bool:
    """Some paragraph gives figures of both questions: a story that lists two counts one
    after the other ("Ryanair said 140 flights were cancelled ... The airport said 90
    bags went missing"; unemployment, then inflation) sets them side by side as two
    things, where one number in each side's words is told paragraph by paragraph."""
    for x in these:
        for y in those:
            if text.find("\n", min(x.start, y.start), max(x.start, y.start)) < 0:
                return True
    return False


def _opposed(text: str, these: list[FigureClaim], those: list[FigureClaim]) -> bool:
    """One side's clauses say its count was made and the other's that it was lost, and
    no figure of either says the other's way (:func:`_direction`): "400 jobs" the plant
    "will create" beside "900 jobs would be lost", trees "felled" beside saplings
    "planted"."""
    mine = {d for m in these if (d := _direction(text, m))}
    theirs = {d for m in those if (d := _direction(text, m))}
    return bool(mine) and bool(theirs) and not mine & theirs


def _by_direction(text: str, members: list[FigureClaim]) -> list[list[FigureClaim]]:
    """A quantity's figures as one part, or as two when some say the count was made and
    others that it was lost ("the plant will create 400 jobs" and "900 jobs would be
    lost"; "trees were felled" and "saplings had been planted"): two questions, not one
    dispute. A figure that says neither then joins neither."""
    if all(m.quantity in _STATE_QUANTITIES for m in members):
        return [members]  # (the dead are never made: "We lost more than 1,100 of our
        # neighbours" beside a claim that "doesn't add up" is one count of deaths)
    ways = [_direction(text, m) for m in members]
    if "gain" not in ways or "loss" not in ways:
        return [members]
    return [[m for m, w in zip(members, ways, strict=True) if w == way]
            for way in ("gain", "loss")]


def _clause(text: str, fc: FigureClaim) -> tuple[int, int]:
    """The span of the clause that holds a figure, between the marks that open and close
    clauses (:data:`_CLAUSE_MARKS_RE`) in its sentence."""
    ss, se = fc.sentence
    before = [m.end() for m in _CLAUSE_MARKS_RE.finditer(text, ss, fc.start)]
    after = _CLAUSE_MARKS_RE.search(text, fc.end, se)
    return before[-1] if before else ss, after.start() if after else se


def _by_place(members: list[FigureClaim]) -> list[list[FigureClaim]]:
    """Figures the text places in different places ("2,000 marched in Paris", "In Lyon,
    organisers said 12,000") are different questions, when each of them is placed: a
    figure placed nowhere may be of any of the places (a country's toll beside its
    provinces'), and then the figures stay one question."""
    places: dict[str, list[FigureClaim]] = {}
    for m in members:
        if not m.place:
            return [members]
        places.setdefault(m.place.casefold(), []).append(m)
    return list(places.values())


def _by_year(text: str, members: list[FigureClaim]) -> list[list[FigureClaim]]:
    """Figures whose own clauses each name a year they are of, not all the same ("500
    homes were built in 2022", "350 would be built in 2024"), are a question a year; one
    that names none may be of any, and then they stay one question (as places do:
    :func:`_by_place`). A year that labels a work ("a 2019 survey") is no year
    the figure is of."""
    years: dict[str, list[FigureClaim]] = {}
    for m in members:
        found = _of_years(text, m)
        if len(found) != 1:
            return [members]
        years.setdefault(found.pop(), []).append(m)
    return list(years.values())


def _without_earlier_years(text: str, members: list[FigureClaim]) -> list[FigureClaim]:
    """A question's answers less a source's own figures for earlier years, when that source
    gives one figure a year ("4.2 million journeys in 2019 and 5.1 million in 2023"): a
    series of its own, whose latest figure is its answer, not two sides of a dispute."""
    by_source: dict[str, list[FigureClaim]] = {}
    for m in members:
        if m.source is not None:
            by_source.setdefault(m.source.name.casefold(), []).append(m)
    if len(by_source) < 2:
        return members
    drop: set[int] = set()
    for own in by_source.values():
        if len(own) < 2:
            continue
        # (a figure that names no year, "33.8 km a day" in a headline, is of the story's
        # year; one its clause puts in an earlier year than the source's latest, "the peak
        # of 36.5 km a day achieved in 2020-21", is of that year)
        years = {id(m): _of_years(text, m) for m in own}
        latest = max((max(y) for y in years.values() if y), default="")
        drop |= {id(m) for m in own if years[id(m)] and max(years[id(m)]) < latest}
    return [m for m in members if id(m) not in drop]


def _of_years(text: str, fc: FigureClaim) -> set[str]:
    """The years ``fc``'s own clause says it is of ("in 2022", "during 2019")."""
    return {y.group(1) for y in _YEAR_OF_RE.finditer(text, *_clause(text, fc))}


#: The year a figure is of, after its preposition: "in 2022", "by 2030", "during 2019".
_YEAR_OF_RE = re.compile(rf"\b(?:in|during|by|for|since|until|through)[ \u00a0]+({YEAR})\b")


#: A workforce's size, right before it: "The region employs roughly 140,000 teachers".
_EMPLOYS_BEFORE_RE = re.compile(
    rf"\b(?:employs|employed|employing)(?:[ \u00a0]+(?:{_HEDGE_OR_BOUND}))?[ \u00a0]+$")


def _without_wholes(text: str, members: list[FigureClaim]) -> list[FigureClaim]:
    """A question's answers less those of a whole when the others are of a part: "Tolbrook
    as a whole received 3.4 million overnight visitors" beside a museum's visitors, "the
    average pass rate across the district" beside a school's, "the region employs roughly
    140,000 teachers" beside the teachers who struck. When every answer is of the whole
    ("the national average": 9.2 minutes, 12 minutes; "the plant employs 340", "it
    employs nearer 600"), that is the question."""
    # (in the figure's own clause: "Well above the national average, the rate in Harwick is
    # 12 per cent" is Harwick's rate)
    whole = [AS_A_WHOLE_RE.search(text, max(fc.sentence[0], text.rfind(",", 0, fc.start) + 1,
                                            text.rfind(";", 0, fc.start) + 1), fc.start)
             is not None or _EMPLOYS_BEFORE_RE.search(text, max(fc.sentence[0], fc.start - 40),
                                                      fc.start) is not None
             for fc in members]
    if all(whole) or not any(whole):
        return members
    parts = [fc for fc, w in zip(members, whole, strict=True) if not w]
    # (a whole that says again a value its own source gives as a part is that answer in
    # other words: "DVSA says 17.6" in the headline and "puts the national average wait
    # at 17.6 weeks")
    return [fc for fc, w in zip(members, whole, strict=True)
            if not w or any(same_value(fc.figure, p.figure) and fc.source is not None and
                            p.source is not None and
                            fc.source.name.casefold() == p.source.name.casefold()
                            for p in parts)]


def _head(noun: str) -> str:
    """The last word of a figure's noun, singular and in lower case ("residents":
    "resident"; "$": "")."""
    words = re.findall(r"[a-z]+", noun.lower())
    return singular(words[-1]) if words else ""


def _far_apart(members: list[FigureClaim]) -> bool:
    """Sums or counts further apart than any two answers to one question
    (:data:`_JOIN_SPREAD`): a total and a gift, a recall of 40,000 jars and 1,500 jars
    tested. Not shares: two shares of one named thing are its answers however far apart
    ("uses 0.5% of the town's water", "20% of the town's water")."""
    if any(fc.figure.kind in ("percent", "ratio") for fc in members):
        return False
    vals = [(b[1] + b[2]) / 2 for fc in members
            if (b := _broad_measure(fc.figure)) is not None and b[1] > 0]
    return len(vals) == len(members) and max(vals) > _JOIN_SPREAD * min(vals)


def _plain_sums(out: list[FigureClaim], k: int) -> None:
    """A sum that names nothing it pays for, per the same span as the one sum that does
    ("puts the loss at CHF 80 million a year"; "estimates the trade at CHF 25–30 million a
    year"), from another source and of one order with it, is a second answer to that sum's
    question, when neither is in a question yet."""
    buckets: dict[tuple[str, str], list[FigureClaim]] = {}
    for fc in out:
        q = fc.quantity
        if fc.group is not None or fc.source is None or fc.revised or \
                not q.startswith("money ") or "@" in q:
            continue
        head, per, rest = q.partition(" per ")
        buckets.setdefault((head.split()[1], per + rest), []).append(fc)
    for (cur, per), members in buckets.items():
        named = {fc.quantity for fc in members if fc.quantity != f"money {cur}{per}"}
        if len(named) != 1 or len(members) == len(
                [fc for fc in members if fc.quantity in named]):
            continue  # (no plain sum, or plain sums beside two named ones: none to join)
        if _sums_of_one_order(members):
            for fc in members:
                fc.group = k
            k += 1


def _sums_of_one_order(members: list[FigureClaim]) -> bool:
    """Sums from two sources or more, of one order, not set apart by the text: one
    question's answers (:func:`_plain_sums`, :func:`_spanless_sums`)."""
    names = {fc.source.name.casefold() for fc in members if fc.source is not None}
    vals = [(b[1] + b[2]) / 2 for fc in members
            if (b := _broad_measure(fc.figure)) is not None and b[2] > 0]
    return len(names) >= 2 and bool(vals) and min(vals) > 0 and \
        max(vals) <= _JOIN_SPREAD * min(vals) and not _apart(members, members)


def _spanless_sums(out: list[FigureClaim], k: int) -> None:
    """A sum of what another source's sum pays for, with no span where that one has one
    ("will save the company £9 million a year"; "puts the saving at £14 million"), of one
    order with it, is a second answer to that sum's question, when that span is the only
    one the text gives the sum and neither is in a question yet. Group numbers from ``k``
    (above any :func:`_group` gave)."""
    spans: dict[str, dict[str, list[FigureClaim]]] = {}
    for fc in out:
        q = fc.quantity
        if fc.group is not None or fc.source is None or fc.revised or \
                not q.startswith("money ") or "@" in q or len(q.split()) < 3:
            continue
        head, _sep, per = q.partition(" per ")
        spans.setdefault(head, {}).setdefault(per, []).append(fc)
    for by_span in spans.values():
        if "" not in by_span or len(by_span) != 2:
            continue
        members = [fc for fcs in by_span.values() for fc in fcs]
        if _sums_of_one_order(members):
            for fc in members:
                fc.group = k
            k += 1


def _dimensioned(key: str) -> bool:
    """A measure of a physical dimension (a length of time, a length, an area, a mass, a
    speed, a level in decibels or degrees), not a count of things, a share or a sum."""
    return key in (DURATION_KEY, LENGTH_KEY, AREA_KEY, "mass", "volume") or (
        key.startswith("count ") and key[6:] in measure_unit_names())


def _plain(fc: FigureClaim) -> bool:
    """A figure whose quantity names nothing beyond its measure: a bare sum ("nearly
    £61 million"), a sum a year, a share or a rate of nothing named ("about 3%"), a count
    of its unit only ("180 megatonnes", "about 3,000 head")."""
    q = fc.quantity.strip()
    if re.fullmatch(r"money[ ]\S+(?:[ ]@\d+|(?:[ ]per[ ]\w+)?)", q):
        return True
    if "@" in q or fc.target:
        return False  # another occasion's, another place's, another thing's; a share for
        # a party or a candidate ("puts the Civic Alliance on 38 per cent") names its own
    if not fc.noun.strip() and (q in ("share of", "") or re.fullmatch(
            r"(?:rate[ ]of[ ](?:the[ ])?)?per[ ]\d+", q)):
        return True
    if fc.figure.unit == "%" or fc.figure.kind == "ratio":
        return False  # a share or a rate of something named ("growth", "rate of turnout")
    unit = (fc.figure.unit or "").strip()
    b = _broad_measure(fc.figure)
    if b is None or b[0].startswith("count ") and b[0].split(" ", 1)[1] not in _HERD_UNITS:
        # a count of people or things is named by what they did or are ("31 people died",
        # "140 people were aboard"), which its quantity keeps: never plain
        return False
    names = {singular(fc.noun.strip().lower()), canonical_unit(unit)[1] if unit else ""}
    return q in names - {""}


def _join_measures(text: str, out: list[FigureClaim]) -> None:
    """Figures of one measure that say nothing more of what they count join the article's
    question of that measure: each source names or writes the disputed quantity its own way
    ("41 Mt" beside "180 megatonnes", "1 in 100" beside "5.6 per 1,000", a sum with no noun
    beside "the loss at CHF 80 million"), and the question is the one the most sources
    answer in that measure. A figure joins only from a source the question does not have
    yet, within :data:`_JOIN_SPREAD` of the question's middle value, and only where the
    text gives it no other place or target; a revised figure stays out."""

    groups: dict[int, list[FigureClaim]] = {}
    for fc in out:
        if fc.group is not None:
            groups.setdefault(fc.group, []).append(fc)
    # (no question yet: :func:`_join_sole` may still make one of a figure framed as the
    # number just given, "put the number at 3,400 movements")
    # (each figure's measure and plainness read once: an article of thousands of figures)
    measure = {id(fc): _measure_of(fc) for fc in out}
    plain = {id(fc): _plain(fc) for fc in out}
    measures: dict[int, str] = {}
    for g, members in groups.items():
        keys = [m for fc in members if (m := measure[id(fc)]) is not None]
        kinds = {k[0] for k in keys}
        if len(kinds) > 1:
            kinds = {k for k in kinds if k.split(" ", 1)[-1] not in _HERD_UNITS}
        if len(kinds) == 1:
            measures[g] = kinds.pop()
    # a herd's head count is a count of the article's one other counted thing
    counted = {k for k in measures.values() if k.startswith("count ")
               and k.split(" ", 1)[1] not in _HERD_UNITS}
    herd = {k for k in counted if singular(k.split(" ", 1)[1]) in _HERD_ANIMALS}
    sums = {k for k in measures.values() if k.startswith("money ") and "?" not in k}

    def key_of(k: str) -> str:
        if k.startswith("count ") and k.split(" ", 1)[1] in _HERD_UNITS and len(counted) == 1 \
                and herd:
            return next(iter(counted))  # "3,000 head" of the horses counted
        if k.startswith("money ?"):
            signs = set(k[len("money ?"):].split())
            which = [m for m in sums if m.split(" ", 1)[1] in signs]
            return which[0] if len(which) == 1 else k
        return k

    def names(members: list[FigureClaim]) -> set[str]:
        return {m.source.name.casefold() for m in members if m.source is not None}

    def mid(fc: FigureClaim) -> float | None:
        b = measure[id(fc)]
        return (b[1] + b[2]) / 2 if b is not None else None

    def middle(members: list[FigureClaim]) -> float | None:
        vals = sorted(v for fc in members if (v := mid(fc)) is not None)
        return vals[len(vals) // 2] if vals else None

    def near(value: float | None, m: float | None) -> bool:
        return value is not None and m is not None and value > 0 and m > 0 and \
            max(value, m) <= _JOIN_SPREAD * min(value, m)

    def coherent(members: list[FigureClaim]) -> bool:
        # a question whose own answers lie further apart than any figure may join it from
        # ("seizures worth CHF 3.1 million" and "exports worth about CHF 96 million") is
        # no one quantity for another figure to join
        vals = [v for fc in members if (v := mid(fc)) is not None and v > 0]
        return bool(vals) and max(vals) <= _JOIN_SPREAD * min(vals)

    def all_plain(members: list[FigureClaim]) -> bool:
        # (a bare number, "three thousand", counts what its question counts)
        return all(plain[id(fc)] for fc in members if measure[id(fc)] is not None)

    main: dict[str, int] = {}
    for g in sorted(groups):
        if g not in measures:
            continue
        k = key_of(measures[g])
        # (a question whose answers lie too far apart to be one quantity is the main one
        # of its measure only where no coherent one is)
        if k not in main or (coherent(groups[g]), len(names(groups[g]))) > (
                coherent(groups[main[k]]), len(names(groups[main[k]]))):
            main[k] = g
    for g in sorted(groups):
        if g not in measures:
            continue
        k = key_of(measures[g])
        if main.get(k) in (None, g):
            continue
        home = groups[main[k]]
        if measures[g].startswith("money ?") and not any(
                _same_figure_in(o, fc) for fc in groups[g] for o in home):
            continue  # sums in a currency's word of their own ("a dividend of 120 million
            # francs", "150 million francs" for a wing) join the sums only as one said again
        # (two questions of one physical measure answered by different sources are one
        # dispute worded two ways: "the typical wait for motors" and "delivery times",
        # "average speeds" and "riders' speeds")
        if (all_plain(groups[g]) or all_plain(home) or (
                _dimensioned(measures[g]) and not names(groups[g]) & names(home))) and \
                coherent(groups[g]) and coherent(home) and \
                near(middle(groups[g]), middle(home)) and not _apart(groups[g], home):
            for fc in groups.pop(g):
                fc.group = main[k]
                home.append(fc)
    middles = {g: middle(members) for g, members in groups.items()}

    def step(v: float) -> int:
        # (a value too large to be a number, "1e999", is in a step of its own)
        return int(math.floor(math.log(v) / math.log(1.011))) if math.isfinite(v) else -1

    # the named figures of each measure by value, to find a plain one's first saying
    by_value: dict[tuple[str, int], list[FigureClaim]] = {}
    for o in out:
        v = mid(o)
        b = measure[id(o)]
        if o.source is not None and not plain[id(o)] and b is not None and v and v > 0:
            by_value.setdefault((key_of(b[0]), step(v)), []).append(o)
    # the sums in text order, to find the one before a sum in a currency's word
    money_seq = sorted((o for o in out if (ob := measure[id(o)]) is not None and
                        ob[0].startswith("money")), key=lambda o: o.start)
    money_starts = [o.start for o in money_seq]
    for fc in out:
        if fc.group is not None or fc.source is None or fc.revised or not plain[id(fc)]:
            continue
        b, v = measure[id(fc)], mid(fc)
        if b is None or v is None or v <= 0 or key_of(b[0]) not in main:
            continue
        k = key_of(b[0])
        g = main[k]
        home = groups[g]
        said = next((o for d in (-1, 0, 1) for o in by_value.get((k, step(v) + d), [])
                     if o is not fc and _same_figure_in(o, fc)), None)
        if said is not None:
            # "Eighty million francs" after "the loss at CHF 80 million": the figure said
            # again, in that figure's question or none
            if said.group is not None and not _apart([fc], groups[said.group]):
                fc.group = said.group
                groups[said.group].append(fc)
            continue
        if b[0].startswith("money ?") and (of := _SUM_OF_RE.search(
                text, max(0, fc.start - 40), fc.start)) and \
                not _names_quantity(text, home, of.group(1)):
            continue  # "a dividend of 120 million francs" says nothing of the deficit
        if b[0].startswith("money ?"):
            # ... and one after a sum of another question ("it would cost 140 million
            # francs. The directorate said 150 million francs") goes on with that one
            at = bisect.bisect_left(money_starts, fc.start) - 1
            if at < 0 or money_seq[at].group != g:
                continue
        if near(v, middles[g]) and coherent(home) and not _apart([fc], home) and \
                names([fc]) - names(home):
            fc.group = g
            home.append(fc)
    # a question of figures that name nothing but their measure ("9 per 1,000", "11 per
    # 1,000") is the one quantity the text names in that measure, when it names one ("one
    # in 80 pregnancies"); two named quantities leave it open
    for k, g in main.items():
        home = groups[g]
        if not all_plain(home) or not coherent(home):
            continue
        named = [fc for fc in out if fc.group is None and fc.source is not None and
                 not fc.revised and not plain[id(fc)] and "@" not in fc.quantity and
                 (b := measure[id(fc)]) is not None and key_of(b[0]) == k and
                 near(mid(fc), middles[g]) and not _apart([fc], home)]
        if len({fc.quantity for fc in named}) == 1 and names(named) - names(home) and \
                _names_quantity(text, home, named[0].quantity):
            for fc in named:
                fc.group = g
            home.extend(named)
    _join_sole(text, out, groups, measure, names, middle, near, coherent)
    _join_states(text, out, groups)
    _join_main(text, out, groups, measure, names, coherent)
    _join_topic(text, out, groups, measure, names)
    _merge_pair(text, groups, measure, names)
    for fc in out:
        if fc.group is not None and _added_or_left_out(text, fc):
            fc.group, fc.joined = None, False  # (a part added or left out joins no question,
            # by whichever rule of measure: "after removing about 400 people listed twice")
    # group numbers in order, as _group gives them
    order = {g: i for i, g in enumerate(sorted({fc.group for fc in out if fc.group is not None}))}
    for fc in out:
        if fc.group is not None:
            fc.group = order[fc.group]



def _questions_by_kind(groups: dict[int, list[FigureClaim]],
                       measure: dict[int, tuple[str, float, float] | None]
                       ) -> dict[str, list[int]]:
    """The questions of each broad kind of measure (:func:`_kind_of`): a question whose
    figures are of more than one kind is of none."""
    kinds: dict[str, list[int]] = {}
    for g, members in groups.items():
        ks = {_kind_of(m[0]) for fc in members if (m := measure[id(fc)]) is not None}
        if len(ks) == 1:
            kinds.setdefault(ks.pop(), []).append(g)
    return kinds


def _kind_of(key: str) -> str:
    """The broad kind of a measure key: a count of any thing but a unit of measure or a
    herd's head is one kind ("count pieces", "count objects": a count); the rest as they
    are (a share, a sum in one currency, a duration ...)."""
    if key.startswith("count "):
        noun = key.split(" ", 1)[1]
        if noun in measure_unit_names() or noun in _HERD_UNITS:
            return key
        return "count"
    return key


#: A verb of its own right after a figure's words, past a short place or "of" phrase: a
#: past tense, an auxiliary or a modal, or a present tense that says what people do ("About
#: 200 people attended a protest", "1,500 people are members", "60 per cent of people in
#: the town own a car", "3,700 people could be housed"). Saying verbs are not one ("12,000
#: people, the union said"), nor a participle ("some 90 people staffing the depot").
_OWN_PREDICATE_RE = re.compile(
    r"(?:[ \u00a0]+(?:of|in|from|at|across|on)[ \u00a0]+(?:the[ \u00a0]+)?(?!the\b)[\w'’-]+){0,2}"
    r"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?!(?:said|estimated|reported|claimed|suggested|"
    r"believed|added|noted|argued|stated|warned|insisted|calculated|counted|recorded|"
    r"reckoned|predicted|projected|forecast|expected|quoted|cited|listed)\b)"
    r"(?:[a-z]{3,}ed|own|owns|have|has|had|live|lives|use|uses|went|took|lost|made|gave|got|"
    r"ran|left|kept|came|saw|bought|sold|spent|paid|drove|flew|fled|joined|voted|"
    r"are|were|is|was|be|been|could|would|will|may|might|can|should|must|do|does|did|"
    r"work|works|want|wants|think|thinks|need|needs|go|goes|visit|visits|take|takes)\b")

#: Words before a figure in its clause that make it no one's count: a negation, a
#: condition or a forecast ("it was not waiting 30 weeks", "no one would wait 20 months",
#: "the wait would fall to 8 weeks next year").
_NOT_A_COUNT_BEFORE_RE = re.compile(
    r"(?i)\b(?:not|never|no[ \u00a0]+one|nobody|n[’']t|would|could|might|will|if|unless)\b"
    r"[^.;:!?]*$")
#: A relative clause set off by commas ("The ministry, which is not a party to the talks,
#: estimated"): what it says of its head, no word on the figure after it.
_RELATIVE_ASIDE_RE = re.compile(r",[ \u00a0]*(?:which|who|whose)\b[^,;:.!?]*,")


def _negated_before(text: str, fc: FigureClaim) -> bool:
    """A negation, a condition or a modal before ``fc`` in its sentence ("no one would wait
    20 months", "if 5,000 came"), outside a relative clause about the subject."""
    head = _RELATIVE_ASIDE_RE.sub(lambda m: " " * len(m.group(0)),
                                  text[fc.sentence[0]:fc.start])
    head = _LEADING_ASIDE_RE.sub(lambda m: " " * len(m.group(0)), head)
    return _NOT_A_COUNT_BEFORE_RE.search(head) is not None


#: A clause that opens the sentence and says what holds beside the main one, closed by its
#: comma: "Depending on whether sites not formally closed are included, we count between
#: 15 and 19", "Although the ministry does not count them, it puts ..." (its negation is
#: its own; a condition, "If 5,000 came,", is the figure's).
_LEADING_ASIDE_RE = re.compile(
    r"^[ \u00a0*_]*(?:Depending[ \u00a0]+on|Whether[ \u00a0]+or[ \u00a0]+not|"
    r"Regardless[ \u00a0]+of|Although|Though|While|Whereas)\b[^,;:.!?]*,")


def _counts_people(quantity: str) -> bool:
    """A quantity of people: its words a word for people, a person's role or a job
    ("people", "resident", "nurse", "job", "death"), or people in a state ("displaced",
    "missing", "injured")."""
    words = named_words(quantity)
    if not words:
        return False
    w = words[-1]
    return w in _GENERIC_PEOPLE or w in PERSON_NOUNS or w in _STAFF_NOUNS or w in (
        "job", "child", "member", "men", "women", "user") or \
        w in _STATE_QUANTITIES and w != "damaged" or actor_noun(w) or is_person_noun(w)


def _answers(fc: FigureClaim, home: list[FigureClaim]) -> bool:
    """A generic figure can be the question's answer: people for a question of people,
    things for a question of things."""
    words = set(named_words(fc.quantity))
    if words & _GENERIC_PEOPLE:
        return all(_counts_people(m.quantity) for m in home)
    if words & _GENERIC_THINGS:
        return not any(_counts_people(m.quantity) for m in home)
    return True


#: A verb right before a figure, past a hedge: "the plane carried 52 people", "it had
#: evacuated about 50 people" (a report's own verb, "put", "counted", is none of these).
_VERB_BEFORE_RE = re.compile(
    r"\b([a-z]{3,}(?:ed|es|s)|held|took|saw|kept|lost)[ \u00a0]+"
    rf"(?:(?:{_HEDGE_OR_BOUND}|only)[ \u00a0]+)?$")
#: The word right before a figure, past a hedge ("counted about 9,000").
_WORD_BEFORE_RE = re.compile(
    rf"\b([A-Za-z]+)[ \u00a0]+(?:(?:{_HEDGE_OR_BOUND}|only)[ \u00a0]+)?$")
#: Words in -s or -ed that are no verb before a figure.
_NOT_VERBS = frozenset("this its his hers theirs ours yours was has does plus thus less "
                       "across perhaps towards always sometimes whereas".split())


#: A figure given as a source's value for the number under discussion
#: (:data:`figures.FIGURE_FRAME`: "put the number at", "reckons the actual number is nearer
#: to", "their estimate is", "the real total was"), or "puts it at" (or "between").
_FRAMED_RE = re.compile(
    rf"(?i){FIGURE_FRAME}"
    r"|\bputs?[ \u00a0]+(?:it|them|the[ \u00a0]+\w+(?:[ \u00a0]+\w+)?)[ \u00a0]+"
    # (a range's own "between" opens the figure: "puts the number| between 540,000 and")
    r"(?:(?:at|around|near)[ \u00a0]+)?"
    rf"(?:{NEARING}[ \u00a0]+)*$"
    # ... or the true value of whatever the question measures, in the source's own noun:
    # "the true shortfall was nearer £1.9m", "the real cost is closer to £40m"
    r"|\b(?:the|its|their|his|her)[ \u00a0]+(?:true|real|actual|correct)[ \u00a0]+[a-z]+"
    r"[ \u00a0]+(?:is|was|could[ \u00a0]+be|may[ \u00a0]+be|would[ \u00a0]+be)[ \u00a0]+"
    rf"[“\"‘']?(?:{NEARING}[ \u00a0]+)*$")


def _join_sole(text: str, out: list[FigureClaim], groups: dict[int, list[FigureClaim]],
               measure: dict[int, tuple[str, float, float] | None],
               names: Callable[[list[FigureClaim]], set[str]],
               middle: Callable[[list[FigureClaim]], float | None],
               near: Callable[[float | None, float | None], bool],
               coherent: Callable[[list[FigureClaim]], bool]) -> None:
    """A figure from a source no question has heard from, of the one question of its kind
    in the article, near that question's middle, is that question's answer worded the
    source's own way ("about 5,200 pieces" beside "4,000 objects"; "one in four young
    people" beside "20% of pupils"): a story that weighs sources against each other on a
    number names the number each time in its speaker's words, and a draft that leaves one
    out shows a dispute with a side missing."""
    kinds = _questions_by_kind(groups, measure)
    heard = {n for members in groups.values() for n in names(members)}
    by_start = sorted(out, key=lambda o: o.start)
    starts = [o.start for o in by_start]
    for fc in out:
        if fc.group is not None or fc.source is None or fc.revised or "@" in fc.quantity \
                or " aged " in fc.quantity or _added_or_left_out(text, fc):
            continue  # (an age band's share answers its own band's question only; a part
            # removed, "after removing about 400 people listed twice", none, and joined it
            # would stand for its source's real answer, which then could not join)
        b = measure[id(fc)]
        if b is None:
            continue
        kind = _kind_of(b[0])
        gs = kinds.get(kind, [])
        gen = _generic(fc.quantity)
        framed = _FRAMED_RE.search(text, max(fc.sentence[0], fc.start - 80), fc.start)
        if not gs and not _negated_before(text, fc):
            # "The regulator said 2,300 night flights used the airport. Residents put the
            # number at 3,400 movements": the number is the one just given, by another
            # source (the figure of that kind before it, a paragraph or two back)
            v = (b[1] + b[2]) / 2
            # (the figures up to 800 characters back, found by bisection: a long text has
            # thousands, and reading all of them for each made this quadratic)
            lo = bisect.bisect_left(starts, fc.start - 799)
            hi = bisect.bisect_left(starts, fc.start - 1)
            earlier = [o for o in reversed(by_start[lo:hi]) if o.group is None and
                       o.source is not None and not o.revised and "@" not in o.quantity and
                       (mo := measure[id(o)]) is not None and _kind_of(mo[0]) == kind and
                       names([o]) and not names([o]) & names([fc]) and
                       near(v, (mo[1] + mo[2]) / 2) and not _apart([fc], [o])]
            # ("The trust said 4,100 patients were waiting more than a year. The union said
            # 5,600 people had waited over 12 months": unframed, one question only where
            # both clauses say the same of what they count; the nearest such figure, past
            # a third source's figure that says something else: "Police said 1,500 workers
            # joined the strike. The ministry counted 2,000 people at the rally. The
            # employer said 900 staff walked out")
            prev = (earlier[0] if earlier else None) if framed else \
                next((o for o in earlier if _same_said(text, fc, o)), None)
            if prev is not None:
                g = max(groups, default=-1) + 1
                prev.group = fc.group = g
                groups[g] = [prev, fc]
                kinds[kind] = [g]
                heard |= names([prev, fc])
            continue
        if len(gs) > 1:
            # two questions of the kind ("How many workers struck?", "How many absences?"):
            # the one a coherent question's middle is near, when only one is ("said 180,000
            # of its members had joined" beside the ministry's 58,000 workers, not the
            # absences counted from 1,140 to 100,000)
            v = (b[1] + b[2]) / 2
            gs = [g for g in gs if coherent(groups[g]) and near(v, middle(groups[g]))]
        if len(gs) != 1 or names([fc]) & heard:
            continue
        home = groups[gs[0]]
        # (a count of things from a source the question has not heard, where the question
        # counts things too: "5,200 packages" beside "4,000 parcels", each side's word)
        things = kind == "count" and not _counts_people(fc.quantity) and not any(
            _counts_people(m.quantity) for m in home)
        # (a count of people in one role under another word of it, near the question's
        # answers: "more than 400 jobs" beside "180 posts", "19,950 pupils" beside "20,870
        # students"; never "300 students" beside "180 posts")
        # (a sum in the question's currency and period, among its answers: "$1.9 billion"
        # of liability beside a shortfall of "$2.6 billion"; either only where the text
        # sets it against the others: "says the real number is far higher", "sees it
        # differently", never a plant's workforce or a school-repair budget near in value)
        kin = (kind == "count" and _one_role(fc, home, measure) or
               kind.startswith("money ") and _one_sum(fc, home, measure)) and \
            not _set_aside(text, fc) and _set_against(text, fc)
        if not (gen or framed or things or kin or kind != "count" and all(
                _generic(m.quantity) for m in home) and _names_quantity(
                text, home, " ".join(named_words(fc.quantity)))):
            # "40 people were injured" is no answer to "How many died?"; nor "31 people
            # died" to a question of people "aboard" (which a count's quantity may not
            # say); a question whose figures name nothing takes a figure that names
            # something only where its sentences name that too ("the average wait ...
            # was 14 weeks", "the wait had come down to 11 weeks"; not "The government's
            # approval rating is 28%" after a poll's "41 per cent")
            continue
        if things and not gen and _done_to(text, fc):
            continue  # "they rescued 350 pets", "40 lorries were turned back"
        if things and _SEPARATE_RE.search(
                text, max(fc.sentence[0], text.rfind(",", 0, fc.start) + 1,
                          text.rfind(";", 0, fc.start) + 1),
                min(fc.sentence[1], fc.end + 200)):
            continue  # "The site separately logged 41 diversions, which it does not count
            # as cancellations": a count its sentence sets apart from the question's
        if gen and (_OWN_PREDICATE_RE.match(text, fc.end) or not _answers(fc, home)):
            continue  # "About 200 people attended a protest": what they did, not the count;
            # "1,500 people" is no answer to "How many trees were felled?"
        if kind == "share" and not framed and not any(_names_quantity(
                text, [fc], " ".join(named_words(m.quantity))) for m in home):
            continue  # "22% of people want fines" beside "20% of pupils were absent": a
            # share is of what its sentence says, which a generic population does not
        if _negated_before(text, fc):
            continue  # "no one would wait 20 months under the new rules"
        if gen and (vb := _VERB_BEFORE_RE.search(
                text, max(fc.sentence[0], fc.start - 60), fc.start)) is not None and \
                vb.group(1).lower() not in REPORT_VERBS and \
                vb.group(1).lower() not in _NOT_VERBS:
            continue  # "the plane carried 52 people", "it had evacuated 50 people": those
            # the verb was done to, no count of the question's
        if coherent(home) and near((b[1] + b[2]) / 2, middle(home)) and not _apart([fc], home):
            fc.group = gs[0]
            home.append(fc)
            heard |= names([fc])  # (one figure a source: its first; "more than a tenth of
            # their lessons" after "one in four" is no second answer)


#: People counted in one role under more than one word (general English; unlike
#: :data:`.figures.SYNONYMS`, which makes the words one quantity everywhere, a figure
#: joins under these only near its question's answers and set against them): a workforce
#: ("jobs", "posts", "workers", "staff"), a service's clientele ("customers",
#: "borrowers", "users", "subscribers", "policyholders") and a school's roll ("pupils",
#: "students"; a college's students and a county's pupils, far apart, stay two).
_ROLES = {"job": "staff", "post": "staff", "worker": "staff", "staff": "staff",
          "customer": "clientele", "client": "clientele", "borrower": "clientele",
          "user": "clientele", "subscriber": "clientele", "policyholder": "clientele",
          "student": "school", "pupil": "school", "learner": "school"}


def _one_role(fc: FigureClaim, home: list[FigureClaim],
              measure: dict[int, tuple[str, float, float] | None]) -> bool:
    """A count of people that names the role its question counts in another word of it
    ("more than 400 jobs" for a question of "180 posts"; "19,950 pupils" for one of
    "20,870 students"), no further than half or twice the question's answers: how a source
    words the count it disputes, not another count."""
    words = named_words(fc.quantity)
    role = _ROLES.get(words[-1]) if words else None
    if role is None or not _among(fc, home, measure, 2.0):
        return False
    return all(_ROLES.get(w[-1]) == role if (w := named_words(o.quantity)) else False
               for o in home)


def _among(fc: FigureClaim, home: list[FigureClaim],
           measure: dict[int, tuple[str, float, float] | None], spread: float) -> bool:
    """``fc``'s middle value lies among the question's answers, no further than ``spread``
    times below their lowest or above their highest."""
    b = measure[id(fc)]
    vals = [(m[1], m[2]) for o in home if (m := measure[id(o)]) is not None]
    return b is not None and bool(vals) and \
        min(v[0] for v in vals) / spread <= (b[1] + b[2]) / 2 <= max(v[1] for v in vals) * spread


#: Words that set a figure against others given for the same thing (general English): "the
#: real number is far higher", "sees it differently", "disputes", "puts the figure at",
#: "closer to", "overstates".
_AGAINST_RE = re.compile(
    r"(?i)\b(?:(?:real|true|actual|correct|proper)[ \u00a0]+(?:number|figure|total|count|toll|"
    r"cost|tally)|different(?:ly)?|disagree[sd]?|disput(?:e|es|ed|ing)|reject(?:s|ed)?|"
    r"otherwise|contrary|"
    r"(?:far|much|considerably)[ \u00a0]+(?:higher|lower|bigger|smaller|more|fewer)|"
    r"overstat\w*|understat\w*|inflat\w*|undercount\w*|overcount\w*|closer[ \u00a0]+to|"
    r"nearer|puts?[ \u00a0]+the[ \u00a0]+(?:number|figure|total|count|cost)|by[ \u00a0]+contrast|"
    r"(?:another|a[ \u00a0]+(?:second|third|fourth))[ \u00a0]+(?:figure|estimate|count|number))\b")


def _set_against(text: str, fc: FigureClaim) -> bool:
    """The figure's sentence, or the one before it, sets it against the others ("The staff
    union says the real number is far higher. ... said more than 400 jobs")."""
    lo = sentence_start(text, max(0, fc.sentence[0] - 400), max(0, fc.sentence[0] - 1)) \
        if fc.sentence[0] > 0 else 0
    return _AGAINST_RE.search(text, lo, fc.end) is not None


#: How often a sum is paid, at the end of its quantity: "money £ per year".
_PERIOD_RE = re.compile(r" per (hour|day|week|fortnight|month|quarter|year)$")


def _one_sum(fc: FigureClaim, home: list[FigureClaim],
             measure: dict[int, tuple[str, float, float] | None]) -> bool:
    """A sum another source names in its own words for the question's ("$1.9 billion" of
    liability beside a shortfall of "$2.6 billion"; "earned per hour" beside "per hour"):
    paid as often as the question's answers, and among them, no further than half as much
    again beyond their lowest and highest."""
    if not _among(fc, home, measure, _SUM_SPREAD):
        return False
    period = {p.group(1) if (p := _PERIOD_RE.search(o.quantity)) else None
              for o in (fc, *home)}
    return len(period) == 1  # ("$15.75", a wage floor, beside pay "per hour": no answer)


#: How far beyond a money question's answers another source's sum may lie and still be one.
_SUM_SPREAD = 1.5


#: Words that set a count apart from the one a story weighs: "separately", "in addition
#: to", "does not count (them) as", "not counted as".
_SEPARATE_RE = re.compile(
    r"(?i)\b(?:separately|in[ \u00a0]+addition[ \u00a0]+to|on[ \u00a0]+top[ \u00a0]+of|"
    r"(?:n[’']t|not)[ \u00a0]+(?:count|counted|counts|include|included|includes)"
    r"(?:[ \u00a0]+(?:them|those|these|it))?[ \u00a0]+(?:as|in)\b)")


def _same_said(text: str, fc: FigureClaim, o: FigureClaim) -> bool:
    """Two sources' figures of one kind, neither in a question yet, say the same of what
    they count: a verb in common or one event (:func:`_one_event`), the same people, the
    same occasion, no two named groups ("3 million Democrats", "2 million Republicans")."""
    return bool((_predicate(text, fc) & _predicate(text, o) or _one_event(text, [fc], [o]))
                and not _other_people([fc], [o]) and
                not _another_time(text, [fc], [o], both=True) and
                not ((fc.noun[:1].isupper() or o.noun[:1].isupper()) and
                     fc.noun.lower() != o.noun.lower()))


#: How far (a factor) beyond the lowest and highest answers of the article's one question
#: of a measure another source's figure of that measure may lie and still be one of them.
_MAIN_SPREAD = 3.0
#: "its 340 volunteers", "their own 12 staff": what the owner has, not a figure it gives.
_OWNED_RE = re.compile(r"(?i)\b(?:its|their|our|his|her|my|your)[ \u00a0]+(?:own[ \u00a0]+)?$")
#: "For comparison, the allowance is €285", "higher than 40,000": a figure set beside the
#: question's, not an answer to it (a general lexicon of comparing).
_COMPARING_RE = re.compile(
    r"(?i)\b(?:(?:for|by|in)[ \u00a0]+comparison|compared[ \u00a0]+(?:with|to)|than)\b")
#: Words of a sentence that say nothing of what a figure counts: function words, verbs of
#: saying and reckoning, words of time and of number (a general list, not an article's).
_TOPIC_STOP = STOPWORDS | frozenset(
    "not but also about around more most less least nearly almost some only just over under "
    "into onto then there here been being would could should might must can may said says "
    "say saying told tell according put puts year years month months week weeks day days "
    "per cent percent million billion thousand hundred number numbers figure figures "
    "estimate estimates estimated total count counts report reports reported data survey "
    "study new last first one two three four five six seven eight nine ten people how many "
    "much all any each without no other after before since while during between among "
    "against because".split())
_TOPIC_WORD_RE = re.compile(r"(?<![\w'’-])[a-z][a-z-]{2,}")


def _stem(word: str) -> str:
    """A word without its ending: "vaping", "vaped" and "vapers" are one word here."""
    for ending in ("ings", "ing", "ers", "er", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


#: Another occasion than the question's: "last year", "in 2019", "a similar outage",
#: "the previous count" (a figure of it is that occasion's, not an answer).
_ANOTHER_TIME_RE = re.compile(
    r"(?i)\b(?:(?:last|previous|prior|the[ \u00a0]+year[ \u00a0]+before)[ \u00a0]+"
    r"(?:year|month|week|decade|time|summer|winter|spring|autumn|season|Christmas|Easter)|"
    r"(?:19|20)\d\d|"
    r"(?:a|the)[ \u00a0]+similar|the[ \u00a0]+previous|earlier[ \u00a0]+(?:outage|count|"
    r"survey|census|study)|a[ \u00a0]+decade[ \u00a0]+ago|years?[ \u00a0]+ago|"
    r"(?:in|during|since|until|by)[ \u00a0]+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)|on[ \u00a0]+(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)|during[ \u00a0]+(?:the[ \u00a0]+)?"
    r"[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*)*|"
    r"(?:in|at|across)[ \u00a0]+(?:neighbouring|neighboring|nearby)\b[^,.;]*)")
#: A record held since a year ("the worst flooding on the river since 1998", "the first
#: such march since"): the year measures the record, it is no occasion of the figure's.
_RECORD_SINCE_RE = re.compile(
    r"(?i)\b(?:[a-z]{2,}est|first|most|worst|best)\b[^,.;:!?]{0,60}[ \u00a0]since[ \u00a0]+$")
#: Part of a population by sex or age: "900,000 girls" are some of the children counted.
_PART_NOUNS = frozenset("girl boy woman man women men female male daughter son mother father "
                        "pensioner teenager teen retiree".split())
#: Words after a figure, up to its clause's end, that are no verb or complement of it.
#: (never the comma or point inside a number: "of the country's roughly 142,000 teachers
#: had joined the strike" is one clause; nor a quotation's close, which ends a quoted
#: phrase, not the clause: “more than 40,000 of our people” had lost their homes)
_CLAUSE_END_RE = re.compile(r"(?<!\d)[,.]|[,.](?!\d)|[;:!?()“\n]|[ \u00a0][—–-][ \u00a0]")
_VERB_BEFORE_FIGURE_RE = re.compile(
    rf"\b([a-z]{{3,}})[ \u00a0]+(?:(?:{_HEDGE_OR_BOUND}|only|some|another|a[ \u00a0]+further)"
    r"[ \u00a0]+)?$")


def _predicate(text: str, fc: FigureClaim) -> set[str]:
    """What a figure's clause says happened to what it counts, as stems: its verb after
    the figure and two words of what follows it, past prepositions ("lost mobile service";
    "were left without power": "left", "power"; "gathered outside the university"), or,
    with no verb, what it was ("were without power"); and the verb before the figure when
    the figure is its object ("will create 4,000 jobs", "had planted 9,000 saplings").
    Two sources' figures of one quantity say the same thing of it whatever nouns they
    count by; "2,500 staff would be laid off" says something else than "the plant will
    create 4,000 jobs", and "officers were deployed along the route" than "people
    marched"."""
    end = min(fc.sentence[1], fc.end + 120)
    cut = _CLAUSE_END_RE.search(text, fc.end, end)
    words = re.findall(r"[a-z][a-z'’-]*", text[fc.end:cut.start() if cut else end])
    out: set[str] = set()
    verb = next((i for i, w in enumerate(words) if w not in _AUXILIARIES and (
        w.endswith(("ed", "en")) or w in _PAST_FORMS)), None)
    if verb is None and any(w in _AUXILIARIES for w in words[:3]):
        verb = next(i for i, w in enumerate(words) if w in _AUXILIARIES)
    if verb is not None:
        if words[verb] not in _AUXILIARIES:
            out.add(_stem(words[verb]))
        # (and what a preposition after it names: "gathered outside the university" is
        # not "gathered outside parliament")
        said = 0
        for w in words[verb + 1:verb + 6]:
            if w not in _TOPIC_STOP and w not in _AUXILIARIES and w not in _PREPOSITIONS \
                    and said < 2:
                out.add(_stem(w))
                said += 1
    before = _VERB_BEFORE_FIGURE_RE.search(text, max(fc.sentence[0], fc.start - 40), fc.start)
    if before is not None and before.group(1) not in _TOPIC_STOP and \
            before.group(1) not in REPORT_VERBS and before.group(1) not in _AUXILIARIES:
        out.add(_stem(before.group(1)))
    return out


#: Verbs that carry a tense, not what happened: the figures' list of auxiliaries
#: (:data:`.figures._AUXILIARIES`) with the modal and passive verbs a predicate reads past
#: too, and without its participle "having" and its adverb "also".
_AUXILIARIES = (_FIGURE_AUXILIARIES - {"having", "also"}) | frozenset(
    "can shall get got".split())
#: Past forms not in -ed: "lost service", "came through the doors", "took part".
_PAST_FORMS = frozenset("lost left went came took made saw got gave kept held sold bought "
                        "spent paid ran fled grew fell rose died met won built hit cut put "
                        "shut sent brought caught drove flew swam wrote stood sat slept "
                        "struck fought thought found began".split())
_PREPOSITIONS = frozenset("to for of in on at by with from into onto over under along "
                          "across through around about after before since during beside "
                          "near against between among per via toward towards outside inside "
                          "beyond within without behind below above beneath".split())


#: Words for a figure to follow that report it, not a verb of something done to what is
#: counted: a report's verbs, an auxiliary ("was 9,000"), a preposition ("at 1,900").
_REPORTING_WORDS = REPORT_VERBS | _AUXILIARIES | _PREPOSITIONS | frozenset(
    "that than said says say told tells reported reports estimated estimates counted "
    "count counts claimed claims".split()) | frozenset(
    # (an adverb of time reports the count as it stands: "there are now at least 60 cats")
    "now still currently already today tonight yesterday presently".split())


def _done_to(text: str, fc: FigureClaim, predicate: bool = True) -> bool:
    """What a clause says was done to what a figure counts, or what it did, rather than a
    report of the count: a verb right before it that reports nothing ("Farmers keep 3,000
    animals", "they rescued 350 pets"; not "counted", "said", "put ... at", "was"), or,
    with ``predicate``, a verb of its own after it ("40 lorries were turned back"). The
    one rule of the joins that take a figure in its source's own noun."""
    wb = _WORD_BEFORE_RE.search(text, max(fc.sentence[0], fc.start - 60), fc.start)
    return wb is not None and wb.group(1).lower() not in _REPORTING_WORDS or \
        predicate and _OWN_PREDICATE_RE.match(text, fc.end) is not None


def _specific_people(noun: str) -> str | None:
    """The head of a noun for people of one kind ("nurses", "volunteers", "girls"), not
    people in general ("people", "residents", "customers", "adults")."""
    head = _head(noun)
    if not head or head in _LOOSE_PEOPLE:
        return None
    return head if head in _PART_NOUNS or head in ("child", "children") or \
        is_person_noun(head) or actor_noun(head) else None


def _other_people(these: list[FigureClaim], those: list[FigureClaim]) -> bool:
    """Figures of different people or things: "nurses" and "doctors", "officers" and
    "protesters", "pupils" and "children", "cattle" and "people", "vehicles" and "people"
    (a count of people beside one of anything else; a part of a population by sex or age,
    "girls", beside the whole). People in general ("people", "customers", "residents")
    may be any people the others name."""
    if any(_counts_people(m.quantity) for m in these) != any(
            _counts_people(m.quantity) for m in those):
        return True
    mine = {_one_word(_specific_people(m.noun)) for m in these} - {None}
    theirs = {_one_word(_specific_people(m.noun)) for m in those} - {None}
    heads = ({_one_word(_head(m.noun)) for m in these} - {""},
             {_one_word(_head(m.noun)) for m in those} - {""})
    if mine and not mine & heads[1] and heads[1] - _LOOSE_PEOPLE or \
            theirs and not theirs & heads[0] and heads[0] - _LOOSE_PEOPLE:
        return True
    return heads[0] & _PART_NOUNS != heads[1] & _PART_NOUNS


#: Words for the people of one workforce, each answering for the others: "1,500 workers
#: joined the strike", "about 900 staff walked out", "2,000 employees" (a general lexicon).
_WORKFORCE = frozenset("worker staff staffer employee personnel workforce labourer laborer "
                       "crew".split())
#: Words for those who work or strike in any trade: a workforce, strikers, members, people.
_ANY_TRADE = _WORKFORCE | _GENERIC_PEOPLE | frozenset(("striker", "member", "participant"))


def _one_word(noun: str | None) -> str | None:
    """The word a noun for people shares with its synonyms (:data:`_WORKFORCE`)."""
    return "worker" if noun in _WORKFORCE else noun


#: Words for people in general, which any more particular people may answer for.
_LOOSE_PEOPLE = frozenset("people person individual customer resident household member user "
                          "subscriber adult citizen public".split())


def _another_time(text: str, these: list[FigureClaim], those: list[FigureClaim],
                  both: bool = False) -> bool:
    """``these`` speak of an occasion ``those`` never name ("in 2019" beside "last year";
    "last year ... in a similar outage" beside this week's; "on Wednesday" beside "on
    Tuesday"); with ``both``, either side of the other. A day of the week is another
    occasion only beside another day: news says when its event happened ("joined the
    strike on Monday"), and a side that names no day may be of that day."""
    def when(ms: list[FigureClaim]) -> set[str]:
        return {" ".join(t.group(0).lower().split()) for m in ms
                for t in _ANOTHER_TIME_RE.finditer(text, *m.sentence)
                if not _RECORD_SINCE_RE.search(text, max(m.sentence[0], t.start() - 80),
                                               t.start())}

    def apart(a: set[str], b: set[str]) -> bool:
        # (the only times of :data:`_ANOTHER_TIME_RE` opening "on " are days of the week)
        days = {w for w in a - b if w.startswith("on ")}
        return bool(a - b - days) or bool(days) and any(w.startswith("on ") for w in b)
    mine, theirs = when(these), when(those)
    return apart(mine, theirs) or both and apart(theirs, mine)


def _says_the_same(text: str, these: list[FigureClaim], those: list[FigureClaim],
                   least: int = 1) -> bool:
    """The two sides' figures say one thing of what they count (:func:`_predicate`): two
    figures' clauses say the same ("were damaged" and "had been damaged"), or one says all
    the other says in two words or more ("lost mobile service" and "lost service"; not
    "gathered" beside "gathered outside the university"); two ages say the same of one
    thing ("is 200 years old"), never of two (the tree and the church beside it)."""
    if all(m.quantity.startswith(AGE_KEY) for m in these + those):
        # (of one thing: "the church beside it is 700 years old" is no answer to how old
        # the tree is)
        return len({m.quantity for m in these + those}) == 1
    mine = [_predicate(text, m) for m in these]
    theirs = [_predicate(text, m) for m in those]
    # (and no two say different things beside what they share: "lost broadband service"
    # against "lost mobile service", though "lost service" is said too)
    pairs = [(a, b) for a in mine for b in theirs if a and b]
    if any(a & b and not (a <= b or b <= a) for a, b in pairs):
        return False
    if any(a == b and len(a) >= least or len(a & b) >= max(least, 2) and (a <= b or b <= a)
           for a, b in pairs):
        return True
    return _one_event(text, these, those)


def _one_event(text: str, these: list[FigureClaim], those: list[FigureClaim]) -> bool:
    """Each side names one event, the same, in words of its own (:data:`_EVENT_RES`):
    "4,000 members walked out", "the number on strike", "staff took industrial
    action"."""
    mine = {e for m in these for e in _events(text, m)}
    return len(mine) == 1 and mine == {e for m in those for e in _events(text, m)}


#: Events a count of people is a count of, each in the words sources use for it (a general
#: lexicon of news English, not an article's): a strike, a gathering, a flight from home,
#: medical treatment.
_EVENT_RES = {
    "strike": re.compile(
        r"(?i)\b(?:on[ \u00a0]+strike|strik(?:e|es|ing|ers?)|walk(?:ed|ing|s)?[ \u00a0]+out|"
        r"walk-?outs?|stop(?:ped|ping|s)?[ \u00a0]+work|down(?:ed|ing|s)?[ \u00a0]+tools|"
        r"took[ \u00a0]+industrial[ \u00a0]+action)\b"),
    "gathering": re.compile(
        r"(?i)\b(?:attend(?:ed|ing|s|ees?|ance)?|turn(?:ed|s)?[ \u00a0]+(?:out|up)|turnout|"
        r"gather(?:ed|ing)?|took[ \u00a0]+part|taking[ \u00a0]+part|march(?:ed|ers?)|"
        r"protesters?|demonstrators?|rall(?:y|ied)|crowds?)\b"),
    "flight": re.compile(
        r"(?i)\b(?:displaced|evacuat(?:ed|ion|ees?)|fled|flee(?:ing|s)?|"
        r"(?:forced|driven)[ \u00a0]+from[ \u00a0]+(?:their[ \u00a0]+)?homes|"
        r"(?:left|lost)[ \u00a0]+(?:their[ \u00a0]+)?homes|left[ \u00a0]+the[ \u00a0]+area|"
        r"(?:sleeping|sheltering)[ \u00a0]+in[ \u00a0]+(?:schools|churches|tents|"
        r"halls|mosques|temples)|(?:in|into|at)[ \u00a0]+"
        r"(?:emergency[ \u00a0]+|temporary[ \u00a0]+)?(?:shelters|camps|relief[ \u00a0]+camps))\b"),
    "treatment": re.compile(
        r"(?i)\b(?:treat(?:ed|ing|s|ment)|(?:needed|required|received|sought)[ \u00a0]+"
        r"(?:medical[ \u00a0]+)?(?:help|attention|care|aid)|seen[ \u00a0]+by[ \u00a0]+"
        r"(?:medics|paramedics|doctors|first[ \u00a0]+aiders))\b"),
}


#: Where a clause hands over to another subject: "and that", "but", "while", "who".
_OTHER_CLAUSE_RE = re.compile(r"\b(?:and[ \u00a0]+that|but|while|whereas|who|which)\b")


def _events(text: str, fc: FigureClaim) -> set[str]:
    """The events of :data:`_EVENT_RES` a count of people names: in what it counts
    ("strikers"), in its clause after it ("had walked out before dawn", "were on strike")
    or in the verb it is the object of ("treated 300 cyclists"), never in another clause
    of its sentence. (Homes off supply are one quantity already: ``_off_supply``.)"""
    if not _counts_people(fc.quantity):
        return set()
    end = min(fc.sentence[1], fc.end + 120)
    cut = _CLAUSE_END_RE.search(text, fc.end, end)
    end = cut.start() if cut else end
    other = _OTHER_CLAUSE_RE.search(text, fc.end, end)  # ("5,000 people had volunteered
    # and that many more had fled": another subject's verb)
    before = _VERB_BEFORE_FIGURE_RE.search(text, max(fc.sentence[0], fc.start - 40), fc.start)
    # (and the verb the figure is the object of: "treated 300 cyclists")
    words = " ".join((before.group(1) if before else "", fc.noun,
                      text[fc.end:other.start() if other else end]))
    return {e for e, rx in _EVENT_RES.items() if rx.search(words)}


def _topic(text: str, span: tuple[int, int]) -> set[str]:
    """The lower-case content words of a sentence, stemmed (names, which open with a
    capital, are who and where, not what is counted)."""
    return {_stem(w) for w in _TOPIC_WORD_RE.findall(text, *span) if w not in _TOPIC_STOP}


#: What happened to people counted by their state ("death", "injured", "displaced").
_STATE_QUANTITIES = frozenset(STATES.values()) | {"damaged"}


def _other_states(these: list[FigureClaim], those: list[FigureClaim]) -> bool:
    """Counts of people in different states, or a state beside none: "15 people died" is no
    answer to "How many were injured?", nor to "How many were on the bus?"."""
    states = {m.quantity for m in these + those} & _STATE_QUANTITIES
    return bool(states) and {m.quantity for m in these + those} != states or len(states) > 1


def _join_main(text: str, out: list[FigureClaim], groups: dict[int, list[FigureClaim]],
               measure: dict[int, tuple[str, float, float] | None],
               names: Callable[[list[FigureClaim]], set[str]],
               coherent: Callable[[list[FigureClaim]], bool]) -> None:
    """A source's first figure of a measure, near the answers of the one question of that
    measure whose clauses say what its clause says, is one of them in the source's own
    words, whatever noun it counts:
    "about 900,000 customers lost mobile service" beside "1.2 million people lost mobile
    service"; "6.1 million viewers watched the final" beside "5.4 million people watched
    the final". A story that weighs sources on a number names it in each source's words,
    and a draft that leaves one out shows a dispute with a side missing.

    What keeps another quantity out: a clause that says something else of what it counts
    ("400,000 homes lost power" beside "250,000 people had evacuated"; "had planted 9,000
    saplings" beside "trees were felled"), other people ("nurses", "staff") or another
    occasion ("in 2019"); a figure the owner has ("its 340 volunteers") or one set beside
    another for comparison; a share of people beside shares of things ("15 per cent of
    till payments" is no answer to "What share of adults never use cash?"); a source the
    question has heard from already, a revised figure, another place or target
    (:func:`.figures._apart`); two questions it could answer."""
    kinds = _questions_by_kind(groups, measure)
    for fc in out:
        if fc.group is not None or fc.source is None or fc.revised or "@" in fc.quantity:
            continue
        b = measure[id(fc)]
        if b is None:
            continue
        if _set_aside(text, fc):
            continue
        # (of the article's questions of that measure, the one whose answers say what
        # this figure's clause says: "lost service", not "failed to connect")
        gs = [g for g in kinds.get(_kind_of(b[0]), []) if not _heard_otherwise(fc, groups[g])
              and _answers_in_own_words(text, fc, b, groups[g], measure, coherent)]
        if len(gs) != 1:
            continue
        home = groups[gs[0]]
        fc.group = gs[0]
        fc.joined = True
        home.append(fc)


def _join_topic(text: str, out: list[FigureClaim], groups: dict[int, list[FigureClaim]],
                measure: dict[int, tuple[str, float, float] | None],
                names: Callable[[list[FigureClaim]], set[str]]) -> None:
    """The article's main question (the one most sources answer) takes the figure of a
    source it has not heard from, of its kind of measure and within :data:`_MAIN_SPREAD`
    of its answers, whatever noun the figure counts: an article that sets sources against
    each other on one number is about that number, and a side the draft leaves out is a
    dispute the journalist has to find again. The earlier rules join a figure whose clause
    says what the question's say; this one is the last, for the rest, and keeps out what
    any of them keeps out: a figure denied or supposed, compared, owned, of another
    occasion, place or target, revised."""
    if not groups:
        return
    main = max(sorted(groups), key=lambda g: len(names(groups[g])))
    home = groups[main]
    bounds = [m for fc in home if (m := measure[id(fc)]) is not None]
    kinds = {_kind_of(m[0]) for m in bounds}
    if len(kinds) != 1 or len(bounds) < len(home):
        return  # (a question of answers in more than one measure, or none: no one kind)
    kind = kinds.pop()
    vals = [(m[1] + m[2]) / 2 for m in bounds]
    if not (kind == "count" or kind.startswith("money ") and "?" not in kind) or \
            min(vals) <= 0 or max(vals) > _JOIN_SPREAD * min(vals):
        return  # (answers too far apart to be one quantity: no main one to join; the
        # dispute itself may set them three or four times apart, "60,000" against
        # "18,500", as one question's two answers may be: :data:`_JOIN_SPREAD`)
    # (the words the question's clauses say, read once and added to as figures join)
    said = {w for m in home for w in _topic(text, _clause(text, m))} if kind != "count" \
        else set()
    for fc in sorted(out, key=lambda o: o.start):
        if fc.group is not None or fc.source is None or fc.revised or "@" in fc.quantity:
            continue
        b = measure[id(fc)]
        if b is None or _kind_of(b[0]) != kind or _heard_otherwise(fc, home) or \
                not min(vals) / _MAIN_SPREAD <= (b[1] + b[2]) / 2 <= max(vals) * _MAIN_SPREAD:
            continue
        if _set_aside(text, fc) or _apart([fc], home) or _another_time(text, [fc], home):
            continue
        if _other_quantity(fc, home) or any(
                _counts_people(m.quantity) != _counts_people(fc.quantity) for m in home):
            continue  # people beside things, a rate per another thing, the dead beside the
            # injured: other quantities, whatever the kind of measure
        extra = _events(text, fc) - {e for m in home for e in _events(text, m)}
        if extra and not (extra == {"strike"} and _of_a_workforce(text, home)):
            continue  # "About 200 people attended a protest" beside a question of jobs
            # lost: an event none of its answers counts (but a strike is what a count of
            # teachers or nurses counts, however its answers word it: "20,800 teachers
            # had been absent" beside "70,000 had joined the strike")
        own = _topic(text, _clause(text, fc)) if kind != "count" else set()
        if len(own & said) < 2 and kind != "count":
            continue  # (a sum joins a question of sums only where its clause says two
            # things theirs say: "road users paid about ₹78,000 crore at national highway
            # plazas" beside "user-fee collection at national highway toll plazas", never
            # "£450 million for school repairs" beside the cost of flood defences)
        if kind == "count" and _done_to(text, fc, predicate=not _generic(fc.quantity)) and \
                not _one_event(text, [fc], home):
            continue  # ("40,000 people marched" is the count itself: a verb after people
            # in general is what the question asks about; so is "1,500 workers joined the
            # strike" where the question's answers count the strike; a sum is what was paid
            # or collected, whatever verb each source gives it: "road users paid about
            # ₹78,000 crore" beside "put user-fee collection at ₹61,790 crore")
        fc.group = main
        fc.joined = True
        home.append(fc)
        said |= own


def _heard_otherwise(fc: FigureClaim, home: list[FigureClaim]) -> bool:
    """The question has another figure from ``fc``'s source: a second answer from one
    source is a revision or another count, never a side. The same figure a headline says
    again in the source's name (its "drew 180,000, union says" above "said 180,000 of its
    members had joined") is no other answer."""
    who = fc.source.name.casefold() if fc.source is not None else None
    return any(m.source is not None and m.source.name.casefold() == who and not (
        m.source.how in _SAID_BY_ANOTHER and same_value(m.figure, fc.figure)) for m in home)


#: How a figure took its source from elsewhere (figures' ``_headline_sources`` and
#: ``_described_sources``): from the same figure said again ("headline", "restated", and
#: "described" when a kind word takes the body that gives the same value), or, for
#: "described", from a kind word alone. Beside an equal value, a restatement.
_SAID_BY_ANOTHER = frozenset(("headline", "restated", "described"))


def _of_a_workforce(text: str, home: list[FigureClaim]) -> bool:
    """Every answer counts people of one trade ("teachers", "nurses", "dockers", "staff";
    the quantity's word, read as a noun) who stayed off work or took part in something
    ("20,800 teachers had been absent", "the number of striking staff"): the people a
    strike is a count of. Not "8,000 doctors had left the UK", another count of them."""
    heads = {_one_word(_specific_people(m.quantity)) for m in home}
    return len(heads) == 1 and None not in heads and all(
        _counts_people(m.quantity) and not m.quantity.startswith(("job", "death"))
        and m.quantity not in _STATE_QUANTITIES for m in home) and all(
        _OFF_WORK_RE.search(text, *m.sentence) for m in home)


#: Words of people off work or taking part: absent, stayed away, joined, took part, on
#: strike, walked out (a general lexicon of industrial news).
_OFF_WORK_RE = re.compile(
    r"(?i)\b(?:absen(?:t|ce|ces)|stay(?:ed|ing)?[ \u00a0]+away|off[ \u00a0]+work|"
    r"join(?:ed|ing|s)?|took[ \u00a0]+part|tak(?:e|ing)[ \u00a0]+part|participa\w*|"
    r"turnout|strik(?:e|es|ing|ers?)|walk(?:ed|ing)?[ \u00a0]+(?:out|off)|walkouts?|"
    r"stoppage|stop(?:ped|s|ping)?[ \u00a0]+work|down(?:ed|ing|s)?[ \u00a0]+tools|"
    r"industrial[ \u00a0]+action|(?:fail(?:ed|ing)?[ \u00a0]+to|did[ \u00a0]+not|didn[’']t)"
    r"[ \u00a0]+(?:report|turn[ \u00a0]+up|show[ \u00a0]+up))\b")
#: What puts a count of strikers on another occasion: a year, "last year", "a similar
#: dispute", a strike to come ("would walk out", "plans to", "voted for a second strike").
_NOT_THIS_STRIKE_RE = re.compile(
    r"(?i)\b(?:last[ \u00a0]+(?:year|month|week)|previous|similar[ \u00a0]+"
    r"dispute|would|will|could|plans?[ \u00a0]+to|threaten\w*|vot(?:e|ed|es|ing)|ballot\w*|"
    r"second|another|next)\b")
#: A body's size right before a count: "The federation has 6,800 members", "maintains".
_HAS_BEFORE_RE = re.compile(
    rf"\b(?:has|have|had|maintains|represents|counts)(?:[ \u00a0]+(?:{_HEDGE_OR_BOUND}))?"
    r"[ \u00a0]+$")


def _set_aside(text: str, fc: FigureClaim) -> bool:
    """A figure its sentence sets aside rather than gives: denied or supposed ("no one
    would wait 20 months"), set beside another for comparison, what its owner has ("its
    340 volunteers"), or a part added or left out (:func:`_added_or_left_out`). No join
    takes it as an answer in its source's own words."""
    return bool(_negated_before(text, fc) or
                _COMPARING_RE.search(text, fc.sentence[0], fc.start) or
                _OWNED_RE.search(text, max(0, fc.start - 30), fc.start) or
                _added_or_left_out(text, fc))


#: More of what is counted, right before a figure: "another 2,300", "a further 400", "an
#: additional roughly 1,200" (the words figures reads as an addition, ``_ADDED``).
_FURTHER_BEFORE_RE = re.compile(
    rf"(?i)\b(?:{_ADDED})[ \u00a0]+(?:(?:{_HEDGE_OR_BOUND})[ \u00a0]+)?$")
#: What a count leaves out, in the clause before a figure: "its count still didn't include
#: about 300 homes", "does not count the 40 ...", "left out", "excludes".
_LEFT_OUT_BEFORE_RE = re.compile(
    r"(?i)(?:(?:n[’']t|\bnot|\bnever)(?:[ \u00a0]+(?:yet|even|fully|always))?[ \u00a0]+"
    r"(?:include|includes|included|count|counts|counted|cover|covers|covered|capture|"
    r"captures|captured)|\bleft[ \u00a0]+out|\bleaves[ \u00a0]+out|\bexcludes?|\bexcluded|"
    r"\bexcluding)"
    r"\b[^.;:!?,]*$")


def _added_or_left_out(text: str, fc: FigureClaim) -> bool:
    """``fc`` is more of what is counted, beside the count ("its own outage map showed
    another 2,300 members without service", "a further 200 jobs at risk among
    suppliers"), or what a count leaves out ("its count still didn't include about 300
    homes along Route 9"): a part added or missing, never a side of the question the count
    answers: no join takes it, nor does the first grouping (:func:`_group`) put it in
    its quantity's question."""
    lo = max(fc.sentence[0], fc.start - 80)
    return bool(_FURTHER_BEFORE_RE.search(text, max(lo, fc.start - 40), fc.start) or
                _LEFT_OUT_BEFORE_RE.search(text, lo, fc.start) or
                _REMOVED_BEFORE_RE.search(text, lo, fc.start))


#: ... or a part a count removes, right before it: "after removing about 400 people listed
#: twice" (never "After removing duplicate records the department counts 2,870 patients",
#: the count itself).
_REMOVED_BEFORE_RE = re.compile(
    r"(?i)\b(?:after|by|before)[ \u00a0]+(?:removing|subtracting|deducting|discounting|"
    r"stripping[ \u00a0]+out|taking[ \u00a0]+out)[ \u00a0]+$")


def _other_quantity(fc: FigureClaim, home: list[FigureClaim]) -> bool:
    """``fc`` counts per another thing than ``home`` ("per 1,000 births" beside "per
    1,000 people"), or people in another state (the dead beside the injured)."""
    return fc.quantity.split(" per ")[1:] != home[0].quantity.split(" per ")[1:] or \
        _other_states([fc], home)


def _measure_of(fc: FigureClaim) -> tuple[str, float, float] | None:
    """A figure's measure as the joins weigh it (:func:`.figures._broad_measure`), and a
    bare number a sentence says counts something ("put the number of drivers at 2,950")
    as a count of that (:func:`_count_of_noun`): the one reading the joins, the guessed
    sources and the revisions in other words share."""
    return _broad_measure(fc.figure) or _count_of_noun(fc)


def _count_of_noun(fc: FigureClaim) -> tuple[str, float, float] | None:
    """A bare number's measure as a count of what its sentence says it counts: "4,000 of
    its members" is a count of members, as "4,000 members" would be."""
    b = _broad_measure(fc.figure, bare=True)
    if b is None or b[0] != "count" or not re.fullmatch(r"[a-z][a-z-]+", fc.quantity):
        return None
    return (f"count {fc.quantity}", b[1], b[2])


def _answers_in_own_words(text: str, fc: FigureClaim, b: tuple[str, float, float],
                          home: list[FigureClaim],
                          measure: dict[int, tuple[str, float, float] | None],
                          coherent: Callable[[list[FigureClaim]], bool]) -> bool:
    """``fc`` (of measure ``b``) is one of ``home``'s answers in its source's own words
    (:func:`_join_main`): near its answers, per the same thing, at no other place or
    target, of the same people and occasion, and its clause says what theirs say."""
    v = (b[1] + b[2]) / 2
    vals = [(mb[1] + mb[2]) / 2 for m in home if (mb := measure[id(m)]) is not None]
    if v <= 0 or not vals or min(vals) <= 0 or not coherent(home) or \
            not min(vals) / _MAIN_SPREAD <= v <= max(vals) * _MAIN_SPREAD or \
            _other_quantity(fc, home) or _apart([fc], home):
        return False
    if b[0] == "share" and any(_counts_people(m.quantity) != _counts_people(fc.quantity)
                               for m in home):
        return False
    return _says_the_same(text, [fc], home) and not _other_people([fc], home) and \
        not _another_time(text, [fc], home)


#: Things news counts under two names, each side using its own (general English): knife
#: "crimes" and police "offences", a port's "containers" and a shipper's "boxes", a
#: council's "homes" let short and a tracker's "listings", a regulator's "complaints" and
#: a maker's "reports", a charity's "children" out of school and a department's
#: "students", a tracker's newsroom "jobs" and a firm's "cuts", a union's firefighter "jobs"
#: and an authority's "posts".
_ONE_THING_PAIRS = frozenset(frozenset(p) for p in (
    ("crime", "offence"), ("crime", "offense"), ("container", "box"), ("home", "listing"),
    ("complaint", "report"), ("child", "student"), ("child", "pupil"), ("job", "cut"),
    ("job", "post"), ("job", "layoff"), ("job", "redundancy"), ("job", "position")))


def _one_thing_aliases(figures: list[FigureClaim], alias: dict[str, str]) -> dict[str, str]:
    """Two quantities one source each gives, under the two names of a pair in
    :data:`_ONE_THING_PAIRS`, of one order (:data:`_JOIN_SPREAD`): the later name -> the
    first, so the two sources meet in one question ("3,140 newsroom jobs" from a tracker,
    "1,960 cuts" from a firm). A name two sources give is a question already, for
    :func:`_merge_pair` to weigh."""
    by_q: dict[str, list[FigureClaim]] = {}
    for fc in figures:
        if not fc.revised and "@" not in fc.quantity and fc.quantity not in alias:
            by_q.setdefault(fc.quantity, []).append(fc)
    # (each one-source quantity by its one name: a text of thousands of figures compares
    # only the names of a pair, not every two quantities)
    by_name: dict[str, list[str]] = {}
    for q, ms in by_q.items():
        if len({m.source.name.casefold() for m in ms if m.source is not None}) == 1 and \
                len(names := {w[-1] for m in ms if (w := named_words(m.quantity))}) == 1:
            by_name.setdefault(names.pop(), []).append(q)
    out: dict[str, str] = {}
    pairs = [(qa, qb) for pair in _ONE_THING_PAIRS for na, nb in (sorted(pair),)
             for qa in by_name.get(na, ()) for qb in by_name.get(nb, ())]
    order = {q: k for k, q in enumerate(by_q)}
    for qa, qb in pairs:
        if order[qb] < order[qa]:
            qa, qb = qb, qa  # (the later name joins the first)
        a, b = by_q[qa], by_q[qb]
        # (each is one name of the pair by how it was indexed)
        if qb in out or qa in out or a[0].source is None or b[0].source is None or \
                a[0].source.name.casefold() == b[0].source.name.casefold():
            continue
        vals = [v for m in a + b if (v := m.figure.value if m.figure.value is not None
                                     else m.figure.high) is not None and v > 0]
        if len(vals) == len(a) + len(b) and max(vals) <= _JOIN_SPREAD * min(vals):
            out[qb] = qa
    return out


def _merge_pair(text: str, groups: dict[int, list[FigureClaim]],
                measure: dict[int, tuple[str, float, float] | None],
                names: Callable[[list[FigureClaim]], set[str]]) -> None:
    """The article's only two questions of a measure (or its only two of people, beside
    questions of things) are one, when no source answers both and all their answers lie
    within :data:`_MAIN_SPREAD` of each other (:data:`_JOIN_SPREAD` for two counts of
    people: a strike's "70,000 people" and an observatory's "14,000 strikers" are one
    dispute, five times apart, as counts of a crowd often are): a story that sets sources
    against each other on one number names it in each one's words ("186 attacks" beside
    "a register of 163 claims", "jobs" beside "people employed", "production cost"
    beside "what farmers spend per kilo"), and the words need not meet. Kept apart:
    counts made beside counts lost (:func:`_opposed`: trees felled, saplings planted),
    questions a paragraph gives side by side (:func:`_side_by_side`: flights cancelled,
    then bags lost) unless their clauses say two words of one thing (:func:`_predicate`),
    counts of people in different states (died, injured), counts of people beside counts
    of things, other particular people, another place or target, a share of people beside
    a share of things, sums per different things."""
    kinds = _questions_by_kind(groups, measure)
    for kind, gs in kinds.items():
        if len(gs) > 2:
            # ("people" and "teacher" beside "school": the two that count people, when the
            # rest count things; a question of things is none of theirs)
            gs = [g for g in gs if _counts_people(groups[g][0].quantity)]
        if len(gs) != 2:
            continue
        a, b = groups[gs[0]], groups[gs[1]]
        # (a bare number, "up to 20,000", is a value of its question's measure here)
        vals = [(mb[1] + mb[2]) / 2 for m in a + b
                if (mb := measure[id(m)] or _broad_measure(m.figure, bare=True)) is not None]
        people = _counts_people(a[0].quantity) and _counts_people(b[0].quantity)
        if names(a) & names(b) or len(vals) < len(a + b) or min(vals) <= 0 or \
                max(vals) > (_JOIN_SPREAD if people else _MAIN_SPREAD) * min(vals) or \
                a[0].quantity.split(" per ")[1:] != b[0].quantity.split(" per ")[1:] or \
                _apart(a, b) or _other_states(a, b) or kind == "share" and (
                    _counts_people(a[0].quantity) != _counts_people(b[0].quantity)):
            continue
        if _opposed(text, a, b) or _other_people(a, b) or (
                _side_by_side(text, a, b) and not _says_the_same(text, a, b, least=2)):
            continue  # (side by side, one number only where their clauses say so: "12,000
            # subscribers lost mobile service", "20,000 customers lost mobile service")
        for fc in groups.pop(gs[1]):
            fc.group = gs[0]
            fc.joined = True
            a.append(fc)
