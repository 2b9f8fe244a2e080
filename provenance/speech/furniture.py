"""Page furniture: the lines a web page wraps an article in, which nobody says.

Copied from a browser, an article arrives with its headline, standfirst,
byline (``By Jane Smith``), dateline (``WASHINGTON (AFP) –``), kickers
(``EXCLUSIVE:``), ``Advertisement`` and ``Share`` buttons, ``Related:`` links,
photo captions and metadata (``URL: …``), one per line. None of them is a
statement, and a name in them is not a speaker: a kicker such as
``EXCLUSIVE:`` is not an interview label, a headline's quotation is the
desk's summary, not the speaker's words as said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy import lazy_compile
from .cues import CUE_WORDS, MEASURE_AT_VERBS
from .speakers import CLAIM_LABEL_RE, CLAIMED_BY_RE, word_trie

#: Whole lines that are buttons, slots or navigation (the words; :data:`_BUTTON_RE`).
_BUTTONS = (
    r"advertisement|advert|sponsored(?: content)?|share(?: this(?: article| story)?)?"
    r"|share on \w+|tweet|email|print|comments?|\d+ comments?|listen(?: to this article)?"
    r"|read more|see more|show more|sign up|subscribe(?: now)?|skip to (?:main )?content"
    r"|follow us|copy link|save|close|menu|loading\W*|watch|video|play video|image|photo"
    r"|story continues below(?: advertisement)?|continue reading|more on this story"
    r"|related(?: articles| stories| coverage| topics)?|top stories|most read|trending"
    r"|you may also like|recommended"
    r"|for immediate release|media statement|media release|press statement|press release"
    r"|news release|\d+[ -]min(?:ute)?s?(?: read| listen)?"
)
_BUTTON_RE = lazy_compile(rf"(?i)^\W*(?:{_BUTTONS})\W*$")
#: Lines that start with a label naming page furniture ("Related: …", "URL: …").
_LABELS = (
    r"related|read more|see also|more|also read|recommended|watch|listen|"
    r"url|link|source|sources|published|updated|posted|last updated|first published|"
    r"photo|photograph|image|picture|caption|credit|credits|illustration|graphic|video|"
    r"tags|topics|filed under|categories|category|section|keywords|copyright|©|"
    r"update|"
    r"editor'?s note|editor’s note|correction|disclosure|sign up|newsletter|follow"
)
#: A broadcast script's production cues, with their colon: "SLUG: RICE BUFFER / NFA", "TRT:
#: 3:10", "[OUTCUE: ...]" (no one's words; "TRT — Turkey's state broadcaster — put the
#: toll at" is a sentence).
_CUES = r"slug|trt|outcue|out cue|incue|in cue|runtime|run time|stinger|nat sound|super"
_LABEL_RE = lazy_compile(rf"(?i)^\W*(?:(?:{_LABELS})\s*[:|–—-]|(?:{_CUES})\s*:)")
#: A live page's entry under "Update:" that reports a figure someone gives ("Update: The
#: council now says the count is 46 days."): a paragraph of the story, not the page's note
#: that it was updated ("Update: This story has been updated with ...").
_LIVE_UPDATE_RE = lazy_compile(
    r"(?i)\W*update\s*[:–—-]\s*(?=[^\n]*\b(?:"
    + "|".join(sorted({*CUE_WORDS, *MEASURE_AT_VERBS}, key=len, reverse=True))
    + r")\b)(?=[^\n]*\d)(?![^\n]*\b(?:story|article|this[ \u00a0]+(?:piece|report|page))\b)")
#: A note that corrects the article ("An earlier version of this article said ..."): its
#: quoted words are what was wrongly printed, nobody's statement.
_CORRECTING_RE = lazy_compile(r"(?i)\b(?:earlier|previous|original)[ \u00a0]+version|"
                              r"\bpreviously[ \u00a0]+(?:said|stated|reported)|"
                              r"\b(?:this|the)[ \u00a0]+(?:article|story|report)[ \u00a0]+"
                              r"(?:said|stated|reported|has[ \u00a0]+been)|\b(?:incorrectly|"
                              r"wrongly|mistakenly|misquoted|misstated)\b")
#: A note after its label that reports someone's quoted words ("[Editor's note: In a
#: statement to this newspaper, Mr Fenstermacher said the index covered "more than ..."]"):
#: a paragraph of the story, not furniture.
_REPORTED_NOTE_RE = lazy_compile(r"[^\n]{20,}?\b(?:said|says|told|wrote|added|stated)\b"
                                 r"[^\n]{0,200}?[“\"][^“”\"\n]{8,}[”\"]"
                                 # (or the quotation first: a live page's 'Update: Pryce has
                                 # revised the figure. "I accept we under-reported," he said.')
                                 r"|[^\n]{20,}?[“\"][^“”\"\n]{8,}[”\"][^\n]{0,40}?\b"
                                 r"(?:said|says|told|wrote|added|stated)\b")


def _leads(alternatives: str) -> list[str]:
    """What each top-level alternative of a pattern opens with, as a pattern: its first
    letters up to any group or quantifier ("comments?" opens with "comment"), or its first
    character or escape ("©", "\\d")."""
    out: list[str] = []
    depth, start = 0, 0
    for i, ch in enumerate(alternatives + "|"):
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            alt = alternatives[start:i]
            start = i + 1
            m = re.match(r"[a-z]+", alt)
            if m is None:
                lead = alt[:2] if alt.startswith("\\") else re.escape(alt[0])
            else:
                lead = m.group(0)
                if alt[m.end():m.end() + 1] in ("?", "*", "{"):
                    lead = lead[:-1]  # the letter a quantifier may drop
            out.append(lead)
    return out


#: What a line must open with (after non-word characters) for :data:`_LABEL_RE` or
#: :data:`_BUTTON_RE` to match it: one pattern (a trie of the words), tried once, spares
#: both on prose.
_LEAD_WORDS = sorted(set(_leads(_LABELS) + _leads(_CUES) + _leads(_BUTTONS)))
_FURNITURE_LEAD_RE = lazy_compile(
    r"(?i)\W*(?:" + "|".join([word_trie([w for w in _LEAD_WORDS if w.isalpha()])]
                             + [w for w in _LEAD_WORDS if not w.isalpha()]) + ")")
#: The end of a line of prose: a sentence's full stop (or "!"), perhaps inside a quotation.
_PROSE_ENDS_RE = lazy_compile(r"[a-z0-9)][.!][\"”’)]?\s*$")
#: A kicker before a headline: "EXCLUSIVE: Lead author …", "BREAKING – …". The line is
#: the headline (nobody's statement); the kicker is not part of its title.
KICKER_RE = lazy_compile(
    r"(?i)^\W*(?:exclusive|breaking(?: news)?|just in|revealed|live|update[d]?|opinion|"
    r"analysis|explainer|watch|listen|video|interview|fact[ -]?check|q ?& ?a|q and a|"
    r"(?:the )?long read|in depth|feature|"
    # a wire story's version tag: "UPDATE 2-Storm outage ...", "REFILE-", "CORRECTED-"
    r"(?-i:(?:UPDATE|REFILE|CORRECTED|WRAPUP)(?: \d{1,2})?))"
    r"\s*[:|–—-]\s*"
)
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)")
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)"
#: A word of a byline's names: capitalised, not a date ("By Jane Roe March 3, 2021": the
#: name stops before the month) nor a day ("By Tuesday, officials had counted ...").
_BYNAME = rf"(?!{_MONTH}\.?[ \u00a0]+\d|{_DAY}\b)[A-ZÀ-Þ][\w’'.\-]*"
#: Small words inside a name: "Ana de la Cruz", "Pieter van der Berg".
_PARTICLE = r"(?:de|la|le|van|von|der|den|da|di|du|del|dos|das|bin|al|ter|ten|y)"
#: A byline, the one rule for it: "By Jane Roe", "BY JANE ROE, Staff Writer", "By Jane
#: Roe and Sam Okoro | Reuters", "By Jane Roe March 3, 2021". ``name`` holds the names
#: (several, joined by commas or "and"); what follows them is a role, an outlet or a date,
#: never a sentence ("By Tuesday, officials said ..." is prose).
BYLINE_RE = lazy_compile(
    rf"^(?:[Bb]y|BY|Words by|Written by|Reporting by|Story by)[ \u00a0]+"
    rf"(?P<name>{_BYNAME}(?:[ \u00a0]*,?[ \u00a0]+(?:and[ \u00a0]+|&[ \u00a0]+)?"
    rf"(?:{_PARTICLE}[ \u00a0]+)*{_BYNAME}){{0,8}})[ \u00a0]*"
    rf"(?:[|–—-].{{0,80}}|,[ \u00a0]*[A-ZÀ-Þ][^.!?]{{0,80}}\.?"
    rf"|,[ \u00a0]*(?:[a-z]+[ \u00a0]+){{0,3}}(?:writer|reporter|correspondent|editor|"
    rf"contributor|staff|columnist|journalist)\b.{{0,60}}"
    rf"|,?[ \u00a0]+(?:{_MONTH}\.?[ \u00a0]+\d{{1,2}}|\d{{1,2}}[ \u00a0]+{_MONTH}|"
    rf"\d{{4}}-\d\d-\d\d|(?:Published|Updated|Posted)\b).{{0,60}})?$"
)
#: A byline with no "By", as some outlets set it: "Helen Ward Environment correspondent",
#: "Jane Roe, Political Editor".
_ROLE_BYLINE_RE = lazy_compile(
    rf"^(?!(?:The|A|An|Our|Your|This)\b)"
    rf"(?P<name>{_BYNAME}(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)*{_BYNAME}){{1,2}}?),?[ \u00a0]+"
    r"(?:[A-Z][a-z]+[ \u00a0]+){0,2}(?i:correspondent|reporter|editor|writer|columnist|"
    r"journalist)$")
#: "WASHINGTON (AFP) –", "LONDON, March 3 (Reuters) -", "PARIS —", "BOSTON (AP) _": a
#: dateline opening a paragraph, wherever the paragraph is (only the prefix is
#: furniture; the paragraph goes on as prose). Match it at the paragraph's start, or
#: use :func:`dateline_end`, which also refuses "I -" and "A -".
DATELINE_RE = lazy_compile(
    r"[A-Z][A-Z.'\- ]{1,30}(?:,[ \u00a0](?:[A-Z][\w.]*|\d{1,2})(?:[ \u00a0][\w.]+){0,3})?"
    # ("KORVAL, Talvenia, May 6 (Meridian Wire) -": a place, its country, then the day)
    rf"(?:,[ \u00a0](?:{_MONTH}\.?[ \u00a0]\d{{1,2}}|\d{{1,2}}[ \u00a0]{_MONTH}))?"
    r"(?:,[ \u00a0](?:19|20)\d\d)?"  # ("NEW DELHI, April 9, 2025 —": the date's year too)
    r"(?:[ \u00a0]*\([A-Za-z .&]{1,30}\))?[ \u00a0]*(?:[–—-]{1,2}|_|:(?=[ \u00a0]+[A-Z]))[ \u00a0]*"
)  # "MOSUL, Iraq (Reuters) —", and South Asian papers' "BHUBANESWAR: The team ..."
#: A place in title case and a dash with spaces, before a sentence: "Wellington — The
#: Treasury estimates ...", "Manila – At least 112 people ..." (an en or em dash only).
_TITLE_DATELINE_RE = lazy_compile(
    r"[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+){0,2}[ \u00a0]+[–—][ \u00a0]+(?=[A-Z])")
_CREDIT_RE = lazy_compile(
    r"(?i)(?:\((?:photo|image|picture|credit|pictured)\b[^)]*\)|\b(?:photo|image|picture)"
    r"(?:graph)?\s*(?:credit)?\s*[:/]|getty images|\bap photo\b|/\s*(?:reuters|afp|ap|getty|"
    r"shutterstock|epa|alamy)\b|\bshutterstock\b|\bfile photo\b)"
)
#: A breadcrumb or menu: "Home | News | Health", "World › Europe", short items and separators.
_CRUMB = r"[A-ZÀ-Þ][\w’'&.-]*(?:[ \u00a0][\w’'&.-]+){0,2}"
_CRUMBS_RE = lazy_compile(rf"^\W*{_CRUMB}(?:[ \u00a0]*[|›»>/•·][ \u00a0]*{_CRUMB}){{1,8}}\W*$")
#: What a breadcrumb holds at least once (:data:`_CRUMBS_RE`'s separators). The guard in
#: :func:`is_furniture_line` tests for each with ``in`` (a character class searched over a
#: line of curly quotes, held as UCS-2, cost twice as much); the tests hold the two equal.
_CRUMB_SEP_RE = lazy_compile(r"[|›»>/•·]")
#: What :data:`BYLINE_RE` opens a line with (its first alternatives, before the space):
#: ``str.startswith`` of these spares the pattern on a line that cannot be a byline
#: (a first letter alone let "She said", "Scientists" and "Researchers" through).
#: A byline that credits a desk or a team, no person: "By the TamaBa? Fact-Check Desk |
#: September 16, 2024", "By Staff Reporters", "By the Newsroom".
_DESK_BYLINE_RE = lazy_compile(
    r"^(?:[Bb]y|BY)[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w?!’'.&-]*[ \u00a0]+){0,5}"
    r"(?:Desk|Team|Staff|Newsroom|Bureau|Unit|Reporters|Editors|Writers|Board)\b"
    r"[ \u00a0]*(?:[|–—,-].{0,80})?$")
_BYLINE_OPENS = ("By", "by", "BY", "Words by", "Written by", "Reporting by", "Story by")
_URLISH_RE = lazy_compile(r"(?i)^\W*(?:https?://|www\.)\S+\W*$")
_END_RE = lazy_compile(r"[.!?…][”\"’)\]]*\s*$")


def is_furniture_line(line: str) -> bool:
    """True for a line no one says: a button, a page label, a byline, a caption, a URL."""
    return _furniture(line.strip())[0]


#: What :func:`_furniture` answers for a line whose byline it did not try.
_UNTRIED: tuple[bool, re.Match[str] | None] = (False, None)


def _furniture(s: str) -> tuple[bool, tuple[bool, re.Match[str] | None]]:
    """:func:`is_furniture_line` of the stripped line ``s``, and (tried, the match) of its
    byline patterns as :func:`byline_names` tries them, when this tried them: a byline
    line is furniture by that match, and :func:`find_furniture` then reads its names from
    it (the pattern ran twice on every byline, once for each question)."""
    if not s:
        return False, _UNTRIED
    # Each test below runs only where the line holds what its pattern cannot match
    # without (most lines are prose, and the patterns are tried from a line's start): a
    # label's or a button's first word, a breadcrumb's separator, a byline's first
    # letter, a role byline's last letter (the role's: correspondent, reporter, editor,
    # writer, columnist, journalist).
    lead = _FURNITURE_LEAD_RE.match(s) is not None
    if lead and (lm := _LABEL_RE.match(s)) and not (
            (_REPORTED_NOTE_RE.match(s, lm.end()) or _LIVE_UPDATE_RE.match(s)) and
            not _CORRECTING_RE.search(s)):
        return True, _UNTRIED
    if len(s) > 480:
        return False, _UNTRIED  # a paragraph of prose: longer than any button, byline or
        # caption
    # Every credit _CREDIT_RE finds holds one of these (casefold misses only the dotless
    # "ı" that IGNORECASE folds to "i"): a substring test spares the regex on nearly
    # every line, 14 % of `check` on 10,000 quotes. The tests are written out, one `in`
    # each (a generator over a tuple of them cost four times as much).
    if s.isascii():
        low = s.lower()  # the same as casefold on ASCII, and cheaper
    else:
        low = s.casefold().replace("\u0131", "i")
    # (_URLISH_RE only where the line holds what it cannot match without: "://", or
    # "www." in any case; no other letter folds to a "w", and ":" and "/" have no case)
    if (lead and _BUTTON_RE.match(s)) or (
            ("://" in s or "www." in low) and _URLISH_RE.match(s)) or (
            ("|" in s or "›" in s or "»" in s or ">" in s or "/" in s or "•" in s or "·" in s)
            and _CRUMBS_RE.match(s)):
        return True, _UNTRIED
    m = (BYLINE_RE.match(s) if s.startswith(_BYLINE_OPENS) else None) or (
        _ROLE_BYLINE_RE.match(s) if s[-1] in "tTrR" else None)
    if m is not None and len(s.split()) <= 14:
        return True, (True, m)
    if s.startswith(_BYLINE_OPENS) and len(s.split()) <= 14 and _DESK_BYLINE_RE.match(s):
        return True, (True, None)  # ("By the TamaBa? Fact-Check Desk | September 16":
        # a byline that names a desk, no one's name)
    return (("/" in low or "photo" in low or "image" in low or "picture" in low
             or "credit" in low or "shutterstock" in low)
            and bool(_CREDIT_RE.search(s)) and len(s.split()) <= 60), (True, m)


_NAMES_SPLIT_RE = lazy_compile(r"[ \u00a0]*(?:,|\band\b|&)[ \u00a0]*")


def byline_names(line: str) -> list[str]:
    """The names a byline line gives, first author first ([] when the line is no byline):
    "By Jane Roe and Sam Okoro | Reuters" gives Jane Roe and Sam Okoro."""
    s = line.strip()
    # (each pattern only where the line opens or ends as it must, as in is_furniture_line)
    m = (BYLINE_RE.match(s) if s.startswith(_BYLINE_OPENS) else None) or (
        _ROLE_BYLINE_RE.match(s) if s[-1:] in ("t", "T", "r", "R") else None)
    return _names_of(m)


def _names_of(m: re.Match[str] | None) -> list[str]:
    """:func:`byline_names` of a line its byline patterns gave ``m``."""
    if m is None:
        return []
    parts = _NAMES_SPLIT_RE.split(m.group("name"))
    return [" ".join(p.split()) for p in parts if p.strip()]


#: A live page's entry time: "19:05", "09:40", "9.05am" (hours, minutes; a 24-hour clock
#: or one with its "am"/"pm" read as written). One pattern for the furniture it is and for
#: the order of a live page's entries (extract.figures).
ENTRY_TIME = (r"(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?![\d.,:%])"
              r"(?:[ \t\u00a0]*(?P<half>[AaPp]\.?[Mm]\.?)(?!\w))?")
#: A live page's time stamp opening an entry: "08:15 Velmora Airports Authority says",
#: "11:20 - Fire service revises", "9.05am The union" (a clock time, then a capital).
_TIME_STAMP_RE = lazy_compile(
    rf"[ \u00a0]*{ENTRY_TIME}"
    r"(?:[ \u00a0]+(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|PT|local[ \u00a0]+time))?"
    r"[ \u00a0]*(?:[–—|-][ \u00a0]*)?(?=[A-Z\"“])")


def dateline_end(text: str, start: int, end: int) -> int:
    """End of a dateline opening the paragraph ``text[start:end]`` (``start`` when none):
    the place and wire are no one's name, subject or source; so is a live page's time."""
    ts = _TIME_STAMP_RE.match(text, start, end)
    if ts is not None:
        return ts.end()
    m = DATELINE_RE.match(text, start, end) or _TITLE_DATELINE_RE.match(text, start, end)
    if not m:
        return start
    head = text[start:m.end()].strip(" \u00a0–—-")
    # the place in capitals; "I -" or "A -" is a sentence, not a dateline
    if len(head.split("(")[0].split(",")[0].strip()) < 3:
        return start
    return m.end()


#: A quotation signed after its closing mark by a dash or a bracket with a name: a claim
#: box's '“… since the merger.” — Ravi Menon', '"…" (Mayor Adrienne Colby, ...)'.
_SIGNED_QUOTE_RE = re.compile(r"[.!?][”\"][ \u00a0]*(?:[—–―][ \u00a0]*|\([ \u00a0]*)[A-Z]")


def _claimant_below(text: str, end: int) -> bool:
    """A claim line's quotation closes the line and the next line names its claimant
    ('Who said it: state Sen. Patricia Kowalczyk'): the speech engine's own test."""
    m = re.search(r"[.!?]?[”\"][ \u00a0]*$", text[max(0, end - 4):end])
    return m is not None and CLAIMED_BY_RE.match(text, end) is not None


def find_furniture(text: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Indices of the paragraphs (lines) in ``spans`` that are page furniture.

    Besides the lines :func:`is_furniture_line` knows by themselves, the top of
    a pasted page is read as a unit: the headline (a first line with no
    sentence in it) and every line before the byline, when a byline comes
    within the first few lines (the headline and the standfirst).
    """
    out: set[int] = set()
    byline_at: int | None = None
    for i, (s, e) in enumerate(spans):
        line = text[s:e]
        # (a kicker's word is followed by one of ":|–—-": a line holding none of them is
        # not tried; the tests written out, as in is_furniture_line)
        furniture, (tried, bm) = _furniture(line.strip())
        if furniture or (
                (":" in line or "-" in line or "—" in line or "–" in line or "|" in line)
                and KICKER_RE.match(line) and len(line.split()) <= 40 and
                # (a live page's entry is prose: "Update: Pryce has revised the council's
                # figure. ... he said." ends as a sentence ends, below the headline; the
                # first lines' kicker is a headline's, however it ends)
                not (i > 1 and _PROSE_ENDS_RE.search(line))):
            out.add(i)
            # (the byline's names from the match the furniture test made, if it made one)
            if byline_at is None and i < 8 and (
                    _names_of(bm) if tried else byline_names(line)):
                byline_at = i
    if byline_at is not None:
        # (a fact-check's claim box above the byline is the claim, signed: 'Claim: "…"
        # (Sports Minister Tomas Varga, radio interview)', 'CLAIM: “…” — Ravi Menon')
        out.update(i for i in range(byline_at)
                   if not (CLAIM_LABEL_RE.match(text, spans[i][0]) and (
                       _SIGNED_QUOTE_RE.search(text, *spans[i]) or
                       # (or signed on the line below: 'Who said it: state Sen. ...')
                       _claimant_below(text, spans[i][1]))))
    # the headline: the first line that is not furniture, when it holds no sentence and
    # heads a body of text
    for i, (s, e) in enumerate(spans if len(spans) >= 3 else ()):
        if i in out:
            continue
        line = text[s:e].strip()
        words = line.split()
        # a sentence ends inside: '… lose 40,000 jobs. Officials …', or a quotation signed
        # with a dash ('CLAIM: “… since the merger.” — Ravi Menon'), a fact-check's claim
        if len(words) <= 25 and not re.search(r"[.!?](?:[”\"’)]?\s+[A-Z“\"])", line) and \
                not _SIGNED_QUOTE_RE.search(line) and (
                not _END_RE.search(line) and not line.endswith(":") or title_case(words)):
            out.add(i)
        break
    return out


def title_case(words: list[str]) -> bool:
    """Most words capitalised, as headlines are set ("Stein Removed From Debate Site")."""
    real = [w for w in words if w[:1].isalpha() and w.lower() not in _MINOR]
    return len(real) >= 3 and sum(w[0].isupper() for w in real) >= 0.6 * len(real)


_MINOR = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with",
          "by", "from", "as", "vs", "is", "it", "its"}


def in_title_case(text: str, pos: int) -> bool:
    """True when the line holding ``pos`` is set in title case, as headlines are: its
    capitalised words need not be names (extract's figures and a post's holder ask it)."""
    lo = text.rfind("\n", max(0, pos - 301), pos) + 1
    hi = text.find("\n", pos, pos + 301)
    hi = hi if hi >= 0 else len(text) if len(text) - pos <= 301 else pos + 302
    line = text[lo:hi]
    if (lo == 0 and pos > 301) or len(line) > 300:
        return False  # a headline is short; a long line is prose (and splitting it per
        # figure made a 200 KB one-line text quadratic)
    return title_case(line.split())


#: The last word of a publication's name ("The Lakeside Post", "Nordic Energy Wire"): a
#: masthead, which no later "the company" or "it" stands for.
PUBLICATION_RE = re.compile(
    r"(?i)\b(?:Times|Post|Herald|Gazette|News|Journal|Observer|Courier|Tribune|Chronicle|Weekly|"
    r"Daily|Standard|Guardian|Telegraph|Express|Mail|Star|Sun|Ledger|Record|Review|Bulletin|"
    r"Mirror|Independent|Today|Magazine|Monthly|Press|Post-Dispatch|Examiner|Sentinel|"
    r"Inquirer|Dispatch|Leader|Argus|Advertiser|Enquirer|Globe|Nation|Insider|Wire)$")


def masthead_name(line: str) -> str:
    """A masthead line without the section after it: "Northside Herald — Education"."""
    # (a run of spaces is tried from its first space only: from each, a line of blanks
    # was quadratic)
    return _MASTHEAD_SECTION_RE.split(line)[0] if "—" in line or "–" in line or \
        "|" in line else line


_MASTHEAD_SECTION_RE = re.compile(r"(?<![ \u00a0])[ \u00a0]+[—–|][ \u00a0]+")


def masthead(line: str) -> bool:
    """A short name in capitals with no sentence in it: "The Lakeside Post", "ICE & ROCK"."""
    line = masthead_name(line)
    words = line.split()
    return 2 <= len(words) <= 5 and not is_furniture_line(line) and \
        not KICKER_RE.match(line + ":") and not line.endswith((".", "?", "!", ":")) and all(
            w[:1].isupper() or w in ("&", "of", "the", "and") for w in words)


def site_name(line: str) -> bool:
    """A publication's or a site's name by its last word ("The Conversation Weekly",
    "Green Futures Online"), not a headline in title case ("Plastic Bag Ban Fails")."""
    name = masthead_name(line)
    return bool(PUBLICATION_RE.search(name)) or name.split()[-1] in (
        "Online", "Magazine", "Digital", "Media", "Network", "Today")


def publication_masthead(line: str) -> bool:
    """A publication's masthead line ("The Test Times", "Nordic Energy Wire — Business"):
    a short name in capitals that ends as a publication's name does, which no later "the
    company" stands for."""
    line = line.strip()
    return masthead(line) and site_name(line)
