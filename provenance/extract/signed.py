"""Figures a signed piece gives in its writer's first person: letters, readers' comments.

A page of letters to the editor, or the comments under a blog post, is several writers'
words, each signed once: above ("Gregory Paulsen, Vice President, Heartland Blood
Alliance | Jan. 17, 2025", a comment's header) or below ("Margaret Ellison, Riverside",
a letter's sign-off). Inside, the writer says "our regional inventory was 2.8 days" or
"Our own register shows 1,850 patients": no verb of saying, no name, because the
signature names them. An editor reading the draft wants that figure under the writer,
not under "the article" nor a source called "Our own register".

A stage of :func:`provenance.extract.figures.find_figure_claims`, once every other rule
has named what it can: a figure with no source, or one a first person names ("Our
survey", "My count"), in a sentence of a signed block that speaks in the first person
outside any quotation, takes the signer. Never a figure in a quotation (a quoted
speaker's), never a sentence that names its own source by a verb of saying, and only
below a heading of letters or comments ("Letters: ...", "COMMENTS (3)"): elsewhere a name
on a line of its own is a subheading, a place, a photo's caption or a media contact (a
review's texts, round 42). A signature is a line of its own: a name of two to four
capitalised words (no word of English's stock first: "What The Data Say" is a heading),
then what the writer is ("a practice nurse", "head of planning, Valley Health Board")
and, above a comment, a date after a bar. A sign-off below signs the paragraphs up to
the previous signature or heading, and only when they speak in the first person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..numbers import MONTHS_RE
from ..speech import match_person
from ..speech.attribute import PersonLike
from ..speech.interview import FIRST_PERSON_RE
from ..speech.roles import PERSON_TITLES
from ..speech.speakers import UP
from ..text import STOPWORDS
from .figures import FigureClaim, Source

_SP = r"[ \u00a0]"
_TITLES = frozenset(PERSON_TITLES)
#: A name as a signature writes it: a title, then two to four capitalised words.
_NAME = (rf"(?:(?:{'|'.join(PERSON_TITLES)})\.?{_SP}+)?"
         rf"[{UP}][\w’'.-]*(?:{_SP}+(?:[{UP}][\w’'.-]*|de|van|von|da|del|bin|al)){{1,3}}")
#: A comment's header: the name, what the writer is, a bar and a date ("Priya Shah | May
#: 13, 2025", "Colin Barr, Riverside Patients Forum · 13 May").
_HEADER_RE = re.compile(
    rf"(?P<name>{_NAME})(?:,{_SP}*(?P<what>[^|·•\n]{{1,120}}?))?{_SP}*[|·•]{_SP}*"
    rf"(?P<date>[^|\n]{{0,40}}(?:\d|{MONTHS_RE}|ago\b|yesterday|today)[^|\n]{{0,30}})")
#: A letter's sign-off: the name, then where or what the writer is, no sentence ("Margaret
#: Ellison, Riverside"; "— Daniel Okafor, head of planning, Valley Health Board").
_SIGN_OFF_RE = re.compile(
    rf"[—–-]?{_SP}*(?P<name>{_NAME})(?:,{_SP}*(?P<what>[^.!?:;\n\d]{{1,120}}?))?\.?")
#: A verb in a line: a sentence, no signature ("Margaret Ellison said so").
_VERB_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|told|will|would|can|"
                      r"could|did|does|do)\b")
#: A source that is only a first person's thing ("Our own register", "My count").
_OWN_THING_RE = re.compile(r"(?:Our|My|We|I|Us)\b")
#: A sentence that names another source of its figure by a verb of saying: not the
#: writer's (narrower than figures' lexicon of giving a figure, where "Our own register
#: shows 1,850" is the writer's evidence).
_SAYING_RE = re.compile(rf"\b(?:said|says|according{_SP}+to|told|claims?|claimed|"
                        rf"reported|quoted)\b")
#: Quotation marks: what is inside is someone's quoted words.
_QUOTE_RE = re.compile(r"[“\"][^”\"]*[”\"]")
#: The heading of a page's letters or readers' comments ("Letters: the clinic waiting
#: list", "COMMENTS (3)", "Letters to the editor", "Your views", "12 comments").
_SECTION_RE = re.compile(
    r"[ \u00a0*#]*(?:(?:readers['’]?[ \u00a0]+)?(?:letters?|comments?)(?:[ \u00a0]+to[ \u00a0]+"
    r"the[ \u00a0]+editor)?|your[ \u00a0]+(?:letters|views|comments)|\d+[ \u00a0]+comments?)"
    r"\b[ \u00a0]*(?:\(\d+\)|:[^\n]{0,80}|[-–—|][^\n]{0,80})?[ \u00a0*]*$", re.I)
#: How many paragraphs a sign-off signs at most.
_MOST_PARAGRAPHS = 8


def _a_name(name: str) -> bool:
    """A writer's name, not a heading: its first word (after a title) is no word of
    English's stock and none of its words is a question's."""
    words = name.replace("\u00a0", " ").split()
    if words[0].rstrip(".") in _TITLES:
        words = words[1:]
    return bool(words) and words[0].lower() not in STOPWORDS and \
        not any(w.lower() in STOPWORDS and w[:1].isupper() for w in words[1:])


def _signature(line: str) -> tuple[str, bool] | None:
    """(The writer's name, whether the line heads what it signs) for a signature line."""
    line = line.strip()
    if not line or len(line) > 160:
        return None
    h = _HEADER_RE.fullmatch(line)
    if h is not None and _a_name(h.group("name")):
        return h.group("name"), True
    s = _SIGN_OFF_RE.fullmatch(line)
    if s is not None and _a_name(s.group("name")) and not _VERB_RE.search(line):
        return s.group("name"), False
    return None


def _speaks_first_person(text: str, a: int, b: int) -> bool:
    return FIRST_PERSON_RE.search(_QUOTE_RE.sub(" ", text[a:b])) is not None


def signed_blocks(text: str, spans: Sequence[tuple[int, int]]
                  ) -> list[tuple[int, int, str, int]]:
    """``(start, end, writer, signature's start)`` of each signed block of paragraphs."""
    opens = next((a for a, b in spans if _SECTION_RE.match(text, a, b)), None)
    if opens is None:
        return []  # (no page of letters or comments: a name on a line of its own is a
        # heading, a place, a caption or a media contact)
    sigs = [(k, *sig) for k, (a, b) in enumerate(spans)
            if a > opens and (sig := _signature(text[a:b])) is not None]
    if not sigs:
        return []
    out: list[tuple[int, int, str, int]] = []
    sig_rows = {k for k, _n, _h in sigs}
    for k, name, heads in sigs:
        if heads:
            last = k
            for j in range(k + 1, min(len(spans), k + 1 + _MOST_PARAGRAPHS)):
                if j in sig_rows or _heading(text, *spans[j]):
                    break
                last = j
            if last > k:
                out.append((spans[k + 1][0], spans[last][1], name, spans[k][0]))
        else:
            first = k
            for j in range(k - 1, max(-1, k - 1 - _MOST_PARAGRAPHS), -1):
                if j in sig_rows or _heading(text, *spans[j]) or j < 2:
                    break
                first = j
            if first < k and _speaks_first_person(text, spans[first][0], spans[k - 1][1]):
                out.append((spans[first][0], spans[k - 1][1], name, spans[k][0]))
    return out


def _heading(text: str, a: int, b: int) -> bool:
    """A line that heads a section ("COMMENTS (2)", "Letters: the clinic waiting list"):
    short, and no sentence's end."""
    line = text[a:b].strip()
    return len(line) < 80 and not line.endswith((".", "!", "?", "”", "\"", "’"))


def signed_sources(text: str, out: list[FigureClaim], spans: Sequence[tuple[int, int]],
                   people: Sequence[PersonLike],
                   quoted: Sequence[tuple[int, int]]) -> None:
    """Gives the figures the module's rule reads their writer. ``people``: the
    extraction's people (the list itself, which the speech engine indexes once);
    ``quoted``: the quotations' spans."""
    wanted = [fc for fc in out if fc.source is None or (
        fc.source.kind != "person" and _OWN_THING_RE.match(fc.source.name))]
    if not wanted:
        return
    blocks = signed_blocks(text, spans)
    if not blocks:
        return
    for fc in wanted:
        block = next((bl for bl in blocks if bl[0] <= fc.start < bl[1]), None)
        if block is None or any(a <= fc.start < b for a, b in quoted):
            continue
        ss, se = fc.sentence
        if not _speaks_first_person(text, ss, se) or _SAYING_RE.search(text, ss, se):
            continue
        name = block[2]
        who = match_person([name], people) if people else None  # (the one rule of who a
        # name is, check's)
        s = fc.source
        fc.source = Source(name, "person", who.id if who is not None else None, "signed",
                           block[3],
                           s.study if s is not None else None, confirmed=False)
