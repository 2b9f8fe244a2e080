"""Cue verbs: the words that mark speech, from VerbNet's communication classes.

The lexicon is general English, not a list read off any test set: the members
of VerbNet 3.x's verbs of communication (class 37: ``say-37.7``,
``tell-37.2``, ``manner_speaking-37.3``, ``complain-37.8``, ``advise-37.9``,
``lecture-37.11``, ``inquire-37.1.2``, ``transfer_mesg-37.1.1``, ``dub-29.3``,
``talk-37.5``) plus the verbs of assertion news prose uses the same way
(``argue``, ``insist``, ``warn``, ``concede``), the verbs of judging and naming
that frame a quoted phrase (``judgment-33``, ``characterize-29.2``: ``liken``,
``dismiss``, ``portray``), and the verbs of writing and
posting (``write``, ``tweet``, ``post``). Verbs far more often used for other
things (``show``, ``read``) are left out or need
their subject right before them. Every base form is inflected (``stress`` ->
``stressed stresses stressing``).
"""

from __future__ import annotations

import re

from ..lazy import lazy_compile

#: say-37.7 and its news relatives: the verbs of assertion.
SAY = """
say state declare announce assert claim contend maintain allege affirm aver avow
mention note observe remark comment add continue conclude explain clarify elaborate
stress emphasize emphasise underscore underline highlight insist reiterate repeat
reply respond answer retort counter rejoin acknowledge admit concede confess confirm
deny dispute disclose reveal divulge report recount recall relate recollect describe
suggest propose predict forecast speculate guess estimate hint imply insinuate
argue reason point caution warn urge plead beg pledge promise vow swear vouch guarantee
boast brag complain lament grumble protest object charge accuse blame criticize
criticise condemn denounce decry slam blast attack praise hail laud commend applaud
thank joke quip tease mock scoff sneer muse wonder reflect marvel agree disagree concur
echo counsel advise recommend instruct brief inform notify tell assure reassure remind
ask inquire enquire query question demand request testify attest certify proclaim
profess opine posit theorize theorise surmise venture interject chime offer volunteer
write tweet post text email blog recite quote cite dictate
express convey summarize summarise characterize characterise call dub term label brand
nickname portray depict liken compare dismiss castigate censure chastise compliment deride
fault lambaste rebuke reprimand ridicule salute scold
""".split()

#: manner_speaking-37.3: how the words were said ("she whispered", "he shouted").
MANNER = """
shout yell scream shriek holler bellow roar bark snap snarl growl grumble mutter mumble
murmur whisper hiss sigh groan moan wail whine whimper sob cry exclaim gasp stammer
stutter drawl chuckle laugh giggle chortle sing chant croon purr rasp pant
""".split()

#: Cues whose subject may follow them ("said Tubbs", "added the minister"); "told X"
#: names the listener instead.
INVERTING = """
say write ask add explain note continue recall reply respond report insist argue state
declare conclude observe remark comment tweet quip warn caution acknowledge admit
concede counter recount
""".split()

#: Base forms that are verbs far more often than nouns ("they say", "I would add");
#: the others ("a report", "her claim", "a New York Times report") count only
#: inflected.
BASE_OK = """
say tell ask explain add insist argue warn write state declare admit acknowledge concede
stress emphasize emphasise agree disagree recall suggest predict complain deny confirm
continue conclude observe mention urge reiterate recount describe testify
""".split()

_IRREGULAR = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"),
    "speak": ("spoke", "speaks", "speaking", "spoken"),
    "swear": ("swore", "swears", "swearing", "sworn"),
    "sing": ("sang", "sings", "singing", "sung"),
    "forecast": ("forecast", "forecasts", "forecasting"),
    "offer": ("offered", "offers", "offering"),
    "counter": ("countered", "counters", "countering"),
    "answer": ("answered", "answers", "answering"),
    "wonder": ("wondered", "wonders", "wondering"),
    "venture": ("ventured", "ventures", "venturing"),
    "whisper": ("whispered", "whispers", "whispering"),
    "murmur": ("murmured", "murmurs", "murmuring"),
    "mutter": ("muttered", "mutters", "muttering"),
    "stammer": ("stammered", "stammers", "stammering"),
    "stutter": ("stuttered", "stutters", "stuttering"),
    "holler": ("hollered", "hollers", "hollering"),
    "clarify": ("clarified", "clarifies", "clarifying"),
    "testify": ("testified", "testifies", "testifying"),
    "certify": ("certified", "certifies", "certifying"),
    "blog": ("blogged", "blogs", "blogging"),
    "plead": ("pleaded", "pled", "pleads", "pleading"),
    "beg": ("begged", "begs", "begging"),
    "snap": ("snapped", "snaps", "snapping"),
    "chat": ("chatted", "chats", "chatting"),
    "quip": ("quipped", "quips", "quipping"),
    "underline": ("underlined", "underlines", "underlining"),
    "admit": ("admitted", "admits", "admitting"),
    "sob": ("sobbed", "sobs", "sobbing"),
    "marvel": ("marveled", "marvelled", "marvels", "marveling", "marvelling"),
}

#: Third-person forms of manner verbs that are far more often plural nouns.
_NOUNS = set("""
chants cries shouts whispers sighs sobs laughs groans moans wails screams roars barks snaps
growls hisses yells gasps chuckles giggles murmurs pants purrs bellows hollers
""".split())


_CVC_RE = lazy_compile(r"[^aeiou]*[aeiou][bdgklmnprt]")
_UNSTRESSED_L_RE = lazy_compile(r"[^aeiou][aeiou]+[^aeiou]+[ae]l$")


def inflect(verb: str) -> tuple[str, ...]:
    """The base form with its past, third person and -ing forms."""
    if verb in _IRREGULAR:
        return (verb, *_IRREGULAR[verb])
    if verb.endswith("e"):
        return (verb, verb + "d", verb + "s", verb[:-1] + "ing")
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return (verb, verb[:-1] + "ied", verb[:-1] + "ies", verb + "ing")
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return (verb, verb + "ed", verb + "es", verb + "ing")
    if _CVC_RE.fullmatch(verb):
        # one syllable, one vowel, one final consonant: the consonant doubles
        # ("slam" -> "slammed", "brag" -> "bragging", "dub" -> "dubbed")
        d = verb + verb[-1]
        return (verb, d + "ed", verb + "s", d + "ing")
    if _UNSTRESSED_L_RE.search(verb):
        # a final "-el"/"-al" after a consonant: American and British spellings
        # ("label" -> "labeled", "labelled")
        d = verb + "l"
        return (verb, verb + "ed", d + "ed", verb + "s", verb + "ing", d + "ing")
    return (verb, verb + "ed", verb + "s", verb + "ing")


def _forms(verbs: list[str], *, base: bool = True, third: bool = True,
           ing: bool = True) -> list[str]:
    out: list[str] = []
    for v in verbs:
        forms = inflect(v)
        for f in forms[1:]:
            if f.endswith("ing"):
                if ing:
                    out.append(f)
            elif f.endswith("s") and f != forms[0] + "ed" and not f.endswith("ed"):
                if third and f not in ("pled",):
                    out.append(f)
            else:
                out.append(f)
        if base and v in BASE_OK:
            out.append(v)
    return sorted(set(out))


#: Every inflected cue verb. Manner verbs' "-s" forms that are mostly plural nouns
#: ("chants", "cries", "whispers") are left out.
CUE_WORDS: list[str] = sorted(set(_forms(SAY)) | set(_forms(MANNER, base=False)) - _NOUNS)
#: Verbs whose subject may follow them ("said Tubbs"): past and present, never -ing
#: ("adding that its ..." has no subject after it).
INVERSION: set[str] = set(_forms(INVERTING, ing=False)) | {"say"}


#: Verbs whose third-person "-s" form is a verb after a name far more often than a plural
#: noun: :data:`BASE_OK` and the few the first cue rule took ("Reyes claims", "Reyes
#: notes"). The others' "-s" forms are plural nouns in that very place ("the Mary Hart
#: emails", "the Smith estimates", "the Jones volunteers").
_S_VERBS = frozenset(BASE_OK) | {"claim", "note", "tweet", "reply", "respond"}


def _subject_forms(verb: str) -> list[str]:
    """A verb's forms that are a clause's verb right after its subject: the past (and
    past participle, "has admitted") always, the "-s" form only of :data:`_S_VERBS`;
    never the base form ("a Mary Hart forecast") nor "-ing"."""
    forms = inflect(verb)
    third = [f for f in forms[1:] if f.endswith("s") and not f.endswith("ed")]
    out = [f for f in forms[1:] if f != verb and not f.endswith("ing") and f not in third]
    if verb in _S_VERBS:
        out += third
    return out


#: Cue verbs as the verb right after a name ("Reyes admitted", "Reyes says"): the one
#: set the speech rules use for "a cue's subject" (statements' antecedents, the lone
#: surname before a cue), so that a plural noun after a name is never read as its verb.
SUBJECT_CUES: frozenset[str] = frozenset(
    f for v in SAY + MANNER for f in _subject_forms(v)) - _NOUNS


#: How a document comes to be and to be handed out, as past participles after it ("a
#: report written by", "a letter signed by", "the figures that X released", "an appraisal
#: prepared for the ministry"): the one lexicon of document-making verbs that speech (who
#: a document speaks for), figures (who made the document behind a figure) and studies
#: (a work said by how it was made) read. Each rule may leave out what it must (studies:
#: who conducted or commissioned a study makes it, so those verbs name its maker there).
DOCUMENT_VERBS: tuple[str, ...] = tuple("""
written published issued produced compiled prepared released commissioned conducted
signed sent posted filed unveiled presented submitted tabled circulated leaked delivered
announced reported given obtained
""".split()) + ("drawn up", "carried out", "put out")
#: Of :data:`DOCUMENT_VERBS`, those whose "by X" is the document's own voice, its writer or
#: sender ('," reads a letter signed by X'): not one who obtained, leaked or commissioned
#: it ('," reads a letter obtained by the Herald' is not the Herald's words).
AUTHOR_VERBS = frozenset("signed written sent issued released posted filed".split())


#: Verbs that measure a thing "at" a figure ("put the cost of repairs at £4 million", "pegged
#: the crowd at 8,000", "estimated the loss at"): one list for figures (whose measure this is)
#: and interviews (an answer that gives a figure to someone else).
MEASURE_AT_VERBS: tuple[str, ...] = tuple(
    "put puts putting placed places pegged pegs set sets estimated estimates "
    # verbs of measuring: "measured the route between A and B at 332,000 feet", "her
    # watch recorded the course at 109 kilometres", "clocked the lap at 41 seconds"
    "measured measures recorded records clocked clocks timed times "
    # ("models the colony at up to 7,500 pairs": a model's measure)
    "modelled models modeled".split())


def document_verbs(*, leave_out: frozenset[str] = frozenset()) -> str:
    """:data:`DOCUMENT_VERBS` as a pattern's alternation (longest first; a space may be
    a no-break space), without ``leave_out``."""
    words = sorted((v for v in DOCUMENT_VERBS if v not in leave_out), key=lambda v: -len(v))
    return "|".join(re.escape(v).replace(r"\ ", r"[ \u00a0]+") for v in words)
