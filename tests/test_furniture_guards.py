"""Furniture's quick tests say what its patterns say.

`is_furniture_line` tries a label's or a button's first word (one pattern, a trie), a
breadcrumb's separator, a byline's opening words and a role byline's last letter before
the patterns that need them: prose, most of a page, skips them. These tests hold the
guarded function to the patterns tried one after another on every line, over lines
built from the patterns' own words, cased and punctuated every way (including the
letters Python's case-insensitive matching folds: ſ, K, ı, İ).
"""

from __future__ import annotations

import random

import pytest

from provenance.speech import furniture as F


def _unguarded(line: str) -> bool:
    """`is_furniture_line` with every pattern tried on every line."""
    s = line.strip()
    if not s:
        return False
    if F._LABEL_RE.match(s):
        return True
    if len(s) > 480:
        return False
    if F._BUTTON_RE.match(s) or F._URLISH_RE.match(s) or F._CRUMBS_RE.match(s):
        return True
    if (F.BYLINE_RE.match(s) or F._ROLE_BYLINE_RE.match(s)) and len(s.split()) <= 14:
        return True
    low = s.casefold()
    if not low.isascii():
        low = low.replace("\u0131", "i")
    return (("/" in low or "photo" in low or "image" in low or "picture" in low
             or "credit" in low or "shutterstock" in low)
            and bool(F._CREDIT_RE.search(s)) and len(s.split()) <= 60)


def _words(alternatives: str) -> list[str]:
    plain = alternatives.replace("(?:", " ").replace(")?", " ").replace(")", " ")
    for junk in ("\\W*", "\\w+", "\\d+", "?", "'"):
        plain = plain.replace(junk, " ")
    return sorted({w for alt in plain.split("|") for w in alt.split()})


_WORDS = _words(F._LABELS) + _words(F._BUTTONS) + [
    "By", "BY", "by", "Written by", "Words by", "Reporting by", "Story by", "Byline",
    "Jane", "Roe", "Sam", "Okoro", "and", "Reuters", "Staff",
    "Writer", "correspondent", "Editor", "reporter", "Home", "News", "Health", "World",
    "Europe", "https://example.org/a", "www.example.org", "the", "said", "It", "was",
    "Ann", "Lee", "42", "2021-03-04", "March", "3,", "ſhare", "\u212aeywords", "ıMAGE",
    "İmage", "photo", "Getty Images", "AP Photo", "Rélated", "ÉDITOR"]
_GLUE = [" ", "  ", ": ", " | ", " › ", " / ", " – ", " — ", "-", ", ", ". ", "", "\u00a0",
         "“", "”", "**", "→ ", "(", ")", " • ", "\t", " » ", ">", " · "]


def _line(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randrange(1, 7)):
        w = rng.choice(_WORDS)
        w = rng.choice([w, w.upper(), w.title(), w.lower()])
        parts.append(w + rng.choice(_GLUE))
    if rng.random() < 0.3:
        parts.insert(0, rng.choice(["", " ", "** ", "“", "— ", "© ", "12 ", "* "]))
    return "".join(parts)


@pytest.mark.parametrize("seed", range(4))
def test_guarded_lines_read_as_the_patterns_read_them(seed: int) -> None:
    rng = random.Random(seed)
    lines = [_line(rng) for _ in range(5000)]
    found = 0
    for line in lines:
        want = _unguarded(line)
        assert F.is_furniture_line(line) == want, line
        found += want
    assert 300 < found < 4700  # the lines are both kinds, not all of one


@pytest.mark.parametrize("line", [
    "Related: the clinic's figures", "READ MORE", "Share this article", "12 comments",
    "Comment", "Advertisement", "Copyright: The Ledger", "© – The Ledger",
    "Editor's note: corrected",
    "Home | News | Health", "By Jane Roe, Staff Writer", "Jane Roe Health correspondent",
    "https://example.org/a", "Loading...", "Story continues below advertisement",
    "ſhare on Facebook", "\u212aeywords: health"])
def test_furniture_lines_stay_furniture(line: str) -> None:
    assert F.is_furniture_line(line) and _unguarded(line)


def test_every_label_and_button_opens_with_a_lead_the_guard_knows() -> None:
    """The guard is built from the patterns' own alternatives: each alternative's line
    passes it (a label added to the pattern is guarded without another list to edit)."""
    for words in (F._LABELS, F._BUTTONS):
        depth, alts, start = 0, [], 0
        for i, ch in enumerate(words + "|"):
            depth += (ch == "(") - (ch == ")")
            if ch == "|" and depth == 0:
                alts.append(words[start:i])
                start = i + 1
        assert len(alts) > 30
        for alt in alts:
            line = (alt.replace("(?: content)?", "").replace("\\d+", "12")
                    .replace("comments?", "comments").replace("'?", "'").replace("\\w+", "x")
                    .replace("\\W*", "...").split("(")[0])
            assert F._FURNITURE_LEAD_RE.match("— " + line.title()), alt


@pytest.mark.parametrize("seed", range(2))
def test_byline_names_read_as_the_pattern_reads_them(seed: int) -> None:
    """`byline_names` tries BYLINE_RE only on a line opening as its alternatives do: the
    same names as the pattern tried on every line."""
    rng = random.Random(seed)
    for _ in range(3000):
        s = _line(rng).strip()
        m = F.BYLINE_RE.match(s) or (F._ROLE_BYLINE_RE.match(s) if s else None)
        want = [" ".join(p.split()) for p in F._NAMES_SPLIT_RE.split(m.group("name"))
                if p.strip()] if m else []
        assert F.byline_names(s) == want, s


_KICKERS = ["EXCLUSIVE", "Breaking", "breaking news", "Just in", "UPDATE 2", "REFILE",
            "Live", "Opinion", "Q&A", "Q and A", "fact-check", "Fact Check", "The Long Read",
            "In depth", "Watch", "ANALYSIS", "Explainer", "Interview", "Revealed", "Updated"]


@pytest.mark.parametrize("seed", range(2))
def test_kicker_lines_hold_what_find_furniture_looks_for(seed: int) -> None:
    """`find_furniture` tries KICKER_RE only on a line holding one of ``:|–—-``, which a
    kicker's pattern needs after its word: on any line it matches, one is there."""
    rng = random.Random(seed)
    matched = 0
    for _ in range(5000):
        line = rng.choice(["", " ", "** ", "“", "— ", "[", "(", "* "]) + \
            rng.choice(_KICKERS + ["By", "Scientists"]) + _line(rng)
        if F.KICKER_RE.match(line):
            matched += 1
            assert any(c in line for c in ":-—–|"), line
    assert matched > 100  # (kickers among them, not only prose)


def test_the_breadcrumb_guard_is_its_separator_class() -> None:
    """`is_furniture_line` asks for a breadcrumb's separator by ``in`` tests: the same
    answer as _CRUMB_SEP_RE on any line."""
    rng = random.Random(5)
    for _ in range(5000):
        s = _line(rng)
        guard = any(c in s for c in "|›»>/•·")
        assert guard == (F._CRUMB_SEP_RE.search(s) is not None), s
