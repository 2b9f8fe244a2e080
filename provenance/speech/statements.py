"""From quoted spans and interview answers to attributed statements.

A quoted span becomes a statement when something says it is speech: a cue
next to it, an interview label, or (for a whole sentence in quotation marks
with no cue) the convention that it continues the last speaker. Quoted words
with no cue are scare quotes or titles of works and are left alone; a short
quotation (three words or fewer) needs its cue close by, so a scare quote in a
sentence that happens to hold a ``said`` far away stays a scare quote.
"""

from __future__ import annotations

import re

from ..lazy import lazy_compile
from .cues import MEASURE_AT_VERBS, SUBJECT_CUES
from .gender import PRONOUN_OF_SEX, gender_of, noun_sex, pronoun_sex
from .interview import (
    ASKED_PRONOUN_RE,
    Interview,
    find_interview,
    introduced_interviewee,
    label_name,
)
from .quotes import Paragraphs, QuoteGroup, find_pieces, group_pieces, last_nonspace
from .records import Statement
from .roles import GROUP_WORDS, ORGANISATION_NOUNS, PERSON_ROLES, TITLE_WORDS, TITLES
from .speakers import (
    CUE_RE,
    DOCUMENTS,
    GROUP_NOUNS,
    INVERSION,
    LED_BY_RE,
    NAME_RE,
    PERSON_TITLE_RE,
    Mentions,
    People,
    Subject,
    body_it,
    clause_subject,
    clean_name,
    colon_subject,
    cue_after,
    cue_before,
    cue_gap,
    described_sex,
    described_subject,
    description_head,
    document_maker,
    fold,
    gendered_description_before,
    is_person_noun,
    name_apposed,
    named_after,
    names_body,
    paragraph_opening_word,
    person_before,
    person_description,
    sentence_end,
    sentence_start,
    speaks_for,
    subject_before,
    surname_keys,
    titled_name,
    voice_as_named,
    word_trie,
)

_WORD_RE = lazy_compile(r"[\w’'-]+")
_TITLE_WORD_RE = lazy_compile(r"[^\W\d_][\w’'\-]*")
_MINOR = {
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by",
    "from", "as", "vs", "de", "la", "le", "is", "it",
}
SHORT_WORDS = 3
_PRONOUNS = {"he", "she", "they", "i", "we", "it", "you"}
#: ", who is the Chief Scientific Officer of Seattle Science Foundation in Seattle, Wash.,"
_APPOSITION_RE = lazy_compile(
    r"[ \u00a0]*(?:\([^()\n]{1,40}\))?,[ \u00a0]+(?:who[ \u00a0]+(?:is|was)[ \u00a0]+)?"
    r"((?:an?|the|[a-z][\w-]*)\b[^“”\"\n]{2,140}?),[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    r"(?:said|says|told|explained|added|noted|wrote|stated|argued|asked)\b"
)
#: '" said Lee Chan, chief of surgery at the clinic.'
_APPOSITION_END_RE = lazy_compile(
    r"[ \u00a0]*,[ \u00a0]+((?:an?|the|[a-z][\w-]*)\b[^“”\"\n]{2,140}?)\.(?:\s|$)"
)
#: Capitalised words that may open a sentence before its subject ("The former ...").
_SUBJECT_LEAD = {"The", "Former", "Retired", "Then", "Now", "But", "And"}
_ARTICLE_BEFORE_RE = lazy_compile(r"\b(?:[Aa]n?|[Tt]he)(?:[ \u00a0]+[a-z][\w-]*)?[ \u00a0]+$")


_ROLE_WORD_RE = lazy_compile(r"[^\W\d_][\w-]*")
_AGE_RE = lazy_compile(r"\b\d{1,3}-year-old\b")
#: An apposition after a name: ", a New York businessman," or " (R-Texas)".
_APPOSED_AFTER_RE = lazy_compile(
    r"(?:,[ \u00a0]+([^,;:“”\"\n.]{1,70})[,.;]|[ \u00a0]*(\([^()\n]{1,30}\)))")



#: A description in apposition before a name: "its chief executive, Dr Samuel Reyes",
#: "the group’s director, Colin Marsh" (group 1: its words after the determiner).
_DESC_COMMA_RE = lazy_compile(
    r"(?<![\w’'-])(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]he|[Aa]n?|[\w-]+[’']s)"
    r"((?:[ \u00a0]+(?:[a-z][\w’'-]*|(?:" + "|".join(TITLES) + r")\b\.?)){1,4}),[ \u00a0]+$")


def _desc_comma_before(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """:data:`_DESC_COMMA_RE` searched in ``text[lo:hi]``, only when that ends as the
    pattern must, in a comma and spaces: a search tried at each of the 70 characters
    before every name a cue gives (most follow "said ") finds nothing there."""
    k = hi - 1 if hi > lo and text[hi - 1] == "\n" else hi  # ``$`` is also before a last \n
    j = k
    while j > lo and text[j - 1] in " \u00a0":
        j -= 1
    if j == k or j <= lo or text[j - 1] != ",":
        return None
    return _DESC_COMMA_RE.search(text, lo, hi)


#: The word right before a name, when it is a word: "spokeswoman Jo Reid", "Chairman Lee".
_WORD_BEFORE_RE = lazy_compile(r"([^\W\d_]+)[ \u00a0]+$")
#: A description set after a name: ", a spokesman for the operator,", ", the council's
#: chairwoman." (group 1: from its determiner on; :func:`.speakers.description_head` reads it).
_SEX_APPOSED_RE = lazy_compile(
    r",[ \u00a0]+((?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)[ \u00a0]"
    r"[^,;:“”\"\n.()]{1,80})")


def role_sex(text: str, ms: int, me: int) -> str | None:
    """"m", "f" or None: the sex the role the text gives the person named at ``ms:me``
    says, by the lexicon of nouns that say it (:func:`.gender.noun_sex`: spokesman and
    spokeswoman, chairman and chairwoman, father and mother ...), read where a role is
    the name's own: as its title ("spokeswoman Jo Reid"), as a description set before it
    with a comma ("the council's chairwoman, Pat Lee") or after it (", a father of two,").
    A role further off is someone else's ("the son of Mary Lee")."""
    m = _WORD_BEFORE_RE.search(text, max(0, ms - 20), ms)
    if m is not None and (g := noun_sex(m.group(1))) is not None:
        return g
    lead = _desc_comma_before(text, max(0, ms - 70), ms)
    if lead is not None and (g := noun_sex(lead.group(1).split()[-1])) is not None:
        return g
    app = _SEX_APPOSED_RE.match(text, me)
    return described_sex(app.group(1)) if app is not None else None


def _role_words(text: str, ms: int, me: int) -> set[str]:
    """Words that introduce the person named at ``ms:me``: the title and role words before
    the name in its clause ("Indiana Gov.", "Republican nominee") and an apposition after
    it (", a New York businessman,", " (R-Texas)")."""
    before = text[max(0, ms - 60):me]
    cut = max(before.rfind(c, 0, len(before) - (me - ms)) for c in ",;:“”\"()\n")
    # a name between the role words and this one takes them: in "President Barack Obama
    # responded to a Gold Star mother" the president is Obama, not "Gold Star"
    for nm in NAME_RE.finditer(before, cut + 1, len(before) - (me - ms)):
        cut = max(cut, nm.end() - 1)
    region = before[cut + 1:]
    lead = _desc_comma_before(text, max(0, ms - 70), ms)
    if lead and not region[:len(region) - (me - ms)].strip():
        region += " " + lead.group(1)  # "its chief executive, Dr Samuel Reyes"
    after = text[me:me + 120]
    m = _APPOSED_AFTER_RE.match(after)
    if m and m.group(1) and m.group(1).isdigit():
        # an age first ("Tom Bell, 54, a farmer,"): the age as a description says it
        # ("the 54-year-old"), and the apposition after it gives the role
        region += f" {m.group(1)}-year-old"
        m = _APPOSED_AFTER_RE.match(after, m.end() - 1)
    if m:
        region += " " + (m.group(1) or m.group(2))
    out = set(_AGE_RE.findall(region))
    for w in _ROLE_WORD_RE.findall(region):
        w = w.lower()
        out.add(TITLE_WORDS.get(w, w))
    return out


#: Where a sentence starts after the end of another within a paragraph.
#: How far on :meth:`Statements.named_next` looks for the name a description stands for.
_NAMED_REACH = 1500
_SENT_OPEN_RE = lazy_compile(r"[.!?][”\"’]?[ \u00a0]+(?=[A-Z])")
#: A paragraph opening with a full name and its apposition or clause: "Juma Okello, who
#: has farmed there for 30 years, said" (groups ``name`` and ``app``).
_OPENING_NAME_RE = lazy_compile(
    r"[ \u00a0]*(?P<name>" + NAME_RE.pattern + r"),[ \u00a0]+(?P<app>\d{1,3}(?=,)|"
    r"(?:\d{1,3},[ \u00a0]+)?(?:who|an?|the)\b[^“”\"\n]{1,150}?),[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    r"[a-z]+")
#: "a company spokeswoman", "the council's spokesman", "a spokesperson for the agency".
#: An apposition that says a lone name is a person's: ", a 42-year-old father of two",
#: ", a retired teacher".
_PERSON_APPOSED_RE = lazy_compile(
    r",[ \u00a0]+(?:an?|the)[ \u00a0]+(?:[^,;“”\"\n]{0,60}?[ \u00a0])?(?:\d{1,3}-year-old|"
    + "|".join(sorted(PERSON_ROLES)) + r")\b")


#: A possessive before a person's role ("Hunter Water's managing director, Darren Cleary"):
#: the sentence is about the role's holder, not the possessor.
_POSS_ROLE_AFTER_RE = lazy_compile(r"[’']s(?:[ \u00a0]+[a-z][\w-]*){0,2}?[ \u00a0]+(?:"
                                 + "|".join(sorted(PERSON_ROLES)) + r")\b")


#: A sentence that opens with an adverbial phrase and a comma before its subject.
_FRONTED_RE = lazy_compile(
    r"(?:In|At|On|After|Before|During|Since|Until|Speaking|Asked|Earlier|Later|Last|For|"
    r"With|Without|Despite|Like|Unlike|From|By|Under|Over|Meanwhile|Separately|Still|Yet|"
    r"However|Instead|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    # ("Interviewed on Radio Calder on Monday, ...": a reporter's participle fronted; a
    # lexicon, as "Manning thanked the builders, ..." opens with a name)
    r"Sunday|Interviewed|Questioned|Pressed|Challenged|Quoted|Contacted|Reached|Responding|"
    r"Writing|Testifying|Appearing|Addressing)\b[^,;:“”\"]{0,80},"
    # ("On Monday, the health minister, Lorna Cathcart, put": a role set before the name)
    r"(?:[ \u00a0]*(?:the|a|an|its|their|his|her)[ \u00a0][a-z][^,;:“”\"A-Z]{0,60},)?[^,]*$"
)
#: What may stand between a subject and its cue verb: "Reyes has repeatedly said".
_CUE_LEAD = (r"(?:[ \u00a0]+(?:also|then|later|again|quickly|repeatedly|once|had|has|have))*"
             r"[ \u00a0]+")
_CUE_LEAD_RE = lazy_compile(_CUE_LEAD)
#: The lexicon's cue verbs as a clause's verb after its subject (:data:`.cues.SUBJECT_CUES`:
#: "said", "admitted", "says"; not "emails", "volunteers", which are plural nouns there).
_FINITE_CUES = SUBJECT_CUES
#: A name right after a closing quotation mark and its comma, or after a cue verb whose
#: subject may follow it (:data:`.cues.INVERSION`: '"…," Carter told', '"…," said
#: Carter'; and "told"/"tells", as the first rule had them): the speaker of that quotation.
_AFTER_QUOTE_RE = lazy_compile(
    r"^[ \u00a0]*[“\"][^“”\"]*[,!?—–-][”\"][ \u00a0]+"
    rf"(?:(?:{word_trie(sorted(INVERSION | {'told', 'tells'}))})[ \u00a0]+)?"
    r"(?:[a-z][\w-]*[ \u00a0]+){0,3}$")
#: The word after a subject and what may stand between (:func:`_cue_next`).
_CUE_NEXT_WORD_RE = lazy_compile(rf"{_CUE_LEAD}(\w+)")


def _cue_next(text: str, at: int) -> bool:
    """A cue verb of the lexicon (:data:`_FINITE_CUES`) right after a name ("Donald Trump
    said at an event ..."): the name is the subject of its clause, however long the
    phrase before it. The word after the adverbs is looked up in the lexicon's set (a
    pattern of its 400 words cost 60 ms to compile at start-up); its verbs are whole
    words, so a word that is one of them is one followed by a word boundary."""
    m = _CUE_NEXT_WORD_RE.match(text, at)
    return m is not None and m.group(1) in _FINITE_CUES


def _cue_before(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` is the subject of an inverted attribution: a cue verb
    whose subject may follow it (:data:`.cues.INVERSION`) right before it, after a comma,
    and its clause ending or an apposition opening after it ("..., said Dr Grace Whitlow, a
    labour economist."; not "blamed Grace Whitlow, the regulator,": a verb's object; not
    "said Mark Corrie's report")."""
    m = _CUE_BEFORE_RE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1) in INVERSION and \
        _CLAUSE_ENDS_RE.match(text, end) is not None


#: ", said " before a name (the cue's word checked against the lexicon's set).
_CUE_BEFORE_RE = lazy_compile(r",[ \u00a0]+([a-z]+)[ \u00a0]+$")
#: What follows the name of an inverted attribution: its clause ends or an apposition opens.
_CLAUSE_ENDS_RE = lazy_compile(r"[ \u00a0]*(?:[,.;:!?]|$)", re.M)
#: An aside between a subject and its cue verb: "Reyes, however, said".
_ASIDE_RE = lazy_compile(r",[ \u00a0]+(?:however|though|too|meanwhile|in turn|for (?:his|her|"
                       r"their|its) part),")
#: A relative clause set off after a name: ", who runs the allotment society,".
_WHO_ASIDE_RE = lazy_compile(r",[ \u00a0]+(?:who|whose)\b[^,;.!?\n“”\"]{1,150},")
#: A subject's verb right after it: a present in -s, a past in -ed, "is", "was", "has".
_SUBJECT_VERB_RE = lazy_compile(r"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?:[a-z]{2,}(?<!ss)s|"
                                r"[a-z]{2,}ed|is|was|has|had)\b")
#: A run-in head in capitals before a paragraph's first sentence, as newsletters set them.
_RUN_IN_HEAD_RE = lazy_compile(r"(?:[A-Z0-9][A-Z0-9’'&,.-]*[ \u00a0]+){1,8}[—–-]+[ \u00a0]+")
#: A cue verb coordinated with the one before it: '... she called it "outrageous" and called
#: for pay to be "clawed back"': the second shares the first's subject.
_COORD_BEFORE_RE = lazy_compile(r"(?:,?[ \u00a0]+(?:and|but|or|then)|,)[ \u00a0]+$")


#: What stands before the name of a work: a possessive ("CNN's"), a preposition ("on",
#: "with", "in") or a noun for a work ("the show", "his book").
_TITLE_LEAD_RE = lazy_compile(
    r"(?:[’']s|\b(?:on|in|with|to|of|at|from|about|during|for|show|program|programme|film|"
    r"movie|book|series|podcast|album|song|column|documentary))[ \u00a0]*$")


_BANG_END_RE = lazy_compile(r"[!?]\s*$")
_DOT_END_RE = lazy_compile(r"\.\s*$")
_INNER_STOP_RE = lazy_compile(r"[.!?,;:]\s+\S")


def _is_title(q: str) -> bool:
    """Title Case words with no sentence inside: the name of a work, not speech.

    A closing full stop is the sentence's, not the title's ("on CNN's "State of
    the Union.""), so it is allowed on two words or more.
    """
    if len(q) > 90:
        return False  # (before its words are read: most quotations are longer)
    words = _TITLE_WORD_RE.findall(q)
    if not words or len(words) > 10:
        return False
    if _BANG_END_RE.search(q) or (_DOT_END_RE.search(q) and len(words) < 2):
        return False
    if _INNER_STOP_RE.search(q):
        return False
    major = [w for w in words if w.lower() not in _MINOR or w is words[0]]
    return bool(major) and all(w[0].isupper() for w in major)


def _starts_sentence(text: str, ps: int, open_at: int) -> bool:
    j = last_nonspace(text, ps, open_at)
    return j < ps or text[j] in ".!?:…”\"—"


_ET_AL_RE = lazy_compile(r"\s+et\s+al\.?$")


#: The rest of a sentence naming someone and the pronoun opening the next: '... said
#: Patel. He said'.
_NEXT_SENTENCE_PRONOUN_RE = lazy_compile(
    r"[^.!?\n]{0,160}?[.!?][”\"’']?[ \u00a0]+(?P<p>He|She)\b")


#: The writer putting a question to someone by name, or reaching them: "I asked Dr. Ada
#: Moor", "We put the question to Moor directly", "I reached Moor by phone", "When I spoke
#: to Moor". The answer's "she" (or "Her answer:") after it is the person asked, when no one
#: else is named in between.
_ASKED_RE = lazy_compile(
    r"\b(?:I|[Ww]e)(?:[ \u00a0]+(?:then|also|later|first|again|next|finally))?[ \u00a0]+"
    r"(?:asked|pressed|questioned|interviewed|reached|contacted|called|phoned|rang|emailed|"
    r"e-mailed|messaged|met|visited|(?:spoke|talked|wrote)[ \u00a0]+(?:to|with)|"
    r"caught[ \u00a0]+up[ \u00a0]+with|put[ \u00a0]+it[ \u00a0]+to|put[ \u00a0]+(?:the|this|that|"
    r"our|my|these|those)(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?:questions?|points?|criticism|"
    r"figures?|numbers?|claims?)[ \u00a0]+to)[ \u00a0]+(?=[A-Z])")
#: How far before a pronoun the question put to someone is looked for.
_ASKED_REACH = 700


class _Resolver:
    """Turns cue subjects into people, keeping pronouns pointing back to the last name."""

    def __init__(self, text: str, people: People, mentions: Mentions) -> None:
        self.text = text
        self.people = people
        self.mentions = mentions
        self._by_surname: dict[str, str | None] | None = None
        self._surname_index: dict[str, list[tuple[int, int, str, list[str]]]] = {}
        self._full: dict[str, list[tuple[int, int, str, list[str]]]] | None = None
        #: person -> the sex of a "he" or "she" already resolved to them
        self._heard: dict[int, str] = {}
        #: (name, "He"/"She") for each mention whose next sentence opens with the pronoun
        self._pronoun_after: list[tuple[list[str], str]] | None = None

    def name(self, written: str) -> int | None:
        cleaned = clean_name(written)
        if cleaned is None:
            return None
        w, core = cleaned
        if len(core) == 1 and w == core[0] and core[0].lower() in GROUP_WORDS:
            return None  # "Ministers said", "Residents told": people in numbers, no one named
        if core and core[-1] == "al." and len(core) > 2:
            core = core[:-2]
        if "al" in w:  # (what the pattern needs; most names have no "et al.")
            w = _ET_AL_RE.sub("", w)
        return self.people.add(w, core)

    def _sex(self, written: str, core: list[str]) -> str | None:
        """"m", "f" or None for a mention, helped by the fuller names of its person."""
        g = gender_of(written, core)
        if g is None:
            i = self.people.find(core)
            if i is not None:
                g = self.sex_of(i)
        if g is None:
            g = self._surname_sex(fold(core[-1]))
        return g

    def _surname_sex(self, key: str) -> str | None:
        """The sex of the fuller names the whole text gives the folded surname ``key``
        ("Stumpf" is the John Stumpf named later), or of the role it gives them ("Robin
        Hale, a spokesman"; the one rule: :func:`.speakers.role_sex`); None when two people
        of the text share it with different sexes. Read per surname when first asked (most
        texts ask about a few)."""
        if self._by_surname is None:
            index: dict[str, list[tuple[int, int, str, list[str]]]] = {}
            for m in self.mentions.items:
                index.setdefault(fold(m[3][-1]), []).append(m)
            self._by_surname, self._surname_index = {}, index
        if key not in self._by_surname:
            got: str | None = None
            seen = False
            for s, e, written, core in self._surname_index.get(key, ()):
                g = gender_of(written, core) or role_sex(self.text, s, e)
                if g is not None:
                    got = g if not seen or got == g else None
                    if not seen:
                        seen = True
                    elif got is None:
                        break
            self._by_surname[key] = got
        return self._by_surname[key]

    def _named_in_full(self, core: list[str], pos: int) -> bool:
        """True when a name is a person's the text gave in full before ``pos`` ("Oz" after
        "Mehmet Oz"), and not a thing's ("The New York Times")."""
        if len(core) >= 2 or self.people.find(core) is not None:
            return True
        key = fold(core[-1])
        return any(len(c) >= 2 and fold(c[-1]) == key
                   and not _ARTICLE_BEFORE_RE.search(self.text, max(0, s - 30), s)
                   and not re.match(r"The\b", w)
                   for s, _e, w, c in self.mentions.before(pos, 20000))

    def blocks_pronoun(self, ms: int, me: int, written: str, core: list[str],
                       sex: str | None) -> bool:
        """True when a mention between a described voice and a "he"/"she" may be whom the
        pronoun means: its name says that sex, or says none and it opens its sentence."""
        g = self._sex(written, core)
        return g == sex or (g is None and self._subject_position(ms, me))

    def sex_of(self, i: int) -> str | None:
        """"m", "f" or None for person ``i``: from any of the names the text gives them
        (a title, a first name), else from a "he" or "she" already resolved to them, else
        from the role the text gives them ("a spokeswoman", "the chairman"). A person the
        text has called "he" is no one a later "she" means."""
        p = self.people.persons[i]
        for alias in (p.name, *p.aliases):
            g = gender_of(alias, alias.split())
            if g is not None:
                return g
        heard = self._heard.get(i)
        if heard is not None:
            return heard
        return self._surname_sex(fold(p.name.split()[-1])) if p.name.split() else None

    def heard(self, i: int | None, pronoun: str, pos: int, *, sure: bool = False) -> None:
        """Remember that a "he" or "she" at ``pos`` was resolved to person ``i``: the sex it
        says is the person's for the rest of the text, unless their name says one. Learned
        only from a pick that cannot itself be a wrong guess (``sure``: the speaker just
        quoted goes on; or no one else the pronoun may mean is in reach): a "she" guessed
        for Sam Patel while another name of no known sex is a subject nearby would teach
        the guess, and veto the right "he" later."""
        sex = pronoun_sex(pronoun)
        if i is None or sex is None or i in self._heard:
            return
        if (sure or not self._rivals(i, pos, sex)) and not self._called_other(i, sex):
            self._heard[i] = sex

    def _called_other(self, i: int, sex: str) -> bool:
        """True when the text, anywhere, opens the sentence after one naming person ``i``
        with the other pronoun ('"We have been misled," said Patel. He said ...'): a sex
        the text contradicts next to the name is no sex to learn."""
        if self._pronoun_after is None:
            # (read once per text: the few names a sentence opening with he/she follows)
            self._pronoun_after = []
            for _ms, me, _written, core in self.mentions.items:
                nxt = _NEXT_SENTENCE_PRONOUN_RE.match(self.text, me)
                if nxt is not None:
                    self._pronoun_after.append((core, nxt.group("p")))
        return any(pronoun_sex(p) not in (None, sex) and self.people.find(core) == i
                   for core, p in self._pronoun_after)

    def _rivals(self, i: int, pos: int, sex: str) -> bool:
        """True when a name other than person ``i``'s, of the pronoun's sex or none known,
        is a sentence's subject within the pronoun's reach before ``pos``: a person the
        pronoun at ``pos`` may as well have meant."""
        for ms, me, written, core in self.mentions.before(pos, 800):
            if names_body(core) or self._sex(written, core) not in (None, sex):
                continue
            j = self.people.find(core)
            if j == i or (j is None and len(core) < 2):
                continue
            if self._subject_position(ms, me) or _cue_next(self.text, me):
                return True
        return False

    def back(self, pos: int, *, group: bool, sex: str | None = None,
             loose: bool = True) -> int | None:
        """The person a pronoun at ``pos`` points to.

        The nearest name before it that is a known speaker or carries a personal
        title ("Mr. Obama") wins; failing that (``loose``), the nearest full name.
        "Peabody Energy" between "Mr. Obama" and "he said" is passed over.
        """
        if not group:
            # 1. a sentence's subject (its first words), known or titled or a full name
            # "the Gambling Participation Survey" is no "he"
            mentions = [m for m in self.mentions.before(pos, 1500) if not names_body(m[3])]
            if sex is not None:  # "she" is not the man named last
                mentions = [m for m in mentions if self._sex(m[2], m[3]) in (None, sex)]
            poss = [m for m in self.mentions.possessives_before(pos, 800)
                    if (sex is None or self._sex(m[2], m[3]) in (None, sex))
                    and self._named_in_full(m[3], m[0])
                    and not _POSS_ROLE_AFTER_RE.match(self.text, m[1])]
            unsexed: tuple[str, list[str]] | None = None
            own_para = self.text.rfind("\n", 0, pos)
            unsexed_para = -1
            for ms, me, written, core in sorted(mentions + poss, key=lambda m: -m[0]):
                if unsexed is not None and self.text.rfind("\n", 0, ms) != unsexed_para:
                    break  # (only a name of the same paragraph as the one of no sex)
                if ms < pos - 800 or not (
                        self._subject_position(ms, me)
                        # a cue's subject, when the name says it is a he (she) too, before
                        # the cue or after it ("..., said Dr Grace Whitlow, an economist")
                        or ((_cue_next(self.text, me) or _cue_before(self.text, ms, me))
                            and (sex is None or self._sex(written, core) == sex))):
                    continue
                if (self.people.find(core) is not None or PERSON_TITLE_RE.match(written)
                        or len(core) >= 2 or any(ms == p[0] for p in poss)
                        # "Rhodri, a 42-year-old father of two, said": one name, a person
                        or _PERSON_APPOSED_RE.match(self.text, me)):
                    if sex is None or self._sex(written, core) == sex:
                        return self.people.add(written, core)
                    para = self.text.rfind("\n", 0, ms)
                    if unsexed is None and para != own_para:
                        # "Anna Lee, a spokeswoman, said ... Sam Patel said ...¶“…,” she
                        # said": the nearest name of no known sex, in a paragraph before
                        # the pronoun's, waits for one of the same paragraph whose name or
                        # role says the pronoun's sex (Anna Lee); in the pronoun's own
                        # paragraph the nearest subject is whom it means
                        unsexed, unsexed_para = (written, core), para
                        continue
                    if unsexed is None:
                        return self.people.add(written, core)
                    continue
                full = self._cue_surname(ms, me, core, sex, pos)
                if full is not None:
                    if unsexed is not None and self._sex(*full) != sex:
                        continue
                    self.people.add(*full)
                    return self.people.add(written, core)
            if unsexed is not None:
                return self.people.add(*unsexed)
            for ms, me, written, core in mentions:
                if ms < pos - 800:
                    break
                if self.people.find(core) is not None or PERSON_TITLE_RE.match(written) \
                        or (sex is not None and len(core) >= 2
                            and role_sex(self.text, ms, me) == sex):
                    # (a full name given a role that says the pronoun's sex, "its
                    # chairwoman, Annie Lee", is nearer than a known person of no sex said)
                    return self.people.add(written, core)
        if not loose:
            return None
        for ms, _e, written, core in self.mentions.before(pos, 1500):
            if sex is not None and self._sex(written, core) not in (None, sex):
                continue
            if not group and names_body(core):
                continue
            is_group = written.rstrip(".").endswith("et al")
            if group and not is_group:
                continue
            if is_group:
                written = re.sub(r"\s+et\s+al\.?$", "", written)
            if self.people.find(core) is not None:
                return self.people.add(written, core)
            if _ARTICLE_BEFORE_RE.search(self.text, max(0, ms - 30), ms):
                continue  # "a former Miss Universe" is a description, not whom "she" means
            if len(core) >= 2 or written != core[-1] or is_group:
                return self.people.add(written, core)
        return None

    def _cue_surname(self, ms: int, me: int, core: list[str], sex: str | None,
                     pos: int | None = None) -> tuple[str, list[str]] | None:
        """The full name (as written, tokens) of a lone surname that is its sentence's
        subject before a cue verb ("Reyes said the count ...") when the text named that
        person in full before ("Dr Samuel Reyes") and, for he/she, the full name's sex
        does not say otherwise: the subject a following "he said" means. Before another
        verb too ("Reyes, who chairs the board, thinks ...") when the pronoun at ``pos``
        is in the same paragraph: however far back the full name was given."""
        if len(core) != 1:
            return None
        if fold(core[0]) not in self._full_names():
            # "tabled by Auditor General Ada Moor. ... Moor said ...": a full name after a
            # preposition is no mention, but it is the lone surname's person
            aside = _ASIDE_RE.match(self.text, me)
            if not self._subject_position(ms) or not _cue_next(
                    self.text, aside.end() if aside else me):
                return None
            got = self._written_in_full(core[0], ms)
            if got is None or (sex is not None and gender_of(*got) not in (None, sex)):
                return None
            return got
        aside = _ASIDE_RE.match(self.text, me)  # "Reyes, however, said"
        at = aside.end() if aside else me
        if not self._subject_position(ms):
            return None
        if not _cue_next(self.text, at):  # any cue of the lexicon: "Reyes admitted"
            lead = _CUE_LEAD_RE.match(self.text, at)
            vm = CUE_RE.match(self.text, lead.end()) if lead else None
            if vm is None or vm.group(0).endswith("ing") or \
                    vm.group(0).lower().startswith("according"):
                rel = _WHO_ASIDE_RE.match(self.text, at)
                between = self.text[ms:pos] if pos is not None else "\n"
                if "\n" in between or between.count("“") != between.count("”") or \
                        between.count('"') % 2 or not _SUBJECT_VERB_RE.match(
                            self.text, rel.end() if rel else at):
                    return None  # (nor a name inside the quotation: '"Penhallow had ...," he
                    # said')
        # (of that surname, a person the mention's own title does not rule out: "Ms Hart"
        # is not "Tom Hart")
        told = gender_of(self.text[ms:me], core)
        full = [(s, w, c) for s, e, w, c in self._full_names().get(fold(core[0]), ())
                if e <= ms and s >= ms - 20000 and gender_of(w, c) in (None, told or
                                                                        gender_of(w, c))]
        if not full:
            return None
        _s, w, c = full[-1]
        if sex is not None and gender_of(w, c) not in (None, sex):
            return None
        return w, c

    def _full_names(self) -> dict[str, list[tuple[int, int, str, list[str]]]]:
        """Surname -> the text's mentions of a person in full under it, in text order
        ("Dr Samuel Reyes"; not "The New York Times", not "a Dr Jane Roe")."""
        if self._full is None:
            self._full = {}
            for s, e, w, c in self.mentions.items:
                if len(c) >= 2 and not re.match(r"The\b", w) \
                        and not _ARTICLE_BEFORE_RE.search(self.text, max(0, s - 30), s):
                    for key in surname_keys(c):  # ("Villalobos" of "Ernesto Villalobos Ruiz")
                        self._full.setdefault(key, []).append((s, e, w, c))
        return self._full

    def _subject_position(self, ms: int, me: int = -1) -> bool:
        """True when only a few lower-case role words stand between a sentence start and ms."""
        ss = sentence_start(self.text, max(0, ms - 200), ms)
        # (``me``: where the name ends, when known: a comma after it closes an apposition)
        head = self.text[ss:ms]
        if "\n" in head:
            head = head.rsplit("\n", 1)[1]
        if _AFTER_QUOTE_RE.search(head):
            return True  # '"Nobody expected this," Carter told ...': the quotation's speaker
        run_in = _RUN_IN_HEAD_RE.match(head)
        if run_in:
            head = head[run_in.end():]  # "CONGRESS STEPS IN — Smith’s plan ..."
        if _FRONTED_RE.match(head):
            # a fronted adverbial: "In a statement on Tuesday, nominee Hillary Clinton was ..."
            head = head.rsplit(",", 1)[1]
        words = head.split()
        # the sentence's first word is capitalised whatever it is ("Political analyst Joan
        # Ruiz"), so it counts as a role word when the others are
        return (len(words) <= 3 and all(w[:1].islower() or w in _SUBJECT_LEAD or
                                        (k == 0 and w.isalpha() and w[1:].islower())
                                        for k, w in enumerate(words))) or (
            # "The chairman of the council, Bello Tsado, told", "Skye councillor Ann Lee"
            len(words) > 1 and described_subject(head, self.text[me:me + 1]))

    def resolve(self, subj: Subject) -> tuple[int | None, str | None, str]:
        """(person index, speaker text, how) for a cue's subject."""
        if subj.kind in ("name", "guess"):
            how = "cue" if subj.kind == "name" else "guess"
            i = self.name(subj.text)
            if i is not None:
                person = self.people.persons[i]
                # (the patterns run only for a named person with no description yet: the
                # first description found stays)
                if person.description is None and subj.kind == "name":
                    app = (_APPOSITION_END_RE if subj.cue_start < subj.start
                           else _APPOSITION_RE).match(self.text, subj.end)
                    if app:
                        person.description = " ".join(app.group(1).split())
                    else:
                        lead = _desc_comma_before(self.text, max(0, subj.start - 70),
                                                  subj.start)
                        if lead:
                            # "said its director, Colin Marsh": the role the text gives them
                            person.description = " ".join(
                                lead.group(0).rstrip(", \u00a0").split())
                return i, None, how
            return None, subj.text, how
        if subj.kind == "none":
            return None, None, "none"
        low = subj.text.lower()
        if subj.kind == "pron":
            if (sex := pronoun_sex(low)) is not None:
                d = gendered_description_before(self.text, subj.start, sex)
                named = name_apposed(self.text, d[1], subj.start) if d is not None else None
                if named is not None:
                    return self.people.add(*named), None, "description"  # "A lawyer, Dev Patel,"
                own = sentence_end(self.text, d[1], subj.start) if d is not None else 0
                if d is not None and not any(
                        (g := self._sex(w, c)) in (None, sex) and (
                            g == sex or self.people.find(c) is not None or (s >= own and (
                                self._subject_position(s, e) or _cue_next(self.text, e))))
                        for s, e, w, c in self.mentions.before(subj.start, subj.start - d[1])):
                    # "A police spokeswoman ... she said"; "A yam trader at the corner of
                    # Kimathi Street said ... he said": a name of no sex in the description's
                    # own sentence, or no subject after it, is no one the pronoun means (a
                    # street); "but Tom Bell disagreed" is
                    i = self.named_later(subj.end, d[2])
                    # "A spokeswoman for the hospital ... she said": the voice with its body
                    return (i, None, "description") if i is not None else \
                        (None, self.body_voice(d[2], d[0], d[1]), "description")
                ow = paragraph_opening_word(self.text, subj.start)
                full = [(w, c) for _s, e, w, c in self._full_names().get(fold(ow[2]), ())
                        if e <= ow[0]] if ow else []
                if ow and full and gender_of(*full[-1]) in (None, sex) and not any(
                        self._sex(w, c) in (None, sex) and fold(c[-1]) != fold(ow[2])
                        for _s, _e, w, c in self.mentions.before(subj.start, subj.start - ow[1])):
                    self.people.add(*full[-1])  # "Doe defended her figure. '...,' she said"
                    return self.people.add(ow[2], [ow[2]]), None, "pronoun"
                i = self.asked_before(subj.start, sex)
                if i is None:
                    i = self.led_before(subj.start, sex)
                if i is None:
                    i = self.back(subj.start, group=False, sex=sex, loose=False)
                if i is None and (named := person_before(self.text, subj.start, sex, self._sex)):
                    # "criticised by Tom Bell. '…,' he said"; "A study by Dr Ada Moor ...
                    # '…,' she said": a person by name, title or role before any other
                    # capitalised pair of words ("the Sierra Sur region")
                    i = self.people.add(*named)
                if i is None:
                    i = self.back(subj.start, group=False, sex=sex)
                return i, None if i is not None else subj.text, "pronoun"
            if low == "they":
                i = self.back(subj.start, group=True)
                return i, None if i is not None else subj.text, "pronoun"
            if low == "it" and (body := body_it(self.text, subj.start)) is not None:
                return None, body, "pronoun"  # "The treasury ... what it called '…'"
            return None, subj.text, "none"
        head = " ".join(low.split()[1:])
        if head in GROUP_NOUNS or low.split()[-1] in GROUP_NOUNS:
            i = self.back(subj.start, group=True)
            if i is not None:
                return i, None, "pronoun"
        i = self.described(subj.text, subj.start)
        if i is None:
            i = self.named_next(subj.text, subj.end)
        if i is None and person_description(subj.text):
            i = self.named_later(subj.end, subj.text)  # "said a farmer. The farmer, Jo Moore,"
        if i is not None:
            return i, None, "description"
        maker = document_maker(self.text, subj.text, subj.start)
        if maker is not None:
            return None, maker, "cue"  # "The report concluded:" after whose report it is
        return None, self.body_voice(subj.text, subj.start, subj.end), "cue"

    def asked_before(self, pos: int, sex: str) -> int | None:
        """The person the writer put a question to ("I asked Dr. Ada Moor why ...", "We put
        the question to Moor:") within reach before a "he"/"she" at ``pos``, when the name
        does not say the other sex and no one else of that sex (or of none known) is named
        between the question and the pronoun: whom the answer's pronoun means."""
        return self._named_after(_ASKED_RE, max(0, pos - _ASKED_REACH), pos, sex)

    def led_before(self, pos: int, sex: str) -> int | None:
        """The person the paragraph says leads a body ("Friends of Saltgate Pier, led by
        Marguerite Ashdowne-Pell, says ... '…,' she said") before a "he"/"she" at ``pos``,
        on :meth:`asked_before`'s terms: the body's voice is that person's."""
        para = self.text.rfind("\n", max(0, pos - _ASKED_REACH), pos) + 1
        return self._named_after(LED_BY_RE, max(para, pos - _ASKED_REACH), pos, sex)

    def _named_after(self, pattern: re.Pattern[str], lo: int, pos: int, sex: str) -> int | None:
        """The person named right after the last match of ``pattern`` in ``lo:pos``, when the
        name does not say the other sex and no one else is named between it and ``pos``."""
        asked = list(pattern.finditer(self.text, lo, pos))
        last = asked[-1] if asked else None
        if last is None:
            return None
        nm = NAME_RE.match(self.text, last.end(), pos)
        cleaned = clean_name(nm.group(0)) if nm is not None else None
        if nm is None or cleaned is None or names_body(cleaned[1]) or \
                self._sex(*cleaned) not in (None, sex):
            return None
        for s, _e, w, c in self.mentions.before(pos, pos - nm.end()):
            if s < nm.end() or names_body(c) or self._sex(w, c) not in (None, sex):
                continue
            if self.people.find(c) is not None or len(c) >= 2:
                return None  # someone else named since, whom the pronoun may mean
        if len(cleaned[1]) == 1:
            # "We put the question to Moor": the full name the text gave her before is the
            # person's name
            got = self._written_in_full(cleaned[1][0], nm.start())
            if got is not None and self._sex(*got) in (None, sex):
                self.people.add(*got)
        return self.people.add(*cleaned)

    def _written_in_full(self, surname: str, pos: int) -> tuple[str, list[str]] | None:
        """The last full name (as written, tokens) ending in ``surname`` before ``pos``, even
        one no mention holds for the preposition before it ("a count led by Ada Moor",
        "tabled by Auditor General Ada Moor"); None when the text gives none."""
        fulls = list(re.compile(rf"\b[A-Z][\w’'\-]+(?:[ \u00a0]+[A-Z][\w’'\-]+)?[ \u00a0]+"
                                rf"{re.escape(surname)}\b").finditer(self.text, 0, pos))
        if not fulls:
            return None
        full = fulls[-1]
        got = clean_name(full.group(0))
        if got is None or len(got[1]) < 2 or names_body(got[1]) or \
                _ARTICLE_BEFORE_RE.search(self.text, max(0, full.start() - 30), full.start()):
            return None
        return got

    def named_later(self, pos: int, desc: str) -> int | None:
        """The person the description ``desc`` before ``pos`` is named as later, when new
        to the text (the rule: :func:`.speakers.named_after`)."""
        got = named_after(self.text, pos, description_head(desc) or "")
        cleaned = clean_name(got[2]) if got is not None else None
        if cleaned is None or self.people.find(cleaned[1]) is not None:
            return None
        return self.people.add(*cleaned)

    def named_next(self, desc: str, pos: int) -> int | None:
        """The person a definite description ("the farmer", "the 54-year-old") stands for
        when the text names them just after: the next paragraph opens with a full name
        whose apposition or relative clause says the same ("Juma Okello, who has farmed
        there for 30 years, said", "Ana Ruiz, 54, said"). Nothing else is guessed."""
        words = desc.split()
        if len(words) < 2 or words[0] not in ("the", "The"):
            return None
        head = words[-1].lower()
        age = re.fullmatch(r"(\d{1,3})-year-old", head)
        if age is None and head not in PERSON_ROLES and \
                not re.fullmatch(r"[a-z]{3,}(?:man|woman|er|ist)", head):
            return None  # a person's role or trade ("fisherman", "shopkeeper"), or an age
        stem = head
        for suffix in ("woman", "man", "er", "ist", "or"):  # "fisherman" -> "fish"
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 4:
                stem = stem[:-len(suffix)]
        stem = stem[:6]
        alt = ""
        if age is None:
            # "a 45-year-old trader ... the trader said ... Bisi Alade, 45,": the age the
            # text gave the trader when it first described her
            intros = list(re.compile(rf"\b[Aa]n?[ \u00a0]+(\d{{1,3}})-year-old[ \u00a0]+"
                                     rf"(?:[a-z-]+[ \u00a0]+){{0,2}}{re.escape(head)}\b"
                                     ).finditer(self.text, max(0, pos - 1500), pos))
            alt = f"|\\b{intros[-1].group(1)}\\b" if intros else ""
        # the trade as the person's own: a verb ("has farmed"), or "a (retired) farmer"; never
        # the role as someone else's ("who ran against the mayor")
        want = re.compile(rf"\b(?:{age.group(1)}\b|{age.group(1)}-year-old)" if age else
                          rf"(?:\b(?!{re.escape(head)}\b){re.escape(stem)}\w*|\b(?:an?|[\w’']+s)"
                          rf"[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,2}}?{re.escape(head)}\b){alt}", re.I)
        # Read only _NAMED_REACH characters on: a pasted article of one line (or a hostile
        # one) would otherwise be read to its end for every description (quadratic).
        n = len(self.text)
        end = self.text.find("\n", pos, pos + _NAMED_REACH)
        stop = end if end >= 0 else min(n, pos + _NAMED_REACH)
        # the rest of its paragraph first ('"…," the farmer said. Juma Okello, 54, has ...')
        for sm in _SENT_OPEN_RE.finditer(self.text, pos, stop):
            m = _OPENING_NAME_RE.match(self.text, sm.end(), stop)
            if m is not None:
                got = self._named_as(m, want)
                if got is not None:
                    return got
        for _k in range(2):  # the next paragraph, or the one after it
            if end < 0:
                return None
            newline = self.text.find("\n", end + 1, end + 1 + _NAMED_REACH)
            nxt = min(n, end + 1 + _NAMED_REACH) if newline < 0 else newline
            m = _OPENING_NAME_RE.match(self.text, end + 1, nxt)
            if m is not None:
                got = self._named_as(m, want)
                if got is not None:
                    return got
            end = newline  # -1: no paragraph within reach after this one
        return None

    def _named_as(self, m: re.Match[str], want: re.Pattern[str]) -> int | None:
        """The person a name with an apposition is, when the apposition says what ``want``
        asks (a trade's stem, an age) and the name is new to the text."""
        cleaned = clean_name(m.group("name"))
        if cleaned and len(cleaned[1]) >= 2 and want.search(m.group("app")) and \
                self.people.find(cleaned[1]) is None:
            return self.people.add(*cleaned)
        return None

    def body_voice(self, desc: str, pos: int, end: int) -> str:
        """A body's unnamed voice with the body it speaks for (the one rule:
        :func:`.speakers.voice_as_named`): "a company spokeswoman" after "Meridan Foods Ltd
        said" is "a spokeswoman for Meridan Foods Ltd"; "the company said" is Meridan Foods
        Ltd. Any other description stays as written."""
        return voice_as_named(self.text, pos, end)

    def described(self, desc: str, pos: int) -> int | None:
        """The person a definite description ("the Indiana governor", "the New York
        businessman") stands for: the nearest one before ``pos`` whom the text introduced
        with that role ("Indiana Gov. Mike Pence", "Donald Trump, a New York businessman,").

        The description's head noun and every capitalised word of it must be among
        the words around that person's name; "the governor" alone is no one's when
        no governor was named.
        """
        words = desc.split()
        if len(words) < 2 or words[0] not in ("the", "The"):
            return None
        head = words[-1].lower()
        if head.endswith("s") and not head.endswith(("ss", "us")):
            return None  # "the senators": several people
        if head in ORGANISATION_NOUNS:
            return None  # "the union", "the campaign": a body, not a person named nearby
        need = {head} | {w.lower() for w in words[1:-1] if w[:1].isupper()}
        for ms, me, written, core in self.mentions.before(pos, 3000):
            if len(core) < 2 and self.people.find(core) is None:
                continue
            if need <= _role_words(self.text, ms, me):
                return self.people.add(written, core)
        return None


def find_statements(text: str, paras: Paragraphs, people: People, mentions: Mentions,
                    bold: set[int] | None = None, *, interview: Interview | None = None,
                    pronouns: bool = True) -> list[Statement]:
    """Interview answers and attributed quotations, in text order.

    ``bold``: start offsets of paragraphs set in bold (questions, in HTML interviews).
    ``interview``: :func:`.find_interview` of the same text, when the caller has it.
    ``pronouns``: say each person's pronoun (:attr:`.records.PersonDraft.pronoun`), read
    only by ``extract``'s figures; ``check`` leaves it out (the sex of every person, a
    fifth of the time of finding the statements of a short text). The statements and
    people are the same either way.
    """
    res = _Resolver(text, people, mentions)
    if interview is None:
        interview = find_interview(text, paras, bold or set())
    out: list[tuple[Statement, int | None]] = []
    interviewee: tuple[int | None, str | None] | None = None
    interviewee_how = "interviewee"
    for a in interview.answers:
        body = None
        if a.label is None or fold(a.label).removeprefix("the ") in _GUEST_LABELS:
            # ("GUEST:": whom the introduction says the exchange is with, as unlabelled)
            if interviewee is None:
                interviewee = _introduced_interviewee(text, a.start, res, interview)
            if interviewee is None:
                # bold questions with no introduction (a plain Q&A always has one): a
                # guess, which `check` does not hold against a dossier's `by:`
                first_q = paras.spans[min(interview.paras)][0] if interview.paras else a.start
                head = paras.spans[0] if 0 in paras.furniture and paras.spans else None
                interviewee = (_guess_interviewee(people, mentions, text, first_q, head), None)
                interviewee_how = "interviewee-guess"
            (idx, body), how = interviewee, interviewee_how
        else:
            idx, how = res.name(label_name(text, a.label)), "label"  # "GRAHAM PETTIFER:"
        out.append((Statement(body, None, text[a.start:a.end], a.start, a.end, "answer",
                              a.spans or [(a.start, a.end)], how, a.label, body), idx))

    answered = {a.para for a in interview.answers if a.label is not None}
    groups = group_pieces(text, find_pieces(text, paras), paras, cue_gap)
    # (para, person, text, end, how)
    last: tuple[int, int | None, str | None, int, str] | None = None
    #: the sex the last statement's own pronoun cue said ('"No," she said'), even of a short
    #: quotation that teaches no one's sex: a "he" right after is someone else
    last_said_sex: str | None = None
    prev_close: dict[int, int] = {}
    for g in groups:
        first = g.pieces[0]
        in_turn = first.para in interview.paras
        if in_turn and first.para not in answered:
            continue
        ps, pe = paras.spans[first.para]
        lo_para = prev_close.get(first.para, ps)
        # the rules ask only whether a quotation is short: its words counted up to 4, once
        quote_words = _words_upto(text, g, SHORT_WORDS + 1)
        subj, route = _find_cue(text, g, paras, lo_para, quote_words)
        if in_turn and (subj is None or subj.kind not in ("name", "np") or
                        route not in ("pre", "post") or quote_words <= SHORT_WORDS or
                        g.pieces[-1].para != first.para):
            # an answer's own words; but one relaying a third party's whole quotation by
            # its cue ("A spokesperson sent a statement saying: '…'") relays their words
            continue
        if not (route != "post" and _is_title(" ".join(text[p.start:p.end] for p in g.pieces))):
            # a title in quotation marks ("Morning Joe") leaves its sentence's cue to the
            # quotation after it
            prev_close[first.para] = (g.pieces[-1].close_at or g.pieces[-1].end) + 1
        # the words quoted, joined (a quotation of one piece, nearly every one, is its slice)
        qtext = text[first.start:first.end] if len(g.pieces) == 1 else \
            " … ".join(text[p.start:p.end] for p in g.pieces)
        went_on = False
        if subj is None:
            ss = sentence_start(text, lo_para, first.open_at)
            if text[ss:first.open_at].rstrip().endswith(":") and \
                    qtext.rstrip().endswith("?") and _ASKED_RE.search(text, ss, first.open_at):
                continue  # 'We put the question to Moor: "Does it ...?"': the writer's own
            if first.para == 0 or not _starts_sentence(text, ps, first.open_at) or quote_words < 4:
                continue  # scare quote, title or a mention of words
            if _is_title(qtext):
                continue
            cue_text = None
            prev = _previous_sentence_cue(text, ps, first.open_at)
            nxt = _next_sentence_cue(text, g, paras) or _byline_after(text, g, paras)
            if nxt is not None:
                # '"A sad day." That was how Lam put it.': the cue follows
                idx, who, how = res.resolve(nxt)
            elif last is not None and last[0] == first.para and \
                    (prev is None or prev.cue_start < last[3]):
                idx, who, how = last[1], last[2], "previous"
            elif prev is not None:
                # 'X called him a master of deals. "He showed again ..."': the quote
                # goes on with the speech of the sentence before it
                idx, who, _how = res.resolve(prev)
                how = "previous"
            elif last is not None and first.para - last[0] <= 1:
                idx, who, how = last[1], last[2], "previous"
            else:
                idx, who, how = None, None, "none"
        else:
            if (route != "post" or _TITLE_LEAD_RE.search(text, max(ps, first.open_at - 30),
                                                         first.open_at)) and _is_title(qtext):
                # "Sanders told MSNBC's "Morning Joe" that ...", and after a possessive or a
                # preposition whatever follows: 'Speaking on CNN's "State of the Union," Lee
                # said' names a show, which Lee did not say
                continue
            said_sex = pronoun_sex(subj.text) if subj.kind == "pron" else None
            if said_sex is not None and \
                    last is not None and last[0] == first.para and last[1] is not None and \
                    res.sex_of(last[1]) in (None, said_sex) and last_said_sex in (None, said_sex):
                # '“…,” Warren said. “…,” she said': the speaker just quoted
                idx, who, how = last[1], None, "pronoun"
                went_on = True
            elif said_sex is not None and \
                    last is not None and last[1] is None and last[2] and \
                    first.para - last[0] == 1 and first.open_at - ps <= 1 and \
                    described_sex(last[2]) == said_sex and \
                    not any(res.blocks_pronoun(ms, me, w, c, described_sex(last[2]))
                            for ms, me, w, c in res.mentions.before(subj.start,
                                                                    subj.start - last[3])
                            if w not in last[2]):  # (not the voice's own body: "Skyways")
                # '"…," a Skyways spokeswoman said.¶"…," she said': a paragraph opening
                # with a quotation goes on with the voice that closed the one before
                idx, who, how = None, last[2], "pronoun"
            elif subj.kind == "none" and last is not None and last[0] == first.para and \
                    _COORD_BEFORE_RE.search(text, max(ps, subj.cue_start - 8), subj.cue_start) \
                    and sentence_start(text, ps, subj.cue_start) <= last[3]:
                idx, who, how = last[1], last[2], last[4]  # "... and called for ..."
            else:
                idx, who, how = res.resolve(subj)
            if subj.kind == "pron" and route == "post" and quote_words > SHORT_WORDS:
                # '"…," he said' of a whole quotation: the speaker is no later "she". (A
                # pronoun before a quoted phrase is often someone else: "Christie called
                # Clinton a 'disgrace' after she attacked ...")
                res.heard(idx, subj.text, subj.start, sure=went_on)
            cue_text = text[min(subj.start, subj.cue_start):max(subj.end, subj.cue_end)]
        # an unnamed speaker ("the New York businessman", "a police spokeswoman") is the
        # statement's speaker as written, with no person id; a pronoun that pointed to
        # no one names nobody
        unnamed = who if who and who.lower() not in _PRONOUNS else None
        st = Statement(unnamed, None, qtext, g.start, g.end, "direct",
                       [(p.start, p.end) for p in g.pieces], how, cue_text,
                       voice_body(unnamed) if unnamed else None)
        out.append((st, idx))
        last = (g.pieces[-1].para, idx, who, g.end, how)
        last_said_sex = pronoun_sex(subj.text) if subj is not None and subj.kind == "pron" \
            else None
    out.sort(key=lambda x: x[0].start)
    # every other way the text names a speaker becomes an alias (and the fullest one its name)
    # (a surname no person has is looked up once, not once per mention: the people do
    # not change in this loop, so which surnames can match does not either)
    known: dict[str, bool] = {}
    for _s, _e, written, core in mentions.items:
        key = fold(core[-1])
        hit = known.get(key)
        if hit is None:
            hit = known[key] = people.has_surname(key)
        if not hit and len(core) >= 3:  # "Joaquín Herrera Soto" after "Herrera said"
            hit = any(people.has_surname(k) for k in surname_keys(core)[1:])
        if hit and not written.rstrip(".").endswith("et al"):
            people.add(written, core, create=False)
    for _s, _e, written, core in mentions.asides:
        # "a study by Dr Ravi Patel of ...": the whole name of a person quoted as "R. Patel",
        # only where both give a given name or initial that fit and their sexes do not clash
        # (never "Councillor Patel" and "a report by Ravi Patel": maybe two people)
        k = people.find(core)
        if k is None or len(people.core_of(k)) < 2:
            continue
        sex_known, sex_said = res.sex_of(k), gender_of(written, core)
        if sex_known is not None and sex_said is not None and sex_known != sex_said:
            continue  # "said Dr J. Okoro. Her colleague ..." is no "John Okoro"
        people.add(written, core, create=False)
    persons = people.finish(text)
    for i, person in enumerate(persons if pronouns else ()):
        person.pronoun = PRONOUN_OF_SEX.get(res.sex_of(i) or "")
    final: list[Statement] = []
    for st, idx in out:
        if idx is not None:
            st.speaker_id = persons[idx].id
            st.speaker = persons[idx].name
        final.append(st)
    return final


def voice_body(speaker: str) -> str | None:
    """The named body an unnamed voice speaks for, read on the speaker as the statement
    records it (the one rule, :func:`.speakers.speaks_for`): "Meridan Foods Ltd" for "a
    spokeswoman for Meridan Foods Ltd", "Ministry of Health" for "Officials of the Ministry
    of Health"; None for "a company spokeswoman" the text gave no body for."""
    body = speaks_for(speaker, 0, len(speaker))
    return body if body and body[:1].isupper() else None


def indirect_subject(text: str, pos: int, cue_by: int, paras: Paragraphs, people: People,
                     mentions: Mentions) -> tuple[int | None, str | None, bool] | None:
    """Who indirect speech around ``pos`` is given to: "Smith said 40 percent ...".

    The cue is looked for in the sentence before ``cue_by``. Returns (index of
    a known person or None, the name as written, sure) or None when no cue
    governs ``pos``. A pronoun points back to the last known person named.
    """
    p = paras.index(pos)
    if not paras.spans or p in paras.furniture:
        return None
    ps = paras.spans[p][0]
    subj = cue_before(text, sentence_start(text, max(ps, pos - 600), pos), cue_by)
    if subj is None or subj.kind in ("none", "np"):
        return None
    if subj.kind in ("name", "guess"):
        cleaned = clean_name(subj.text)
        if cleaned is None:
            return None
        idx = people.find(cleaned[1])
        return idx, cleaned[0], subj.kind == "name" or idx is not None
    if subj.text.lower() in ("he", "she", "they"):
        for _s, _e, _w, core in mentions.before(subj.start, 1500):
            idx = people.find(core)
            if idx is not None:
                return idx, None, True
        return None, subj.text, False
    return None


def indirect_speaker(text: str, pos: int, paras: Paragraphs, people: People,
                     mentions: Mentions) -> str | None:
    """Id of a known person whose cue governs ``pos`` ("Smith said 40 percent ..."), if any.

    Only people already found as speakers count: a figure in indirect speech is
    credited to someone the draft already lists, never to a new name.
    """
    got = indirect_subject(text, pos, pos, paras, people, mentions)
    if got is None or got[0] is None:
        return None
    return people.persons[got[0]].id


#: ``_AT_LEAST[k]`` matches where ``k`` words of ``_WORD_RE`` follow (possessive, so a
#: word is never split in two to make up the count).
_AT_LEAST = [lazy_compile(rf"(?:[^\w’'-]*+[\w’'-]++){{{k}}}") for k in range(9)]


def _words_upto(text: str, g: QuoteGroup, cap: int) -> int:
    """The number of words in a quotation's pieces, counted up to ``cap`` (the rules only
    ask whether a quotation is short). A piece with enough words is told by one match;
    only a short one is counted word by word."""
    n = 0
    for p in g.pieces:
        if 0 < cap - n < len(_AT_LEAST) and _AT_LEAST[cap - n].match(text, p.start, p.end):
            return cap
        for _m in _WORD_RE.finditer(text, p.start, p.end):
            n += 1
            if n >= cap:
                return n
    return n


def _find_cue(text: str, g: QuoteGroup, paras: Paragraphs, lo_para: int, words: int
              ) -> tuple[Subject | None, str]:
    """The cue of a quotation and where it was found ("post", "pre", "intro"); ``words``:
    the quotation's words counted up to ``SHORT_WORDS + 1`` (:func:`_words_upto`)."""
    first, last = g.pieces[0], g.pieces[-1]
    ps, pe = paras.spans[first.para]
    short = words <= SHORT_WORDS and not re.search(r"[.!?]", text[first.start:first.raw_end])
    # 1. right after the first piece: '"…," he said'
    if first.close_at is not None:
        hi = g.pieces[1].open_at if len(g.pieces) > 1 and g.pieces[1].para == first.para else pe
        if _may_have_post_cue(text, first.raw_end, first.close_at, hi):
            subj = cue_after(text, first.close_at + 1, hi)
            if subj is not None:
                return subj, "post"
    # 2. between the pieces of a split quote
    if g.inner_cue is not None:
        subj = cue_after(text, g.inner_cue[0], g.inner_cue[1] + 1)
        if subj is not None:
            return subj, "post"
    # 3. before the opening mark, in the same sentence: 'X said, "…'
    lo = sentence_start(text, lo_para, first.open_at)
    subj = cue_before(text, lo, first.open_at, 10 if short else None)
    if subj is not None:
        return subj, "pre"
    # 4. after the last piece
    if len(g.pieces) > 1 and last.close_at is not None:
        lps, lpe = paras.spans[last.para]
        if _may_have_post_cue(text, last.raw_end, last.close_at, lpe):
            subj = cue_after(text, last.close_at + 1, lpe)
            if subj is not None:
                return subj, "post"
    # 5. a paragraph that introduces the quote: 'Trump said Monday:'
    if first.para > 0 and last_nonspace(text, ps, first.open_at) < ps:
        pps, ppe = paras.spans[first.para - 1]
        prev = text[pps:ppe].rstrip()
        if prev.endswith(":"):
            end = pps + len(prev) - 1
            subj = cue_before(text, sentence_start(text, pps, end), end)
            if subj is not None:
                return subj, "intro"
    # 6b. a figure put in quotation marks: 'she put the crop loss at “at least 7,500 crore”',
    # 'the union estimated the crowd at “well over 50,000”': the clause's subject gives it
    lo6 = sentence_start(text, lo_para, first.open_at)
    pm = _PUT_AT_RE.search(text, max(lo6, first.open_at - 90), first.open_at)
    if pm is not None:
        subj = clause_subject(text, lo6, pm.start())
        if subj is not None and subj.kind in ("name", "pron"):
            subj.cue_start, subj.cue_end = pm.start(), pm.start() + len(pm.group(1))
            return subj, "pre"
    # 6. a sentence about someone that a colon hands to the quote: 'Lee's reply came the
    # next day: "…"', 'Lee had one word for it: "…"'
    end = last_nonspace(text, ps, first.open_at)
    if end >= ps and text[end] == ":":
        subj = colon_subject(text, sentence_start(text, ps, end), end)
        if subj is not None:
            return subj, "intro"
    return None, ""


#: A verb that gives a figure, then what it is of, then "at" right before a quotation.
_PUT_AT_RE = lazy_compile(rf"\b({'|'.join(sorted(MEASURE_AT_VERBS, key=len, reverse=True))})"
                        r"[ \u00a0]+(?:[^“”\"\n.;]{1,60}?[ \u00a0])?at[ \u00a0]*$")
#: A sentence after a quotation that says whose it was: "That was how Lam put it".
_NEXT_CUE_RE = lazy_compile(r"[ \u00a0]*(?:(?:That|This|Such|Those)[ \u00a0]+(?:is|was|were|are)"
                          r"[ \u00a0]+(?:how|what)|So[ \u00a0]+(?=said|says|wrote|writes))\b")


def _next_sentence_cue(text: str, g: QuoteGroup, paras: Paragraphs) -> Subject | None:
    """The speaker named by the sentence right after a cue-less quotation, when that
    sentence is about the quotation: 'That was how Lam described it', 'So said Lam'."""
    last = g.pieces[-1]
    if last.close_at is None:
        return None
    _ps, pe = paras.spans[last.para]
    m = _NEXT_CUE_RE.match(text, last.close_at + 1, pe)
    if m is None:
        return None
    end = min(pe, m.end() + 80)
    subj = cue_after(text, m.end(), end) if text[m.end():m.end() + 6].strip().startswith(
        ("said", "says", "wrote", "writes")) else None
    if subj is None:
        for vm in CUE_RE.finditer(text, m.end(), end):
            subj = subject_before(text, m.end(), vm.start())
            break
    if subj is None or subj.kind not in ("name", "pron"):
        return None
    return subj


#: A dash opening an attribution: "— Cllr Ann Roe, in a leaflet" under a quotation
#: set on its own (an epigraph, a fact check's claim box, a pull quote).
_DASH_BY_RE = lazy_compile(r"[ \u00a0]*(?:[—―–]|--?)[ \u00a0]*(?=[A-Z])")
#: After that name, who they are or nothing: ", in a leaflet", " (Labour)", the line's end.
_WHO_NEXT_RE = lazy_compile(r"[ \u00a0]*(?:[,;(]|$)")


def _byline_after(text: str, g: QuoteGroup, paras: Paragraphs) -> Subject | None:
    """The speaker a cue-less quotation's own line names right after it, or the next line
    when the quotation ends its own: by a dash ('— Cllr Ann Roe, in a leaflet') or in
    brackets ('(Facebook post by the X Association, 2 October)')."""
    last = g.pieces[-1]
    if last.close_at is None:
        return None
    _ps, pe = paras.spans[last.para]
    at = last.close_at + 1
    if not text[at:pe].strip():  # the quotation ends its line: the byline opens the next
        if last.para + 1 >= len(paras.spans):
            return None
        at, pe = paras.spans[last.para + 1]
    return _dash_byline(text, at, pe) or _bracket_byline(text, at, pe)


def _dash_byline(text: str, at: int, pe: int) -> Subject | None:
    """The speaker a dash at ``at`` names: '— Cllr Ann Roe, in a leaflet', '- Opposition
    health critic Dana Okoro, in the legislature'."""
    m = _DASH_BY_RE.match(text, at, pe)
    if m is None:
        return None
    nm = NAME_RE.match(text, m.end(), pe)
    got = clean_name(nm.group(0)) if nm is not None else None
    if nm is None or got is None or len(got[1]) < 2:
        # "- Opposition health critic Dana Okoro, in the legislature": who they are, then
        # the name
        rm = _ROLE_WORDS_RE.match(text, m.end(), pe)
        nm = NAME_RE.match(text, rm.end(), pe) if rm is not None and \
            is_person_noun(rm.group("role")) and \
            " by " not in f" {rm.group(0).lower()}" else None  # (never a credit: "—
        # Compiled by reporter Tom Reid")
        got = clean_name(nm.group(0)) if nm is not None else None
    if nm is None or got is None or len(got[1]) < 2 or \
            not _WHO_NEXT_RE.match(text, nm.end(), pe):
        return None  # (a person's whole name, then who they are: "— Source: ..." and "—
        # Free School Meals for every pupil" name no one)
    return Subject("name", nm.group(0), nm.start(), nm.end(), m.start(), m.end())


#: Who someone is, before their name after a dash: "Opposition health critic " (its last
#: word a person's noun, :func:`.speakers.is_person_noun`).
_ROLE_WORDS_RE = lazy_compile(r"(?:[A-Z][a-z]+[ \u00a0]+)?(?:[a-z][\w-]*[ \u00a0]+){0,2}"
                              r"(?P<role>[a-z][\w-]*)[ \u00a0]+(?=[A-Z])")
#: A fact-check's claim with its source in brackets after it: '"…" (Ines Marcello,
#: opposition spokesperson, 3 March)', '"…" (Facebook post by the Carrow Sheep Farmers'
#: Association, 2 October)', "(Leaflet distributed by Save Drumlarrig Moor)".
_BRACKET_BY_RE = lazy_compile(r"[ \u00a0]*\((?:(?P<what>[A-Za-z][\w -]{0,40}?)[ \u00a0]by"
                              r"[ \u00a0]+(?:the[ \u00a0]+)?)?(?=[A-Z])")
#: The writings a claim's bracket may say it came in ("Facebook post by", "Leaflet
#: distributed by", "Tweeted by"): speech's one lexicon of what speaks for its writer
#: (:data:`.speakers.DOCUMENTS`); never a credit of the page's own ("Photo by", "Video by",
#: "Reporting by", "Interview by").
_WRITINGS = frozenset(DOCUMENTS.split("|"))


def _bracket_byline(text: str, at: int, pe: int) -> Subject | None:
    """The speaker a bracket at ``at`` names: a person by their whole name, or whoever a
    "post by", "leaflet distributed by" names."""
    m = _BRACKET_BY_RE.match(text, at, pe)
    nm = NAME_RE.match(text, m.end(), pe) if m is not None else None
    got = clean_name(nm.group(0)) if nm is not None else None
    if m is None or nm is None or got is None or len(got[1]) < 2 or \
            not re.match(r"[ \u00a0]*[,;)]", text[nm.end():pe]):
        return None
    if m.group("what") is not None:
        if not any(w in _WRITINGS or re.sub(r"e?d$", "", w) in _WRITINGS
                   for w in m.group("what").lower().split()):
            return None  # ("Photo by Daniel Carr", "Reporting by Tom Hale")
    elif not titled_name(nm.group(0)) or re.match(
            r"[ \u00a0]*,[ \u00a0]+(?:who|which|that|was|is|had|has|were)\b", text[nm.end():pe]):
        # ("(Sports Minister Tomas Varga, radio interview, Feb. 3)": who they are, before
        # the name)
        role = _ROLE_AFTER_RE.match(text, nm.end(), pe)
        if role is None or not any(is_person_noun(w) for w in role.group(1).split()):
            return None  # a person, then who they are ("Oluwaseun Adeyemi, opposition
            # spokesperson"): never "(Not One Woman Less In This City)", "(Continued On
            # Page Four, Column Two)" nor a reporter's credit, "(Tom Reid, Reuters)"
    return Subject("name", nm.group(0), nm.start(), nm.end(), m.start(), m.end())


#: After a name in brackets, the lower-case words saying who they are.
_ROLE_AFTER_RE = lazy_compile(r"[ \u00a0]*,[ \u00a0]+((?:[a-z][\w-]*[ \u00a0]*){1,5})")


def _previous_sentence_cue(text: str, ps: int, open_at: int) -> Subject | None:
    """A named (or pronoun) speaker of the sentence right before ``open_at`` in its paragraph."""
    ss = sentence_start(text, ps, open_at)
    if ss <= ps or text[ss:open_at].strip():
        return None
    lo = sentence_start(text, ps, max(ps, ss - 2))
    subj = cue_before(text, lo, ss)
    if subj is None or subj.kind not in ("name", "pron", "guess"):
        return None
    return subj


def _may_have_post_cue(text: str, raw_end: int, close_at: int, hi: int) -> bool:
    """A cue after the closing mark belongs to the quote unless the quote ended a sentence
    and a new one starts ('… ended." Trump said the …' is a new sentence)."""
    last = text[raw_end - 1] if raw_end > 0 else ""
    if last != ".":
        return True
    after = text[close_at + 1:hi].lstrip(" \u00a0")
    return after[:1].islower() or after[:1] in "―—–"




def _introduced_interviewee(text: str, first_answer: int, res: _Resolver,
                            interview: Interview) -> tuple[int | None, str | None] | None:
    """For unlabelled answers: whom the paragraphs before the first one say the interview is
    with ("To make sense of the gap, the paper spoke with Ada Moor, ..."), by the one rule
    :func:`.interview.introduced_interviewee` (a plain Q&A's gate asked it already): (the
    person, None), or (None, the body) when a body answers ("spoke to Harbour Foods
    Group"); None when no one is introduced."""
    found = interview.interviewee or introduced_interviewee(
        text, max(0, first_answer - 2000), first_answer)
    if found is None:
        return None
    if found.body:
        return None, found.written
    return res.name(found.written), None


#: Labels that name a role, not a person, of the one answering: "GUEST:".
_GUEST_LABELS = frozenset({"guest", "interviewee"})


def _guess_interviewee(people: People, mentions: Mentions, text: str = "",
                       first_question: int = 0, headline: tuple[int, int] | None = None
                       ) -> int | None:
    """For unlabelled answers: of the people the introduction (before ``first_question``)
    names, and of the sex a "We asked her" says where their names say one, the one the
    ``headline`` names ("Ishbel Carranach: 'We count every car'"), else the one named last
    before "We asked her", else the one named most (of equals, the one named last before the
    questions: an introduction ends on whom it asks); with no one named
    there, the person the article names most often.

    The people an interview's answers and questions name are the ones it is about, not
    the one answering (who says "I"): "Ishbel Carranach has run the park authority since
    2019. ... We asked her why." then answers that name the tourism board's chair twice
    are hers, not his."""
    counts: dict[str, int] = {}
    forms: dict[str, tuple[str, list[str]]] = {}
    intro: dict[str, int] = {}
    last_at: dict[str, int] = {}
    headed: str | None = None
    for s, _e, written, core in mentions.items:
        if len(core) < 2 and written == core[-1] and fold(core[-1]) not in counts:
            continue
        if names_body(core):
            continue  # ("... before joining the Coastal Pipes Lab. We asked her
            # why.": a body answers no interview)
        k = fold(core[-1])
        counts[k] = counts.get(k, 0) + 1
        if s < first_question:
            intro[k] = intro.get(k, 0) + 1
            last_at[k] = s
        if k not in forms or len(core) > len(forms[k][1]):
            forms[k] = (written, core)
    if headline is not None:
        # the headline is page furniture, no one's mention as a speaker, but an interview's
        # headline names whom it is with
        for m in NAME_RE.finditer(text, headline[0], headline[1]):
            cleaned = clean_name(m.group(0))
            if cleaned is None or len(cleaned[1]) < 2 or names_body(cleaned[1]) or \
                    fold(cleaned[1][-1]) in ORGANISATION_NOUNS:
                continue  # ("Regional Tourism Board figures questioned": a body, no one)
            k = fold(cleaned[1][-1])
            counts[k] = counts.get(k, 0) + 1
            intro[k] = intro.get(k, 0) + 1
            last_at.setdefault(k, -1)
            headed = k
            if k not in forms or len(cleaned[1]) > len(forms[k][1]):
                forms[k] = (cleaned[0], cleaned[1])
            break
    if not counts:
        return None
    if intro:
        cands = list(intro)
        asked = ASKED_PRONOUN_RE.search(text, 0, first_question)
        if asked is not None:
            # "We asked her why": not one the names say is a man
            sex = {"her": "f", "him": "m"}[asked.group(1)]
            cands = [k for k in cands if gender_of(*forms[k]) in (None, sex)] or cands
        if headed is not None and headed in cands:
            best = headed  # the headline names whom the interview is with
        elif asked is not None:
            # the one named last before "We asked her" (of those the names allow)
            at = asked.start()
            best = max(cands, key=lambda k: last_at[k] if last_at.get(k, -1) < at else -1)
        else:
            # the one named most; of equals, the one named last before the questions
            # ("Its spokesman, Mark Dunn, said ... Tom Reyes, a retired engineer,
            # disagrees." then Q&A: the last one introduced is the one asked)
            best = min(cands, key=lambda k: (-intro[k], -last_at.get(k, -1)))
    else:
        best = max(counts, key=lambda k: counts[k])
    return people.add(*forms[best])

