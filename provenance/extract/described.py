"""Bodies a story names by what they are.

A story often gives a figure to a description and names the body elsewhere, before or
after: "a penal reform charity said" above "The Penal Reform Network, which campaigns for
shorter sentences, said ...", "a community group says" above "The Marlow Clean Water
Collective, a volunteer group led by ...", "The union that represents most hospital
midwives, MERAS, went further". The side a journalist checks is the body: a question
whose side is "penal reform charity" cannot be followed to anyone, and the body's own
figures stay apart from it.

This is the last of the rules that name sources (:mod:`.figures` reads the text's own
words first: a body named with the kind's word, the same figure given by name). It takes
a figure whose source is still a description in lower case and gives it the one body the
whole text describes as that kind: by its name ("National Aircraft Noise Office" is an
office; :func:`.figures._of_kind`), by an apposition either way round ("Volunteering
Aotearoa, the national body for volunteer centres"; "the tenants' charity HomeSafe"; "The
union that ..., MERAS,"), or by the description's own words in its name ("penal reform"
in "Penal Reform Network"). Where two bodies fit, or none, the description stays: a guess
between two bodies is worse than a word the journalist can read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ..numbers import singular
from ..text import STOPWORDS
from .behalf import _agrees
from .figures import (
    _DAYS,
    _KIND_MODIFIERS,
    _LEAD_WORDS,
    _MONTH_WORDS,
    _SAYS_RE,
    INITIAL_WORDS,
    ORG_NOUNS,
    PROPER_RE,
    STUDY_NOUNS,
    FigureClaim,
    Source,
    _not_a_name,
    _of_kind,
    clean_source,
    is_org,
    same_value,
)

_SP = r"[ \u00a0]"
#: What a description may call a body besides the nouns of bodies' names: general English.
_KIND_WORDS = frozenset(ORG_NOUNS | {"body", "collective", "nonprofit", "non-profit",
                                     "watchdog", "charity", "campaign", "network"})
_NAME = PROPER_RE.pattern
#: (the words before a description's kind: never a preposition, an article or a verb of
#: making: "a study run by the ministry" is a study, "a steward at the union" a person)
_NOT_DESC_WORDS = ("by|of|for|at|in|from|with|run|led|made|owned|the|a|an|on|to|and|or|who|"
                   "that|which|near")
#: Where an apposition's description ends: a comma, the sentence's end, or what it goes
#: on to say of the body ("a volunteer group led by", "a charity that"). Never a verb:
#: "The reservoir holds 12 ML, the utility said" names no body "ML".
_APPOSITION_END = (rf"(?=[,.;:)]|{_SP}+(?:led|run|founded|based|set|that|which|who|whose|"
                   rf"for|of|in|with|representing|at|on|from)\b)")
_NAME_BEFORE_RE = re.compile(rf"(?P<name>{_NAME})$")


@functools.lru_cache(maxsize=64)
def _appositions(heads: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """The three ways a text calls a body one of ``heads`` (the kinds the figures'
    descriptions ask about: patterns of every kind word, tried at every "the" of a long
    text, cost a tenth of a second a megabyte):

    - "NAME, a volunteer group", "NAME, the national body for volunteer centres" (the
      description after its comma, read first; a name is looked for right before it only
      where one is, :data:`_NAME_BEFORE_RE`);
    - "the tenants' charity HomeSafe", "the campaign group Care Matters Northmere";
    - "The union that represents most hospital midwives, MERAS, went further" (never "...
      near Laverton, Western Australia,": a place)."""
    alt = "|".join(sorted((re.escape(h) for h in heads), key=len, reverse=True))
    desc = (rf"(?P<desc>(?:(?!(?:{_NOT_DESC_WORDS})\b)[a-z][\w’'-]*{_SP}+){{0,4}}?)"
            rf"(?P<head>{alt})\b")
    return (re.compile(rf",{_SP}+(?:an?|the){_SP}+{desc}(?![’'-]){_APPOSITION_END}"),
            re.compile(rf"\b(?:[Tt]he|[Aa]n?){_SP}+{desc},?{_SP}+(?P<name>{_NAME})"),
            re.compile(rf"\b[Tt]he{_SP}+{desc}{_SP}+(?:that|which|who){_SP}[^,.;:\n]{{0,89}}"
                       rf"[a-z],{_SP}+(?P<name>{_NAME}),"))


#: Words that end what a description says of its kind: "union that represents ...",
#: "national body for volunteer centres".
_CUT_WORDS = frozenset("that which who whose for of in at on with representing behind "
                       "based led run".split())
#: A preposition right before a name: "in Germany", "from Ottawa" (a place or a thing's
#: name in a clause, no subject with an apposition).
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|on|from|to|of|across|for|by|with|near|around|"
                              r"throughout|into|outside|inside|within)[ \u00a0]+$")


_CLAUSE_MARK_RE = re.compile(r"[,.;:!?\n]")


def _said_after(text: str, at: int) -> bool:
    """A verb of saying in what is left of the sentence with no comma before it: the
    description was the subject of the next clause."""
    m = _CLAUSE_MARK_RE.search(text, at)
    end = m.start() if m else len(text)
    return (m is None or m.group() != ",") and _SAYS_RE.search(text, at, end) is not None


#: Words that open a sentence with a time or a place, never a body's name: "Last March,
#: the federal agency, which ...", "Outside Sydney, the state agency" (general English).
_OPENERS = frozenset("Last Next Outside Following Earlier Later Since Until Inside Beyond "
                     "Elsewhere Nationally Locally Overall Meanwhile".split())
#: Words that say a body is not one named before: "in the next town", "a rival union",
#: "another charity", "a neighbouring council" (general English).
_ANOTHER_RE = re.compile(r"\b(?:another|next|other|rival|neighbouring|neighboring|"
                         r"nearby|separate|second)\b")
#: An indefinite article before a description: "a community group says" brings in a body
#: the story has not named yet.
_INDEFINITE_RE = re.compile(rf"\b[Aa]n?{_SP}+$")
#: Words of a description that say nothing of which body: its article, a scope.
_PLAIN_WORDS = frozenset(_KIND_MODIFIERS | {"a", "an", "independent", "federal",
                                            "provincial", "new", "big", "large", "small",
                                            "leading", "another", "other", "one"})
#: Words that set a description's body against one the text names (general English).
_CONTRAST_WORDS = frozenset("rival second another other opposition separate different "
                            "third competing".split())


def _description(name: str) -> tuple[str, list[str]] | None:
    """(kind, words that say which) of a lower-case description ("penal reform charity":
    ("charity", ["penal", "reform"])); None for anything else ("brand owners", "staff")."""
    words = [w.strip(",.;:“”\"") for w in name.replace("\u00a0", " ").split()]
    words = [w for w in words if w]
    while words and (words[0] in ("the", "a", "an", "its", "their") or
                     re.search(r"[’']s$", words[0])):
        words = words[1:]  # (an article, a possessive of one: "province's"; a plural's
        # says which body: "a nurses' union", "a residents' group")
    for k, w in enumerate(words):
        if w in _CUT_WORDS:
            if w == "of":
                return None  # ("a group of housing charities": many bodies)
            words = words[:k]
            break
    if not words or not all(w[:1].islower() for w in words):
        return None
    head = words[-1]
    if head not in _KIND_WORDS or singular(head) != head:
        return None  # (plurals are many bodies or people: "insurers", "brand owners")
    which = [singular(w.strip("’'")) for w in words[:-1]
             if w.strip("’'") and w not in _PLAIN_WORDS and len(w.strip("’'")) >= 4]
    if head == "office" and not which:
        return None  # ("his office", "the governor's office": a person's, no body's)
    if set(which) & _CONTRAST_WORDS:
        return None  # ("a rival union", "a second union", "the opposition party": not
        # the one the text names)
    return head, which


#: Kinds that stand for one another: "a body", "an organisation", "a group".
_GROUP_KINDS = frozenset({"body", "organisation", "organization", "group"})


def _same_kind(a: str, b: str) -> bool:
    return a == b or {a, b} <= _GROUP_KINDS


class _Bodies:
    """The bodies a text names and the kinds it calls them (read once, when some figure's
    source is a description)."""

    def __init__(self, text: str, names: Iterable[str], people: set[str],
                 givers: set[str], heads: frozenset[str]) -> None:
        self.text = text
        self.kinds: dict[str, set[str]] = {}
        #: the words of each body's appositions ("volunteer" of "a volunteer group")
        self.words: dict[str, set[str]] = {}
        #: where the text first names each body
        self.first: dict[str, int] = {}
        #: the bodies that give a figure in the text
        self.givers = givers
        #: whether each name read may be a body; the people's names, for looking up
        self.verdicts: dict[str, bool] = {}
        self.people_blob = "\n".join(people)
        self.people = people
        self.others: dict[str, bool] = {}  # (:meth:`another`'s answers)
        for n in names:
            self._add(n, None, people)
        found: list[tuple[str, int, str, str]] = []  # (name, its start, kind, description)
        after_comma, kind_then_name, kind_which_name = _appositions(heads)
        for m in after_comma.finditer(text):
            if _said_after(text, m.end()):
                continue  # ("Germany, the federal agency for nature conservation said": a
                # clause's end and the next subject, no apposition)
            nm = _NAME_BEFORE_RE.search(text, max(0, m.start() - 120), m.start())
            if nm is not None:
                found.append((nm.group("name"), nm.start("name"), m.group("head"),
                              m.group("desc")))
        for rx in (kind_then_name, kind_which_name):
            found += [(m.group("name"), m.start("name"), m.group("head"), m.group("desc"))
                      for m in rx.finditer(text)]
        for name, at, kind, desc in found:
            words = name.split()
            if _PLACE_BEFORE_RE.search(text, max(0, at - 12), at) or \
                    words[0] in (_LEAD_WORDS | _OPENERS) - {"The"} or \
                    any(w in _DAYS or w in _MONTH_WORDS for w in words) or \
                    words[-1].lower() in STUDY_NOUNS:
                continue  # ("in Germany, the federal agency": a place; "In March,", "Last
                # March,": a time; "the English Housing Survey, a study": a document)
            self._add(name, kind, people, desc.split())

    def _add(self, raw: str, kind: str | None, people: set[str],
             desc: list[str] | None = None) -> None:
        name = clean_source(raw)
        ok = self.verdicts.get(name)
        if ok is None:  # (read once a name: a long text names its bodies again and again)
            ok = self.verdicts[name] = self._may_be_body(name, people)
        if not ok or (kind is None and not is_org(name)):
            return
        if name not in self.kinds:
            self.kinds[name] = set()
            at = self.text.find(name)
            self.first[name] = at if at >= 0 else len(self.text)
        if kind is not None:
            self.kinds[name].add(kind)
            self.words.setdefault(name, set()).update(
                singular(w.strip("’'").lower()) for w in desc or ())

    def _may_be_body(self, name: str, people: set[str]) -> bool:
        words = name.split()
        if not words or all(w.lower() in _KIND_WORDS for w in words):
            return False  # ("Police", "The Council": the kind's word, no name)
        if not name[:1].isupper() or _not_a_name(name) or words[0] in _DAYS or \
                words[0] in _MONTH_WORDS:
            return False
        # (a person, or a name in a person's or holding one: "the union's Hana Rurawhe")
        return name not in self.people_blob and not any(
            " ".join(words[i:j]) in people for i in range(len(words))
            for j in range(i + 1, len(words) + 1) if len(" ".join(words[i:j])) > 3)

    def may_be_body(self, name: str) -> bool:
        """Whether ``name`` may be a body's: no person's, no time's (read once a name)."""
        ok = self.verdicts.get(name)
        if ok is None:
            ok = self.verdicts[name] = self._may_be_body(name, self.people)
        return ok and not self.another(name) if name in self.first else ok

    def another(self, name: str) -> bool:
        """The text says where it first names the body that it is another one ("St Mary's
        Hospital in the next town", "a rival union", "another charity")."""
        if name not in self.others:  # (read once a body, whatever each figure asks)
            at = self.first[name]
            self.others[name] = _ANOTHER_RE.search(
                self.text, at, min(len(self.text), at + len(name) + 60)) is not None
        return self.others[name]

    def of(self, kind: str, which: list[str], after: int | None = None,
           not_these: Iterable[str] = ()) -> str | None:
        """The one body of ``kind`` (by name or apposition) whose name holds ``which``,
        else the one body of ``kind`` (by apposition, when ``which`` says more); else
        the one body whose name holds two words or more of ``which``; None when none or
        several fit. ``after``: only bodies first named after it; ``not_these``: bodies
        that cannot be the one."""
        out = set(not_these)
        bodies = [n for n in self.kinds if n not in out and not self.another(n) and
                  (after is None or self.first[n] > after)]
        # (of the kind by its name alone, a body that gives no figure here is only
        # mentioned: "The European Union offered help" is no headline's "union")
        fits = {n for n in bodies
                if (_of_kind(n, kind) and n in self.givers) or
                any(_same_kind(k, kind) for k in self.kinds[n])}
        named = {n for n in bodies if which and all(_holds(n, w) for w in which)}
        # (a description whose words no name holds fits only a body the text itself
        # calls that kind in those words: "the state wildlife department" is no "Labor
        # Department", "a residents' group" no "Civic Society, a heritage group")
        loose = {n for n in fits if any(_same_kind(k, kind) for k in self.kinds[n]) and
                 set(which) & self.words.get(n, set())} if which else fits
        for got in (fits & named, loose if not named else set(),
                    named if len(which) >= 2 else set()):
            if len(got) == 1:
                return next(iter(got))
            if len(got) > 1:
                return None
        return None


def _holds(name: str, word: str) -> bool:
    return any(singular(w.strip("’'.,").lower())[:5] == word[:5]
               for w in name.split() if len(w) >= 4)


def described_bodies(text: str, out: list[FigureClaim], people: Iterable[str],
                     names: Iterable[str]) -> None:
    """Gives a figure whose source is a lower-case description of one body the one body
    the text names as that kind (the module's rules). ``people``: the names of the text's
    people; ``names``: the other proper names it holds (its bodies among them)."""
    wanted = [(fc, d) for fc in out if (s := fc.source) is not None and
              s.kind in ("generic", "organisation") and s.person_id is None and
              s.name[:1].islower() and
              (d := _description(s.name)) is not None]
    if not wanted:
        return
    # (the kinds asked about, and those a body of any kind is called by)
    kinds = {k for _fc, (k, _w) in wanted}
    heads = frozenset(kinds | (_GROUP_KINDS if kinds & _GROUP_KINDS else set()))
    bodies = _Bodies(text, names, {p for p in people if p},
                     {fc.source.name for fc in out if fc.source is not None}, heads)
    named_of: dict[str, list[FigureClaim]] = {}  # (each quantity's figures named sources
    # give, read once: a long text asks of each description)
    for o in out:
        if o.source is not None and o.source.name[:1].isupper():
            named_of.setdefault(o.quantity, []).append(o)
    for fc, (kind, which) in wanted:
        s = fc.source
        assert s is not None
        # "a canal trust that works in the next county", after "The Fenwick Canal Trust":
        # a body brought in with "a" is one the story names after it, if any
        indefinite = _indefinite(text, s)
        not_these = _disagreeing(text, fc, named_of.get(fc.quantity, []))
        body = bodies.of(kind, which, s.start if indefinite else None, not_these)
        if body is None and indefinite:
            body = _named_in_next_paragraph(text, s.start, kind, bodies, not_these)
        if body is None and s.how == "by":
            # (a claimant named after a figure set aside: "not the 21 years claimed by the
            # state-owned operator"; a body of its own, "a trade union says 300 jobs", may
            # agree with another and is still its own side)
            body = _one_agreeing(fc, kind, named_of.get(fc.quantity, []), bodies)
        if body is not None:
            fc.source = Source(body, "organisation", None, "described", s.start, s.study,
                               s.confirmed)
            named_of.setdefault(fc.quantity, []).append(fc)  # (now a named body's)


#: A paragraph that opens with a body's name and a clause about it: "Cairde Aosta, which
#: runs befriending services in 19 counties," (the news story's second paragraph naming
#: what its first described).
_OPENS_WITH_NAME_RE = re.compile(
    rf"[ \u00a0]*(?P<name>{_NAME}),{_SP}+(?:which|who|whose|founded|set{_SP}+up|based|"
    rf"an?{_SP}+[a-z])")


#: A clause that sets its body beside another: "which also works", "another charity".
_ANOTHER_CLAUSE_RE = re.compile(r"[^.;:!?\n]*?\b(?:also|too|another|other|rival|separate|"
                                r"similar|different)\b")


def _named_in_next_paragraph(text: str, at: int, kind: str, bodies: _Bodies,
                             not_these: set[str]) -> str | None:
    """The body a story names at the start of the paragraph after the one that brings it
    in as "a charity" ("A charity for older people has said that 38 per cent ... / Cairde
    Aosta, which runs befriending services ..."), when its name says no other kind."""
    if at < 0:
        return None
    end = text.find("\n\n", at)
    if end < 0:
        return None
    m = _OPENS_WITH_NAME_RE.match(text, end + 2)
    if m is None or _ANOTHER_CLAUSE_RE.match(text, m.end(), m.end() + 60):
        return None  # ("Age Concern Cork, which also works with older people": another)
    name = clean_source(m.group("name"))
    if name in not_these or not bodies.may_be_body(name) or _named_another_kind(name, kind):
        return None  # ("The Department of Health, which ...": another kind of body)
    return name


def _named_another_kind(name: str, kind: str) -> bool:
    """The name ends in a body's word of another kind: "Clean Lakes Trust" is no "county
    council", "The Department of Health" no "charity"."""
    last = name.split()[-1].lower()
    return last in ORG_NOUNS and not _same_kind(singular(last), kind)


def _indefinite(text: str, s: Source) -> bool:
    """Whether the text brings the description in with "a" ("according to a canal trust":
    the source's start may be its verb's or its article's, so the description is looked
    for near it)."""
    if s.start < 0:
        return False
    at = text.find(s.name, max(0, s.start - 5), s.start + 80)
    at = at if at >= 0 else s.start
    return _INDEFINITE_RE.search(text, max(0, at - 4), at) is not None


def _one_agreeing(fc: FigureClaim, kind: str, same: list[FigureClaim],
                  bodies: _Bodies) -> str | None:
    """The one named body that gives ``fc``'s value for its quantity ("not the 21 years
    claimed by the state-owned operator" ... "Clyde and Hebrides Ferry Services says the
    average age of its major vessels is 21 years"): the description is that body, when
    no other named source gives that value."""
    agreeing = {o.source.name for o in same if o is not fc and o.source is not None and
                same_value(fc.figure, o.figure)}
    if len(agreeing) != 1:
        return None
    name = agreeing.pop()
    words = name.split()
    if _named_another_kind(name, kind):
        return None  # (whatever it says)
    if words[-1].lower() in STUDY_NOUNS or words[0].lower() in STOPWORDS or \
            (len(words) < 2 and not name.isupper()):
        return None  # ("Report", "Survey": a paper's word, no body's name; one word of a
        # longer name, "Ridgeway" of "Ridgeway Castings", may be a place's or a person's)
    return name if bodies.may_be_body(name) else None


#: Words that make a body's figure its first, since replaced: "initially put the share at
#: 41 per cent", "had first said", "originally estimated" (figures' words of an initial
#: figure, :data:`.figures.INITIAL_WORDS`; no "old": "old people").
_INITIAL_BEFORE_RE = re.compile(
    rf"(?i)\b(?:{INITIAL_WORDS}|initially|originally|previously|"
    r"had[ \u00a0]+(?:put|given|said|estimated|reported))\b[^.;:!?]*$")


def _disagreeing(text: str, fc: FigureClaim, same: list[FigureClaim]) -> set[str]:
    """The bodies that give a figure of ``fc``'s quantity (``same``: the named sources'
    figures of it) none of which agrees with it: "According to a housing association,
    40% ... The Riverside Housing Association ... says the figure is 15%" names another
    association, not the one that said 40%."""
    theirs: dict[str, bool] = {}
    for o in same:
        if o is fc or o.source is None or o.revised or _INITIAL_BEFORE_RE.search(
                text, max(o.sentence[0], o.start - 40), o.start):
            continue  # (a figure its body has since revised is no position it holds: "a
            # charity said 38 per cent" is the charity that "initially put the share at 41")
        theirs[o.source.name] = theirs.get(o.source.name, False) or _agrees(fc, o)
    return {n for n, agrees in theirs.items() if not agrees}


__all__ = ["described_bodies"]
