"""Find quoted spans the way news prose writes them.

Quotation marks on the web are messy: curly and straight marks are mixed, a
closing glyph is used to open, a quotation that runs over several paragraphs
leaves each paragraph open and reopens the next, and a closing mark is
sometimes simply missing. So a mark is read by its context (space before and a
word after opens; a word before and space after closes) and only then by its
glyph, and an unclosed quotation ends at its paragraph's end.

British and Australian news quote with single marks ('...,' he said), which
are also apostrophes. :func:`single_quoted` decides per text which style it
quotes with and, for single marks, hands the rest of the engine the same text
with those marks written as double ones (same length, same offsets).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..lazy import lazy_compile

#: Double quotation marks only: single marks are far more often apostrophes.
MARKS = "\"“”„«»‟"
MARK_RE = lazy_compile(f"[{MARKS}]")
OPEN_GLYPHS = "“„«‟"
CLOSE_GLYPHS = "”»"
#: Characters after which a mark opens a quotation (besides space).
_OPEN_AFTER = "([{—–-―/…"
PARA_RE = lazy_compile(r"[^\r\n]+")
_STRAIGHT_RE = lazy_compile('"')
_CURLY_RE = lazy_compile("[”»“]")


@dataclass(slots=True)
class Piece:
    """One run of quoted words inside a single paragraph."""

    start: int  # first quoted character (after the mark)
    end: int  # one past the last kept character
    open_at: int  # index of the opening mark
    close_at: int | None  # index of the closing mark; None when the paragraph ends first
    para: int  # paragraph number
    raw_end: int  # end before trailing commas/space were trimmed


@dataclass(slots=True)
class QuoteGroup:
    """Pieces that make one quotation: split around a cue, or continued over paragraphs."""

    pieces: list[Piece]
    #: The cue found between two pieces of a split quote (", he said, "), if any.
    inner_cue: tuple[int, int] | None = None
    flags: set[str] = field(default_factory=set)

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end


@functools.cache
def _find_furniture() -> Any:
    """:func:`.furniture.find_furniture`, imported at the first text read (furniture
    imports this module's neighbours), then kept: an import statement in
    :class:`Paragraphs` ran the import system's Python code for each text."""
    from .furniture import find_furniture

    return find_furniture


class Paragraphs:
    """Paragraph (non-empty line) boundaries with a fast position lookup.

    A paragraph is a line: text pasted from a web page separates paragraphs by
    one newline, a text file by a blank line, and both read alike. ``furniture``
    holds the paragraphs that are page furniture (headline, byline, captions,
    ``Advertisement``; see :mod:`provenance.speech.furniture`): nobody says them.
    """

    def __init__(self, text: str) -> None:
        self.spans = line_spans(text)
        self.starts = [s for s, _ in self.spans]
        self.furniture: set[int] = _find_furniture()(text, self.spans)

    def index(self, pos: int) -> int:
        """Number of the paragraph holding ``pos`` (or the one before a gap)."""
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def __len__(self) -> int:
        return len(self.spans)


def line_spans(text: str) -> list[tuple[int, int]]:
    """The spans of :data:`PARA_RE` in ``text`` (its non-empty lines), found by
    ``str.find`` of each newline when the text has no carriage return: a quarter of the
    pattern's cost, which made a match object per line."""
    if "\r" in text:
        return [m.span() for m in PARA_RE.finditer(text)]
    spans: list[tuple[int, int]] = []
    find, s, n = text.find, 0, len(text)
    while s < n:
        e = find("\n", s)
        if e < 0:
            e = n
        if e > s:
            spans.append((s, e))
        s = e + 1
    return spans


def mark_offsets(text: str) -> list[int]:
    """Where :data:`MARK_RE` matches in ``text``, in order: each mark found by
    ``str.find`` (a text holds few; the pattern tried its class at every character, at
    a few times the cost)."""
    out: list[int] = []
    find = text.find
    for c in MARKS:
        i = find(c)
        while i >= 0:
            out.append(i)
            i = find(c, i + 1)
    out.sort()
    return out


def first_nonspace(text: str, ps: int, pe: int) -> int:
    """Where the paragraph ``text[ps:pe]`` has its first character that is not white space
    (``pe`` when it has none): read once per paragraph, so asking whether only space comes
    before a point of it costs nothing however many quotations the paragraph holds."""
    while ps < pe and text[ps].isspace():
        ps += 1
    return ps


def last_nonspace(text: str, lo: int, i: int) -> int:
    """Where the last character before ``i`` that is not white space is, at ``lo`` or after
    (``lo - 1`` when there is none): ``text[lo:i].rstrip()``'s last character, read back
    from ``i`` rather than copied from ``lo`` (a paragraph of thousands of quotations would
    copy its start again for each)."""
    i -= 1
    while i >= lo and text[i].isspace():
        i -= 1
    return i


def _kind(text: str, i: int, ps: int, pe: int, first: int) -> str:
    """'open', 'close' or 'either' for the mark at ``i`` in paragraph [ps, pe), whose first
    character that is not white space is at ``first`` (:func:`first_nonspace`)."""
    if i <= first and i + 1 < pe:
        return "open"  # a paragraph that starts with a mark opens a quotation, whatever its glyph
    prev = text[i - 1] if i > ps else " "
    nxt = text[i + 1] if i + 1 < pe else " "
    before_space = prev.isspace() or prev in _OPEN_AFTER
    after_space = nxt.isspace() or i + 1 >= pe
    if before_space and not after_space:
        return "open"
    if after_space and not before_space:
        return "close"
    if not before_space and not after_space:
        if nxt in ".,;:!?)]…—–-―" or prev in ".,;:!?…":
            return "close"
    g = text[i]
    if g in OPEN_GLYPHS:
        return "open"
    if g in CLOSE_GLYPHS:
        return "close"
    return "either"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


def find_pieces(text: str, paras: Paragraphs) -> list[Piece]:
    """Every quoted run, paragraph by paragraph, in text order."""
    pieces: list[Piece] = []
    marks = mark_offsets(text)
    if not marks:
        return pieces
    k = 0
    n = len(marks)
    while k < n:
        p = paras.index(marks[k])
        ps, pe = paras.spans[p] if paras.spans else (0, len(text))
        if not ps <= marks[k] < pe or p in paras.furniture:
            k += 1  # a headline's or a caption's quotation is nobody's statement
            continue
        opened: int | None = None
        first = first_nonspace(text, ps, pe)
        while k < n and marks[k] < pe:
            i = marks[k]
            if opened is not None and (text[i] == '"') != (text[opened] == '"'):
                # A straight mark inside a curly quotation (or the reverse) is a quote
                # within the quote when a mark like the opener still closes it later.
                like = _STRAIGHT_RE if text[opened] == '"' else _CURLY_RE
                if like.search(text, i + 1, pe):
                    k += 1
                    continue
            kind = _kind(text, i, ps, pe, first)
            if kind == "either":
                kind = "open" if opened is None else "close"
            if kind == "open":
                if opened is not None:
                    # A new quotation opens before the last one closed: the
                    # earlier one lost its closing mark.
                    _add(pieces, text, opened, i, None, p)
                opened = i
            elif opened is not None:
                _add(pieces, text, opened, i, i, p)
                opened = None
            k += 1
        if opened is not None:
            _add(pieces, text, opened, pe, None, p)
    return pieces


def _add(pieces: list[Piece], text: str, opened: int, end: int, close: int | None, p: int) -> None:
    s, e = _trim(text, opened + 1, end)
    if e > s:
        raw = end
        while raw > s and text[raw - 1].isspace():
            raw -= 1
        pieces.append(Piece(s, e, opened, close, p, raw))


#: Single marks: quotation marks in British and Australian news ('...,' he said), and
#: apostrophes everywhere (it's, O'Brien, the players' union, the '90s, rock 'n' roll).
_SINGLE_RE = lazy_compile("[‘’']")
#: Words written with a leading apostrophe, not opened quotations: 'em, 'til, the '90s.
_ELISION_RE = lazy_compile(r"(?:em|til|tis|twas|cause|bout|n|round|s)\b|\d\d(?:s)?\b", re.I)
#: What may follow a closing mark: a space, the paragraph's end or punctuation.
_CLOSE_NEXT = " \t\u00a0.,;:!?)]…—–-―\"”"
#: What may stand before an opening mark besides a space.
_OPEN_PREV = _OPEN_AFTER + "“\"\u00a0"
_TYPED_DOUBLE_RE = lazy_compile("''|``|‘‘|’’")
_SINGLE_OPEN_GLYPHS_RE = lazy_compile("[‘']")
_DOUBLE_CLASS = str.maketrans({"“": "‘", "”": "’", '"': "'", "„": "‚", "«": "‹", "»": "›"})


def _single_pairs(text: str, ps: int, pe: int, goes_on: bool = False
                  ) -> list[tuple[int, int | None]]:
    """(open, close) of each quotation a paragraph opens with a single mark; close None for
    one left open at the paragraph's end (it goes on in the next paragraph) when it opened
    the paragraph, or when ``goes_on`` (the next paragraph opens with a single mark: the
    convention for a quotation running over paragraphs). A mark between two letters or
    digits is an apostrophe (it's, O'Brien); one before an elided word opens nothing ('em,
    the '90s); an ``s'`` before a word is a
    plural possessive (the players' union) unless nothing else closes the quotation."""
    opens: list[int] = []
    closes: list[tuple[int, bool]] = []  # (at, weak: a possessive look-alike)
    for m in _SINGLE_RE.finditer(text, ps, pe):
        i = m.start()
        prev = text[i - 1] if i > ps else " "
        nxt = text[i + 1] if i + 1 < pe else " "
        if prev.isalnum() and nxt.isalnum() or prev in "‘’'`" or nxt in "‘’'`":
            continue  # an apostrophe; or two marks, a double one typed as two single ones
        if prev in "nN" and i - 2 >= ps and text[i - 2] in "‘’'":
            continue  # the second mark of rock 'n' roll
        if (prev.isspace() or prev in _OPEN_PREV) and (nxt.isalnum() or nxt in "…(["):
            if text[i] != "’" and (not _ELISION_RE.match(text, i + 1, pe) or i == ps):
                opens.append(i)  # (’ opens nothing: it is the apostrophe of ’90s, ’em)
            continue
        if not prev.isspace() and (nxt in _CLOSE_NEXT or nxt.isspace()):
            weak = prev in "sS" and nxt.isspace() and text[i + 2:i + 3].isalnum()
            closes.append((i, weak))
    pairs: list[tuple[int, int | None]] = []
    first = ps + len(text[ps:pe]) - len(text[ps:pe].lstrip())  # the paragraph's first mark
    k = 0
    for j, o in enumerate(opens):
        if pairs and (pairs[-1][1] is None or o < pairs[-1][1]):
            continue
        nxt_open = opens[j + 1] if j + 1 < len(opens) else pe
        while k < len(closes) and closes[k][0] < o:
            k += 1
        pick: tuple[int, bool] | None = None  # the first strong close, else the last weak
        c = k
        while c < len(closes) and closes[c][0] < nxt_open:
            pick = closes[c]
            if not closes[c][1]:
                break
            c += 1
        running = goes_on and j == len(opens) - 1  # the next paragraph carries it on
        if pick is not None and not (pick[1] and running):
            pairs.append((o, pick[0]))
        elif o == first or running:  # (a weak close: the residents' group, not its end)
            pairs.append((o, None))  # a quotation going on into the next paragraph
    return pairs


#: A double mark typed as two characters: `` opens (AP wire, plain-text archives); '' and
#: the double prime ″ close (``Like this,″ Karki said; ``or this,'' she said).
_TYPED_MARK_RE = lazy_compile("``|''|\u2033")


def typed_quoted(text: str, paras: Paragraphs) -> str:
    """``text`` with quotation marks typed as two characters written as the double marks
    the engine reads, same length and offsets: ```` `` ```` becomes a space and “ (the
    quoted words start where they did), and the ″ or ``''`` that closes it becomes ”
    (``''`` then a space). A ″ or ``''`` closes only after a ```` `` ```` opened in the
    same paragraph, or at the end of one a ```` `` ```` opened, so an inch mark (5′10″)
    or a lone pair of apostrophes is left alone. Any other text comes back as it is.

    One pass over the marks of each paragraph, in order (one pattern for both kinds):
    searching for the opening and the closing mark again from each mark took time with
    the square of a paragraph of many ```` `` ```` and no close.
    """
    if "``" not in text:
        return text
    chars: list[str] | None = None
    for ps, pe in paras.spans:
        opened = False
        for m in _TYPED_MARK_RE.finditer(text, ps, pe):
            if m.group() == "``":
                if chars is None:
                    chars = list(text)
                chars[m.start()], chars[m.start() + 1] = " ", "“"
                opened = True
                continue
            prev = text[m.start() - 1] if m.start() > ps else " "
            if opened and not prev.isspace() and not prev.isdigit():
                if chars is None:
                    chars = list(text)
                chars[m.start()] = "”"
                if m.end() - m.start() == 2:
                    chars[m.start() + 1] = " "
                opened = False
    return text if chars is None else "".join(chars)


def single_quoted(text: str, paras: Paragraphs) -> str:
    """``text`` with its quotation marks read the same whatever their style: in a text that
    quotes with single marks ('...,' he said; ‘...’), those marks become double ones and
    the double marks inside them (a quotation within the quotation) single ones; marks
    typed as two characters (AP's ```` ``…″ ````) become double ones (:func:`typed_quoted`).
    The result has the same length and the same offsets; any other text comes back as it is.

    A text quotes with single marks when its quotations in single marks, outside any
    double quotation, outnumber its double quotations (headline and captions aside): so
    an American article's nested 'quotes' and apostrophes change nothing.
    """
    text = typed_quoted(text, paras)
    if "'" not in text and "‘" not in text:
        return text
    opens = 0
    for m in _SINGLE_OPEN_GLYPHS_RE.finditer(text):  # marks that may open a quotation
        i = m.start()
        prev = text[i - 1] if i else " "
        nxt = text[i + 1:i + 2]
        if (prev.isspace() or prev in _OPEN_PREV) and (nxt.isalnum() or nxt in ("…", "(", "[")):
            opens += 1
    if not opens:
        return text
    # a quick count first: the quotations in single marks cannot outnumber the double
    # ones when fewer marks could open one (American news: nested quotes, apostrophes)
    marks = len(MARK_RE.findall(text)) + len(_TYPED_DOUBLE_RE.findall(text))
    for p in paras.furniture:
        ps, pe = paras.spans[p]
        marks -= len(MARK_RE.findall(text, ps, pe)) + len(_TYPED_DOUBLE_RE.findall(text, ps, pe))
    if opens <= marks // 2:
        return text
    found: list[tuple[int, int | None, int]] = []  # (open, close, paragraph end)
    doubles = 0
    for p, (ps, pe) in enumerate(paras.spans):
        if p in paras.furniture:
            continue
        ns = paras.spans[p + 1][0] if p + 1 < len(paras.spans) else -1
        goes_on = ns >= 0 and text[ns:ns + 1] in ("‘", "'") and text[ns + 1:ns + 2].isalnum()
        at = [m.start() for m in MARK_RE.finditer(text, ps, pe)]
        # a double mark typed as two single ones ('' or ``, as plain-text archives write)
        typed = len(_TYPED_DOUBLE_RE.findall(text, ps, pe))
        doubles += (len(at) + typed + 1) // 2
        for o, c in _single_pairs(text, ps, pe, goes_on):
            if bisect.bisect_left(at, o) % 2 == 0:  # not inside a double quotation
                found.append((o, c, pe))
    if not found or len(found) <= doubles:
        return text
    chars = list(text)
    for o, c, pe in found:
        end = pe if c is None else c
        for m in MARK_RE.finditer(text, o, end):
            chars[m.start()] = text[m.start()].translate(_DOUBLE_CLASS)
        chars[o] = "“"
        if c is not None:
            chars[c] = "”"
    return "".join(chars)


_GAP_MERGE_RE = lazy_compile(r"[\s,;:]*")
_WORD_RE = lazy_compile(r"[\w’'-]+")


def _ends_embedded_sentence(text: str, first: Piece, paras: Paragraphs, last: Piece) -> bool:
    """True when a quotation closes its sentence and opened inside narration ('X said
    the plan was "dead."'): a quotation right after it is a new one, with its own cue."""
    if text[last.raw_end - 1:last.raw_end] not in (".", "!", "?"):
        return False
    ps = paras.spans[first.para][0]
    j = last_nonspace(text, ps, first.open_at)
    return j >= ps and text[j] not in ".!?:…”\"—"


def group_pieces(
    text: str,
    pieces: list[Piece],
    paras: Paragraphs,
    cue_gap: Callable[[str], tuple[int, int] | None],
) -> list[QuoteGroup]:
    """Join pieces that are one quotation.

    * a quotation continued over paragraphs: a piece left open at its
      paragraph's end, and the next paragraph opens with a mark;
    * a quote split around its cue: ``"A," he said, "B"`` (``cue_gap`` matches
      the words between);
    * two runs with only spaces, commas or a couple of words between
      (``"A" and "B"``).
    """
    groups: list[QuoteGroup] = []
    for pc in pieces:
        if groups:
            g = groups[-1]
            last = g.pieces[-1]
            if last.close_at is None and pc.para == last.para + 1:
                ps = paras.spans[pc.para][0]
                if last_nonspace(text, ps, pc.open_at) < ps and \
                        last.end >= paras.spans[last.para][1] - 1:
                    g.pieces.append(pc)
                    g.flags.add("continued")
                    continue
            if last.close_at is not None and pc.para == last.para:
                gap = text[last.close_at + 1:pc.open_at]
                if _GAP_MERGE_RE.fullmatch(gap) and not _ends_embedded_sentence(
                        text, g.pieces[0], paras, last):
                    g.pieces.append(pc)
                    continue
                cue = cue_gap(gap)
                # the comma before the cue inside the marks ("A," he said, "B") or, as
                # British news writes it, outside them ('A', he said, 'B')
                if cue and (text[last.raw_end - 1] in ",—–-" or gap.startswith(",")):
                    g.pieces.append(pc)
                    g.inner_cue = (last.close_at + 1 + cue[0], last.close_at + 1 + cue[1])
                    g.flags.add("split")
                    continue
                words = _WORD_RE.findall(gap)
                if (0 < len(words) <= 2 and not re.search(r"[.!?]", gap)
                        and gap.strip()[:1].islower()):
                    g.pieces.append(pc)
                    continue
        groups.append(QuoteGroup([pc]))
    return groups
