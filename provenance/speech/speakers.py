"""Who says a quotation: cues, names, pronouns, and one person per set of aliases.

News prose attributes speech with a small, regular grammar: a cue verb
(``said``, ``told``, ``explained`` ...) with its subject before it
(``Tubbs explained``), after it (``said Tubbs, chief of ...``), after
``according to``, or an epigraph dash (``― Sonya Herridge``). The subject is a
name (with titles and initials), a pronoun that points back to the last person
named, or a description (``a source``, ``the researchers``). Names are folded
into people by surname and compatible given names, so ``Dr. Shane Tubbs``,
``R. Shane Tubbs`` and ``Tubbs`` are one person; surnames are matched with
rapidfuzz so a misspelling or a stripped accent does not split a person.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ..lazy import lazy_compile
from . import cues as _cues
from .gender import gender_of
from .records import PersonDraft
from .roles import (
    BODY_KINDS,
    COMPANY_LAST_WORDS,
    COMPANY_WORDS,
    GROUP_WORDS,
    KIND_HEAD_WORDS,
    KIND_NAME_WORDS,
    OFFICES,
    ORGANISATION_NOUNS,
    PEOPLE_NOUNS,
    PERSON_ROLES,
    PERSON_TITLES,
    PORTFOLIOS,
    TITLE_SET,
    US_STATES,
)

UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
SP = r"[ \u00a0]"
#: A plural possessive inside a name, before its next capitalised word: "Brandenburg
#: Hunters' Association", "the Farmers’ Union", "Citizens' Advice" are one body (a singular
#: one, "People's Party", "Lloyd's Register", is a word of the name as it stands).
_PLURAL_POSS = rf"(?:(?<=s)[’'](?={SP}+[{UP}]))?"
_TOK = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sen|Rep|Gov|Gen|Lt|Col|Maj|Sgt|Capt|Adm|Rev|Hon|St|Fr|Msgr|Det|"
    rf"Atty|Amb|Pres|Supt|Cmdr)\.|[{UP}][\w’'\-]*\w{_PLURAL_POSS}|[{UP}]\.(?:[{UP}]\.)?|[{UP}])"
)
#: A question's first words before a name: "Has Marlow County ...?", "Did the council
#: ...?", "How many ...?" (never "Will" or "May", which are given names too): no part of a
#: name, for speech's names and extract's alike.
QUESTION_WORDS = frozenset("Has Have Had Did Does Do Is Are Was Were Should Would Could How "
                           "Why What Where Which".split())
#: Capitalised words that start sentences or name things but never a person.
STOP = set(
    """
    The A An But And Or Nor However So In At On Of For With From By To Into Onto Upon Although
    Though When While Whereas This That These Those It He She They We I You His Her Their Our My
    Its Your If As After Before Since Because Meanwhile Still Yet Also Then Now Only Even Most
    Many Some Several Other Another According Asked Speaking Later Earlier Last Next During Under
    Over Among Both Each Every No Not Instead Contrarily Moreover Perhaps Why What Who Whom Whose
    Will Can May Might Must Here
    There Thus Therefore Furthermore Indeed Clearly Sources Officials Critics Supporters Experts
    Researchers Scientists Doctors Patients People Americans Republicans Democrats Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April June July August
    September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Yes Oh Well Like Unlike Despite Without Through Against Between Around About Above Below Until
    Unless Whether Once Just Much More Less Few Such All Any None One Two Three Four Five Six Seven
    Eight Nine Ten First Second Third Today Tonight Tomorrow Yesterday Read Watch See Click Photo
    Image Video Getty Share Tweet Follow Subscribe Advertisement Related
    Update Editor Note Website Posts Q A Mrs
    I'm I’m It's It’s
    """.split()
) | QUESTION_WORDS
_STOP_FOLD = {w.casefold() for w in STOP} - {"mrs", "q", "a"}

#: A name after its first word: more words (and particles), a suffix, "et al.".
_NAME_REST = (
    rf"(?:{SP}+(?:{_TOK}|(?:de|van|von|der|den|da|di|du|la|le|bin|ibn|al-\w+)(?![\w’'-]))){{0,6}}"
    rf"(?:,?{SP}+(?:Jr\.|Sr\.|II|III|IV)(?![\w]))?(?:{SP}+et{SP}+al\.?)?"
)
#: A name as it reads: a word of :data:`_TOK` that no word character, apostrophe, dot or
#: hyphen comes before, then :data:`_NAME_REST`. :data:`NAME_RE` is this pattern.
NAME_PLAIN = rf"(?<![\w’'.-])(?:{_TOK}){_NAME_REST}"
#: The titles of :data:`_TOK` (each ends in a dot there), by their first letter.
_TITLE_TAILS = "|".join(
    rf"(?<={first})(?:{'|'.join(t[1:] for t in group)})"
    for first, group in itertools.groupby(sorted(
        "Dr Mr Mrs Ms Mx Prof Sen Rep Gov Gen Lt Col Maj Sgt Capt Adm Rev Hon St Fr Msgr Det "
        "Atty Amb Pres Supt Cmdr".split()), key=lambda t: t[0]))
#: :data:`NAME_PLAIN`, written to open with a character class: the capital every word of
#: :data:`_TOK` starts with is taken first and the character before it looked at after,
#: then the rest of the word (a title's letters and dot, a word's, an initial's dot, or
#: nothing). Python's regex engine skips to the next capital of a text by the class; the
#: plain form, opening with a look-around, was tried at every character (2.5 % of
#: `check`). The same matches (tests/test_name_scan.py holds it to the plain form).
NAME_RE = lazy_compile(
    rf"[{UP}](?<![\w’'.-].)(?:(?:{_TITLE_TAILS})\.|[\w’'\-]*\w{_PLURAL_POSS}|\.(?:[{UP}]\.)?|)"
    rf"{_NAME_REST}"
)
PRON_RE = lazy_compile(r"\b(?:he|she|they|I|we|it|He|She|They|We|It)\b")
_DET = (
    r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Hh]is|[Hh]er"
    r"|[Tt]heir|[Ii]ts|[Oo]ur|[Oo]ther|[Tt]his|[Tt]hat|[Bb]oth)"
)
#: A description: determiner, up to three words (capitals allowed: "the New York
#: businessman"), ending in a lower-case noun.
NP_RE = lazy_compile(rf"\b{_DET}(?:{SP}+[\w’'\-]+){{0,3}}?{SP}+[a-z][\w’'\-]*")
#: Cue verbs and the ones whose subject may follow them: see :mod:`.cues`.
CUE_WORDS = _cues.CUE_WORDS
_CUE_SET = frozenset(CUE_WORDS)
INVERSION = _cues.INVERSION
_BE_BEFORE_RE = lazy_compile(rf"\b(?:been|being|be|is|was|were|are|get|gets|got){SP}+$", re.I)


def _passive(text: str, vm: re.Match[str], lo: int) -> bool:
    """'has been called', 'was told': the subject is not the speaker ('is calling' is)."""
    w = vm.group(0)
    if w.endswith(("ing", "s")) or " " in w:
        return False
    return _BE_BEFORE_RE.search(text, max(lo, vm.start() - 8), vm.start()) is not None


_CONJ = {"when", "as", "after", "before", "while", "because", "if", "but", "and", "that",
         "which", "since", "until", "where", "though", "although", "so", "then", "than", "who"}


def word_trie(words: Sequence[str]) -> str:
    """One regular expression for a set of words, as a trie ("add(?:ed|s)?|ask(?:ed|s)?").

    Python's ``re`` tries a plain alternation word by word at every position;
    a trie fails at the first letter that no word starts with. Followed by
    ``\\b``, it matches exactly what the alternation of the words does: a word
    ending at a word boundary is the one word spelled there.
    """
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if ends:
            return (f"(?:{body})?" if len(alts) > 1 or len(body) > 1 else f"{body}?")
        return body

    return emit(tree)


#: The cue lexicon as one regular expression (a trie): what readers of saying verbs match.
CUE_ALT = word_trie(sorted(set(CUE_WORDS)))
#: ``(?<!-)``: a cue word glued to a hyphen is part of an adjective ("so-called",
#: "self-described"), not a verb of speech.
CUE_RE = lazy_compile(
    rf"\b(?<!-)(?:{CUE_ALT}|pointed{SP}+out|points{SP}+out|put{SP}+it|puts{SP}+it|went{SP}+on|"
    rf"goes{SP}+on|[Aa]ccording{SP}+to)\b"
)
_ADV = (
    r"(?:also|then|later|once|has|had|have|would|will|further|recently|previously|again|simply|"
    r"quickly|flatly|repeatedly|often|frequently|publicly|privately|bluntly|reportedly|earlier|"
    r"never|even|only|just|first|last|still|now|may|might|could|once|had)"
)
#: What may stand between a subject and its cue verb: adverbs and auxiliaries, and a
#: pronoun's contracted one ("He’s claiming", "She’d said", "They’ve argued").
_ADV_TAIL_RE = lazy_compile(rf"(?:[’'](?:s|d|ve|ll|re)\b)?(?:{SP}+{_ADV})*{SP}*$")
_ADV_WORD_RE = lazy_compile(rf"{_ADV}$")
#: The rest of a description in lower case that NP_RE's shortest match left before its
#: verb: "the chief| executive said", "the former| president said".
_NP_MORE_RE = lazy_compile(rf"((?:{SP}+(?!{_ADV}\b|that\b|who\b|which\b)[a-z][\w’'\-]*){{1,2}})"
                         rf"(?:{SP}+{_ADV})*{SP}*")
#: The rest of a description that NP_RE's shortest match left before its verb, when it
#: goes on with a prepositional phrase ("a spokesman| for the company said", "a narrator|
#: in the new ad asks", "a lawyer| for Mr. Hale said") or with a second role joined by
#: "and" ("The former first lady| and U.S. senator said"). Group 1 ends the description.
_NOT_NP = (r"(?:also|then|later|once|has|had|have|would|will|further|recently|previously|"
           r"again|never|even|still|now|may|might|could|reportedly|repeatedly|that|who|whom|"
           r"which|whose|and|or|but|is|was|were|are|did|does|do)\b")
_NP_TAIL_RE = lazy_compile(
    rf"((?:{SP}+(?!{_NOT_NP})[a-z][\w’'\-]*){{0,3}}"
    rf"(?:{SP}+(?:for|of|at|with|in|from|on|to){SP}+"
    rf"(?:(?:the|a|an|his|her|its|their|this|that){SP}+)?"
    rf"(?!{_NOT_NP})[\w.&’'\-]+(?:{SP}+(?!{_NOT_NP})[\w.&’'\-]+){{0,3}}"
    rf"|{SP}+and{SP}+(?:(?!{_NOT_NP})[\w.’'\-]+{SP}+){{0,3}}?"
    rf"(?:{'|'.join(sorted(PERSON_ROLES))})))"
    rf"(?:{SP}+{_ADV})*{SP}*")
#: ... and an age set off by commas first: "Ana Ruiz, 45, a retired teacher, said"; a
#: body's role for the person: "Ann Lee, the BBMP's special commissioner for health, said".
_APPOSITIVE_RE = lazy_compile(
    rf"^{SP}*(?:\([^()\n]{{1,40}}\){SP}*)?(?:,{SP}+\d{{1,3}}(?=,))?,{SP}+"
    rf"(?:(?:who|whose|which|[a-z][\w’'\-]*|[{UP}][\w.’'\-]*"
    rf"{SP}+(?:of|at|for|in)\b|(?:[{UP}][\w.&\-]*{SP}+){{0,3}}[{UP}][\w.&\-]*[’']s{SP}+[a-z])"
    rf"[^“”\"\n]*|[^,“”\"\n]{{1,30}}),(?:{SP}+{_ADV})*{SP}*$"
)
#: "Mr. Morgan of the Sierra Club said": an organisation between a name and its cue.
_OF_ORG_RE = lazy_compile(
    rf"^{SP}+(?:of|at|from|with){SP}+(?:the{SP}+)?(?:[{UP}][\w.&’'\-]*{SP}*){{1,5}}"
    rf"(?:{SP}+{_ADV})*{SP}*$"
)
#: A role after a possessive name, before its cue: "Cole's| lawyer said", "Cole's| campaign
#: manager has said", "Johnson's| doctor is calling" (group 1: the role words).
_POSS_ROLE_RE = lazy_compile(rf"((?:{SP}+[a-z][\w\-]*){{1,3}}?)(?:{SP}+{_ADV})*"
                           rf"(?:{SP}+(?:is|was|are|were))?{SP}*")
#: A clause set off by commas after a description: ", who declined to be named,".
_NP_CLAUSE_RE = lazy_compile(rf"^,{SP}+(?:who|whose|which|[a-z]+ing|[a-z]+ed){SP}+"
                           rf"[^,“”\"\n]{{1,100}},(?:{SP}+{_ADV})*{SP}*$")
_PAREN_RE = lazy_compile(rf"^{SP}*\([^()\n]{{1,40}}\)(?:{SP}+{_ADV})*{SP}*$")
#: What a person writes or files speaks for them: "Ivana Trump's brief said", "Smith's
#: statement read". Not people who speak for them ("Trump's lawyer said" is the lawyer).
DOCUMENTS = (
    "statement|statements|letter|brief|filing|tweet|tweets|post|posts|memo|email|e-mail|"
    "lawsuit|complaint|testimony|speech|remarks|ad|advert|advertisement|book|memoir|op-ed|"
    "column|essay|affidavit|motion|petition|website|blog|message|note|press release|release|"
    "leaflet|flyer|flier|"
    "deposition|declaration|report"
)
#: The object of a preposition that is an occasion, not part of the description: "the
#: mayor in a statement said", "the senator at a rally said", "the aide on Monday said".
#: Where a clause's subject starts: the sentence's start, or after a quotation, a comma,
#: a colon, a dash or a conjunction.
_CLAUSE_OPEN_RE = lazy_compile(
    rf"(?:^|[,;:—–”\"’]|\b(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Mm]eanwhile)){SP}*$")
_OCCASIONS = ("interview|rally|hearing|conference|event|meeting|debate|briefing|call|video|"
              "broadcast|show|podcast|appearance|address|session|Monday|Tuesday|Wednesday|"
              "Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|week|month|"
              "year|today|yesterday")
_OCCASION_RE = lazy_compile(
    rf"{SP}+(?:in|at|on|during|from|with)(?:{SP}+[\w.&’'\-]+){{0,4}}?{SP}+"
    rf"(?:{DOCUMENTS}|{_OCCASIONS})\b")
_POSS_DOC_RE = lazy_compile(
    rf"^[’']s{SP}+(?:(?:new|latest|own|written|recent|earlier|first|second|final|official|"
    rf"sworn|formal|court|campaign){SP}+)?(?:{DOCUMENTS})(?:{SP}+{_ADV})*{SP}*$"
)
#: A document and whom it comes from: "a statement from X", "the letter, signed by X,".
_DOC_BY_RE = lazy_compile(
    rf",?{SP}+(?:(?:{_cues.document_verbs()}){SP}+)?(?:by|from){SP}+")
_DOC_BY_TAIL_RE = lazy_compile(rf"(?:[’']s{SP}+(?:office|campaign|lawyers?|attorneys?))?,?"
                             rf"(?:{SP}+{_ADV})*{SP}*")
#: The document verbs whose "by X" is not the document's voice (:data:`.cues.AUTHOR_VERBS`).
_NOT_AUTHOR_VERBS = frozenset(_cues.DOCUMENT_VERBS) - _cues.AUTHOR_VERBS
#: After a quotation: '," reads a statement from X', '," said a letter signed by X'.
_DOC_POST_RE = lazy_compile(
    rf"(?:reads|read|said|says|stated|states){SP}+(?:an?|the){SP}+(?:[\w’'\-]+{SP}+){{0,2}}?"
    rf"(?:{DOCUMENTS}){SP}+(?:(?:{_cues.document_verbs(leave_out=_NOT_AUTHOR_VERBS)}){SP}+)?"
    rf"(?:by|from){SP}+")
#: Parties and camps: "Local Republican officials" is not a person called Republican.
_PARTIES = {"republican", "republicans", "democratic", "democrat", "democrats", "libertarian",
            "independent", "gop", "conservative", "conservatives", "liberal", "liberals",
            "labour", "green", "greens", "tory", "tories"}
#: An age standing for a person: "the 54-year-old said".
_AGE_NP_RE = lazy_compile(rf"[Tt]he{SP}+\d{{1,3}}-year-old\b")
#: A party's member, never a surname ("the Massachusetts Democrat"; not "Green").
_PARTY_MEMBERS = frozenset("democrat democrats republican republicans libertarian libertarians "
                           "tory tories conservative conservatives liberal liberals".split())
#: A name set off by commas right before its verb: "the midwife, Grace Tully, said".
_COMMA_TAIL_RE = lazy_compile(rf"^,(?:{SP}+{_ADV})*{SP}*$")
#: ... after a lower-case role noun ("midwife, "), not after a place ("Yokohama, Japan, said").
_ROLE_COMMA_RE = lazy_compile(rf"\b[a-z][a-z-]+,{SP}+$")
#: An article or a number before a capitalised word makes it a modifier or a thing ("a
#: 2014 Senate hearing", "the Senate"), not a person speaking.
_ARTICLE_NUM_BEFORE_RE = lazy_compile(rf"(?:\b(?:[Aa]n?|[Tt]he)|\d+){SP}+$")
_PREP_BEFORE_RE = lazy_compile(
    r"(?:\b(?:in|at|of|for|from|with|by|to|on|into|near|about|than|against|like|versus|vs\.)"
    rf"(?:{SP}+the)?|’s|'s){SP}*$",
    re.I,
)
#: An office named with "of" ("Secretary of State Ellen Price"): the "of" is the title's.
_OFFICE_OF_RE = lazy_compile(
    rf"\b(?:Secretary|Minister|Chief|Director|Chairman|Chairwoman|Chair|Commissioner|Head|"
    rf"Attorney{SP}+General|Surgeon{SP}+General|Governor|President|Mayor|Speaker|Dean|Leader)"
    rf"{SP}+of{SP}+(?:the{SP}+)?$")


_OFFICE_FOR_RE = lazy_compile(
    rf"\b(?:Secretary|Minister|Commissioner|Spokes(?:man|woman|person)|Secretary{SP}+of{SP}+"
    rf"State|Minister{SP}+of{SP}+State|Cabinet{SP}+Secretary){SP}+(?:for|of){SP}+(?:the{SP}+)?$")


def _after_preposition(text: str, lo: int, at: int) -> bool:
    """True when a name at ``at`` follows a preposition ("in Yokohama", "of the Senate"),
    so it is a place or a thing in the sentence, not its subject; but the "of" of an
    office ("Secretary of State Ellen Price") is part of the person's title."""
    # Quick refusal, the same answer: a match ends at ``at`` (or before a newline there)
    # after spaces, on a preposition's last letter, the "s" of "’s" or the dot of "vs."
    # (letters as IGNORECASE matches them: "ſ" is an "s"). Most names follow "said " or a
    # sentence's full stop, where the search would try every one of the 12 characters.
    end = at - 1 if at > lo and text[at - 1] == "\n" else at
    j = end
    while j > lo and text[j - 1] in " \u00a0":
        j -= 1
    last = text[j - 1] if j > lo else ""
    if last not in "ntfrmhyoesNTFRMHYOESſ." or (
            last == "." and not (j - 3 >= lo and text[j - 2] in "sSſ" and text[j - 3] in "vV")):
        return False
    if _PREP_BEFORE_RE.search(text, lo, at) is None:
        return False
    # Quick answer, the same: both office patterns end in "of" or "for" (then maybe "the")
    # and spaces just before the name (before a newline there); after any other word
    # ("in Yokohama", "at Mayo Clinic": most names after a preposition) neither matches.
    k = end
    while k > 0 and text[k - 1] in " \u00a0":
        k -= 1
    if k == end or not text.endswith(("of", "for", "the"), 0, k):
        return True
    if _OFFICE_FOR_RE.search(text, max(0, at - 40), at):
        # "Minister for Housing Declan Fennessy": a portfolio, then the minister's name
        nm = NAME_RE.match(text, at, min(len(text), at + 120))
        toks = nm.group(0).split() if nm else []
        # (a portfolio of up to three words: "Minister for National Development Planning
        # Sri Mulyani Indrawati", then at least two words of name)
        if any(fold(t) in PORTFOLIOS for t in toks[:min(3, len(toks) - 2)]):
            return False
    return _OFFICE_OF_RE.search(text, max(0, at - 40), at) is None


_POSS_RE = lazy_compile(r"[’']s$")
_SENT_END_RE = lazy_compile(r"[.!?…][”\"’)\]]*\s+")
#: Words whose full stop ends no sentence ("Gov.", "Supt.", "Inc."): one list for speech,
#: figures and studies.
ABBREVIATIONS = frozenset({
    "dr", "mr", "mrs", "ms", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "sgt",
    "capt", "rev", "hon", "st", "jr", "sr", "no", "vs", "al", "inc", "co", "corp", "ltd", "u.s",
    "wash", "calif", "fla", "mass", "sept", "oct", "nov", "dec", "jan", "feb", "aug", "e.g",
    "i.e", "mt", "ft", "ave", "blvd", "dept", "univ", "fig", "approx", "ph.d", "d.c", "n.y",
    "cmdr", "adm", "supt", "insp", "det", "pres",
})
#: Of :data:`ABBREVIATIONS`, those written in lower case too ("et al.", "vs.", "e.g."); the
#: others are titles, states, months and firms, written with a capital ("Mass.", "Dec.",
#: "Co."): "the open-air mass." and "answered no." end their sentences.
_LOWER_CASE_ABBREVIATIONS = frozenset({"vs", "al", "e.g", "i.e", "ft", "fig", "approx"})
GROUP_NOUNS = {
    "researchers", "authors", "team", "scientists", "investigators", "study's authors",
    "study authors", "group", "doctors", "physicians", "surgeons",
}


#: Last words of a capitalised name that make it a body or a piece of work, not a person
#: ("Gambling Participation Survey", "Kano State Council").
#: The last words of clubs' and members' bodies ("Harrowgill Rovers say 31,400 fans ...":
#: no person's name ends so), which a person "of" one ends with too ("Hale of the
#: Ramblers Club said").
_CLUB_HEADS = frozenset("union federation confederation trust club fc rovers rangers "
                        "wanderers athletic albion hotspur harriers".split())
_BODY_HEADS = frozenset("survey census study report review index institute council commission "
                        "agency ministry department university association foundation authority "
                        "bureau coalition alliance network society company corporation "
                        "committee organisation organization group party "
                        # ("Coastal Pipes Lab", "Marlow Bay Polytechnic")
                        "lab laboratory polytechnic college hospital clinic centre center "
                        "observatory board office service".split()) | \
    _CLUB_HEADS


#: Head nouns of bodies as the world's press names them in their own languages, which put
#: the head first ("Observatorio Materno-Infantil del Sur", "Instituto Nacional de
#: Estatística", "Universidade de São Paulo", "Ministère de la Santé", "Banco de Portugal",
#: "Landesamt für Umwelt"): a general lexicon of Spanish, Portuguese, French, Italian and
#: German words for a body. The one list: speech reads a name opening with one as a body
#: (:func:`names_body`, no "he" or "she" means it) and figures as an organisation
#: (``provenance.extract.figures.ORG_NOUNS``), so the two engines cannot disagree.
BODY_FIRST_WORDS = frozenset("""
observatorio instituto universidad ministerio secretaría secretaria comisión consejo
fundación asociación sindicato partido federación confederación coordinadora cámara colegio
tribunal junta agencia oficina servicio servicios centro banco hospital empresa departamento
gobierno ayuntamiento alcaldía municipio defensoría procuraduría fiscalía policía colectivo
observatório universidade ministério comissão conselho fundação associação federação
confederação câmara agência serviço serviços governo prefeitura município polícia coletivo
observatoire institut université ministère commission conseil fondation association
syndicat fédération confédération agence centre banque hôpital comité société secrétariat
gouvernement chambre parti
osservatorio istituto università ministero commissione consiglio fondazione associazione
sindacato federazione agenzia ospedale società
ministerium universität hochschule kommission stiftung verband verein bundesamt landesamt
amt behörde gewerkschaft partei regierung kammer polizei
""".split())
#: English heads that open a body's name before a linking word ("Ministry of Health").
_BODY_FIRST_EN = frozenset("institute council commission agency ministry department "
                           "university association foundation authority bureau office board "
                           "bank court".split())


def joined_by_ampersand(words: Sequence[str]) -> bool:
    """A name whose words an "&" joins is a body's ("Hollis Power & Light", "Marks &
    Spencer"): a person's name never has one (two people named together, "Kiran & Meena
    Patel", are no one speaker either)."""
    return "&" in words[1:-1]


def names_body(core: Sequence[str]) -> bool:
    """True for a name of two words or more that ends in a body's or a work's word, or
    opens with one in a language that puts it first ("Observatorio Materno-Infantil") or
    before a linking word ("Ministry of Health"): no "he" or "she" means it. One word
    that is a body's word itself ("The Department added: ...") is one too."""
    if len(core) < 2:
        return bool(core) and fold(core[0]) in _BODY_HEADS
    if joined_by_ampersand(core):
        return True
    first = fold(core[0])
    if fold(core[-1]) in _CLUB_HEADS and first not in _BODY_FIRST and \
            first not in _BODY_FIRST_EN and any(t in ("of", "at", "from") for t in core[1:-1]):
        return False  # "Hale of the Ramblers Club": someone of a body, not the body
    return fold(core[-1]) in _BODY_HEADS or first in _BODY_FIRST or (
        first in _BODY_FIRST_EN and core[1] in _INITIALS_SKIP)


_BODY_WORD = rf"[{UP}](?:[\w’'&\-]|\.(?=\w))*"  # no sentence's full stop
#: What a body's common noun stands for ("the firm" is "the company"; a company is a name
#: with one of :data:`COMPANY_WORDS` in it, "Meridan Foods Ltd").
BODY_NOUN_OF = {"firm": "company", "manufacturer": "company", "maker": "company",
                 "developer": "company", "operator": "company",
                 # a company by its trade: "the utility" is "Brannel Power", "the
                 # carrier" an airline, "the insurer" the firm named with its words
                 "utility": "company", "supplier": "company", "provider": "company",
                 "carrier": "company", "airline": "company", "insurer": "company",
                 "retailer": "company", "lender": "company",
                 # "Densa, a crowd-analysis start-up": a young company
                 "start-up": "company", "startup": "company",
                 # "the co-op" is the "Tri-Valley Electric Cooperative"
                 "co-op": "cooperative", "coop": "cooperative"}
_BODY_RUN_RE = lazy_compile(
    rf"(?<![\w’'.-])(?:{_BODY_WORD}(?:(?:{SP}+(?:(?:for|of|and|&|on){SP}+(?:the{SP}+)?)?)"
    rf"{_BODY_WORD})*)")


def _on_masthead(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a publication's masthead line at the top of the text."""
    from .furniture import publication_masthead

    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    return publication_masthead(text[ls:le if le >= 0 else len(text)])


#: A word of a body's description that is no preposition: "Ann Roe, a spokeswoman for the
#: department" sets no kind "department" beside her (someone of the body, not the body).
_NOT_A_PREPOSITION = r"(?!(?:for|of|at|with|from|to|in|on)\b)"


#: A noun after a capitalised run that makes it the name of an occasion someone speaks at:
#: "State of the City address", "Union Budget speech" (never a body's own event: "Green
#: Party conference", "Transport Committee hearing" name the party and the committee).
OCCASION_AFTER_RE = lazy_compile(
    rf"{SP}+(?:address|speech|lecture|sermon)\b")


def named_body(text: str, noun: str, pos: int, within: int = 2500) -> str | None:
    """The name of the body a common noun ("the company", "the agency", "the council")
    stands for at ``pos``: the nearest name before it, within a few paragraphs, that
    ends in that noun ("Glasgow City Council"), has the noun in apposition ("Harbour
    Homes, the county's housing agency"; "its maker, Meridan Foods"), or, for a company,
    has a company's word ("Meridan Foods Ltd"). None when the text names none."""
    kind = BODY_NOUN_OF.get(noun, noun)
    if kind not in BODY_KINDS:
        return None
    lo = max(0, pos - within)
    best: str | None = None
    for m in _BODY_RUN_RE.finditer(text, lo, pos):
        if m.end() - m.start() <= 3 and re.search(r"\d[ \u00a0]*$", text[max(0, m.start() - 2):
                                                                         m.start()]):
            continue  # a unit after its number ("makes 1,800 MW, the company said")
        name = m.group(0).rstrip(".")
        bare = re.sub(r"[’']s$", "", name)
        if bare != name and fold(bare.split()[-1]) in {kind, *KIND_NAME_WORDS.get(kind, ())}:
            name = bare  # ("Tessford Borough Council's leader": the council; never
            # "St Mary's hospital" without its saint's possessive)
        toks = name.split()
        if toks[0] in STOP:
            toks = toks[1:]
            if not toks:
                continue
        after = text[m.end():m.end() + 80]
        lower = re.match(rf"{SP}+(?P<n>[a-z]+)\b", after)
        described = False  # ("Residents' group X": the kind said before the name)
        if lower and lower.group("n") == kind and not (len(toks) == 1 and toks[0] in STOP):
            # "the Karnataka government", "the Kano state council": the noun after the name
            toks = [*toks, kind]
            after = after[lower.end():]
            nm_ = re.match(rf"{SP}+([{UP}][\w’'&.\-]*(?:{SP}+[{UP}][\w’'&.\-]*){{0,5}})", after)
            if nm_ and len(toks) == 2 and toks[0].endswith(("s'", "s’")):
                # "Residents' group Ebbsworth Street Friends": the name after the words
                # that say what it is, never those words
                toks = nm_.group(1).rstrip(".").split()
                after = after[nm_.end():]
                described = True
        num = re.match(rf"{SP}+(?P<n>\d{{1,5}})\b", after)
        if num and fold(toks[-1]) == kind:
            toks = [*toks, num.group("n")]  # "Workers Local 431": the local's number
        if len(toks) == 1 and fold(toks[0]) in BODY_KINDS:
            continue  # "Ministry officials said": the common noun opening a sentence
        if m.start() < 600 and _on_masthead(text, m.start()):
            continue  # "Nordic Energy Wire" above the headline: the paper, no company
        if OCCASION_AFTER_RE.match(after):
            continue  # "State of the City address": an occasion's name, no city's
        name = " ".join(toks)
        words = {fold(t) for t in toks}
        before = text[max(lo, m.start() - 60):m.start()]
        # (not "Ann Roe, a spokeswoman for the department": someone of the body)
        apposed = re.match(rf",{SP}+(?:the|a|an|its|their){SP}+"
                           rf"(?:{_NOT_A_PREPOSITION}[\w’'\-]+{SP}+){{0,4}}?"
                           rf"(?P<n>[a-z]+)(?=[,.;:)]|{SP}+(?:said|says|which|that|who)\b)",
                           after)
        lead = re.search(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)(?:{SP}+[\w’'\-]+){{0,3}}?{SP}+"
                         rf"(?P<n>[a-z]+),{SP}+$", before)
        nouns = {x.group("n") for x in (apposed, lead) if x}
        if nouns and named_as_person(name):
            nouns = set()  # "Its operator, Martin Voss": a person beside the word, no firm
        if (described or fold(toks[-1]) == kind or kind in {BODY_NOUN_OF.get(n, n) for n in nouns}
                # "the union": the "Bakers and Millers Workers Federation"
                or (len(toks) >= 2 and fold(toks[-1]) in KIND_NAME_WORDS.get(kind, ()))
                # "United Food and Commercial Workers Local 431": the noun before a number
                or (len(toks) >= 3 and toks[-1].isdigit() and fold(toks[-2]) == kind)
                # "the Department of Coastal Transport": the noun heads the name ("the
                # agency": the "Office of Upland Fire Safety")
                or (len(toks) >= 3 and toks[1] in ("of", "for") and (
                    fold(toks[0]) == kind or fold(toks[0]) in KIND_HEAD_WORDS.get(kind, ())))
                or (kind == "company" and len(toks) >= 2 and (
                    words & COMPANY_WORDS or
                    fold(re.sub(r"[’']s$", "", toks[-1])) in COMPANY_LAST_WORDS))):
            # as the text writes it: "the Interior Ministry", "Meridan Foods Ltd"
            first = m.group(0).split()[0]
            the = first == "The" or (first == toks[0] and re.search(
                rf"\b[Tt]he{SP}+$", text[max(0, m.start() - 4):m.start()]))
            best = ("the " if the else "") + name
    return best


#: The words for a body's unnamed voice, the head of "a spokeswoman for X".
VOICE_ROLES = (rf"spokes(?:man|woman|person|people)|representatives?|officials?|sources?|"
               rf"press{SP}+officers?|press{SP}+secretary")
#: A body's unnamed voice as written: a determiner or a possessive ("the ministry's",
#: "Brennan's"), up to three words ("senior", "company", "Health Ministry"), the role,
#: and whom it is for ("for the agency", "at the authority", "for the organisers, the
#: Clean Air Leith coalition").
_VOICE_RE = lazy_compile(
    rf"(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|(?P<poss>(?:[{UP}][\w&.\-]*{SP}+){{0,4}}[{UP}][\w&.\-]*|"
    rf"(?:[Tt]he{SP}+)?(?:[a-z]+{SP}+)?[a-z]+)[’']s){SP}+)?"
    rf"(?P<mods>(?:[\w’'&.\-]+{SP}+){{0,3}}?)(?P<role>(?i:{VOICE_ROLES}))"
    rf"(?:{SP}+(?:for|of|at|from|with){SP}+(?P<body>.+))?")
#: A body by its common noun, with words that say which: "the company", "the state
#: government", "The ministry", "the local".
_THE_KIND_RE = lazy_compile(rf"(?:[Tt]he|[Ii]ts|[Tt]heir){SP}+(?P<mods>(?:(?:[a-z][\w-]*|State|"
                          rf"Federal|Central|National|Provincial|Union){SP}+){{0,2}})"
                          rf"(?P<noun>[a-z]+)")
#: Words that say which level a body is at, not which body: "the state government" is the
#: Karnataka government the text named.
_LEVEL_WORDS = frozenset("state federal national central city county local regional "
                         "provincial municipal district".split())
#: A dateline: "DECATUR, Ala. (AP) —", "SACRAMENTO, California —" (group ``where``).
_DATELINE_RE = lazy_compile(
    rf"(?m)^[{UP}][{UP}.'’ -]{{2,40}},{SP}+(?P<where>[{UP}][\w.]*(?:{SP}+[{UP}][\w.]*)?)"
    rf"(?:{SP}*\([^)\n]{{1,30}}\))?{SP}*[—–-]")
#: A name opening a sentence, the body it is when one of :func:`_body_subject`'s tests holds.
_OPENING_BODY_RE = lazy_compile(
    rf"(?:[Tt]he{SP}+)?(?P<name>{_BODY_WORD}(?:(?:{SP}+(?:(?:for|of|and|&|on){SP}+"
    rf"(?:the{SP}+)?)?){_BODY_WORD})*)")
_BODY_AFTER_RE = lazy_compile(
    rf"(?:{SP}*\([{UP}][\w.]{{1,8}}\))?(?:,{SP}+(?:which|whose){SP}|{SP}+(?:said|says|told|"
    rf"added|insisted|argued|disputes|disputed|rejected|rejects|denied|denies|defended|"
    rf"defends){SP}+(?:(?:on{SP}+)?[{UP}][a-z]+{SP}+)?(?:that{SP}+)?(?:it|its)\b)")
#: In the voice's own sentence only: a description set beside the name it opens with, then
#: a predicate with "its" and a "but" before the voice ("Wild Pennines, the government's
#: adviser, has not published its own estimate, but a spokesperson said").
_BODY_APPOSED_ITS_RE = lazy_compile(
    rf",{SP}+(?:the|a|an){SP}+[^,.;:!?\n]{{1,60}},{SP}+(?:[a-z]+{SP}+){{0,4}}?its\b"
    rf"[^.;:!?\n]*,{SP}+but{SP}+(?:an?|the){SP}+(?:[a-z]+{SP}+)?(?:spokes(?:person|woman|man)|"
    rf"representative){SP}+said\b")


#: A subject's cue, then a clause that opens with another name: the subject speaks of it.
_ABOUT_ANOTHER_RE = lazy_compile(rf"{SP}+[a-z]+{SP}+(?:that{SP}+)?[{UP}][\w’'\-]+")


def body_as_named(text: str, words: str, noun: str, pos: int) -> str:
    """The body "the <words> <noun>" at ``pos`` is, as the text names it: "the state
    government" is "the Karnataka government" the text named before, or the state of a
    US dateline ("DECATUR, Ala. —": "Alabama state government"); "the ministry" the
    "Ministry of Public Health"; "the interior ministry" only a ministry named with
    "interior". As written ("the state government") when the text names no such body."""
    written = " ".join(["the", *words.split(), noun])
    body = named_body(text, noun, pos)
    if not words.split() and BODY_NOUN_OF.get(noun, noun) == "company":
        # "NubiaCloud says the campus uses ... In a statement, the company said": the name
        # its own paragraph opens a sentence with, saying something, is the company, before
        # one of another paragraph
        ps = max(text.rfind("\n", max(0, pos - 1500), pos) + 1, pos - 1500, 0)
        own = _it_subject(text, sentence_starts(text, ps, pos), pos)
        bare = own[4:] if own is not None and own.startswith("the ") else own
        at = text.rfind(own, ps, pos) if own is not None else -1
        if own is not None and at >= 0 and _ABOUT_ANOTHER_RE.match(text, at + len(own)):
            bare = None  # "Berenberg says Acme is overvalued": the company is Acme, not
            # the analyst who speaks of it
        if bare is not None and not names_body(bare.split()) and (
                body is None or body not in text[ps:pos]) and not re.search(
                    rf"\b[{UP}][\w’'\-]+{SP}+{re.escape(bare)}\b(?![’']s)", text):
            # (not a person's surname the text gives in full elsewhere: "Reyes said" after
            # "Dana Reyes")
            return bare
    mods = [w for w in words.lower().split() if w not in _LEVEL_WORDS]
    levels = [w for w in words.lower().split() if w in _LEVEL_WORDS]
    # "the state government" is no "Federal Government"; "the interior ministry" no
    # "Ministry of Health"
    if body is not None and all(w in body.casefold() for w in mods) and not (levels and any(
            re.search(rf"\b{lv}\b", body.casefold()) for lv in _LEVEL_WORDS - set(levels))):
        return body
    if "state" in levels and noun in ("government", "legislature", "department", "agency"):
        dm = _DATELINE_RE.search(text, 0, min(len(text), 800))
        state = US_STATES.get(dm.group("where")) if dm else None
        if state is not None:
            return f"{state} state {noun}"
    return written


def _body_subject(text: str, pos: int, here: list[int] | None = None) -> str | None:
    """The body the paragraph holding ``pos`` speaks of: the last sentence before ``pos``
    that opens with a body doing or saying something ("Harbour Water said it did not
    recognise the figure. A spokesperson said: ..."), in this paragraph or the one before.
    A body is a name with a body's word, or one that "which" or "it" follows. ``here``:
    :func:`sentence_starts` of this paragraph up to ``pos``, when the caller has it."""
    # (no further back than 1,500 characters: a one-line text is read once per voice)
    ps = max(text.rfind("\n", max(0, pos - 1500), pos) + 1, pos - 1500, 0)
    # (the paragraph before: past the blank lines between, "\n\n" in most texts)
    pe = ps - 1
    while pe > 0 and text[pe - 1] in "\n\r \t\u00a0":
        pe -= 1
    lo = max(text.rfind("\n", max(0, pe - 1500), max(0, pe)) + 1, pe - 1500, 0) \
        if ps > 1 else ps
    for k, (start_lo, hi) in enumerate(((ps, pos), (lo, ps))):
        found: str | None = None
        starts = here if k == 0 and here is not None else sentence_starts(text, start_lo, hi)
        for at in starts:
            m = _OPENING_BODY_RE.match(text, at, hi)
            if m is None:
                continue
            toks = m.group("name").split()
            if toks[0] in STOP or fold(toks[0]) in _STOP_FOLD or (
                    len(toks) == 1 and fold(toks[0]) in BODY_KINDS):
                continue  # "Ministry officials said": a common noun, no body's name
            if names_body(toks) or fold(toks[-1]) in BODY_KINDS or (
                    len(toks) >= 3 and toks[1] in ("of", "for") and (
                        fold(toks[0]) in BODY_KINDS or fold(toks[0]) in _BODY_HEADS)) or (
                    {fold(t) for t in toks} & COMPANY_WORDS and len(toks) >= 2) or \
                    _BODY_AFTER_RE.match(text, m.end(), hi) or (
                        k == 0 and at == starts[-1] and not named_as_person(m.group("name"))
                        and
                        _BODY_APPOSED_ITS_RE.match(text, m.end(), min(len(text), pos + 60))):
                found = ("the " if text[m.start():m.start("name")].strip() else "") + \
                    m.group("name")  # "the Environment Agency", as written
        if found is not None:
            return found
    return None


def _apposed_body(body: str) -> str:
    """"the organisers, the Clean Air Leith coalition": the name set beside the words that
    describe the body (with its "the"), else ``body``."""
    am = re.match(r"(?:the )?[a-z][\w’'\-]*(?: [a-z][\w’'\-]*)?, (?P<n>(?:the )?[A-Z].*)$", body)
    return am.group("n") if am else body


def speaks_for(text: str, start: int, end: int) -> str | None:
    """The body the unnamed voice written at ``text[start:end]`` speaks for, as the text
    names it (a name without its "the": "Central Grid Authority", "Odisha government"),
    or None when the text names none.

    One rule for who said a quotation and who gave a figure. The voice is a description
    ("a spokeswoman for the Clean Air Leith coalition", "a company spokeswoman", "an
    Environment Agency spokesperson", "the ministry's spokesman", "a senior official at
    the authority", "A spokesperson") or a body by its common noun ("the company", "the
    state government", "the ministry"). Its body is, in this order: the name after "for",
    "of", "at" (set beside its description: "for the organisers, the X coalition"); a
    name among its words; the body its common noun stands for (:func:`named_body`: "the
    agency" after "Harbour Homes, the county's housing agency"; "the state government"
    by :func:`body_as_named`); for a bare "a spokesperson", the body its paragraph opens a
    sentence with ("Harbour Water said it ... A spokesperson said"). A common noun the
    text gives no body for comes back as written, in lower case ("the state government",
    "the company" for "a company spokeswoman"); a bare voice with none, and anything that
    is no voice, as None."""
    body = _voice_body(text, start, end)
    if body is not None and body.startswith("the ") and body[4:5].isupper():
        return body[4:]
    return body


def _voice_body(text: str, start: int, end: int) -> str | None:
    """:func:`speaks_for` with the body's "the" as the text writes it."""
    desc = " ".join(text[start:end].split())
    m = _VOICE_RE.fullmatch(desc)
    if m is None:
        km = _THE_KIND_RE.fullmatch(desc)
        if km is None or BODY_NOUN_OF.get(km.group("noun"), km.group("noun")) not in BODY_KINDS:
            return None
        return body_as_named(text, km.group("mods"), km.group("noun"), start)
    body = m.group("body")
    if body:
        body = _apposed_body(body)
        if body[:1].isupper() or body[4:5].isupper():
            return body  # as written: "the Clean Air Leith coalition", "Meridan Foods Ltd"
        km = _THE_KIND_RE.fullmatch(body)
        if km is None:
            return None
        return body_as_named(text, km.group("mods"), km.group("noun"), start)
    poss = m.group("poss")
    if poss:
        if poss[:1].isupper() and not poss.startswith("The "):
            return poss  # "Brennan Poultry's spokeswoman"
        km = _THE_KIND_RE.fullmatch(poss if poss[:3].lower() == "the" else f"the {poss}")
        if km is None:
            return None
        return body_as_named(text, km.group("mods"), km.group("noun"), start)
    mods = [_POSS_RE.sub("", w) for w in m.group("mods").split()]  # "the ministry's"
    if mods and m.start("mods") == 0 and fold(mods[0]) in BODY_KINDS:
        mods[0] = mods[0].lower()  # "Ministry officials said": a sentence's capital
    caps = [w for w in mods if w[:1].isupper()]
    if len(caps) == 1 and caps[0].isupper() and (long := acronym_name(text, caps[0], start)):
        # "a PHAC spokesperson" after "the Public Health Agency of Canada"
        return f"the {long}" if " " in long else long
    if caps:
        return " ".join(caps)  # "an Environment Agency spokesperson"
    nouns = [w for w in mods if BODY_NOUN_OF.get(w, w) in BODY_KINDS]
    if nouns:
        # "a company spokeswoman": the company the text named, else "the company"
        return body_as_named(text, "", nouns[-1], start)
    if m.group("role").lower().endswith("s") and not m.group("role").lower().endswith("person"):
        return None  # "Officials said": people of no one body, unless the text says which
    if desc[:4].lower() == "the ":
        # "A council spokesperson said ... the spokesperson said": the voice the paragraph
        # described before, and the body it said it speaks for
        ps = text.rfind("\n", 0, start) + 1
        for am in reversed(list(_A_VOICE_RE.finditer(text, ps, start))):
            if am.group("mods").strip():
                return _voice_body(text, am.start(), am.end())
    return _body_subject(text, start)


#: A voice described with an article, in a paragraph: "A council spokesperson", "a
#: senior ministry official" (``mods`` the words before the role).
_A_VOICE_RE = lazy_compile(rf"\b[Aa]n?{SP}+(?P<mods>(?:[\w’'&.\-]+{SP}+){{0,3}}?)"
                           rf"(?:spokes(?:man|woman|person)|representative|official)\b")


def voice_as_named(text: str, start: int, end: int) -> str:
    """The unnamed voice at ``text[start:end]`` written with the body it speaks for, the
    speaker a statement records: "a spokesperson for Harbour Water" for "A spokesperson"
    in a paragraph about Harbour Water; "a company spokeswoman" after "Meridan Foods Ltd"
    is "a company spokeswoman for Meridan Foods Ltd"; "the company said" is "Meridan Foods
    Ltd". Anything else, and a voice of no named body, stays as written."""
    desc = " ".join(text[start:end].split())
    body = _voice_body(text, start, end)
    if body is not None and body == body.lower():
        return desc  # "a union spokesman", "the state government": no body named
    m = _VOICE_RE.fullmatch(desc)
    if body is not None and m is not None and m.group("body"):
        written = _apposed_body(m.group("body"))
        if written[:1].isupper() or written[4:5].isupper():
            return desc[:m.start("body")] + written  # "for the Clean Air Leith coalition"
        return desc[:m.start("body")] + body  # "a senior official at the Central ... Authority"
    if body is None or body.casefold() in desc.casefold():
        return desc
    if m is None:
        return body  # "the company said": the company the text named
    # "a company spokeswoman", "the ministry's spokesman": the role's own words, then whom for
    det = "A" if desc[:1].isupper() else "a"
    if desc.split()[0].lower() in ("a", "an", "the") and not m.group("poss") and not any(
            _POSS_RE.search(w) for w in m.group("mods").split()):
        det = desc.split()[0]
    own = [w for w in m.group("mods").split() if not (
        _POSS_RE.search(w) or w[:1].isupper() or BODY_NOUN_OF.get(w, w) in BODY_KINDS)]
    role = m.group("role")
    if role.lower().endswith(("officials", "sources", "representatives", "people", "officers")):
        # "Ministry officials said": the officials of the body named
        words = [*own, role.lower(), "of", body]
        return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]]) \
            if desc[:1].isupper() else " ".join(words)
    if det.lower() in ("a", "an"):
        det = det[0] + ("n" if (own or [role])[0][:1] in "aeiou" else "")
    return " ".join([det, *own, role, "for", body])


def modifies_group(text: str, end: int, hi: int) -> bool:
    """True when the capitalised word(s) ending at ``end`` open a noun phrase about a group
    of people ("Young people", "Trump supporters", "Labour councillors", "Local
    residents"): the group, not a person of that name, is the sentence's subject."""
    m = _NEXT_WORD_RE.match(text, end, hi)
    return m is not None and m.group(1) in GROUP_WORDS and m.group(1) not in CUE_WORDS


def _is_people_word(word: str) -> bool:
    """A word for people in general or for a role ("Staff", "Residents", "Doctor"), read
    with a capital at a sentence's start: no one's name."""
    w = word.lower()
    return w in GROUP_WORDS or w in PERSON_ROLES


_NEXT_WORD_RE = lazy_compile(r"[ \u00a0]+([a-z][a-z’'-]*)\b")


@functools.lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Case- and accent-insensitive key."""
    if s.isascii():
        return s.casefold().strip(".'")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip(".’'")


#: :data:`BODY_FIRST_WORDS` as :func:`fold` keys them ("Estatistica" typed without accents).
_BODY_FIRST = frozenset(fold(w) for w in BODY_FIRST_WORDS)


def clean_name(raw: str) -> tuple[str, list[str]] | None:
    """(name as written without leading sentence words, name tokens without titles).

    Returns None when nothing name-like remains (``However``, ``The``).
    """
    got = _clean_name(raw)
    return None if got is None else (got[0], list(got[1]))


#: Titles that say what an office is for ("Health Minister"): before a name with no
#: office word ("Health Canada", "Education Scotland") they are part of a body's name.
_DOMAINS = frozenset("foreign defense defence interior finance labor labour education health "
                     "trade energy homeland".split())


#: Lower-case words that link the words of a long name ("Public Health Agency of Canada",
#: "Unión de Agricultores del Sur", "Banco de la Nación Argentina"): a long name with one is
#: whole, not a headline run into a name. The same words a long name's short form leaves
#: out ("PHAC"): one list, :data:`_INITIALS_SKIP`.
_INITIALS_SKIP = ("of", "for", "and", "&", "on", "de", "del", "des", "la", "le", "du", "y",
                  "et", "the")
_BODY_LINKS = frozenset(_INITIALS_SKIP)


#: How a possessive word ends: "ABC's", "News'".
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


def _after_possessive(core: Sequence[str]) -> int:
    """Where a person's name starts after an outlet's or a body's possessive ("ABC's
    Martha Raddatz", "Fox News' Chris Wallace", "Tesco's Ken Murphy": 1, 2, 1), 0 when the
    name has none or is a body's whole name ("People's Party", "Women's Health Council",
    "Children's Hospital Oakland")."""
    poss = [k for k, t in enumerate(core[:-2]) if t.endswith(_POSSESSIVE_ENDS)]
    if not poss or names_body(core) or fold(core[-1]) in ORGANISATION_NOUNS:
        return 0
    k = poss[-1] + 1
    return 0 if names_body(core[k:]) else k


def person_after_possessive(name: str) -> str:
    """The person a name after an outlet's possessive stands for ("CNN's Jake Tapper" is
    Jake Tapper); any other name as written. The one rule: the speech engine names its
    speakers by it and the figures engine its sources, so the two agree on one person."""
    toks = name.split()
    return " ".join(toks[_after_possessive([t.strip(",") for t in toks]):])


#: Jobs and offices a name may open with at a sentence's start ("Historian Amira Saleh"),
#: not the relations among PERSON_ROLES ("Mother Mary Clarke" is rare, but no job).
_JOBS = PERSON_ROLES - frozenset("wife husband son daughter mother father brother sister "
                                 "friend partner widow widower niece nephew cousin grandson "
                                 "granddaughter".split())


#: A trade by its ending ("stallholder", "beekeeper"): :data:`_AGENT_END_RE` without
#: "-ian" and "-man", which end given names too ("Christian", "Salman", "Herman").
_TRADE_RE = lazy_compile(r"[a-z]{2,}(?:ist|keeper|maker|worker|holder|owner|seller|grower|"
                         r"dealer|player|rider|writer)")


@functools.lru_cache(maxsize=65536)
def _clean_name(raw: str) -> tuple[str, tuple[str, ...]] | None:
    toks = raw.replace("\u00a0", " ").split()
    while toks and (toks[0].strip(",") in STOP or re.fullmatch(r"[A-Z][a-z]+ly,", toks[0])):
        toks.pop(0)  # "However", "Conversely," open a sentence, not a name
    while toks and toks[-1].strip(",") in STOP:
        toks.pop()
    if not toks:
        return None
    written = " ".join(toks)
    core = [t.strip(",") for t in toks]
    k = _after_possessive(core)
    if k:
        toks, core = toks[k:], core[k:]
        written = " ".join(toks)
    if len(core) >= 2 and core[-2] == "et" and core[-1].startswith("al"):
        core = core[:-2]
    while core and core[-1] in ("Jr.", "Sr.", "II", "III", "IV"):
        core.pop()
    k = 0
    while len(core) - k > 1 and fold(core[k]) in TITLE_SET:
        k += 1
    if not (k and all(fold(t) in _DOMAINS for t in core[:k])):
        core = core[k:]  # "Health Minister Ann Lee"; but "Health Canada" is a body's name
    j = 0
    while len(core) - j > 2 and core[j][1:].islower() and (
            fold(core[j]) in _JOBS or (_TRADE_RE.fullmatch(fold(core[j])) and
                                       gender_of(core[j], [core[j], "-"]) is None and
                                       gender_of(" ".join(core[j + 1:]), core[j + 1:]))):
        # "Economist Amira Saleh said": a job opening the sentence, no part of the name;
        # so is a trade by its ending before a given name ("Stallholder Aisha Rahman")
        j += 1
    if j and not names_body(core[j:]):
        at = next(i for i, tok in enumerate(toks) if tok.strip(",") == core[j])
        core, toks = core[j:], toks[at:]
        written = " ".join(toks)
    while len(core) >= 3 and not names_body(core) and any(
            fold(t) in PORTFOLIOS for t in core[:min(3, len(core) - 2)]):
        # "(Minister for) Housing Declan Fennessy", "(Minister of State for) Public Health
        # Orla Byrne", "(Minister for) National Development Planning Sri Mulyani": the
        # portfolio is no part of the name
        cut = 1 + max(i for i, t in enumerate(core[:min(3, len(core) - 2)])
                      if fold(t) in PORTFOLIOS)
        if fold(core[cut]) in TITLE_SET:
            break  # "Health Minister Ann Lee": the title rule's
        if gender_of(" ".join(core[cut:]), core[cut:]) is None:
            break  # only a person's name follows a portfolio: "Energy Saving Trust" stays
        at = next(i for i, tok in enumerate(toks) if tok.strip(",") == core[cut - 1])
        core, written = core[cut:], " ".join(toks[at + 1:])
    # a place or party before the title: "Indiana Gov. Mike Pence", "New York Mayor Bill
    # de Blasio" -- the name starts after the last office
    for k in range(len(core) - 2, 0, -1):
        t = fold(core[k])
        if (t in OFFICES or t in _PARTY_MEMBERS) and \
                (core[k].endswith(".") or core[k][1:].islower()) and \
                fold(core[k + 1]) not in TITLE_SET:
            at = max(i for i, tok in enumerate(toks) if tok.strip(",") == core[k])
            core, written = core[k + 1:], " ".join(toks[at:])
            break
    if not core or (len(core) == 1 and fold(core[0]) in OFFICES):
        return None  # "President", "Mr. President": an office alone names nobody
    if len(core) >= 2 and fold(core[-1]) in _PARTY_MEMBERS:
        return None  # "Massachusetts Democrat": a description, no one's name
    if core and _POSS_RE.search(core[-1]):
        return None
    if all(len(t.rstrip(".")) <= 1 for t in core):
        return None
    if len(core) >= 2 and all(t.isupper() and len(t) > 2 for t in core):
        return None  # A HEADING IN CAPITALS
    if len(core) == 1 and re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,}\.?", core[0]) and len(toks) == 1:
        if "." in core[0]:
            return None  # U.S., U.N.
    if len(core) > 4 and not names_body(core) and not _BODY_LINKS.intersection(core[1:-1]):
        core = core[-3:]  # a Title Case headline ran into the name
        while len(core) > 1 and fold(core[0]) in TITLE_SET:
            core.pop(0)
        written = " ".join(core)
    return written, tuple(core)


def _section_label(label: str) -> bool:
    """:func:`provenance.speech.interview.section_label`, imported when first asked (the
    interview module imports this one)."""
    from .interview import section_label

    return section_label(label)


@dataclass(slots=True)
class Subject:
    """The subject of a cue: a name, a pronoun or a description, with its place."""

    kind: str  # "name" | "pron" | "np" | "guess" (a name near a cue) | "none" (a bare cue)
    text: str
    start: int
    end: int
    cue_start: int
    cue_end: int


#: Letters each followed by a full stop, the last one's left off: "U.N", "E.U", "p.m".
_DOTTED_RE = lazy_compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_LOWER_NEXT_RE = lazy_compile(r"[ \u00a0]*[”\"’)\]]*[ \u00a0\n]+[a-z]")


def _is_abbrev_end(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation, not a sentence.

    The one rule for speech, figures and studies: a listed word ("Gov.", "Inc."), an
    initial ("R. Shane Tubbs"), a closing parenthesis after it ("(D-Wis.) said"), or
    dotted letters before a lower-case word ("the U.N. children's agency", "the E.U.
    said", "at 3 p.m. on"): a sentence never opens in lower case. Dotted letters before a
    capital ("joined the U.N. The agency") end the sentence unless listed ("U.S.")."""
    if text.startswith(")", dot + 1):
        return True  # "(D-Wis.) said": the sentence goes on after the parenthesis
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].casefold()
    if len(word) == 1 and text[j:dot].isupper():
        return True  # an initial: "R. Shane Tubbs"
    if word in ABBREVIATIONS and (text[j:j + 1].isupper() or word in _LOWER_CASE_ABBREVIATIONS):
        return True  # ("the open-air mass. Police put": a word, not Massachusetts)
    return bool(_DOTTED_RE.fullmatch(word) and _LOWER_NEXT_RE.match(text, dot + 1, dot + 12))


def sentence_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where each sentence from ``lo`` to ``hi`` opens, in order: ``lo`` itself, then after
    every end of a sentence before ``hi`` (a full stop that ends an abbreviation ends none:
    :func:`_is_abbrev_end`). The one reading of sentence openings: a rule that looks at
    each sentence's first words, or at the last one's, reads this list."""
    return [lo] + [m.end() for m in _SENT_END_RE.finditer(text, lo, hi)
                   if not (text[m.start()] == "." and _is_abbrev_end(text, m.start()))]


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence holding ``pos``, not before ``lo``."""
    return sentence_starts(text, lo, pos)[-1]


def sentence_end(text: str, pos: int, hi: int) -> int:
    """End of the sentence holding ``pos``, not after ``hi``."""
    for m in _SENT_END_RE.finditer(text, pos, hi):
        if text[m.start()] == "." and _is_abbrev_end(text, m.start()):
            continue
        return m.start() + 1
    return hi


def _subject_span(text: str, m: re.Match[str], kind: str) -> Subject | None:
    raw = m.group(0)
    s = m.start()
    if kind == "name":
        cleaned = clean_name(raw)
        if cleaned is None:
            return None
        written, _core = cleaned
        if _participle_opener(text, m.start(), m.end(), _core):
            return None
        s = m.start() + raw.replace("\u00a0", " ").find(written.split(" ")[0])
        name = text[s:m.end()].replace("\u00a0", " ").rstrip(", ")
        return Subject("name", _spelled_out(text, name, _core, s), s, m.end(), 0, 0)
    return Subject(kind, raw, s, m.end(), 0, 0)


#: What follows a name as its verb does: a verb's ending, an auxiliary, an adverb.
_VERB_NEXT_RE = lazy_compile(
    rf"{SP}+(?:[a-z]+(?:ed|s|ly)|has|had|have|is|was|will|would|can|could|may|might|must|"
    rf"should|did|does|do|also|then|now|later|once|still|put|told|said|says|wrote|"
    rf"found|thinks?|thought|set|gave|gives?|made|makes?|took|takes?)\b(?!-)")
_LOWER_NEXT_WORD_RE = lazy_compile(rf"{SP}+[a-z]")


def _participle_opener(text: str, start: int, end: int, core: Sequence[str]) -> bool:
    """"Using satellite estimates for 2,400 cells, it put": a sentence that opens with a
    participle and its object, no one's name (where "Manning said", "Fleming, who ...",
    a name followed by its verb or a comma, stays a name)."""
    if len(core) != 1 or not core[0].endswith("ing") or len(core[0]) < 5 or \
            not core[0][1:].islower():
        return False
    before = text[max(0, start - 3):start].rstrip(" \u00a0\"“‘'")
    if before and before[-1] not in ".!?\n":
        return False
    if re.search(rf"(?:[{UP}][\w’'.-]*|[a-z,]){SP}+{re.escape(core[0])}\b", text):
        return False  # "Dr Jane Fleming ... Fleming in a statement put": a name the text
        # gives whole, or mid-sentence, elsewhere
    return bool(_LOWER_NEXT_WORD_RE.match(text, end)) and not _VERB_NEXT_RE.match(text, end) \
        and not _cue_word_next(text, end)


def _cue_word_next(text: str, end: int) -> bool:
    nm = re.match(rf"{SP}+([a-z]+)\b", text[end:end + 40])
    return nm is not None and nm.group(1) in _CUE_SET


def _spelled_out(text: str, name: str, core: Sequence[str], pos: int) -> str:
    """A speaker's name as the draft gives it: a short form in capitals the text spells
    out is the name it stands for ('"…," UAS wrote' after "the Unión de Agricultores del
    Sur (UAS)"; "the Commission on Audit (COA) estimated"); any other name as written."""
    if len(core) == 1 and name.isupper() and (long := acronym_name(text, name, pos)):
        return long
    return name


def _candidates(text: str, lo: int, hi: int) -> list[tuple[int, int, str, re.Match[str]]]:
    out: list[tuple[int, int, str, re.Match[str]]] = []
    for m in NAME_RE.finditer(text, lo, hi):
        if PARTY_STATE_RE.fullmatch(m.group()):
            continue  # ("Rep. Dale Hostetler, R-Ohio, who chairs ..., told": a party and a
            # state set beside the name, never the subject)
        out.append((m.start(), m.end(), "name", m))
    for m in PRON_RE.finditer(text, lo, hi):
        out.append((m.start(), m.end(), "pron", m))
    for m in NP_RE.finditer(text, lo, hi):
        out.append((m.start(), m.end(), "np", m))
    out.sort(key=lambda c: (c[1], -(c[1] - c[0])), reverse=True)
    return out


#: A party and a state after an American legislator's name: "R-Ohio", "D-Calif.", "I-Vt."
PARTY_STATE_RE = lazy_compile(r"[RDI]-[A-Z][A-Za-z]*\.?")
#: Who speaks for a body unnamed: the head of a description "a spokeswoman for X" is.
_SPOKES_HEAD_RE = lazy_compile(r"\b(?:spokes(?:man|woman|person)|representative|official|"
                             r"press[ \u00a0]+officer)$", re.I)
#: The body after "a spokeswoman": "for the Department for Culture, Media and Sport", "for
#: the organisers, the Clean Air Leith coalition" (the body's name set beside a
#: description of it), "for Meridan Foods" (group ``body``: as written).
_SPOKES_FOR_RE = lazy_compile(
    rf"{SP}+(?P<prep>for|of|at|from){SP}+(?:(?:the{SP}+)?[a-z][\w’'\-]*(?:{SP}+[a-z][\w’'\-]*)?,{SP}+"
    rf"(?=(?:the{SP}+)?[{UP}]))?(?P<body>(?:the{SP}+)?(?:{_BODY_WORD}"
    rf"(?:{SP}+(?:(?:for|of|and|&|on|in){SP}+(?:the{SP}+)?)?{_BODY_WORD}"
    rf"|,{SP}+{_BODY_WORD}(?=(?:{SP}+{_BODY_WORD})*{SP}+and{SP}+[{UP}]))*"
    rf"(?:{SP}+(?:{'|'.join(sorted(ORGANISATION_NOUNS))})\b)?"
    # ("A spokesman for the firm said its ...": the firm, not "firm said")
    rf"|[a-z][\w\-]*(?:{SP}+(?!(?:{CUE_ALT})\b)[a-z][\w\-]*)?(?<=[a-z])))")
_SPOKES_END_RE = lazy_compile(rf"{SP}*(?:[.,;]|$|{SP}*\n|{SP}+(?:in|on|at|who|after)\b)")
#: The same, ending right before its cue verb: "... coalition, told", "... Sport said".
_SPOKES_BEFORE_RE = lazy_compile(
    rf"\b(?P<np>(?:[Aa]n?|[Tt]he)(?:{SP}+[a-z][\w\-]*){{0,2}}?{SP}+(?:spokes(?:man|woman|person)|"
    rf"representative|official|press{SP}+officer))(?P<for>{_SPOKES_FOR_RE.pattern})"
    # "..., which owns many of the blocks, said": the body's own clause
    rf"(?:,{SP}+(?:which|who|that){SP}+[^,;“”\"\n]{{1,100}},)?"
    rf",?(?:{SP}+{_ADV})*{SP}*$")


#: A description of one person, with the body it is at or for, then its own clause set off
#: by commas before the cue: "An official at the ministry, speaking on condition of
#: anonymity, said", "A ministry official, who was not authorised to speak, said" (groups
#: ``np`` and ``head``).
_DESC_CLAUSE_RE = lazy_compile(
    rf"(?P<np>\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother){SP}+(?:[\w’'\-]+{SP}+){{0,3}}?"
    rf"(?P<head>[a-z][\w\-]*)(?:{SP}+(?:at|of|for|from|in|with){SP}+(?:the{SP}+)?"
    rf"[\w’'&\-]+(?:{SP}+[\w’'&\-]+){{0,3}}?)?),{SP}+(?:who|[a-z]+ing){SP}+"
    rf"[^,“”\"\n]{{1,100}},(?:{SP}+{_ADV})*{SP}*$")


#: A description of a body or a person opening its clause, then an aside of a preposition
#: set off by commas before the cue: "The ministry, in an emailed reply to questions,
#: said", "The mayor, at a briefing on Monday, said" (groups ``np`` and ``head``).
_NP_ASIDE_RE = lazy_compile(
    rf"(?P<np>\b(?:[Tt]he|[Ii]ts|[Tt]heir){SP}+(?:[a-z][\w’'\-]*{SP}+){{0,2}}?"
    rf"(?P<head>[a-z][\w\-]*)),{SP}+(?:in|on|at|by|via|through|during|after|when|while)"
    rf"{SP}+[^,“”\"\n]{{1,80}},(?:{SP}+{_ADV})*{SP}*$")


#: A description whose clause gives the person's name: "A survivor, identified only as
#: Fatima, said", "A third woman, who gave her name as Mrs Okafor, said" (group ``name``).
_NAMED_AS_RE = lazy_compile(
    rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)(?:{SP}+[\w’'\-]+){{1,5}}?,{SP}+"
    rf"(?:who{SP}+gave{SP}+(?:his|her|their){SP}+(?:first{SP}+)?name{SP}+(?:only{SP}+)?as|"
    rf"identified{SP}+(?:only{SP}+)?as|known{SP}+(?:only{SP}+)?as|named){SP}+"
    rf"(?P<name>{NAME_PLAIN}),(?:{SP}+{_ADV})*{SP}*$")


#: Where a described speaker is, between the description and its verb: " near Ballarat",
#: " from Dunedin," (the verb-first order, "said a farmer near Moyston", is read apart).
_PLACE_TAIL_RE = lazy_compile(
    rf"(?P<place>{SP}+(?:near|in|from|outside|at){SP}+(?:the{SP}+)?"
    rf"[A-Z][\w’'\-]*(?:{SP}+[A-Z][\w’'\-]*){{0,3}}),?{SP}*")


#: A relative pronoun that opens the clause of a cue verb, with a short adverbial between:
#: ", which on Jan. 29 wrote", ", who last week told".
_RELATIVE_BEFORE_RE = lazy_compile(
    rf",{SP}+(?P<pron>who|which){SP}+(?:(?:on|in|at|last|this|earlier|later|also|then|"
    rf"previously|recently|yesterday|today|once)\b(?![^,;:“”\"\n]*\b(?:he|she|they|we|it|I)\b)"
    rf"[^,;:“”\"\n]{{0,25}}?{SP}+)?$")


#: How far before its verb a subject is looked for.
_SUBJECT_REACH = 600


def subject_before(text: str, lo: int, verb_start: int) -> Subject | None:
    """The subject of the cue verb at ``verb_start``, looking back to ``lo``.

    The nearest candidate wins when only adverbs stand between it and the verb;
    otherwise a candidate followed by an appositive (``X, who is ...,``) does.
    A name right after a preposition (``in Yokohama, Japan,``) is never a subject.
    """
    spokes = _SPOKES_BEFORE_RE.search(text, max(lo, verb_start - 200), verb_start)
    if spokes is not None:
        # "a spokeswoman for the organisers, the Clean Air Leith coalition, told": the
        # body's unnamed voice, with the body as written
        return Subject("np", f"{spokes.group('np')} {spokes.group('prep')} "
                       f"{spokes.group('body')}",
                       spokes.start(), spokes.end("body"), 0, 0)
    k = verb_start
    while k > lo and text[k - 1] in " \u00a0":
        k -= 1
    if k > lo and text[k - 1] == "," and (
            na := _NAMED_AS_RE.search(text, max(lo, verb_start - 250), verb_start)):
        nm = NAME_RE.match(text, na.start("name"), na.end("name"))
        named = _subject_span(text, nm, "name") if nm is not None else None
        if named is not None:
            return named  # "A survivor, identified only as Fatima, said"
    if k > lo and text[k - 1] == "," and (
            dc := _DESC_CLAUSE_RE.search(text, max(lo, verb_start - 250), verb_start)) and \
            _CLAUSE_OPEN_RE.search(text[max(lo, dc.start() - 40):dc.start()]) and (
                is_person_noun(dc.group("head")) or _SPOKES_HEAD_RE.search(dc.group("head"))):
        # "An official at the ministry, speaking on condition of anonymity, said": the
        # description with its body, past its own clause
        return Subject("np", dc.group("np"), dc.start("np"), dc.end("np"), 0, 0)
    if k > lo and text[k - 1] == "," and (
            na := _NP_ASIDE_RE.search(text, max(lo, verb_start - 160), verb_start)) and \
            _CLAUSE_OPEN_RE.search(text[max(lo, na.start() - 40):na.start()]) and (
                fold(na.group("head")) in BODY_KINDS or is_person_noun(na.group("head"))):
        # "The ministry, in an emailed reply to questions, said": the body (or the person
        # a role names), past the aside
        return Subject("np", na.group("np"), na.start("np"), na.end("np"), 0, 0)
    age = _AGE_NP_RE.search(text, max(lo, verb_start - 40), verb_start)
    if age is not None and _ADV_TAIL_RE.fullmatch(text, age.end(), verb_start):
        return Subject("np", age.group(0), age.start(), age.end(), 0, 0)  # "the 54-year-old"
    body = _body_name_before(text, max(lo, verb_start - 160), verb_start)
    if body is not None:
        return body
    rel = _RELATIVE_BEFORE_RE.search(text, max(lo, verb_start - 60), verb_start)
    if rel is not None:
        # "a report in the Daily Courier, which on Jan. 29 wrote that": the relative
        # pronoun's antecedent, the name right before its comma
        near = _candidates(text, max(lo, rel.start() - 80), rel.start())[:1]
        for s, e, kind, m in near:  # (the candidate nearest the comma, if any)
            if e == rel.start() and kind == "name" and (
                    rel.group("pron") == "which" or
                    not _after_preposition(text, max(lo, s - 12), s)):
                # ("who" after a preposition's object is its head's: "Residents of Elm
                # Street, who say"; "which" a publication's: "a report in the Courier,
                # which wrote")
                got = _subject_span(text, m, kind)
                if got is not None:
                    return got
    # (a subject stands within a few hundred characters of its verb: a sentence of
    # thousands with a cue verb in every clause is read in linear time, not quadratic)
    for s, e, kind, m in _candidates(text, max(lo, verb_start - _SUBJECT_REACH), verb_start):
        between = text[e:verb_start]
        if kind == "name" and _POSS_RE.search(m.group(0)) and \
                (pr := _POSS_ROLE_RE.fullmatch(between)) and \
                fold(pr.group(1).split()[-1]) in PERSON_ROLES and \
                not _after_preposition(text, max(lo, s - 12), s):
            # "Ann Cole's lawyer said": the lawyer, unnamed, not Cole
            cleaned = clean_name(m.group(0)[:-2])
            if cleaned is not None:
                at = s + m.group(0).replace("\u00a0", " ").find(cleaned[0].split(" ")[0])
                return Subject("np", text[at:e + pr.end(1)], at, e + pr.end(1), 0, 0)
        if kind == "name" and _POSS_RE.search(m.group(0)) and \
                _POSS_DOC_RE.fullmatch(m.group(0)[-2:] + between):
            cleaned = clean_name(m.group(0)[:-2])  # "Ivana Trump's brief said"
            if cleaned is not None:
                at = s + m.group(0).replace("\u00a0", " ").find(cleaned[0].split(" ")[0])
                return Subject("name", cleaned[0], at, e - 2, 0, 0)
        if kind == "np" and re.search(rf"(?:{DOCUMENTS})$", m.group(0)):
            # "The letter, signed by Gov. Eva Lind, said", "A statement from Lind said"
            by = _DOC_BY_RE.match(text, e, verb_start)
            nm = NAME_RE.match(text, by.end(), verb_start) if by else None
            if nm is not None and _DOC_BY_TAIL_RE.fullmatch(text, nm.end(), verb_start):
                got = _subject_span(text, nm, "name")
                if got is not None:
                    return got
        if kind == "np" and (pl := _PLACE_TAIL_RE.fullmatch(between)) is not None and \
                is_person_noun(text[s:e].split()[-1]) and \
                text[max(lo, s - 4):s].rstrip()[-1:] in ("", ".", "!", "?", "”", '"', "’") and \
                not _after_preposition(text, max(lo, s - 12), s):
            # '"...," a farmer near Ballarat said': the farmer, where they are after them
            # (opening its clause: "Paul Reed, a surgeon in Leeds, said" is Paul Reed)
            end = e + pl.end("place")
            return Subject("np", text[s:end], s, end, 0, 0)
        if kind == "np" and not _ADV_TAIL_RE.fullmatch(between) and \
                not _NP_CLAUSE_RE.fullmatch(between):
            more = _NP_MORE_RE.fullmatch(text, e, verb_start)  # "the chief| executive said"
            if more is not None and fold(text[s:more.end(1)].split()[-1]) in (
                    PERSON_ROLES | ORGANISATION_NOUNS):  # "the betting| industry has called"
                dd = re.match(rf"\w+{SP}+(?=(?:the|a|an){SP})", text[s:more.end(1)])
                at = s + (dd.end() if dd else 0)  # "one the betting industry": "the ..."
                return Subject("np", text[at:more.end(1)], at, more.end(1), 0, 0)
            tail = _NP_TAIL_RE.fullmatch(text, e, verb_start)
            if tail is not None and _after_preposition(text, max(lo, s - 12), s):
                continue  # "at a rally on Monday said": the occasion, not its subject
            if tail is not None and (occ := _OCCASION_RE.search(text, e, tail.end(1))):
                if text[e:occ.start()].strip():
                    continue  # lower-case words between: no plain description
                return Subject("np", text[s:e], s, e, 0, 0)  # "the mayor in a statement"
            if tail is not None and not _CLAUSE_OPEN_RE.search(text[max(lo, s - 40):s]):
                continue  # "Trump unleashed a series of tweets saying": an object
            if tail is None or _after_preposition(text, max(lo, s - 12), s) or \
                    m.group(0).split()[0].lower() in ("that", "this", "which") or \
                    text[s:e].split()[-1] in CUE_WORDS or _ADV_WORD_RE.match(text[s:e].split()[-1]):
                continue
            return Subject("np", text[s:tail.end(1)], s, tail.end(1), 0, 0)
        if not (
            _ADV_TAIL_RE.fullmatch(between)
            or _PAREN_RE.fullmatch(between)
            or (kind == "name" and _ROLE_COMMA_RE.search(text, max(lo, s - 40), s)
                and _COMMA_TAIL_RE.fullmatch(between))
            or (kind == "name" and (_APPOSITIVE_RE.fullmatch(between)
                                    or _OF_ORG_RE.fullmatch(between)
                                    or _POSS_DOC_RE.fullmatch(between)))
            # "One mother, whose son is on the ward, said": a description's own clause
            or (kind == "np" and _NP_CLAUSE_RE.fullmatch(between)
                and _CLAUSE_OPEN_RE.search(text[max(lo, s - 40):s]))
        ):
            continue
        if _after_preposition(text, max(lo, s - 12), s) and not (
                kind == "name" and not between.strip()
                and re.match(r"[a-z]+ing\b", text[verb_start:verb_start + 20])):
            continue  # "in Yokohama, Japan, said"; but "footage of Clinton asking" is hers
        subj = _subject_span(text, m, kind)
        if subj is None and kind == "name" and _ADV_TAIL_RE.fullmatch(between):
            # "the Prime Minister said", "The Massachusetts Democrat added": an office or a
            # party's member after "the" is a description, no one's name
            at = s - 4 if re.search(rf"\b[Tt]he{SP}+$", text[max(lo, s - 4):s]) else s
            words = text[at:e].split()
            if words[0] in ("the", "The") and len(words) > 1 and (
                    _titles_only(" ".join(words[1:])) or fold(words[-1]) in _PARTY_MEMBERS):
                return Subject("np", text[at:e], at, e, 0, 0)
        if subj is None:
            continue
        if kind == "np" and (text[s:e].split()[-1] in CUE_WORDS
                             or _ADV_WORD_RE.match(text[s:e].split()[-1])):
            continue  # "that Clinton once described": "once" is no one
        return subj
    return None


def _body_name_before(text: str, lo: int, verb_start: int) -> Subject | None:
    """A body's whole name right before its cue verb, as written: "The Federation of Small
    Businesses said", "The Institute for Fiscal Studies said", "The Water Services
    Regulation Authority said" (a name with "of"/"for" headed by a body's word, or one
    ending in one): the body speaks, not a person called "Federation"."""
    tail = _ADV_TAIL_RE.search(text, lo, verb_start)
    end = tail.start() if tail else verb_start
    while end > lo and text[end - 1] in ", ":
        end -= 1
    best = None
    for m in _BODY_RUN_RE.finditer(text, lo, end):
        if m.end() == end:
            best = m
    if best is None:
        return None
    toks = best.group(0).split()
    the = toks[0] in ("The", "the")
    core = toks[1:] if the else toks
    if len(core) < 2 or core[0] in STOP or fold(core[0]) in _STOP_FOLD:
        return None
    offices = [k for k in range(1, len(core) - 2)
               if fold(core[k]) in TITLE_SET or fold(core[k]) in OFFICES]  # a name of 2+ after
    if offices:
        # "Bank of England Governor Andrew Bailey said": the person after the office
        k = offices[-1] + 1
        at = best.start() + len(" ".join(toks[:len(toks) - len(core) + k])) + 1
        nm = NAME_RE.match(text, at, best.end())
        return _subject_span(text, nm, "name") if nm else None
    joined = any(t in ("of", "for", "and", "&", "on") for t in core)
    headed = fold(core[0]) in BODY_KINDS or fold(core[0]) in _BODY_HEADS
    if not ((joined and headed and core[1] in ("of", "for")) or
            (names_body(core) and len(core) >= 3)):
        return None
    at = best.start() if the else best.start() + best.group(0).find(core[0])
    if not the and re.search(rf"\b[Tt]he{SP}+$", text[max(0, at - 4):at]):
        at -= 4
    if _after_preposition(text, max(lo, at - 12), at):
        return None  # "a report by the Institute for Fiscal Studies said"
    return Subject("np", text[at:best.end()], at, best.end(), 0, 0)


#: What goes on naming a body after its capitalised words: "Institute| for Fiscal Studies",
#: "Trump| campaign".
_ORG_TAIL_RE = lazy_compile(
    rf"(?:{SP}+(?:for|of|on|and){SP}+(?:the{SP}+)?[{UP}][\w’'&.\-]*(?:{SP}+[{UP}][\w’'&.\-]*)*)*"
    rf"(?:{SP}+(?:{'|'.join(sorted(ORGANISATION_NOUNS | PERSON_ROLES))})\b)?")


#: Lower-case role words between a capitalised word and a name ("Opposition| spokeswoman |
#: Dr Sarah Kent").
_ROLE_WORDS_RE = lazy_compile(rf"(?:{SP}+[a-z][\w\-]*){{1,3}}{SP}+(?=[{UP}])")


def _titles_only(written: str) -> bool:
    """True for words that are all titles ("Prime Minister", "President"): an office."""
    toks = written.replace("\u00a0", " ").split()
    return bool(toks) and all(fold(t.rstrip(".,")) in TITLE_SET for t in toks)


def subject_after(text: str, verb_end: int, hi: int) -> Subject | None:
    """The subject written after its cue: ``said Tubbs``, ``according to the report``."""
    p = verb_end  # the spaces after the verb (``SP+``), read without a pattern
    while p < hi and text[p] in " \u00a0":
        p += 1
    if p == verb_end:
        return None
    age = _AGE_NP_RE.match(text, p, hi)
    if age is not None:
        # "said the 71-year-old, Ada Moor": the name set beside the age is the speaker's
        apposed = _apposed_name(text, p, hi)
        if apposed is not None:
            return apposed
        return Subject("np", age.group(0), p, age.end(), 0, 0)  # "said the 61-year-old"
    spokes = _spokes_after(text, p, hi)
    if spokes is not None:
        return spokes
    nm = NAME_RE.match(text, p, hi)
    if nm:
        rw = _ROLE_WORDS_RE.match(text, nm.end(), hi)
        if rw and fold(rw.group(0).split()[-1]) in PERSON_ROLES and \
                (later := NAME_RE.match(text, rw.end(), hi)):
            # "said Opposition spokeswoman Dr Sarah Kent": the name after the role
            return _subject_span(text, later, "name")
        # "said Acme's director, Colin Marsh" (_POSS_RE's test: a name holds no newline)
        if nm.group(0).endswith(("’s", "'s")):
            apposed = _apposed_name(text, p, hi)
            if apposed is not None:
                return apposed
        return _subject_span(text, nm, "name")
    # role words before the name: "said lead author Dr. Shane Tubbs"
    rm = re.compile(rf"(?:[a-z0-9][\w/\-]*{SP}+){{1,4}}").match(text, p, hi)
    if rm:
        nm = NAME_RE.match(text, rm.end(), hi)
        if nm and _after_preposition(text, max(p, nm.start() - 12), nm.start()):
            # "said a third-generation farmer near Moyston", "said a teacher from Dunedin":
            # a place after a preposition says where the speaker is, not who; "according
            # to a review by the Board of Health Inspectors": the body's whole name
            om = _ORG_TAIL_RE.match(text, nm.end(), hi)
            end = om.end() if om else nm.end()
            while text[end - 1] in ".,":
                end -= 1
            return Subject("np", text[p:end], p, end, 0, 0)
        if nm:
            if rm.group(0).split() == ["the"] and (
                    _titles_only(nm.group(0)) or
                    fold(nm.group(0).split()[0].rstrip(".")) not in TITLE_SET):
                apposed = _apposed_name(text, p, hi)
                if apposed is not None:
                    return apposed  # "said the Clinton aide, Jo Smith"
                # "said the Prime Minister", "according to the Institute for Fiscal
                # Studies", "said the Trump campaign": an office or a body, no name
                om = _ORG_TAIL_RE.match(text, nm.end(), hi)
                end = om.end() if om else nm.end()
                while text[end - 1] in ".,":
                    end -= 1  # the sentence's full stop
                return Subject("np", text[p:end], p, end, 0, 0)
            return _subject_span(text, nm, "name")
    pm = PRON_RE.match(text, p, hi)
    if pm and pm.group(0) not in ("it", "It", "I", "we", "We"):
        return Subject("pron", pm.group(0), pm.start(), pm.end(), 0, 0)
    apposed = _apposed_name(text, p, hi)
    if apposed is not None:
        return apposed
    npm = NP_RE.match(text, p, hi)
    if npm:
        end = npm.end()
        if _POSS_RE.search(npm.group(0)):
            # "said the group's emergency coordinator in Abeche": the role after the
            # possessive is the description's head
            rm = _ROLE_AFTER_POSS_RE.match(text, end, hi)
            end = rm.end() if rm else end
        fm = _FIRST_NAME_RE.match(text, end, min(hi, end + 240))
        if fm is not None:
            # "..., who asked to be identified only by her first name, Fatimé,": her name
            return Subject("name", fm.group("name"), fm.start("name"), fm.end("name"), 0, 0)
        return Subject("np", text[p:end], npm.start(), end, 0, 0)
    return None


#: The role after a possessive description: "the group's emergency coordinator".
_ROLE_AFTER_POSS_RE = lazy_compile(rf"(?:{SP}+(?!(?:who|which|that|and|but|said|says)\b)"
                                 rf"[a-z][\w\-]*){{1,3}}(?=[,.;]|{SP}+(?:in|at|for|of|who)\b)")
#: A speaker who gives only a first name: ", who asked to be identified only by her first
#: name, Fatimé,", ", who gave only his first name, Idris," (group ``name``).
_FIRST_NAME_RE = lazy_compile(
    rf"(?:{SP}+(?:in|at|for|of|from){SP}+[^,.;:“”\"\n]{{1,40}}?)?"
    rf",?{SP}+who{SP}+[^.;:“”\"\n]{{0,80}}?\b(?:first{SP}+name|name{SP}+only|only{SP}+(?:as|by))"
    rf",?{SP}+(?:as{SP}+)?(?P<name>[{UP}][\w’'\-]+)(?=[,.;:]|{SP}+(?:for|because|out)\b)")


def _spokes_after(text: str, p: int, hi: int) -> Subject | None:
    """"said a spokeswoman for the Department for Culture, Media and Sport.": the body's
    unnamed voice, with the body as written."""
    npm = NP_RE.match(text, p, hi)
    if npm is None or not _SPOKES_HEAD_RE.search(npm.group(0)):
        return None
    body = _SPOKES_FOR_RE.match(text, npm.end(), hi)
    if body is None or not _SPOKES_END_RE.match(text, body.end(), hi):
        return None
    return Subject("np", f"{npm.group(0)} {body.group('prep')} {body.group('body')}",
                   npm.start(), body.end("body"), 0, 0)


#: A description set before the name it stands for, after an inverted cue: "said its
#: director, Colin Marsh", "said the group's director, Colin Marsh": a determiner or a
#: possessive ("Acme's"), up to five words with no comma or quotation mark, then a comma.
_APPOSED_DESC_RE = lazy_compile(
    rf"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Aa]n?|[Oo]ne|[Aa]nother|"
    rf"(?:[{UP}][\w&.\-]*{SP}+){{0,3}}[{UP}][\w&.\-]*[’']s){SP}+"
    rf"(?:[\w’'\-]+{SP}+){{0,4}}?[\w’'\-]*[a-z\d],{SP}+"
)
#: What may follow the apposed name: the sentence's end, another apposition, a clause.
_APPOSED_END_RE = lazy_compile(rf"(?:[.,;:!?)\n]|{SP}*$|{SP}+(?:who|in|at|on|of)\b)")


def _apposed_name(text: str, p: int, hi: int) -> Subject | None:
    """The name in apposition after a description that follows a cue ("said its
    chairwoman, Ann Poole."): the description names the role, the name the speaker."""
    dm = _APPOSED_DESC_RE.match(text, p, hi)
    if dm is None:
        return None
    nm = NAME_RE.match(text, dm.end(), hi)
    if nm is None or not _APPOSED_END_RE.match(text, nm.end(), hi):
        return None
    return _subject_span(text, nm, "name")


_POST_LEAD_RE = lazy_compile(rf"{SP}*(?:[,;:]|[―—–-]+)?{SP}*")
#: A description opening the words after a quotation and set off before a name by a
#: comma: "the state's commissioner for education, " (no verb, quotation mark or clause).
_DESC_LEAD_RE = lazy_compile(
    rf"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[{UP}][\w&.\-]*[’']s)"
    rf"(?:{SP}+(?!(?:who|which|that|and|but|said|says|told)\b)[\w’'&.\-]+){{1,8}},{SP}+")
#: A claim box's next line naming who made the claim, after the quotation closed its own
#: line: 'Who said it: state Sen. Patricia Kowalczyk', 'Claimed by: Ravi Menon',
#: 'Speaker: ...' (a general list of fact-checkers' labels; group ``rest``: where the
#: claimant's words start, read as a cue's subject after it).
_CLAIMANT_LABELS = (rf"who{SP}+(?:said|made){SP}+it|claimed{SP}+by|claimant|said{SP}+by|"
                    rf"made{SP}+by|speaker|attributed{SP}+to|claim{SP}+by")
CLAIMED_BY_RE = lazy_compile(
    rf"[.!?]?{SP}*\n{SP}*(?P<label>(?i:{_CLAIMANT_LABELS}){SP}*:)(?P<rest>)")
#: A fact-check's label for the claim it checks, opening its line: "Claim:", "THE CLAIM:"
#: (furniture reads the claim box by it too).
CLAIM_LABEL_RE = lazy_compile(rf"{SP}*(?i:the{SP}+)?(?i:claim){SP}*:")
#: Any line of a claim box, by its label: the claim, its claimant, its rating ('Rating:',
#: 'Our rating:', 'Verdict:'): no headline (extract's title).
CLAIM_BOX_RE = lazy_compile(
    rf"{SP}*(?i:(?:the{SP}+)?claim|{_CLAIMANT_LABELS}|(?:our{SP}+)?rating|verdict){SP}*:")
_EPIGRAPH_RE = lazy_compile(rf"{SP}*[―—–]+{SP}*")
#: What follows a name that signs a quotation: the line's end, an apposition, a bracket;
#: not a day, a month or a year ("— Khan Younis, Tuesday", "— Penguin Books, 2024": a
#: place or a publisher with a date signs nothing).
_EPIGRAPH_TAIL_RE = lazy_compile(rf"[\s.;]*$|[\s.;]*\n|,{SP}+[\w(]|{SP}*\(")
_EPIGRAPH_DATE_RE = lazy_compile(
    rf",{SP}+(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|"
    rf"April|May|June|July|August|September|October|November|December)\b)")


#: An office with its portfolio written before a name, however long: "Minister for National
#: Development Planning ", "Secretary of State for Work and Pensions ".
_OFFICE_LEAD_RE = lazy_compile(
    rf"(?:{'|'.join(sorted(PERSON_TITLES, key=len, reverse=True))})\.?"
    rf"(?:{SP}+(?:of|for|and|the|State))*(?:{SP}+[{UP}][\w\-]*(?:{SP}+(?:and|&|of){SP}+)?){{1,5}}?"
    rf"{SP}+")


#: Where a sentence after a quotation stops being its cue: a quotation mark or a line's end.
_QUOTE_STOP_RE = lazy_compile(r"[“”\"\n]")


def cue_after(text: str, pos: int, hi: int) -> Subject | None:
    """A cue right after a closing mark: ``," he said``, ``" said X``, ``― X``."""
    ep = _EPIGRAPH_RE.match(text, pos, hi)
    if ep:
        nm = NAME_RE.match(text, ep.end(), hi)
        # the name ends the line, or an apposition or a bracket follows it: "― Sonya
        # Herridge", "— Priya Shah, economist at ...", "— Ravi Menon (Labour)"
        if nm and _EPIGRAPH_TAIL_RE.match(text, nm.end(), min(hi, nm.end() + 3)) and \
                not _EPIGRAPH_DATE_RE.match(text, nm.end(), hi):
            subj = _subject_span(text, nm, "name")
            if subj:
                subj.cue_start, subj.cue_end = ep.start(), ep.end()
                return subj
    cb = CLAIMED_BY_RE.match(text, pos) if CLAIM_LABEL_RE.match(
        text, text.rfind("\n", 0, pos) + 1) else None
    if cb:
        # 'Claim: "One in five trains never left the station." / Who said it: state Sen.
        # Patricia Kowalczyk, floor speech': a fact-check's claim box names its claimant
        # on the line below, as a cue's subject after it is read ("Trussell Trust chief
        # executive Emma Revie" is Emma Revie)
        line_end = text.find("\n", cb.end())
        subj = subject_after(text, cb.start("rest"), line_end if line_end >= 0 else len(text))
        if subj and subj.kind == "name":
            subj.cue_start, subj.cue_end = cb.start("label"), cb.start("rest")
            return subj
    lead = _POST_LEAD_RE.match(text, pos, hi)
    p = lead.end() if lead else pos
    end = min(hi, p + 160)
    # a document's words: '," reads a statement from X', '," said a letter signed by X'
    dm = _DOC_POST_RE.match(text, p, end)
    if dm:
        nm = NAME_RE.match(text, dm.end(), end)
        if nm:
            subj = _subject_span(text, nm, "name")
            if subj:
                subj.cue_start, subj.cue_end = dm.start(), dm.end()
                return subj
    # verb first: "said Tubbs", "according to X"
    vm = CUE_RE.match(text, p, end)
    if vm:
        if vm.group(0) not in INVERSION and not vm.group(0).lower().startswith("according"):
            return None
        if lead and vm.group(0).lower().startswith("according") and \
                re.search(r"[:;]", lead.group(0)):
            return None  # '"stopped bothering": according to the party, one in five ...':
            # after a colon, "according to" opens the next clause, no cue of the quotation
        subj = subject_after(text, vm.end(), end)
        if subj:
            subj.cue_start, subj.cue_end = vm.start(), vm.end()
            return subj
        return None
    # subject first: the first cue verb within a few words
    stop = _QUOTE_STOP_RE.search(text, p, end)
    limit = sentence_end(text, p, stop.start() if stop else end)
    for vm in CUE_RE.finditer(text, p, limit):
        if _passive(text, vm, p):
            break  # "has been called"
        if vm.group(0).endswith("ing"):
            continue  # "a tweet attacking ...": a participle, not the quote's cue
        if vm.group(0).lower().startswith("according"):
            subj = subject_after(text, vm.end(), limit)
        else:
            subj = subject_before(text, p, vm.start())
        lead_words = text[p:subj.start].split() if subj else []
        if (subj and subj.start <= p + 40 and len(lead_words) <= 4
                and all(w.lower() not in _CONJ for w in lead_words)) or (
                subj and subj.kind == "name" and _DESC_LEAD_RE.fullmatch(text, p, subj.start)) or (
                subj and subj.kind == "name" and _OFFICE_LEAD_RE.fullmatch(text, p, subj.start)):
            # '"…," the state's commissioner for education, Ada Moor, told Reuters': a
            # description set before the name, however long, is the name's
            subj.cue_start, subj.cue_end = vm.start(), vm.end()
            return subj
    return None


#: A cue in the -ing form after a preposition ("by saying", "for calling", "while
#: insisting") has no subject of its own: it is the subject of the clause it hangs on.
_GERUND_LEAD_RE = lazy_compile(
    rf"\b(?:by|for|after|before|while|when|in|on|upon|without|since){SP}+$")
_GERUND_STOP = {"I", "it", "It", "we", "We"}


def clause_subject(text: str, lo: int, at: int, *, np: bool = False) -> Subject | None:
    """The subject of the clause a gerund cue at ``at`` hangs on: "She angered residents
    by saying ..." is hers. The nearest name or he/she/they before ``at`` (back to
    ``lo``) that is not after a preposition, not possessive, and (unless ``np``) not a
    description."""
    for s, e, kind, m in _candidates(text, lo, at):
        if (kind == "np" and not np) or m.group(0) in _GERUND_STOP:
            continue
        if kind == "np" and (m.group(0).split()[0].lower() in ("that", "this", "his", "her",
                                                                 "their", "its")
                             or m.group(0).split()[-1] in CUE_WORDS):
            continue
        if _after_preposition(text, max(lo, s - 12), s) or text.startswith(("’s", "'s"), e):
            continue
        if kind == "name" and (_POSS_RE.search(m.group(0))
                               or _ARTICLE_NUM_BEFORE_RE.search(text, max(lo, s - 12), s)):
            continue
        subj = _subject_span(text, m, kind)
        if subj is not None:
            return subj
    return None


#: Nouns for a thing someone says or writes: "a comment that described ...".
SPEECH_NOUNS = (
    "comment|comments|remark|remarks|statement|statements|speech|tweet|tweets|post|posts|"
    "claim|claims|assertion|announcement|letter|message|note|op-ed|ad|advert|video|"
    "interview|answer|reply|response|joke|quip|prediction|promise|pledge|vow|warning|"
    "accusation|charge|allegation|testimony|missive|email|e-mail"
)
_MAKE = (r"(?:make|makes|made|making|issue|issues|issued|issuing|deliver|delivers|delivered|"
         r"delivering|give|gives|gave|given|giving|post|posts|posted|posting|send|sends|sent|"
         r"sending|offer|offers|offered|offering|write|writes|wrote|written|writing|publish|"
         r"publishes|published|publishing|release|releases|released|releasing)")
_ACT = (rf"(?:(?:an?|the|his|her|their|its|one|another){SP}+)?(?:[\w’'\-]+{SP}+){{0,3}}?"
        rf"(?:{SPEECH_NOUNS})")
_REL_TAIL = rf"(?:{SP}*,)?{SP}+(?:that|which)(?:{SP}+{_ADV})*(?:{SP}+[a-z]+ly)?{SP}+$"
_REL_TAIL_RE = lazy_compile(_REL_TAIL)
#: "Lee made a comment (on Friday) that described ...": the maker of the act.
_MADE_ACT_RE = lazy_compile(
    rf"\b{_MAKE}{SP}+{_ACT}(?:{SP}+(?:on|in|at|last|this|during|after){SP}+[^,;:“”\"]{{1,30}}?)?"
    rf"{_REL_TAIL}")
#: A speech act made, then a participle of saying: "sent a statement saying", "issued a
#: letter (on Monday) stating" (the participle's subject is the act's maker).
_MADE_ACT_ING_RE = lazy_compile(
    rf"\b{_MAKE}{SP}+{_ACT}(?:{SP}+(?:on|in|at|last|this|during|after){SP}+[^,;:“”\"]{{1,30}}?)?"
    rf",?{SP}+$")
#: "a comment by Lee that described ...", "Lee's comment that described ...".
_BY_ACT_RE = lazy_compile(rf"\b{_ACT}{SP}+(?:by|from){SP}+$")


def speech_act_maker(text: str, lo: int, verb_start: int) -> Subject | None:
    """Who made the speech act that a cue's relative clause hangs on: in "Lee made a
    comment that described the plan as ..." (or "a comment by Lee that ...") the words
    are Lee's. None when the cue's subject is no such act."""
    rel = _REL_TAIL_RE.search(text[max(lo, verb_start - 200):verb_start])
    if rel is None:
        return None  # no "that"/"which" before the cue: no relative clause, no act
    m = _MADE_ACT_RE.search(text, max(lo, verb_start - 160), verb_start)
    if m is not None and m.end() == verb_start:
        return clause_subject(text, lo, m.start(), np=True)
    head_end = max(lo, verb_start - 200) + rel.start()
    for nm in NAME_RE.finditer(text, max(lo, head_end - 80), head_end):
        between = text[nm.end():head_end]
        if _BY_ACT_RE.search(text, max(lo, nm.start() - 100), nm.start()) and \
                not between.strip():
            return _subject_span(text, nm, "name")  # "a comment by Lee that"
        if _POSS_RE.search(nm.group(0)) and re.fullmatch(
                rf"{SP}+(?:[\w’'\-]+{SP}+){{0,3}}?(?:{SPEECH_NOUNS})", between):
            cleaned = clean_name(nm.group(0)[:-2])  # "Lee's comment that"
            if cleaned is not None:
                at = nm.start() + nm.group(0).find(cleaned[0].split(" ")[0])
                return Subject("name", cleaned[0], at, nm.end() - 2, 0, 0)
    return None


#: Nouns for a document that a text lets speak ("The report concluded: '…'").
_DOC_HEADS = frozenset("report study review survey statement letter audit assessment inquiry "
                       "analysis paper".split())


def document_maker(text: str, desc: str, pos: int) -> str | None:
    """Who made the document a definite description before ``pos`` speaks of ("The report
    concluded: '…'"), as the text says before: "A committee of outside lawyers, whose
    report was released ...", "the regulator's report", "a report by the Audit Office",
    "the Audit Office published a report"; None when the text does not say (no further
    back than 1,500 characters)."""
    words = desc.split()
    if len(words) != 2 or words[0] not in ("The", "the", "Its", "its") or \
            words[1].lower() not in _DOC_HEADS:
        return None
    head = re.escape(words[1].lower())
    lo = max(0, pos - 1500)
    best: tuple[int, str] | None = None
    for m in re.finditer(rf",{SP}+whose{SP}+(?:[a-z-]+{SP}+){{0,2}}?{head}\b", text[lo:pos]):
        at = lo + m.start()
        ss = sentence_start(text, max(0, at - 300), at)
        maker = text[ss:at].strip()
        if 0 < len(maker.split()) <= 12 and "\n" not in maker:
            best = (at, maker)
    for m in re.finditer(rf"(?:\b[Bb]y|\b[Ff]rom){SP}+(?:the{SP}+)?(?P<name>{_NAMED_RUN})"
                         rf"|(?P<poss>{_NAMED_RUN})[’']s{SP}+(?:[a-z-]+{SP}+){{0,2}}?{head}\b",
                         text[lo:pos]):
        at = lo + m.start()
        if m.group("name") is not None:
            if not re.search(rf"\b{head}{SP}+$", text[max(0, at - 40):at]):
                continue  # "a report by the Audit Office": the maker of that kind of work
            name = m.group("name")
        else:
            name = re.sub(rf"^[Tt]he{SP}+", "", m.group("poss"))
        cleaned = clean_name(name)
        if cleaned is not None and (best is None or at > best[0]):
            best = (at, name)
    return best[1] if best is not None else None


#: A document and its maker opening a sentence before a colon: "A statement from Harbour
#: Water read:", "The letter, signed by the ministry, said:" (groups ``who``, ``noun``,
#: ``verb``).
_DOC_FROM_COLON_RE = lazy_compile(
    rf"{SP}*(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)(?:{SP}+[\w’'\-]+){{0,2}}?{SP}+(?:{DOCUMENTS}),?"
    rf"{SP}+(?:(?:{_cues.document_verbs()}){SP}+)?(?:by|from){SP}+"
    rf"(?P<who>(?:the{SP}+(?:[a-z][\w\-]*{SP}+){{0,2}}(?P<noun>[a-z]+))|"
    rf"(?:[{UP}][\w’'&.\-]*(?:{SP}+(?:of|for|and|&)?{SP}*[{UP}][\w’'&.\-]*)*)),?"
    rf"{SP}+(?P<verb>read|reads|said|says|stated|states|added|went{SP}+on){SP}*$")


#: A possessive and a role opening a sentence, before the name set beside it: "Its
#: spokesman, ", "Their lawyer, " (the possessive alone is what NAME_RE finds first).
_ROLE_APPOSED_RE = lazy_compile(
    rf"{SP}*(?:Its|Their|His|Her|Our)(?:{SP}+[a-z][\w’'\-]*){{1,2}},{SP}+")


#: Role words between a body (or its possessive) and the name of the person holding the
#: role: "Union general secretary Walter Mamani", "Acme's head of crop research, Ann Roe".
_ROLE_THEN_NAME_RE = lazy_compile(
    rf"(?:[’']s)?(?P<role>(?:{SP}+[a-z][\w\-]*){{1,3}}?)"
    rf"(?:{SP}+(?:of|for){SP}+(?:the{SP}+)?(?:[a-z][\w\-]*{SP}+){{0,2}}?[a-z][\w\-]*)?"
    rf",?{SP}+(?=[{UP}])")


def _role_holder(text: str, m: re.Match[str], colon: int) -> re.Match[str] | None:
    """The name after the role words that follow the body ``m`` names ("Union general
    secretary Walter Mamani was blunt:", "Acme's head of research, Ann Roe:"): the person who
    holds the role, not the body; None when no role of a person stands between them."""
    rm = _ROLE_THEN_NAME_RE.match(text, m.end(), colon)
    if rm is None or fold(rm.group("role").split()[-1]) not in PERSON_ROLES:
        return None
    nm = NAME_RE.match(text, rm.end(), colon)
    if nm is None:
        return None
    got = clean_name(nm.group(0))
    return nm if got is not None and len(got[1]) >= 2 else None


#: A sentence that is only someone's answer, by a possessive pronoun, before a colon: "Her
#: answer:", "His reply was blunt:", "So her verdict:" (the answer's speaker is "she").
_POSS_ANSWER_RE = lazy_compile(
    rf"{SP}*(?:(?:So|And|But|Then),?{SP}+|(?:Asked|Pressed|Challenged)\b[^,:;“”\"\n]{{1,100}},{SP}+)?"
    rf"(?P<p>[Hh]is|[Hh]er)(?:{SP}+[a-z][\w\-]*)?{SP}+"
    rf"(?:answer|reply|response|retort|take|verdict|view|advice|explanation|assessment|"
    rf"conclusion|diagnosis|prognosis|rejoinder|comeback)"
    rf"(?:{SP}+(?:was|came|is)(?:{SP}+[a-z][\w\-]*){{0,3}})?{SP}*$")


#: An "Asked whether ...," clause opening a sentence, before its subject.
_ASKED_CLAUSE_RE = lazy_compile(
    rf"{SP}*(?:Asked|Pressed|Challenged)\b[^,:;“”\"\n]{{1,100}},{SP}+")
#: The gap after a sentence's end (and a closing quotation mark) before the next one.
_SENTENCE_GAP_RE = lazy_compile(r"[.!?][”\"’]?[ \u00a0\n]+(?=[A-Z“\"])")
#: A name that is its sentence's subject: a verb of its own follows ("Olsen hesitated").
_CUE_OR_VERB_AFTER_RE = lazy_compile(rf"{SP}+[a-z]+(?:ed|s)\b")


def colon_subject(text: str, lo: int, colon: int) -> Subject | None:
    """The person a sentence ending in a colon before a quotation is about: its subject,
    a name (or a name's possessive: "Lee's reply came the next day:") opening it.

    Only a name within the sentence's first words counts, never one after a
    preposition or an article; a sentence with a cue verb is read by :func:`cue_before`."""
    dm = _DOC_FROM_COLON_RE.match(text, lo, colon)
    if dm is not None:
        # "A statement from Harbour Water read:": the document's maker says it
        nm = NAME_RE.fullmatch(text, dm.start("who"), dm.end("who"))
        got = _subject_span(text, nm, "name") if nm is not None else None
        if got is None and BODY_NOUN_OF.get(dm.group("noun"), dm.group("noun")) in BODY_KINDS:
            got = Subject("np", dm.group("who"), dm.start("who"), dm.end("who"), 0, 0)
        if got is not None:
            got.cue_start, got.cue_end = dm.start("verb"), dm.end("verb")
            return got
    pa = _POSS_ANSWER_RE.match(text, lo, colon)
    if pa is not None and pa.end() == colon:
        # "Asked whether ..., Olsen hesitated. His answer:": the one the sentence before
        # opens with, when the pronoun may mean them
        said = "f" if pa.group("p").lower() == "her" else "m"
        # (the sentence before may follow a quotation: 'She said: "No." Asked ...')
        starts = [m.end() for m in _SENTENCE_GAP_RE.finditer(text, max(0, lo - 400), lo - 1)]
        if starts:
            before = _ASKED_CLAUSE_RE.match(text, starts[-1], lo)
            nm = NAME_RE.match(text, before.end() if before else starts[-1], lo)
            got = _subject_span(text, nm, "name") if nm is not None else None
            if nm is not None and got is not None and \
                    _CUE_OR_VERB_AFTER_RE.match(text, nm.end()) and \
                    gender_of(got.text, got.text.split()) in (None, said):
                got.cue_start, got.cue_end = colon, colon + 1
                return got
        # "Her answer was quick:": the answer is hers, whoever "her" is
        return Subject("pron", "she" if pa.group("p").lower() == "her" else "he",
                       pa.start("p"), pa.end("p"), colon, colon + 1)
    if CUE_RE.search(text, lo, colon):
        return None
    if _section_label(text[lo:colon]):
        return None  # 'Claim: "One in ten ..."', 'Verdict:': a fact check's heading, no one
    m = NAME_RE.search(text, lo, colon)
    rm = _ROLE_APPOSED_RE.match(text, lo, colon) if m is not None else None
    if m is not None and rm is not None and m.start() < rm.end():
        # "Its spokesman, Julien Marchal, was unapologetic ...:": the name the voice's
        # opening role is set beside, not the possessive opening it
        m = NAME_RE.search(text, rm.end(), colon)
    if m is not None:
        # "The boatmen's union general secretary, Ola Berg:": a description ending in a
        # person's role, then the name set beside it
        at = lo + len(text[lo:colon]) - len(text[lo:colon].lstrip())
        dl = _DESC_LEAD_RE.match(text, at, colon)
        nm = NAME_RE.match(text, dl.end(), colon) if dl is not None else None
        if dl is not None and nm is not None and \
                fold(text[at:dl.end()].rstrip(", \u00a0").split()[-1]) in PERSON_ROLES:
            m = nm
            lo = nm.start()
    if m is None or len(text[lo:m.start()].split()) > 3:
        return None
    holder = _role_holder(text, m, colon)
    if holder is not None:
        m = holder
    elif _after_preposition(text, max(lo, m.start() - 12), m.start()) or \
            _ARTICLE_NUM_BEFORE_RE.search(text, max(lo, m.start() - 12), m.start()):
        return None
    if modifies_group(text, m.end(), colon):
        return None  # "Young people had one message:": a group, no one of that name
    raw = m.group(0)[:-2] if _POSS_RE.search(m.group(0)) else m.group(0)
    cleaned = clean_name(raw)
    if cleaned is None or fold(cleaned[1][-1]) in _PARTIES or \
            (len(cleaned[1]) == 1 and fold(cleaned[1][0]) in _STOP_FOLD):
        return None
    at = m.start() + raw.replace("\u00a0", " ").find(cleaned[0].split(" ")[0])
    return Subject("guess", cleaned[0], at, at + len(cleaned[0]), colon, colon + 1)


_BY_AGENT_RE = lazy_compile(rf"{SP}+by{SP}+")
#: A cue word after a determiner or a possessive is a noun ("the charges", "her remarks",
#: "Cole's claims"), not a verb of speech.
_NOUN_USE_RE = lazy_compile(rf"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|"
                          rf"[Yy]our|[Tt]hese|[Tt]hose|[Ss]uch|[Ww]hose)|"
                          rf"\b(?!(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]ho|[Ww]hat|"
                          rf"[Ww]here)[’']s)\w+[’']s){SP}+$")
#: A determiner and an adjective before a cue word in -s: "the higher estimates", "their
#: earlier claims", "the official reports" are nouns ("the company estimates" is a verb:
#: an adjective is read by its ending or as one of a few common ones).
_ADJ_NOUN_USE_RE = lazy_compile(
    rf"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]hese|[Tt]hose|[Ss]uch){SP}+"
    rf"(?:[a-z]+(?:er|est|al|ous|ive|ic|ed)|new|own|early|recent|previous|rival|false|"
    rf"wild|other|same|initial|original){SP}+$")
#: "and" (and adverbs) right before a cue verb: it shares the clause's subject.
_AND_BEFORE_RE = lazy_compile(rf"\band(?:{SP}+{_ADV})*{SP}+$")


def sentence_subject(text: str, lo: int, at: int) -> Subject | None:
    """The subject opening the sentence that starts at ``lo`` (after a conjunction at
    most): a name (not a possessive), he/she/they, or a description; the subject of a
    cue verb coordinated with the sentence's first verb."""
    head = re.match(rf"{SP}*(?:(?:But|And|Yet|So){SP}+)?", text[lo:at])
    start = lo + (head.end() if head else 0)
    for s, _e, kind, m in sorted(_candidates(text, start, at), key=lambda c: (c[0], -c[1])):
        if s != start:
            return None
        if kind == "name" and _POSS_RE.search(m.group(0)):
            return None
        if kind == "pron" and m.group(0).lower() not in ("he", "she", "they", "it"):
            return None  # ("It put the cost at ... and warned": the body "it" stands for)
        if kind == "np" and m.group(0).split()[0].lower() not in ("the", "a", "an"):
            return None
        got = _subject_span(text, m, kind)
        if got is None and kind == "name" and m.group(0) == "It":
            continue  # "It" read as a name is no one's: the pronoun at the same place is
        return got
    return None


def cue_before(text: str, lo: int, open_at: int, max_words: int | None = None) -> Subject | None:
    """The cue before an opening mark in the same sentence (``X said, "``).

    Cue verbs are tried from the nearest back; ``max_words`` bounds how far the
    verb may stand from the quote (short quotes need their cue close by).
    """
    verbs = []
    # a passive cue names its speaker after "by": "Hill was told by Stone that ..."
    agents: dict[int, re.Match[str]] = {}
    for vm in CUE_RE.finditer(text, lo, open_at):
        if _NOUN_USE_RE.search(text, max(lo, vm.start() - 12), vm.start()):
            continue  # "the charges were", "her remarks": a noun, not a verb of speech
        if vm.group(0).endswith("s") and \
                _ADJ_NOUN_USE_RE.search(text, max(lo, vm.start() - 40), vm.start()):
            continue  # "dismissed the higher estimates as": a noun after its adjective
        if not _passive(text, vm, lo):
            verbs.append(vm)
            continue
        by = _BY_AGENT_RE.match(text, vm.end(), open_at)
        nm = NAME_RE.match(text, by.end(), open_at) if by else None
        if nm is not None:
            agents[vm.start()] = nm
            verbs.append(vm)
    it_cue: Subject | None = None
    for vm in reversed(verbs):
        according = vm.group(0).lower().startswith("according")
        if max_words is not None and not according and \
                len(text[vm.end():open_at].split()) > max_words:
            break
        if vm.start() in agents:
            subj = _subject_span(text, agents[vm.start()], "name")
        elif according:
            subj = subject_after(text, vm.end(), open_at)
            # "According to X, ... “short”": the distance counts from X, the cue's end
            if subj is not None and max_words is not None and \
                    len(text[subj.end:open_at].split()) > max_words:
                subj = None
        else:
            subj = subject_before(text, lo, vm.start())
            if vm.group(0).endswith("ing") and (
                    ma := _MADE_ACT_ING_RE.search(text, max(lo, vm.start() - 160), vm.start())):
                # "A spokesperson sent a statement saying": the sender's words, not the
                # statement's own
                made = clause_subject(text, lo, ma.start(), np=True)
                if made is not None:
                    subj = made
            if subj is None or (subj.kind == "np" and subj.text.split()[0] in ("that", "which")):
                made = speech_act_maker(text, lo, vm.start())
                if made is not None:
                    subj = made
                elif subj is not None and subj.text.split()[0] in ("that", "which"):
                    subj = None  # "that egregiously": a relative pronoun, no one
            if subj is None and _GERUND_LEAD_RE.search(
                    text, max(lo, vm.start() - 12), vm.start()) and not any(
                    subject_before(text, lo, ev.start()) is not None
                    for ev in verbs if ev.start() < vm.start()):
                # only when no cue with a subject comes before it in the sentence: in
                # "Mook said ... by calling out Trump for his 'lies'" Mook reports the words
                subj = clause_subject(text, lo, vm.start())
            if subj is None and _AND_BEFORE_RE.search(text, max(lo, vm.start() - 40),
                                                       vm.start()):
                # "The senator outlined her plan and vowed to ...": the sentence's subject
                subj = sentence_subject(text, lo, vm.start())
            if subj is None and vm.group(0) in INVERSION:
                after = subject_after(text, vm.end(), open_at)
                if after is not None and after.kind == "name":
                    rest = text[after.end:open_at]
                    if re.fullmatch(rf"{SP}*[,:]?{SP}*", rest) or rest.lstrip().startswith(","):
                        subj = after
        if subj is not None and subj.kind == "pron" and subj.text in ("it", "It") and \
                any(ev.start() < vm.start() for ev in verbs):
            # "She says it underscores that ...": what "it" says is reported; the cue
            # before it, with a speaker, frames the quotation
            if it_cue is None:
                subj.cue_start, subj.cue_end = vm.start(), vm.end()
                it_cue = subj
            continue
        if subj is not None:
            subj.cue_start, subj.cue_end = vm.start(), vm.end()
            return subj
    if it_cue is not None:
        return it_cue
    near = [vm for vm in verbs
            if max_words is None or len(text[vm.end():open_at].split()) <= max_words]
    if not near:
        return None
    # A cue with no subject we can parse ("Gary Johnson's doctor is calling ..."): still
    # speech. Guess the sentence's first name before the verb; the draft flags it.
    vm = near[-1]
    for m in NAME_RE.finditer(text, lo, vm.start()):
        if _after_preposition(text, max(lo, m.start() - 12), m.start()):
            continue
        if text.startswith(("’s", "'s"), m.end()) or re.search(r"[’']s$", m.group(0)):
            continue  # "Gary Johnson's doctor" is not Gary Johnson
        if modifies_group(text, m.end(), vm.start()):
            # "Young people said", "Trump supporters told": the group's words
            g = _NEXT_WORD_RE.match(text, m.end(), vm.start())
            assert g is not None
            return Subject("np", text[m.start():g.end()], m.start(), g.end(), vm.start(),
                           vm.end())
        if _ARTICLE_NUM_BEFORE_RE.search(text, max(lo, m.start() - 12), m.start()):
            continue  # "at a 2014 Senate hearing"
        cleaned = clean_name(m.group(0))
        if cleaned is None or fold(cleaned[1][-1]) in _PARTIES or (
                len(cleaned[1]) == 1 and fold(cleaned[1][0]) in TITLE_SET):
            continue  # "Libertarian presidential candidate ...": a party, not a person
        if len(cleaned[1]) == 1 and m.group(0) == cleaned[0] and _is_people_word(cleaned[0]):
            continue  # "Staff at the clinic said", "Residents told": a group, no one named
        if _participle_opener(text, m.start(), m.end(), cleaned[1]):
            continue
        if text.startswith(":", m.end()) and _section_label(m.group(0)):
            continue  # "CLAIM: A video ... claims": a fact check's label, no one's name
        return Subject("guess", _spelled_out(text, cleaned[0], cleaned[1], m.start()),
                       m.start(), m.end(), vm.start(), vm.end())
    return Subject("none", "", vm.start(), vm.start(), vm.start(), vm.end())


def cue_gap(gap: str) -> tuple[int, int] | None:
    """The cue between the pieces of a split quote: ``," he said, "`` -> span of ``he said``."""
    if len(gap) > 160 or re.search(r"[!?“”\"\n]", gap):
        return None
    body = gap.rstrip()
    for m in re.finditer(r"\.", body[:-1]):
        if not _is_abbrev_end(gap, m.start()):
            return None  # a sentence ends between the pieces: two quotations
    subj = cue_after(gap, 0, len(gap))
    if subj is None or not re.search(r"[,:—–.-]\s*$", gap):
        return None
    return min(subj.start, subj.cue_start), max(subj.end, subj.cue_end)


def given_compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    """Given names (all tokens but the last) that can be one person's.

    "Shane" fits "R. Shane", an initial fits the name it starts, and a surname
    alone fits anyone with that surname; "Ann" does not fit "Bob".
    """
    return _given_fits([fold(t) for t in a], [fold(t) for t in b])


def _given_fits(a: Sequence[str], b: Sequence[str]) -> bool:
    """:func:`given_compatible` on tokens already folded."""
    ga, gb = a[:-1], b[:-1]
    if not ga or not gb:
        return True
    short, lf = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
    for ft in short:
        if ft in lf:
            continue
        if len(ft) == 1 and any(x.startswith(ft) for x in lf):
            continue
        if any(len(x) == 1 and ft.startswith(x) for x in lf):
            continue
        return False
    return True


def surnames_match(a: str, b: str) -> bool:
    """Same surname, folded; a misspelling or a lost accent of a long one too (rapidfuzz)."""
    return _surnames_fit(fold(a), fold(b))


def _surnames_fit(fa: str, fb: str) -> bool:
    """:func:`surnames_match` on surnames already folded."""
    if fa == fb:
        return True
    if min(len(fa), len(fb)) < 5:
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(fa, fb) >= 88


def names_compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two names' tokens (titles removed) that can name one person: the rule of
    :class:`People` for folding, and of ``check`` for matching a dossier's person."""
    return folded_names_compatible([fold(t) for t in a], [fold(t) for t in b])


def folded_names_compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    """:func:`names_compatible` on tokens already folded (``check`` folds each person once)."""
    return bool(a) and bool(b) and _surnames_fit(a[-1], b[-1]) and _given_fits(a, b)


_WORDS_RE = lazy_compile(r"\w+")


#: A word in capitals written as a body's short form: "the WHO", "(UAS)", "BBMP's".
_SHORT_FORM_RE = lazy_compile(rf"(?:\b[Tt]he{SP}+|\()([A-Z]{{3,6}})\b|\b([A-Z]{{3,6}})[’']s\b")


def surname_keys(core: Sequence[str]) -> list[str]:
    """The folded words a person of these name tokens is called by alone: the last; and,
    for three words or more, the one before it too, as Spanish and Portuguese names put
    the family's first surname there ("Ernesto Villalobos Ruiz" is "Villalobos";
    "Gabriel García Márquez" is "García"), not an initial ("George W. Bush"), a
    particle, nor a word of a body's name ("Brandenburg Hunters' Association")."""
    keys = [fold(core[-1])]
    if len(core) >= 3 and not names_body(core):
        w = core[-2]
        if len(w) > 2 and w[:1].isupper() and w[-1:].isalpha() and \
                fold(w) not in TITLE_SET and w.lower() not in _INITIALS_SKIP:
            keys.append(fold(w))
    return keys


def _fuller(new: Sequence[str], old: Sequence[str]) -> bool:
    """Whether ``new`` names a person more fully than ``old`` (two names of one person):
    more names, or as many with initials spelled out ("Ravi Patel" for "R. Patel")."""
    if len(new) != len(old):
        return len(new) > len(old)
    if new == old:
        return False  # (the same tokens: as long, folded or not)
    return sum(len(fold(t)) for t in new[:-1]) > sum(len(fold(t)) for t in old[:-1])


_RAPIDFUZZ: list[Any] = []


def _rapidfuzz() -> tuple[Any, Any]:
    """rapidfuzz's ``process.extractOne`` and ``fuzz.ratio``, imported at the first
    fuzzy look-up of a surname (not when the engine is imported), then kept: an import
    statement in :meth:`People._match_surname` ran for each of its 27,000 look-ups at
    20,000 claims (a package's ``from ... import``, a Python call each time)."""
    if not _RAPIDFUZZ:
        from rapidfuzz import fuzz, process

        _RAPIDFUZZ[:] = [process.extractOne, fuzz.ratio]
    return _RAPIDFUZZ[0], _RAPIDFUZZ[1]


@functools.lru_cache(maxsize=65536)
def _name_sex(name: str) -> str | None:
    """``gender_of(name, name.split())``, once per name: :meth:`People._other_sex` asks it
    of every name a person goes by, at each name folded into them (42,000 asks of 3,500
    names at 20,000 claims)."""
    return gender_of(name, name.split())


class People:
    """People met so far, folded by surname and compatible given names."""

    def __init__(self) -> None:
        self.persons: list[PersonDraft] = []
        self._core: list[list[str]] = []
        self._surnames: dict[str, list[int]] = {}
        self._last_used: dict[int, int] = {}
        self._clock = 0
        self._fuzzy: dict[str, str | None] = {}

    def _compatible(self, a: list[str], b: list[str]) -> bool:
        # (a name of one word on either side has no given names to disagree:
        # :func:`_given_fits` says True before reading them, so they are not folded)
        return len(a) < 2 or len(b) < 2 or given_compatible(a, b)

    def _match_surname(self, key: str) -> list[int]:
        got = self._surnames.get(key)  # (one look-up: a known surname's list is never None)
        if got is not None:
            return got
        if len(key) >= 5 and self._surnames:
            if key not in self._fuzzy:
                # one compiled call over every surname: the first of the best at 88 or
                # more, in the surnames' order (rapidfuzz's extractOne keeps the first of
                # equals); a surname of a far length (fuzz.ratio is at most 200 * shorter
                # / sum of lengths) is refused by the cut-off inside it, where a Python
                # loop that left such surnames out cost three times the call
                extract_one, ratio = _rapidfuzz()
                best = extract_one(key, self._surnames.keys(), scorer=ratio, score_cutoff=88)
                self._fuzzy[key] = best[0] if best is not None else None
            hit = self._fuzzy[key]
            if hit is not None:
                return self._surnames[hit]
        return []

    def core_of(self, i: int) -> list[str]:
        """The name tokens person ``i`` is known by so far (their fullest)."""
        return self._core[i]

    def has_surname(self, key: str) -> bool:
        """True when some person's surname matches the folded surname ``key`` (exactly or
        fuzzily): a name with any other surname folds into no one."""
        return bool(self._match_surname(key))

    def find(self, core: list[str]) -> int | None:
        """Index of the person these name tokens fold into, if one is known."""
        ids = [i for i in self._match_surname(fold(core[-1]))
               if self._compatible(core, self._core[i])]
        if not ids and len(core) >= 3:
            # "Joaquín Herrera Soto" is the "Herrera" the text quoted before
            ids = [i for key in surname_keys(core)[1:] for i in self._surnames.get(key, ())
                   if self._compatible(core, self._core[i])]
        if not ids:
            return None
        if len(ids) == 1:
            return ids[0]
        if len(core) == 1:
            return max(ids, key=lambda i: self._last_used.get(i, -1))
        # prefer the fullest compatible person
        return max(ids, key=lambda i: (len(self._core[i]), self._last_used.get(i, -1)))

    def add(self, written: str, core: list[str], *, create: bool = True) -> int | None:
        """Fold a name into a person (creating one if ``create``) and return its index."""
        if len(core) == 1 and core[0].isupper() and len(core[0]) > 2:
            core = [core[0].title()]
        i = self.find(core)
        if i is not None and self._other_sex(written, core, i):
            # "Ms Hart" after "Tom Hart" (or before it): a woman is not the man of that
            # surname (another person of it, or a new one)
            i = next((j for j in self._match_surname(fold(core[-1]))
                      if j != i and self._compatible(core, self._core[j]) and
                      not self._other_sex(written, core, j)), None)
        if i is None:
            if not create:
                return None
            i = len(self.persons)
            self.persons.append(PersonDraft(id="", name=" ".join(core), aliases=[]))
            self._core.append(list(core))
            for key in surname_keys(core):
                self._surnames.setdefault(key, []).append(i)
            self._fuzzy.clear()
        p = self.persons[i]
        if _fuller(core, self._core[i]):
            self._core[i] = list(core)
            p.name = " ".join(core)
        if written not in p.aliases:
            p.aliases.append(written)
        self._clock += 1
        self._last_used[i] = self._clock
        return i

    def _other_sex(self, written: str, core: list[str], i: int) -> bool:
        """The title written ("Ms", "Mrs", "Mr") says one sex and a name person ``i`` goes
        by says the other."""
        sex = gender_of(written, core)
        if sex is None:
            return False
        p = self.persons[i]
        return any(g is not None and g != sex
                   for g in map(_name_sex, (p.name, *p.aliases)))

    def finish(self, text: str = "") -> list[PersonDraft]:
        """Give ids (surname, or full name when surnames clash) and drop the name from aliases.

        ``text``: the article. A word it also writes in lower case, glued before a full
        name at a sentence's start ("Rival Hillary Clinton", "Spokeswoman Jessica
        Ditto"), is no part of the name; but only before a person's name (a known first
        name): "Energy Saving Trust", "Water Aid Ireland" are a body's whole name.
        """
        if text:
            tokens: set[str] | None = None  # the text's words, built if many names ask
            asked = 0

            def written_lower(word: str) -> bool:
                nonlocal tokens, asked
                low = word.lower()
                if not low.isalnum():
                    return re.search(rf"\b{re.escape(low)}\b", text) is not None
                if tokens is not None:
                    return low in tokens
                asked += 1
                if asked > 4:  # many asks: the set of the text's words, once
                    tokens = set(_WORDS_RE.findall(text))
                    return low in tokens
                # one of the text's words (its \w+ runs): an occurrence with no word
                # character (a letter, digit or "_") on either side, found by str.find
                # rather than by a set of every word of the text (for the few names that
                # ask, the words of a long text cost more than the look-ups they serve)
                n, at = len(low), text.find(low)
                while at >= 0:
                    b, a = text[at - 1:at], text[at + n:at + n + 1]
                    if not (b.isalnum() or b == "_") and not (a.isalnum() or a == "_"):
                        return True
                    at = text.find(low, at + 1)
                return False

            for i, core in enumerate(self._core):
                k = 0
                while len(core) - k > 2 and (core[k][1:].islower() or fold(core[k]) in TITLE_SET) \
                        and written_lower(core[k]):
                    k += 1
                while len(core) - k > 2 and fold(core[k]) in TITLE_SET:
                    k += 1
                if k and gender_of(" ".join(core[k:]), core[k:]) is None:
                    k = 0  # no person's name after the words: "Energy Saving Trust" whole
                if k:
                    self._core[i] = core[k:]
                    self.persons[i].name = " ".join(core[k:])
            shorts: set[str] | None = None  # the text's short forms, read once if asked
            for i, core in enumerate(self._core):
                w = core[0]
                if len(core) == 1 and 2 < len(w) <= 6 and w[1:].islower() and \
                        w.upper() in self.persons[i].aliases:
                    if shorts is None:
                        shorts = {m.group(1) or m.group(2) for m in _SHORT_FORM_RE.finditer(text)}
                    if w.upper() in shorts:
                        # "the WHO said", "BBMP's commissioner": a body's short form, in capitals
                        self._core[i] = [w.upper()]
                        self.persons[i].name = w.upper()
        used: set[str] = set()
        per_surname = Counter(fold(c[-1]) for c in self._core)
        for i, p in enumerate(self.persons):
            base = slug(self._core[i][-1]) or "person"
            if base in used or per_surname[fold(self._core[i][-1])] > 1:
                base = slug(p.name) or base
            pid, k = base, 2
            while pid in used:
                pid, k = f"{base}-{k}", k + 1
            used.add(pid)
            p.id = pid
            p.aliases = [a for a in dict.fromkeys(p.aliases) if a != p.name]
        return self.persons


@functools.lru_cache(maxsize=65536)
def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:60].strip("-")


#: A fact check's verdict field up to its value: "Our rating: ", "Verdict: ".
_VERDICT_FIELD_RE = lazy_compile(rf"[ \t*_]*(?:(?:[Oo]ur|[Tt]he|OUR|THE){SP}+)?(?:[Rr]ating|"
                                 rf"[Vv]erdict|[Rr]uling|RATING|VERDICT|RULING)[ \t*_]*:{SP}*")


#: Who leads a body, right before a name: "Friends of Saltgate Pier, led by Marguerite
#: Ashdowne-Pell, says ...": a person the sentence is about, whom a later "she" means.
LED_BY_RE = lazy_compile(r"\b(?:led|headed|chaired|run|founded|fronted|organi[sz]ed)"
                         rf"{SP}+by{SP}+")


def _by_before(text: str, at: int) -> bool:
    """Whether "by" and spaces end right at ``at``: what a match of :data:`LED_BY_RE`
    ending there ends with ("led by "), tested before the pattern is searched for (after
    "in", "of", "from", most names after a preposition, it would try each of 24
    characters). "by" is no space, so it sits right before the whole run of spaces."""
    j = at
    while j > 0 and text[j - 1] in " \u00a0":
        j -= 1
    return j < at and text[j - 2:j] == "by"


@functools.cache
def _dateline() -> re.Pattern[str]:
    """:data:`.furniture.DATELINE_RE`, bound at the first :class:`Mentions` (furniture
    imports this module; an import statement there ran the import system's Python code
    for each text)."""
    from .furniture import DATELINE_RE

    return DATELINE_RE


@functools.lru_cache(maxsize=65536)
def _mention_kind(raw: str) -> tuple[str, tuple[str, ...]] | Literal[False] | None:
    """What :class:`Mentions` makes of a name as matched: :func:`_clean_name`'s answer, or
    False when that is one stop word (no one's mention). Kept per name: a text names the
    same few bodies, places and people again and again (104,000 names, 3,500 distinct,
    in the 20,000-claim generated dossier's texts), and the stop word's fold was made
    at each."""
    got = _clean_name(raw)
    if got is not None and len(got[1]) == 1 and fold(got[1][0]) in _STOP_FOLD:
        return False
    return got


class Mentions:
    """Every capitalised name in the text, for pronouns and for full forms of short names."""

    def __init__(self, text: str, skip_to: int = 0,
                 skip: Sequence[tuple[int, int]] = ()) -> None:
        """``skip``: spans (page furniture) whose names are no one's mention."""
        dateline = _dateline()
        self.items: list[tuple[int, int, str, list[str]]] = []
        #: Names in the possessive ("Oz’s advice earned him ..."): no one's mention as a
        #: speaker, but a sentence about someone's words or deeds is about them, so a
        #: possessive opening a sentence is a subject for the pronouns after it.
        self.possessives: list[tuple[int, int, str, list[str]]] = []
        #: Full names after a preposition ("a study by Dr Ravi Patel of ..."): no subject a
        #: pronoun stands for, but the whole name of a person quoted as "R. Patel".
        self.asides: list[tuple[int, int, str, list[str]]] = []
        skip_starts = [a for a, _b in skip]
        # past the end of every skipped span (the page's top: headline, byline) no name is
        # in one, and no bisection is needed to say so
        skip_end = max([b for _a, b in skip], default=0)
        items = self.items
        asides = self.asides
        kind_of, after_preposition, bisect_right = _mention_kind, _after_preposition, \
            bisect.bisect_right
        for m in NAME_RE.finditer(text, skip_to):
            ms = m.start()
            if ms < skip_end:
                k = bisect_right(skip_starts, ms) - 1
                if k >= 0 and ms < skip[k][1]:
                    continue
            raw = m.group(0)
            if (ms == 0 or text[ms - 1] == "\n") and raw.isupper() and \
                    dateline.match(text, ms):
                continue  # "WASHINGTON (AP) —" is a place
            if ":" in text[ms - 3 if ms > 3 else 0:ms] and _VERDICT_FIELD_RE.fullmatch(
                    text, text.rfind("\n", max(0, ms - 40), ms) + 1, ms):
                continue  # "Our rating: Mostly False": a fact check's verdict, no one
            got = kind_of(raw)  # (clean_name's answer, False for a stop word alone)
            if got is not None:
                if got is False:
                    continue
                written, core_t = got
                if after_preposition(text, ms - 12 if ms > 12 else 0, ms) and not (
                        _by_before(text, ms)
                        and (led := LED_BY_RE.search(text, max(0, ms - 24), ms)) is not None
                        and led.end() == ms):
                    if len(core_t) >= 2:
                        asides.append((ms, m.end(), written, list(core_t)))
                    continue
                items.append((ms, m.end(), written, list(core_t)))
                continue
            # (_POSS_RE's test: a name holds no newline, so its "$" is the name's end)
            if raw.endswith(("’s", "'s")) and not re.match(r"(?:In[ \u00a0]+)?The\b", raw) \
                    and not _ARTICLE_NUM_BEFORE_RE.search(text, max(0, ms - 12), ms) \
                    and not _after_preposition(text, max(0, ms - 12), ms):
                # "The New Yorker’s", "the Senate’s": a thing, not someone
                cleaned = clean_name(raw[:-2])
                if cleaned is not None and not (len(cleaned[1]) == 1 and
                                                fold(cleaned[1][0]) in _STOP_FOLD):
                    self.possessives.append((ms, m.end() - 2, *cleaned))
        self.starts = [it[0] for it in self.items]
        self._poss_starts = [it[0] for it in self.possessives]

    def possessives_before(self, pos: int, window: int) -> list[tuple[int, int, str, list[str]]]:
        """Possessive names ending before ``pos`` within ``window`` characters, nearest first."""
        i = bisect.bisect_left(self._poss_starts, pos)
        lo = bisect.bisect_left(self._poss_starts, pos - window)
        return [it for it in reversed(self.possessives[lo:i]) if it[1] <= pos]

    def before(self, pos: int, window: int) -> list[tuple[int, int, str, list[str]]]:
        """Mentions ending before ``pos`` within ``window`` characters, nearest first."""
        i = bisect.bisect_left(self.starts, pos)
        out = []
        while i > 0:
            i -= 1
            it = self.items[i]
            if it[0] < pos - window:
                break
            if it[1] <= pos:
                out.append(it)
        return out


_DESC_LEAD = frozenset(("a", "an", "the", "his", "her", "their", "its", "our", "one", "another"))
#: Determiners of a newcomer: "A yam trader", "One farmer", "Another resident".
_NEW_LEAD = frozenset(("a", "an", "one", "another"))
#: A phrase a sentence opens with before its subject, set off by a comma: "Asked about
#: the figures, ", "Speaking on Tuesday, ", "In a statement, " (a general list of openers).
_OPENING_PHRASE_RE = lazy_compile(
    rf"(?:Asked|Speaking|Responding|Contacted|Reached|Approached|Questioned|Pressed|"
    rf"Challenged|Interviewed|In{SP}+a{SP}+statement|In{SP}+an{SP}+interview|However|"
    rf"Meanwhile|Later|Separately)\b[^,.;:!?\n]{{0,80}},{SP}+")
_SENTENCE_OPEN_RE = lazy_compile(r"(?:^|(?<=[.!?][ \u00a0])|(?<=[.!?][\"”’][ \u00a0]))"
                               r"(?=[A-Z])", re.M)


#: What stands before the pronoun of a quotation that opens its paragraph: '“…,” she',
#: '“…,” said she' (searched on the paragraph up to the pronoun).
_OPENING_QUOTE_CUE_RE = lazy_compile(r"[“\"][^\n]*[”\"][ \u00a0]*(?:[a-z]+[ \u00a0]+)?$")


def pronoun_reach(text: str, pos: int) -> int:
    """How far back a "he" or "she" at ``pos`` reads for whom it means: its paragraph, no
    further back than 1,500 characters; and when it is the cue of a quotation that opens
    its paragraph ('“…,” she said' after a paragraph that named or described her), the
    paragraph before too, and before that any paragraphs of the same quotation (a quote
    block whose last paragraph carries the cue)."""
    floor = max(0, pos - 1500)
    lo = text.rfind("\n", floor, pos) + 1
    if lo == 0 or not _OPENING_QUOTE_CUE_RE.match(text, lo, pos):
        return max(lo, floor)
    while lo > floor:
        j = lo - 1
        while j > floor and text[j - 1] in "\r\n \t":
            j -= 1  # over blank lines
        prev = text.rfind("\n", floor, j) + 1
        lo = prev
        # a paragraph of the same quotation: it opens with a mark and does not close it
        if not _unclosed_quote(text[prev:j]):
            break
    return max(lo, floor)


def _unclosed_quote(para: str) -> bool:
    """True for a paragraph of a quote block that goes on: it opens with a quotation mark
    and never closes it (the convention for a quotation over several paragraphs)."""
    p = para.lstrip(" \u00a0")
    if p[:1] == "“":
        return "”" not in p
    return p[:1] == '"' and p.count('"') == 1


def gendered_description_before(text: str, pos: int, sex: str) -> tuple[int, int, str] | None:
    """(start, end, words) of the last sentence in ``pos``'s paragraph whose subject is a
    description of one person that a "he" or "she" at ``pos`` may mean: one that says its
    sex ("A police spokeswoman said ...", "A creel fisherman who works the loch told ..."),
    or a newcomer by trade or state whose sex is not said ("A 19-year-old yam trader who
    swam to the bank told ...", "A software engineer whose son was bitten said ..."): the
    person the pronoun means when no one of that sex is named as a subject between."""
    from .gender import noun_sex

    # the paragraph, but no more than 1,500 characters of it (as far back as names are
    # looked for): on a one-line article every pronoun would read the text from its start
    lo = pronoun_reach(text, pos)
    found = None
    for sm in _SENTENCE_OPEN_RE.finditer(text, lo, pos):
        at = sm.start()
        if (om := _OPENING_PHRASE_RE.match(text, at, pos)) is not None:
            at = om.end()  # "Asked about the figures, a spokeswoman for the agency said"
        lead = text[at:at + 8].split(" ", 1)[0].lower()
        if lead not in _DESC_LEAD:
            continue
        opening = text[at:min(pos, at + 120)]
        head = description_head(opening)
        if head is None:
            continue
        hs = noun_sex(head)
        if hs != sex and not (hs is None and (lead in _NEW_LEAD or (
                lead == "the" and _introduced_as(text, head, at)))):
            # (a newcomer by trade whose sex is not said is whom the pronoun means, and so
            # is "The teacher" that takes up "A retired teacher" described before)
            continue
        hm = re.search(rf"\b{re.escape(head)}\b", opening)
        if hm is None:
            continue
        end = at + hm.end()
        if _SPOKES_HEAD_RE.search(head) and (bm := _SPOKES_FOR_RE.match(text, end, pos)):
            end = bm.end("body")  # "A spokeswoman for the hospital said ...": whose voice
        found = (at, end, text[at:end])
    return found


def _introduced_as(text: str, head: str, at: int) -> bool:
    """True when a newcomer was described by ``head`` before ``at`` ("A retired teacher
    who ...", "One farmer"), no further back than 3,000 characters: a later "The teacher"
    is that person."""
    return re.search(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)(?:{SP}+[\w’'-]+){{0,3}}?{SP}+"
                     rf"{re.escape(head)}\b", text[max(0, at - 3000):at]) is not None


_OPENING_WORD_RE = lazy_compile(
    # (after a live page's or a section's one-word label: "Update: Pryce has revised")
    r"[ \u00a0]*(?:[A-Z][A-Za-z]+:[ \u00a0]+)?([A-Z][\w’'-]+)[ \u00a0]+"
    r"(?:[a-z]+ly[ \u00a0]+)?[a-z]+\b")


def paragraph_opening_word(text: str, pos: int) -> tuple[int, int, str] | None:
    """(start, end, word) of a lone capitalised word opening ``pos``'s paragraph before a
    lower-case word ("Doe defended her figure."): a surname that is the paragraph's subject
    whatever its verb, when the text named that person in full before."""
    lo = text.rfind("\n", 0, pos) + 1
    m = _OPENING_WORD_RE.match(text, lo, pos)
    if m is None:
        return None
    return m.start(1), m.end(1), m.group(1)


#: A trade or an agent by its ending ("ecologist", "shopkeeper", "vendor"; "-man" and
#: "-woman" are :func:`.gender.man_noun`'s).
_AGENT_END_RE = lazy_compile(r"[a-z]{2,}(?:ist|ian|keeper|maker|worker|holder|"
                           r"owner|seller|grower|dealer|player|rider|writer)")


def is_person_noun(word: str) -> bool:
    """True for a noun that is one person ("trader", "mother of four"'s "mother",
    "ecologist", "61-year-old"): :data:`.roles.PERSON_ROLES`, :data:`.roles.PEOPLE_NOUNS`,
    a noun that says its sex, an age, or an agent's ending ("-ist", "-man", "-keeper"; not
    "-er": "number", "water"; not "human": :func:`.gender.man_noun`)."""
    from .gender import man_noun, noun_sex

    w = word.casefold().strip(".,;:")
    return (w in PERSON_ROLES or w in PEOPLE_NOUNS or noun_sex(w) is not None
            or bool(re.fullmatch(r"\d{1,3}-year-old", w)) or bool(_AGENT_END_RE.fullmatch(w))
            or man_noun(w))


#: Where a description of a person ends and what it says about them begins: "a farmer|
#: near Moyston", "a mother| of four", "a trader| who swam", "a woman| selling maize".
_DESC_STOP = frozenset("of near in at from outside on with who whose which that whom for "
                       "by to living working selling".split())


def description_head(desc: str) -> str | None:
    """The head noun of a description of someone ("A 19-year-old yam trader who swam" ->
    "trader", "a mother of four at the camp" -> "mother", "A police spokeswoman said" ->
    "spokeswoman"): the last noun for a person among its first words, before what it says
    about them (a preposition, a relative, a verb, a comma). A capitalised word before
    another is that word's adjective ("An Italian bank said" has none; "A Canadian miner",
    "miner"). None without a determiner first or a person's noun."""
    words = desc.replace("\u00a0", " ").split()
    if len(words) < 2 or words[0].lower() not in _DESC_LEAD:
        return None
    head = None
    capital_last = False  # the last word was a person's word, capitalised ("Italian")
    for w in words[1:8]:
        bare = w.rstrip(",;:.")
        if bare.lower() in _DESC_STOP or bare.lower() in _CUE_SET or \
                not re.fullmatch(r"[\w’'-]+", bare):
            break
        if capital_last:
            head = None  # "An Italian bank", "A German company": a people's word, an adjective
        capital_last = is_person_noun(bare) and bare[:1].isupper()
        if is_person_noun(bare):
            head = bare
        if bare != w:
            break
    return head


def person_description(desc: str) -> bool:
    """True when ``desc`` describes one person ("a third-generation farmer near Moyston",
    "A woman selling roasted maize"), not a body or a voice for one."""
    head = description_head(desc)
    return head is not None and head[:1].islower() and \
        not re.search(VOICE_ROLES, desc, re.I)


#: A person described, then named in apposition: "The vendor, Grace Achieng, 34, said",
#: "The man, Tomas Lind, said", "The engineer, Kavya Nair, said" (a sentence's opening;
#: groups ``noun`` and ``name``).
_NAMED_AFTER_RE = lazy_compile(
    rf"(?:The|This){SP}+(?:[a-z][\w-]*{SP}+){{0,2}}(?P<noun>[a-z][\w-]*),{SP}+"
    rf"(?P<name>{NAME_PLAIN}),")
#: How far on :func:`named_after` reads.
_NAMED_AFTER_REACH = 1500


#: Nouns for anyone, not a trade or an office: a description by one ("a woman selling
#: maize") may be named by any person's noun ("The vendor, Grace Achieng,"), and one may
#: name any described person ("... said a mother of four. The woman, Zanele Mthembu,").
_ANYONE = frozenset("woman man girl boy person lady gentleman mother father resident local "
                    "villager neighbour neighbor".split())


def _same_person_noun(described: str | None, naming: str) -> bool:
    """True when a later "The <naming>, Name," can be the one described by ``described``
    ("trader"/"trader", "fisherman"/"fisher", "woman"/"vendor"), not someone else ("a
    nurse ... The union leader, Ann Cole,")."""
    if described is None:
        return False
    a, b = described.casefold(), naming.casefold()
    return a in _ANYONE or b in _ANYONE or a[:5] == b[:5]


def named_after(text: str, pos: int, head: str | None = None) -> tuple[int, int, str] | None:
    """(start, end, name) of the name a person described at ``pos`` is given later, by news
    convention: a sentence opening "The <noun>, <Full Name>," in the rest of the paragraph
    or the one after it ("… said a mother of four at the camp. The woman, Zanele Mthembu,
    said"; "… he said.\n\nThe trader, Usman Danjuma, lost …"). The noun must be a person's
    and the name a full one; a paragraph holding another quotation in between stops the
    search (its speaker may be the one named). ``head``: the description's head noun
    (:func:`description_head`); when given, the later noun must be the same person's
    (the same trade, or a noun for anyone: "The woman," for "a mother of four")."""
    n = len(text)
    stop = min(n, pos + _NAMED_AFTER_REACH)
    end = text.find("\n", pos, stop)
    para_end = end if end >= 0 else stop
    spans = [(pos, para_end)]
    if end >= 0:
        j = end
        while j < stop and text[j] in "\n \u00a0":
            j += 1
        nxt = text.find("\n", j, stop)
        spans.append((j, nxt if nxt >= 0 else stop))
    for k, (lo, hi) in enumerate(spans):
        if k == 1 and re.search(r"[“\"]", text[lo:hi]) and \
                _NAMED_AFTER_RE.match(text, lo, hi) is None:
            break  # the next paragraph quotes someone: its speaker may be the one named
        # (the paragraph after opens a sentence; the rest of this one opens none at ``pos``)
        for at in sentence_starts(text, lo, hi)[0 if k else 1:]:
            m = _NAMED_AFTER_RE.match(text, at, hi)
            if m is None or not is_person_noun(m.group("noun")) or (
                    head is not None and not _same_person_noun(head, m.group("noun"))):
                continue
            cleaned = clean_name(m.group("name"))
            if cleaned is None or len(cleaned[1]) < 2 or names_body(cleaned[1]):
                continue
            return m.start("name"), m.end("name"), cleaned[0]
    return None


#: A sentence's words before a name that describe the person it names, set off by a comma
#: ("The chairman of the district council, | Bello Tsado, told", "Its lead author,
#: ecologist | Dr Arjun Hegde, argues", "Harbour Water's managing director, | Ann Lee,").
_APPOSED_OPENING_RE = lazy_compile(
    rf"(?:(?:[{UP}][\w&.\-]*{SP}+){{0,3}}[{UP}][\w&.\-]*[’']s|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|"
    rf"[Tt]heir|[Oo]ur|[Aa]n?){SP}+[^,;:“”\"\n]{{1,80}},{SP}+"
    rf"(?:(?!(?:by|of|in|at|from|with|for|to|and|on|as|said|says|told)\b)[a-z][\w\-]*{SP}+){{0,3}}")
#: Place or body words before a role, then the name: "Skye and Lochalsh councillor | Donnie
#: Matheson said", "Labour councillor | Ann Lee" (group ``role``).
_ROLE_OPENING_RE = lazy_compile(
    rf"(?:[{UP}][\w’'.\-]*{SP}+(?:(?:and|of|&){SP}+)?){{1,4}}(?:[a-z][\w\-]*{SP}+){{0,2}}?"
    rf"(?P<role>[a-z][\w\-]*){SP}+")


def described_subject(head: str, after: str) -> bool:
    """True when ``head``, a sentence's words before a name, describes the person the name
    is, so the name is the sentence's subject (what "he said" after it means): a
    description set off by commas around the name (``after`` is what follows the name,
    its comma), or a role with the place or body it is for before it."""
    m = _APPOSED_OPENING_RE.fullmatch(head)
    if m is not None and after.startswith(","):
        return True
    m = _ROLE_OPENING_RE.fullmatch(head)
    return m is not None and is_person_noun(m.group("role"))


#: A name with the short form the text gives it in brackets: "the Unión de Agricultores del
#: Sur (UAS)", "Public Health Agency of Canada (PHAC)" (groups ``name`` and ``short``).
#: (:data:`_INITIALS_SKIP`: the words a long name's short form leaves out, "Public Health
#: Agency of Canada" is "PHAC", which may link the capitalised words of that name.)
_LONG_NAME = (rf"[{UP}][\w’'&.\-]*(?:{SP}+(?:(?:{'|'.join(map(re.escape, _INITIALS_SKIP))})"
              rf"{SP}+)*[{UP}][\w’'&.\-]*)+")
_DEFINED_RE = lazy_compile(rf"(?P<name>{_LONG_NAME}){SP}*\((?P<short>[{UP}][{UP}&]{{1,7}})\)")
_LONG_NAME_RE = lazy_compile(_LONG_NAME)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("\u00a0", " ").split()
                   if w.lower() not in _INITIALS_SKIP).upper()


def acronym_name(text: str, short: str, pos: int) -> str | None:
    """The name a short form in capitals at ``pos`` stands for, as the text writes it:
    the name it set beside it in brackets nearest ``pos`` ("the Unión de Agricultores del
    Sur (UAS)"), else the nearest name whose initials it is ("The Public Health Agency of
    Canada's report ... a PHAC spokesperson"); None when the text gives no such name."""
    if not re.fullmatch(rf"[{UP}][{UP}&]{{1,7}}", short):
        return None
    defined, spelled = _acronym_names(text, short)
    for found in (defined, spelled):
        if found:
            return min(found, key=lambda f: abs(f[0] - pos))[1]
    return None


@functools.lru_cache(maxsize=32)
def _acronym_names(text: str, short: str) -> tuple[tuple[tuple[int, str], ...],
                                                   tuple[tuple[int, str], ...]]:
    """Where the text names what ``short`` stands for: (in brackets beside it, by its
    initials), each (offset, name). Read once per text and short form (a text's hash is
    kept by the string, so asking again costs a look-up): a long text quoting a short form
    a thousand times is read once, not a thousand times."""
    defined: list[tuple[int, str]] = []
    at = text.find(f"({short})")
    while at >= 0:
        close = at + len(short) + 2
        m = next((d for d in _DEFINED_RE.finditer(text, max(0, at - 120), close)
                  if d.end() == close), None)
        if m is not None and m.group("short") == short:
            name = m.group("name")
            # "the Unión ... del Sur (UAS)": the initials may leave words out, never add
            words = name.split()
            for k in range(len(words)):
                tail = " ".join(words[k:])
                if _initials(tail) == short:
                    name = tail
                    break
            defined.append((at, re.sub(r"^(?:The|the)\s+", "", name)))
        at = text.find(f"({short})", at + 1)
    spelled: list[tuple[int, str]] = []
    if not defined:
        for m in _LONG_NAME_RE.finditer(text):
            if " " + short[0] not in " " + m.group(0):
                continue  # (no word of most names starts with its letter: none to split)
            words = _POSS_RE.sub("", m.group(0)).split()
            for k in range(len(words) - 1):
                tail = " ".join(words[k:])
                if words[k].lower() not in _INITIALS_SKIP and words[k] != "The" and \
                        _initials(tail) == short:
                    spelled.append((m.start(), tail))
                    break
    return tuple(defined), tuple(spelled)



#: A body's name as the apposition rules read it: capitalised words with the small words
#: of a body's name between them ("Institute for Fiscal Studies", "Kennet Clean Water").
_NAMED_RUN = rf"{_BODY_WORD}(?:(?:{SP}+(?:of|for|on|and|&|the){SP}+|{SP}+){_BODY_WORD}){{0,6}}"

#: A sentence opening with a body by its common noun as its subject, after a fronted phrase
#: at most: "The treasury declined ...", "In a statement, the Auditor-General's office
#: wrote ..." (groups ``np`` and ``noun``).
_BODY_OPENING_RE = lazy_compile(
    rf"(?:(?:In|On|At|After|Asked|Speaking)\b[^,;:“”\"\n]{{0,60}},{SP}+)?"
    rf"(?P<np>(?:[Tt]he|[Ii]ts){SP}+(?:[\w’'&\-]+{SP}+){{0,3}}?(?P<noun>[a-z]+))"
    rf"(?:,{SP}+(?P<name>{_NAMED_RUN}),)?{SP}+(?:[a-z]+{SP}+)?[a-z]+")


#: A sentence opening with a description and the name set beside it: "The council's
#: auditor, Grant & Moor LLP, offered ...", "An auditing firm, Pell & Roe, said ..."
#: (group ``name``).
_DESC_NAME_OPENING_RE = lazy_compile(
    rf"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)(?:{SP}+[\w’'\-]+){{1,4}}?,{SP}+(?P<name>{_NAMED_RUN}),"
    rf"{SP}+[a-z]")


def body_it(text: str, pos: int) -> str | None:
    """The body an "it" at ``pos`` speaks for: the body by its common noun that opens, as
    its subject, the sentence holding ``pos`` or the one before it in its paragraph ("The
    treasury declined to comment on what it called ...", "In a statement, the
    Auditor-General's office wrote: '…' It added ..."), as :func:`voice_as_named` writes
    it (the body the text named, else as written), or set beside it ("The company, Harbour
    Foods, said"); else the body its paragraph opens a sentence with by name ("Harbour
    Foods said sales fell. '…,' it said": :func:`_body_subject`); None for none."""
    ps = max(text.rfind("\n", max(0, pos - 1500), pos) + 1, pos - 1500, 0)
    starts = sentence_starts(text, ps, pos)
    for at in reversed(starts[-2:]):
        m = _BODY_OPENING_RE.match(text, at, pos)
        if m is None or m.end("np") > pos:
            continue
        if BODY_NOUN_OF.get(m.group("noun"), m.group("noun")) in BODY_KINDS:
            if m.group("name"):
                return m.group("name")  # "The company, Harbour Foods, said ..."
            return voice_as_named(text, m.start("np"), m.end("np"))
    for at in reversed(starts[-2:]):
        am = _DESC_NAME_OPENING_RE.match(text, at, pos)
        if am is not None and not PERSON_TITLE_RE.match(am.group("name") + " ") and \
                gender_of(am.group("name"), am.group("name").split()) is None:
            # "The council's external auditor, Grant & Moor LLP, offered a figure. It
            # warned ...": "it" is no person, so the name set beside the description
            return am.group("name")
    # "Harbour Foods said sales fell. '…,' it said": a body by its name
    found = _body_subject(text, pos, starts)
    if found is None:
        found = _it_subject(text, starts, pos)
    return found


def _it_subject(text: str, starts: list[int], pos: int) -> str | None:
    """The name that opens the last sentence before ``pos`` in its paragraph (``starts``:
    its :func:`sentence_starts`) as the subject of a cue verb, when nothing says it is a
    person: the "it" of a cue after it is the name's, a body whatever its words ("Southern
    Water said bills would rise. '…,' it said")."""
    found = None
    for at in starts:
        m = _OPENING_BODY_RE.match(text, at, pos)
        if m is None or not _cue_after_name(text, m.end(), pos):
            continue
        toks = m.group("name").split()
        if toks[0] in STOP or fold(toks[0]) in _STOP_FOLD or PERSON_TITLE_RE.match(
                m.group("name") + " ") or gender_of(m.group("name"), toks) is not None:
            continue
        found = ("the " if text[m.start():m.start("name")].strip() else "") + m.group("name")
    return found


def _cue_after_name(text: str, at: int, hi: int) -> bool:
    """A cue verb of the lexicon right after a name: "Southern Water said"."""
    vm = CUE_RE.match(text, at + 1, hi) if text[at:at + 1] in (" ", "\u00a0") else None
    return vm is not None and not vm.group(0).endswith("ing")



@functools.lru_cache(maxsize=256)
def _kind_patterns(noun: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two ways news sets a body's name beside the kind of body it is: the kind after
    the name ("Harbour Homes, the county's housing agency"; "Kennet Clean Water, a group
    of anglers, says"), or before it ("The stadium's developer, Forge Stadium Partners,")."""
    n = re.escape(noun)
    apposed = re.compile(
        rf"(?P<name>(?:[Tt]he{SP}+)?{_NAMED_RUN}),{SP}+(?:the|its|their|a|an){SP}+"
        # (never the kind's own: "Odile Fenwarren, the company's head of operations", "Ann
        # Roe, a spokeswoman for the department")
        rf"(?:{_NOT_A_PREPOSITION}[\w’'\-]+{SP}+){{0,3}}?"
        rf"(?P<kind>{n})s?\b(?![’'])")
    lead = re.compile(rf"\b{n}s?,{SP}+(?P<name>{_NAMED_RUN}),")
    return apposed, lead


def bodies_of_kind(text: str, noun: str, lo: int = 0, hi: int | None = None
                   ) -> list[tuple[int, str]]:
    """(start, name) of every body ``text[lo:hi]`` names with ``noun`` set beside it, as
    its kind ("Harrow Coal, the mine's owner," and "The mine's owner, Harrow Coal," for
    "owner"): the bodies a description by that noun ("the mine's owner") may stand for.
    The one rule for which named body a kind of body is, with :func:`body_introduced`
    (the next sentences) and :func:`named_body` (the nearest before)."""
    hi = len(text) if hi is None else hi
    out = []
    for rx in _kind_patterns(noun):
        out += [(m.start("name"), m.group("name")) for m in rx.finditer(text, lo, hi)]
    return sorted(out)


def body_introduced(text: str, noun: str, at: int, hi: int) -> tuple[str, int] | None:
    """(name, end of its description) when the sentence at ``at`` opens with a body's name
    and the kind ``noun`` set beside it ("Kennet Clean Water, a group of anglers, says
    ..."): the body a description by that kind made just before ("a campaign group whose
    volunteers ...") is introduced as."""
    lead = re.compile(r"[\s“\"‘']*").match(text, at, hi)
    m = _kind_patterns(noun)[0].match(text, lead.end() if lead else at, hi)
    return (m.group("name"), m.end("kind")) if m is not None else None


def person_before(text: str, pos: int, sex: str,
                  sex_of: Callable[[str, list[str]], str | None] = gender_of
                  ) -> tuple[str, list[str]] | None:
    """(name as written, tokens) of the nearest person named in ``pos``'s paragraph (no
    further back than 1,500 characters) whose name says their sex is ``sex``, even after a
    preposition ("criticised by Tom Bell, ... '…,' he said"; "According to Ann Lee, ...
    '…,' she said"; "The inquiry heard from Dr Ada Moor. She told the panel:"): the
    mention rules pass over a name after a preposition (a place: "in Yokohama"), but a
    full name with a first name of that sex is a person's; failing one, the only person
    the paragraph names with a person's title or with a relative "who" after the name
    ("heard from Dr Ada Moor", "disputed by Nurse Joy Okoro", "criticised by Kim Taylor,
    who leads the passengers' group") whose sex is not known to be the other.
    For a "he" or "she" that found no one. ``sex_of``: what is known of a name's sex (the
    caller may know more than the name says: a role, a pronoun already resolved)."""
    lo = pronoun_reach(text, pos)
    found = None
    titled = []  # "Dr Ada Moor": a person by the title, of no sex the name says
    for m in NAME_RE.finditer(text, lo, pos):
        cleaned = clean_name(m.group(0))
        if cleaned is None or len(cleaned[1]) < 2 or names_body(cleaned[1]):
            continue
        g = sex_of(cleaned[0], cleaned[1])
        if g == sex:
            found = cleaned
        elif g is None and (PERSON_TITLE_RE.match(cleaned[0])
                            or _WHO_AFTER_RE.match(text, m.end())):
            titled.append(cleaned)
    if found is None and len({" ".join(c[1]) for c in titled}) == 1:
        found = titled[-1]  # the one titled person the paragraph names
    return found


def named_as_person(name: str) -> bool:
    """A name that says it is a person's, by a title or a given name that says a sex ("Dr
    Ann Lee", "Ana Ruiz"): the one test the speech engine and the figures' sources share."""
    return bool(PERSON_TITLE_RE.match(name + " ") or gender_of(name, name.split()))


#: A relative clause of a person after a name: "Kim Taylor, who leads the group".
_WHO_AFTER_RE = lazy_compile(rf",{SP}+who{SP}")
#: A title only a person bears, then a space: "Dr Ada Moor", "Sen. Lind"
#: (:data:`.roles.PERSON_TITLES`).
_TITLE_ALT = "|".join(PERSON_TITLES)
PERSON_TITLE_RE = lazy_compile(rf"(?:{_TITLE_ALT})\.?{SP}")
#: ... before a given name and a surname, perhaps after a word of the office: "Mayor
#: Adrienne Colby", "Sports Minister Tomas Varga", "State Sen. Carla Voss".
_TITLED_NAME_RE = lazy_compile(
    rf"(?:[{UP}][\w.]*{SP}+)?(?:{_TITLE_ALT})\.?{SP}+[{UP}][a-z]+{SP}+[{UP}]")


def titled_name(name: str) -> bool:
    """A name its person's title opens ("State Sen. Carla Voss"): a person's, whatever
    its first word ("State") says of bodies; the one test speech and figures share."""
    return bool(_TITLED_NAME_RE.match(name))


#: A name set beside a description, after what the description says of its person: "A
#: lawyer for the family, Dev Patel, said", "A nurse at the clinic, Ann Lee, told", "A
#: spokeswoman for the Food Standards Agency (FSA), Mira Kaul, said" (group
#: ``name``).
_APPOSED_AFTER_DESC_RE = lazy_compile(
    rf"(?:{SP}+(?:for|of|at|from|with|in){SP}+[^,;:“”\"\n]{{1,60}}?)?(?:{SP}*\([^()\n]{{1,40}}\))?,"
    rf"{SP}+(?P<name>{NAME_PLAIN}),")


def name_apposed(text: str, end: int, hi: int) -> tuple[str, list[str]] | None:
    """(name, tokens) of a full name set beside the description ending at ``end``: the
    person it describes ("A lawyer for the family, Dev Patel, said ... he said")."""
    m = _APPOSED_AFTER_DESC_RE.match(text, end, hi)
    cleaned = clean_name(m.group("name")) if m is not None else None
    if cleaned is None or len(cleaned[1]) < 2 or names_body(cleaned[1]):
        return None
    return cleaned


def described_sex(desc: str) -> str | None:
    """"m", "f" or None: the sex a description's head noun says ("a spokeswoman for
    Skyways" -> "f")."""
    from .gender import noun_sex

    head = description_head(desc)
    return noun_sex(head) if head is not None else None
