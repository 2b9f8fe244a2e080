"""The speech engine's scans written for speed find exactly what their plain forms find.

``speakers.NAME_RE`` opens with a character class so the regex engine can skip plain
text; ``speakers.NAME_PLAIN`` is the pattern as a person reads it. Every name the speech
engine sees (mentions, subjects, labels) comes from the first, so they must agree on
every text: here on random texts of the characters that matter, on every title and on
the bundled interview.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from provenance.speech import speakers

PLAIN = re.compile(speakers.NAME_PLAIN)
FAST = speakers.NAME_RE
ROOT = Path(__file__).resolve().parent.parent


def _titles() -> list[str]:
    got = re.match(r"\(\?:\(\?:([A-Za-z|]+)\)\\\.", speakers._TOK)
    assert got is not None, "the titles open _TOK"
    return got.group(1).split("|")


def _same(text: str) -> None:
    plain = [m.span() for m in PLAIN.finditer(text)]
    assert [m.span() for m in FAST.finditer(text)] == plain, text
    for pos in range(0, len(text) + 1):
        a, b = PLAIN.match(text, pos), FAST.match(text, pos)
        assert (a and a.span()) == (b and b.span()), (text, pos)
        a, b = PLAIN.search(text, pos, len(text) - 1), FAST.search(text, pos, len(text) - 1)
        assert (a and a.span()) == (b and b.span()), (text, pos)


def test_every_title_reads_the_same() -> None:
    for t in _titles():
        for text in (f"{t}. Ann Lee said", f"{t} Ann said", f"{t}.", f"x{t}. Lee", f"-{t}. Lee",
                     f"({t}. Ann de la Cruz, Jr., et al.", f"{t}s. Lee", f"{t}.{t}. Lee"):
            _same(text)


def test_random_texts_read_the_same() -> None:
    rng = random.Random(18)
    words = [*_titles(), "Ann", "Lee", "de", "van", "al-Assad", "Jr.", "III", "et", "al.",
             "O’Neil", "d'Arc", "Émile", "Łukasz", "A.", "A.B.", "J", "said", "the", "x-Ray",
             "İnan", "ÀÖØÞ", "McDonald-Smith", "Q", "and"]
    seps = [" ", "  ", "\u00a0", ", ", ". ", "-", "'", "’", "\n", "“", "”", ".", "", "\t"]
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randrange(1, 9)))
        _same(text)


def test_the_bundled_interview_reads_the_same() -> None:
    for path in sorted((ROOT / "graph_data" / "cluneal-nerve").rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        plain = [m.span() for m in PLAIN.finditer(text)]
        assert plain and [m.span() for m in FAST.finditer(text)] == plain


def test_counting_a_quotations_words_up_to_a_cap_is_the_plain_count() -> None:
    """``statements._words_upto`` tells a long piece by one match; the count is the one
    a word-by-word loop gives."""
    from types import SimpleNamespace

    from provenance.speech import statements

    def plain(text: str, g: SimpleNamespace, cap: int) -> int:
        n = 0
        for p in g.pieces:
            for _m in statements._WORD_RE.finditer(text, p.start, p.end):
                n += 1
                if n >= cap:
                    return n
        return n

    rng = random.Random(18)
    chars = "ab ’'-.,\u00e9 1\n_"
    for _ in range(5000):
        text = "".join(rng.choice(chars) for _ in range(rng.randrange(0, 40)))
        cuts = sorted(rng.randrange(0, len(text) + 1) for _ in range(2 * rng.randrange(1, 4)))
        g = SimpleNamespace(pieces=[SimpleNamespace(start=cuts[i], end=cuts[i + 1])
                                    for i in range(0, len(cuts), 2)])
        for cap in range(0, 11):
            assert statements._words_upto(text, g, cap) == plain(text, g, cap), (text, cap)  # type: ignore[arg-type]
