"""Find where a quote sits in its source text: exact, normalised, or fuzzy.

A fact-checker needs two things from a quote check: the place in the *original*
text (so the page can highlight it and the editor can open the file at that
line) and an honest verdict on how far the quote is from the words printed.
So every search runs on a normalised copy of the text that keeps a map back to
the original offsets, and the verdict climbs a ladder:

``exact``
    the quote's characters appear as they are (each piece, for a quote with
    ``...`` or ``[insertions]``);
``normalized``
    they appear once both sides are normalised (Unicode NFKC, curly vs straight
    apostrophes, quotation marks dropped, dashes, all kinds of spaces and line
    breaks, case, punctuation at the quote's two ends);
``fuzzy``
    a passage scores at least ``min_score`` (rapidfuzz, 0-100) against the
    quote: a changed digit, a dropped word, a typo. The ``diff`` says what
    differs, word by word;
``missing``
    nothing scores ``min_score``; ``closest`` and ``diff`` show the best
    passage found, so a weak match is never silently anchored.

Fuzzy candidates come from an inverted word index of the text (votes along
the diagonal ``text word position - quote word position``), so a quote costs a
handful of small rapidfuzz calls whatever the size of the text.
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import eq, itemgetter, sub

__all__ = [
    "Anchor",
    "TextIndex",
    "anchor_occurrences",
    "anchor_quote",
    "normalize",
    "paragraph_span",
    "STATUSES",
]

#: Anchor statuses, best first.
STATUSES = ("exact", "normalized", "fuzzy", "missing")

#: How far apart (in normalised characters) the pieces of an elided quote may be.
ELLIPSIS_GAP = 600
#: How much original text an editorial insertion such as ``[low back pain]`` may replace.
INSERTION_GAP = 120

# Characters that need more than ASCII lower-casing: anything non-ASCII, any
# whitespace other than a single space, runs of spaces, straight double quotes
# back-ticks and square brackets. The same matches as
# ``\s{2,}|[^\S ]|[^\x00-\x7f]|["`\[\]]``, written to open with one character class:
# the regex engine then skips plain text with a class test per character instead of
# trying four alternatives at each (the scan was most of the cost of normalising a text).
# The class is written as what it is not (ASCII other than whitespace and "`[]): the
# same set as ``[\s"`\[\]\x80-\U0010ffff]``, which took 6 ms to compile at start-up.
# After the first character: the rest of a whitespace run, or nothing unless that
# character was not a space (a single space is plain text).
_NOT_SPECIAL = r"\x00-\x08\x0e-\x1b!#-Z\\^_a-\x7f"
_SPECIAL_TAIL = r"(?:(?<=\s)\s+|(?<! ))"
_SPECIAL = re.compile(rf"[^{_NOT_SPECIAL}]{_SPECIAL_TAIL}")
#: :data:`_SPECIAL` as one group, to split a text on: plain runs and specials take turns.
_SPECIAL_SPLIT = re.compile(rf"([^{_NOT_SPECIAL}]{_SPECIAL_TAIL})")
#: :data:`_SPECIAL_SPLIT` for a text where no space comes before whitespace (nearly
#: every text; :data:`_SPACE_THEN_SPACE` finds the others): no match there opens with a
#: space, so the class leaves the space out and the engine does not stop at each one
#: (one character in six) to try the rest of the pattern. The same matches, half the time.
_SPECIAL_SPLIT_NO_SPACE = re.compile(rf"([^ {_NOT_SPECIAL}]{_SPECIAL_TAIL})")
_SPACE_THEN_SPACE = re.compile(r" \s")

_TRANSLATE = str.maketrans(
    {
        # apostrophes and single quotation marks -> '
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        # double quotation marks: dropped, so a quote typed with or without
        # them, or across an unbalanced one, still matches
        '"': None,
        "\u201c": None,
        "\u201d": None,
        "\u201e": None,
        "\u201f": None,
        "\u2033": None,
        "\u00ab": None,
        "\u00bb": None,
        # square brackets: an editor's insertion "[low back pain]" printed in
        # the source matches a quote that leaves the brackets out
        "[": None,
        "]": None,
        # dashes and minus -> -
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        # invisible characters: dropped
        "\u00ad": None,
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
    }
)

_EDGE_PUNCT = " .,;:!?'"
_WORD = re.compile(r"\w+")
_WORD_SPLIT = re.compile(r"(\w+)")
# Runs of spaces and dashes (a hyphen only next to a space): the same runs as
# ``(?:\s|[\u2010-\u2015\u2212]|(?<=\s)-|-(?=\s))+``, opened by one character class (then
# checked: a hyphen must have a space before or after it) so the engine skips words fast.
_DIFF_SPLIT = re.compile(r"[\s\u2010-\u2015\u2212-](?:(?<!-)|(?<=\s-)|(?=\s))"
                         r"(?:\s|[\u2010-\u2015\u2212]|(?<=\s)-|-(?=\s))*")
# An elision or an editorial insertion inside a quote.
# (The spaces before one are taken by :func:`_breaks`: a pattern opening with ``\s*``
# makes the regex engine try it at every character; this one opens with ``[``, ``.`` or
# ``…``, which it finds with a class test per character.)
_BREAK = re.compile(r"(\[\s*(?:\.\s*\.\s*\.|\u2026)\s*\]|\.\.\.|\u2026|\[[^\[\]]{1,80}\])\s*")


@lru_cache(maxsize=4096)
def _map_special(chunk: str) -> str:
    if chunk.isspace():
        return " "
    out = unicodedata.normalize("NFKC", chunk).translate(_TRANSLATE).lower()
    if out and out.isspace():
        return " "
    return out


def normalize(s: str) -> str:
    """The normalised form used for matching (no offset map; for quotes)."""
    if _SPECIAL.search(s) is None:
        return s.lower()
    return _normalize_with_map(s)[0]


@lru_cache(maxsize=65536)
def _diff_word(w: str) -> str:
    return normalize(w).strip(_EDGE_PUNCT + "-")


def _normalize_with_map(
    text: str,
) -> tuple[str, list[int], list[int], list[int], list[bool]]:
    """Normalise ``text`` and keep segments mapping it back to the original.

    Plain ASCII runs are copied lower-cased (one character for one). Segments are
    (normalised start, original start, original end, linear?); a non-linear segment
    maps all its normalised characters to the whole original run (e.g. three spaces
    -> one).

    The text is cut by one split into plain runs and special characters (or runs of
    spaces) taking turns, and the pieces, their offsets and segments are made by list
    operations that loop in C: a Python step per special character cost most of
    normalising a text (every line break is one, and every curly quotation mark).
    Only a special that becomes a space looks back, to the last character written: a
    space right after a space (left where a quotation mark was dropped) is dropped.
    """
    split = _SPECIAL_SPLIT if _SPACE_THEN_SPACE.search(text) else _SPECIAL_SPLIT_NO_SPACE
    parts = split.split(text)  # plain, special, plain, ..., plain
    if len(parts) == 1:
        return (text.lower(), [0], [0], [len(text)], [True]) if text else ("", [], [], [], [])
    specials = parts[1::2]
    reps = list(map(_map_special, specials))
    pieces = parts[:]
    pieces[0::2] = map(str.lower, parts[0::2])  # (plain runs are ASCII: 1 for 1)
    pieces[1::2] = reps
    for i in [i for i, r in enumerate(reps) if r == " "]:
        # the last character written before it: of the plain run just before, else of
        # what came before that (a special that became nothing wrote nothing)
        k = 2 * i
        while k >= 0 and not pieces[k]:
            k -= 1
        if k >= 0 and pieces[k][-1] == " ":
            pieces[2 * i + 1] = reps[i] = ""
    o_cum = [0, *accumulate(map(len, parts))]
    n_cum = [0, *accumulate(map(len, pieces))]
    keep = list(map(bool, pieces))
    linear = [True] * len(pieces)
    linear[1::2] = map(eq, map(len, reps), map(len, specials))
    return ("".join(pieces), list(compress(n_cum, keep)), list(compress(o_cum, keep)),
            list(compress(o_cum[1:], keep)), list(compress(linear, keep)))


@dataclass(frozen=True)
class Anchor:
    """Where a quote was found and how closely it matches.

    Offsets are ``str`` indices into the original text; ``line`` and
    ``column`` are 1-based. ``pieces`` holds one span per piece of an elided
    quote (one span otherwise). ``closest`` and ``diff`` describe the best
    passage for a ``fuzzy`` or ``missing`` quote; ``diff`` items are
    ``{"op": "changed"|"extra"|"omitted", "quote": ..., "source": ...}``
    (``extra``: words in the quote, not in the source; ``omitted``: words in
    the source that the quote leaves out).
    """

    status: str
    score: float
    start: int | None = None
    end: int | None = None
    line: int | None = None
    column: int | None = None
    closest: str | None = None
    diff: list[dict[str, str]] | None = None
    pieces: list[tuple[int, int]] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.status != "missing"


class TextIndex:
    """A source text prepared once for many quotes.

    The normalised copy and the word index are built lazily: a dossier whose
    quotes are all verbatim never pays for them.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._norm: str | None = None
        self._seg_n: list[int] = []
        self._seg_o: list[int] = []
        self._seg_oe: list[int] = []
        self._seg_lin: list[bool] = []
        self._line_starts: list[int] | None = None
        self._tok_start: list[int] | None = None
        self._tok_end: list[int] = []
        self._postings: dict[str, list[int]] = {}

    # -- normalised text -------------------------------------------------
    @property
    def norm(self) -> str:
        if self._norm is None:
            (
                self._norm,
                self._seg_n,
                self._seg_o,
                self._seg_oe,
                self._seg_lin,
            ) = _normalize_with_map(self.text)
        return self._norm

    def orig_start(self, p: int) -> int:
        """Original offset of normalised position ``p`` (a span start)."""
        self.norm  # noqa: B018 - builds the map
        if not self._seg_n:
            return 0
        i = bisect.bisect_right(self._seg_n, p) - 1
        if i < 0:
            return 0
        if self._seg_lin[i]:
            return min(self._seg_o[i] + (p - self._seg_n[i]), self._seg_oe[i])
        return self._seg_o[i]

    def orig_end(self, q: int) -> int:
        """Original offset just after normalised position ``q - 1`` (a span end)."""
        self.norm  # noqa: B018
        if q <= 0 or not self._seg_n:
            return 0
        i = bisect.bisect_right(self._seg_n, q - 1) - 1
        if self._seg_lin[i]:
            return min(self._seg_o[i] + (q - 1 - self._seg_n[i]) + 1, self._seg_oe[i])
        return self._seg_oe[i]

    # -- lines -----------------------------------------------------------
    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an original offset."""
        if self._line_starts is None:
            starts = [0]
            find = self.text.find
            i = find("\n")
            while i != -1:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self._line_starts = starts
        li = bisect.bisect_right(self._line_starts, offset) - 1
        return li + 1, offset - self._line_starts[li] + 1

    # -- word index --------------------------------------------------------
    def _build_index(self) -> None:
        # one regex pass: separators and words alternate in the split, so the running
        # total of their lengths gives every word's start and end (C loops, no match
        # objects)
        parts = _WORD_SPLIT.split(self.norm)
        cum = list(accumulate(map(len, parts)))
        words = parts[1::2]
        starts, ends = cum[0::2][:len(words)], cum[1::2]
        postings: dict[str, list[int]] = {}
        for i, w in enumerate(words):
            lst = postings.get(w)
            if lst is None:
                postings[w] = [i]
            else:
                lst.append(i)
        self._tok_start, self._tok_end, self._postings = starts, ends, postings

    def candidates(self, words: Sequence[str], limit: int = 4) -> list[int]:
        """Token positions where a passage like ``words`` may start, best first.

        Each occurrence of a quote word votes for the diagonal ``token index -
        word index``; votes within two tokens of each other add up, so a dropped
        or inserted word does not split the vote. Only the quote's rarest words
        vote.
        """
        if self._tok_start is None:
            self._build_index()
        postings = self._postings
        ntok = len(self._tok_start or [])
        if not words or not ntok:
            return []
        freq = [(len(postings.get(w, ())), j, w) for j, w in enumerate(words)]
        present = sorted(f for f in freq if f[0])
        if not present:
            return []
        # The rarest words carry the signal: up to eight of them (at least three),
        # within a budget of postings, survive a dropped or mistyped word or two
        # and keep the vote small in a big text.
        use: list[tuple[int, int, str]] = []
        budget = 0
        for f in present[:8]:
            if len(use) >= 3 and budget + f[0] > 2000:
                break
            use.append(f)
            budget += f[0]
        # counted in C (Counter.update over a map), in the same order as one vote at a
        # time: the order in which diagonals first appear breaks most_common's ties
        votes: Counter[int] = Counter()
        for _, j, w in use:
            votes.update(map(sub, postings[w], repeat(j)))
        if not votes:
            return []
        # most_common(16) walks every diagonal in Python (heapq.nlargest); the sort it is
        # documented to equal (stable: ties keep their first-seen order) runs in C
        top = [d for d, _ in sorted(votes.items(), key=itemgetter(1), reverse=True)[:16]]
        get = votes.get
        smooth = {d: get(d - 2, 0) + get(d - 1, 0) + get(d, 0) + get(d + 1, 0) + get(d + 2, 0)
                  for d in top}
        out: list[int] = []
        for d in sorted(top, key=lambda d: (-smooth[d], -votes[d], d)):
            if any(abs(d - o) <= 4 for o in out):
                continue
            out.append(d)
            if len(out) >= limit:
                break
        return out

    def token_span(self, first: int, last: int) -> tuple[int, int]:
        """Normalised character span covering tokens ``first..last`` (clamped)."""
        assert self._tok_start is not None
        n = len(self._tok_start)
        first = max(0, min(first, n - 1))
        last = max(first, min(last, n - 1))
        return self._tok_start[first], self._tok_end[last]

    def word_bounds(self) -> tuple[list[int], list[int]]:
        if self._tok_start is None:
            self._build_index()
        assert self._tok_start is not None
        return self._tok_start, self._tok_end


_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def paragraph_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (blank-line separated) holding ``text[start:end]``.

    If the span crosses paragraphs, the result covers all of them. Walks back
    line by line, so it costs the paragraph's length, not the text's.
    """
    start = max(0, min(start, len(text)))
    line_start = text.rfind("\n", 0, start) + 1
    while line_start > 0:
        prev = text.rfind("\n", 0, line_start - 1) + 1
        if not text[prev : line_start - 1].strip(" \t\u00a0\r"):
            break
        line_start = prev
    pstart = line_start
    while pstart < start and text[pstart] in " \t\u00a0\r\n":
        pstart += 1
    m = _BLANK_LINE.search(text, max(end, start))
    pend = m.start() if m else len(text)
    while pend > pstart and text[pend - 1] in "\r\n":
        pend -= 1
    return pstart, pend


# ---------------------------------------------------------------------------
# quote pieces


@dataclass(frozen=True)
class _Piece:
    raw: str  # the piece as written in the quote
    norm: str  # normalised, edge punctuation stripped
    gap: int  # how many normalised characters may separate it from the previous piece


def _split_pieces(quote: str) -> list[_Piece]:
    return list(_split_pieces_cached(quote))


def _breaks(quote: str) -> Iterator[tuple[int, int, str]]:
    r"""Each elision or insertion in ``quote`` with the spaces around it: (start, end, the
    mark itself), the matches of ``\s*`` + :data:`_BREAK` (spaces before a mark are
    taken back from where it starts, never past the end of the one before)."""
    pos = 0
    m = _BREAK.search(quote)
    while m is not None:
        start = m.start()
        while start > pos and quote[start - 1].isspace():
            start -= 1
        yield start, m.end(), m.group(1)
        pos = m.end()
        m = _BREAK.search(quote, pos)


@lru_cache(maxsize=4096)
def _split_pieces_cached(quote: str) -> tuple[_Piece, ...]:
    """The pieces of a quote, once per quote: ``check`` anchors it, then finds its other
    occurrences."""
    pieces: list[_Piece] = []
    pos = 0
    gap = 0
    for start, end, sep in _breaks(quote):
        raw = quote[pos:start]
        if raw.strip():
            pieces.append(_Piece(raw.strip(), normalize(raw).strip(_EDGE_PUNCT), gap))
            gap = 0
        is_insertion = sep.startswith("[") and not re.search(r"\.\s*\.|\u2026", sep)
        gap += INSERTION_GAP if is_insertion else ELLIPSIS_GAP
        pos = end
    raw = quote[pos:]
    if raw.strip():
        pieces.append(_Piece(raw.strip(), normalize(raw).strip(_EDGE_PUNCT), gap))
    return tuple(p for p in pieces if p.norm)


def _bounded(hay: str, s: int, e: int, check_start: bool) -> bool:
    """No match may start or end inside a word ("12 percent" is not in "112 percent")."""
    if check_start and s > 0 and hay[s].isalnum() and hay[s - 1].isalnum():
        return False
    return not (e < len(hay) and hay[e - 1].isalnum() and hay[e].isalnum())


def _chain(hay: str, pieces: Sequence[_Piece], max_starts: int = 2000, start: int = 0
           ) -> list[tuple[int, int]]:
    """Find the pieces in order in ``hay``, each within its gap of the last.

    The quote's outer edges must fall on word boundaries (an edge next to an
    editorial insertion such as ``[T]he`` may not).
    """
    first = pieces[0].norm
    check_start = pieces[0].gap == 0
    i = hay.find(first, start)
    tries = 0
    while i != -1 and tries < max_starts:
        tries += 1
        spans = [(i, i + len(first))]
        if not _bounded(hay, i, i + len(first), check_start) and len(pieces) == 1:
            i = hay.find(first, i + 1)
            continue
        if check_start and i > 0 and hay[i].isalnum() and hay[i - 1].isalnum():
            i = hay.find(first, i + 1)
            continue
        for p in pieces[1:]:
            prev = spans[-1][1]
            j = hay.find(p.norm, prev, prev + p.gap + len(p.norm) + 2)
            if j == -1:
                break
            spans.append((j, j + len(p.norm)))
        else:
            if _bounded(hay, spans[-1][0], spans[-1][1], False):
                return _tighten(hay, pieces, spans)
        i = hay.find(first, i + 1)
    return []


def _tighten(
    hay: str, pieces: Sequence[_Piece], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Pull each earlier piece to its last occurrence before the next one.

    The forward search takes the first occurrence of a short piece such as
    "the"; the pieces of a real elision sit as close together as they can.
    """
    spans = list(spans)
    for i in range(len(spans) - 2, -1, -1):
        s = pieces[i].norm
        j = hay.rfind(s, spans[i][0], spans[i + 1][0])
        if j > spans[i][0] and _bounded(hay, j, j + len(s), i > 0 or pieces[0].gap == 0):
            spans[i] = (j, j + len(s))
    return spans


# ---------------------------------------------------------------------------
# word diff


def word_diff(quote: str, passage: str) -> list[dict[str, str]]:
    """What differs between a quote and a passage, word by word.

    Words are compared in normalised form, so a curly apostrophe or a capital
    is not reported as a difference; the reported words are as written.
    """
    # dashes separate words too: "clear—really" and "clear - really" are the same words
    qw = [w for w in _DIFF_SPLIT.split(quote) if w]
    pw = [w for w in _DIFF_SPLIT.split(passage) if w]
    qn = [_diff_word(w) for w in qw]
    pn = [_diff_word(w) for w in pw]
    # a word that normalises to nothing (a lone dash or quotation mark) is noise
    keep_q = [i for i, w in enumerate(qn) if w]
    keep_p = [i for i, w in enumerate(pn) if w]
    qw, qn = [qw[i] for i in keep_q], [qn[i] for i in keep_q]
    pw, pn = [pw[i] for i in keep_p], [pn[i] for i in keep_p]
    out: list[dict[str, str]] = []
    sm = difflib.SequenceMatcher(a=qn, b=pn, autojunk=False)
    for op, a1, a2, b1, b2 in sm.get_opcodes():
        if op == "equal":
            continue
        name = {"replace": "changed", "delete": "extra", "insert": "omitted"}[op]
        out.append({"op": name, "quote": " ".join(qw[a1:a2]), "source": " ".join(pw[b1:b2])})
    return out


# ---------------------------------------------------------------------------
# the ladder


def _make(
    status: str,
    score: float,
    index: TextIndex,
    spans: list[tuple[int, int]],
    *,
    closest: str | None = None,
    diff: list[dict[str, str]] | None = None,
) -> Anchor:
    start, end = spans[0][0], spans[-1][1]
    line, col = index.line_col(start)
    return _new_anchor(status, round(score, 1), start, end, line, col, closest, diff, spans)


_object_new = object.__new__
_object_setattr = object.__setattr__


def _new_anchor(status: str, score: float, start: int, end: int, line: int, column: int,
                closest: str | None, diff: list[dict[str, str]] | None,
                pieces: list[tuple[int, int]]) -> Anchor:
    """``Anchor(status, score, ...)``, the same object made in one step: a frozen
    dataclass's ``__init__`` sets its nine fields one ``object.__setattr__`` call at a
    time, and ``check`` makes an anchor for every occurrence of every quote (30,000 at
    20,000 claims). The fields' dict, in field order, is what ``__init__`` leaves."""
    a = _object_new(Anchor)
    _object_setattr(a, "__dict__", {
        "status": status, "score": score, "start": start, "end": end, "line": line,
        "column": column, "closest": closest, "diff": diff, "pieces": pieces})
    return a


def _norm_spans(index: TextIndex, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(index.orig_start(s), index.orig_end(e)) for s, e in spans]


def anchor_quote(
    quote: str,
    text: str,
    *,
    min_score: float = 90.0,
    index: TextIndex | None = None,
) -> Anchor:
    """Locate ``quote`` in ``text`` and say how exactly it matches.

    Pass a :class:`TextIndex` built once per text when anchoring many quotes in
    the same text; otherwise one is built for this call.
    """
    if index is None or index.text is not text:
        index = TextIndex(text)
    q = quote.strip()
    if not q:
        return Anchor("missing", 0.0)

    # 1. verbatim, whole: ``_chain(text, [_Piece(q, q, 0)])`` written out for one piece
    # (its first occurrence, of the first 2,000, on word boundaries at both edges), the
    # anchor made in one step: nearly every quote ends here
    n, m = len(text), len(q)
    i = text.find(q)
    tries = 0
    while i != -1 and tries < 2000:
        tries += 1
        e = i + m
        if not ((i > 0 and text[i].isalnum() and text[i - 1].isalnum())
                or (e < n and text[e - 1].isalnum() and text[e].isalnum())):
            line, col = index.line_col(i)
            return _new_anchor("exact", 100.0, i, e, line, col, None, None, [(i, e)])
        i = text.find(q, i + 1)

    pieces = _split_pieces(q)
    if not pieces:
        return Anchor("missing", 0.0)

    # 2. verbatim, piece by piece (elisions, insertions)
    if len(pieces) > 1:
        raw_pieces = [_Piece(p.raw, p.raw, p.gap) for p in pieces]
        spans = _chain(text, raw_pieces)
        if spans:
            return _make("exact", 100.0, index, spans)

    # 3. normalised (whole quote is one piece when it has no breaks)
    spans = _chain(index.norm, pieces)
    if spans:
        return _make("normalized", 100.0, index, _norm_spans(index, spans))

    # 4. fuzzy, from indexed candidate windows
    best = _fuzzy(index, pieces, min_score)
    if best is None:
        return Anchor("missing", 0.0)
    score, nspans = best
    ospans = _norm_spans(index, nspans)
    passage = text[ospans[0][0] : ospans[-1][1]]
    quote_text = " ".join(p.raw for p in pieces)
    source_text = " ".join(text[s:e] for s, e in ospans)
    diff = word_diff(quote_text, source_text)
    if score >= min_score and diff:
        return _make("fuzzy", score, index, ospans, closest=passage, diff=diff)
    if score >= min_score:
        # differs only in what normalisation or punctuation ignores
        return _make("normalized", score, index, ospans)
    line, col = index.line_col(ospans[0][0])
    return Anchor(
        "missing",
        round(score, 1),
        None,
        None,
        None,
        None,
        closest=passage,
        diff=diff,
        pieces=[],
    )


def anchor_occurrences(quote: str, text: str, first: Anchor, *,
                       index: TextIndex | None = None, limit: int = 50) -> list[Anchor]:
    """Every place ``quote`` occurs in ``text``, ``first`` (from :func:`anchor_quote`) first.

    A quote said twice ("We need more data", by two people) sits in two places,
    and who said it may differ between them. For an exact or normalized quote
    every passage that matches it once normalised is an occurrence (up to
    ``limit``; ``exact`` where the characters are the quote's, else
    ``normalized``); a fuzzy match is one passage; a missing quote has none.
    """
    if first.start is None:
        return []
    if first.status not in ("exact", "normalized"):
        return [first]
    if index is None or index.text is not text:
        index = TextIndex(text)
    q = quote.strip()
    if _BREAK.search(q) is None:
        # no elision or insertion: one piece, the whole quote (what _split_pieces_cached
        # makes of it, made here: a quote found verbatim was never split before)
        p = normalize(q).strip(_EDGE_PUNCT)
        return _occurrences_of_one(text, first, index, q, q, p, 0, limit) if p else [first]
    pieces = _split_pieces_cached(q)  # (read only here: no copy)
    if not pieces:
        return [first]
    norm = index.norm
    if len(pieces) == 1:
        one = pieces[0]
        return _occurrences_of_one(text, first, index, q, one.raw, one.norm, one.gap, limit)
    raw = [p.raw for p in pieces]
    out: list[Anchor] = [first]
    pos = 0
    while len(out) < limit:
        spans = _chain(norm, pieces, start=pos)
        if not spans:
            break
        pos = spans[0][0] + 1
        ospans = _norm_spans(index, spans)
        if ospans[0][0] == first.start or any(a.start == ospans[0][0] for a in out):
            continue
        exact = [text[s:e] for s, e in ospans] == raw or (
            len(raw) == 1 and text[ospans[0][0]:ospans[0][1]] == quote.strip())
        out.append(_make("exact" if exact else "normalized", 100.0, index, ospans))
    return out


def _occurrences_of_one(text: str, first: Anchor, index: TextIndex, whole: str, raw: str,
                        p: str, gap: int, limit: int) -> list[Anchor]:
    """:func:`anchor_occurrences` of a quote of one piece (nearly every quote): ``whole``
    the quote stripped, ``raw`` its piece as written, ``p`` normalised, ``gap`` the
    :class:`_Piece`'s. The loop of
    ``_chain(norm, [piece], start=pos)`` calls written out as one scan of the normalised
    text, each occurrence on word boundaries mapped back to the original (``_norm_spans``)
    and made in one step. The same occurrences in the same order: a ``_chain`` call gave
    up after 2,000 occurrences off word boundaries in a row, and so does the scan."""
    norm = index.norm
    seg_n, seg_o, seg_oe, seg_lin = index._seg_n, index._seg_o, index._seg_oe, index._seg_lin
    m, n = len(p), len(norm)
    check_start = gap == 0
    out: list[Anchor] = [first]
    starts = {first.start}
    bisect_right = bisect.bisect_right
    tries = 0
    i = norm.find(p)
    while i != -1 and tries < 2000 and len(out) < limit:
        tries += 1
        e = i + m
        if (check_start and i > 0 and norm[i].isalnum() and norm[i - 1].isalnum()) or (
                e < n and norm[e - 1].isalnum() and norm[e].isalnum()):
            i = norm.find(p, i + 1)
            continue
        tries = 0
        # index.orig_start(i), index.orig_end(e)
        k = bisect_right(seg_n, i) - 1
        if k < 0:
            s = 0
        elif seg_lin[k]:
            s = min(seg_o[k] + (i - seg_n[k]), seg_oe[k])
        else:
            s = seg_o[k]
        k = bisect_right(seg_n, e - 1) - 1
        if seg_lin[k]:
            t = min(seg_o[k] + (e - 1 - seg_n[k]) + 1, seg_oe[k])
        else:
            t = seg_oe[k]
        if s not in starts:
            starts.add(s)
            line, col = index.line_col(s)
            was = text[s:t]
            out.append(_new_anchor("exact" if was == raw or was == whole else "normalized",
                                   100.0, s, t, line, col, None, None, [(s, t)]))
        i = norm.find(p, i + 1)
    return out


def _fuzzy(
    index: TextIndex, pieces: list[_Piece], min_score: float = 90.0
) -> tuple[float, list[tuple[int, int]]] | None:
    """Best fuzzy placement of the pieces: (score, normalised spans) or None."""
    norm = index.norm
    # Seed the search with the longest piece; earlier pieces are then looked
    # for backwards from it, later ones forwards, each within its gap.
    k = max(range(len(pieces)), key=lambda i: len(pieces[i].norm))
    key = pieces[k]
    kwords = _WORD.findall(key.norm)
    diagonals = index.candidates(kwords)
    if not diagonals:
        return None
    tstart, tend = index.word_bounds()
    best: tuple[float, list[tuple[int, int]]] | None = None
    for d in diagonals:
        ws, we = index.token_span(d - 3, d + len(kwords) + 3)
        span = _align(norm, key.norm, ws, we, tstart, tend, min_score - 10)
        if span is None:
            continue
        spans: dict[int, tuple[int, int, float]] = {k: span}
        ok = True
        for i in range(k + 1, len(pieces)):
            prev_end = spans[i - 1][1]
            p = pieces[i]
            got = _align(
                norm, p.norm, prev_end, prev_end + p.gap + int(len(p.norm) * 1.3) + 10, tstart, tend
            )
            if got is None:
                ok = False
                break
            spans[i] = got
        for i in range(k - 1, -1, -1):
            if not ok:
                break
            next_start = spans[i + 1][0]
            p = pieces[i + 1]
            want = pieces[i]
            got = _align(
                norm,
                want.norm,
                max(0, next_start - p.gap - int(len(want.norm) * 1.3) - 10),
                next_start,
                tstart,
                tend,
            )
            if got is None:
                ok = False
                break
            spans[i] = got
        if not ok:
            continue
        total = sum(len(p.norm) for p in pieces)
        score = sum(spans[i][2] * len(pieces[i].norm) for i in spans) / total
        ordered = [(spans[i][0], spans[i][1]) for i in range(len(pieces))]
        if best is None or score > best[0]:
            best = (score, ordered)
        if score >= 95:  # the best-voted window almost always wins; stop early when clear
            break
    return best


def _align(
    norm: str,
    q: str,
    ws: int,
    we: int,
    tstart: list[int],
    tend: list[int],
    cutoff: float = 0.0,
) -> tuple[int, int, float] | None:
    """Best span for ``q`` inside ``norm[ws:we]``, snapped to word boundaries.

    rapidfuzz's partial alignment finds where the quote fits; the span is then
    snapped to whole words and the final score is the plain ratio of quote and
    span, so a dropped or added word costs what it should. A window whose
    partial score is under ``cutoff`` cannot reach the threshold (the ratio of
    a snapped span is rarely above the partial score): it is only widened to
    whole words, to show as the closest passage.
    """
    from rapidfuzz import fuzz

    ws = max(0, ws - 20)
    we = min(len(norm), we + 20)
    if we <= ws:
        return None
    al = fuzz.partial_ratio_alignment(q, norm[ws:we])
    if al is None or al.score == 0:
        return None
    ds, de = ws + al.dest_start, ws + al.dest_end
    # candidate word starts/ends around the alignment
    i0 = bisect.bisect_right(tstart, ds) - 1
    j0 = bisect.bisect_left(tend, de)
    if al.score < cutoff:
        s0 = tstart[max(0, i0)] if tstart else ds
        e0 = tend[min(j0, len(tend) - 1)] if tend else de
        return (s0, e0, al.score) if e0 > s0 else (ds, de, al.score)
    starts = [tstart[i] for i in range(max(0, i0 - 2), min(len(tstart), i0 + 2))]
    ends = [tend[j] for j in range(max(0, j0 - 2), min(len(tend), j0 + 3))]
    qwords = _WORD.findall(q)
    first, last = (qwords[0], qwords[-1]) if qwords else ("", "")
    best: tuple[float, float, int, int] | None = None
    for s in starts:
        s_edge = norm.startswith(first, s)
        for e in ends:
            if e <= s:
                continue
            r = fuzz.ratio(q, norm[s:e])
            # A quote begins and ends where its first and last words are: with a
            # word dropped near an edge, plain ratio would rather cut the edge word.
            edges = s_edge + (norm.endswith(last, s, e))
            key = r + 5 * edges - 0.001 * (abs(s - ds) + abs(e - de))
            if best is None or key > best[0]:
                best = (key, r, s, e)
    if best is None:
        return None
    return best[2], best[3], best[1]
