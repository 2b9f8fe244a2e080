"""Interviews in question-and-answer form.

An answer starts with its speaker's label (``Aota: ...``, ``JEFFERSON: ...``)
and runs over the following paragraphs until the next question (a paragraph
ending in ``?``, a bold paragraph, or a ``Q:`` label), the next label, or a
line that is not prose (a heading, ``Website | + posts``). Every answer
paragraph is a statement of its speaker; quotation marks inside it are part of
the answer, not separate statements. A sentence of an answer that opens by giving its
content to someone else ("The hospital says the average was four hours") is left out of
the answer's own words (``Answer.spans``), so its figure stays that body's.

Broadcast, podcast and hearing transcripts label their turns so too, and in more ways:
a time before the label (``[07:42] HOST:``), a role with the name in brackets
(``PRESENTER (Kate Lyle):``), a name with its role (``JO WREN, council spokesperson:``),
or the label alone on its line, the turn on the next (``ANCHOR`` / ``HELEN MARSH``). The
broadcast's own voices (presenter, host, anchor, the chair) ask and relay: their turns are
context, like ``Q:``. Labels written so count when three turns at least, by two labels,
read as a transcript's.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from ..lazy import lazy_compile
from .cues import CUE_WORDS, MEASURE_AT_VERBS, inflect
from .furniture import in_title_case
from .quotes import Paragraphs
from .roles import PERSON_ROLES, TITLE_SET, TITLE_WORDS, TITLES
from .speakers import SP, UP, fold

_LABEL_RE = lazy_compile(
    rf"[\"“]?(?:\*\*)?(?P<label>(?:(?:{'|'.join(TITLES[:40])})\.?{SP}+)?[{UP}][\w’'.\-]*"
    rf"(?:{SP}+[{UP}][\w’'.\-]*){{0,2}})(?:\*\*)?{SP}*:(?:\*\*)?{SP}*(?=\S)"
)
_NOT_LABELS = {
    "note", "editor's note", "editor’s note", "update", "updated", "photo", "source", "sources",
    "related", "read more", "correction", "disclosure", "image", "video", "watch", "caption",
    "credit", "credits", "tags", "filed under", "website", "email", "e-mail", "twitter", "phone",
    "date", "subject", "title", "headline", "summary", "abstract", "background", "methods",
    "results", "conclusion", "conclusions", "objective", "objectives", "warning", "transcript",
    "advertisement", "sponsored", "share", "listen", "see also", "more", "also", "example",
    "bottom line", "the bottom line", "why", "how", "what", "where", "when", "who", "step",
    "tip", "pros", "cons", "result", "price", "location", "address", "time", "posted", "by",
    # a fact check's headings ("Claim: ...", "Verdict: False"), which alternate like turns
    "claim", "the claim", "claims", "verdict", "our verdict", "the verdict", "rating",
    "our rating", "ruling", "our ruling", "fact", "facts", "the facts", "context", "evidence",
    "analysis", "status", "our conclusion", "fact check", "fact-check",
}
_QUESTION_LABELS = {"q", "question", "interviewer"}


def asking_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with the label of one who asks in a transcript
    ("PRESENTER:", "Q:", "INTERVIEWER:"): what follows is the asker's, no source's claim."""
    m = _LABEL_RE.match(text, start, end)
    if m is None:
        return False
    key = fold(m.group("label"))
    return key in HOST_ROLES or key in _QUESTION_LABELS


def section_label(label: str) -> bool:
    """A label before a colon that heads a section or a field ("Claim", "Our rating",
    "Source") and never names who speaks: the one list turns and colon cues share."""
    return " ".join(label.strip(" \u00a0*\n").split()).casefold() in _NOT_LABELS
#: A broadcast's own voices, who ask and relay (their turns are context, like "Q:"):
#: "PRESENTER:", "HOST (Sam Ortega):", "ANCHOR" on its own line.
HOST_ROLES = frozenset(
    "presenter co-presenter host co-host interviewer anchor co-anchor moderator reporter "
    "correspondent narrator voiceover voice-over chair chairman chairwoman chairperson "
    "newsreader".split())
#: The other roles a transcript labels its voices by ("CALLER (Margaret):", "GUEST:").
_VOICE_ROLES = frozenset("caller guest witness panellist panelist listener".split())
_ANSWER_LABELS = {"a", "answer"}
_PROSE_END_RE = lazy_compile(r"[.!?…:;”\"’)\]*]\s*$")
#: The time a transcript may give before a turn: "[07:42]", "(00:01:15)", "08:15 -".
_STAMP_RE = lazy_compile(
    rf"(?:[\[(]\d{{1,2}}(?:[:.]\d\d){{1,2}}(?:{SP}?[AaPp]\.?[Mm]\.?)?[\])]|"
    rf"\d{{1,2}}(?:[:.]\d\d){{1,2}}(?:{SP}?[AaPp]\.?[Mm]\.?)?(?={SP}|$)){SP}*(?:[-–—|]{SP}*)?")
_NAME_WORDS = rf"[{UP}][\w’'.\-]*(?:{SP}+[{UP}][\w’'.\-]*){{0,3}}"
#: A transcript's label in the other forms it takes: a role with the name in brackets
#: ("PRESENTER (Kate Lyle):"), a name with its role after a comma or in brackets ("JO WREN,
#: council spokesperson:", "SEN. ADA POLK (D-Ore.):"), or any label alone on its line, the
#: turn on the next ("ANCHOR", "HELEN MARSH:").
_TURN_RE = lazy_compile(
    rf"[\"“]?(?:\*\*)?(?P<label>(?:(?:{'|'.join(TITLES[:40])})\.?{SP}+)?{_NAME_WORDS})"
    rf"(?:{SP}*[(\[](?P<paren>[^()\[\]\n]{{1,60}})[)\]]|"
    rf"{SP}*,{SP}*(?P<desc>[^:.!?;“”\"\n]{{2,60}}?))?(?:\*\*)?{SP}*"
    rf"(?::(?:\*\*)?{SP}*(?=\S)|(?P<alone>:?(?:\*\*)?{SP}*$))")
_NAME_RE_ALONE = lazy_compile(rf"{_NAME_WORDS}")
_CUE_SET = frozenset(CUE_WORDS)
#: The verbs of a stand, as a paper sums up each side's ("Anna Bell, Green Party: Wants
#: 2,000 new council homes"; "Backs rent controls"; "Opposes the scheme"; "Says he would
#: ..."): a turn opening with one in its third person, with no subject, is the paper's
#: summary of them, not their words.
_STANCE_VERBS = frozenset(
    f for v in ("want back oppose support favour favor believe think say argue insist warn "
                "propose pledge promise vow plan aim hope seek intend prefer reject agree "
                "disagree welcome accept").split()
    for f in inflect(v)[1:] if f.endswith("s") and not f.endswith("ed"))
#: The word after a plural noun that such a verb's form can also be ("Plans for a freeze
#: were costed", "Hopes are fading"): then it is the turn's subject, not a summary's verb.
_NOUN_NEXT = frozenset(
    "are were have had will would can could may might must should do did of for in from "
    "and or".split())
_OPENING_WORDS_RE = lazy_compile(r"[\"“*]*([A-Z][a-z]+)[ \u00a0]+([\w’'-]+)")


#: A quotation with a cue of the article's reporting: '“…,” he said', 'said Ann Lee', '“…”
#: according to X'. An interviewee's answer is not written so.
_REPORTED_RE = lazy_compile(
    rf"[”\"][ \u00a0]*,?[ \u00a0]*(?:(?:he|she|they|[{UP}][\w’'\-]+)[ \u00a0]+)?"
    rf"(?:said|says|added|told)\b|[,.][”\"][ \u00a0]+(?:said|says|added)\b|"
    rf"\b[Aa]ccording[ \u00a0]+to\b[^“”\"\n]*[“\"]")


#: A paragraph that opens reporting in the past tense: "The hospital said in a statement",
#: "A spokesman for the board said", "Dr Ann Lee, who chairs it, told the paper".
_REPORTING_OPENS_RE = lazy_compile(
    rf"[ \u00a0]*(?:(?:The|A|An)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){{0,5}}?|"
    rf"[{UP}][\w’'-]+(?:[ \u00a0]+[{UP}][\w’'-]+){{0,3}}(?:,[^,\n]{{1,80}},)?[ \u00a0]+)"
    r"(?:said|told|added|stated|confirmed|insisted)\b")
#: The line that ends a transcript: "[ENDS]", "ENDS", "[END OF TRANSCRIPT]".
_ENDS_RE = lazy_compile(r"[\[(]?(?:ENDS?|END[ \u00a0]+OF[ \u00a0]+(?:TRANSCRIPT|INTERVIEW))"
                        r"[\])]?|[\[(](?:[Ee]nds?|[Ee]nd[ \u00a0]+of[ \u00a0]+\w+)[\])]")
#: The article's reporting again after an interview's last answer, its cue before the
#: quotation: "In a statement after the programme, Cllr Marchbank said: “…”".
_REPORTED_BEFORE_RE = lazy_compile(
    rf"[{UP}][\w’'\-]+[ \u00a0]+(?:said|says|added|wrote|told[ \u00a0]+[^“”\"\n:]{{1,40}}?)"
    r"[ \u00a0]*[:,][ \u00a0]*[“\"]")
#: The sentence that introduces an interview: "The Ledger spoke with Ada Moor", "In an
#: interview with Dr Ada Moor", "We talked to Ada Moor, who ...", "We asked Dr Ada Moor,
#: who led the survey, to explain the gap".
INTRO_RE = lazy_compile(
    r"\b(?:(?:spoke|speaks|speaking|talked|talks|talking|sat[ \u00a0]+down)[ \u00a0]+"
    r"(?:with|to)|interviewed|"
    r"(?<![\w’'])(?:[Ww]e|I)[ \u00a0]+asked|"
    r"(?:conversation|interview|Q&A|discussion|exchange)[ \u00a0]+with)[ \u00a0]+")
#: The interviewer speaking to the interviewee: "The University's range is close to yours."
_YOU_RE = lazy_compile(r"\b(?:you|your|yours|yourself)\b", re.I)
#: Words in quotation marks, for what an answer says around them.
_QUOTED_RE = lazy_compile(r"[“\"][^“”\"\n]*[”\"]")
#: A question printed as one in a Q&A without labels is short.
_QUESTION_MAX = 400


@dataclass(slots=True)
class Answer:
    start: int
    end: int
    para: int
    label: str | None  # the label as written, or None for an unlabelled answer
    label_at: int  # where the label (or the paragraph) starts
    #: The interviewee's own words: the answer less its sentences that give their content
    #: to someone else ("The hospital says the average was four hours"); None for all of it.
    spans: list[tuple[int, int]] | None = None


@dataclass(slots=True)
class Interviewee:
    """Whom a sentence says an interview is with: a person's full name, or a body's."""

    written: str
    start: int
    body: bool  # "The Herald spoke to Harbour Foods Group": the answers are the company's


@dataclass(slots=True)
class Interview:
    answers: list[Answer]
    #: Paragraphs that are questions or answers (quotes inside are not statements).
    paras: set[int]
    #: For a Q&A printed as plain paragraphs: whom its introduction names (None for "We
    #: asked her why", whom the speaker rule then finds).
    interviewee: Interviewee | None = None


def _is_question(body: str) -> bool:
    b = body.strip()
    if b.startswith("**") and b.endswith("**"):
        return True
    b = b.rstrip("*”\"’ )")
    return b.endswith("?")


def _turn_label(text: str, paras: Paragraphs, i: int, recurring: frozenset[str] = frozenset()
                ) -> tuple[int, str, int, str | None, bool, bool] | None:
    """The speaker's label that paragraph ``i`` opens with, after any time ("[07:42]"), as
    (the paragraph of the turn, the label as a name, where the turn's words start, the
    role the label gives or None, whether the label stands alone on its line, whether it
    is written as only a transcript writes one: with a time, a role, a role or name in
    brackets or after a comma, or alone). A role with a name in brackets is that name
    ("PRESENTER (Kate Lyle):" is Kate Lyle, a presenter); a name with a role after it is
    the name ("JO WREN, council spokesperson:"); a label alone on its line ("ANCHOR",
    "HELEN MARSH") speaks the next paragraph. ``recurring``: the folded labels that recur
    as speakers (_recurring_labels)."""
    ps, pe = paras.spans[i]
    stamp = _STAMP_RE.match(text, ps, pe) if text[ps:ps + 1] in "[(0123456789" else None
    s = stamp.end() if stamp else ps
    has_colon = text.find(":", s, pe) >= 0
    m = _LABEL_RE.match(text, s, pe) if has_colon else None
    if m:
        if _summary_turn(text, m.end(), pe, recurring):
            return None  # "Anna Bell: Wants 2,000 new council homes": the paper's summary
        lab = m.group("label").strip()
        role = _role(fold(lab))
        return i, lab, m.end(), role, False, stamp is not None or role is not None
    if not has_colon and (pe - s > 60 or not text[s:pe].rstrip().isupper() and
                          _role(fold(text[s:pe].strip(" \u00a0*"))) is None):
        return None  # (no colon: only a label alone in capitals, or a role, is one)
    t = _TURN_RE.match(text, s, pe)
    if t is None:
        return None
    lab = t.group("label").strip()
    extra = t.group("paren") or t.group("desc")
    role = _role(fold(lab))
    if role is not None:
        if extra:
            named = _NAME_RE_ALONE.match(extra.strip())
            if named is None:
                return None
            lab = named.group(0)  # "PRESENTER (Kate Lyle)": Kate Lyle
    elif extra and not (lab.isupper() or len(lab.split()) >= 2):
        return None  # "Ah, friends once more: ...": a name has two words, or capitals
    elif extra and _role(fold(extra.strip())) is not None:
        role = _role(fold(extra.strip()))  # "SAM ORTEGA (HOST):", "Sam Ortega, host:"
    elif t.group("desc") and any(w.casefold() in _CUE_SET for w in t.group("desc").split()):
        return None  # "Ann Lee, a nurse, said:" is the article's reporting
    if t.group("alone") is None:
        if extra is None:
            return None  # "The Gap Goes On: ..." (a plain "Name:" is _LABEL_RE's)
        if _summary_turn(text, t.end(), pe, recurring):
            return None  # "Anna Bell, Green Party: Wants ...": the paper's summary
        return i, lab, t.end(), role, False, True
    # alone on its line: a label when in capitals, a role, or ending in a colon, not in a
    # full stop (a section's heading: "LETTERS."), and the next paragraph is prose that
    # opens with no label of its own
    if not (lab.isupper() or role or text[s:pe].rstrip(" \u00a0*").endswith(":")) or \
            lab.endswith(".") or i + 1 >= len(paras.spans) or i + 1 in paras.furniture:
        return None
    ns, ne = paras.spans[i + 1]
    nxt = text[ns:ne]
    if not _PROSE_END_RE.search(nxt) or len(nxt) < 2 or \
            (nxt.find(":") >= 0 and _LABEL_RE.match(text, ns, ne)):
        return None
    # a name of two words or more alone on its line again and again is a voice that speaks
    # twice or more: its turns may speak of others ("He would say that") or cite them
    # ("the OBR has said so"); only its own name opening the paragraph makes a profile (a
    # place's heading, "YORK", may recur over the news of each place: it keeps the tests)
    voice = fold(lab) in recurring and \
        sum(1 for w in lab.split() if fold(w) not in TITLE_SET) >= 2
    if _summary_turn(text, ns, ne, recurring) or role is None and _written_about(
            text, ns, ne, lab, name_only=voice):
        return None  # a heading over a profile of them ("ANNA BELL" / "Anna Bell, 45, ...")
    return i + 1, lab, ns, role, True, True


def _summary_turn(text: str, s: int, e: int, recurring: frozenset[str] = frozenset()
                  ) -> bool:
    """Whether a turn starting at ``s`` opens with a verb of a stand in its third person and
    no subject ("Wants 2,000 new council homes", "Backs rent controls"): a paper's summary
    of a candidate's stand under their name, not their words ("Plans for a freeze were
    costed" has its subject). A retort is no summary: the verb followed by "who", "so",
    "you", "it all", a question mark, or a word of a label that recurs as a speaker
    (``recurring``): "Says who? The fund counts referrals", "Says Reeves?"."""
    m = _OPENING_WORDS_RE.match(text, s, e)
    if m is None or m.group(1).casefold() not in _STANCE_VERBS:
        return False
    nxt = m.group(2).casefold()
    if nxt in _NOUN_NEXT or nxt in _RETORT_NEXT or text.startswith("?", m.end()) or \
            nxt == "it" and re.match(r"[ \u00a0]+all\b", text[m.end():e], re.I):
        return False
    return not any(nxt in key.split() for key in recurring)


#: The word after a stance verb in a retort, not a summary: "Says who?", "Says you."
_RETORT_NEXT = frozenset("who so you".split())


def _recurring_labels(text: str, paras: Paragraphs) -> frozenset[str]:
    """The folded labels that open two paragraphs or more, as "Name:" or alone on their
    line in capitals ("KIRSTY WARK" / her turn): the voices that speak twice or more. Not
    a line in capitals over paragraphs that all give their news to a third party ("NORTH
    WALES" / "..., police said." each time): the heading of a live report."""
    counts: Counter[str] = Counter()
    alone: set[str] = set()  # the lines in capitals alone
    voiced: set[str] = set()  # those with a paragraph under them that is not reporting
    for i in range(1, len(paras.spans)):
        if i in paras.furniture:
            continue
        ps, pe = paras.spans[i]
        stamp = _STAMP_RE.match(text, ps, pe) if text[ps:ps + 1] in "[(0123456789" else None
        s = stamp.end() if stamp else ps
        m = _LABEL_RE.match(text, s, pe) if text.find(":", s, pe) >= 0 else None
        if m:
            counts[fold(m.group("label").strip())] += 1
            continue
        if pe - s > 70:
            continue  # (a paragraph of prose: no label alone; spared the copy)
        line = text[s:pe].strip(" \u00a0*:")
        if 0 < len(line) <= 60 and line.isupper():
            key = fold(line)
            counts[key] += 1
            alone.add(key)
            if key not in voiced and i + 1 < len(paras.spans) and \
                    not _third_party_news(text, *paras.spans[i + 1]):
                voiced.add(key)
    return frozenset(key for key, n in counts.items()
                     if n >= 2 and (key not in alone or key in voiced))


def _third_party_news(text: str, ns: int, ne: int) -> bool:
    """Whether a paragraph gives its news to a third party with a cue after it ("About
    3,000 homes lost power, National Grid said")."""
    opening = others_said(text, ns, ne, opening=True)
    return any(span not in opening for span in others_said(text, ns, ne))


#: The third person about one person: "he", "she" and theirs.
_HE_SHE_RE = lazy_compile(r"\b(?:he|she|him|his|her|hers)\b", re.I)


def _written_about(text: str, ns: int, ne: int, label: str, *, name_only: bool = False
                   ) -> bool:
    """Whether the paragraph under a label alone on its line is written about them or is
    the article's reporting, not their turn: it opens with the label's name or surname
    ("ANNA BELL" / "Anna Bell, 45, a teacher, ..."); or, with no word in the first or
    second person, it speaks of them in the third ("he", "she", the surname: "A teacher
    who ..., Bell wants ...") or gives its news to a third party with a cue after it
    ("About 3,000 homes lost power, National Grid said" under "DEVON"). ``name_only``
    (a voice that recurs): only the opening name counts."""
    words = [w for w in label.split() if fold(w) not in TITLE_SET] or label.split()
    body = text[ns:ne].lstrip(" \u00a0\"“*")
    for name in (words, words[-1:]):
        if re.match(rf"{SP}+".join(map(re.escape, name)) + r"(?![\w’'-])", body, re.I):
            return True
    if name_only or FIRST_PERSON_RE.search(text, ns, ne) or _YOU_RE.search(text, ns, ne):
        return False
    if _HE_SHE_RE.search(text, ns, ne) or any(
            m.group(0)[:1].isupper() and not m.group(0).isupper() for m in re.finditer(
                rf"(?<![\w’'-]){re.escape(words[-1])}(?![\w’'-])", body, re.I)):
        return True
    return _third_party_news(text, ns, ne)


def _named_elsewhere(text: str, label: str) -> bool:
    """Whether the text writes ``label`` as a name, in capitals and small letters, outside
    the labels ("HELEN MARSDEN" as "Helen Marsden"): a label alone on its line is a person's."""
    words = label.split()
    pat = re.compile(r"(?<![\w’'-])" + rf"{SP}+".join(map(re.escape, words)) + r"(?![\w’'-])",
                     re.I)
    return any(not m.group(0).isupper() and all(w[:1].isupper() for w in m.group(0).split())
               for m in pat.finditer(text))


def _alone_is_name(text: str, label: str, n: int, surnames: set[str]) -> bool:
    """Whether a label alone on its line ``n`` times is a voice, not a heading in capitals
    ("WHAT HAPPENS NEXT", even twice): a role; a name of two words the text writes as a
    name elsewhere ("HELEN MARSDEN", "Helen Marsden"); or words the text never writes in small
    letters ("what", "next"), recurring or with the last written as a name elsewhere
    ("SECRETARY NORA LAM" of "Secretary Lam"). One word ("DEVON", "OKONJO", "DR OBI") is a
    voice only when it recurs or is the surname of another label ("RUTH OKONJO"): a place's
    heading is written as a name elsewhere too ("Devon")."""
    key = fold(label)
    if _role(key) is not None:
        return True
    words = label.split()
    if len(words) >= 2 and _named_elsewhere(text, label):
        return True
    if any(re.search(rf"(?<![\w’'-]){re.escape(w.casefold())}(?![\w’'-])", text)
           for w in words if fold(w) not in TITLE_SET):  # ("the secretary" is no matter)
        return False
    if sum(1 for w in words if fold(w) not in TITLE_SET) <= 1:
        return n >= 2 or fold(words[-1]) in surnames
    return n >= 2 or _named_elsewhere(text, words[-1])


def _role(key: str) -> str | None:
    """The role a folded label names ("presenter", "the chair", "caller"), or None."""
    key = key.removeprefix("the ")
    return key if key in HOST_ROLES or key in _VOICE_ROLES else None


def find_interview(text: str, paras: Paragraphs, bold: set[int] | None = None) -> Interview:
    """Questions and answers; empty when the text has no speaker labels or bold questions.

    ``bold`` holds the start offsets of paragraphs set in bold in the HTML the
    text came from; they count as questions like ``**...**`` paragraphs.
    """
    bold = bold or set()
    labels: list[tuple[int, str, int]] = []  # (para, label, body start)
    counts: Counter[str] = Counter()
    hosts: set[str] = set()  # the folded labels of a broadcast's own voices
    alone: dict[int, str] = {}  # a label alone on its line (para -> folded label)
    taken = -1
    recurring = _recurring_labels(text, paras)
    transcript_marks = 0  # labels written as only a transcript writes them
    for i in range(1, len(paras.spans)):
        if i in paras.furniture or i == taken:
            continue  # "Pence: Flowers won't be at debate", "EXCLUSIVE: ..." are headlines
        got = _turn_label(text, paras, i, recurring)
        if got is None:
            continue
        para, lab, bstart, role, by_itself, marked = got
        key = fold(lab)
        if key in _NOT_LABELS or len(lab) > 40:
            continue
        labels.append((para, lab, bstart))
        counts[key] += 1
        transcript_marks += marked
        if role in HOST_ROLES:
            hosts.add(key)
        if by_itself:
            alone[i] = key
            taken = para
    # (a host named in full with the role once, "PRIYA NAIR (HOST):", then by surname,
    # "NAIR:": the surname's turns are the host's too)
    # (never a surname two voices share: a chair Sarah Khan and a councillor Khan)
    others = {k.split()[-1] for k in counts if k not in hosts and len(k.split()) >= 2}
    hosts |= {h.split()[-1] for h in hosts if len(h.split()) >= 2 and
              h.split()[-1] in counts and h.split()[-1] not in others}
    valid: set[str] = set()
    # Labels count only where they recur as turns: two labelled paragraphs at least,
    # with a turn between them (another label or a question). One "Name: ..." is a
    # headline, a kicker or a note, not an interview.
    turns = sorted(p for p, _lab, _b in labels)
    alternates = len({fold(lab) for _p, lab, _b in labels}) >= 2 or any(
        any(_is_question(text[slice(*paras.spans[j])]) for j in range(a + 1, b))
        for a, b in zip(turns, turns[1:], strict=False))
    # or a transcript's: three turns by two labels at least, written as a transcript
    # writes them ("[07:42] HOST:", "PRESENTER (Kate Lyle):", "HELEN MARSH" alone)
    broadcast = transcript_marks >= 2 and len(labels) >= 3 and len(counts) >= 2
    if not ((any(n >= 2 for n in counts.values()) and alternates) or broadcast):
        counts.clear()
    alone_keys = set(alone.values())
    # the surnames of the labels of a name and more ("RUTH OKONJO", "SEN. ADA POLK"): a
    # label of that one word alone ("OKONJO") is hers
    surnames = {key.split()[-1] for key in counts
                if sum(1 for w in key.split() if fold(w) not in TITLE_SET) >= 2}
    for key, n in counts.items():
        if key in hosts:
            valid.add(key)  # "PRESENTER:", "HOST (Sam Ortega):" once among recurring turns
            continue
        if key in _QUESTION_LABELS or key in _ANSWER_LABELS:
            if n >= 2:
                valid.add(key)
            continue
        if key in alone_keys and not _alone_is_name(
                text, next(lab for _p, lab, _b in labels if fold(lab) == key), n, surnames):
            continue  # a heading in capitals ("WHAT HAPPENS NEXT") is nobody's label
        surname = key.split()[-1]
        label = next(lab for _p, lab, _b in labels if fold(lab) == key)
        if n >= 2 or label.isupper() or \
                len(re.findall(rf"\b{re.escape(surname)}\b", text, re.I)) > n:
            valid.add(key)  # "JEFFERSON:" is a transcript's label once among recurring turns
    if len(alone_keys & valid) == 1 and not hosts & valid:
        valid -= alone_keys  # labels alone on their lines are a transcript's: two voices
    if valid:
        # among recurring turns, a label once is a turn too when it answers a question
        for p, lab, _b in labels:
            key = fold(lab)
            if key not in valid and key not in _QUESTION_LABELS | _ANSWER_LABELS and p > 0 \
                    and _is_question(text[slice(*paras.spans[p - 1])]):
                valid.add(key)
    by_para = {p: (lab, body) for p, lab, body in labels if fold(lab) in valid}
    asks = _interviewers(text, paras, by_para) | (hosts & valid)
    label_lines = {i for i, key in alone.items() if key in valid}

    bold_q = sum(
        1 for i, (ps, pe) in enumerate(paras.spans) if i not in paras.furniture and (
            ps in bold or (text.find("**", ps, pe) >= 0  # (spares the copy on prose)
                           and text[ps:pe].strip().startswith("**")
                           and text[ps:pe].strip().endswith("**") and len(text[ps:pe].strip()) > 4))
    ) >= 2
    if not by_para and not bold_q:
        return _plain_interview(text, paras)
    answers: list[Answer] = []
    in_qa: set[int] = set()
    current: str | None = None
    current_on = False
    # (the article's own reporting after the interview's last question ends it; before it,
    # a paragraph that opens "The board said in 2021 ..." is still the answer's)
    last_question = max((i for i, (ps, pe) in enumerate(paras.spans) if _is_question(
        text[ps:pe]) or (i in by_para and (fold(by_para[i][0]) in _QUESTION_LABELS or
                                           fold(by_para[i][0]) in asks))), default=-1)
    for i, (ps, pe) in enumerate(paras.spans):
        body = text[ps:pe]
        if i in label_lines:
            continue  # "HELEN MARSH" alone: the turn is the next paragraph
        if i in by_para:
            lab, bstart = by_para[i]
            key = fold(lab)
            in_qa.add(i)
            if key in _QUESTION_LABELS or key in asks:
                # "Q:", and the interviewer's own turns ("RACHEL MOSS: The opposition says
                # it is 25,000."): she asks and relays, she does not claim; context, and a
                # figure she gives to someone else stays theirs
                current_on, current = (True, None) if bold_q else (False, None)
                continue
            current = None if key in _ANSWER_LABELS else lab
            current_on = True
            _append(answers, text, bstart, pe, i, current, ps)
            continue
        if _is_question(body) or (ps in bold and bold_q):
            in_qa.add(i)
            # after a bold question the answer is unlabelled, by the interviewee
            current_on = bold_q
            current = None
            continue
        if not current_on:
            continue
        if _ENDS_RE.fullmatch(body.strip()):
            current_on = False  # "[ENDS]": the transcript is over
            continue
        if not _PROSE_END_RE.search(body) and len(body) < 120:
            current_on = False  # a heading or page furniture: the interview is over
            continue
        if _REPORTED_RE.search(body) or _REPORTED_BEFORE_RE.search(body) or (
                i > last_question and _REPORTING_OPENS_RE.match(body) and
                not FIRST_PERSON_RE.search(body)):
            # 'According to a spokesperson, ... “…”', '“…,” he said', "The hospital said in
            # a statement that ...": the article's own reporting again, with its own
            # speakers (an answer speaks for its speaker: "I", "we"); the interview is over
            current_on = False
            continue
        in_qa.add(i)
        stamp = _STAMP_RE.match(text, ps, pe) if body[:1] in "[(0123456789" else None
        _append(answers, text, stamp.end() if stamp and stamp.end() < pe else ps, pe, i,
                current, ps)
    for a in answers:
        a.spans = _own_spans(text, a.start, a.end)
    return Interview(answers, in_qa)


def _interviewers(text: str, paras: Paragraphs, by_para: dict[int, tuple[str, int]]
                  ) -> set[str]:
    """The folded labels of a transcript's interviewer: the one its introduction names as
    the subject of the interview ("Rachel Moss spoke to the mayor, Tom Hughes"; "MOSS:"
    for her too), else the labels whose turns are mostly questions while another label's
    are mostly not (the one who asks, beside the ones who answer). Never the one the
    introduction says the interview is with."""
    from .speakers import NAME_RE, clean_name, sentence_end, sentence_start

    keys = {fold(lab) for lab, _b in by_para.values()} - _QUESTION_LABELS - _ANSWER_LABELS
    if len(keys) < 2:
        return set()
    first = min(by_para)
    head_end = paras.spans[first][0]
    named: set[str] = set()
    guests: set[str] = set()
    for m in INTRO_RE.finditer(text, 0, head_end):
        ss = sentence_start(text, max(0, m.start() - 300), m.start())
        subj = next((n for n in NAME_RE.finditer(text, ss, m.start())
                     if not text[n.end():m.start()].strip()), None)
        if subj is not None:
            cleaned = clean_name(subj.group(0))
            if cleaned is not None:
                named.add(" ".join(fold(w) for w in cleaned[1]))
        guest = introduced_interviewee(text, m.start(), sentence_end(text, m.end(), len(text)))
        if guest is not None:
            cleaned = clean_name(guest.written)
            if cleaned is not None:
                guests.add(" ".join(fold(w) for w in cleaned[1]))

    def same(key: str, names: set[str]) -> bool:
        return any(key == n or key == n.split()[-1] for n in names)

    out = {k for k in keys if same(k, named) and not same(k, guests)}
    if out:
        return out
    turns: dict[str, list[bool]] = {}
    for p, (lab, bstart) in by_para.items():
        key = fold(lab)
        if key in keys:
            turns.setdefault(key, []).append(_is_question(text[bstart:paras.spans[p][1]]))
    asking = {k for k, qs in turns.items() if len(qs) >= 2 and sum(qs) * 3 >= len(qs) * 2}
    answering = {k for k, qs in turns.items() if sum(qs) * 4 < len(qs)}
    if not answering:
        return set()
    return {k for k in asking if not same(k, guests)}


def _append(answers: list[Answer], text: str, s: int, e: int, para: int, label: str | None,
            label_at: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        answers.append(Answer(s, e, para, label, label_at))


def label_name(text: str, label: str) -> str:
    """A speaker's label as a name: as written, or, for a label in capitals ("GRAHAM
    PETTIFER:"), as the text writes the same words elsewhere ("Cllr Graham Pettifer"),
    else in capitals and small letters ("Graham Pettifer")."""
    if not (label.isupper() and len(label.replace(".", "")) > 2):
        return label
    return _written_as(text, label)


@functools.lru_cache(maxsize=16)
def _written_as(text: str, label: str) -> str:
    """:func:`label_name` of a label in capitals, read once per text and label (a
    transcript repeats its labels: the text is not read again for each turn)."""
    words = label.split()
    pat = re.compile(r"(?<![\w’'-])" + rf"{SP}+".join(map(re.escape, words)) + r"(?![\w’'-])",
                     re.I)
    # a label that is a post, "DEPUTY MAYOR:", is the one the text names by it: "Deputy
    # Mayor Edric Pardoe-Vance, thanks to you both" (the title before a name)
    if all(fold(w.strip(".")) in TITLE_SET or fold(w) in PERSON_ROLES or
           fold(w) in _POST_WORDS for w in words):
        held = post_holder(text, tuple(w.lower() for w in words))
        if held is not None:
            return held[1]
    for m in pat.finditer(text):
        if not m.group(0).isupper() and all(w[:1].isupper() for w in m.group(0).split()):
            return " ".join(m.group(0).split())  # (a name: "Graham Pettifer", not "graham")
    return " ".join(w[:1] + w[1:].lower() for w in words)


@functools.lru_cache(maxsize=32)
def post_holder(text: str, post: tuple[str, ...]) -> tuple[int, str] | None:
    """Where and whom the text names by ``post`` (lower-case words, "deputy mayor") as a
    title before a name ("Deputy Mayor Edric Pardoe-Vance"): the one person a transcript's
    "DEPUTY MAYOR:" and a sentence's "the deputy mayor" mean; None when it names no one
    so, or two people. The one rule of a post's holder (extract's figures ask it too); read
    once per text and post."""
    # (a title in capitals, "Deputy Mayor Edric Pardoe-Vance", or a job written before the
    # name in lower case as newspapers write it: "opposition agriculture critic Ron
    # Thiessen-Baker", "epidemiologist Dr. Howard Lin")
    title = "(?:" + "|".join(f"{SP}+".join(re.escape(f(w)) for w in post)
                             for f in (str.capitalize, str.lower)) + ")"
    short = [a for a, full in TITLE_WORDS.items() if post[-1:] == (full,) and a != full]
    if short:
        # ("the senator": "State Sen. Carla Voss", the post's title as abbreviated)
        title = "(?:" + "|".join([title, *(
            f"{SP}+".join([*(re.escape(w.capitalize()) for w in post[:-1]),
                           re.escape(a.capitalize()) + r"\."]) for a in short)]) + ")"
    token = rf"[{UP}][\w’'.-]*"
    rx = re.compile(rf"(?<![\w’'-]){title}{SP}+(?P<name>{token}(?:{SP}+{token}){{1,2}})")
    names: dict[str, int] = {}
    for m in rx.finditer(text):
        if _OTHER_HOLDER_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) or \
                _headline_at(text, m.start()) or \
                re.match(rf"{SP}+(?:of|at){SP}+[{UP}]", text[m.end():m.end() + 6]):
            continue  # "Former Mayor X", "Deputy Mayor X" for "the mayor"; "In Garford,
            # where Mayor X"; a headline in title case ("Mayor Ana Ruiz Defends Count");
            # "President X of Garford College" (a named body's, maybe not the one meant)
        if m.group(0)[:1].islower() and re.search(rf"[’']s{SP}+(?:[a-z]+{SP}+)*$",
                                                   text[max(0, m.start() - 40):m.start()]):
            continue  # ("Garford's mayor Tom Baxter": another place's or body's post, which
            # a lower-case title after its owner names)
        names.setdefault(" ".join(m.group("name").split()), m.start("name"))
    if len(names) != 1:
        return None
    name, at = next(iter(names.items()))
    return at, name


def _headline_at(text: str, pos: int) -> bool:
    """The line at ``pos`` is a headline: in title case (:func:`.furniture.in_title_case`)
    and not ending as a sentence ends ("We spoke to Deputy Mayor X and the Agency's Y about
    the count." holds many names and is no headline)."""
    if not in_title_case(text, pos):
        return False
    eol = text.find("\n", pos)
    return _ENDS_SENTENCE_RE.search(text, pos, eol if eol >= 0 else len(text)) is None


#: A line that ends as a sentence ends.
_ENDS_SENTENCE_RE = re.compile(r"[.!?][\"”’']?[ \t]*$")
#: Words before a title that make its holder another's: a former, deputy or acting one
#: ("Former Mayor Ana Ruiz" is no one "the mayor" means), or another place's ("In
#: neighbouring Garford, where Mayor Tom Baxter").
_OTHER_HOLDER_BEFORE_RE = re.compile(
    rf"(?i:\b(?:former|ex|deputy|acting|interim|vice|assistant|outgoing|incoming|late|shadow|"
    rf"then|previous|lord|lady|associate)(?:[ \u00a0-]+[a-z]+){{0,2}}[ \u00a0-]*$)|"
    rf"\bwhere{SP}+$")


#: The words a post is named with besides titles and roles ("DEPUTY MAYOR", "CHIEF
#: MEDICAL OFFICER"): the modifiers of a post.
_POST_WORDS = frozenset("deputy acting assistant chief senior vice interim executive "
                        "medical general".split())
def introduced_interviewee(text: str, lo: int, hi: int) -> Interviewee | None:
    """The last one that ``text[lo:hi]`` says an interview is with, by a full name ("We spoke
    to Ada Moor, ...", "In an interview with Dr Ada Moor") or a body's name ("The Herald
    spoke to Harbour Foods Group"); None for "The Herald spoke to three families" or "spoke
    to The Guardian" (a paper). The one rule of whom an unlabelled interview is with: the
    plain-Q&A gate and the speaker of its answers both ask it, so they cannot disagree."""
    from .speakers import NAME_RE, clean_name, names_body

    found = None
    for m in INTRO_RE.finditer(text, lo, hi):
        sm = _NAME_SPOKE_RE.search(text, max(lo, m.start() - 80), m.start())
        if sm is not None and _TO_OUTLET_RE.match(text, m.end(), hi) and \
                (cl := clean_name(sm.group("name"))) is not None and \
                len(cl[1]) >= 2 and not names_body(cl[1]):
            # "Ines Dallow has been speaking to Radio Quarley's breakfast programme":
            # the one speaking to a programme or a paper is the one interviewed
            found = Interviewee(sm.group("name"), sm.start("name"), False)
            continue
        if (hm := re.match(r"the[ \u00a0]+([a-z-]+)\b", text[m.end():hi])) is not None and \
                hm.group(1) in HOST_ROLES:
            continue  # "her exchange with the presenter, Tom Ashcroft": who asks
        if _HE_SPOKE_RE.search(text, max(lo, m.start() - 12), m.start()) and \
                NAME_RE.match(text, m.end(), hi) is not None:
            # "Tom Reyes ... does not. He spoke to Jane Cole.": the one who spoke is the
            # interviewee (the person named last before), whom they spoke to the reporter
            last = None
            for pm in NAME_RE.finditer(text, lo, m.start()):
                cleaned_ = clean_name(pm.group(0))
                if cleaned_ is not None and len(cleaned_[1]) >= 2 and \
                        not names_body(cleaned_[1]) and not _REPORTER_BEFORE_RE.search(
                            text, max(lo, pm.start() - 40), pm.start()):
                    # (never "Our reporter Jane Cole ... She spoke to him": the reporter)
                    last = Interviewee(pm.group(0), pm.start(), False)
            if last is not None:
                found = last
            continue
        nm = NAME_RE.match(text, m.end(), hi)
        if nm is None or nm.group(0).startswith("The"):
            continue
        cleaned = clean_name(nm.group(0))
        if cleaned is not None and len(cleaned[1]) >= 2:
            found = Interviewee(nm.group(0), nm.start(), names_body(cleaned[1]))
    return found


#: A full name as the subject of an introduction's verb, right before it: "Ines Dallow
#: has been speaking to", "Ada Moor spoke to" (group ``name``).
_NAME_SPOKE_RE = lazy_compile(
    r"(?:^|(?<=[.!?\n])|(?<=[.!?][ \u00a0]))[ \u00a0]*"
    r"(?P<name>[A-Z][\w’'.-]*(?:[ \u00a0]+[A-Z][\w’'.-]*){1,3})"
    r"[ \u00a0]+(?:(?:has|had)[ \u00a0]+been[ \u00a0]+|was[ \u00a0]+|is[ \u00a0]+)?$")
#: Whom someone speaks to when they are the one interviewed: a programme or a paper by
#: its owner's name ("Radio Quarley's breakfast programme"), "the", "us", "reporters".
_TO_OUTLET_RE = lazy_compile(r"(?:the|us|reporters|journalists|[A-Z][\w’'-]*(?:[ \u00a0]+"
                             r"[A-Z][\w’'-]*){0,3}[’']s)[ \u00a0]")
#: A pronoun as the subject of an introduction's verb: "He spoke to Jane Cole" (he is
#: interviewed; she is the reporter).
_HE_SPOKE_RE = lazy_compile(r"\b(?:He|She|he|she)[ \u00a0]+$")
#: A reporter's title before a name: "Our reporter Jane Cole", "correspondent Ann Lee".
_REPORTER_BEFORE_RE = lazy_compile(
    r"\b(?:reporter|correspondent|editor|journalist|interviewer|presenter)[ \u00a0]+$", re.I)
#: An introduction that says whom the interview is with by a pronoun: "We asked her why".
_ASKED = (r"\b(?:[Ww]e|I)[ \u00a0]+(?:asked|spoke[ \u00a0]+(?:to|with)|talked[ \u00a0]+"
          r"(?:to|with))[ \u00a0]+(her|him)\b")
ASKED_PRONOUN_RE = lazy_compile(_ASKED)


#: An introduction that ends by asking its subject: "... We asked her why." (never "We
#: asked her for an interview, but she declined to comment.").
_ENDS_ASKING_RE = lazy_compile(
    _ASKED + r"(?:[ \u00a0]+(?:why|how|what|about[ \u00a0]+(?:it|this|that|"
    r"the[ \u00a0]+[a-z]+)|to[ \u00a0]+explain(?:[ \u00a0]+[a-z]+){0,4}))?[.:!?]?[”\"’]?"
    r"[ \u00a0]*$")
#: A verb that gives a figure to its subject: "The agency put the cost of repairs at".
_PUT_AT_RE = lazy_compile(rf"\b(?:{'|'.join(MEASURE_AT_VERBS)})"
                        r"[ \u00a0]+(?:the|its|their|it|this|that)\b[^.;\n]{0,60}?[ \u00a0]at\b")
#: The interviewee speaking of themselves (or their side): "I reported it", "we added".
FIRST_PERSON_RE = lazy_compile(r"\b(?:I|I['’](?:m|ve|d|ll)|we|we['’](?:re|ve|d|ll)|our|ours|"
                              r"my|mine|me|us)\b", re.I)
_FIRST_PERSON_SUBJECTS = {"i", "we", "our", "my"}


def others_said(text: str, lo: int, hi: int, *, opening: bool = False
                ) -> list[tuple[int, int]]:
    """The sentences of ``text[lo:hi]`` that give what they say to a third party with a cue
    and its subject ("..., the residents' association said", "Engineers say ...", "The
    Environment Agency put the cost at £4 million"), as (start, end); not "I told them",
    "we added", "Our modeling puts it at", nor a cue with no subject ("The council has not
    said"). ``opening``: only sentences that open with that subject ("The hospital says
    the average was four hours"), not "760 million is what the evaluation says", which
    the speaker says and rests on the evaluation."""
    from .speakers import CUE_RE, sentence_end, sentence_start, subject_before

    out: list[tuple[int, int]] = []
    verbs = [m.start() for m in CUE_RE.finditer(text, lo, hi)]
    verbs += [m.start() for m in _PUT_AT_RE.finditer(text, lo, hi)]
    for v in sorted(verbs):
        if out and out[-1][0] <= v < out[-1][1]:
            continue
        ss = sentence_start(text, lo, v)
        subj = subject_before(text, ss, v)
        if subj is None or subj.kind == "none" or \
                re.split(r"['’]", subj.text.split()[0])[0].lower() in _FIRST_PERSON_SUBJECTS:
            # ("I'd put it at", "We've counted": the speaker, contracted)
            continue
        if opening and text[ss:subj.start].strip(" \u00a0\n\"“‘'"):
            continue
        out.append((ss, sentence_end(text, v, hi)))
    return out



def _own_spans(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """An answer's own words: the answer less the sentences :func:`others_said` finds."""
    cut = others_said(text, s, e, opening=True)
    if not cut:
        return None
    out: list[tuple[int, int]] = []
    at = s
    for a, b in cut:
        if text[at:a].strip():
            out.append((at, a))
        at = b
    if text[at:e].strip():
        out.append((at, e))
    trimmed = [(a + len(text[a:b]) - len(text[a:b].lstrip()),
                b - len(text[a:b]) + len(text[a:b].rstrip())) for a, b in out]
    return trimmed or None  # all of it reported: the answer as a whole, as before


def _one_sentence(body: str) -> bool:
    return len(re.findall(r"[.!?](?:\s|$)", body.strip())) <= 1


def _plain_interview(text: str, paras: Paragraphs) -> Interview:
    """A Q&A printed with no labels and no bold: questions are paragraphs that end in "?",
    each followed by an answer in plain prose. Two such turns after a sentence that
    says whom the interview is with ("We spoke to Ada Moor ...", "In an interview with
    Dr Ada Moor") make an interview; without one, questions and answers are an
    explainer's ("Why does it matter?"), nobody's statements. An answer runs to the next
    question; after the last question it is one paragraph (what follows is the
    article again). A remark to the interviewee in one sentence ("The University's range
    is close to yours.") is the interviewer's, like a question. Reported speech ('"…,"
    she said'), a heading or furniture ends it."""
    spans = paras.spans
    n = len(spans)

    def body(i: int) -> str:
        return text[spans[i][0]:spans[i][1]]

    def question(i: int) -> bool:
        b = body(i)
        return i not in paras.furniture and len(b) <= _QUESTION_MAX and _is_question(b)

    def answer_like(i: int) -> bool:
        b = body(i)
        if i in paras.furniture or question(i) or not _PROSE_END_RE.search(b) or \
                _REPORTED_RE.search(b):
            return False
        if re.search(r"[“”\"]", b):
            # words in quotation marks are someone's the article reports, unless the answer
            # speaks in the first person around them ('"Inflation is not one number," as I
            # told his office in May.')
            return bool(FIRST_PERSON_RE.search(_QUOTED_RE.sub(" ", b)))
        # a paragraph that names its own speaker, and not in the first person ("...,
        # the residents' association said", "Engineers say ...") is the article's reporting
        return bool(FIRST_PERSON_RE.search(b)) or not others_said(text, *spans[i])

    turns = [i for i in range(1, n - 1) if question(i) and answer_like(i + 1)]
    if len(turns) < 2:
        return Interview([], set())
    first = turns[0]
    # the introduction is the paragraph right before the first question
    intro = introduced_interviewee(text, *spans[first - 1]) if first - 1 not in \
        paras.furniture else None
    if intro is None and not (first - 1 not in paras.furniture and _ENDS_ASKING_RE.search(
            text, *spans[first - 1])):
        # an explainer's "Why does it matter?" is no interview; one whose introduction
        # ends "We asked her why" is (whom she is, :func:`.statements._guess_interviewee`)
        return Interview([], set())
    last_q = max(i for i in range(first, n) if question(i))
    answers: list[Answer] = []
    in_qa: set[int] = set()
    on = False
    for i in range(first, n):
        b = body(i)
        if question(i) or (on and i < last_q and _one_sentence(b) and _YOU_RE.search(b)):
            in_qa.add(i)  # the interviewer's question or remark: context, nobody's claim
            on = True
            continue
        if not on or not answer_like(i):
            if i > last_q:
                break
            on = False
            continue
        in_qa.add(i)
        _append(answers, text, spans[i][0], spans[i][1], i, None, spans[i][0])
        if i > last_q:
            break  # the last answer: what follows is the article's own again
    # an interviewee speaks of themselves ("I reported it", "we added a reserve"): when most
    # answers do not, the "answers" are a narrator's paragraphs after rhetorical questions
    if sum(1 for a in answers if FIRST_PERSON_RE.search(text, a.start, a.end)) * 2 < \
            len(answers):
        return Interview([], set())
    for a in answers:
        a.spans = _own_spans(text, a.start, a.end)
    return Interview(answers, in_qa, intro)
