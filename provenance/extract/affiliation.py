"""The body a person in an article speaks for, as the text introduces them.

News gives a body's figures through the people who speak for it: "Tri-Valley spokeswoman
Rachel Dunmore said the cooperative stood by its numbers", "said Rhiannon Gosforth, the
trust's head of science", "Harlow County Emergency Management puts the figure much higher.
Director Teresa Vollmer said ...". Whether a reader credits such a figure to the person or
to the body is a matter of convention, and writers split on it; a draft that names both
lets an editor keep either. This module reads the one fact both conventions need: which
body the person is there for. The draft writes it as the person's ``affiliation`` (the
dossier's field for it), the page shows it beside their name, and the benchmark counts a
figure as given by the body its speaker speaks for.

Only what the text says: an office or job set beside a name with the body it is held at
(by a possessive, "of", "for", "at", or the body's name before the title), or a bare
title ("Director Teresa Vollmer") right after a sentence whose subject is a body. A
person's relations ("his lawyer", "Cole's wife") and a title with no body near it give
none.
"""

from __future__ import annotations

import functools
import re

from ..numbers import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from ..speech.records import PersonDraft
from ..speech.roles import (
    BODY_KINDS,
    BODY_MEMBER_ROLES,
    BODY_OFFICES,
    GROUP_WORDS,
    NOT_HOLDER_WORDS,
    OFFICE_ROLES,
    OFFICES,
    PLACE_OFFICES,
    PORTFOLIOS,
    TITLE_SET,
    TITLES,
)
from ..speech.speakers import BODY_NOUN_OF, CUE_ALT, SP, UP, named_body, sentence_start
from .figures import _NAME_JOINS, is_org

_ROLES = (OFFICE_ROLES | BODY_MEMBER_ROLES) - NOT_HOLDER_WORDS
#: Capitalised words a sentence puts before a name that are no part of it.
_OPENERS = frozenset("The A An In At From By For Of On And But With Our Its Their His Her My "
                     "Your".split())
#: Capitalised words that name no body: days, months, pronouns ("on Tuesday, the firm said",
#: "Harlow Council on Jan"): the number parser's lists of days and months, and the pronouns.
_NOT_NAMES = frozenset({*WEEKDAY_NAMES, *MONTH_NAMES, *MONTH_ABBREVIATIONS,
                        *"Today Yesterday He She They It We I".split()})
_NOT_NAMES_ALT = "|".join(sorted(_NOT_NAMES))
#: Nouns of places, never a body a person is of ("runs the island's hardware store").
_PLACE_NOUNS = frozenset("island river lake valley mountain hill bay coast street road town "
                         "village moor estuary park region province district city".split())
#: Offices one person holds, which a body's name does not open with: "Secretary of State
#: John Kerry" gives an office, not a body.
_PERSONAL_OFFICES = OFFICES | {"spokesman", "spokeswoman", "spokesperson", "chief"}
_PARTY_WORDS = frozenset("republican democratic democrat labour conservative liberal former "
                         "acting deputy vice".split())
_FUNCTION_WORDS = frozenset("the and for with whose who which that this its their of from into "
                            "over under after before about".split())
_KINDS = "|".join(sorted(BODY_KINDS | set(BODY_NOUN_OF), key=len, reverse=True))
#: Kinds of body that are no place: what ", a patient charity" may say of a name.
_BODY_ONLY_KINDS = "|".join(sorted((BODY_KINDS | set(BODY_NOUN_OF)) - {
    "city", "county", "state", "country", "nation", "municipality"}, key=len, reverse=True))
_GROUPS = "|".join(sorted(GROUP_WORDS, key=len, reverse=True))
#: Words before a name that are no part of a title: a verb of saying or a copula ("said
#: chief executive X", "With me are councillor X").
_NO_ROLE_WORDS = "said|says|told|added|say|tells|adds|according|to|with|are|is|was|were"
_TITLE_ALT = "|".join(sorted((re.escape(t) for t in TITLES), key=len, reverse=True))
#: A word of a capitalised name, as bodies write theirs ("Tri-Valley", "O'Neill", "AT&T",
#: "U.S.", "St."): a full stop after a longer word ends the sentence, not the word
#: ("at Halden Bank. Separately, ..." names no "Halden Bank. Separately").
_CAP = rf"[{UP}](?:[\w’'&\-]|\.(?=[\w’'&\-]))*(?:(?<![\w’'&\-]{{4}})\.)?"
_NAME_RUN = (rf"{_CAP}(?:{SP}+(?:(?:of|for|and|&|on|{_NAME_JOINS}){SP}+(?:the{SP}+)?|"
             rf"the{SP}+)?{_CAP}){{0,7}}")  # ("Office of the Chief Scientist")

#: A body by its kind, with up to three words before it: "the directorate", "the
#: Geneva-based observatory", "the county's patient watchdog" (never "the Center of").
_THE_DESCRIBED = rf"the{SP}+(?:(?:[a-z][\w’'-]*|[{UP}][\w]*-[a-z][\w-]*){SP}+){{0,3}}?[a-z][\w-]*"
#: A description set after the name: ", the trust's head of science," / ", Orrin's chief
#: medical officer." (``owner``: the possessive's words; ``role``: the words after it).
_APPOSED_OWNER_RE = re.compile(
    rf",{SP}+(?:(?P<the>[Tt]he){SP}+)?(?P<owner>(?:[a-z][\w-]*|{_NAME_RUN}))[’']s{SP}+"
    rf"(?P<role>[^,;:.()“”\"\n]{{1,60}}?)(?=[,.;:)]|{SP}+(?:who|and|said|says|told)\b|$)")
#: ", a spokeswoman for the directorate", ", an analyst at the Geneva-based observatory,",
#: ", director of Calloway County Emergency Management" (``role``, then ``body``).
_APPOSED_AT_RE = re.compile(
    rf",{SP}+(?:(?:the|a|an){SP}+)?(?P<role>(?:[\w-]+{SP}+){{0,4}}?[a-z][\w-]*){SP}+"
    rf"(?P<prep>of|for|at|with){SP}+(?P<body>{_THE_DESCRIBED}|(?:the{SP}+)?{_NAME_RUN})")
#: A body right after the name, with no comma: "Dagny Skovlund of the University of
#: Harrowmere said", "Ann Roe at the Sierra Club".
_BODY_AFTER_NAME_RE = re.compile(rf",?{SP}+(?:of|at|from){SP}+(?:the{SP}+)?(?:rival{SP}+)?"
                         rf"(?P<body>{_NAME_RUN})")
#: ", a Harlow University economist," (``body`` then ``role``).
_APPOSED_BODY_JOB_RE = re.compile(rf",{SP}+(?:a|an|the){SP}+(?P<body>{_NAME_RUN}){SP}+"
                                  rf"(?P<role>[a-z][\w-]*)\b")
#: ", who chairs the committee" / ", who heads the Orrin Institute".
_WHO_HOLDS_RE = re.compile(
    rf",?{SP}+who{SP}+(?:chairs|heads|leads|runs|directs|co-ordinates|coordinates|founded|"
    rf"co-founded|speaks{SP}+for|works{SP}+(?:at|for|with)|is{SP}+(?:at|with)){SP}+(?P<body>{_THE_DESCRIBED}|(?:the{SP}+)?{_NAME_RUN})")
#: A description set before the name with a comma: "the association's chair, Robert
#: Ingleby" / "Orrin's chief medical officer, Dr Lukas Bergfeldt" / "Its coordinator, Gus".
_LEAD_OWNER_RE = re.compile(
    rf"(?:(?P<its>\b[Ii]ts)|(?:\b(?P<the>[Tt]he){SP}+)?(?P<owner>[a-z][\w-]*|{_NAME_RUN})"
    rf"[’']s){SP}+(?P<role>(?:[\w-]+{SP}+){{0,4}}?[\w-]+),{SP}+(?:(?:{_TITLE_ALT})\.?{SP}+)?$")
#: The words right before the name in its clause: "Tri-Valley spokeswoman", "Calloway
#: County Emergency Management Director", "Trust chair", "chief executive".
_LEAD_TITLE_RE = re.compile(
    rf"(?:(?P<owner>{_NAME_RUN}){SP}+)?(?<![\w’'\-])(?P<role>(?:(?!{_NO_ROLE_WORDS}\b)[a-z][\w-]*{SP}+){{0,2}}"
    rf"[A-Za-z][\w-]*)"
    rf"{SP}+(?:(?:{_TITLE_ALT})\.?{SP}+)?$")


#: A sentence's subject, after a time it may open with ("In March the company had
#: estimated"): ``the`` and ``name``.
_OPENING_SUBJECT_RE = re.compile(
    rf"{SP}*(?:(?:In|On|At|By|Since|Last|Earlier|Later|This)\b[^,.;\n]{{0,25}}?(?:,{SP}*|{SP}+"
    rf"(?=[Tt]he{SP})))?(?:(?P<the>[Tt]he){SP}+)?(?P<name>{_NAME_RUN}|"
    rf"[a-z][\w-]*(?:[’']s?{SP}+(?=(?:{_KINDS})\b)[a-z][\w-]*)?)")  # ("The farmers'
# association, which"; "The council's finance committee" is the council's)


#: A body by its kind, as a subject: "the association estimates" (group 1: the kind).
_KIND_SUBJECT_RE = re.compile(
    rf"\b[Tt]he{SP}+(?:[a-z][\w-]*{SP}+){{0,2}}?({_KINDS})\b(?![’'\-])")


def _occurrences(text: str, word: str, limit: int = 200, *, then: str = "_-") -> list[int]:
    """Where ``word`` stands as a whole word in ``text`` (not followed by a letter, a
    digit or one of ``then``), the first ``limit`` of them: a literal search (a pattern
    with a look-behind tries every character of a 1 MB text, for each of its two hundred
    people)."""
    out: list[int] = []
    at = text.find(word)
    while at >= 0 and len(out) < limit:
        end = at + len(word)
        before = text[at - 1] if at else " "
        if not (before.isalnum() or before in "_’'-") and (end >= len(text) or not (
                text[end].isalnum() or text[end] in then)):
            out.append(at)
        at = text.find(word, at + 1)
    return out


#: The rest of a body's name after its first words: " Electric Cooperative" after
#: "Tri-Valley"; never a day ("Orrin Therapeutics on Tuesday") or an office and its holder
#: ("European Council President Donald Tusk"; "Department of Health" goes on).
_FULLER_RE = re.compile(rf"(?:{SP}+(?:(?:of|for|and|&|the|on){SP}+)?"
                        rf"(?!(?:{_NOT_NAMES_ALT})\b|(?:{_TITLE_ALT})\.?{SP}+{_CAP}{SP}+{_CAP})"
                        rf"{_CAP})*")
#: A body's kind set beside its name: ", a patient charity" (never a place's kind: "Kellerton,
#: a city of 40,000" is no body).
_DESCRIBED_AFTER_RE = re.compile(rf",{SP}+(?:a|an|the){SP}+(?:[\w-]+{SP}+){{0,3}}?"
                                 rf"(?:{_BODY_ONLY_KINDS})(?![\w’'\-])")


@functools.lru_cache(maxsize=256)
def _fullest_body(text: str, words: str) -> str | None:
    """``words`` when they are a body's name, else the longest name of a body in ``text``
    that opens with them ("Tri-Valley" is the "Tri-Valley Electric Cooperative")."""
    if words in _OPENERS or words in _NOT_NAMES:
        return None
    if is_org(words) or _described_as_body(text, words):
        return words  # ("European Council President Donald Tusk": that council, never the
        # longer "European Council on Foreign Relations" the text also names)
    best: str | None = None
    longer: set[str] = set()
    for at in _occurrences(text, words):
        prev = re.search(rf"({_CAP}){SP}+$", text[max(0, at - 40):at])
        if prev is not None and prev.group(1) not in _OPENERS:
            continue  # "Brennmoor Airport Holdings" is no name opening with "Airport"
        m = _FULLER_RE.match(text, at + len(words))
        name = re.sub(r"[’']s$", "", words + (m.group(0) if m else "")).rstrip(".")
        if name != words and is_org(name):
            longer.add(name)
            if len(name) > len(best or ""):
                best = name
    if len({n for n in longer if not any(o != n and o.startswith(n) for o in longer)}) > 1:
        return None  # "Oakdale" opens the "Oakdale Rotary Club" and the "Oakdale Town
        # Council": a place, and which of its bodies the text does not say
    return best


@functools.lru_cache(maxsize=256)
def _described_as_body(text: str, name: str) -> bool:
    """Whether the text says ``name`` is a body: "Migraine Voices, a patient charity"."""
    return any(_DESCRIBED_AFTER_RE.match(text, at + len(name))
               for at in _occurrences(text, name))


def _body(text: str, words: str, pos: int, persons: list[PersonDraft],
          at: int | None = None) -> str | None:
    """The body ``words`` names at ``pos``: a kind's common noun ("the trust", "the
    Geneva-based observatory", a sentence's "Trust") is the body of that kind the text
    named before (speech's one rule, :func:`.speakers.named_body`); a name is the fullest
    name of a body that opens with it. None for a person ("Cole's lawyer") or a place."""
    toks = words.split()
    while toks and toks[0] in _OPENERS | {"the"}:
        toks = toks[1:]  # ("But the group's chair": the group)
    if not toks or toks[0] in _NOT_NAMES:
        return None
    words = " ".join(toks)
    last = toks[-1].lower()
    if toks[-1][:1].islower() or (len(toks) == 1 and last in BODY_KINDS | set(BODY_NOUN_OF)):
        return _kind_named(text, last, pos)
    surnames = {w for p in persons if not p.author for w in p.name.split()[1:]}
    if toks[-1] in surnames or words in {p.name for p in persons}:
        return None  # "Cole's lawyer": a person's, no body
    if len(toks) == 1 and at is not None and _title_opens_sentence(text, at) and \
            _written_lower(text, words.lower()):
        # "Zoo director Anton Reis said": a common noun a sentence opens with (the text
        # writes it in lower case too, "the zoo") is the body whose name ends in it
        # ("Brennwald Zoo"), never one that opens with it; "House Speaker Paul Ryan" is
        # no "White House"
        ending = _ending_in(text, toks[0], pos)
        if ending is not None:
            return ending
    return _fullest_body(text, words)


#: The capitalised words right before a word, as a name ends in it: "Brennwald " of
#: "Brennwald Zoo" (searched in a window ending at the word).
_RUN_BEFORE_RE = re.compile(rf"(?<![\w’'\-])(?:{_CAP}{SP}+(?:(?:of|for|and|&|the){SP}+)?)"
                            rf"{{1,6}}$")
#: What a name may go on with after its kind: " of School Leaders".
_OF_TAIL_RE = re.compile(rf"(?:{SP}+(?:of|for){SP}+(?:the{SP}+)?{_CAP}"
                         rf"(?:{SP}+(?:and{SP}+)?{_CAP}){{0,4}})?(?![\w’'\-])")


#: "The city " before "council": a body's kind with the words a text says it by.
_DESC_BEFORE_RE = re.compile(rf"\b[Tt]he{SP}+((?:[a-z][\w-]*{SP}+){{1,2}})$")


#: How far back a body's kind looks for the name it stands for: speech's
#: :func:`.speakers.named_body` window.
_WITHIN = 2500


def _ending_in(text: str, word: str, pos: int) -> str | None:
    """The nearest name before ``pos`` (within :data:`_WITHIN`) that ends in ``word`` and
    is a body's ("Brennwald Zoo", "Kestle Isles Bird Observatory", "Lannick Association
    of School Leaders")."""
    common = bool(_occurrences(text, word.lower(), 1, then="_-’'"))  # (not "pilots'")
    lo = max(0, pos - _WITHIN)
    for at in reversed(_occurrences(text[lo:pos], word)):  # (the nearest name first)
        at += lo
        head = _RUN_BEFORE_RE.search(text, max(0, at - 160), at)
        if head is None:
            continue
        tail = _OF_TAIL_RE.match(text, at + len(word))
        toks = (head.group(0) + word + (tail.group(0) if tail else "")).split()
        while toks and toks[0] in _OPENERS:
            toks = toks[1:]
        if len(toks) < 2 or toks[0] in _NOT_NAMES:
            continue  # "The Brackley" names nothing but Brackley
        name = " ".join(toks)
        if is_org(name) or _described_as_body(text, name) or common:
            # (a body, or a word the text also writes as a common noun, "the zoo": never
            # "Derek Cole" for "Cole's lawyer")
            return name
    return None


def _kind_named(text: str, noun: str, pos: int) -> str | None:
    """The body "the ``noun``" stands for at ``pos``: speech's one rule for a body's common
    noun, else the last name before ``pos`` that ends in the noun ("the observatory" is the
    "Kestle Isles Bird Observatory")."""
    if not noun.replace("-", "").isalpha() or len(noun) < 3 or noun in _FUNCTION_WORDS:
        return None  # ("the Center of ...": no kind)
    got = named_body(text, noun, pos) if BODY_NOUN_OF.get(noun, noun) in BODY_KINDS else None
    if got is None and noun not in _PLACE_NOUNS:
        got = _ending_in(text, noun[:1].upper() + noun[1:], pos)
    if got is None and BODY_NOUN_OF.get(noun, noun) in BODY_KINDS:
        # "the council" of a text that never names it: the fullest words it uses for it
        # ("The city council's latest figure"), when they say more than the kind
        descs = [" ".join(d.group(1).split()) + " " + noun for at in _occurrences(text, noun)
                 if (d := _DESC_BEFORE_RE.search(text, max(0, at - 60), at)) is not None
                 and not _has_role(d.group(1))]
        got = max(descs, key=len) if descs else None
    if got is not None:
        # "Members of the Corrander Valley Farmers' Association": the body, not its people
        # ("Friends of the Wendle" is a body's whole name: "Wendle" alone is a river)
        bare = re.sub(rf"^(?:[Tt]he{SP}+)?(?:(?:{_GROUPS}){SP}+of{SP}+)?(?:[Tt]he{SP}+)?", "",
                      got, flags=re.I)
        got = bare if is_org(bare) else got.removeprefix("the ").removeprefix("The ")
    return got or None


def _has_role(words: str, roles: frozenset[str] | None = None) -> bool:
    """Whether ``words`` hold an office of ``roles`` (by default any of a body's); never
    a rival's, a critic's, a candidate's or a former holder's ("the agency's former
    director", "Council candidate Ivy Marsh", "the board's most persistent critic")."""
    ws = [w.lower().strip(".,") for w in words.split()]
    if roles is None:
        if any(w in NOT_HOLDER_WORDS for w in ws):
            return False
        roles = _ROLES
    return any(w in roles for w in ws)


def _subject_body_before(text: str, pos: int, persons: list[PersonDraft], *,
                         kind_anywhere: bool = False) -> str | None:
    """The body the sentence before ``pos``'s opens with ("Harlow County Emergency
    Management puts the figure much higher."), in the same paragraph or the one before.
    With ``kind_anywhere`` (an "Its" to resolve), else the last body that sentence names
    by its kind ("Scaling up their answers, the association estimates ...")."""
    ss = sentence_start(text, max(0, pos - 600), pos)
    if ss <= 0:
        return None
    hi = ss - 1
    while hi > 0 and text[hi - 1] in " \u00a0\n":
        hi -= 1
    ps = sentence_start(text, max(0, hi - 600), hi)
    ps = max(ps, text.rfind("\n", 0, hi) + 1)
    m = _OPENING_SUBJECT_RE.match(text[ps:hi])
    got = None
    if m is not None and (m.group("name")[:1].isupper() or m.group("the")):
        name = m.group("name")
        got = _body(text, name, ps + m.start("name"), persons, ps + m.start("name"))
    if got is None and kind_anywhere:
        kinds = list(_KIND_SUBJECT_RE.finditer(text, ps, hi))
        got = _kind_named(text, kinds[-1].group(1), kinds[-1].start()) if kinds else None
    if got is None:
        # "A third figure came from Migraine Voices, a patient charity, whose survey ...":
        # the one body the sentence names
        bodies = {b for n in re.finditer(_NAME_RUN, text[ps:hi])
                  if (b := _fullest_body(text, n.group(0).removeprefix("The ")))}
        got = bodies.pop() if len(bodies) == 1 else None
    return got


#: How many mentions of a person are read for their affiliation: the text introduces them
#: at one of the first few, and a long text names some people hundreds of times.
_MENTIONS_READ = 6


def mentions(text: str, person: PersonDraft) -> list[tuple[int, int]]:
    """Where the text names ``person`` (by name, or an alias of two words or more), the
    first :data:`_MENTIONS_READ` of them: where an article introduces someone."""
    names = [person.name, *(a for a in person.aliases if len(a.split()) > 1)]
    return sorted({(at, at + len(n)) for n in names
                   for at in _occurrences(text, n, _MENTIONS_READ)})[:_MENTIONS_READ]


def affiliation(text: str, person: PersonDraft, persons: list[PersonDraft]) -> str | None:
    """The body ``person`` speaks for, where the text introduces them with it; None when
    it does not say. The first mention that says wins: a person is introduced once."""
    spots = mentions(text, person)
    for s, e in spots:
        got = _tidy(text, _at_mention(text, s, e, persons), person)
        if got is not None:
            return got
    if spots:
        # "Researchers at the Orrin Marine Institute ... The report's lead author, Dr Lena
        # Sarasa": the body figures already credits her team's figures to (one rule for
        # both, :func:`.figures._affiliation`)
        from .figures import Source, _affiliation

        last = spots[-1][1]
        team = _affiliation(text, Source(person.name, "person", person.id), last + 1)
        if team is not None:
            return _tidy(text, team.name, person)
    return None


def _tidy(text: str, got: str | None, person: PersonDraft) -> str | None:
    """A body's name as a draft should give it: no opening "But the", no closing full
    stop, possessive or year ("the trust's 2023 survey"); never the person's own name
    with a title, a heading in capitals or a transcript's speaker label."""
    if not got:
        return None
    own = {w for w in person.name.split() if w.lower().strip(".") not in TITLE_SET}
    pieces = [x for x in re.split(rf"[.;:]{SP}+", got) if x and not set(
        w for w in x.split() if w.lower() not in TITLE_SET) <= own
              and x.split()[0] not in _NOT_NAMES]  # ("Georgia State University" stays)
    if not pieces:
        return None
    got = pieces[0]  # ("Tuesday. Hollin Parish Council", "Fennick Council. Alasdair")
    got = re.sub(rf"^(?:(?:But|And|So|Yet|The|the|Interim|Acting|Former|[{UP}][\w]*-based)"
                 rf"{SP}+)+", "", got)  # (and "the Lisbon-based Atlantic Cetacean Trust")
    got = re.sub(rf"(?:[’']s|{SP}+(?:19|20)\d\d|\.)+$", "", got).strip()
    if not got or got in _NOT_NAMES:
        return None
    lead = [w.lower() for w in got.split() if w.lower() not in _PARTY_WORDS][:1]
    if lead and lead[0] in _PERSONAL_OFFICES:
        return None  # "Secretary of State", "Republican Secretary of State": an office
    words = got.split()
    if any(w.lower() in _PERSONAL_OFFICES and nxt[:1].isupper() and
           (k == 0 or words[k - 1].lower() not in ("of", "the"))
           for k, (w, nxt) in enumerate(zip(words, words[1:], strict=False))):
        return None  # "Senate Majority Leader Mitch McConnell": an office and its holder
        # (never "Office of the Chief Scientist")
    if " " in got and got.isupper():
        return None  # "A HIGHER ACADEMIC ESTIMATE": a heading
    if got.isupper() and re.search(rf"(?m)^{re.escape(got)}:", text):
        return None  # "FELD:": who speaks in a transcript
    return got


def _at_mention(text: str, s: int, e: int, persons: list[PersonDraft]) -> str | None:
    """The body the mention of a person at ``s:e`` says they speak for, read in the order a
    text introduces someone: a description after the name (a possessive, "of", "at", "who
    chairs"), then one before it (a possessive with a comma, a body's name or kind before
    the title), and last a bare title after a sentence about a body. None when the
    mention says nothing of one."""
    after = text[e:e + 160]
    age = re.match(rf",{SP}+\d{{1,3}}(?=,)", after)  # "Gus Ferreira, 67, the group's ..."
    if age is not None:
        after = after[age.end():]
    m = _APPOSED_OWNER_RE.match(after)
    if m is not None and _has_role(m.group("role")):
        got = _body(text, m.group("owner"), e, persons)
        if got is not None:
            return got
    its = _APPOSED_ITS_RE.match(after)
    if its is not None and _has_role(its.group("role")):
        # '"Our £690 million is ...," Marcus Fell, its director of fraud policy, said': the
        # body the sentence before is about ("The association rejects that.")
        got = _its_body(text, s, persons)
        if got is not None:
            return got
    of = _BODY_AFTER_NAME_RE.match(after)
    if of is not None and (is_org(of.group("body")) or
                           _described_as_body(text, of.group("body"))):
        # "Dagny Skovlund of the University of Harrowmere said", "Jo Marsh, from the
        # Fenland Wildlife Trust,"
        got = _fullest_body(text, of.group("body"))
        if got is not None:
            return got
    # (a name of no known body right after hers, "Director Maya Cole of Tenants United",
    # is what she is of: never the body the sentence before was about)
    said_of = of is not None and of.group("body").split()[0] not in _NOT_NAMES
    ab = _APPOSED_BODY_JOB_RE.match(after)
    if ab is not None and _has_role(ab.group("role")) and is_org(ab.group("body")):
        return _fullest_body(text, ab.group("body"))  # ", a Harlow University economist"
    m2 = _APPOSED_AT_RE.match(after)
    if m2 is not None and not _has_role(m2.group("role"), NOT_HOLDER_WORDS) and (
            _has_role(m2.group("role")) or (
            m2.group("prep") == "at" and m2.group("body")[:1].isupper())):
        # ("a clinical pharmacologist at Lindqvist University Hospital": any job at a
        # body named is held there)
        got = _body(text, m2.group("body"), e, persons)
        if got is not None:
            return got
        body = m2.group("body").removeprefix("the ")
        if m2.group("prep") == "at" and _has_role(m2.group("role")) and \
                len(body.split()) >= 2 and body[:1].isupper() and \
                not _names_person(body, persons) and (
                    is_org(body) or _described_as_body(text, body) or
                    _speaks_in_text(text, body)):
            return body  # ("head of research at Pennant Lettings", of a text in which
            # Pennant Lettings says something: a body, whatever its name's words; never
            # "a shift manager at Port Talbot", a place)
    m3 = _WHO_HOLDS_RE.match(after)
    if m3 is not None:
        got = _body(text, m3.group("body"), e, persons)
        if got is not None:
            return got
    lo = max(0, s - 120)
    cut = max(text.rfind(c, lo, s) for c in "\n;:“”\"()")
    before_lo = max(lo, cut + 1)
    lead = _LEAD_OWNER_RE.search(text, before_lo, s)
    if lead is not None and _has_role(lead.group("role")):
        if lead.group("role").split()[-1].lower() in PLACE_OFFICES:
            return None  # "Valdoria's health minister": a place's office
        if lead.group("its"):
            if lead.group("its") == "its":
                # "the Federation ..., which called the action, said 14,000 workers had
                # joined, a figure its general secretary, Rui Sequeira, described as":
                # the last body its own sentence names
                return _its_body(text, lead.start(), persons, s)
            return _subject_body_before(text, s, persons, kind_anywhere=True)
        return _body(text, lead.group("owner"), s, persons, lead.start("owner"))
    clause = max(text.rfind(",", before_lo, s) + 1, before_lo)
    title = _LEAD_TITLE_RE.search(text, clause, s)
    if title is None:
        # "a ministry spokesperson, Lars Eklund,": the role and its body's kind before a
        # comma
        ap = _ROLE_COMMA_RE.search(text, before_lo, s)
        if ap is not None and _has_role(ap.group("role")):
            got = _body_of_kind(text, ap.group("role"), s)
            if got is None and _has_role(ap.group("role").split()[-1], BODY_OFFICES) and \
                    not _has_role(ap.group("role"), NOT_HOLDER_WORDS) and \
                    _title_opens_sentence(text, ap.start()):
                # "... the company told county officials that about 900 positions would go.
                # A spokeswoman, Carla Menendez, said": the body the sentence before is about
                got = _subject_body_before(text, s, persons, kind_anywhere=True)
            return got
        return None
    role, owner = title.group("role"), title.group("owner")
    if owner is not None:
        # ("Our local democracy reporter Callum Fray": no one's name opens the run)
        owner = " ".join(w for i, w in enumerate(owner.split())
                         if i or w not in _OPENERS) or None
    if owner and role.split()[-1].lower() in ("minister", "secretary") and all(
            w.lower() in PORTFOLIOS for w in owner.split()):
        # "Health Minister Colette Baptiste-Moore": the text's ministry or department of
        # that portfolio ("New Carrick Department of Health", "the Health Ministry")
        return _portfolio_body(text, owner)
    if owner and all(w.lower().strip(".") in _ROLES | TITLE_SET for w in owner.split()):
        role, owner = f"{owner} {role}", None  # "Chief executive Marianne Feld"
    kind = next((w for w in role.split() if w in BODY_KINDS), None)  # (lower case only:
    # "House Speaker Paul Ryan" is no house's)
    if owner and _has_role(role):
        if role.split()[-1].lower() in PLACE_OFFICES and not is_org(owner):
            return None  # "Oakdale Mayor Jim Brennan": a place's office, no body's (a
            # "Green Party councillor" is the party's)
        if kind is not None and not is_org(owner):
            # "Fairhaven police spokeswoman Dana Kell": the place's body of that kind
            return _of_place(text, owner, kind)
        # "Tri-Valley spokeswoman Rachel Dunmore", "Trust chair Rhona Stewart-Bligh"
        got = _body(text, owner, s, persons, title.start("owner"))
        if got is not None:
            return got
    if _has_role(role) and not owner:
        # "county spokesperson Faith Jeptoo": the county's, not the body just spoken of;
        # "festival director Bronwyn Achterberg": the festival the text names
        got = _body_of_kind(text, role, s)
        if got is not None or kind is not None:
            return got  # ("county commissioner Wade Pruitt" of a text that names no
            # county: none, never the body the sentence before was about)
    if _has_role(role.split()[-1], BODY_OFFICES) and not owner and not said_of and \
            not _has_role(role, NOT_HOLDER_WORDS) and \
            _title_opens_sentence(text, title.start()):
        # "The county health department estimates ..., according to spokeswoman Tanya
        # Albright": the body her own sentence opens with; "Director Teresa Vollmer said":
        # the body the sentence before was about
        if _in_sentence(text, title.start()):
            return _own_subject_body(text, title.start(), persons)  # (or none: never the
            # body of the sentence before, when this one opens with another subject)
        return _subject_body_before(text, s, persons)
    return None


def _in_sentence(text: str, at: int) -> bool:
    """Whether words of its own sentence stand before ``at`` (the title does not open it)."""
    ss = _sentence_lo(text, at)
    return bool(text[ss:at].strip(" \u00a0\"“”'‘’"))


def _sentence_lo(text: str, at: int) -> int:
    """Where the sentence that holds ``at`` starts, within its line."""
    return max(sentence_start(text, max(0, at - 600), at + 1), text.rfind("\n", 0, at) + 1)


#: ", its director of fraud policy," after a name (``role``).
_APPOSED_ITS_RE = re.compile(rf",{SP}+[Ii]ts{SP}+(?P<role>(?:[\w-]+{SP}+){{0,5}}?[\w-]+)"
                             rf"(?=[,.;:)]|{SP}+(?:who|and|said|says|told)\b)")
#: "a ministry spokesperson, " right before a name (``role``: the kind and the office).
_ROLE_COMMA_RE = re.compile(rf"\b(?:[Aa]n?|[Tt]he){SP}+(?P<role>(?:[a-z][\w-]*{SP}+){{0,2}}"
                            rf"[a-z][\w-]*),{SP}+$")


def _its_body(text: str, at: int, persons: list[PersonDraft], pos: int | None = None
              ) -> str | None:
    """The body an "its" at ``at`` stands for: the last one its own sentence names before
    it, else the one the sentence before is about (``pos``: the person's mention)."""
    ss = sentence_start(text, max(0, at - 600), at)
    named = [b for n in re.finditer(_NAME_RUN, text[ss:at])
             if text[ss + n.start() - 1:ss + n.start()] != "("  # ("(FTPM)")
             and (b := _fullest_body(text, n.group(0).removeprefix("The ")))
             and not _names_person(b, persons)]
    if named:
        return named[-1]
    return _subject_body_before(text, at if pos is None else pos, persons, kind_anywhere=True)


#: An aside after a name, set off by commas: ", the letting agency,".
_ASIDE_RE = re.compile(r",[^,.;\n]{1,80},")


def _speaks_in_text(text: str, name: str) -> bool:
    """Whether the text has ``name`` give or say something ("Pennant Lettings said",
    "Pennant Lettings, the letting agency, puts"): what a body does, and a place does not."""
    for at in _occurrences(text, name):
        end = at + len(name)
        aside = _ASIDE_RE.match(text, end)
        if _GIVES_AFTER_RE.match(text, aside.end() if aside else end) or \
                _GIVES_AFTER_RE.match(text, end):
            return True
    return False


def _names_person(name: str, persons: list[PersonDraft]) -> bool:
    """Whether ``name`` is one of the article's people (by name or alias)."""
    return any(name == p.name or name in p.aliases for p in persons)


def _body_of_kind(text: str, role: str, pos: int) -> str | None:
    """The body a role's own words say it is held at, by kind: "county spokesperson" (a
    kind of body), "festival director" (a word the text's body ends in, "Goldfields Roots
    Festival"). None when the role names no kind."""
    words = role.split()
    kind = next((w for w in words if w in BODY_KINDS), None)  # (lower case only:
    # "House Speaker Paul Ryan" is no house's)
    if kind is not None:
        return _kind_named(text, kind, pos)
    k = next((i for i, w in enumerate(words) if w.lower() in _ROLES), 0)
    noun = words[k - 1] if k > 0 else ""
    if noun[:1].isupper() and noun[1:].islower() and _written_lower(text, noun.lower()):
        noun = noun.lower()  # ("Festival director Bronwyn Achterberg said", a sentence's
        # first word, of a text that writes "the festival")
    if noun.isalpha() and noun.islower() and noun not in _FUNCTION_WORDS and \
            noun not in _ROLES and noun not in _PLACE_NOUNS and noun not in PORTFOLIOS:
        # ("finance director Jane Roe": a portfolio within a body, never the Department
        # of Finance the text also names)
        return _ending_in(text, noun[:1].upper() + noun[1:], pos)
    return None


def _own_subject_body(text: str, at: int, persons: list[PersonDraft]) -> str | None:
    """The body that opens the sentence a title at ``at`` stands in, when the title does
    not open it ("The Dunmore County Health Department estimates ..., according to
    spokeswoman Tanya Albright")."""
    ss = _sentence_lo(text, at)
    if not text[ss:at].strip():
        return None
    m = _OPENING_SUBJECT_RE.match(text[ss:at])
    if m is None or not (m.group("name")[:1].isupper() or m.group("the")) or \
            not _GIVES_AFTER_RE.match(text, ss + m.end("name")):
        return None  # (only a body that gives the figure: never "Ridgeway Council's count
        # ... is far too low, according to spokeswoman X", nor "Patients at ... waited")
    return _body(text, m.group("name"), ss + m.start("name"), persons, ss + m.start("name"))


#: A verb of giving a figure right after a sentence's subject: "The county health
#: department estimates", "The trust says" (speech's cue lexicon, and measuring verbs).
_GIVES_AFTER_RE = re.compile(
    rf"{SP}+(?:(?:also|now|still|has|had|have){SP}+)?(?:{CUE_ALT}|puts|put|counts|counted|"
    rf"estimates|estimated|records|recorded)\b")


_CAPS_AFTER_RE = re.compile(rf"(?:{SP}+{_CAP}){{0,3}}")


def _of_place(text: str, place: str, kind: str) -> str | None:
    """The body of ``kind`` the text names for ``place`` ("Fairhaven Police Department"
    for "Fairhaven police"), else the two words as the text gives them."""
    for at in _occurrences(text, place):
        m = _CAPS_AFTER_RE.match(text, at + len(place))
        name = place + (m.group(0) if m else "")
        if kind in name.lower().split():
            return name
    return f"{place} {kind}"


def _title_opens_sentence(text: str, at: int) -> bool:
    """Whether the title at ``at`` opens its sentence ("Director Lena Marsh said"), or
    follows its speech verb ("said chief executive Tamsin Oyelaran-Brooke")."""
    ss = sentence_start(text, max(0, at - 300), at + 1)
    head = text[ss:at].strip(" \u00a0\n“”\"'")
    return not head or re.search(r"\b(?:said|says|added|told|according to)$", head) is not None


@functools.lru_cache(maxsize=256)
def _written_lower(text: str, word: str) -> bool:
    """Whether the text writes ``word`` as a common noun, "the zoo" (once per word)."""
    return re.search(rf"\b[Tt]he{SP}+{re.escape(word)}(?![\w\-])", text) is not None


@functools.lru_cache(maxsize=256)
def _portfolio_body(text: str, owner: str) -> str | None:
    """The text's ministry or department of a portfolio, searched from the portfolio's
    literal occurrences (a pattern opening with a capitalised run tries every character)."""
    port = re.escape(owner)
    rx = re.compile(rf"(?:{_CAP}{SP}+){{0,3}}(?:Ministry|Department){SP}+(?:of|for){SP}+"
                    rf"(?:the{SP}+)?{port}\b|(?:{_CAP}{SP}+){{0,3}}{port}{SP}+"
                    rf"(?:Ministry|Department)\b")
    for at in _occurrences(text, owner):
        m = rx.search(text, max(0, at - 120), at + len(owner) + 40)
        if m is not None:
            return re.sub(rf"^(?:The|In|At|From|By|On){SP}+", "", m.group(0))
    return None  # ("Emergency Services Minister Rowan Tiernan": no body named)
