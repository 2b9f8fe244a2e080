"""Text as a reader sees it: shortened, wrapped, a position's name and figures in words.

One rule each, in one place, so the page, the terminal and the reports write
the same text the same way (the page's script receives these as data and
does not re-derive them).
"""

from __future__ import annotations

import re

#: English function words: they carry no meaning for a search unless the query has nothing
#: else (:mod:`provenance.trace`), nor say what a figure counts
#: (:mod:`provenance.extract.grouping`).
STOPWORDS = frozenset(
    "a an and are as at be by did do does for from had has have he her his i in is it its "
    "me my of on or our she so than that the their them they this those to was we were "
    "what when where which who whom why will with you your".split())

__all__ = ["NO_POSITION", "counted", "plain_numbers", "position_label", "short_label", "shorten"]

#: The name the analysis gives the claims of a question that take no position.
NO_POSITION = "(no position)"

_SEPARATORS = re.compile(r"[-_]+")


def counted(n: int, one: str, many: str | None = None) -> str:
    """"1 question", "3 questions": a count a reader sees, in the page's header and the
    commands' summaries (``many`` where adding an s is wrong: "person", "people")."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def shorten(text: str, n: int) -> str:
    """``text`` on one line (white space made one space), cut to ``n`` characters with "…"."""
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def position_label(position: str | None) -> str:
    """A position's id as words: ``too-rare`` and ``too_rare`` read "too rare"; a position
    written in words already ("£4 million (Odile Fennimore-Catt)") reads as written, its
    hyphens kept (a name's, a range's).

    The claims without one (:data:`NO_POSITION`, or none at all) read "no position".
    """
    if not position or position == NO_POSITION:
        return "no position"
    if any(c.isspace() for c in position):
        return position
    return _SEPARATORS.sub(" ", position)


def short_label(text: str, width: int = 22, lines: int = 2) -> str:
    """``text`` wrapped in at most ``lines`` lines of about ``width`` characters, cut with "…".

    Labels on the canvas are short so that they can be read and do not pile up;
    the whole text is in the tooltip and the details panel.
    """
    # (the words of the text with its white space made one space, as the loop reads them;
    # it stops once the lines are full: 20,000 claims' labels in a big page)
    words = text.split() or [""]
    out: list[str] = []
    cur = ""
    for w in words:
        if len(w) > width:
            w = w[: width - 1] + "…"
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            out.append(cur)
            cur = w
            if len(out) == lines:
                last = out[-1]
                out[-1] = (last if len(last) < width else last[: width - 1].rstrip()) + "…"
                return "\n".join(out)
    out.append(cur)
    return "\n".join(out)


_BIG = re.compile(r"(?<![\d.,])(\d{5,})(?:\.\d+)?(?![\d.,])")
_RANGE = re.compile(r"(?<=[\d%])-(?=[~\d])")


def plain_numbers(text: str) -> str:
    """Figures in ``text`` as a reader writes them: ``900000-1400000 people`` becomes
    ``900,000–1.4 million people``; ranges take an en dash."""

    def big(m: re.Match[str]) -> str:
        x = float(m.group(0))
        if x >= 1_000_000:
            v = x / 1_000_000
            num = f"{v:.1f}".rstrip("0").rstrip(".") if v < 100 else f"{round(v):,}"
            return f"{num} million"
        return f"{round(x):,}"

    return str(_RANGE.sub("–", _BIG.sub(big, text)))
